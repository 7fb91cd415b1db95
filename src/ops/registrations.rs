//! Registering for events: seats taken atomically behind the event's row lock,
//! one active registration per address, the waiting list and its promotions, and
//! the mail each step sends, queued in the same transaction.

use chrono::{DateTime, Utc};

use crate::db::{is_unique_violation, write_transaction, DbConnection};
use crate::domain::events::{registration_open, Span};
use crate::domain::mail::MailKind;
use crate::domain::people::{check_organisation_kind, NewRegistration};
use crate::domain::seats::{Limits, SeatStatus, WaitReason};
use crate::domain::{EmailAddress, Language, StaffUser};
use crate::error::AppError;
use crate::mail::Composer;
use crate::ops::event_view::{event_email, EventView};
use crate::store::events::EventRow;
use crate::store::registrations::{NewRegistrationRow, RegistrationRow};
use crate::store::{self};

/// A registration with where it stands.
#[derive(Debug, Clone)]
pub struct RegistrationView {
    pub row: RegistrationRow,
    /// 1 for the first in line; `None` unless waitlisted.
    pub waitlist_position: Option<i64>,
}

impl RegistrationView {
    /// When it arrived, as RFC 3339 in the event's zone.
    pub fn registered_at(&self, event: &EventView) -> String {
        use chrono::TimeZone;
        event
            .zone()
            .from_utc_datetime(&self.row.created_at)
            .to_rfc3339()
    }
}

pub enum Registered {
    Created(Box<RegistrationView>),
    /// The address was registered already: the id of that registration (never a
    /// second seat); what it says stays with its holder.
    Existing(i64),
}

pub(super) fn limits(row: &EventRow) -> Limits {
    Limits {
        capacity: row.capacity,
        country_cap: row.country_cap,
    }
}

pub(super) fn view(
    conn: &mut DbConnection,
    row: RegistrationRow,
) -> Result<RegistrationView, AppError> {
    let waitlist_position = if row.status == SeatStatus::Waitlisted.as_str() {
        Some(store::registrations::waitlist_position(
            conn,
            row.event_id,
            row.id,
        )?)
    } else {
        None
    };
    Ok(RegistrationView {
        row,
        waitlist_position,
    })
}

pub(super) fn utc(t: chrono::NaiveDateTime) -> DateTime<Utc> {
    t.and_utc()
}

/// Registers for an event: confirmed while seats (and the country's share) last,
/// else waitlisted. Correct under any concurrency: the decision and the insert
/// happen behind the event's row lock.
pub fn register(
    conn: &mut DbConnection,
    composer: &Composer,
    event_id: i64,
    new: NewRegistration,
    now: DateTime<Utc>,
) -> Result<Registered, AppError> {
    let key = new.person.email.key();
    let attempt = write_transaction(conn, |conn| {
        register_locked(conn, composer, event_id, &new, &key, now)
    });
    match attempt {
        // Two requests for one address that raced past the check: the unique index
        // let one in. Answer with that one.
        Err(AppError::Conflict(_)) => write_transaction(conn, |conn| {
            let row =
                store::registrations::find_active(conn, event_id, &key)?.ok_or_else(|| {
                    AppError::internal(anyhow::anyhow!("duplicate registration vanished"))
                })?;
            resend_link(conn, composer, row, now)
        }),
        other => other,
    }
}

