//! Strategic plans, their key actions (with owners and linked events) and the
//! versions frozen at each adoption.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{
    action_events, action_owners, events, key_actions, plan_versions, plans, registrations,
};
use crate::db::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = plans)]
pub struct PlanRow {
    pub id: i64,
    pub group_id: i64,
    pub title: String,
    pub summary: String,
    pub status: String,
    pub version: i32,
    pub adopted_at: Option<NaiveDateTime>,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = key_actions)]
pub struct ActionRow {
    pub id: i64,
    pub plan_id: i64,
    pub parent_id: Option<i64>,
    pub position: i32,
    pub title: String,
    pub description: String,
    pub due: Option<String>,
    pub status: String,
    pub target_events: Option<i32>,
    pub target_participants: Option<i32>,
    pub target_organisations: Option<i32>,
    pub target_countries: Option<i32>,
    pub progress_manual: Option<f64>,
    pub progress_reason: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// The columns of an action that a change sets (all of them, as they end up).
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = key_actions, treat_none_as_null = true)]
pub struct ActionColumns {
    pub parent_id: Option<i64>,
    pub title: String,
    pub description: String,
    pub due: Option<String>,
    pub status: &'static str,
    pub target_events: Option<i32>,
    pub target_participants: Option<i32>,
    pub target_organisations: Option<i32>,
    pub target_countries: Option<i32>,
    pub progress_manual: Option<f64>,
    pub progress_reason: Option<String>,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = action_owners)]
pub struct OwnerRow {
    pub action_id: i64,
    pub organisation: String,
    pub country: String,
}

pub fn find_for_group(conn: &mut DbConnection, group_id: i64) -> QueryResult<Option<PlanRow>> {
    plans::table
        .filter(plans::group_id.eq(group_id))
        .select(PlanRow::as_select())
        .first(conn)
        .optional()
}

pub fn insert(
    conn: &mut DbConnection,
    group_id: i64,
    title: &str,
    summary: &str,
    now: NaiveDateTime,
) -> QueryResult<PlanRow> {
    diesel::insert_into(plans::table)
        .values((
            plans::group_id.eq(group_id),
            plans::title.eq(title),
            plans::summary.eq(summary),
            plans::updated_at.eq(now),
        ))
        .returning(plans::all_columns)
        .get_result(conn)
}

pub fn update_text(
    conn: &mut DbConnection,
    id: i64,
    title: &str,
    summary: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(plans::table.find(id))
        .set((
            plans::title.eq(title),
            plans::summary.eq(summary),
            plans::status.eq("draft"),
            plans::updated_at.eq(now),
        ))
        .execute(conn)
}

/// Any change to the plan or its actions makes it a draft again.
pub fn touch(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(plans::table.find(id))
        .set((plans::status.eq("draft"), plans::updated_at.eq(now)))
        .execute(conn)
}

/// Freezes the plan as its next version with `snapshot` (the plan as shown).
pub fn adopt(
    conn: &mut DbConnection,
    plan: &PlanRow,
    by: i64,
    snapshot: &str,
    now: NaiveDateTime,
) -> QueryResult<i32> {
    let version = plan.version + 1;
    diesel::update(plans::table.find(plan.id))
        .set((
            plans::status.eq("adopted"),
            plans::version.eq(version),
            plans::adopted_at.eq(now),
        ))
        .execute(conn)?;
    diesel::insert_into(plan_versions::table)
        .values((
            plan_versions::plan_id.eq(plan.id),
            plan_versions::version.eq(version),
            plan_versions::adopted_at.eq(now),
            plan_versions::adopted_by.eq(by),
            plan_versions::snapshot.eq(snapshot),
        ))
        .execute(conn)?;
    Ok(version)
}

/// The adopted versions, newest first: (version, adopted_at).
pub fn versions(conn: &mut DbConnection, plan_id: i64) -> QueryResult<Vec<(i32, NaiveDateTime)>> {
    plan_versions::table
        .filter(plan_versions::plan_id.eq(plan_id))
        .order(plan_versions::version.desc())
        .select((plan_versions::version, plan_versions::adopted_at))
        .load(conn)
}

