//! CSV downloads of personal data: a group's mailing list and an event's
//! registrations. Each is recorded in the audit log in the transaction that reads
//! it, so no file leaves without its entry.

use chrono::{DateTime, TimeZone, Utc};

use crate::db::{write_transaction, DbConnection};
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::export::{self, ExportFile};
use crate::ops::audit::About;

const REGISTRATION_COLUMNS: [&str; 12] = [
    "id",
    "status",
    "waitlist_position",
    "name",
    "email",
    "organisation",
    "organisation_kind",
    "country",
    "language",
    "note",
    "attendance",
    "registered_at",
];

/// An event's registrations, in arrival order (staff of its group).
pub fn registrations(
    conn: &mut DbConnection,
    staff: &StaffUser,
    event_id: i64,
    now: DateTime<Utc>,
) -> Result<ExportFile, AppError> {
    write_transaction(conn, |conn| registrations_in(conn, staff, event_id, now))
}

fn registrations_in(
    conn: &mut DbConnection,
    staff: &StaffUser,
    event_id: i64,
    now: DateTime<Utc>,
) -> Result<ExportFile, AppError> {
    let (event, views) = crate::ops::attendance::for_event(conn, staff, event_id)?;
    let rows = views.iter().map(|view| {
        let row = &view.row;
        [
            row.id.to_string(),
            row.status.clone(),
            view.waitlist_position
                .map(|p| p.to_string())
                .unwrap_or_default(),
            row.name.clone(),
            row.email.clone(),
            row.organisation.clone(),
            row.organisation_kind.clone().unwrap_or_default(),
            row.country.clone(),
            row.language.clone(),
            row.note.clone().unwrap_or_default(),
            row.attendance.clone().unwrap_or_default(),
            // To the second: a spreadsheet shows nanoseconds as noise.
            event
                .zone()
                .from_utc_datetime(&row.created_at)
                .format("%Y-%m-%dT%H:%M:%S%:z")
                .to_string(),
        ]
    });
    let body = export::table(&REGISTRATION_COLUMNS, rows).map_err(AppError::internal)?;
    let subject = format!("registrations of event {event_id}");
    crate::ops::audit::record(
        conn,
        staff,
        About::event(event_id),
        "export",
        &subject,
        None,
        now,
    )?;
    Ok(ExportFile {
        filename: format!("event-{event_id}-registrations.csv"),
        body,
    })
}

/// A group's mailing list, in the columns the import reads.
pub fn members(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
    now: DateTime<Utc>,
) -> Result<ExportFile, AppError> {
    write_transaction(conn, |conn| members_in(conn, staff, slug, now))
}

fn members_in(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
    now: DateTime<Utc>,
) -> Result<ExportFile, AppError> {
    let (group, members) = crate::ops::members::list(conn, staff, slug)?;
    let header: Vec<&str> = crate::ops::member_import::COLUMNS
        .into_iter()
        .chain(["unsubscribed"])
        .collect();
    let rows = members.iter().map(|m| {
        [
            m.name.as_str(),
            m.email.as_str(),
            m.organisation.as_str(),
            m.country.as_str(),
            m.language.as_str(),
            m.organisation_kind.as_deref().unwrap_or(""),
            if m.unsubscribed_at.is_some() {
                "yes"
            } else {
                ""
            },
        ]
    });
    let body = export::table(&header, rows).map_err(AppError::internal)?;
    let subject = format!("members of group {}", group.slug);
    crate::ops::audit::record(
        conn,
        staff,
        About::group(group.id),
        "export",
        &subject,
        None,
        now,
    )?;
    Ok(ExportFile {
        filename: format!("{}-members.csv", group.slug),
        body,
    })
}
