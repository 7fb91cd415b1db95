//! Renders a message from `templates/email/<kind>/{subject.txt, body.txt, body.html}`
//! into an outbox row. Rendering happens when mail is queued, so a template error
//! fails the request that caused it, not a background job hours later.

use std::sync::Arc;

use chrono::NaiveDateTime;
use tera::{Context, Tera};

use crate::domain::{EmailAddress, Language};
use crate::store::outbox::NewOutbox;

/// A file attached to a message, such as an event's .ics.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub filename: String,
    pub content_type: String,
    pub body: String,
}

/// What a use case wants sent; `Composer::compose` renders it.
#[derive(Debug, Clone)]
pub struct OutgoingEmail {
    pub kind: &'static str,
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
    pub fn new(kind: &'static str, to: EmailAddress, language: Language, context: Context) -> Self {
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
                crate::auth::random_token(18),
                self.message_id_domain
            ),
            kind: email.kind.to_owned(),
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
            status: "pending",
            next_attempt_at: now,
            created_at: now,
        })
    }
}
