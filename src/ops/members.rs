//! A group's mailing list: adding members (idempotent by address), removing them,
//! and importing a spreadsheet of them in one transaction.

use chrono::{DateTime, Utc};

use crate::db::{write_transaction, DbConnection};
use crate::domain::{FieldErrors, Language, StaffUser};
use crate::error::AppError;
use crate::store::groups::GroupRow;
use crate::store::members::{MemberFields, MemberRow};
use crate::store::{self};

/// A checked member entry.
pub type NewMember = crate::domain::people::Person;

/// The raw fields of a member, from JSON or a CSV row.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct MemberInput {
    #[schema(required = true)]
    pub name: Option<String>,
    #[schema(required = true)]
    pub email: Option<String>,
    pub organisation: Option<String>,
    /// ISO 3166-1 alpha-2
    #[schema(required = true)]
    pub country: Option<String>,
    /// en it de hu sk cs pl sl; default en
    pub language: Option<String>,
    pub organisation_kind: Option<String>,
}

impl MemberInput {
    pub fn parse(&self) -> Result<NewMember, FieldErrors> {
        let mut errors = FieldErrors::new();
        let fields = crate::domain::people::PersonFields {
            name: self.name.as_deref(),
            email: self.email.as_deref(),
            organisation: self.organisation.as_deref(),
            country: self.country.as_deref(),
            language: self.language.as_deref(),
            organisation_kind: self.organisation_kind.as_deref(),
        };
        match crate::domain::people::Person::parse(fields, Language::En, &mut errors) {
            Some(person) if errors.is_empty() => Ok(person),
            _ => Err(errors),
        }
    }
}

pub enum Saved {
    Created(MemberRow),
    Updated(MemberRow),
}

/// The group, if `staff` coordinates it (or is an admin); else 403.
pub fn managed_group(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
) -> Result<GroupRow, AppError> {
    let group = crate::ops::groups::find(conn, slug)?;
    if !staff.manages_group(group.id) {
        return Err(AppError::Forbidden(
            "You do not coordinate this group.".into(),
        ));
    }
    Ok(group)
}

fn check_kind(known: &[(String, String)], kind: &Option<String>) -> Result<(), String> {
    match kind {
        Some(kind) if !known.iter().any(|(code, _)| code == kind) => {
            let codes: Vec<&str> = known.iter().map(|(c, _)| c.as_str()).collect();
            Err(format!("must be one of {}", codes.join(", ")))
        }
        _ => Ok(()),
    }
}

/// Adds the member or, when the address is on the list already, updates the entry.
fn save_one(
    conn: &mut DbConnection,
    group_id: i64,
    member: &NewMember,
    now: DateTime<Utc>,
) -> Result<Saved, AppError> {
    let fields = MemberFields {
        name: member.name.clone(),
        email: member.email.to_string(),
        organisation: member.organisation.clone(),
        country: member.country.to_string(),
        language: member.language.code().to_owned(),
        organisation_kind: member.organisation_kind.clone(),
    };
    let key = member.email.key();
    Ok(match store::members::find(conn, group_id, &key)? {
        Some(existing) => Saved::Updated(store::members::update(
            conn,
            existing.id,
            &fields,
            now.naive_utc(),
        )?),
        None => Saved::Created(store::members::insert(
            conn,
            group_id,
            &fields,
            &key,
            &crate::auth::random_token(24),
            now.naive_utc(),
        )?),
    })
}

pub fn add(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
    member: NewMember,
    now: DateTime<Utc>,
) -> Result<Saved, AppError> {
    write_transaction(conn, |conn| {
        let group = managed_group(conn, staff, slug)?;
        let kinds = store::registrations::organisation_kinds(conn)?;
        check_kind(&kinds, &member.organisation_kind)
            .map_err(|m| AppError::invalid_field("organisation_kind", m))?;
        let saved = save_one(conn, group.id, &member, now)?;
        let (Saved::Created(row) | Saved::Updated(row)) = &saved;
        // The id, not the address: the log outlives an erased person.
        let subject = format!("member {} of group {}", row.id, group.slug);
        crate::ops::audit::record(conn, staff, "members.add", &subject, None, now)?;
        Ok(saved)
    })
}

