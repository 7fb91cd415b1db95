//! Importing a spreadsheet of members: the CSV read whole, its rows checked one
//! by one, and written in short transactions so that other writers are not held up.

use chrono::{DateTime, Utc};

use crate::db::DbConnection;
use crate::domain::people::{check_organisation_kind, MemberInput, NewMember};
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::ops::audit::About;
use crate::ops::members::{managed_group, save_one, Saved};
use crate::store::{self};

/// A row of an import that was not taken, and why.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Refused {
    /// The line of the file, the header being line 1
    pub line: u64,
    pub reason: String,
}

#[derive(Debug, Clone, Default, serde::Serialize, utoipa::ToSchema)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub refused: Vec<Refused>,
}

pub const COLUMNS: [&str; 6] = [
    "name",
    "email",
    "organisation",
    "country",
    "language",
    "organisation_kind",
];

/// Rows written per transaction: on SQLite every write waits for the one writer,
/// so a long list goes in short turns (a few milliseconds each) rather than one
/// transaction that holds everyone else up for seconds.
const IMPORT_CHUNK: usize = 500;

/// Imports a CSV (a header row naming at least name, email and country). A file
/// that is not well-formed CSV is refused whole; rows with bad values are refused
/// one by one, with their line and reason. The rows are written `IMPORT_CHUNK` at
/// a time, each chunk in its own transaction; the audit log records the totals.
pub async fn import_csv(
    db: &crate::db::Db,
    staff: &StaffUser,
    slug: &str,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<ImportReport, AppError> {
    let (user, target) = (staff.clone(), slug.to_owned());
    let kinds = db
        .read(move |conn| {
            managed_group(conn, &user, &target)?;
            Ok::<_, AppError>(store::registrations::organisation_kinds(conn)?)
        })
        .await?;
    let rows = read_csv(bytes)?;
    let mut progress = Progress::default();
    let mut accepted = Vec::new();
    for (line, input) in rows {
        if let Some(member) = progress.check(line, &input, &kinds) {
            accepted.push(member);
        }
    }
    let mut chunks: Vec<Vec<NewMember>> =
        accepted.chunks(IMPORT_CHUNK).map(<[_]>::to_vec).collect();
    if chunks.is_empty() {
        // Nothing to write, yet the import goes on record.
        chunks.push(Vec::new());
    }
    let parts = chunks.len();
    let subject = format!("group {slug}");
    for (index, chunk) in chunks.into_iter().enumerate() {
        // The audit log hears of the import in the transaction of its first part
        // (so an import cut short is on record) and of the totals in its last.
        let so_far = (progress.report.added, progress.report.updated);
        let audit = Audit {
            subject: subject.clone(),
            started: (index == 0 && parts > 1)
                .then(|| format!("started: {} rows in {parts} parts", accepted.len())),
            last: index + 1 == parts,
            so_far,
            refused: progress.report.refused.len(),
        };
        let (user, target) = (staff.clone(), slug.to_owned());
        let (added, updated) = db
            .transaction(move |conn| save_chunk(conn, &user, &target, &chunk, &audit, now))
            .await?;
        progress.report.added += added;
        progress.report.updated += updated;
    }
    Ok(progress.report)
}

/// What a part of an import tells the audit log.
struct Audit {
    subject: String,
    started: Option<String>,
    last: bool,
    /// Added and updated by the parts before.
    so_far: (usize, usize),
    /// Lines of the file refused before anything was written.
    refused: usize,
}

/// What an import has decided so far, row by row.
#[derive(Default)]
struct Progress {
    report: ImportReport,
    seen: std::collections::HashSet<String>,
}

impl Progress {
    /// The member of a row, or `None` with the reason recorded.
    fn check(
        &mut self,
        line: u64,
        input: &MemberInput,
        kinds: &[(String, String)],
    ) -> Option<NewMember> {
        let reason = match input.parse() {
            Err(errors) => errors
                .into_map()
                .into_iter()
                .map(|(f, m)| format!("{f} {m}"))
                .collect::<Vec<_>>()
                .join("; "),
            Ok(member) => match check_organisation_kind(kinds, member.organisation_kind.as_deref())
            {
                Err(message) => format!("organisation_kind {message}"),
                Ok(()) if !self.seen.insert(member.email.key()) => {
                    format!("{} appears earlier in the file", member.email)
                }
                Ok(()) => return Some(member),
            },
        };
        self.report.refused.push(Refused { line, reason });
        None
    }
}

/// Adds or updates members of a group, checking again that `staff` coordinates it.
fn save_chunk(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
    members: &[NewMember],
    audit: &Audit,
    now: DateTime<Utc>,
) -> Result<(usize, usize), AppError> {
    let group = managed_group(conn, staff, slug)?;
    let (mut added, mut updated) = (0, 0);
    for member in members {
        match save_one(conn, group.id, member, now)? {
            Saved::Created(_) => added += 1,
            Saved::Updated(_) => updated += 1,
        }
    }
    let record = |conn: &mut DbConnection, detail: &str| {
        crate::ops::audit::record(
            conn,
            staff,
            About::group(group.id),
            "members.import",
            &audit.subject,
            Some(detail),
            now,
        )
    };
    if let Some(started) = &audit.started {
        record(conn, started)?;
    }
    if audit.last {
        let (before_added, before_updated) = audit.so_far;
        let detail = format!(
            "{} added, {} updated, {} refused",
            before_added + added,
            before_updated + updated,
            audit.refused
        );
        record(conn, &detail)?;
    }
    Ok((added, updated))
}

/// The rows of a CSV file with their line numbers (the header being line 1).
fn read_csv(bytes: &[u8]) -> Result<Vec<(u64, MemberInput)>, AppError> {
    let rows = crate::ops::csv_import::read(bytes, &COLUMNS, &["name", "email", "country"], &[])?;
    Ok(rows
        .into_iter()
        .map(|(line, mut cells)| {
            let mut cell = |i: usize| cells[i].take();
            let input = MemberInput {
                name: cell(0),
                email: cell(1),
                organisation: cell(2),
                country: cell(3),
                language: cell(4),
                organisation_kind: cell(5),
            };
            (line, input)
        })
        .collect())
}
