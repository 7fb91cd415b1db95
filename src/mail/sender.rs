//! Delivers due outbox rows. A row is claimed in a short transaction with a lease,
//! sent with no transaction open, and its outcome recorded in a second one: a crash
//! between the two means the row is sent again (at least once), never lost.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use futures_util::stream::FuturesUnordered;
use futures_util::StreamExt;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::Message;
use tokio::sync::Notify;

use super::transport::{SendError, Transport};
use crate::db::Db;
use crate::error::AppError;
use crate::store::outbox::{self, OutboxRow, Outcome};

/// Rows claimed at once by one sender.
const BATCH: i64 = 50;
/// First retry after this long, doubling each time.
const FIRST_RETRY: TimeDelta = TimeDelta::seconds(5);
const MAX_RETRY: TimeDelta = TimeDelta::minutes(15);
/// A message still undelivered this long after it was queued is given up.
const GIVE_UP_AFTER: TimeDelta = TimeDelta::hours(24);

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DeliveryReport {
    pub sent: usize,
    pub retried: usize,
    pub failed: usize,
}

/// Everything delivery needs; shared by the worker and `mail send-pending`.
#[derive(Clone)]
pub struct Mailer {
    pub db: Db,
    pub transport: Arc<Transport>,
    pub from: Mailbox,
    pub lease: Duration,
    /// This process's sender id and liveness lock (see `alive`).
    pub sender: super::alive::Sender,
    wake: Arc<Notify>,
}

impl Mailer {
    pub fn new(db: Db, transport: Transport, from: Mailbox, lease: Duration) -> Self {
        Mailer {
            sender: super::alive::Sender::start(&db),
            db,
            transport: Arc::new(transport),
            from,
            lease,
            wake: Arc::new(Notify::new()),
        }
    }

    /// Tells the sender loop that mail was queued, so it does not wait for its next poll.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Resolves when someone calls `wake` (the worker's loop waits on it).
    pub async fn woken(&self) {
        self.wake.notified().await
    }
}

/// Sends every message due at `now`, each at most once in this call.
pub async fn deliver_due(mailer: &Mailer, now: DateTime<Utc>) -> Result<DeliveryReport, AppError> {
    let now = now.naive_utc();
    let lease_until = now + TimeDelta::from_std(mailer.lease).unwrap_or(TimeDelta::minutes(2));
    let mut report = DeliveryReport::default();
    let sender = mailer.sender.id;
    loop {
        let in_flight = mailer.sender.in_flight();
        let batch = mailer
            .db
            .transaction_unseen(move |conn| {
                let claim = outbox::Claim {
                    sender,
                    in_flight,
                    now,
                    lease_until,
                };
                outbox::claim_due(conn, &claim, BATCH).map_err(AppError::from)
            })
            .await?;
        if batch.is_empty() {
            return Ok(report);
        }
        let _sending = mailer.sender.sending(batch.iter().map(|row| row.id));
        deliver_batch(mailer, batch, now, &mut report).await?;
    }
}