fn register_locked(
    conn: &mut DbConnection,
    composer: &Composer,
    event_id: i64,
    new: &NewRegistration,
    key: &str,
    now: DateTime<Utc>,
) -> Result<Registered, AppError> {
    let event = store::seats::lock(conn, event_id)?
        .ok_or_else(|| AppError::NotFound(format!("There is no event {event_id}.")))?;
    check_open(&event, now)?;
    if let Some(existing) = store::registrations::find_active(conn, event_id, key)? {
        return resend_link(conn, composer, existing, now);
    }
    if new.person.organisation_kind.is_some() {
        let known = store::registrations::organisation_kinds(conn)?;
        check_organisation_kind(&known, new.person.organisation_kind.as_deref())
            .map_err(|message| AppError::invalid_field("organisation_kind", message))?;
    }
    let country = new.person.country.as_str();
    let in_country = store::seats::country_counts(conn, event_id)?
        .into_iter()
        .find(|(c, _)| c == country)
        .map_or(0, |(_, n)| n);
    let decision = limits(&event).decide(event.confirmed_count, in_country);
    let row = insert(conn, event_id, new, key, decision, now)?;
    match decision {
        SeatStatus::Confirmed => {
            store::seats::add_to_counts(conn, event_id, 1, 0)?;
            store::seats::add_to_country(conn, event_id, country, 1)?;
        }
        _ => store::seats::add_to_counts(conn, event_id, 0, 1)?,
    }
    let registration = view(conn, row)?;
    let event_view = crate::ops::event_view::load(conn, event_id)?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("event vanished")))?;
    let kind = if decision == SeatStatus::Confirmed {
        MailKind::RegistrationConfirmed
    } else {
        MailKind::RegistrationWaitlisted
    };
    mail_registrant(conn, composer, &event_view, &registration, kind, None, now)?;
    Ok(Registered::Created(Box::new(registration)))
}

/// Refuses a registration the event does not take (a draft, cancelled, begun, or
/// past its deadline), with the reason.
pub(super) fn check_open(event: &EventRow, now: DateTime<Utc>) -> Result<(), AppError> {
    let status = crate::domain::events::EventStatus::parse(&event.status)
        .map_err(|e| AppError::internal(anyhow::anyhow!("{e}")))?;
    let span = Span::new(utc(event.starts_at), utc(event.ends_at))
        .map_err(|e| AppError::internal(anyhow::anyhow!("{e}")))?;
    registration_open(status, &span, event.registration_deadline.map(utc), now)
        .map_err(AppError::RegistrationClosed)
}

/// The registration's row, with a fresh manage token. A concurrent one for the
/// same address (the unique index) is a conflict.
fn insert(
    conn: &mut DbConnection,
    event_id: i64,
    new: &NewRegistration,
    key: &str,
    decision: SeatStatus,
    now: DateTime<Utc>,
) -> Result<RegistrationRow, AppError> {
    let country = new.person.country.as_str();
    let token = crate::secrets::random_token(32);
    let organisation_kind = new.person.organisation_kind.as_deref();
    let organisation_id = crate::ops::organisations::resolve(
        conn,
        &new.person.organisation,
        country,
        organisation_kind,
        now,
    )?;
    let inserted = store::registrations::insert(
        conn,
        &NewRegistrationRow {
            event_id,
            name: &new.person.name,
            email: new.person.email.as_str(),
            email_key: key,
            organisation: &new.person.organisation,
            country,
            language: new.person.language.code(),
            organisation_kind,
            note: new.note.as_deref(),
            status: decision.as_str(),
            manage_token: &token,
            created_at: now.naive_utc(),
            updated_at: now.naive_utc(),
            confirmed_at: (decision == SeatStatus::Confirmed).then_some(now.naive_utc()),
            organisation_id,
        },
    );
    match inserted {
        Ok(row) => Ok(row),
        Err(e) if is_unique_violation(&e) => Err(AppError::Conflict("registered meanwhile".into())),
        Err(e) => Err(e.into()),
    }
}

/// Why a waiting registration waits, as the seats stand now (`None` unless it is
/// on the waiting list).
pub fn wait_reason(
    conn: &mut DbConnection,
    event: &EventView,
    registration: &RegistrationView,
) -> Result<Option<WaitReason>, AppError> {
    if SeatStatus::parse(&registration.row.status) != Some(SeatStatus::Waitlisted) {
        return Ok(None);
    }
    let in_country = store::seats::country_counts(conn, event.row.id)?
        .into_iter()
        .find(|(c, _)| *c == registration.row.country)
        .map_or(0, |(_, n)| n);
    Ok(limits(&event.row).wait_reason(event.row.confirmed_count, in_country))
}

/// The manage link goes out again at most this often per registration.
const RESEND_EVERY: chrono::TimeDelta = chrono::TimeDelta::hours(1);

