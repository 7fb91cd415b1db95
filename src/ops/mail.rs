//! Queuing mail in the caller's transaction.

use chrono::NaiveDateTime;
use tera::Context;

use crate::db::DbConnection;
use crate::domain::mail::{MailKind, MailStatus};
use crate::domain::{EmailAddress, Language};
use crate::error::AppError;
use crate::mail::{Composer, OutgoingEmail};
use crate::ops::audit::About;
use crate::store;

/// Renders the email and inserts it into the outbox; returns the outbox id.
pub fn queue(
    conn: &mut DbConnection,
    composer: &Composer,
    email: OutgoingEmail,
    now: NaiveDateTime,
) -> Result<i64, AppError> {
    let row = render(composer, email, now)?;
    Ok(store::outbox::insert(conn, &row)?)
}

/// The outbox row of an email, rendered in its language; for callers that insert
/// many at once.
pub fn render(
    composer: &Composer,
    email: OutgoingEmail,
    now: NaiveDateTime,
) -> Result<store::outbox::NewOutbox, AppError> {
    composer
        .compose(email, now)
        .map_err(|e| AppError::internal(anyhow::Error::new(e).context("rendering an email")))
}

/// Frees every message's claim (see `store::outbox::release_claims`); how many.
pub fn release_claims(conn: &mut DbConnection) -> Result<usize, AppError> {
    Ok(store::outbox::release_claims(conn)?)
}

/// A message that checks the mail settings end to end (`clustercord mail test`).
pub fn queue_test_message(
    conn: &mut DbConnection,
    composer: &Composer,
    to: EmailAddress,
    now: NaiveDateTime,
) -> Result<i64, AppError> {
    let mut context = Context::new();
    context.insert("queued_at", &now.and_utc().to_rfc3339());
    queue(
        conn,
        composer,
        OutgoingEmail::new(MailKind::TestMessage, to, Language::En, context),
        now,
    )
}

/// Puts a failed message back in line (staff: admins any, coordinators those about
/// their groups' events).
pub fn retry(
    conn: &mut DbConnection,
    staff: &crate::domain::StaffUser,
    id: i64,
    now: NaiveDateTime,
) -> Result<store::outbox::OutboxRow, AppError> {
    let (row, _) = one(conn, staff, id)?;
    if MailStatus::parse(&row.status) != Some(MailStatus::Failed) {
        return Err(AppError::Conflict(
            "Only a failed message can be retried.".into(),
        ));
    }
    store::outbox::retry(conn, id, now)?;
    let subject = format!("message {id}");
    let about = row.event_id.map_or(About::default(), About::event);
    crate::ops::audit::record(
        conn,
        staff,
        about,
        "mail.retry",
        &subject,
        None,
        now.and_utc(),
    )?;
    store::outbox::find(conn, id)?
        .ok_or_else(|| AppError::NotFound(format!("There is no message {id}.")))
}

/// The latest outgoing mail `staff` may see that passes `filter`: all of it for
/// admins, for coordinators only mail about their groups' events.
pub fn visible(
    conn: &mut DbConnection,
    staff: &crate::domain::StaffUser,
    filter: store::outbox::MailFilter,
) -> Result<Vec<store::outbox::OutboxRow>, AppError> {
    let filter = store::outbox::MailFilter {
        group_ids: (!staff.is_admin()).then(|| staff.group_ids.clone()),
        limit: filter.limit.clamp(1, 500),
        ..filter
    };
    Ok(store::outbox::list(conn, &filter)?)
}

/// The events `staff` may filter their mail by, as (id, title).
pub fn events_mailed(
    conn: &mut DbConnection,
    staff: &crate::domain::StaffUser,
) -> Result<Vec<(i64, String)>, AppError> {
    let groups = (!staff.is_admin()).then(|| staff.group_ids.clone());
    Ok(store::outbox::events_mailed(conn, groups.as_deref())?)
}

/// One message `staff` may read, with its text, and the title of the event it is
/// about.
pub fn one(
    conn: &mut DbConnection,
    staff: &crate::domain::StaffUser,
    id: i64,
) -> Result<(store::outbox::OutboxRow, Option<String>), AppError> {
    let not_found = || AppError::NotFound(format!("There is no message {id}."));
    let row = store::outbox::find(conn, id)?.ok_or_else(not_found)?;
    let event = match row.event_id {
        Some(event_id) => store::events::find(conn, event_id)?,
        None => None,
    };
    let allowed = staff.is_admin()
        || event
            .as_ref()
            .is_some_and(|e| staff.manages_group(e.group_id));
    if !allowed {
        return Err(not_found());
    }
    Ok((row, event.map(|e| e.title)))
}

/// Deletes the sent and failed mail older than `days` (it holds personal data);
/// waiting mail is kept whatever its age.
pub fn purge_expired(
    conn: &mut DbConnection,
    days: u32,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let cutoff = now - chrono::Duration::days(i64::from(days));
    Ok(store::outbox::purge_finished_before(conn, cutoff)?)
}
