//! Checked values: email addresses, ISO countries, languages, slugs and passwords.

use std::fmt;
use std::str::FromStr;

/// Why a value was refused, worded for the person who typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid(pub String);

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Invalid {}

fn invalid<T>(message: impl Into<String>) -> Result<T, Invalid> {
    Err(Invalid(message.into()))
}

/// An email address, trimmed, as the person wrote it. Compare with [`EmailAddress::key`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let value = raw.trim();
        if value.is_empty() {
            return invalid("is required");
        }
        if value.len() > 254 {
            return invalid("must be at most 254 characters");
        }
        let Some((local, domain)) = value.rsplit_once('@') else {
            return invalid("must be an email address like name@example.org");
        };
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
        let domain_ok = domain.contains('.')
            && !domain.starts_with(['.', '-'])
            && !domain.ends_with(['.', '-'])
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        if !local_ok || !domain_ok {
            return invalid("must be an email address like name@example.org");
        }
        Ok(Self(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The case-insensitive identity of the address, used for uniqueness.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// ISO 3166-1 alpha-2, upper case. Any assigned code is accepted: anyone from any
/// country may take part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country([u8; 2]);

// The officially assigned ISO 3166-1 alpha-2 codes, plus XK (Kosovo, user-assigned
// but used by the EU and its programmes).
const ISO_3166_ALPHA2: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

impl Country {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let code = raw.trim().to_ascii_uppercase();
        if code.len() == 2 && ISO_3166_ALPHA2.split(' ').any(|c| c == code) {
            let bytes = code.as_bytes();
            Ok(Self([bytes[0], bytes[1]]))
        } else {
            invalid("must be an ISO 3166-1 alpha-2 country code such as IT, DE or HU")
        }
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The languages clustercord writes to people in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    En,
    It,
    De,
    Hu,
    Sk,
    Cs,
    Pl,
    Sl,
}

impl Language {
    pub const ALL: [Language; 8] = [
        Language::En,
        Language::It,
        Language::De,
        Language::Hu,
        Language::Sk,
        Language::Cs,
        Language::Pl,
        Language::Sl,
    ];

    /// The language's name in itself, for choosing it.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::It => "Italiano",
            Language::De => "Deutsch",
            Language::Hu => "Magyar",
            Language::Sk => "Slovenčina",
            Language::Cs => "Čeština",
            Language::Pl => "Polski",
            Language::Sl => "Slovenščina",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::It => "it",
            Language::De => "de",
            Language::Hu => "hu",
            Language::Sk => "sk",
            Language::Cs => "cs",
            Language::Pl => "pl",
            Language::Sl => "sl",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let code = raw.trim().to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| Invalid("must be one of en, it, de, hu, sk, cs, pl, sl".into()))
    }
}