pub fn list(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
) -> Result<(GroupRow, Vec<MemberRow>), AppError> {
    let group = managed_group(conn, staff, slug)?;
    let members = store::members::list(conn, group.id)?;
    Ok((group, members))
}

pub fn remove(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
    id: i64,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    write_transaction(conn, |conn| {
        let group = managed_group(conn, staff, slug)?;
        match store::members::delete(conn, group.id, id)? {
            0 => Err(AppError::NotFound(format!("The group has no member {id}."))),
            _ => {
                let subject = format!("member {id} of group {}", group.slug);
                crate::ops::audit::record(conn, staff, "members.remove", &subject, None, now)
            }
        }
    })
}

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

const COLUMNS: [&str; 6] = [
    "name",
    "email",
    "organisation",
    "country",
    "language",
    "organisation_kind",
];

/// Imports a CSV (a header row naming at least name, email and country) in one
/// transaction. A file that is not well-formed CSV is refused whole; rows with
/// bad values are refused one by one, with their line and reason.
pub fn import_csv(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<ImportReport, AppError> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).map_err(
        |_| {
            AppError::invalid_field(
                "file",
                "must be UTF-8 text (save the sheet as \"CSV UTF-8\")",
            )
        },
    )?;
    let delimiter = if text
        .lines()
        .next()
        .is_some_and(|header| header.contains(';') && !header.contains(','))
    {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| AppError::invalid_field("file", format!("is not readable CSV: {e}")))?
        .iter()
        .map(|h| h.to_lowercase())
        .collect();
    let missing: Vec<&str> = ["name", "email", "country"]
        .into_iter()
        .filter(|c| !headers.iter().any(|h| h == c))
        .collect();
    if !missing.is_empty() {
        return Err(AppError::invalid_field(
            "file",
            format!("has no column {} in its header row", missing.join(", ")),
        ));
    }
    let column = |name: &str| headers.iter().position(|h| h == name);
    let positions: Vec<Option<usize>> = COLUMNS.iter().map(|c| column(c)).collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record
            .map_err(|e| AppError::invalid_field("file", format!("is not well-formed CSV: {e}")))?;
        let line = record.position().map_or(0, |p| p.line());
        let cell = |i: usize| {
            positions[i]
                .and_then(|p| record.get(p))
                .map(str::to_owned)
                .filter(|v| !v.is_empty())
        };
        let input = MemberInput {
            name: cell(0),
            email: cell(1),
            organisation: cell(2),
            country: cell(3),
            language: cell(4),
            organisation_kind: cell(5),
        };
        rows.push((line, input));
    }
    write_transaction(conn, |conn| {
        let group = managed_group(conn, staff, slug)?;
        let kinds = store::registrations::organisation_kinds(conn)?;
        let mut report = ImportReport::default();
        let mut seen = std::collections::HashSet::new();
        for (line, input) in &rows {
            let member = match input.parse() {
                Ok(member) => member,
                Err(errors) => {
                    let reason = errors
                        .into_map()
                        .into_iter()
                        .map(|(f, m)| format!("{f} {m}"))
                        .collect::<Vec<_>>()
                        .join("; ");
                    report.refused.push(Refused {
                        line: *line,
                        reason,
                    });
                    continue;
                }
            };
            if let Err(message) = check_kind(&kinds, &member.organisation_kind) {
                report.refused.push(Refused {
                    line: *line,
                    reason: format!("organisation_kind {message}"),
                });
                continue;
            }
            if !seen.insert(member.email.key()) {
                report.refused.push(Refused {
                    line: *line,
                    reason: format!("{} appears earlier in the file", member.email),
                });
                continue;
            }
            match save_one(conn, group.id, &member, now)? {
                Saved::Created(_) => report.added += 1,
                Saved::Updated(_) => report.updated += 1,
            }
        }
        let detail = format!("{} added, {} updated", report.added, report.updated);
        let subject = format!("group {}", group.slug);
        crate::ops::audit::record(conn, staff, "members.import", &subject, Some(&detail), now)?;
        Ok(report)
    })
}

/// The list as CSV, in the columns the import takes.
pub fn to_csv(members: &[MemberRow]) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(COLUMNS.iter().chain(["unsubscribed"].iter()))?;
    for m in members {
        let cells = [
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
        ];
        writer.write_record(cells.iter().map(|c| crate::export::defuse(c)))?;
    }
    Ok(writer.into_inner()?)
}
