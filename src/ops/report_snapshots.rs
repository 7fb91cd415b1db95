//! Reports frozen for a period ("Period 3 report"): readable unchanged afterwards
//! whatever is edited or erased, listed on the reports page, in the audit log;
//! and the reporting periods an admin sets as presets.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::{write_transaction, DbConnection};
use crate::domain::reports::{NewSnapshot, Period};
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::ops::audit::About;
use crate::ops::reports::{figures, scope, ParticipationReport};
use crate::store::report_snapshots::{NewSnapshotRow, PeriodRow, SnapshotRow};
use crate::store::{self};

/// A snapshot as the API answers it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Snapshot {
    pub id: i64,
    pub label: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub report: ParticipationReport,
}

fn shown(row: SnapshotRow) -> Result<Snapshot, AppError> {
    let report = serde_json::from_str(&row.report).map_err(AppError::internal)?;
    Ok(Snapshot {
        id: row.id,
        label: row.label,
        created_at: row.created_at.and_utc().to_rfc3339(),
        report,
    })
}

/// Computes the report now and freezes it under its label.
pub fn create(
    conn: &mut DbConnection,
    staff: &StaffUser,
    new: &NewSnapshot,
    now: DateTime<Utc>,
) -> Result<Snapshot, AppError> {
    write_transaction(conn, |conn| {
        // One scope for the figures and the groups they are filed under.
        let scope = scope(conn, staff, &new.query, now)?;
        let report = figures(conn, &scope)?;
        let group_ids: Vec<i64> = scope.groups.iter().map(|g| g.id).collect();
        let frozen = serde_json::to_string(&report).map_err(AppError::internal)?;
        let (from, to) = (report.from.to_string(), report.to.to_string());
        let row = store::report_snapshots::insert_snapshot(
            conn,
            &NewSnapshotRow {
                label: &new.label,
                from_date: &from,
                to_date: &to,
                report: &frozen,
                created_by: staff.id,
                created_at: now.naive_utc(),
                group_ids: &group_ids,
            },
        )?;
        let about = match group_ids.as_slice() {
            [one] => About::group(*one),
            _ => About::default(),
        };
        let detail = format!("{from} to {to}: {}", report.groups.join(", "));
        crate::ops::audit::record(
            conn,
            staff,
            about,
            "report.snapshot",
            &format!("report snapshot {} \"{}\"", row.id, row.label),
            Some(&detail),
            now,
        )?;
        shown(row)
    })
}

/// A snapshot, for staff who may see every group it covers.
pub fn read(conn: &mut DbConnection, staff: &StaffUser, id: i64) -> Result<Snapshot, AppError> {
    let not_found = || AppError::NotFound("There is no such report snapshot.".into());
    let row = store::report_snapshots::find_snapshot(conn, id)?.ok_or_else(not_found)?;
    let groups = store::report_snapshots::snapshot_groups(conn, id)?;
    if !groups.iter().all(|g| staff.manages_group(*g)) {
        return Err(not_found());
    }
    shown(row)
}

/// A snapshot's figures as a workbook, exactly as frozen (the rows behind them
/// are not frozen: they are the live report's).
pub fn workbook(
    conn: &mut DbConnection,
    staff: &StaffUser,
    id: i64,
) -> Result<crate::export::ExportFile, AppError> {
    let snapshot = read(conn, staff, id)?;
    let sheets = crate::ops::report_sheets::figure_sheets(&snapshot.report);
    let body = crate::export::workbook(&sheets).map_err(AppError::internal)?;
    let name: String = snapshot
        .label
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    Ok(crate::export::ExportFile {
        filename: format!(
            "{}-{}-{}.xlsx",
            name.trim_matches('-'),
            snapshot.report.from,
            snapshot.report.to
        ),
        body,
    })
}

/// The snapshots the staff member may read, newest first.
pub fn list(conn: &mut DbConnection, staff: &StaffUser) -> Result<Vec<Snapshot>, AppError> {
    store::report_snapshots::snapshots(conn)?
        .into_iter()
        .filter(|(_, groups)| groups.iter().all(|g| staff.manages_group(*g)))
        .map(|(row, _)| shown(row))
        .collect()
}

/// A reporting period as the reports page offers it.
pub struct ReportingPeriod {
    pub id: i64,
    pub label: String,
    pub period: Option<Period>,
}

pub fn periods(conn: &mut DbConnection) -> Result<Vec<ReportingPeriod>, AppError> {
    Ok(store::report_snapshots::periods(conn)?
        .into_iter()
        .map(|row: PeriodRow| ReportingPeriod {
            period: Period::parse(Some(&row.from_date), Some(&row.to_date)).ok(),
            id: row.id,
            label: row.label,
        })
        .collect())
}

pub fn require_admin(staff: &StaffUser) -> Result<(), AppError> {
    if staff.is_admin() {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "Only an admin sets the reporting periods.".into(),
        ))
    }
}

pub fn add_period(
    conn: &mut DbConnection,
    staff: &StaffUser,
    label: &str,
    period: Period,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    require_admin(staff)?;
    write_transaction(conn, |conn| {
        let (from, to) = (period.from.to_string(), period.to.to_string());
        match store::report_snapshots::add_period(conn, label, &from, &to) {
            Ok(_) => {}
            Err(e) if crate::db::is_unique_violation(&e) => {
                return Err(AppError::invalid_field(
                    "label",
                    "is the label of another period",
                ))
            }
            Err(e) => return Err(e.into()),
        }
        crate::ops::audit::record(
            conn,
            staff,
            About::default(),
            "report.period.add",
            &format!("reporting period \"{label}\""),
            Some(&format!("{from} to {to}")),
            now,
        )
    })
}

pub fn delete_period(
    conn: &mut DbConnection,
    staff: &StaffUser,
    id: i64,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    require_admin(staff)?;
    write_transaction(conn, |conn| {
        if store::report_snapshots::delete_period(conn, id)? == 0 {
            return Err(AppError::NotFound(
                "There is no such reporting period.".into(),
            ));
        }
        crate::ops::audit::record(
            conn,
            staff,
            About::default(),
            "report.period.delete",
            &format!("reporting period {id}"),
            None,
            now,
        )
    })
}
