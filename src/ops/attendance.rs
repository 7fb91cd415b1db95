//! Who came: an event's registrations for its staff with waiting-list places,
//! attendance marks once it has begun, and the participation figures.

use chrono::{DateTime, Utc};

use crate::db::{write_transaction, DbConnection};
use crate::domain::participation::{self, Attendance, Figures, Participant};
use crate::domain::seats::SeatStatus;
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::ops::audit::About;
use crate::ops::event_view::EventView;
use crate::ops::registrations::{managed, utc, view, RegistrationView};
use crate::store::{self};

/// Marks a confirmed participant as attended or absent, once the event has begun.
pub fn mark_attendance(
    conn: &mut DbConnection,
    staff: &StaffUser,
    event_id: i64,
    id: i64,
    attendance: Option<Attendance>,
    now: DateTime<Utc>,
) -> Result<RegistrationView, AppError> {
    write_transaction(conn, |conn| {
        let (row, event) = managed(conn, staff, event_id, id)?;
        if now < utc(event.row.starts_at) {
            return Err(AppError::Conflict(
                "Attendance can be marked once the event has begun.".into(),
            ));
        }
        if row.status != SeatStatus::Confirmed.as_str() {
            return Err(AppError::Conflict(
                "Only confirmed participants can be marked.".into(),
            ));
        }
        let row = store::registrations::set_attendance(
            conn,
            id,
            attendance.map(Attendance::as_str),
            now.naive_utc(),
        )?;
        let subject = format!("registration {id} (event {event_id})");
        let detail = attendance.map_or("unmarked", Attendance::as_str);
        crate::ops::audit::record(
            conn,
            staff,
            About::event(event_id),
            "registration.attendance",
            &subject,
            Some(detail),
            now,
        )?;
        view(conn, row)
    })
}

/// Every registration of an event, with waiting-list positions, for its staff.
pub fn for_event(
    conn: &mut DbConnection,
    staff: &StaffUser,
    event_id: i64,
) -> Result<(EventView, Vec<RegistrationView>), AppError> {
    let event = crate::ops::event_view::managed(conn, staff, event_id)?;
    let rows = store::registrations::for_event(conn, event_id)?;
    let mut position = 0;
    let views = rows
        .into_iter()
        .map(|row| {
            let waitlist_position = (row.status == SeatStatus::Waitlisted.as_str()).then(|| {
                position += 1;
                position
            });
            RegistrationView {
                row,
                waitlist_position,
            }
        })
        .collect();
    Ok((event, views))
}

/// Participation by country and by kind of organisation.
pub fn figures(event: &EventView, registrations: &[RegistrationView]) -> Figures {
    let participants: Vec<Participant> = registrations
        .iter()
        .map(|view| {
            let row = &view.row;
            Participant {
                // Stored statuses are the three the database allows.
                status: SeatStatus::parse(&row.status).unwrap_or(SeatStatus::Cancelled),
                attendance: row.attendance.as_deref().and_then(Attendance::parse),
                country: &row.country,
                organisation_kind: row.organisation_kind.as_deref(),
            }
        })
        .collect();
    participation::figures(&participants, event.seats_available())
}
