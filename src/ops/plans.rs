//! A group's strategic plan: reading it with every action's progress computed
//! from the data on each read (so it is never stale), editing it and its key
//! actions, adopting numbered versions. Every change is in the audit log.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::db::{write_transaction, DbConnection};
use crate::domain::events::EventStatus;
use crate::domain::plans::{
    self, Achieved, ActionStatus, Attendee, PlanInput, Progress, ProgressInputs, Targets,
};
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::ops::audit::About;
use crate::store::groups::GroupRow;
use crate::store::plans::{ActionRow, LinkRow, OwnerRow, PlanRow};
use crate::store::{self};

/// A plan as it stands, every figure computed now.
pub struct PlanView {
    pub group: GroupRow,
    pub plan: PlanRow,
    /// In the plan's order, each top-level action followed by its sub-actions.
    pub actions: Vec<ActionView>,
    pub progress: f64,
}

pub struct ActionView {
    /// The slug of the plan's group.
    pub group: String,
    pub row: ActionRow,
    pub owners: Vec<OwnerRow>,
    /// The linked events, soonest first, and whether each was held.
    pub events: Vec<(LinkRow, bool)>,
    pub targets: Targets,
    pub achieved: Achieved,
    pub progress: Progress,
}

impl ActionView {
    pub fn status(&self) -> ActionStatus {
        ActionStatus::parse(&self.row.status).unwrap_or_default()
    }
}

pub(super) fn not_found() -> AppError {
    AppError::NotFound("This group has no plan yet.".into())
}

/// Whether `viewer` may change the group's plan.
fn edits(viewer: Option<&StaffUser>, group: &GroupRow) -> bool {
    viewer.is_some_and(|s| s.manages_group(group.id))
}

pub(super) fn managed(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
) -> Result<GroupRow, AppError> {
    crate::ops::members::managed_group(conn, staff, slug)
}

/// The plan of a group: anyone once adopted, its staff always.
pub fn read(
    conn: &mut DbConnection,
    viewer: Option<&StaffUser>,
    slug: &str,
    now: DateTime<Utc>,
) -> Result<PlanView, AppError> {
    let (group, plan) = readable_plan(conn, viewer, slug)?;
    view(conn, group, plan, now)
}

/// The plan, if the group has one, for pages that show it only when there.
pub fn read_if_any(
    conn: &mut DbConnection,
    viewer: Option<&StaffUser>,
    slug: &str,
    now: DateTime<Utc>,
) -> Result<Option<PlanView>, AppError> {
    match read(conn, viewer, slug, now) {
        Ok(view) => Ok(Some(view)),
        Err(AppError::NotFound(_)) => Ok(None),
        Err(other) => Err(other),
    }
}

