//! The programme's reporting periods and the reports frozen as snapshots.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{report_snapshot_groups, report_snapshots, reporting_periods};
use crate::db::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reporting_periods)]
pub struct PeriodRow {
    pub id: i64,
    pub label: String,
    pub from_date: String,
    pub to_date: String,
}

/// The reporting periods, latest first.
pub fn periods(conn: &mut DbConnection) -> QueryResult<Vec<PeriodRow>> {
    reporting_periods::table
        .order((
            reporting_periods::from_date.desc(),
            reporting_periods::id.desc(),
        ))
        .select(PeriodRow::as_select())
        .load(conn)
}

pub fn add_period(
    conn: &mut DbConnection,
    label: &str,
    from: &str,
    to: &str,
) -> QueryResult<PeriodRow> {
    diesel::insert_into(reporting_periods::table)
        .values((
            reporting_periods::label.eq(label),
            reporting_periods::from_date.eq(from),
            reporting_periods::to_date.eq(to),
        ))
        .returning(reporting_periods::all_columns)
        .get_result(conn)
}

pub fn delete_period(conn: &mut DbConnection, id: i64) -> QueryResult<usize> {
    diesel::delete(reporting_periods::table.find(id)).execute(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = report_snapshots)]
pub struct SnapshotRow {
    pub id: i64,
    pub label: String,
    pub from_date: String,
    pub to_date: String,
    pub report: String,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

pub struct NewSnapshotRow<'a> {
    pub label: &'a str,
    pub from_date: &'a str,
    pub to_date: &'a str,
    pub report: &'a str,
    pub created_by: i64,
    pub created_at: NaiveDateTime,
    pub group_ids: &'a [i64],
}

pub fn insert_snapshot(conn: &mut DbConnection, new: &NewSnapshotRow) -> QueryResult<SnapshotRow> {
    let row: SnapshotRow = diesel::insert_into(report_snapshots::table)
        .values((
            report_snapshots::label.eq(new.label),
            report_snapshots::from_date.eq(new.from_date),
            report_snapshots::to_date.eq(new.to_date),
            report_snapshots::report.eq(new.report),
            report_snapshots::created_by.eq(new.created_by),
            report_snapshots::created_at.eq(new.created_at),
        ))
        .returning(report_snapshots::all_columns)
        .get_result(conn)?;
    for group_id in new.group_ids {
        diesel::insert_into(report_snapshot_groups::table)
            .values((
                report_snapshot_groups::snapshot_id.eq(row.id),
                report_snapshot_groups::group_id.eq(group_id),
            ))
            .execute(conn)?;
    }
    Ok(row)
}

pub fn find_snapshot(conn: &mut DbConnection, id: i64) -> QueryResult<Option<SnapshotRow>> {
    report_snapshots::table
        .find(id)
        .select(SnapshotRow::as_select())
        .first(conn)
        .optional()
}

/// The groups a snapshot covers.
pub fn snapshot_groups(conn: &mut DbConnection, id: i64) -> QueryResult<Vec<i64>> {
    report_snapshot_groups::table
        .filter(report_snapshot_groups::snapshot_id.eq(id))
        .select(report_snapshot_groups::group_id)
        .load(conn)
}

/// Every snapshot (newest first) with the groups it covers.
pub fn snapshots(conn: &mut DbConnection) -> QueryResult<Vec<(SnapshotRow, Vec<i64>)>> {
    let rows: Vec<SnapshotRow> = report_snapshots::table
        .order(report_snapshots::id.desc())
        .select(SnapshotRow::as_select())
        .load(conn)?;
    let links: Vec<(i64, i64)> = report_snapshot_groups::table
        .select((
            report_snapshot_groups::snapshot_id,
            report_snapshot_groups::group_id,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let groups = links
                .iter()
                .filter(|(s, _)| *s == row.id)
                .map(|(_, g)| *g)
                .collect();
            (row, groups)
        })
        .collect())
}
