//! Events and their agenda items.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{agenda_items, events, thematic_groups};
use crate::db::DbConnection;
use crate::domain::events::EventStatus;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = events)]
pub struct EventRow {
    pub id: i64,
    pub group_id: i64,
    pub kind: String,
    pub status: String,
    pub title: String,
    pub description: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub timezone: String,
    pub venue_name: String,
    pub venue_address: String,
    pub venue_city: String,
    pub venue_country: String,
    pub host_organisation: Option<String>,
    pub capacity: Option<i32>,
    pub country_cap: Option<i32>,
    pub registration_deadline: Option<NaiveDateTime>,
    pub confirmed_count: i32,
    pub waitlisted_count: i32,
    pub sequence: i32,
    pub reply_to: Option<String>,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub published_at: Option<NaiveDateTime>,
    pub cancelled_at: Option<NaiveDateTime>,
}

/// The columns a plan sets, on insert and on change alike.
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = events, treat_none_as_null = true)]
pub struct PlanColumns {
    pub kind: &'static str,
    pub title: String,
    pub description: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub timezone: String,
    pub venue_name: String,
    pub venue_address: String,
    pub venue_city: String,
    pub venue_country: String,
    pub host_organisation: Option<String>,
    pub capacity: Option<i32>,
    pub country_cap: Option<i32>,
    pub registration_deadline: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = agenda_items)]
pub struct AgendaRow {
    pub event_id: i64,
    pub position: i32,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub title: String,
    pub speaker: Option<String>,
    pub place: Option<String>,
}

pub fn insert(
    conn: &mut DbConnection,
    group_id: i64,
    plan: &PlanColumns,
    created_by: Option<(i64, &str)>,
    now: NaiveDateTime,
) -> QueryResult<EventRow> {
    diesel::insert_into(events::table)
        .values((
            plan,
            events::group_id.eq(group_id),
            events::status.eq("draft"),
            events::created_by.eq(created_by.map(|(id, _)| id)),
            // Replies to the event's mail reach the coordinator who scheduled it.
            events::reply_to.eq(created_by.map(|(_, email)| email)),
            events::created_at.eq(now),
            events::updated_at.eq(now),
        ))
        .returning(events::all_columns)
        .get_result(conn)
}

/// Sets the plan's columns; `bump_sequence` raises the calendar SEQUENCE.
pub fn update_plan(
    conn: &mut DbConnection,
    id: i64,
    plan: &PlanColumns,
    bump_sequence: bool,
    now: NaiveDateTime,
) -> QueryResult<EventRow> {
    diesel::update(events::table.find(id))
        .set((
            plan,
            events::sequence.eq(events::sequence + i32::from(bump_sequence)),
            events::updated_at.eq(now),
        ))
        .returning(events::all_columns)
        .get_result(conn)
}

