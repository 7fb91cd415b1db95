//! Renders a message from `templates/email/<kind>/{subject.txt, body.txt, body.html}`
//! into an outbox row. Rendering happens when mail is queued, so a template error
//! fails the request that caused it, not a background job hours later.

use std::sync::Arc;

use chrono::NaiveDateTime;
use tera::{Context, Tera};

use crate::domain::mail::{MailKind, MailStatus};
use crate::domain::{EmailAddress, Language};
use crate::store::outbox::NewOutbox;

/// A file attached to a message, such as an event's .ics.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub filename: String,
    pub content_type: String,
    pub body: String,
}

impl Attachment {
    /// An iCalendar file (`calendar`) that mail programs offer to add, or to
    /// remove with `Method::Cancel`; the content type repeats its method.
    pub fn calendar(filename: &str, ics: String, method: crate::calendar::Method) -> Attachment {
        Attachment {
            filename: filename.to_owned(),
            content_type: format!("text/calendar; charset=utf-8; method={}", method.as_str()),
            body: ics,
        }
    }
}

/// What a use case wants sent; `Composer::compose` renders it.
#[derive(Debug, Clone)]
pub struct OutgoingEmail {
    pub kind: MailKind,
    pub to: EmailAddress,
    pub language: Language,
    pub context: Context,
    pub reply_to: Option<String>,
    pub list_unsubscribe: Option<String>,
    pub attachment: Option<Attachment>,
    pub dedup_key: Option<String>,
    pub event_id: Option<i64>,
}

impl OutgoingEmail {
    pub fn new(kind: MailKind, to: EmailAddress, language: Language, context: Context) -> Self {
        OutgoingEmail {
            kind,
            to,
            language,
            context,
            reply_to: None,
            list_unsubscribe: None,
            attachment: None,
            dedup_key: None,
            event_id: None,
        }
    }
}

#[derive(Clone)]
pub struct Composer {
    templates: Arc<Tera>,
    public_url: String,
    message_id_domain: String,
}

impl Composer {
    pub fn new(templates: Arc<Tera>, public_url: &str) -> Self {
        let message_id_domain = url::Url::parse(public_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_else(|| "clustercord.localhost".into());
        Composer {
            templates,
            public_url: public_url.to_owned(),
            message_id_domain,
        }
    }

    /// A link into the app: `path` after the public URL.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url)
    }

    pub fn public_url(&self) -> &str {
        &self.public_url
    }

