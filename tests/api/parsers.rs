//! Property tests of every parser of domain types: whatever the input, a parser
//! answers (never panics), and what it accepts is well-formed and reads back the same.

use chrono::{TimeZone, Utc};
use clustercord::domain::events::{parse_instant, EventKind, EventStatus};
use clustercord::domain::fields::FieldErrors;
use clustercord::domain::people::{Person, PersonFields};
use clustercord::domain::seats::{next_to_promote, Limits, SeatStatus, Waiting};
use clustercord::domain::time::{parse_timezone, Month};
use clustercord::domain::values::{optional_paragraphs, optional_text, required_text};
use clustercord::domain::{Country, EmailAddress, Language, Password, Role, Slug};
use proptest::prelude::*;

/// Any text, weighted towards what breaks parsers: control characters, quotes,
/// markup, right-to-left marks, emoji and long runs.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ -~]{0,80}",
        "[\\x00-\\x1f\\u{200e}\\u{202e}<>\"'&@;=+\\-😀é ]{0,40}",
        ".{0,3}@.{0,3}\\..{0,3}",
        Just("x".repeat(10_000)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn email_addresses_accepted_are_one_line_and_read_back(raw in hostile()) {
        if let Ok(email) = EmailAddress::parse(&raw) {
            let text = email.as_str();
            prop_assert!(text.len() <= 254);
            prop_assert!(!text.chars().any(|c| c.is_control() || c.is_whitespace()));
            prop_assert_eq!(text.matches('@').count(), 1);
            prop_assert_eq!(EmailAddress::parse(text).unwrap(), email.clone());
            prop_assert_eq!(email.key(), text.to_lowercase());
        }
    }

    #[test]
    fn ordinary_email_addresses_are_accepted(
        local in "[a-z0-9]([a-z0-9_+-]{0,15}[a-z0-9])?",
        domain in "[a-z0-9]{1,12}",
        tld in "[a-z]{2,6}",
    ) {
        let raw = format!(" {local}@{domain}.{tld} ");
        let email = EmailAddress::parse(&raw).unwrap();
        prop_assert_eq!(email.as_str(), raw.trim());
    }

    #[test]
    fn countries_are_two_upper_case_letters(raw in hostile()) {
        if let Ok(country) = Country::parse(&raw) {
            let code = country.as_str();
            prop_assert!(code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()));
            prop_assert_eq!(Country::parse(&code.to_lowercase()).unwrap(), country);
        }
    }

    #[test]
    fn languages_read_back_from_their_code(raw in hostile()) {
        if let Ok(language) = Language::parse(&raw) {
            prop_assert_eq!(Language::parse(language.code()).unwrap(), language);
        }
    }

    #[test]
    fn slugs_are_lower_case_words_joined_by_single_hyphens(raw in hostile()) {
        if let Ok(slug) = Slug::parse(&raw) {
            let s = slug.as_str();
            prop_assert!((2..=60).contains(&s.len()));
            prop_assert!(s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
            prop_assert!(!s.starts_with('-') && !s.ends_with('-') && !s.contains("--"));
        }
    }

    #[test]
    fn passwords_have_12_characters_and_at_most_1024_bytes(raw in hostile()) {
        let ok = Password::parse(&raw).is_ok();
        prop_assert_eq!(ok, raw.chars().count() >= 12 && raw.len() <= 1024);
    }

    #[test]
    fn one_line_text_never_holds_a_control_character(raw in hostile(), max in 1usize..300) {
        match optional_text(Some(&raw), max) {
            Ok(Some(text)) => {
                prop_assert!(!text.chars().any(char::is_control), "{:?}", text);
                prop_assert!(text.chars().count() <= max);
                prop_assert_eq!(text.trim(), text.as_str());
            }
            Ok(None) => prop_assert!(raw.trim().is_empty()),
            Err(_) => {}
        }
        prop_assert_eq!(required_text(Some(&raw), max).is_ok(),
                        matches!(optional_text(Some(&raw), max), Ok(Some(_))));
    }

    #[test]
    fn paragraphs_keep_line_breaks_and_nothing_else_of_control(raw in hostile()) {
        if let Ok(Some(text)) = optional_paragraphs(Some(&raw), 20_000) {
            prop_assert!(!text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')));
        }
    }

    #[test]
    fn instants_read_back_as_the_same_moment(seconds in -2_000_000_000i64..8_000_000_000, raw in hostile()) {
        let _ = parse_instant(&raw);
        let t = Utc.timestamp_opt(seconds, 0).unwrap();
        prop_assert_eq!(parse_instant(&t.to_rfc3339()).unwrap(), t);
        let rome = t.with_timezone(&chrono_tz::Europe::Rome);
        prop_assert_eq!(parse_instant(&rome.to_rfc3339()).unwrap(), t);
    }

    #[test]
    fn time_zones_and_months_never_panic(raw in hostile(), year in 1000i32..9999, month in 1u32..=12) {
        if let Ok(zone) = parse_timezone(&raw) {
            prop_assert_eq!(parse_timezone(zone.name()).unwrap(), zone);
        }
        let _ = Month::parse(&raw);
        let parsed = Month::parse(&format!("{year:04}-{month:02}")).unwrap();
        prop_assert_eq!(parsed.first, chrono::NaiveDate::from_ymd_opt(year, month, 1).unwrap());
    }

    #[test]
    fn enumerations_read_back_from_their_names(raw in hostile()) {
        for kind in [EventKind::parse(&raw), EventKind::parse("forum"), EventKind::parse("study_visit")].into_iter().flatten() {
            prop_assert_eq!(EventKind::parse(kind.as_str()).unwrap(), kind);
        }
        if let Ok(status) = EventStatus::parse(&raw) {
            prop_assert_eq!(EventStatus::parse(status.as_str()).unwrap(), status);
        }
        if let Ok(role) = Role::parse(&raw) {
            prop_assert_eq!(Role::parse(role.as_str()).unwrap(), role);
        }
        if let Some(seat) = SeatStatus::parse(&raw) {
            prop_assert_eq!(SeatStatus::parse(seat.as_str()), Some(seat));
        }
    }

    #[test]
    fn a_person_is_whole_or_every_problem_is_named(
        name in hostile(), email in hostile(), organisation in hostile(),
        country in hostile(), language in hostile(), kind in hostile(),
    ) {
        let mut errors = FieldErrors::new();
        let person = Person::parse(
            PersonFields {
                name: Some(&name), email: Some(&email), organisation: Some(&organisation),
                country: Some(&country), language: Some(&language), organisation_kind: Some(&kind),
            },
            Language::En,
            &mut errors,
        );
        let fields = errors.into_map();
        let known = ["name", "email", "organisation", "country", "language", "organisation_kind"];
        prop_assert!(fields.keys().all(|f| known.contains(&f.as_str())), "{:?}", fields);
        prop_assert_eq!(person.is_some(), fields.is_empty());
        if let Some(person) = person {
            prop_assert!(!person.name.chars().any(char::is_control));
            prop_assert!(!person.organisation.chars().any(char::is_control));
        }
    }

    /// The seat rule over a whole sign-up sequence with cancellations and
    /// promotions: never above capacity or a country's cap, and nobody waits while
    /// a seat they fit in is free.
    #[test]
    fn seats_never_overflow_and_nobody_waits_for_a_free_seat(
        capacity in proptest::option::of(0i32..12),
        cap in proptest::option::of(1i32..5),
        steps in proptest::collection::vec((0usize..4, any::<bool>()), 1..80),
    ) {
        let limits = Limits { capacity, country_cap: cap };
        let countries = ["IT", "DE", "HU", "SK"];
        let mut confirmed: Vec<(i64, &str)> = Vec::new();
        let mut waiting: Vec<Waiting<&str>> = Vec::new();
        for (id, (country, cancel_one)) in steps.into_iter().enumerate() {
            let country = countries[country];
            if cancel_one && !confirmed.is_empty() {
                confirmed.remove(0);
                loop {
                    let in_country = |c: &&str| confirmed.iter().filter(|(_, k)| k == c).count() as i32;
                    let Some(next) = next_to_promote(&limits, confirmed.len() as i32, &waiting, in_country).cloned() else {
                        break;
                    };
                    waiting.retain(|w| w.id != next.id);
                    confirmed.push((next.id, next.country));
                }
            }
            let here = confirmed.iter().filter(|(_, c)| *c == country).count() as i32;
            match limits.decide(confirmed.len() as i32, here) {
                SeatStatus::Confirmed => confirmed.push((id as i64, country)),
                _ => waiting.push(Waiting { id: id as i64, country }),
            }
            if let Some(capacity) = capacity {
                prop_assert!(confirmed.len() as i32 <= capacity);
            }
            for c in countries {
                let n = confirmed.iter().filter(|(_, k)| *k == c).count() as i32;
                prop_assert!(cap.is_none_or(|cap| n <= cap));
                let free = limits.fits(confirmed.len() as i32, n);
                prop_assert!(!(free && waiting.iter().any(|w| w.country == c)),
                             "someone from {} waits while a seat is free", c);
            }
        }
    }
}
