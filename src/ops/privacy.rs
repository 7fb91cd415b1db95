//! A person's right to erasure (GDPR art. 17): one admin action removes every
//! registration, invitation, member entry and message held for an address.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::{write_transaction, DbConnection};
use crate::domain::{EmailAddress, StaffUser};
use crate::error::AppError;
use crate::mail::Composer;
use crate::ops::audit::About;
use crate::store;

/// What an erasure removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct Erased {
    /// Registrations removed or, for events that have begun, stripped of name,
    /// email and note (the reports still count them).
    pub registrations: usize,
    pub invitations: usize,
    pub members: usize,
    /// Messages to the address, sent or waiting, with their delivery attempts.
    pub messages: usize,
}

impl Erased {
    pub fn total(&self) -> usize {
        self.registrations + self.invitations + self.members + self.messages
    }
}

/// What an erasure of `email` would remove, for the admin to confirm.
pub fn preview(
    conn: &mut DbConnection,
    staff: &StaffUser,
    email: &EmailAddress,
) -> Result<Erased, AppError> {
    require_admin(staff)?;
    let key = email.key();
    let count = |n: i64| usize::try_from(n).unwrap_or_default();
    Ok(Erased {
        registrations: count(store::registrations::count_for_address(conn, &key)?),
        invitations: count(store::invitations::count_for_address(conn, &key)?),
        members: count(store::members::count_for_address(conn, &key)?),
        messages: count(store::outbox::count_to(conn, &key)?),
    })
}

fn require_admin(staff: &StaffUser) -> Result<(), AppError> {
    if staff.is_admin() {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "Only an admin may erase a person's data.".into(),
        ))
    }
}

/// Erases everything held for `email` in one transaction. Seats it held before
/// an event go to the waiting list as on a cancel. A confirmed registration of
/// an event that has begun stays without name, email or note, so that figures
/// already reported stay true. The audit log records the erasure and its counts
/// but not the address: it must not keep what was erased.
pub fn erase(
    conn: &mut DbConnection,
    composer: &Composer,
    staff: &StaffUser,
    email: &EmailAddress,
    now: DateTime<Utc>,
) -> Result<Erased, AppError> {
    require_admin(staff)?;
    let key = email.key();
    write_transaction(conn, |conn| {
        let registrations = store::registrations::for_address(conn, &key)?;
        let mut kept = 0;
        for registration in registrations {
            if crate::ops::cancellations::release_for_erasure(conn, composer, &registration, now)? {
                kept += store::registrations::anonymise(conn, registration.id, now.naive_utc())?;
            }
        }
        let erased = Erased {
            registrations: kept + store::registrations::delete_for_address(conn, &key)?,
            invitations: store::invitations::delete_for_address(conn, &key)?,
            members: store::members::delete_for_address(conn, &key)?,
            // Last: releasing seats queued a receipt to the person.
            messages: store::outbox::delete_to(conn, &key)?,
        };
        let detail = format!(
            "{} registrations, {} invitations, {} member entries, {} messages",
            erased.registrations, erased.invitations, erased.members, erased.messages
        );
        let about = About::default();
        crate::ops::audit::record(
            conn,
            staff,
            about,
            "person.erase",
            "a person",
            Some(&detail),
            now,
        )?;
        Ok(erased)
    })
}