pub fn version(conn: &mut DbConnection, plan_id: i64, version: i32) -> QueryResult<Option<String>> {
    plan_versions::table
        .filter(plan_versions::plan_id.eq(plan_id))
        .filter(plan_versions::version.eq(version))
        .select(plan_versions::snapshot)
        .first(conn)
        .optional()
}

pub fn actions(conn: &mut DbConnection, plan_id: i64) -> QueryResult<Vec<ActionRow>> {
    key_actions::table
        .filter(key_actions::plan_id.eq(plan_id))
        .order((key_actions::position.asc(), key_actions::id.asc()))
        .select(ActionRow::as_select())
        .load(conn)
}

pub fn find_action(conn: &mut DbConnection, id: i64) -> QueryResult<Option<ActionRow>> {
    key_actions::table
        .find(id)
        .select(ActionRow::as_select())
        .first(conn)
        .optional()
}

pub fn insert_action(
    conn: &mut DbConnection,
    plan_id: i64,
    position: i32,
    columns: &ActionColumns,
    now: NaiveDateTime,
) -> QueryResult<ActionRow> {
    diesel::insert_into(key_actions::table)
        .values((
            key_actions::plan_id.eq(plan_id),
            key_actions::position.eq(position),
            key_actions::created_at.eq(now),
            columns,
        ))
        .returning(key_actions::all_columns)
        .get_result(conn)
}

pub fn update_action(
    conn: &mut DbConnection,
    id: i64,
    columns: &ActionColumns,
) -> QueryResult<usize> {
    diesel::update(key_actions::table.find(id))
        .set(columns)
        .execute(conn)
}

pub fn set_position(conn: &mut DbConnection, id: i64, position: i32) -> QueryResult<usize> {
    diesel::update(key_actions::table.find(id))
        .set(key_actions::position.eq(position))
        .execute(conn)
}

/// The next free position among the actions of a plan.
pub fn next_position(conn: &mut DbConnection, plan_id: i64) -> QueryResult<i32> {
    let last: Option<i32> = key_actions::table
        .filter(key_actions::plan_id.eq(plan_id))
        .select(diesel::dsl::max(key_actions::position))
        .first(conn)?;
    Ok(last.map_or(0, |p| p + 1))
}

/// Deletes an action; its sub-actions, owners and links go with it.
pub fn delete_action(conn: &mut DbConnection, id: i64) -> QueryResult<usize> {
    // The cascade would do it too; deleting sub-actions first says so here.
    diesel::delete(key_actions::table.filter(key_actions::parent_id.eq(id))).execute(conn)?;
    diesel::delete(key_actions::table.find(id)).execute(conn)
}

pub fn owners(conn: &mut DbConnection, plan_id: i64) -> QueryResult<Vec<OwnerRow>> {
    action_owners::table
        .inner_join(key_actions::table)
        .filter(key_actions::plan_id.eq(plan_id))
        .order((action_owners::action_id, action_owners::position))
        .select(OwnerRow::as_select())
        .load(conn)
}

