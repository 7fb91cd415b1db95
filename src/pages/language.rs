//! The language of the public pages: the visitor's own choice (a cookie the
//! language switcher sets), else the first of the browser's `Accept-Language`
//! that we speak, else English.

use std::future::{ready, Ready};

use actix_web::cookie::{time::Duration, Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::http::header::{self, AcceptLanguage, Header, Preference};
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
use tera::Context;

use super::{PageError, PageResult};
use crate::domain::Language;
use crate::error::AppError;
use crate::web::AppState;

/// The cookie that remembers a visitor's choice.
pub const COOKIE: &str = "lang";

/// The page's language and where the visitor is, for the switcher to return to.
pub struct PageLanguage {
    pub language: Language,
    path: String,
    /// Whether the reader chose the language (the cookie), rather than their
    /// browser's preferences deciding it.
    pub chosen: bool,
}

impl PageLanguage {
    /// A message of the pages in this language (English where it has none).
    pub fn say(&self, key: &str, args: &[(&str, &str)]) -> String {
        crate::i18n::text(self.language, key, args).unwrap_or_else(|| key.to_owned())
    }

    /// A kind of organisation by its code (`None`: not given).
    pub fn organisation_kind(&self, kind: Option<&str>) -> String {
        self.say(&format!("org-kind-{}", kind.unwrap_or("unknown")), &[])
    }

    /// A message about `count` things, in the plural form it takes here.
    pub fn say_count(&self, key: &str, count: i64, args: &[(&str, &str)]) -> String {
        crate::i18n::counted(self.language, key, count, args).unwrap_or_else(|| key.to_owned())
    }

    /// The language a link from our mail was written in (the invitee's, the
    /// account's), unless the reader has chosen one with the switcher.
    pub fn unless_chosen(self, link: Option<Language>) -> PageLanguage {
        match link {
            Some(language) if !self.chosen => PageLanguage { language, ..self },
            _ => self,
        }
    }

    /// Gives the page its language and the switcher its way back.
    pub fn insert_into(&self, ctx: &mut Context) {
        ctx.insert("lang", self.language.code());
        ctx.insert("here", &self.path);
        ctx.insert("language_choices", &choices());
    }
}

/// Every language as `[code, name in itself]`, for switchers and selects.
pub fn choices() -> Vec<[&'static str; 2]> {
    Language::ALL
        .iter()
        .map(|l| [l.code(), l.endonym()])
        .collect()
}

/// The choice made with the switcher wins; then the browser's ranked languages,
/// by their primary subtag (`de-AT` is German); then English.
pub fn negotiate(chosen: Option<&str>, accepted: &[String]) -> Language {
    chosen
        .and_then(|code| Language::parse(code).ok())
        .or_else(|| {
            accepted.iter().find_map(|tag| {
                let primary = tag.split(['-', '_']).next().unwrap_or_default();
                Language::parse(primary).ok()
            })
        })
        .unwrap_or_default()
}

impl FromRequest for PageLanguage {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(PageLanguage::of(req)))
    }
}