pub(super) fn view(
    conn: &mut DbConnection,
    group: GroupRow,
    plan: PlanRow,
    now: DateTime<Utc>,
) -> Result<PlanView, AppError> {
    let rows = store::plans::actions(conn, plan.id)?;
    let mut owners: HashMap<i64, Vec<OwnerRow>> = HashMap::new();
    for owner in store::plans::owners(conn, plan.id)? {
        owners.entry(owner.action_id).or_default().push(owner);
    }
    let held = |link: &LinkRow| {
        link.status == EventStatus::Published.as_str() && link.ends_at < now.naive_utc()
    };
    let mut links: HashMap<i64, Vec<(LinkRow, bool)>> = HashMap::new();
    let mut held_ids = Vec::new();
    for link in store::plans::links(conn, plan.id)? {
        let was_held = held(&link);
        if was_held {
            held_ids.push(link.event_id);
        }
        links
            .entry(link.action_id)
            .or_default()
            .push((link, was_held));
    }
    held_ids.sort_unstable();
    held_ids.dedup();
    let mut attended: HashMap<i64, Vec<(String, String, String)>> = HashMap::new();
    for (event, email, organisation, country) in store::plans::attended(conn, &held_ids)? {
        attended
            .entry(event)
            .or_default()
            .push((email, organisation, country));
    }
    let mut views: Vec<ActionView> = rows
        .into_iter()
        .map(|row| {
            let events = links.remove(&row.id).unwrap_or_default();
            let attendees: Vec<Attendee<'_>> = events
                .iter()
                .filter(|(_, held)| *held)
                .flat_map(|(link, _)| attended.get(&link.event_id).into_iter().flatten())
                .map(|(email, organisation, country)| Attendee {
                    email_key: email,
                    organisation,
                    country,
                })
                .collect();
            let held_count = events.iter().filter(|(_, held)| *held).count() as u32;
            let achieved = Achieved::of(held_count, &attendees);
            ActionView {
                group: group.slug.clone(),
                targets: targets_of(&row),
                owners: owners.remove(&row.id).unwrap_or_default(),
                achieved,
                events,
                progress: Progress {
                    value: 0.0,
                    manual: false,
                    reason: None,
                },
                row,
            }
        })
        .collect();
    // Sub-actions first, so that a parent without targets takes their mean.
    let order: Vec<usize> = (0..views.len())
        .filter(|&i| views[i].row.parent_id.is_some())
        .chain((0..views.len()).filter(|&i| views[i].row.parent_id.is_none()))
        .collect();
    for i in order {
        let children: Vec<f64> = views
            .iter()
            .filter(|c| c.row.parent_id == Some(views[i].row.id))
            .filter(|c| c.status() != ActionStatus::Dropped)
            .map(|c| c.progress.value)
            .collect();
        let action = &views[i];
        let progress = match (action.row.progress_manual, &action.row.progress_reason) {
            (Some(value), reason) => Progress {
                value,
                manual: true,
                reason: reason.clone(),
            },
            (None, _) => Progress {
                value: plans::rounded(plans::computed(&ProgressInputs {
                    targets: action.targets,
                    achieved: action.achieved,
                    linked: action.events.len() as u32,
                    children: &children,
                })),
                manual: false,
                reason: None,
            },
        };
        views[i].progress = progress;
    }
    let top: Vec<(ActionStatus, f64)> = views
        .iter()
        .filter(|a| a.row.parent_id.is_none())
        .map(|a| (a.status(), a.progress.value))
        .collect();
    let progress = plans::rounded(plans::plan_progress(&top));
    Ok(PlanView {
        group,
        plan,
        actions: in_plan_order(views),
        progress,
    })
}

/// Each top-level action followed by its sub-actions, by position.
fn in_plan_order(views: Vec<ActionView>) -> Vec<ActionView> {
    let (top, mut subs): (Vec<_>, Vec<_>) =
        views.into_iter().partition(|a| a.row.parent_id.is_none());
    let mut ordered = Vec::new();
    for action in top {
        let id = action.row.id;
        ordered.push(action);
        let mut i = 0;
        while i < subs.len() {
            if subs[i].row.parent_id == Some(id) {
                ordered.push(subs.remove(i));
            } else {
                i += 1;
            }
        }
    }
    ordered
}

pub(super) fn targets_of(row: &ActionRow) -> Targets {
    let t = |v: Option<i32>| v.and_then(|v| u32::try_from(v).ok());
    Targets {
        events: t(row.target_events),
        participants: t(row.target_participants),
        organisations: t(row.target_organisations),
        countries: t(row.target_countries),
    }
}

pub(super) fn audit(
    conn: &mut DbConnection,
    staff: &StaffUser,
    group: &GroupRow,
    action: &str,
    subject: String,
    detail: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let about = About::group(group.id);
    crate::ops::audit::record(conn, staff, about, action, &subject, detail, now)
}

/// Sets the plan's title and summary, creating the plan when the group has none.
pub fn put(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
    input: PlanInput,
    now: DateTime<Utc>,
) -> Result<PlanView, AppError> {
    write_transaction(conn, |conn| {
        let group = managed(conn, staff, slug)?;
        let (title, summary) = input.parse().map_err(AppError::invalid)?;
        let at = now.naive_utc();
        let plan = match store::plans::find_for_group(conn, group.id)? {
            Some(plan) => {
                store::plans::update_text(conn, plan.id, &title, &summary, at)?;
                plan
            }
            None => store::plans::insert(conn, group.id, &title, &summary, at)?,
        };
        audit(
            conn,
            staff,
            &group,
            "plan.change",
            format!("plan of group {slug}"),
            Some(&title),
            now,
        )?;
        let plan = store::plans::find_for_group(conn, group.id)?.unwrap_or(plan);
        view(conn, group, plan, now)
    })
}