pub fn replace_owners(
    conn: &mut DbConnection,
    action_id: i64,
    owners: &[(String, String)],
) -> QueryResult<()> {
    diesel::delete(action_owners::table.filter(action_owners::action_id.eq(action_id)))
        .execute(conn)?;
    for (position, (organisation, country)) in owners.iter().enumerate() {
        diesel::insert_into(action_owners::table)
            .values((
                action_owners::action_id.eq(action_id),
                action_owners::position.eq(position as i32),
                action_owners::organisation.eq(organisation),
                action_owners::country.eq(country),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn replace_links(
    conn: &mut DbConnection,
    action_id: i64,
    event_ids: &[i64],
) -> QueryResult<()> {
    diesel::delete(action_events::table.filter(action_events::action_id.eq(action_id)))
        .execute(conn)?;
    for event_id in event_ids {
        diesel::insert_into(action_events::table)
            .values((
                action_events::action_id.eq(action_id),
                action_events::event_id.eq(event_id),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// A linked event as progress needs it.
#[derive(Debug, Clone, Queryable)]
pub struct LinkRow {
    pub action_id: i64,
    pub event_id: i64,
    pub status: String,
    pub ends_at: NaiveDateTime,
    pub title: String,
    pub starts_at: NaiveDateTime,
    pub timezone: String,
}

/// Every event linked to an action of the plan.
pub fn links(conn: &mut DbConnection, plan_id: i64) -> QueryResult<Vec<LinkRow>> {
    action_events::table
        .inner_join(key_actions::table)
        .inner_join(events::table)
        .filter(key_actions::plan_id.eq(plan_id))
        .order((action_events::action_id, events::starts_at))
        .select((
            action_events::action_id,
            action_events::event_id,
            events::status,
            events::ends_at,
            events::title,
            events::starts_at,
            events::timezone,
        ))
        .load(conn)
}

/// Registrations marked attended at `events`: (event, email key, organisation, country).
pub fn attended(
    conn: &mut DbConnection,
    event_ids: &[i64],
) -> QueryResult<Vec<(i64, String, String, String)>> {
    registrations::table
        .filter(registrations::event_id.eq_any(event_ids))
        .filter(registrations::attendance.eq("attended"))
        .select((
            registrations::event_id,
            registrations::email_key,
            registrations::organisation,
            registrations::country,
        ))
        .load(conn)
}

/// The actions an event serves: (action id, title), in the plan's order.
pub fn actions_of_event(conn: &mut DbConnection, event_id: i64) -> QueryResult<Vec<(i64, String)>> {
    action_events::table
        .inner_join(key_actions::table)
        .filter(action_events::event_id.eq(event_id))
        .order(key_actions::position)
        .select((key_actions::id, key_actions::title))
        .load(conn)
}

pub fn plan(conn: &mut DbConnection, id: i64) -> QueryResult<PlanRow> {
    plans::table
        .find(id)
        .select(PlanRow::as_select())
        .first(conn)
}

/// How many of `event_ids` are events of the group.
pub fn events_in_group(
    conn: &mut DbConnection,
    event_ids: &[i64],
    group_id: i64,
) -> QueryResult<i64> {
    events::table
        .filter(events::id.eq_any(event_ids))
        .filter(events::group_id.eq(group_id))
        .count()
        .get_result(conn)
}

/// An event to link: (id, title, starts_at, ends_at, timezone).
pub type EventChoiceRow = (i64, String, NaiveDateTime, NaiveDateTime, String);

/// The group's events that are not cancelled, soonest first, for linking them
/// to actions.
pub fn events_of_group(conn: &mut DbConnection, group_id: i64) -> QueryResult<Vec<EventChoiceRow>> {
    events::table
        .filter(events::group_id.eq(group_id))
        .filter(events::status.ne("cancelled"))
        .order(events::starts_at.asc())
        .select((
            events::id,
            events::title,
            events::starts_at,
            events::ends_at,
            events::timezone,
        ))
        .load(conn)
}

/// Makes the event serve exactly `action_ids` among the actions of `plan_id`.
pub fn set_event_links(
    conn: &mut DbConnection,
    plan_id: i64,
    event_id: i64,
    action_ids: &[i64],
) -> QueryResult<()> {
    let of_plan = key_actions::table
        .filter(key_actions::plan_id.eq(plan_id))
        .select(key_actions::id);
    diesel::delete(
        action_events::table
            .filter(action_events::event_id.eq(event_id))
            .filter(action_events::action_id.eq_any(of_plan)),
    )
    .execute(conn)?;
    for action_id in action_ids {
        diesel::insert_into(action_events::table)
            .values((
                action_events::action_id.eq(action_id),
                action_events::event_id.eq(event_id),
            ))
            .execute(conn)?;
    }
    Ok(())
}