pub fn set_status(
    conn: &mut DbConnection,
    id: i64,
    status: EventStatus,
    now: NaiveDateTime,
) -> QueryResult<EventRow> {
    let row = events::table.find(id);
    let status_text = status.as_str();
    match status {
        EventStatus::Published => diesel::update(row)
            .set((
                events::status.eq(status_text),
                events::published_at.eq(now),
                events::updated_at.eq(now),
            ))
            .returning(events::all_columns)
            .get_result(conn),
        // A cancellation is a change calendars must pick up.
        _ => diesel::update(row)
            .set((
                events::status.eq(status_text),
                events::cancelled_at.eq(now),
                events::sequence.eq(events::sequence + 1),
                events::updated_at.eq(now),
            ))
            .returning(events::all_columns)
            .get_result(conn),
    }
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<EventRow>> {
    events::table
        .find(id)
        .select(events::all_columns)
        .first(conn)
        .optional()
}

pub fn agenda(conn: &mut DbConnection, event_id: i64) -> QueryResult<Vec<AgendaRow>> {
    agenda_items::table
        .filter(agenda_items::event_id.eq(event_id))
        .order(agenda_items::position.asc())
        .select(AgendaRow::as_select())
        .load(conn)
}

pub fn agendas(conn: &mut DbConnection, event_ids: &[i64]) -> QueryResult<Vec<AgendaRow>> {
    agenda_items::table
        .filter(agenda_items::event_id.eq_any(event_ids))
        .order((agenda_items::event_id.asc(), agenda_items::position.asc()))
        .select(AgendaRow::as_select())
        .load(conn)
}

/// Replaces the agenda of an event (one insert per item: the multi-backend
/// connection has no batch insert).
pub fn replace_agenda(
    conn: &mut DbConnection,
    event_id: i64,
    items: &[AgendaRow],
) -> QueryResult<()> {
    diesel::delete(agenda_items::table.filter(agenda_items::event_id.eq(event_id)))
        .execute(conn)?;
    for item in items {
        diesel::insert_into(agenda_items::table)
            .values(item)
            .execute(conn)?;
    }
    Ok(())
}

/// The first non-cancelled event of the group overlapping [starts_at, ends_at),
/// other than `except`.
pub fn first_overlapping(
    conn: &mut DbConnection,
    group_id: i64,
    starts_at: NaiveDateTime,
    ends_at: NaiveDateTime,
    except: Option<i64>,
) -> QueryResult<Option<EventRow>> {
    let mut query = events::table
        .filter(events::group_id.eq(group_id))
        .filter(events::status.ne(EventStatus::Cancelled.as_str()))
        .filter(events::starts_at.lt(ends_at))
        .filter(events::ends_at.gt(starts_at))
        .order(events::starts_at.asc())
        .select(events::all_columns)
        .into_boxed();
    if let Some(id) = except {
        query = query.filter(events::id.ne(id));
    }
    query.first(conn).optional()
}

/// Who may see what in a list of events.
pub enum Visibility {
    /// Published events only.
    Public,
    /// Published events, and every event of these groups.
    Groups(Vec<i64>),
    Everything,
}

pub struct Filter {
    pub group_id: Option<i64>,
    pub kind: Option<&'static str>,
    /// Events ending after this.
    pub from: Option<NaiveDateTime>,
    /// Events starting before this.
    pub to: Option<NaiveDateTime>,
    pub visibility: Visibility,
    pub limit: i64,
}

/// Events matching the filter, soonest first.
pub fn list(conn: &mut DbConnection, filter: &Filter) -> QueryResult<Vec<EventRow>> {
    let mut query = events::table.select(events::all_columns).into_boxed();
    if let Some(group_id) = filter.group_id {
        query = query.filter(events::group_id.eq(group_id));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(events::kind.eq(kind));
    }
    if let Some(from) = filter.from {
        query = query.filter(events::ends_at.gt(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(events::starts_at.lt(to));
    }
    query = match &filter.visibility {
        Visibility::Public => query.filter(events::status.eq("published")),
        Visibility::Groups(ids) => query.filter(
            events::status
                .eq("published")
                .or(events::group_id.eq_any(ids.clone())),
        ),
        Visibility::Everything => query,
    };
    query
        .order((events::starts_at.asc(), events::id.asc()))
        .limit(filter.limit)
        .load(conn)
}

/// What lists of events show.
#[derive(Debug, Clone, Queryable)]
pub struct EventSummaryRow {
    pub id: i64,
    pub group_slug: String,
    pub group_name: String,
    pub kind: String,
    pub status: String,
    pub title: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub timezone: String,
    pub venue_city: String,
    pub venue_country: String,
    pub capacity: Option<i32>,
    pub confirmed_count: i32,
}

type SummaryColumns = (
    events::id,
    thematic_groups::slug,
    thematic_groups::name,
    events::kind,
    events::status,
    events::title,
    events::starts_at,
    events::ends_at,
    events::timezone,
    events::venue_city,
    events::venue_country,
    events::capacity,
    events::confirmed_count,
);

const SUMMARY_COLUMNS: SummaryColumns = (
    events::id,
    thematic_groups::slug,
    thematic_groups::name,
    events::kind,
    events::status,
    events::title,
    events::starts_at,
    events::ends_at,
    events::timezone,
    events::venue_city,
    events::venue_country,
    events::capacity,
    events::confirmed_count,
);

/// Events of one group or of all: published only unless `all_statuses`; ending
/// after `after` (soonest first) or, with `past`, ended before it (latest first).
pub struct SummaryFilter {
    pub group_id: Option<i64>,
    pub after: NaiveDateTime,
    pub past: bool,
    pub all_statuses: bool,
    pub limit: i64,
}

pub fn summaries(
    conn: &mut DbConnection,
    filter: &SummaryFilter,
) -> QueryResult<Vec<EventSummaryRow>> {
    let mut query = events::table
        .inner_join(thematic_groups::table)
        .select(SUMMARY_COLUMNS)
        .limit(filter.limit)
        .into_boxed();
    if !filter.all_statuses {
        query = query.filter(events::status.eq("published"));
    }
    if let Some(group_id) = filter.group_id {
        query = query.filter(events::group_id.eq(group_id));
    }
    query = if filter.past {
        query
            .filter(events::ends_at.le(filter.after))
            .order(events::starts_at.desc())
    } else {
        query
            .filter(events::ends_at.gt(filter.after))
            .order(events::starts_at.asc())
    };
    query.load(conn)
}

/// Published events starting in [from, to), for calendars.
pub fn published_between(
    conn: &mut DbConnection,
    group_id: Option<i64>,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> QueryResult<Vec<EventSummaryRow>> {
    let mut query = events::table
        .inner_join(thematic_groups::table)
        .filter(events::status.eq("published"))
        .filter(events::starts_at.ge(from))
        .filter(events::starts_at.lt(to))
        .select(SUMMARY_COLUMNS)
        .order(events::starts_at.asc())
        .into_boxed();
    if let Some(group_id) = group_id {
        query = query.filter(events::group_id.eq(group_id));
    }
    query.load(conn)
}

/// The group's events for its calendar feed: published and cancelled (so that
/// subscribed calendars drop cancelled ones), from `since` on.
pub fn for_feed(
    conn: &mut DbConnection,
    group_id: i64,
    since: NaiveDateTime,
) -> QueryResult<Vec<EventRow>> {
    events::table
        .filter(events::group_id.eq(group_id))
        .filter(events::status.ne("draft"))
        .filter(events::ends_at.gt(since))
        .order(events::starts_at.asc())
        .select(events::all_columns)
        .limit(500)
        .load(conn)
}

/// Takes the event's row lock until the transaction ends and returns the row as it
/// is now. Every seat decision for the event happens behind this lock (on SQLite
/// the write transaction already excludes other writers). The no-op sets a column
/// that no foreign key points at: "SET id = id" would make SQLite look for child
/// rows in every referencing table, scanning those without an index.
pub fn lock(conn: &mut DbConnection, id: i64) -> QueryResult<Option<EventRow>> {
    diesel::update(events::table.find(id))
        .set(events::confirmed_count.eq(events::confirmed_count))
        .returning(events::all_columns)
        .get_result(conn)
        .optional()
}

/// Moves the event's seat counters by the given amounts.
pub fn add_to_counts(
    conn: &mut DbConnection,
    id: i64,
    confirmed: i32,
    waitlisted: i32,
) -> QueryResult<()> {
    diesel::update(events::table.find(id))
        .set((
            events::confirmed_count.eq(events::confirmed_count + confirmed),
            events::waitlisted_count.eq(events::waitlisted_count + waitlisted),
        ))
        .execute(conn)
        .map(drop)
}

/// Confirmed seats per country of the event.
pub fn country_counts(conn: &mut DbConnection, event_id: i64) -> QueryResult<Vec<(String, i32)>> {
    use crate::db::schema::event_country_seats as seats;
    seats::table
        .filter(seats::event_id.eq(event_id))
        .select((seats::country, seats::confirmed))
        .load(conn)
}

/// Moves a country's confirmed seats of the event by `delta`. Callers hold the
/// event's lock, so the update-else-insert cannot race.
pub fn add_to_country(
    conn: &mut DbConnection,
    event_id: i64,
    country: &str,
    delta: i32,
) -> QueryResult<()> {
    use crate::db::schema::event_country_seats as seats;
    let updated = diesel::update(seats::table.find((event_id, country)))
        .set(seats::confirmed.eq(seats::confirmed + delta))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(seats::table)
            .values((
                seats::event_id.eq(event_id),
                seats::country.eq(country),
                seats::confirmed.eq(delta.max(0)),
            ))
            .execute(conn)?;
    }
    Ok(())
}
