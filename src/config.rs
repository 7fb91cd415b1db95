//! Every setting of clustercord, its default and its check. Nothing else reads
//! the environment; a bad value stops the program with one line naming it.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use lettre::message::Mailbox;
use secrecy::{ExposeSecret, SecretString};

use crate::cli::Settings;
use crate::db::DatabaseUrl;
use crate::domain::{EmailAddress, Password};

#[derive(Debug, thiserror::Error)]
#[error("{variable}: {message}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub message: String,
}

fn bad(variable: &'static str, message: impl Into<String>) -> ConfigError {
    ConfigError {
        variable,
        message: message.into(),
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: DatabaseUrl,
    pub bind: SocketAddr,
    /// Without a trailing slash.
    pub public_url: String,
    /// Whether `public_url` was set, or made from the listen address.
    pub public_url_given: bool,
    pub smtp_url: Option<SecretString>,
    pub mail_dir: PathBuf,
    pub mail_from: Mailbox,
    pub bootstrap_admin: Option<(EmailAddress, SecretString)>,
    /// The password `admin create` and `admin password` set, when given
    /// (`CLUSTERCORD_ADMIN_PASSWORD`); else they read it from standard input.
    pub admin_password: Option<SecretString>,
    pub secret_key: SecretString,
    /// Whether the secret key was made up at start (sessions end at restart).
    pub secret_key_is_random: bool,
    pub reminder_hours: u32,
    /// The zone of the times the staff pages show that belong to no event (the
    /// audit log, outgoing mail); an event's own times are in its zone.
    pub timezone: chrono_tz::Tz,
    /// Days that sent and failed mail is kept (it holds personal data).
    pub mail_retention_days: u32,
    /// 0: no limit.
    pub rate_limit_per_minute: u32,
    pub db_pool_size: u32,
    pub workers: usize,
    /// Run the mail sender loop inside `serve`.
    pub mail_sender: bool,
    /// How often the sender looks for due mail when nobody wakes it.
    pub mail_poll_interval: Duration,
    /// How long a claimed message stays reserved for the process that claimed it.
    pub mail_lease: Duration,
    /// SMTP connections kept open, each with one message in flight.
    pub smtp_connections: u32,
    /// Largest request body, in bytes.
    pub body_limit: usize,
    /// How long an API token stays valid.
    pub token_lifetime: Duration,
    /// A staff session ends after this long without a request...
    pub session_idle: Duration,
    /// ...and this long after sign-in.
    pub session_max: Duration,
    /// Peers whose `X-Forwarded-For` names the client (see `client`).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The bearer token `/metrics` asks for; `None`: open to all.
    pub metrics_token: Option<SecretString>,
    /// A request body must arrive within `body_timeout`, or faster than
    /// `body_min_rate` bytes a second once that has passed (see `limits::BodyPace`).
    pub body_timeout: Duration,
    pub body_min_rate: u64,
}

pub const MIN_SECRET_KEY_BYTES: usize = 64;

impl Config {
    /// The defaults of CONTRACT.md (`cli::defaults`) with the given database.
    pub fn new(database_url: DatabaseUrl) -> Config {
        Config::with_database(database_url, &Settings::default())
            .expect("the defaults of every setting are valid")
    }

    pub fn from_settings(s: &Settings) -> Result<Config, ConfigError> {
        let database_url =
            DatabaseUrl::parse(&s.database_url).map_err(|m| bad("DATABASE_URL", m))?;
        Config::with_database(database_url, s)
    }

    fn with_database(database_url: DatabaseUrl, s: &Settings) -> Result<Config, ConfigError> {
        // An empty variable counts as unset (compose files pass `${VAR:-}`).
        let given = |value: &Option<String>| value.clone().filter(|v| !v.trim().is_empty());
        let hours = |variable, raw: &str| -> Result<Duration, ConfigError> {
            Ok(Duration::from_secs(
                3600 * u64::from(parse_number(variable, raw, 1, 24 * 365)?),
            ))
        };
        let bind: SocketAddr = s.bind.trim().parse().map_err(|_| {
            bad(
                "CLUSTERCORD_BIND",
                format!("{:?} is not an address like 127.0.0.1:8080", s.bind),
            )
        })?;
        Ok(Config {
            database_url,
            bind,
            public_url: match given(&s.public_url) {
                Some(url) => parse_public_url(&url)?,
                None => default_public_url(bind),
            },
            public_url_given: given(&s.public_url).is_some(),
            smtp_url: given(&s.smtp_url)
                .map(|smtp| parse_smtp_url(smtp.trim()))
                .transpose()?,
            mail_dir: match s.mail_dir.trim() {
                "" => return Err(bad("CLUSTERCORD_MAIL_DIR", "must not be empty")),
                dir => PathBuf::from(dir),
            },
            mail_from: s.mail_from.parse().map_err(|e| {
                bad(
                    "CLUSTERCORD_MAIL_FROM",
                    format!("not a sender like \"Name <a@b.org>\": {e}"),
                )
            })?,
            bootstrap_admin: match (given(&s.admin_email), given(&s.admin_password)) {
                (Some(email), Some(password)) => {
                    let email = EmailAddress::parse(&email)
                        .map_err(|e| bad("CLUSTERCORD_ADMIN_EMAIL", e.to_string()))?;
                    Password::parse(&password)
                        .map_err(|e| bad("CLUSTERCORD_ADMIN_PASSWORD", e.to_string()))?;
                    Some((email, SecretString::from(password)))
                }
                _ => None,
            },
            // As given: an empty one is refused by the command, not taken as unset.
            admin_password: s.admin_password.clone().map(SecretString::from),
            secret_key: match given(&s.secret_key) {
                Some(key) => parse_secret_key(key)?,
                None => random_secret_key(),
            },
            secret_key_is_random: given(&s.secret_key).is_none(),
            timezone: crate::domain::time::parse_timezone(&s.timezone)
                .map_err(|e| bad("CLUSTERCORD_TIMEZONE", e.to_string()))?,
            reminder_hours: parse_number(
                "CLUSTERCORD_REMINDER_HOURS",
                &s.reminder_hours,
                1,
                24 * 60,
            )?,
            mail_retention_days: parse_number(
                "CLUSTERCORD_MAIL_RETENTION_DAYS",
                &s.mail_retention_days,
                1,
                3650,
            )?,
            rate_limit_per_minute: parse_number(
                "CLUSTERCORD_RATE_LIMIT_PER_MINUTE",
                &s.rate_limit_per_minute,
                0,
                1_000_000,
            )?,
            db_pool_size: parse_number("CLUSTERCORD_DB_POOL_SIZE", &s.db_pool_size, 1, 200)?,
            workers: match &s.workers {
                Some(workers) => parse_number("CLUSTERCORD_WORKERS", workers, 1, 256)? as usize,
                None => std::thread::available_parallelism()
                    .map(usize::from)
                    .unwrap_or(2),
            },
            mail_sender: !s.no_mail_sender,
            mail_poll_interval: Duration::from_secs(2),
            mail_lease: Duration::from_secs(u64::from(parse_number(
                "CLUSTERCORD_MAIL_LEASE_SECONDS",
                &s.mail_lease_seconds,
                1,
                86_400,
            )?)),
            smtp_connections: parse_number(
                "CLUSTERCORD_SMTP_CONNECTIONS",
                &s.smtp_connections,
                1,
                256,
            )?,
            body_limit: 256 * 1024,
            token_lifetime: Duration::from_secs(30 * 24 * 3600),
            session_idle: hours("CLUSTERCORD_SESSION_IDLE_HOURS", &s.session_idle_hours)?,
            session_max: hours("CLUSTERCORD_SESSION_MAX_HOURS", &s.session_max_hours)?,
            trusted_proxies: match given(&s.trusted_proxies) {
                Some(proxies) => parse_proxies(&proxies)?,
                None => Vec::new(),
            },
            metrics_token: given(&s.metrics_token).map(SecretString::from),
            body_timeout: Duration::from_secs(10),
            body_min_rate: 4 * 1024,
        })
    }

    pub fn secret_key_bytes(&self) -> &[u8] {
        self.secret_key.expose_secret().as_bytes()
    }

    /// Cookies get the Secure flag when people reach the app over https.
    pub fn cookies_secure(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// Where links point when `CLUSTERCORD_PUBLIC_URL` is unset: this process, at the
/// port it listens on (`127.0.0.1` for an address that listens everywhere).
fn default_public_url(bind: SocketAddr) -> String {
    let host = match bind.ip() {
        ip if ip.is_unspecified() => "127.0.0.1".to_owned(),
        std::net::IpAddr::V6(ip) => format!("[{ip}]"),
        ip => ip.to_string(),
    };
    format!("http://{host}:{}", bind.port())
}

fn parse_public_url(raw: &str) -> Result<String, ConfigError> {
    const VAR: &str = "CLUSTERCORD_PUBLIC_URL";
    let url =
        url::Url::parse(raw.trim()).map_err(|e| bad(VAR, format!("{raw:?} is not a URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(bad(VAR, "must be an http:// or https:// URL"));
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

/// `10.0.0.1, 10.1.0.0/16, ::1`: single addresses count as /32 (or /128).
fn parse_proxies(raw: &str) -> Result<Vec<ipnet::IpNet>, ConfigError> {
    raw.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| {
            item.parse::<ipnet::IpNet>()
                .or_else(|_| item.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| {
                    bad(
                        "CLUSTERCORD_TRUSTED_PROXIES",
                        format!("{item:?} is not an address or range like 10.0.0.0/8"),
                    )
                })
        })
        .collect()
}

fn parse_number(variable: &'static str, raw: &str, min: u32, max: u32) -> Result<u32, ConfigError> {
    match raw.trim().parse::<u32>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(bad(
            variable,
            format!("{raw:?} is not a whole number from {min} to {max}"),
        )),
    }
}

fn parse_secret_key(key: String) -> Result<SecretString, ConfigError> {
    if key.len() < MIN_SECRET_KEY_BYTES {
        return Err(bad(
            "CLUSTERCORD_SECRET_KEY",
            format!(
                "must be at least {MIN_SECRET_KEY_BYTES} bytes, got {}",
                key.len()
            ),
        ));
    }
    Ok(SecretString::from(key))
}

fn parse_smtp_url(url: &str) -> Result<SecretString, ConfigError> {
    lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::from_url(url).map_err(|e| {
        bad(
            "CLUSTERCORD_SMTP_URL",
            format!("not a valid SMTP URL (smtp://host:port or smtps://user:pass@host): {e}"),
        )
    })?;
    Ok(SecretString::from(url.to_owned()))
}

fn random_secret_key() -> SecretString {
    SecretString::from(crate::secrets::random_token(64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn settings(args: &[&str]) -> Settings {
        let mut all = vec!["clustercord"];
        all.extend_from_slice(args);
        crate::cli::Cli::parse_from(all).settings
    }

    #[test]
    fn defaults_follow_the_contract() {
        let config = Config::from_settings(&settings(&[])).unwrap();
        assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(config.public_url, "http://127.0.0.1:8080");
        assert!(config.secret_key_is_random);
        assert!(config.secret_key_bytes().len() >= MIN_SECRET_KEY_BYTES);
        assert_eq!(config.session_idle, Duration::from_secs(12 * 3600));
        assert!(config.trusted_proxies.is_empty());
        assert!(config.metrics_token.is_none());
    }

    #[test]
    fn the_defaults_of_new_are_those_of_the_command_line() {
        let url = DatabaseUrl::parse(crate::cli::defaults::DATABASE_URL).unwrap();
        let (new, parsed) = (
            Config::new(url),
            Config::from_settings(&settings(&[])).unwrap(),
        );
        assert_eq!(format!("{:?}", new.bind), format!("{:?}", parsed.bind));
        assert_eq!(new.reminder_hours, parsed.reminder_hours);
        assert_eq!(new.timezone, chrono_tz::Europe::Brussels);
        assert_eq!(new.smtp_connections, 16);
        assert_eq!(new.mail_lease, parsed.mail_lease);
        assert_eq!(new.session_max, parsed.session_max);
    }

    #[test]
    fn links_follow_the_listen_address_unless_the_public_url_is_set() {
        let config = Config::from_settings(&settings(&["--bind", "127.0.0.1:9000"])).unwrap();
        assert_eq!(
            (config.public_url.as_str(), config.public_url_given),
            ("http://127.0.0.1:9000", false)
        );
        let everywhere = Config::from_settings(&settings(&["--bind", "0.0.0.0:8081"])).unwrap();
        assert_eq!(everywhere.public_url, "http://127.0.0.1:8081");
        let set = Config::from_settings(&settings(&[
            "--bind",
            "127.0.0.1:9000",
            "--public-url",
            "https://cc.example.eu/",
        ]))
        .unwrap();
        assert_eq!(
            (set.public_url.as_str(), set.public_url_given),
            ("https://cc.example.eu", true)
        );
    }

    #[test]
    fn trusted_proxies_take_addresses_and_ranges() {
        let config = Config::from_settings(&settings(&[
            "--trusted-proxies",
            "10.0.0.1, 192.168.0.0/16,::1",
        ]))
        .unwrap();
        let shown: Vec<String> = config
            .trusted_proxies
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(shown, ["10.0.0.1/32", "192.168.0.0/16", "::1/128"]);
    }

    #[test]
    fn a_bad_value_names_its_variable() {
        let cases: [(&[&str], &str); 8] = [
            (
                &["--trusted-proxies", "10.0.0.1, proxy.local"],
                "CLUSTERCORD_TRUSTED_PROXIES",
            ),
            (
                &["--session-idle-hours", "0"],
                "CLUSTERCORD_SESSION_IDLE_HOURS",
            ),
            (&["--database-url", "mysql://x"], "DATABASE_URL"),
            (&["--bind", "localhost"], "CLUSTERCORD_BIND"),
            (&["--secret-key", "short"], "CLUSTERCORD_SECRET_KEY"),
            (&["--public-url", "ftp://x"], "CLUSTERCORD_PUBLIC_URL"),
            (
                &["--rate-limit-per-minute", "lots"],
                "CLUSTERCORD_RATE_LIMIT_PER_MINUTE",
            ),
            (&["--mail-from", "not an address"], "CLUSTERCORD_MAIL_FROM"),
        ];
        for (args, variable) in cases {
            let error = Config::from_settings(&settings(args)).unwrap_err();
            assert_eq!(error.variable, variable, "{args:?}");
        }
    }
}