impl PageLanguage {
    /// The language of the page a request asks for: the reader's choice (cookie),
    /// else the first of their browser's languages we have, else English.
    pub fn of(req: &HttpRequest) -> PageLanguage {
        let accepted: Vec<String> = AcceptLanguage::parse(req)
            .map(|header| {
                header
                    .ranked()
                    .into_iter()
                    .filter_map(|preference| match preference {
                        Preference::Specific(tag) => Some(tag.to_string()),
                        Preference::Any => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let chosen = req.cookie(COOKIE);
        let path = req
            .uri()
            .path_and_query()
            .map_or("/", |p| p.as_str())
            .to_owned();
        PageLanguage {
            language: negotiate(chosen.as_ref().map(|c| c.value()), &accepted),
            path,
            chosen: chosen
                .as_ref()
                .is_some_and(|c| Language::parse(c.value()).is_ok()),
        }
    }
}

/// A field error of the domain parsers in the visitor's language. The parsers
/// speak English to the API; the pages translate the messages a visitor or a
/// coordinator can meet on a form, and keep any other as it is.
pub fn field_error(language: Language, message: &str) -> String {
    let Some((key, count, args)) = field_message(message) else {
        return message.to_owned();
    };
    // English pages keep the API's words, but not its "null".
    if language == Language::En && !message.contains("null") {
        return message.to_owned();
    }
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let said = match count {
        Some(count) => crate::i18n::counted(language, key, count, &args),
        None => crate::i18n::text(language, key, &args),
    };
    said.unwrap_or_else(|| message.to_owned())
}

type FieldMessage = (&'static str, Option<i64>, Vec<(&'static str, String)>);

/// The message key of a parser's English message, with what to fill in.
fn field_message(message: &str) -> Option<FieldMessage> {
    const FIXED: &[(&str, &str)] = &[
        ("is required", "field-required"),
        ("must be an email address", "field-email"),
        ("must be an ISO 3166-1", "field-country"),
        ("must be one line", "field-control"),
        ("must not contain control", "field-control"),
        ("must be after the start", "field-after-start"),
        ("must be before the event starts", "field-before-start"),
        (
            "must lie within the event's start and end",
            "field-within-event",
        ),
        ("must come after the item before it", "field-after-previous"),
        ("must be an IANA time zone such as", "field-timezone"),
        ("must be a whole number from 1 to 100000", "field-capacity"),
        ("must be a whole number of at least 1", "field-country-cap"),
        (
            "must not be larger than capacity",
            "field-cap-above-capacity",
        ),
        ("must be at least 12 characters", "field-password-short"),
        (
            "must be one of en, it, de, hu, sk, cs, pl, sl",
            "field-language",
        ),
        ("must be a day, YYYY-MM-DD", "field-day"),
        ("must be a whole number from 1 to 1000000", "field-target"),
        ("must be a percentage from 0 to 100", "field-percent"),
        (
            "must be events of this action's group",
            "field-events-group",
        ),
        (
            "must be a top-level action of the same plan",
            "field-parent",
        ),
        ("must be an http or https address", "field-web-link"),
        ("send a file or a link, not both", "field-file-or-link"),
        ("must not be before from", "field-not-before-from"),
        ("must be at most ten years after from", "field-ten-years"),
        ("is the label of another period", "field-period-label-taken"),
        ("must be yes or no", "field-yes-no"),
        ("you cannot ask yourself for a meeting", "field-b2b-self"),
        (
            "this person is from your own organisation",
            "field-b2b-own-organisation",
        ),
        (
            "there is already a request between the two of you",
            "field-b2b-twice",
        ),
        (
            "no participant of this session has this profile",
            "field-b2b-no-profile",
        ),
        (
            "say what you offer or what you seek",
            "field-b2b-offers-or-seeks",
        ),
        ("choose at least one slot", "field-b2b-one-slot"),
        ("must be within the event's time", "field-within-event"),
        ("leaves no whole slot", "field-b2b-no-whole-slot"),
        (
            "must be at or before the session's start",
            "field-b2b-close",
        ),
        (
            "must be 10, 15, 20, 25, 30, 45 or 60",
            "field-b2b-slot-minutes",
        ),
        ("must be from 1 to 500", "field-b2b-tables"),
        ("no such slot", "field-b2b-no-such-slot"),
        ("no such table", "field-b2b-no-such-table"),
        ("every table of that slot is taken", "field-b2b-slot-full"),
        ("that table is taken in that slot", "field-b2b-table-taken"),
        ("choose one of the answers", "field-b2b-outcome"),
    ];
    if let Some((_, key)) = FIXED.iter().find(|(start, _)| message.starts_with(start)) {
        return Some((key, None, vec![]));
    }
    for (suffix, key) in [
        (" already has a meeting in that slot", "field-b2b-busy"),
        (" cannot attend that slot", "field-b2b-unavailable"),
    ] {
        if let Some(name) = message.strip_suffix(suffix) {
            return Some((key, None, vec![("name", name.to_owned())]));
        }
    }
    if message == "must be a whole number" {
        return Some(("field-number", None, vec![]));
    }
    if message.starts_with("must be a date and time") {
        return Some(("field-time", None, vec![]));
    }
    if let Some(list) = message.strip_prefix("must be an IANA time zone name: perhaps ") {
        return Some((
            "field-timezone-perhaps",
            None,
            vec![("list", list.to_owned())],
        ));
    }
    if let Some(max) = message
        .strip_prefix("must be at most ")
        .and_then(|rest| rest.strip_suffix(" characters"))
    {
        return Some(("field-too-long", None, vec![("max", max.to_owned())]));
    }
    let below = message.strip_prefix("cannot be lower than the ")?;
    let (count, rest) = below.split_once(' ')?;
    let key = match rest {
        "confirmed registrations" => "field-below-confirmed",
        "confirmed registrations of one country" => "field-below-country",
        _ => return None,
    };
    Some((key, Some(count.parse().ok()?), vec![]))
}

/// A refusal (409) of the use cases in the reader's language: the staff pages
/// show these beside their forms; any other keeps the API's English.
pub fn conflict_message(language: Language, message: &str) -> String {
    let say = |key: &str, args: &[(&str, &str)]| {
        crate::i18n::text(language, key, args).unwrap_or_else(|| message.to_owned())
    };
    if language == Language::En {
        return message.to_owned();
    }
    if message.starts_with("Publish the event before inviting") {
        return say("inv-publish-first", &[]);
    }
    if message.starts_with("The event has begun") {
        return say("inv-started", &[]);
    }
    if message.starts_with("This is the last active admin") {
        return say("acc-last-admin", &[]);
    }
    if let Some(email) = message
        .strip_prefix("A staff account for ")
        .and_then(|rest| rest.strip_suffix(" exists already."))
    {
        return say("acc-exists", &[("email", email)]);
    }
    message.to_owned()
}

/// The name of a kind of organisation in `language`; kinds added to the table
/// later, without a translation, keep the name they were given.
pub fn organisation_kind(language: Language, code: &str, name: &str) -> String {
    crate::i18n::text(language, &format!("org-kind-{code}"), &[]).unwrap_or_else(|| name.to_owned())
}

/// Why registration is closed, in the visitor's language.
pub fn closed_reason(language: Language, closed: crate::domain::events::Closed) -> String {
    use crate::domain::events::Closed;
    let key = match closed {
        Closed::Draft => "closed-draft",
        Closed::Cancelled => "closed-cancelled",
        Closed::Started => "closed-started",
        Closed::DeadlinePassed => "closed-deadline",
        Closed::RequestsClosed => "closed-b2b-requests",
    };
    crate::i18n::text(language, key, &[]).unwrap_or_else(|| closed.message().to_owned())
}

#[derive(serde::Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// The switcher: remembers the choice for a year and goes back to the page.
pub async fn choose(
    state: web::Data<AppState>,
    code: web::Path<String>,
    next: web::Query<Next>,
) -> PageResult {
    let language = Language::parse(&code).map_err(|_| {
        PageError(AppError::NotFound(
            "We do not have the site in that language.".into(),
        ))
    })?;
    let back = super::next_or(&state, next.next.as_deref(), "/");
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, back))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .cookie(remembered(language))
        .finish())
}

