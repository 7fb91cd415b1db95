//! The participation report's queries: aggregates over the registrations of a
//! set of events, computed by the database (never by loading the rows), and the
//! rows behind them.

use chrono::NaiveDateTime;
use diesel::dsl::{count, count_star};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text};

use crate::db::schema::{action_owners, events, key_actions, plan_versions, plans, registrations};
use crate::db::DbConnection;

const CONFIRMED: &str = "confirmed";
const ATTENDED: &str = "attended";

/// An event the report may count.
#[derive(Debug, Clone, Queryable)]
pub struct CandidateEvent {
    pub id: i64,
    pub group_id: i64,
    pub kind: String,
    pub audience: String,
    pub status: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub timezone: String,
    pub title: String,
}

/// Published events of the groups that have ended by `now` and began before
/// `starts_before`: what can have been held in a period (or before it).
pub fn candidate_events(
    conn: &mut DbConnection,
    group_ids: &[i64],
    starts_before: NaiveDateTime,
    now: NaiveDateTime,
) -> QueryResult<Vec<CandidateEvent>> {
    events::table
        .filter(events::group_id.eq_any(group_ids))
        .filter(events::status.eq("published"))
        .filter(events::audience.ne("internal"))
        .filter(events::starts_at.lt(starts_before))
        .filter(events::ends_at.le(now))
        .order((events::starts_at.asc(), events::id.asc()))
        .select((
            events::id,
            events::group_id,
            events::kind,
            events::audience,
            events::status,
            events::starts_at,
            events::ends_at,
            events::timezone,
            events::title,
        ))
        .load(conn)
}

/// The participations of the events, as an SQL condition over `registrations`.
/// The ids are the database's own integers, written as literals: a thousand
/// events would be a thousand bind parameters, and SQLite has a limit on them.
fn attended_at(event_ids: &[i64]) -> String {
    let ids: Vec<String> = event_ids.iter().map(i64::to_string).collect();
    format!(
        "event_id IN ({}) AND status = '{CONFIRMED}' AND attendance = '{ATTENDED}'",
        ids.join(",")
    )
}

/// One line of a breakdown: `axis` is `country`, `kind` or `all` (the whole).
#[derive(Debug, Clone, QueryableByName)]
pub struct AxisTally {
    #[diesel(sql_type = Text)]
    pub axis: String,
    /// The country or the kind of organisation (`None`: not given, or the whole).
    #[diesel(sql_type = Nullable<Text>)]
    pub value: Option<String>,
    /// Participations (zero in the breakdown of people).
    #[diesel(sql_type = BigInt)]
    pub participations: i64,
    /// Distinct organisations, or people.
    #[diesel(sql_type = BigInt)]
    pub distinct: i64,
}

fn axis_tallies(conn: &mut DbConnection, sql: &str) -> QueryResult<Vec<AxisTally>> {
    crate::on_backend!(conn, |c| diesel::sql_query(sql).load(c))
}

/// Participations and distinct organisations per country, per kind of
/// organisation, and in all (zero when nobody was marked attended: SUM over no
/// rows is NULL). One pass over the participations groups them by
/// country, kind and organisation (a few thousand groups at most); the
/// breakdowns are counted over those groups.
pub fn organisation_tallies(
    conn: &mut DbConnection,
    event_ids: &[i64],
) -> QueryResult<Vec<AxisTally>> {
    if event_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "WITH o AS (SELECT country, organisation_kind AS kind, organisation_id AS org, \
             COUNT(*) AS n FROM registrations WHERE {} \
             GROUP BY country, organisation_kind, organisation_id) \
         SELECT 'country' AS axis, country AS value, CAST(SUM(n) AS BIGINT) AS participations, \
             COUNT(DISTINCT org) AS \"distinct\" FROM o GROUP BY country \
         UNION ALL SELECT 'kind', kind, CAST(SUM(n) AS BIGINT), COUNT(DISTINCT org) \
             FROM o GROUP BY kind \
         UNION ALL SELECT 'all', NULL, CAST(COALESCE(SUM(n), 0) AS BIGINT), COUNT(DISTINCT org) \
             FROM o",
        attended_at(event_ids)
    );
    axis_tallies(conn, &sql)
}

