//! The rows behind a participation report: the list a figure links to, and the
//! CSV of every confirmed registration it counts (audited, as it names people).

use chrono::{DateTime, Utc};

use crate::db::{write_transaction, DbConnection};
use crate::domain::reports::ReportQuery;
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::export::{self, ExportFile};
use crate::ops::audit::About;
use crate::ops::report_sheets::{text_cells, COLUMNS};
use crate::ops::reports::{scope, Scope};
use crate::store::reports::{ReportRow, RowFilter};
use crate::store::{self};

/// The rows behind the report of `query` that `filter` picks.
pub fn rows(
    conn: &mut DbConnection,
    staff: &StaffUser,
    query: &ReportQuery,
    filter: &RowFilter,
    now: DateTime<Utc>,
) -> Result<(Scope, Vec<ReportRow>), AppError> {
    let scope = scope(conn, staff, query, now)?;
    let rows = store::reports::rows(conn, &scope.held_ids(), filter)?;
    Ok((scope, rows))
}

/// Every row of the report as CSV, recorded in the audit log with the file.
pub fn csv(
    conn: &mut DbConnection,
    staff: &StaffUser,
    query: &ReportQuery,
    now: DateTime<Utc>,
) -> Result<ExportFile, AppError> {
    write_transaction(conn, |conn| {
        let (scope, rows) = rows(conn, staff, query, &RowFilter::default(), now)?;
        let body = table(&rows)?;
        record_export(conn, staff, &scope, "CSV", now)?;
        Ok(ExportFile {
            filename: file_name(&scope, "csv"),
            body,
        })
    })
}

/// The report as an XLSX workbook: the figures, one sheet per breakdown, the
/// events counted and every row behind them; audited as the CSV is.
pub fn workbook(
    conn: &mut DbConnection,
    staff: &StaffUser,
    query: &ReportQuery,
    now: DateTime<Utc>,
) -> Result<ExportFile, AppError> {
    write_transaction(conn, |conn| {
        let scope = scope(conn, staff, query, now)?;
        let report = crate::ops::reports::figures(conn, &scope)?;
        let rows = store::reports::rows(conn, &scope.held_ids(), &RowFilter::default())?;
        let per_event = store::reports::per_event(conn, &scope.held_ids())?;
        let sheets = crate::ops::report_sheets::sheets(&report, &scope, &per_event, &rows);
        let body = export::workbook(&sheets).map_err(AppError::internal)?;
        record_export(conn, staff, &scope, "XLSX", now)?;
        Ok(ExportFile {
            filename: file_name(&scope, "xlsx"),
            body,
        })
    })
}

fn file_name(scope: &Scope, extension: &str) -> String {
    format!(
        "participation-{}-{}.{extension}",
        scope.period.from, scope.period.to
    )
}

/// The audit entry of a download that names people.
fn record_export(
    conn: &mut DbConnection,
    staff: &StaffUser,
    scope: &Scope,
    format: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let groups: Vec<&str> = scope.groups.iter().map(|g| g.slug.as_str()).collect();
    let subject = format!(
        "participation report {} to {} ({}), {format}",
        scope.period.from,
        scope.period.to,
        groups.join(", ")
    );
    let about = match scope.groups.as_slice() {
        [one] => About::group(one.id),
        _ => About::default(),
    };
    crate::ops::audit::record(conn, staff, about, "export", &subject, None, now)
}

/// The CSV of the rows, in `COLUMNS`.
pub fn table(rows: &[ReportRow]) -> Result<Vec<u8>, AppError> {
    export::table(&COLUMNS, rows.iter().map(text_cells)).map_err(AppError::internal)
}
