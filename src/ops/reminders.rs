//! Reminders: `CLUSTERCORD_REMINDER_HOURS` before an event starts, each confirmed
//! registrant gets one. "Exactly once" rests on the outbox's unique dedup key, so
//! several processes and restarts never queue a second one.

use chrono::{DateTime, TimeDelta, Utc};

use crate::db::{write_transaction, DbConnection};
use crate::domain::mail::MailKind;
use crate::domain::seats::SeatStatus;
use crate::domain::{EmailAddress, Language};
use crate::error::AppError;
use crate::mail::Composer;
use crate::ops::event_view::event_email;
use crate::store::{self};

fn dedup_key(registration_id: i64) -> String {
    format!("reminder:{registration_id}")
}

/// Queues the reminders that are due at `now`; returns how many.
pub fn queue_due(
    conn: &mut DbConnection,
    composer: &Composer,
    hours: u32,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let until = now + TimeDelta::hours(i64::from(hours));
    write_transaction(conn, |conn| {
        let due = store::registrations::confirmed_starting_between(
            conn,
            now.naive_utc(),
            until.naive_utc(),
        )?;
        if due.is_empty() {
            return Ok(0);
        }
        let keys: Vec<String> = due.iter().map(|r| dedup_key(r.id)).collect();
        let sent = store::outbox::existing_dedup_keys(conn, &keys)?;
        let mut rows = Vec::new();
        let mut events = std::collections::HashMap::new();
        for registration in due.into_iter().filter(|r| !sent.contains(&dedup_key(r.id))) {
            let Ok(to) = EmailAddress::parse(&registration.email) else {
                continue;
            };
            if let std::collections::hash_map::Entry::Vacant(slot) =
                events.entry(registration.event_id)
            {
                slot.insert(crate::ops::event_view::load(conn, registration.event_id)?);
            }
            let Some(Some(event)) = events.get(&registration.event_id) else {
                continue;
            };
            let language = Language::parse(&registration.language).unwrap_or_default();
            let mut email = event_email(
                event,
                composer,
                MailKind::Reminder,
                to,
                Some(&registration.name),
                language,
            );
            let manage = composer.link(&format!("/registrations/{}", registration.manage_token));
            email.context.insert("manage_url", &manage);
            email.dedup_key = Some(dedup_key(registration.id));
            // Members of the group can stop the group's mail from here too.
            if let Some(member) =
                store::members::find(conn, event.row.group_id, &registration.email_key)?
            {
                let url = format!(
                    "{}/unsubscribe/{}",
                    composer.public_url(),
                    member.unsubscribe_token
                );
                email.context.insert("unsubscribe_url", &url);
                email.list_unsubscribe = Some(url);
            }
            let (url, seat) = (composer.public_url(), Some(SeatStatus::Confirmed));
            email.attachment = Some(event.calendar_attachment("event.ics", url, seat));
            rows.push(composer.compose(email, now.naive_utc()).map_err(|e| {
                AppError::internal(anyhow::Error::new(e).context("rendering a reminder"))
            })?);
        }
        Ok(store::outbox::insert_many_once(conn, &rows)?)
    })
}