/// Distinct people per country and in all, counted over the participations
/// grouped by person and country.
pub fn people_tallies(conn: &mut DbConnection, event_ids: &[i64]) -> QueryResult<Vec<AxisTally>> {
    if event_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "WITH p AS (SELECT email_key, country FROM registrations WHERE {} \
             GROUP BY email_key, country) \
         SELECT 'country' AS axis, country AS value, CAST(0 AS BIGINT) AS participations, \
             COUNT(*) AS \"distinct\" FROM p GROUP BY country \
         UNION ALL SELECT 'all', NULL, CAST(0 AS BIGINT), COUNT(DISTINCT email_key) FROM p",
        attended_at(event_ids)
    );
    axis_tallies(conn, &sql)
}

/// One held event's registrations as the report counts them.
#[derive(Debug, Clone, Queryable)]
pub struct EventTally {
    pub event_id: i64,
    /// Confirmed registrations.
    pub registrations: i64,
    pub attended: i64,
    pub no_shows: i64,
    /// Countries the participants (those who attended) came from.
    pub countries: i64,
}

/// Per event, in one pass in the index's order.
pub fn per_event(conn: &mut DbConnection, event_ids: &[i64]) -> QueryResult<Vec<EventTally>> {
    use diesel::dsl::sql;
    registrations::table
        .filter(registrations::event_id.eq_any(event_ids))
        .filter(registrations::status.eq(CONFIRMED))
        .group_by(registrations::event_id)
        .select((
            registrations::event_id,
            count_star(),
            sql::<BigInt>("COUNT(CASE WHEN attendance = 'attended' THEN 1 END)"),
            sql::<BigInt>("COUNT(CASE WHEN attendance = 'no_show' THEN 1 END)"),
            sql::<BigInt>("COUNT(DISTINCT CASE WHEN attendance = 'attended' THEN country END)"),
        ))
        .load(conn)
}

/// Distinct organisations that attended one of the events.
pub fn organisations_at(conn: &mut DbConnection, event_ids: &[i64]) -> QueryResult<i64> {
    registrations::table
        .filter(registrations::event_id.eq_any(event_ids))
        .filter(registrations::status.eq(CONFIRMED))
        .filter(registrations::attendance.eq(ATTENDED))
        .select(count(registrations::organisation_id).aggregate_distinct())
        .first(conn)
}

/// Distinct organisations that attended one of `event_ids` and none of `earlier`.
pub fn organisations_new(
    conn: &mut DbConnection,
    event_ids: &[i64],
    earlier: &[i64],
) -> QueryResult<i64> {
    let before = diesel::alias!(registrations as before);
    let seen_before = before
        .filter(
            before
                .field(registrations::event_id)
                .eq_any(earlier.to_vec()),
        )
        .filter(before.field(registrations::status).eq(CONFIRMED))
        .filter(before.field(registrations::attendance).eq(ATTENDED))
        .filter(before.field(registrations::organisation_id).is_not_null())
        .select(
            before
                .field(registrations::organisation_id)
                .assume_not_null(),
        );
    registrations::table
        .filter(registrations::event_id.eq_any(event_ids))
        .filter(registrations::status.eq(CONFIRMED))
        .filter(registrations::attendance.eq(ATTENDED))
        .filter(registrations::organisation_id.is_not_null())
        .filter(diesel::dsl::not(
            registrations::organisation_id
                .assume_not_null()
                .eq_any(seen_before),
        ))
        .select(count(registrations::organisation_id).aggregate_distinct())
        .first(conn)
}

