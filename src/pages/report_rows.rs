//! The pages behind a report's figures: the participations a figure counts, and
//! the downloads (CSV, XLSX, the evidence pack) for a signed-in staff member.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest};
use serde::Serialize;

use super::language::PageLanguage;
use super::reports::{asked, query_string};
use super::{context, html, render, PageResult};
use crate::ops::report_rows;
use crate::store::reports::{ReportRow, RowFilter};
use crate::web::auth::SessionStaff;
use crate::web::query::{first, pairs};
use crate::web::AppState;

#[derive(Serialize)]
pub(super) struct Line {
    event_id: i64,
    day: String,
    event: String,
    organisation_id: Option<i64>,
    name: String,
    organisation: String,
    country: String,
    kind: String,
    attendance: String,
}

/// The rows as a table shows them, in the reader's words (an erased person's
/// name says so).
pub(super) fn lines(rows: &[ReportRow], language: &PageLanguage) -> Vec<Line> {
    let erased = language.say("reports-erased", &[]);
    rows.iter()
        .map(|row| Line {
            event_id: row.event_id,
            day: crate::ops::report_sheets::event_day(row),
            event: row.event_title.clone(),
            organisation_id: row.organisation_id,
            name: if row.name.is_empty() {
                erased.clone()
            } else {
                row.name.clone()
            },
            organisation: row
                .organisation_name
                .clone()
                .unwrap_or_else(|| row.organisation.clone()),
            country: row.country.clone(),
            kind: language.organisation_kind(row.organisation_kind.as_deref()),
            attendance: language.say(
                &format!(
                    "reports-mark-{}",
                    row.attendance.as_deref().unwrap_or("unmarked")
                ),
                &[],
            ),
        })
        .collect()
}

/// Which rows a link from a figure asks for: `show` (participations, no_shows or
/// registrations), and a `country` or `kind` (`none`: not given).
fn filter_of(pairs: &[(String, String)]) -> (String, RowFilter) {
    let show = match first(pairs, "show") {
        Some("no_shows") => "no_shows",
        Some("registrations") => "registrations",
        _ => "participations",
    };
    let attendance = match show {
        "no_shows" => Some("no_show".to_owned()),
        "registrations" => None,
        _ => Some("attended".to_owned()),
    };
    let filter = RowFilter {
        attendance,
        country: first(pairs, "country").map(str::to_owned),
        organisation_kind: first(pairs, "kind").map(|k| (k != "none").then(|| k.to_owned())),
        organisation_id: first(pairs, "organisation").and_then(|o| o.parse().ok()),
    };
    (show.to_owned(), filter)
}

/// `GET /staff/reports/participations`: the rows behind one figure.
pub async fn participations(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    req: HttpRequest,
    language: PageLanguage,
) -> PageResult {
    let query = asked(&req)?;
    let pairs = pairs(&req);
    let (show, filter) = filter_of(&pairs);
    let (user, now, wanted) = (staff.0.clone(), chrono::Utc::now(), filter.clone());
    let (report, rows) = state
        .db
        .read(move |conn| {
            let report = crate::ops::reports::participation(conn, &user, &query, now)?;
            let (_, rows) = report_rows::rows(conn, &user, &query, &wanted, now)?;
            Ok::<_, crate::error::AppError>((report, rows))
        })
        .await?;
    let lines = lines(&rows, &language);
    let mut ctx = context(&session, Some(&staff.0), &language);
    ctx.insert("report", &report);
    ctx.insert("q", &query_string(&report));
    ctx.insert("show", &show);
    ctx.insert("country", &filter.country);
    let kind = filter
        .organisation_kind
        .as_ref()
        .map(|k| language.organisation_kind(k.as_deref()));
    ctx.insert("kind", &kind);
    ctx.insert("lines", &lines);
    Ok(html(
        StatusCode::OK,
        render(&state, "report_rows.html", &ctx)?,
    ))
}

/// `GET /staff/reports/participation.csv`.
pub async fn csv(state: web::Data<AppState>, staff: SessionStaff, req: HttpRequest) -> PageResult {
    let (query, now) = (asked(&req)?, chrono::Utc::now());
    let file = state
        .db
        .write(move |conn| report_rows::csv(conn, &staff.0, &query, now))
        .await?;
    Ok(crate::web::respond::csv_download(file))
}

/// `GET /staff/reports/participation.xlsx`.
pub async fn xlsx(state: web::Data<AppState>, staff: SessionStaff, req: HttpRequest) -> PageResult {
    let (query, now) = (asked(&req)?, chrono::Utc::now());
    let file = state
        .db
        .write(move |conn| report_rows::workbook(conn, &staff.0, &query, now))
        .await?;
    Ok(crate::web::respond::xlsx_download(file))
}

/// `GET /staff/reports/evidence.zip`: the evidence pack, its sheets in the
/// reader's language.
pub async fn evidence(
    state: web::Data<AppState>,
    staff: SessionStaff,
    req: HttpRequest,
    language: PageLanguage,
) -> PageResult {
    let (query, now) = (asked(&req)?, chrono::Utc::now());
    let response =
        crate::web::stream::evidence_pack(&state, staff.0, query, language.language, now).await?;
    Ok(response)
}
