//! Events and their agenda items.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{agenda_items, events};
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
    pub audience: String,
}

/// The columns a plan sets, on insert and on change alike.
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = events, treat_none_as_null = true)]
pub struct PlanColumns {
    pub kind: &'static str,
    pub audience: &'static str,
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

/// The titles of these events, as (id, title).
pub fn titles(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<(i64, String)>> {
    events::table
        .filter(events::id.eq_any(ids.to_vec()))
        .select((events::id, events::title))
        .load(conn)
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