/// Plans of the groups with a version adopted from `from` until before `until`,
/// and how many countries their key actions' owners come from.
pub fn plans_adopted(
    conn: &mut DbConnection,
    group_ids: &[i64],
    from: NaiveDateTime,
    until: NaiveDateTime,
) -> QueryResult<Vec<(i64, i64)>> {
    let adopted: Vec<i64> = plan_versions::table
        .inner_join(plans::table)
        .filter(plans::group_id.eq_any(group_ids))
        .filter(plan_versions::adopted_at.ge(from))
        .filter(plan_versions::adopted_at.lt(until))
        .select(plans::id)
        .distinct()
        .load(conn)?;
    let countries: Vec<(i64, i64)> = action_owners::table
        .inner_join(key_actions::table)
        .filter(key_actions::plan_id.eq_any(&adopted))
        .group_by(key_actions::plan_id)
        .select((
            key_actions::plan_id,
            count(action_owners::country).aggregate_distinct(),
        ))
        .load(conn)?;
    Ok(adopted
        .into_iter()
        .map(|plan| {
            let n = countries
                .iter()
                .find(|(p, _)| *p == plan)
                .map_or(0, |(_, n)| *n);
            (plan, n)
        })
        .collect())
}

/// One registration behind the figures, with its event and organisation.
#[derive(Debug, Clone, Queryable)]
pub struct ReportRow {
    pub event_id: i64,
    pub event_title: String,
    pub event_kind: String,
    pub event_audience: String,
    pub event_starts_at: NaiveDateTime,
    pub event_timezone: String,
    pub group_slug: String,
    pub registration_id: i64,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub organisation_id: Option<i64>,
    pub organisation_name: Option<String>,
    pub country: String,
    pub organisation_kind: Option<String>,
    pub attendance: Option<String>,
}

/// Which of the rows behind the figures to list.
#[derive(Debug, Clone, Default)]
pub struct RowFilter {
    /// Only those marked attended (the participations) or absent; `None`: every
    /// confirmed registration.
    pub attendance: Option<String>,
    pub country: Option<String>,
    /// `Some(None)`: the kind was not given.
    pub organisation_kind: Option<Option<String>>,
    pub organisation_id: Option<i64>,
}

/// The confirmed registrations of the events, by event date then name.
pub fn rows(
    conn: &mut DbConnection,
    event_ids: &[i64],
    filter: &RowFilter,
) -> QueryResult<Vec<ReportRow>> {
    use crate::db::schema::{organisations, thematic_groups};
    let mut query = registrations::table
        .inner_join(events::table.inner_join(thematic_groups::table))
        .left_join(organisations::table)
        .filter(registrations::event_id.eq_any(event_ids))
        .filter(registrations::status.eq(CONFIRMED))
        .into_boxed();
    if let Some(mark) = &filter.attendance {
        query = query.filter(registrations::attendance.eq(mark.clone()));
    }
    if let Some(country) = &filter.country {
        query = query.filter(registrations::country.eq(country.clone()));
    }
    match &filter.organisation_kind {
        Some(Some(kind)) => query = query.filter(registrations::organisation_kind.eq(kind.clone())),
        Some(None) => query = query.filter(registrations::organisation_kind.is_null()),
        None => {}
    }
    if let Some(id) = filter.organisation_id {
        query = query.filter(registrations::organisation_id.eq(id));
    }
    query
        .order((
            events::starts_at.asc(),
            events::id.asc(),
            registrations::name.asc(),
            registrations::id.asc(),
        ))
        .select((
            events::id,
            events::title,
            events::kind,
            events::audience,
            events::starts_at,
            events::timezone,
            thematic_groups::slug,
            registrations::id,
            registrations::name,
            registrations::email,
            registrations::organisation,
            registrations::organisation_id,
            organisations::name.nullable(),
            registrations::country,
            registrations::organisation_kind,
            registrations::attendance,
        ))
        .load(conn)
}
