//! Secrets made and checked here: random tokens (sessions, links), their SHA-256
//! as stored, and argon2id password hashes. No request in sight, so the use
//! cases, the mail composer and the configuration can all call it.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::error::AppError;

/// `bytes` random bytes from the OS-seeded CSPRNG, URL-safe base64 without padding.
pub fn random_token(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buffer);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buffer)
}

/// Tokens are stored as their SHA-256: a leaked table holds no usable token.
pub fn hash_token(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn hash_password(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| AppError::internal(anyhow::anyhow!("hashing a password: {e}")))
}

/// Checks a password against a stored hash. With no hash (unknown user) a dummy is
/// checked, so that the answer takes as long whether or not the account exists.
pub fn verify_password(password: &str, stored: Option<&str>) -> bool {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash_password("not a password of anyone").unwrap_or_default());
    let Ok(hash) = PasswordHash::new(stored.unwrap_or(dummy)) else {
        return false;
    };
    let matches = Argon2::default()
        .verify_password(password.as_bytes(), &hash)
        .is_ok();
    matches && stored.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_and_distinct() {
        let a = random_token(32);
        assert_eq!(a.len(), 43);
        assert_ne!(a, random_token(32));
        assert_eq!(hash_token("x").len(), 64);
    }

    #[test]
    fn passwords_verify_only_against_their_own_hash() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", Some(&hash)));
        assert!(!verify_password("wrong horse battery", Some(&hash)));
        assert!(!verify_password("correct horse battery", None));
    }
}
