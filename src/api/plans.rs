//! `/api/v1/groups/{slug}/plan` and `/api/v1/actions/{id}`: a group's strategic
//! plan, its key actions and the versions frozen at each adoption.

use actix_web::{http::StatusCode, web, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::ApiJson;
use crate::domain::plans::{ActionInput, PlanInput};
use crate::domain::Slug;
use crate::error::{AppError, ErrorBody};
use crate::ops::plans::{self, ActionView, PlanView};
use crate::web::auth::{ApiStaff, OptionalApiStaff};
use crate::web::AppState;

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

/// A group's plan with every action's progress: anyone once it is adopted, the
/// group's staff always.
#[utoipa::path(get, path = "/api/v1/groups/{slug}/plan", responses(
    (status = 200, body = PlanResponse), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn get_plan(
    state: web::Data<AppState>,
    staff: OptionalApiStaff,
    slug: web::Path<Slug>,
) -> Result<HttpResponse, AppError> {
    let (slug, now) = (slug.into_inner(), chrono::Utc::now());
    let view = state
        .db
        .read(move |conn| plans::read(conn, staff.0.as_ref(), &slug, now))
        .await?;
    Ok(HttpResponse::Ok().json(PlanResponse::from(&view)))
}

/// Sets the plan's title and summary; creates the plan when the group has none.
#[utoipa::path(put, path = "/api/v1/groups/{slug}/plan", request_body = PlanInput, security(("bearer" = [])), responses(
    (status = 200, body = PlanResponse), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
))]
pub async fn put_plan(
    state: web::Data<AppState>,
    staff: ApiStaff,
    slug: web::Path<Slug>,
    body: ApiJson<PlanInput>,
) -> Result<HttpResponse, AppError> {
    let (slug, now, input) = (slug.into_inner(), chrono::Utc::now(), body.0);
    let view = state
        .db
        .write(move |conn| plans::put(conn, &staff.0, &slug, input, now))
        .await?;
    Ok(HttpResponse::Ok().json(PlanResponse::from(&view)))
}

/// Freezes the plan as its next numbered version.
#[utoipa::path(post, path = "/api/v1/groups/{slug}/plan/adopt", security(("bearer" = [])), responses(
    (status = 200, body = PlanResponse), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn adopt_plan(
    state: web::Data<AppState>,
    staff: ApiStaff,
    slug: web::Path<Slug>,
) -> Result<HttpResponse, AppError> {
    let (slug, now) = (slug.into_inner(), chrono::Utc::now());
    let view = state
        .db
        .write(move |conn| plans::adopt(conn, &staff.0, &slug, snapshot, now))
        .await?;
    Ok(HttpResponse::Ok().json(PlanResponse::from(&view)))
}

/// The adopted versions, newest first.
#[utoipa::path(get, path = "/api/v1/groups/{slug}/plan/versions", responses(
    (status = 200, body = [VersionResponse]), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn list_versions(
    state: web::Data<AppState>,
    staff: OptionalApiStaff,
    slug: web::Path<Slug>,
) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let versions = state
        .db
        .read(move |conn| plans::versions(conn, staff.0.as_ref(), &slug))
        .await?;
    let body: Vec<VersionResponse> = versions
        .into_iter()
        .map(|(version, at)| VersionResponse {
            version,
            adopted_at: at.and_utc().to_rfc3339(),
        })
        .collect();
    Ok(HttpResponse::Ok().json(body))
}

/// The plan as it was adopted as version `n`, unchanged by later edits.
#[utoipa::path(get, path = "/api/v1/groups/{slug}/plan/versions/{n}", responses(
    (status = 200, body = PlanResponse), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn get_version(
    state: web::Data<AppState>,
    staff: OptionalApiStaff,
    path: web::Path<(Slug, i32)>,
) -> Result<HttpResponse, AppError> {
    let (slug, n) = path.into_inner();
    let frozen = state
        .db
        .read(move |conn| plans::version(conn, staff.0.as_ref(), &slug, n))
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .body(frozen))
}

/// Adds a key action to the group's plan.
#[utoipa::path(post, path = "/api/v1/groups/{slug}/plan/actions", request_body = ActionInput, security(("bearer" = [])), responses(
    (status = 201, body = ActionResponse), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
))]
pub async fn add_action(
    state: web::Data<AppState>,
    staff: ApiStaff,
    slug: web::Path<Slug>,
    body: ApiJson<ActionInput>,
) -> Result<HttpResponse, AppError> {
    let (slug, now, input) = (slug.into_inner(), chrono::Utc::now(), body.0);
    let view = state
        .db
        .write(move |conn| plans::add_action(conn, &staff.0, &slug, input, now))
        .await?;
    Ok(HttpResponse::build(StatusCode::CREATED).json(ActionResponse::of(&view)))
}

/// Changes any field of a key action.
#[utoipa::path(patch, path = "/api/v1/actions/{id}", request_body = ActionInput, security(("bearer" = [])), responses(
    (status = 200, body = ActionResponse), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
))]
pub async fn change_action(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
    body: ApiJson<ActionInput>,
) -> Result<HttpResponse, AppError> {
    let (id, now, input) = (id.into_inner(), chrono::Utc::now(), body.0);
    let view = state
        .db
        .write(move |conn| plans::change_action(conn, &staff.0, id, input, now))
        .await?;
    Ok(HttpResponse::Ok().json(ActionResponse::of(&view)))
}

/// Deletes a key action with its sub-actions.
#[utoipa::path(delete, path = "/api/v1/actions/{id}", security(("bearer" = [])), responses(
    (status = 204), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn delete_action(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    state
        .db
        .write(move |conn| plans::delete_action(conn, &staff.0, id, now))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
