//! Attendance of an event that has already happened, imported from CSV (a
//! project that starts using clustercord mid-way records its earlier forums):
//! each row becomes a confirmed registration marked attended or absent, or marks
//! the registration already held for that address. No mail goes out.

use chrono::{DateTime, Utc};

use crate::db::DbConnection;
use crate::domain::participation::Attendance;
use crate::domain::people::{check_organisation_kind, organisation_kind_code, MemberInput, Person};
use crate::domain::seats::SeatStatus;
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::ops::audit::About;
use crate::ops::member_import::{ImportReport, Refused};
use crate::store::registrations::NewRegistrationRow;
use crate::store::{self};

pub const COLUMNS: [&str; 6] = [
    "name",
    "email",
    "organisation",
    "country",
    "organisation_kind",
    "attended",
];

/// Rows written per transaction (see `member_import::IMPORT_CHUNK`).
const CHUNK: usize = 500;

/// Checks that the event is one `staff` coordinates and that it has begun.
fn importable(
    conn: &mut DbConnection,
    staff: &StaffUser,
    event_id: i64,
    now: DateTime<Utc>,
) -> Result<i64, AppError> {
    let event = crate::ops::event_view::managed(conn, staff, event_id)?;
    if event.row.status == "cancelled" {
        return Err(AppError::Conflict(
            "The event is cancelled: no one attended it.".into(),
        ));
    }
    if event.row.starts_at > now.naive_utc() {
        return Err(AppError::Conflict(
            "The event has not begun: people register for it, and attendance is marked once it starts.".into(),
        ));
    }
    Ok(event.row.group_id)
}

/// Imports the attendance of a past event from CSV (a header row naming at least
/// name, email and country; `kind` may stand for `organisation_kind`). Rows with
/// bad values are refused one by one with their line; the rest are written in
/// short transactions, and the audit log records the totals.
pub async fn import_csv(
    db: &crate::db::Db,
    staff: &StaffUser,
    event_id: i64,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<ImportReport, AppError> {
    let user = staff.clone();
    let kinds = db
        .read(move |conn| {
            importable(conn, &user, event_id, now)?;
            Ok::<_, AppError>(store::registrations::organisation_kinds(conn)?)
        })
        .await?;
    let rows = crate::ops::csv_import::read(
        bytes,
        &COLUMNS,
        &["name", "email", "country"],
        &[("kind", "organisation_kind")],
    )?;
    let mut report = ImportReport::default();
    let mut seen = std::collections::HashSet::new();
    let mut accepted = Vec::new();
    for (line, mut cells) in rows {
        let mut cell = |i: usize| cells[i].take();
        let input = MemberInput {
            name: cell(0),
            email: cell(1),
            organisation: cell(2),
            country: cell(3),
            language: None,
            // A spreadsheet names the kind as people read it ("Company").
            organisation_kind: cell(4).map(|k| organisation_kind_code(&kinds, &k)),
        };
        let attended = cell(5);
        let reason = match (input.parse(), Attendance::from_sheet(attended.as_deref())) {
            (Err(errors), _) => errors
                .into_map()
                .into_iter()
                .map(|(f, m)| format!("{f} {m}"))
                .collect::<Vec<_>>()
                .join("; "),
            (Ok(_), Err(invalid)) => format!("attended {}", invalid.0),
            (Ok(person), Ok(mark)) => {
                match check_organisation_kind(&kinds, person.organisation_kind.as_deref()) {
                    Err(message) => format!("kind {message}"),
                    Ok(()) if !seen.insert(person.email.key()) => {
                        format!("{} appears earlier in the file", person.email)
                    }
                    Ok(()) => {
                        accepted.push((person, mark));
                        continue;
                    }
                }
            }
        };
        report.refused.push(Refused { line, reason });
    }
    let chunks: Vec<Vec<(Person, Option<Attendance>)>> =
        accepted.chunks(CHUNK).map(<[_]>::to_vec).collect();
    let parts = chunks.len().max(1);
    let refused = report.refused.len();
    for index in 0..parts {
        let chunk = chunks.get(index).cloned().unwrap_or_default();
        let (user, so_far) = (staff.clone(), (report.added, report.updated));
        let last = index + 1 == parts;
        let (added, updated) = db
            .transaction(move |conn| {
                let group_id = importable(conn, &user, event_id, now)?;
                let (mut added, mut updated) = (0, 0);
                for (person, mark) in &chunk {
                    if save_one(conn, event_id, person, *mark, now)? {
                        added += 1;
                    } else {
                        updated += 1;
                    }
                }
                if last {
                    let detail = format!(
                        "{} added, {} updated, {refused} refused",
                        so_far.0 + added,
                        so_far.1 + updated
                    );
                    crate::ops::audit::record(
                        conn,
                        &user,
                        About::in_group(group_id, Some(event_id)),
                        "attendance.import",
                        &format!("attendance of event {event_id}"),
                        Some(&detail),
                        now,
                    )?;
                }
                Ok::<_, AppError>((added, updated))
            })
            .await?;
        report.added += added;
        report.updated += updated;
    }
    Ok(report)
}

/// Marks the person's registration, made now when they have none; whether it
/// was made.
fn save_one(
    conn: &mut DbConnection,
    event_id: i64,
    person: &Person,
    mark: Option<Attendance>,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let key = person.email.key();
    let at = now.naive_utc();
    let mark = mark.map(Attendance::as_str);
    if let Some(existing) = store::registrations::find_active(conn, event_id, &key)? {
        store::registrations::set_attendance(conn, existing.id, mark, at)?;
        return Ok(false);
    }
    let country = person.country.as_str();
    let kind = person.organisation_kind.as_deref();
    let organisation_id =
        crate::ops::organisations::resolve(conn, &person.organisation, country, kind, now)?;
    let token = crate::secrets::random_token(32);
    let row = store::registrations::insert(
        conn,
        &NewRegistrationRow {
            event_id,
            name: &person.name,
            email: person.email.as_str(),
            email_key: &key,
            organisation: &person.organisation,
            country,
            language: person.language.code(),
            organisation_kind: kind,
            note: None,
            status: SeatStatus::Confirmed.as_str(),
            manage_token: &token,
            created_at: at,
            updated_at: at,
            confirmed_at: Some(at),
            organisation_id,
        },
    )?;
    store::registrations::set_attendance(conn, row.id, mark, at)?;
    // The counts stay in step with the rows; a past event takes no one else.
    store::seats::add_to_counts(conn, event_id, 1, 0)?;
    store::seats::add_to_country(conn, event_id, country, 1)?;
    Ok(true)
}
