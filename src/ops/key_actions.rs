//! Changing a plan's key actions: adding, changing (its parent and linked events
//! checked), moving among its siblings, deleting, and linking an event to the
//! actions it serves from the event form. Each change makes the plan a draft
//! again and is in the audit log.

use chrono::{DateTime, Utc};

use crate::db::{write_transaction, DbConnection};
use crate::domain::plans::{ActionChange, ActionInput, ActionStatus};
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::ops::audit::About;
use crate::ops::plans::{audit, managed, not_found, targets_of, view, ActionView};
use crate::store::groups::GroupRow;
use crate::store::plans::{ActionColumns, ActionRow, PlanRow};
use crate::store::{self};

/// Adds a key action to the group's plan.
pub fn add_action(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
    input: ActionInput,
    now: DateTime<Utc>,
) -> Result<ActionView, AppError> {
    write_transaction(conn, |conn| {
        let group = managed(conn, staff, slug)?;
        let change = input.parse(true).map_err(AppError::invalid)?;
        let plan = store::plans::find_for_group(conn, group.id)?.ok_or_else(not_found)?;
        let blank = blank(plan.id, now);
        let columns = apply(conn, &group, &plan, &blank, &change, now)?;
        let position = store::plans::next_position(conn, plan.id)?;
        let row = store::plans::insert_action(conn, plan.id, position, &columns, now.naive_utc())?;
        save_lists(conn, row.id, &change)?;
        store::plans::touch(conn, plan.id, now.naive_utc())?;
        audit(
            conn,
            staff,
            &group,
            "action.add",
            format!("action {}", row.id),
            Some(&row.title),
            now,
        )?;
        one(conn, group, plan, row.id, now)
    })
}

/// Changes a key action; `None` fields stay as they are.
pub fn change_action(
    conn: &mut DbConnection,
    staff: &StaffUser,
    id: i64,
    input: ActionInput,
    now: DateTime<Utc>,
) -> Result<ActionView, AppError> {
    write_transaction(conn, |conn| {
        let (group, plan, row) = managed_action(conn, staff, id)?;
        let change = input.parse(false).map_err(AppError::invalid)?;
        let columns = apply(conn, &group, &plan, &row, &change, now)?;
        store::plans::update_action(conn, id, &columns)?;
        save_lists(conn, id, &change)?;
        store::plans::touch(conn, plan.id, now.naive_utc())?;
        audit(
            conn,
            staff,
            &group,
            "action.change",
            format!("action {id}"),
            Some(&columns.title),
            now,
        )?;
        one(conn, group, plan, id, now)
    })
}

/// Deletes a key action with its sub-actions.
pub fn delete_action(
    conn: &mut DbConnection,
    staff: &StaffUser,
    id: i64,
    now: DateTime<Utc>,
) -> Result<GroupRow, AppError> {
    write_transaction(conn, |conn| {
        let (group, plan, row) = managed_action(conn, staff, id)?;
        store::plans::delete_action(conn, id)?;
        store::plans::touch(conn, plan.id, now.naive_utc())?;
        audit(
            conn,
            staff,
            &group,
            "action.delete",
            format!("action {id}"),
            Some(&row.title),
            now,
        )?;
        Ok(group)
    })
}

/// Moves an action one place up (`-1`) or down (`1`) among its siblings.
pub fn move_action(
    conn: &mut DbConnection,
    staff: &StaffUser,
    id: i64,
    step: i32,
    now: DateTime<Utc>,
) -> Result<GroupRow, AppError> {
    write_transaction(conn, |conn| {
        let (group, plan, row) = managed_action(conn, staff, id)?;
        let mut siblings: Vec<ActionRow> = store::plans::actions(conn, plan.id)?
            .into_iter()
            .filter(|a| a.parent_id == row.parent_id)
            .collect();
        let Some(at) = siblings.iter().position(|a| a.id == id) else {
            return Ok(group);
        };
        let to = at as i64 + i64::from(step.signum());
        if to < 0 || to as usize >= siblings.len() {
            return Ok(group);
        }
        siblings.swap(at, to as usize);
        for (position, sibling) in siblings.iter().enumerate() {
            store::plans::set_position(conn, sibling.id, position as i32)?;
        }
        store::plans::touch(conn, plan.id, now.naive_utc())?;
        let detail = if step < 0 { "up" } else { "down" };
        audit(
            conn,
            staff,
            &group,
            "action.move",
            format!("action {id}"),
            Some(detail),
            now,
        )?;
        Ok(group)
    })
}

fn managed_action(
    conn: &mut DbConnection,
    staff: &StaffUser,
    id: i64,
) -> Result<(GroupRow, PlanRow, ActionRow), AppError> {
    let unknown = || AppError::NotFound("There is no such key action.".into());
    let row = store::plans::find_action(conn, id)?.ok_or_else(unknown)?;
    let plan = store::plans::plan(conn, row.plan_id)?;
    let group = store::groups::find_by_id(conn, plan.group_id)?;
    if !staff.manages_group(group.id) {
        return Err(AppError::Forbidden(
            "You do not coordinate this group.".into(),
        ));
    }
    Ok((group, plan, row))
}