/// The adopted versions of a group's plan, newest first, for whoever may read it.
pub fn versions(
    conn: &mut DbConnection,
    viewer: Option<&StaffUser>,
    slug: &str,
) -> Result<Vec<(i32, chrono::NaiveDateTime)>, AppError> {
    let (_, plan) = readable_plan(conn, viewer, slug)?;
    Ok(store::plans::versions(conn, plan.id)?)
}

/// One adopted version as it was frozen.
pub fn version(
    conn: &mut DbConnection,
    viewer: Option<&StaffUser>,
    slug: &str,
    number: i32,
) -> Result<String, AppError> {
    let (_, plan) = readable_plan(conn, viewer, slug)?;
    store::plans::version(conn, plan.id, number)?
        .ok_or_else(|| AppError::NotFound("This plan has no such version.".into()))
}

/// The group and its plan, if `viewer` may read it (adopted, or theirs to edit).
fn readable_plan(
    conn: &mut DbConnection,
    viewer: Option<&StaffUser>,
    slug: &str,
) -> Result<(GroupRow, PlanRow), AppError> {
    let group = crate::ops::groups::find(conn, slug)?;
    let plan = store::plans::find_for_group(conn, group.id)?.ok_or_else(not_found)?;
    if plan.version == 0 && !edits(viewer, &group) {
        return Err(not_found());
    }
    Ok((group, plan))
}

/// The key actions an event serves, for its page: (action id, title), when the
/// plan may be read by `viewer` (adopted, or theirs to edit).
pub fn serving(
    conn: &mut DbConnection,
    viewer: Option<&StaffUser>,
    group: &GroupRow,
    event_id: i64,
) -> Result<Vec<(i64, String)>, AppError> {
    let Some(plan) = store::plans::find_for_group(conn, group.id)? else {
        return Ok(Vec::new());
    };
    if plan.version == 0 && !edits(viewer, group) {
        return Ok(Vec::new());
    }
    Ok(store::plans::actions_of_event(conn, event_id)?)
}

/// What the staff pages of a plan show: the plan (if any), its versions and the
/// group's events to link.
pub struct Editor {
    pub group: GroupRow,
    pub plan: Option<PlanView>,
    pub versions: Vec<(i32, chrono::NaiveDateTime)>,
    pub events: Vec<(
        i64,
        String,
        chrono::NaiveDateTime,
        chrono::NaiveDateTime,
        String,
    )>,
}

pub fn editor(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
    now: DateTime<Utc>,
) -> Result<Editor, AppError> {
    let group = managed(conn, staff, slug)?;
    let events = store::plans::events_of_group(conn, group.id)?;
    let Some(plan) = store::plans::find_for_group(conn, group.id)? else {
        return Ok(Editor {
            group,
            plan: None,
            versions: Vec::new(),
            events,
        });
    };
    let versions = store::plans::versions(conn, plan.id)?;
    let plan = view(conn, group.clone(), plan, now)?;
    Ok(Editor {
        group,
        plan: Some(plan),
        versions,
        events,
    })
}

/// The key actions of the group's plan as the event form offers them: (id, title,
/// sub-action?), in the plan's order; none while the group has no plan.
pub fn titles(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
) -> Result<Vec<(i64, String, bool)>, AppError> {
    let group = managed(conn, staff, slug)?;
    let Some(plan) = store::plans::find_for_group(conn, group.id)? else {
        return Ok(Vec::new());
    };
    let rows = store::plans::actions(conn, plan.id)?;
    let mut ordered = Vec::new();
    for top in rows.iter().filter(|a| a.parent_id.is_none()) {
        ordered.push((top.id, top.title.clone(), false));
        for sub in rows.iter().filter(|a| a.parent_id == Some(top.id)) {
            ordered.push((sub.id, sub.title.clone(), true));
        }
    }
    Ok(ordered)
}
