//! A plan as a document: what `GET .../plan` answers, and what adoption freezes
//! as a version (the same shape, so that a version reads like the plan did).

use serde::Serialize;
use utoipa::ToSchema;

use chrono::{DateTime, Utc};

use crate::db::{write_transaction, DbConnection};
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::ops::plans::{self, ActionView, PlanView};
use crate::store::{self};

#[derive(Serialize, ToSchema)]
pub struct OwnerResponse {
    pub organisation: String,
    pub country: String,
}

#[derive(Serialize, ToSchema)]
pub struct CountsResponse {
    pub events: Option<u32>,
    pub participants: Option<u32>,
    pub organisations: Option<u32>,
    pub countries: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct ProgressResponse {
    /// 0 to 1
    pub value: f64,
    /// computed or manual
    pub basis: &'static str,
    pub reason: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ActionResponse {
    pub id: i64,
    pub group: String,
    pub parent_id: Option<i64>,
    pub title: String,
    pub description: String,
    /// YYYY-MM-DD
    pub due: Option<String>,
    /// planned, in_progress, done or dropped
    pub status: String,
    pub owners: Vec<OwnerResponse>,
    pub targets: CountsResponse,
    /// The linked events of the group
    pub events: Vec<i64>,
    /// What the linked events that were held achieved
    pub achieved: CountsResponse,
    pub progress: ProgressResponse,
}

#[derive(Serialize, ToSchema)]
pub struct PlanResponse {
    pub group: String,
    pub title: String,
    pub summary: String,
    /// draft or adopted
    pub status: String,
    pub version: i32,
    pub adopted_at: Option<String>,
    /// The mean over the top-level actions that are not dropped
    pub progress: f64,
    pub actions: Vec<ActionResponse>,
}

#[derive(Serialize, ToSchema)]
pub struct VersionResponse {
    pub version: i32,
    pub adopted_at: String,
}

impl ActionResponse {
    pub fn of(action: &ActionView) -> Self {
        let row = &action.row;
        let achieved = action.achieved;
        ActionResponse {
            id: row.id,
            group: action.group.clone(),
            parent_id: row.parent_id,
            title: row.title.clone(),
            description: row.description.clone(),
            due: row.due.clone(),
            status: row.status.clone(),
            owners: action
                .owners
                .iter()
                .map(|o| OwnerResponse {
                    organisation: o.organisation.clone(),
                    country: o.country.clone(),
                })
                .collect(),
            targets: CountsResponse {
                events: action.targets.events,
                participants: action.targets.participants,
                organisations: action.targets.organisations,
                countries: action.targets.countries,
            },
            events: action.events.iter().map(|(l, _)| l.event_id).collect(),
            achieved: CountsResponse {
                events: Some(achieved.events),
                participants: Some(achieved.participants),
                organisations: Some(achieved.organisations),
                countries: Some(achieved.countries),
            },
            progress: ProgressResponse {
                value: action.progress.value,
                basis: if action.progress.manual {
                    "manual"
                } else {
                    "computed"
                },
                reason: action.progress.reason.clone(),
            },
        }
    }
}

impl From<&PlanView> for PlanResponse {
    fn from(view: &PlanView) -> Self {
        let slug = &view.group.slug;
        PlanResponse {
            group: slug.clone(),
            title: view.plan.title.clone(),
            summary: view.plan.summary.clone(),
            status: view.plan.status.clone(),
            version: view.plan.version,
            adopted_at: view.plan.adopted_at.map(|t| t.and_utc().to_rfc3339()),
            progress: view.progress,
            actions: view.actions.iter().map(ActionResponse::of).collect(),
        }
    }
}

/// The plan as it is frozen at adoption: as the API shows it, adopted.
pub fn snapshot(view: &PlanView, version: i32, now: chrono::DateTime<chrono::Utc>) -> String {
    let mut frozen = PlanResponse::from(view);
    frozen.status = "adopted".into();
    frozen.version = version;
    frozen.adopted_at = Some(now.to_rfc3339());
    serde_json::to_string(&frozen).unwrap_or_default()
}

/// Freezes the plan as it stands as version N+1.
pub fn adopt(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
    now: DateTime<Utc>,
) -> Result<PlanView, AppError> {
    write_transaction(conn, |conn| {
        let group = plans::managed(conn, staff, slug)?;
        let plan = store::plans::find_for_group(conn, group.id)?.ok_or_else(plans::not_found)?;
        let current = plans::view(conn, group.clone(), plan.clone(), now)?;
        let frozen = snapshot(&current, plan.version + 1, now);
        let version = store::plans::adopt(conn, &plan, staff.id, &frozen, now.naive_utc())?;
        let subject = format!("plan of group {slug}");
        plans::audit(
            conn,
            staff,
            &group,
            "plan.adopt",
            subject,
            Some(&format!("version {version}")),
            now,
        )?;
        let plan = store::plans::find_for_group(conn, group.id)?.ok_or_else(plans::not_found)?;
        plans::view(conn, group, plan, now)
    })
}