/// Makes `language` this browser's from this response on.
pub fn remember(
    response: &mut actix_web::HttpResponse,
    language: Language,
) -> Result<(), super::PageError> {
    response.add_cookie(&remembered(language)).map_err(|e| {
        let cause = anyhow::anyhow!("cookie: {e}");
        super::PageError(crate::error::AppError::internal(cause))
    })
}

/// The cookie that makes `language` this browser's choice.
pub fn remembered(language: Language) -> Cookie<'static> {
    Cookie::build(COOKIE, language.code())
        .path("/")
        .max_age(Duration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    /// Every message a visitor can meet on the registration form, as the parsers
    /// write it today, is translated: a changed English text fails here.
    #[test]
    fn the_registration_forms_errors_are_translated() {
        use crate::domain::values::{optional_paragraphs, required_text, Country, EmailAddress};
        let messages = [
            required_text(None, 200).unwrap_err().0,
            required_text(Some(&"x".repeat(201)), 200).unwrap_err().0,
            required_text(Some("a\nb"), 200).unwrap_err().0,
            optional_paragraphs(Some("a\u{7}"), 1000).unwrap_err().0,
            EmailAddress::parse("nobody").unwrap_err().0,
            Country::parse("XX").unwrap_err().0,
        ];
        for message in &messages {
            let german = field_error(Language::De, message);
            assert_ne!(&german, message, "untranslated: {message}");
            assert_eq!(
                &field_error(Language::En, message),
                message,
                "English as it is"
            );
        }
        assert_eq!(
            field_error(Language::De, messages[1].as_str()),
            "darf höchstens 200 Zeichen lang sein"
        );
    }

    /// The event form's messages, as the domain writes them, reach a coordinator
    /// in their language; so do the refusals the staff forms show.
    #[test]
    fn the_staff_forms_errors_and_refusals_are_translated() {
        let messages = [
            "must be after the start",
            "must be before the event starts",
            "must lie within the event's start and end",
            "must come after the item before it",
            "must be an IANA time zone such as Europe/Rome",
            "must be an IANA time zone name: perhaps Europe/Rome",
            "must be a whole number from 1 to 100000, or null for no limit",
            "must be a whole number of at least 1, or null for no cap",
            "must not be larger than capacity",
            "cannot be lower than the 3 confirmed registrations",
            "cannot be lower than the 2 confirmed registrations of one country",
            "must be a date and time like 2027-03-10 09:00",
            "must be a whole number",
        ];
        for message in messages {
            assert_ne!(field_error(Language::Sl, message), message, "{message}");
        }
        assert!(field_error(Language::De, messages[5]).contains("Europe/Rome"));
        assert!(field_error(Language::De, messages[9]).contains('3'));
        // English pages say "empty" where the API says null.
        assert!(!field_error(Language::En, messages[6]).contains("null"));
        for refusal in [
            "Publish the event before inviting people to it.",
            "The event has begun: invitations are only sent for events to come.",
            "This is the last active admin: make another admin first.",
            "A staff account for ana@example.si exists already.",
        ] {
            let slovenian = conflict_message(Language::Sl, refusal);
            assert_ne!(slovenian, refusal);
            assert_eq!(conflict_message(Language::En, refusal), refusal);
        }
        assert!(conflict_message(
            Language::Sl,
            "A staff account for ana@example.si exists already."
        )
        .contains("ana@example.si"));
    }

    #[test]
    fn the_choice_then_the_browser_then_english() {
        assert_eq!(negotiate(Some("sl"), &tags(&["de-AT"])), Language::Sl);
        assert_eq!(negotiate(Some("xx"), &tags(&["de-AT", "en"])), Language::De);
        assert_eq!(negotiate(None, &tags(&["fr-FR", "pl"])), Language::Pl);
        assert_eq!(negotiate(None, &tags(&["fr", "es"])), Language::En);
        assert_eq!(negotiate(None, &[]), Language::En);
        assert_eq!(negotiate(None, &tags(&["HU-hu"])), Language::Hu);
    }
}