    pub fn compose(
        &self,
        email: OutgoingEmail,
        now: NaiveDateTime,
    ) -> Result<NewOutbox, tera::Error> {
        let mut context = email.context;
        context.insert("public_url", &self.public_url);
        context.insert("lang", email.language.code());
        let render = |part: &str| {
            self.templates
                .render(&format!("email/{}/{part}", email.kind), &context)
        };
        // A subject is one line: a newline in user text must not start a new header.
        let subject = render("subject.txt")?
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let body_text = render("body.txt")?;
        let body_html = render("body.html")?;
        let (attachment_name, attachment_content_type, attachment_body) = match email.attachment {
            Some(a) => (Some(a.filename), Some(a.content_type), Some(a.body)),
            None => (None, None, None),
        };
        Ok(NewOutbox {
            message_id: format!(
                "<{}@{}>",
                crate::secrets::random_token(18),
                self.message_id_domain
            ),
            kind: email.kind.as_str().to_owned(),
            recipient: email.to.as_str().to_owned(),
            language: email.language.code().to_owned(),
            subject,
            body_text,
            body_html,
            reply_to: email.reply_to,
            list_unsubscribe: email.list_unsubscribe,
            attachment_name,
            attachment_content_type,
            attachment_body,
            dedup_key: email.dedup_key,
            event_id: email.event_id,
            status: MailStatus::Pending.as_str(),
            next_attempt_at: now,
            created_at: now,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;

    fn sample(language: Language) -> Context {
        let mut context = Context::new();
        let event = serde_json::json!({
            "id": 7, "title": "<Forum> & \"friends\"", "kind": "study_visit",
            "when": "WHEN-LABEL", "location": "Palazzo, Milano, IT", "url": "https://cc.example/events/7",
            "group": "Agrifood",
        });
        context.insert("name", "Zoë <b>O'Neil</b>");
        context.insert("event", &event);
        context.insert("before", &event);
        context.insert("position", &3);
        context.insert("manage_url", "https://cc.example/registrations/TOKEN");
        context.insert(
            "register_url",
            "https://cc.example/events/7?name=Zo%C3%AB#register",
        );
        context.insert(
            "decline_url",
            "https://cc.example/invitations/TOKEN/decline",
        );
        context.insert("unsubscribe_url", "https://cc.example/unsubscribe/TOKEN");
        context.insert("inviter", "Ana Admin");
        context.insert("role", "coordinator");
        context.insert("url", "https://cc.example/staff/password/TOKEN");
        context.insert("agenda", &serde_json::json!([{"time": "09:00", "title": "Welcome", "speaker": "A. Rossi", "place": null}]));
        context.insert("queued_at", "2027-01-01T00:00:00Z");
        let person = serde_json::json!({"name": "Bo <b>Berg</b>", "organisation": "Cluster & Co",
            "country": "SE", "offers": "Sensors", "seeks": "Pilots"});
        context.insert("from", &person);
        context.insert("other", &person);
        context.insert("message", "Shall we meet?");
        context.insert(
            "answer_url",
            "https://cc.example/registrations/TOKEN/b2b/requests/3",
        );
        context.insert("b2b_url", "https://cc.example/registrations/TOKEN/b2b");
        context.insert("accepted", &true);
        context.insert(
            "meetings",
            &serde_json::json!([{"time": "14:00", "table": 2, "with": person,
                "url": "https://cc.example/registrations/TOKEN/b2b#meeting-1"}]),
        );
        let _ = language;
        context
    }

    /// English sentences, cut at their placeables, long enough to be telling.
    fn english_fragments() -> Vec<String> {
        include_str!("../../locales/en/email.ftl")
            .lines()
            .filter_map(|line| line.split_once(" = ").map(|(_, v)| v.to_owned()))
            .flat_map(|value| {
                value
                    .split(['{', '}'])
                    .enumerate()
                    .filter(|(i, _)| i % 2 == 0)
                    .map(|(_, part)| part.trim().to_owned())
                    .collect::<Vec<_>>()
            })
            .filter(|fragment| fragment.chars().count() >= 12)
            .collect()
    }

    #[test]
    fn every_email_renders_in_every_language_without_english_leaking() {
        let composer = Composer::new(
            Arc::new(crate::templates::load().unwrap()),
            "https://cc.example",
        );
        let fragments = english_fragments();
        assert!(fragments.len() > 20);
        let now = chrono::DateTime::from_timestamp(1_800_000_000, 0)
            .unwrap()
            .naive_utc();
        for kind in MailKind::ALL {
            for language in Language::ALL {
                let to = EmailAddress::parse("zoe@example.org").unwrap();
                let email = OutgoingEmail::new(kind, to, language, sample(language));
                let row = composer
                    .compose(email, now)
                    .unwrap_or_else(|e| panic!("{kind} in {language}: {e:?}"));
                assert!(
                    !row.subject.is_empty() && !row.body_text.is_empty(),
                    "{kind} {language}"
                );
                // User text is escaped in HTML and never breaks the subject line.
                assert!(
                    !row.body_html.contains("<b>O'Neil</b>"),
                    "{kind} {language}"
                );
                assert!(!row.subject.contains('\n'));
                if language != Language::En {
                    for fragment in &fragments {
                        for part in [&row.subject, &row.body_text, &row.body_html] {
                            assert!(
                                !part.contains(fragment.as_str()),
                                "{kind} in {language} has English: {fragment:?}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn emails_carry_the_facts_in_the_readers_language() {
        let composer = Composer::new(
            Arc::new(crate::templates::load().unwrap()),
            "https://cc.example",
        );
        let now = chrono::DateTime::from_timestamp(1_800_000_000, 0)
            .unwrap()
            .naive_utc();
        let to = EmailAddress::parse("zoe@example.org").unwrap();
        let email = OutgoingEmail::new(
            MailKind::RegistrationWaitlisted,
            to,
            Language::De,
            sample(Language::De),
        );
        let row = composer.compose(email, now).unwrap();
        assert_eq!(row.subject, "Warteliste (Nr. 3): <Forum> & \"friends\"");
        assert!(row.body_text.contains("Wann: WHEN-LABEL"));
        assert!(row
            .body_text
            .contains("https://cc.example/registrations/TOKEN"));
        assert!(row.body_html.contains("&lt;Forum&gt;"));
    }
}
