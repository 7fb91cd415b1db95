//! Giving seats up and filling them again: cancellations by the holder or by
//! staff, the waiting list moving up, and seats freed when a person is erased.

use chrono::{DateTime, Utc};

use crate::db::{write_transaction, DbConnection};
use crate::domain::mail::MailKind;
use crate::domain::seats::{next_to_promote, SeatStatus, Waiting};
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::mail::Composer;
use crate::ops::audit::About;
use crate::ops::event_view::EventView;
use crate::ops::registrations::{
    limits, mail_registrant, managed, no_registration, view, RegistrationView,
};
use crate::store::registrations::RegistrationRow;
use crate::store::{self};

/// Fills free seats from the waiting list, earliest first among those whose
/// country has room, and mails each promoted person. Callers hold the event lock.
pub fn promote(
    conn: &mut DbConnection,
    composer: &Composer,
    event_id: i64,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let mut promoted = 0;
    loop {
        let event = store::events::find(conn, event_id)?
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("event vanished")))?;
        let waiting: Vec<Waiting<String>> = store::registrations::waiting(conn, event_id)?
            .into_iter()
            .map(|(id, country)| Waiting { id, country })
            .collect();
        let counts = store::seats::country_counts(conn, event_id)?;
        let in_country = |c: &String| counts.iter().find(|(k, _)| k == c).map_or(0, |(_, n)| *n);
        let Some(next) =
            next_to_promote(&limits(&event), event.confirmed_count, &waiting, in_country)
        else {
            return Ok(promoted);
        };
        let row = store::registrations::set_status(
            conn,
            next.id,
            SeatStatus::Confirmed,
            now.naive_utc(),
        )?;
        store::seats::add_to_counts(conn, event_id, 1, -1)?;
        store::seats::add_to_country(conn, event_id, &row.country, 1)?;
        let event_view = crate::ops::event_view::load(conn, event_id)?
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("event vanished")))?;
        mail_registrant(
            conn,
            composer,
            &event_view,
            &RegistrationView {
                row,
                waitlist_position: None,
            },
            MailKind::RegistrationPromoted,
            None,
            now,
        )?;
        promoted += 1;
    }
}

/// Who cancels a registration, which decides what its holder is told.
pub enum CancelledBy {
    /// The holder, through the manage link (or at their erasure).
    Holder,
    /// The organisers, with the reason they typed, if any.
    Staff { reason: Option<String> },
}

/// Cancels a registration (idempotent), frees its seat for the waiting list, and
/// tells the holder.
fn cancel_row(
    conn: &mut DbConnection,
    composer: &Composer,
    registration: RegistrationRow,
    by: CancelledBy,
    now: DateTime<Utc>,
) -> Result<RegistrationView, AppError> {
    store::seats::lock(conn, registration.event_id)?;
    // Read again behind the lock: a concurrent cancel may have won.
    let current = store::registrations::find(conn, registration.id)?
        .ok_or_else(|| AppError::NotFound("No such registration.".into()))?;
    let before = SeatStatus::parse(&current.status);
    if before == Some(SeatStatus::Cancelled) {
        return view(conn, current);
    }
    let row =
        store::registrations::set_status(conn, current.id, SeatStatus::Cancelled, now.naive_utc())?;
    if before == Some(SeatStatus::Confirmed) {
        store::seats::add_to_counts(conn, row.event_id, -1, 0)?;
        store::seats::add_to_country(conn, row.event_id, &row.country, -1)?;
        promote(conn, composer, row.event_id, now)?;
    } else {
        store::seats::add_to_counts(conn, row.event_id, 0, -1)?;
    }
    let event_view = crate::ops::event_view::load(conn, row.event_id)?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("event vanished")))?;
    let cancelled = RegistrationView {
        row,
        waitlist_position: None,
    };
    let (kind, reason) = match by {
        CancelledBy::Holder => (MailKind::RegistrationCancelled, None),
        CancelledBy::Staff { reason } => (MailKind::RegistrationCancelledByStaff, reason),
    };
    let extra = reason.map(|reason| ("reason", reason));
    mail_registrant(conn, composer, &event_view, &cancelled, kind, extra, now)?;
    Ok(cancelled)
}

/// Frees the seat of a registration that is about to be erased: before the event
/// starts as a cancel would (the next in line moves up); after it, a place on the
/// waiting list only leaves the counts, so that no one is promoted into an event
/// that has begun. Returns true for a confirmed registration of an event that has
/// begun: it stays, seat and all, to be anonymised. The receipt `cancel_row`
/// queues is deleted with the rest of the person's mail.
pub fn release_for_erasure(
    conn: &mut DbConnection,
    composer: &Composer,
    registration: &RegistrationRow,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let Some(event) = store::seats::lock(conn, registration.event_id)? else {
        return Ok(false);
    };
    if event.starts_at > now.naive_utc() {
        cancel_row(
            conn,
            composer,
            registration.clone(),
            CancelledBy::Holder,
            now,
        )?;
        return Ok(false);
    }
    match SeatStatus::parse(&registration.status) {
        // Who took part is a record the reports count: kept, its seat with it.
        Some(SeatStatus::Confirmed) => return Ok(true),
        Some(SeatStatus::Waitlisted) => store::seats::add_to_counts(conn, event.id, 0, -1)?,
        _ => {}
    }
    Ok(false)
}

/// The holder cancels through the manage link. Repeating it changes nothing.
pub fn cancel_by_token(
    conn: &mut DbConnection,
    composer: &Composer,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(RegistrationView, EventView), AppError> {
    write_transaction(conn, |conn| {
        let row = store::registrations::find_by_token(conn, token)?.ok_or_else(no_registration)?;
        // Once the event has begun a registration is a record of who came: the
        // holder cannot take it back (staff still can). Repeating a cancellation
        // done before stays harmless.
        let started = store::events::find(conn, row.event_id)?
            .is_some_and(|e| now.naive_utc() >= e.starts_at);
        if started && row.status != SeatStatus::Cancelled.as_str() {
            return Err(AppError::RegistrationClosed(
                crate::domain::events::Closed::Started,
            ));
        }
        let cancelled = cancel_row(conn, composer, row, CancelledBy::Holder, now)?;
        let event = crate::ops::event_view::load(conn, cancelled.row.event_id)?
            .ok_or_else(no_registration)?;
        Ok((cancelled, event))
    })
}

/// Staff cancel a registration of their group's event; the holder is told so, with
/// `reason` (checked: at most 1000 characters, paragraphs kept) when given.
pub fn cancel_by_staff(
    conn: &mut DbConnection,
    composer: &Composer,
    staff: &StaffUser,
    event_id: i64,
    id: i64,
    reason: Option<String>,
    now: DateTime<Utc>,
) -> Result<RegistrationView, AppError> {
    let reason = crate::domain::values::optional_paragraphs(reason.as_deref(), 1000)
        .map_err(|e| AppError::invalid_field("reason", e.to_string()))?;
    write_transaction(conn, |conn| {
        let (row, _) = managed(conn, staff, event_id, id)?;
        let subject = format!("registration {id} (event {event_id})");
        crate::ops::audit::record(
            conn,
            staff,
            About::event(event_id),
            "registration.cancel",
            &subject,
            None,
            now,
        )?;
        cancel_row(conn, composer, row, CancelledBy::Staff { reason }, now)
    })
}
