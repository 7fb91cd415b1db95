//! Translations: Fluent files under `locales/<language>/`, embedded at build time
//! so that translators edit text files and the binary needs no folder at run time.
//! Templates call `t(key=..., lang=..., name=...)`; English is the fallback.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, LanguageIdentifier, Loader};

use crate::domain::Language;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Bidi isolation marks would show as stray characters in subjects and
        // plain-text mail.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn identifier(language: Language) -> LanguageIdentifier {
    language.code().parse().unwrap_or_default()
}

/// The text of `key` in `language` (or English), with its arguments filled in.
pub fn text(language: Language, key: &str, args: &[(&str, &str)]) -> Option<String> {
    lookup(language, key, None, args)
}

/// The text of `key` for `count` things: `$count` is a number, so that the
/// message picks the plural form the language has for it.
pub fn counted(language: Language, key: &str, count: i64, args: &[(&str, &str)]) -> Option<String> {
    lookup(language, key, Some(count), args)
}

fn lookup(
    language: Language,
    key: &str,
    count: Option<i64>,
    args: &[(&str, &str)],
) -> Option<String> {
    let mut args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| {
            (
                Cow::Owned((*k).to_owned()),
                FluentValue::from(v.to_string()),
            )
        })
        .collect();
    if let Some(count) = count {
        args.insert(Cow::Borrowed("count"), FluentValue::from(count));
    }
    LOCALES.try_lookup_complete(&identifier(language), key, Some(&args))
}

/// The name of a thematic group in `language`: the programme's groups are
/// translated in `locales/*/pages.ftl`, unless an admin has renamed them since;
/// groups added later keep the name they were given.
pub fn group_name(language: Language, slug: &str, name: &str) -> String {
    programme_text(language, slug, name, "name", |(_, english, _)| english)
}

/// A thematic group's description in `language`, as `group_name` does it.
pub fn group_about(language: Language, slug: &str, about: &str) -> String {
    programme_text(language, slug, about, "about", |(_, _, english)| english)
}

fn programme_text(
    language: Language,
    slug: &str,
    given: &str,
    part: &str,
    english: fn(&(&'static str, &'static str, &'static str)) -> &'static str,
) -> String {
    let seeded = crate::domain::groups::PROGRAMME_GROUPS
        .iter()
        .find(|group| group.0 == slug);
    match seeded {
        Some(group) if english(group) == given => {
            text(language, &format!("group-{part}-{slug}"), &[]).unwrap_or_else(|| given.to_owned())
        }
        _ => given.to_owned(),
    }
}

/// Whether `language` itself (not its fallback) has `key`.
pub fn has_own(language: Language, key: &str) -> bool {
    // Messages with placeables fail to format without arguments: give every name.
    let names = [
        "name",
        "title",
        "when",
        "position",
        "group",
        "url",
        "count",
        "available",
        "capacity",
        "cap",
        "place",
        "max",
        "month",
        "inviter",
        "wait",
        "registered",
        "declined",
        "message",
        "list",
        "email",
        "country",
        "status",
        "added",
        "updated",
        "refused",
        "line",
        "reason",
        "page",
        "pages",
        "registrations",
        "invitations",
        "members",
        "messages",
        "zone",
        "columns",
        "detail",
        "percent",
        "version",
        "achieved",
        "target",
        "from",
        "to",
        "forums",
        "organisation",
        "table",
        "minutes",
        "close",
        "window",
        "tables",
        "pending",
        "accepted",
        "placed",
        "bound",
        "visits",
        "public",
        "new",
        "returning",
    ];
    let args: HashMap<&str, FluentValue> = names
        .into_iter()
        .map(|name| (name, FluentValue::from("x")))
        .collect();
    LOCALES
        .lookup_single_language(&identifier(language), key, Some(&args))
        .is_ok()
}

/// The tera function `t`.
pub struct Translate;

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args
            .get("key")
            .and_then(tera::Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"...\""))?;
        let language = args
            .get("lang")
            .and_then(tera::Value::as_str)
            .and_then(|code| Language::parse(code).ok())
            .unwrap_or_default();
        let mut fluent_args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        for (name, value) in args {
            if name == "key" || name == "lang" {
                continue;
            }
            let value = match value {
                tera::Value::String(s) => FluentValue::from(s.clone()),
                tera::Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or_default()),
                tera::Value::Null => FluentValue::from(""),
                other => FluentValue::from(other.to_string()),
            };
            fluent_args.insert(Cow::Owned(name.clone()), value);
        }
        LOCALES
            .try_lookup_complete(&identifier(language), key, Some(&fluent_args))
            .map(tera::Value::String)
            .ok_or_else(|| tera::Error::msg(format!("no translation for {key:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message of the English files (mail and pages), by its key.
    fn english_keys() -> Vec<String> {
        [
            include_str!("../locales/en/email.ftl"),
            include_str!("../locales/en/pages.ftl"),
            include_str!("../locales/en/staff.ftl"),
        ]
        .concat()
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(k, _)| k.trim().to_owned()))
        .filter(|k| !k.starts_with('#'))
        .collect()
    }

    #[test]
    fn every_language_has_every_message() {
        let keys = english_keys();
        assert!(keys.len() > 100);
        for language in Language::ALL {
            for key in &keys {
                assert!(has_own(language, key), "{language} lacks {key}");
            }
        }
    }

    #[test]
    fn arguments_are_filled_in_without_isolation_marks() {
        let text = text(
            Language::It,
            "waitlisted-subject",
            &[("position", "3"), ("title", "Forum")],
        )
        .unwrap();
        assert_eq!(text, "Lista d'attesa (n. 3): Forum");
    }

    #[test]
    fn a_count_picks_the_plural_form_of_the_language() {
        let say = |language, count| counted(language, "members-total", count, &[]).unwrap();
        assert_eq!(say(Language::En, 1), "1 member");
        assert_eq!(say(Language::En, 5), "5 members");
        // Polish has a form for 2-4 and another for 5 and more.
        assert_ne!(
            say(Language::Pl, 2).replace('2', ""),
            say(Language::Pl, 5).replace('5', "")
        );
    }
}