impl FromStr for Language {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A URL-safe identifier: lower-case letters, digits and single hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Slug(String);

impl Slug {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let value = raw.trim();
        let well_formed = (2..=60).contains(&value.len())
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !value.starts_with('-')
            && !value.ends_with('-')
            && !value.contains("--");
        if well_formed {
            Ok(Self(value.to_owned()))
        } else {
            invalid("must be 2 to 60 lower-case letters, digits and single hyphens, like energy-environment")
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Path segments and query values parse on extraction: one that is no slug
/// names nothing (a 404 or 422) and never reaches the database, where a NUL
/// character, say, would make PostgreSQL fail the whole statement.
impl<'de> serde::Deserialize<'de> for Slug {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Slug::parse(&raw).map_err(serde::de::Error::custom)
    }
}

impl std::ops::Deref for Slug {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// The secret of a link (manage, decline, unsubscribe): URL-safe base64 as
/// `auth::random_token` makes them. Anything else opens nothing.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct LinkToken(String);

impl LinkToken {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let well_formed = (16..=128).contains(&raw.len())
            && raw
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if well_formed {
            Ok(Self(raw.to_owned()))
        } else {
            invalid("is not a link of ours")
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> serde::Deserialize<'de> for LinkToken {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        LinkToken::parse(&raw).map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for LinkToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// In the OpenAPI document both are plain strings.
macro_rules! string_schema {
    ($($type:ty),*) => {$(
        impl utoipa::PartialSchema for $type {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                String::schema()
            }
        }
        impl utoipa::ToSchema for $type {}
    )*};
}
string_schema!(Slug, LinkToken);

impl std::ops::Deref for LinkToken {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// A new password: long enough to resist guessing, short enough to hash quickly.
pub struct Password(String);

impl Password {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let chars = raw.chars().count();
        if chars < 12 {
            return invalid("must be at least 12 characters");
        }
        if raw.len() > 1024 {
            return invalid("must be at most 1024 bytes");
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(..)")
    }
}

/// Trimmed one-line text with a length limit; `None` when blank. Control
/// characters are refused: names and titles end up in mail headers and CSV cells,
/// where a line break would start something else.
pub fn optional_text(raw: Option<&str>, max_chars: usize) -> Result<Option<String>, Invalid> {
    checked_text(raw, max_chars, |c| c.is_control())
        .map_err(|e| e.or("must be one line without control characters"))
}

/// Trimmed text of several lines (descriptions, notes): line breaks and tabs are
/// kept, other control characters refused.
pub fn optional_paragraphs(raw: Option<&str>, max_chars: usize) -> Result<Option<String>, Invalid> {
    checked_text(raw, max_chars, |c| {
        c.is_control() && !matches!(c, '\n' | '\r' | '\t')
    })
    .map_err(|e| e.or("must not contain control characters"))
}

/// Why a text was refused: too long, or a forbidden character.
enum TextProblem {
    TooLong(usize),
    Forbidden,
}

impl TextProblem {
    fn or(self, forbidden: &str) -> Invalid {
        match self {
            TextProblem::TooLong(max) => Invalid(format!("must be at most {max} characters")),
            TextProblem::Forbidden => Invalid(forbidden.into()),
        }
    }
}

fn checked_text(
    raw: Option<&str>,
    max_chars: usize,
    forbidden: impl Fn(char) -> bool,
) -> Result<Option<String>, TextProblem> {
    match raw.map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) if text.chars().count() > max_chars => Err(TextProblem::TooLong(max_chars)),
        Some(text) if text.chars().any(forbidden) => Err(TextProblem::Forbidden),
        Some(text) => Ok(Some(text.to_owned())),
    }
}

/// Trimmed free text that must not be blank.
pub fn required_text(raw: Option<&str>, max_chars: usize) -> Result<String, Invalid> {
    optional_text(raw, max_chars)?.ok_or_else(|| Invalid("is required".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_trimmed_and_compared_without_case() {
        let email = EmailAddress::parse("  Anna.Novak@Example.SI ").unwrap();
        assert_eq!(email.as_str(), "Anna.Novak@Example.SI");
        assert_eq!(email.key(), "anna.novak@example.si");
    }

    #[test]
    fn malformed_email_addresses_are_refused() {
        for raw in [
            "",
            "plain",
            "@example.org",
            "a@b",
            "a..b@example.org",
            "a@exa mple.org",
            "a@-x.org",
            "<a>@x.org",
        ] {
            assert!(EmailAddress::parse(raw).is_err(), "{raw:?} was accepted");
        }
    }

    #[test]
    fn countries_are_iso_codes_in_any_case() {
        assert_eq!(Country::parse("it").unwrap().as_str(), "IT");
        assert_eq!(Country::parse(" SI ").unwrap().as_str(), "SI");
        for raw in ["", "I", "ITA", "XX", "UK", "1T"] {
            assert!(Country::parse(raw).is_err(), "{raw:?} was accepted");
        }
    }

    #[test]
    fn the_eight_languages_parse_and_nothing_else() {
        for language in Language::ALL {
            assert_eq!(Language::parse(language.code()).unwrap(), language);
        }
        assert_eq!(Language::parse("DE").unwrap(), Language::De);
        assert!(Language::parse("fr").is_err());
        assert!(Language::parse("").is_err());
    }

    #[test]
    fn slugs_are_lower_case_words_joined_by_single_hyphens() {
        assert!(Slug::parse("energy-environment").is_ok());
        assert!(Slug::parse("ict").is_ok());
        for raw in ["", "a", "Ict", "-ict", "ict-", "ict--x", "ict x", "ict_x"] {
            assert!(Slug::parse(raw).is_err(), "{raw:?} was accepted");
        }
    }

    #[test]
    fn short_passwords_are_refused() {
        assert!(Password::parse("short").is_err());
        assert!(Password::parse("long enough password").is_ok());
    }

    #[test]
    fn text_is_trimmed_and_limited() {
        assert_eq!(optional_text(Some("  "), 5).unwrap(), None);
        assert_eq!(required_text(Some(" ab "), 5).unwrap(), "ab");
        assert!(required_text(None, 5).is_err());
        assert!(optional_text(Some("abcdef"), 5).is_err());
    }
}
