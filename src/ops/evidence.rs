//! The evidence pack of a report: one ZIP an auditor can find their way in, with
//! the figures and, per held event, who came, the signed-sheet template, the
//! agenda and the materials. Written as it streams, one file at a time, so that a
//! period's photos never sit in memory together.

use std::io::Write;

use chrono::{DateTime, TimeZone, Utc};
use zip::write::SimpleFileOptions;
use zip::ZipWriter;

use crate::db::{write_transaction, DbConnection};
use crate::domain::reports::ReportQuery;
use crate::domain::seats::SeatStatus;
use crate::domain::{Language, StaffUser};
use crate::error::AppError;
use crate::export;
use crate::ops::attendance_sheet::Sheet;
use crate::ops::audit::About;
use crate::ops::reports::{figures, scope, ParticipationReport, Scope};
use crate::store::reports::RowFilter;
use crate::store::{self};

/// What a pack holds, checked and recorded before the first byte goes out.
pub struct Pack {
    pub filename: String,
    scope: Scope,
    report: ParticipationReport,
    language: Language,
}

/// Checks who asks and records the download (it names people) in the audit log.
pub fn prepare(
    conn: &mut DbConnection,
    staff: &StaffUser,
    query: &ReportQuery,
    language: Language,
    now: DateTime<Utc>,
) -> Result<Pack, AppError> {
    write_transaction(conn, |conn| {
        let scope = scope(conn, staff, query, now)?;
        let report = figures(conn, &scope)?;
        let groups = report.groups.join(", ");
        let subject = format!("evidence pack {} to {} ({groups})", report.from, report.to);
        let about = match scope.groups.as_slice() {
            [one] => About::group(one.id),
            _ => About::default(),
        };
        crate::ops::audit::record(conn, staff, about, "export", &subject, None, now)?;
        Ok(Pack {
            filename: format!("evidence-{}-{}.zip", report.from, report.to),
            scope,
            report,
            language,
        })
    })
}

const README: &str = "\
Evidence pack of clustercord

summary.csv                   the figures of the period (the programme's indicators among them)
by-country.csv                participations, people and organisations per country
by-organisation-kind.csv      participations and organisations per kind of organisation
events.csv                    the events counted, with their participations
participations.csv            every confirmed registration behind the figures
NN YYYY-MM-DD title/          one folder per event held, in date order:
  attendance.csv              who registered and whether they came
  attendance-sheet.html       the sheet to print and have signed (open it in a browser)
  agenda.csv                  the programme, in the event's local time
  materials/                  the files uploaded for the event (links in links.txt)

Erased people appear without name or email; their participations still count.
";

fn entry(
    zip: &mut ZipWriter<impl Write + std::io::Seek>,
    name: &str,
    bytes: &[u8],
) -> Result<(), AppError> {
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(bytes.len() > u32::MAX as usize / 2);
    zip.start_file(name, options).map_err(AppError::internal)?;
    zip.write_all(bytes).map_err(AppError::internal)?;
    Ok(())
}

/// A file or folder name from a title: no separators, nothing a file system refuses.
fn safe_name(raw: &str) -> String {
    let cleaned = sanitize_filename::sanitize(raw.replace(['/', '\\'], "-"));
    let trimmed: String = cleaned.trim().chars().take(60).collect();
    if trimmed.is_empty() {
        "untitled".into()
    } else {
        trimmed
    }
}

/// Writes the pack as a ZIP into `out`.
pub fn write(
    conn: &mut DbConnection,
    pack: &Pack,
    tera: &tera::Tera,
    out: impl Write,
) -> Result<(), AppError> {
    let mut zip = ZipWriter::new_stream(out);
    let root = format!("evidence-{}-{}", pack.report.from, pack.report.to);
    entry(&mut zip, &format!("{root}/README.txt"), README.as_bytes())?;
    let ids = pack.scope.held_ids();
    let per_event = store::reports::per_event(conn, &ids)?;
    let rows = store::reports::rows(conn, &ids, &RowFilter::default())?;
    let sheets = crate::ops::report_sheets::sheets(&pack.report, &pack.scope, &per_event, &rows);
    for (sheet, name) in sheets.iter().zip([
        "summary.csv",
        "by-country.csv",
        "by-organisation-kind.csv",
        "events.csv",
        "participations.csv",
    ]) {
        let csv = export::sheet_csv(sheet).map_err(AppError::internal)?;
        entry(&mut zip, &format!("{root}/{name}"), &csv)?;
    }
    drop(rows);
    for (n, held) in pack.scope.held.iter().enumerate() {
        let Some(event) = crate::ops::event_view::load(conn, held.id)? else {
            continue;
        };
        let zone = event.zone();
        let day = zone
            .from_utc_datetime(&event.row.starts_at)
            .format("%Y-%m-%d");
        let folder = format!("{root}/{:02} {day} {}", n + 1, safe_name(&event.row.title));
        let registrations: Vec<_> = store::registrations::for_event(conn, held.id)?
            .into_iter()
            .filter(|r| r.status == SeatStatus::Confirmed.as_str())
            .collect();
        let attendance = export::table(
            &[
                "name",
                "email",
                "organisation",
                "country",
                "organisation_kind",
                "attendance",
            ],
            registrations.iter().map(|r| {
                [
                    r.name.clone(),
                    r.email.clone(),
                    r.organisation.clone(),
                    r.country.clone(),
                    r.organisation_kind.clone().unwrap_or_default(),
                    r.attendance.clone().unwrap_or_default(),
                ]
            }),
        )
        .map_err(AppError::internal)?;
        entry(&mut zip, &format!("{folder}/attendance.csv"), &attendance)?;
        let sheet = Sheet::of(&event, &registrations, pack.language)
            .standalone(tera, pack.language)
            .map_err(AppError::internal)?;
        entry(
            &mut zip,
            &format!("{folder}/attendance-sheet.html"),
            sheet.as_bytes(),
        )?;
        let local = |t| {
            zone.from_utc_datetime(&t)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        };
        let agenda = export::table(
            &["starts", "ends", "title", "speaker", "place"],
            event.agenda.iter().map(|item| {
                [
                    local(item.starts_at),
                    local(item.ends_at),
                    item.title.clone(),
                    item.speaker.clone().unwrap_or_default(),
                    item.place.clone().unwrap_or_default(),
                ]
            }),
        )
        .map_err(AppError::internal)?;
        entry(&mut zip, &format!("{folder}/agenda.csv"), &agenda)?;
        let mut links = String::new();
        for material in store::materials::of_event(conn, held.id)? {
            if let Some(url) = &material.url {
                links.push_str(&format!("{}: {url}\n", material.title));
                continue;
            }
            let Some(data) = store::materials::data(conn, material.id)? else {
                continue;
            };
            let file = material.file_name.as_deref().unwrap_or("file");
            let name = format!("{folder}/materials/{}-{}", material.id, safe_name(file));
            entry(&mut zip, &name, &data)?;
        }
        if !links.is_empty() {
            entry(
                &mut zip,
                &format!("{folder}/materials/links.txt"),
                links.as_bytes(),
            )?;
        }
    }
    let mut out = zip.finish().map_err(AppError::internal)?;
    out.flush().map_err(AppError::internal)?;
    Ok(())
}