/// Sends the claimed rows, at most one per SMTP connection at a time, and records
/// each outcome soon after: what finishes while a record is being written goes
/// into the next one, so a busy sender commits once per few messages instead of
/// once per message (on PostgreSQL every commit is a WAL flush on the writer).
/// A row counts against the connections until its outcome is recorded, so a crash
/// repeats at most one message per connection, as when each was recorded alone.
///
/// A failed record (the database went away) ends the round: no new send starts,
/// but those in flight finish and are recorded if they can be. A send dropped
/// half-way would leave its SMTP connection mid-message, and the pool would hand
/// it out again to hang until the timeout, while the server's thread for it
/// stays taken.
async fn deliver_batch(
    mailer: &Mailer,
    batch: Vec<OutboxRow>,
    now: NaiveDateTime,
    report: &mut DeliveryReport,
) -> Result<(), AppError> {
    type Recording = std::pin::Pin<
        Box<dyn std::future::Future<Output = (Vec<Outcome>, Result<(), AppError>)> + Send>,
    >;
    let connections = mailer.transport.connections().max(1);
    let mut rows = batch.into_iter();
    let mut sending = FuturesUnordered::new();
    let mut finished: Vec<(i64, Outcome)> = Vec::new();
    let mut recording: Option<Recording> = None;
    // Sent or being sent, and not recorded yet.
    let mut unrecorded = 0;
    let mut failed: Option<AppError> = None;
    loop {
        while failed.is_none() && unrecorded < connections {
            let Some(row) = rows.next() else { break };
            unrecorded += 1;
            sending.push(async move {
                let outcome = deliver_one(mailer, &row, now).await;
                if let Outcome::Retry { error, .. } | Outcome::Failed { error } = &outcome {
                    tracing::warn!(id = row.id, recipient = %row.recipient, %error, "mail not delivered");
                }
                (row.id, outcome)
            });
        }
        if recording.is_none() && !finished.is_empty() {
            let attempts = std::mem::take(&mut finished);
            let db = mailer.db.clone();
            recording = Some(Box::pin(async move {
                let outcomes = attempts.iter().map(|(_, o)| o.clone()).collect();
                let written = db
                    .transaction_unseen(move |conn| {
                        outbox::record_attempts(conn, &attempts, now).map_err(AppError::from)
                    })
                    .await;
                (outcomes, written)
            }));
        }
        if sending.is_empty() && recording.is_none() {
            return failed.map_or(Ok(()), Err);
        }
        tokio::select! {
            Some(done) = sending.next(), if !sending.is_empty() => finished.push(done),
            (outcomes, written) = async { recording.as_mut().expect("a record").await },
                if recording.is_some() =>
            {
                recording = None;
                unrecorded -= outcomes.len();
                match written {
                    Ok(()) => {
                        for outcome in outcomes {
                            match outcome {
                                Outcome::Sent => report.sent += 1,
                                Outcome::Retry { .. } => report.retried += 1,
                                Outcome::Failed { .. } => report.failed += 1,
                            }
                        }
                    }
                    Err(error) => failed = failed.or(Some(error)),
                }
            }
        }
    }
}

async fn deliver_one(mailer: &Mailer, row: &OutboxRow, now: NaiveDateTime) -> Outcome {
    let message = match build_message(row, &mailer.from) {
        Ok(message) => message,
        Err(error) => return Outcome::Failed { error },
    };
    match mailer
        .transport
        .send(&format!("{:08}", row.id), &message)
        .await
    {
        Ok(()) => Outcome::Sent,
        Err(error) => after_failure(row, now, error),
    }
}

/// The retry rule: permanent refusals fail at once; transient ones are tried again
/// with exponential backoff until the message is a day old.
pub fn after_failure(row: &OutboxRow, now: NaiveDateTime, error: SendError) -> Outcome {
    if error.permanent {
        return Outcome::Failed {
            error: error.message,
        };
    }
    if now - row.created_at >= GIVE_UP_AFTER {
        return Outcome::Failed {
            error: format!("gave up after 24 hours: {}", error.message),
        };
    }
    let doublings = row.attempts.clamp(0, 16) as u32;
    let delay = FIRST_RETRY
        .checked_mul(1 << doublings)
        .unwrap_or(MAX_RETRY)
        .min(MAX_RETRY);
    Outcome::Retry {
        at: now + delay,
        error: error.message,
    }
}