fn one(
    conn: &mut DbConnection,
    group: GroupRow,
    plan: PlanRow,
    id: i64,
    now: DateTime<Utc>,
) -> Result<ActionView, AppError> {
    let view = view(conn, group, plan, now)?;
    view.actions
        .into_iter()
        .find(|a| a.row.id == id)
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("action {id} vanished")))
}

/// The action's columns with `change` applied, its parent and events checked.
fn apply(
    conn: &mut DbConnection,
    group: &GroupRow,
    plan: &PlanRow,
    row: &ActionRow,
    change: &ActionChange,
    now: DateTime<Utc>,
) -> Result<ActionColumns, AppError> {
    let parent_id = change.parent_id.unwrap_or(row.parent_id);
    if let Some(parent) = parent_id {
        let fits = store::plans::find_action(conn, parent)?
            .is_some_and(|p| p.plan_id == plan.id && p.parent_id.is_none() && p.id != row.id);
        let has_children = store::plans::actions(conn, plan.id)?
            .iter()
            .any(|a| a.parent_id == Some(row.id));
        if !fits || has_children {
            return Err(AppError::invalid_field(
                "parent_id",
                "must be a top-level action of the same plan (sub-actions have no sub-actions)",
            ));
        }
    }
    if let Some(events) = &change.events {
        let mut distinct = events.clone();
        distinct.sort_unstable();
        distinct.dedup();
        let of_group = store::plans::events_in_group(conn, &distinct, group.id)?;
        if of_group != distinct.len() as i64 {
            return Err(AppError::invalid_field(
                "events",
                "must be events of this action's group",
            ));
        }
    }
    let targets = change.targets.unwrap_or_else(|| targets_of(row));
    let n = |v: Option<u32>| v.map(|v| v as i32);
    let (progress_manual, progress_reason) = match &change.progress {
        None => (row.progress_manual, row.progress_reason.clone()),
        Some(None) => (None, None),
        Some(Some((value, reason))) => (Some(*value), Some(reason.clone())),
    };
    let status = change
        .status
        .unwrap_or_else(|| ActionStatus::parse(&row.status).unwrap_or_default());
    Ok(ActionColumns {
        parent_id,
        title: change.title.clone().unwrap_or_else(|| row.title.clone()),
        description: change
            .description
            .clone()
            .unwrap_or_else(|| row.description.clone()),
        due: match change.due {
            Some(day) => day.map(|d| d.format("%Y-%m-%d").to_string()),
            None => row.due.clone(),
        },
        status: status.as_str(),
        target_events: n(targets.events),
        target_participants: n(targets.participants),
        target_organisations: n(targets.organisations),
        target_countries: n(targets.countries),
        progress_manual,
        progress_reason,
        updated_at: now.naive_utc(),
    })
}

fn save_lists(conn: &mut DbConnection, id: i64, change: &ActionChange) -> Result<(), AppError> {
    if let Some(owners) = &change.owners {
        let owners: Vec<(String, String)> = owners
            .iter()
            .map(|o| (o.organisation.clone(), o.country.as_str().to_owned()))
            .collect();
        store::plans::replace_owners(conn, id, &owners)?;
    }
    if let Some(events) = &change.events {
        let mut events = events.clone();
        events.sort_unstable();
        events.dedup();
        store::plans::replace_links(conn, id, &events)?;
    }
    Ok(())
}

/// What a new action starts from before its input is applied.
fn blank(plan_id: i64, now: DateTime<Utc>) -> ActionRow {
    ActionRow {
        id: 0,
        plan_id,
        parent_id: None,
        position: 0,
        title: String::new(),
        description: String::new(),
        due: None,
        status: ActionStatus::Planned.as_str().to_owned(),
        target_events: None,
        target_participants: None,
        target_organisations: None,
        target_countries: None,
        progress_manual: None,
        progress_reason: None,
        created_at: now.naive_utc(),
        updated_at: now.naive_utc(),
    }
}

/// The slug of the group whose plan holds action `id`, for staff of that group.
pub fn slug_of_action(
    conn: &mut DbConnection,
    staff: &StaffUser,
    id: i64,
) -> Result<String, AppError> {
    Ok(managed_action(conn, staff, id)?.0.slug)
}

/// Makes the event serve exactly these actions of its group's plan (the event form).
pub fn set_event_actions(
    conn: &mut DbConnection,
    staff: &StaffUser,
    event_id: i64,
    action_ids: &[i64],
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    write_transaction(conn, |conn| {
        let event = crate::ops::event_view::managed(conn, staff, event_id)?;
        let Some(plan) = store::plans::find_for_group(conn, event.group.id)? else {
            return Ok(());
        };
        let ours: Vec<i64> = store::plans::actions(conn, plan.id)?
            .iter()
            .map(|a| a.id)
            .filter(|id| action_ids.contains(id))
            .collect();
        let before = store::plans::actions_of_event(conn, event_id)?;
        if before.iter().map(|(id, _)| *id).collect::<Vec<_>>() == ours {
            return Ok(());
        }
        store::plans::set_event_links(conn, plan.id, event_id, &ours)?;
        store::plans::touch(conn, plan.id, now.naive_utc())?;
        let detail = format!("serves actions {ours:?}");
        let about = About::event(event_id);
        crate::ops::audit::record(
            conn,
            staff,
            about,
            "action.link",
            &format!("event {event_id}"),
            Some(&detail),
            now,
        )
    })
}