/// Someone signed up with an address that is registered already. They learn
/// nothing of how that registration stands; its holder is mailed the manage link
/// again (once an hour at most), so a person who lost it gets it back.
pub(super) fn resend_link(
    conn: &mut DbConnection,
    composer: &Composer,
    row: RegistrationRow,
    now: DateTime<Utc>,
) -> Result<Registered, AppError> {
    let naive = now.naive_utc();
    if store::registrations::mark_link_resent(conn, row.id, naive - RESEND_EVERY, naive)? {
        let event = crate::ops::event_view::load(conn, row.event_id)?
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("event vanished")))?;
        let registration = view(conn, row.clone())?;
        mail_registrant(
            conn,
            composer,
            &event,
            &registration,
            MailKind::RegistrationLink,
            None,
            now,
        )?;
    }
    Ok(Registered::Existing(row.id))
}

/// Queues one email about a registration to its holder.
pub(super) fn mail_registrant(
    conn: &mut DbConnection,
    composer: &Composer,
    event: &EventView,
    registration: &RegistrationView,
    kind: MailKind,
    extra: Option<(&str, String)>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let reason = if kind == MailKind::RegistrationWaitlisted {
        wait_reason(conn, event, registration)?
    } else {
        None
    };
    if let Some(email) = registrant_email(composer, event, registration, kind, extra, reason) {
        crate::ops::mail::queue(conn, composer, email, now.naive_utc())?;
    }
    Ok(())
}

/// The email about a registration to its holder (`None` when the stored address
/// no longer parses); `reason` is why a waitlisted one waits.
pub(super) fn registrant_email(
    composer: &Composer,
    event: &EventView,
    registration: &RegistrationView,
    kind: MailKind,
    extra: Option<(&str, String)>,
    reason: Option<WaitReason>,
) -> Option<crate::mail::OutgoingEmail> {
    let row = &registration.row;
    let to = EmailAddress::parse(&row.email).ok()?;
    let language = Language::parse(&row.language).unwrap_or_default();
    let mut email = event_email(event, composer, kind, to, Some(&row.name), language);
    email
        .context
        .insert("position", &registration.waitlist_position);
    let manage = composer.link(&format!("/registrations/{}", row.manage_token));
    email.context.insert("manage_url", &manage);
    if let Some((key, value)) = extra {
        email.context.insert(key, &value);
    }
    if kind == MailKind::RegistrationWaitlisted {
        email
            .context
            .insert("country_share", &(reason == Some(WaitReason::CountryShare)));
        email.context.insert("country_cap", &event.row.country_cap);
    }
    // Those who now hold a seat get the calendar entry; those who gave it up get
    // it taken back, so that it does not linger in their calendar.
    let seat = match kind {
        MailKind::RegistrationConfirmed | MailKind::RegistrationPromoted => {
            Some(SeatStatus::Confirmed)
        }
        MailKind::RegistrationCancelled | MailKind::RegistrationCancelledByStaff => {
            Some(SeatStatus::Cancelled)
        }
        _ => None,
    };
    if let Some(seat) = seat {
        let url = composer.public_url();
        email.attachment = Some(event.calendar_attachment("event.ics", url, Some(seat)));
    }
    Some(email)
}

pub(super) fn no_registration() -> AppError {
    AppError::NotFound("There is no registration with this link.".into())
}

/// The registration behind a manage link, with its event.
pub fn by_token(
    conn: &mut DbConnection,
    token: &str,
) -> Result<(RegistrationView, EventView), AppError> {
    let row = store::registrations::find_by_token(conn, token)?.ok_or_else(no_registration)?;
    let event = crate::ops::event_view::load(conn, row.event_id)?.ok_or_else(no_registration)?;
    Ok((view(conn, row)?, event))
}

/// A registration of an event the staff member coordinates.
pub(super) fn managed(
    conn: &mut DbConnection,
    staff: &StaffUser,
    event_id: i64,
    id: i64,
) -> Result<(RegistrationRow, EventView), AppError> {
    let event = crate::ops::event_view::managed(conn, staff, event_id)?;
    let row = store::registrations::find(conn, id)?
        .filter(|r| r.event_id == event_id)
        .ok_or_else(|| AppError::NotFound(format!("Event {event_id} has no registration {id}.")))?;
    Ok((row, event))
}