fn build_message(row: &OutboxRow, from: &Mailbox) -> Result<Message, String> {
    let to: Mailbox = row
        .recipient
        .parse()
        .map_err(|e| format!("invalid recipient: {e}"))?;
    let mut builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(row.subject.clone())
        .message_id(Some(row.message_id.clone()))
        .date(row.created_at.and_utc().into());
    if let Some(reply_to) = &row.reply_to {
        builder = builder.reply_to(
            reply_to
                .parse()
                .map_err(|e| format!("invalid Reply-To: {e}"))?,
        );
    }
    if let Some(url) = &row.list_unsubscribe {
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{url}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_owned(),
            ));
    }
    let alternative =
        MultiPart::alternative_plain_html(row.body_text.clone(), row.body_html.clone());
    let body = match (
        &row.attachment_name,
        &row.attachment_content_type,
        &row.attachment_body,
    ) {
        (Some(name), Some(content_type), Some(content)) => {
            let content_type = ContentType::parse(content_type)
                .map_err(|e| format!("invalid attachment type: {e}"))?;
            let attachment: SinglePart =
                Attachment::new(name.clone()).body(content.clone(), content_type);
            MultiPart::mixed()
                .multipart(alternative)
                .singlepart(attachment)
        }
        _ => alternative,
    };
    builder
        .multipart(body)
        .map_err(|e| format!("cannot build message: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(attempts: i32, created_at: NaiveDateTime) -> OutboxRow {
        OutboxRow {
            id: 1,
            message_id: "<x@test>".into(),
            kind: "test".into(),
            recipient: "a@example.org".into(),
            language: "en".into(),
            subject: "s".into(),
            body_text: "t".into(),
            body_html: "<p>t</p>".into(),
            reply_to: None,
            list_unsubscribe: None,
            attachment_name: None,
            attachment_content_type: None,
            attachment_body: None,
            dedup_key: None,
            event_id: None,
            status: "pending".into(),
            attempts,
            next_attempt_at: created_at,
            locked_until: None,
            last_error: None,
            created_at,
            sent_at: None,
            claimed_by: None,
        }
    }

    fn transient() -> SendError {
        SendError {
            permanent: false,
            message: "connection refused".into(),
        }
    }

    #[test]
    fn retries_back_off_exponentially_up_to_fifteen_minutes() {
        let start = DateTime::from_timestamp(1_800_000_000, 0)
            .unwrap()
            .naive_utc();
        let delays: Vec<i64> = [0, 1, 2, 3, 10]
            .into_iter()
            .map(
                |attempts| match after_failure(&row(attempts, start), start, transient()) {
                    Outcome::Retry { at, .. } => (at - start).num_seconds(),
                    other => panic!("{other:?}"),
                },
            )
            .collect();
        assert_eq!(delays, vec![5, 10, 20, 40, 900]);
    }

    #[test]
    fn permanent_refusals_fail_at_once() {
        let start = DateTime::from_timestamp(1_800_000_000, 0)
            .unwrap()
            .naive_utc();
        let error = SendError {
            permanent: true,
            message: "550 no such user".into(),
        };
        assert!(matches!(
            after_failure(&row(0, start), start, error),
            Outcome::Failed { .. }
        ));
    }

    #[test]
    fn a_day_old_message_is_given_up() {
        let start = DateTime::from_timestamp(1_800_000_000, 0)
            .unwrap()
            .naive_utc();
        let later = start + TimeDelta::hours(24);
        assert!(matches!(
            after_failure(&row(30, start), later, transient()),
            Outcome::Failed { .. }
        ));
    }

    #[test]
    fn messages_are_multipart_with_the_stored_message_id() {
        let start = DateTime::from_timestamp(1_800_000_000, 0)
            .unwrap()
            .naive_utc();
        let mut with_ics = row(0, start);
        with_ics.attachment_name = Some("event.ics".into());
        with_ics.attachment_content_type =
            Some("text/calendar; charset=utf-8; method=PUBLISH".into());
        with_ics.attachment_body = Some("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".into());
        with_ics.list_unsubscribe = Some("http://x/unsubscribe/abc".into());
        let from: Mailbox = "Clustercord <noreply@localhost>".parse().unwrap();
        let text = String::from_utf8(build_message(&with_ics, &from).unwrap().formatted()).unwrap();
        assert!(text.contains("Message-ID: <x@test>"));
        assert!(text.contains("multipart/alternative"));
        assert!(text.contains("text/calendar"));
        assert!(text.contains("List-Unsubscribe: <http://x/unsubscribe/abc>"));
    }
}
