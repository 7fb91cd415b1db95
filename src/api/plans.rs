//! `/api/v1/groups/{slug}/plan` and `/api/v1/actions/{id}`: a group's strategic
//! plan, its key actions and the versions frozen at each adoption.

use actix_web::{http::StatusCode, web, HttpResponse};

use crate::api::ApiJson;
use crate::domain::plans::{ActionInput, PlanInput};
use crate::domain::Slug;
use crate::error::{AppError, ErrorBody};
use crate::ops::key_actions;
use crate::ops::plan_document::{self, ActionResponse, PlanResponse, VersionResponse};
use crate::ops::plans;
use crate::web::auth::{ApiStaff, OptionalApiStaff};
use crate::web::AppState;

/// A group's plan with every action's progress: anyone once it is adopted, the
/// group's staff always.
#[utoipa::path(get, path = "/api/v1/groups/{slug}/plan", params(("slug" = String, Path, description = "the group's slug")), responses(
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
#[utoipa::path(put, path = "/api/v1/groups/{slug}/plan", params(("slug" = String, Path, description = "the group's slug")), request_body = PlanInput, security(("bearer" = [])), responses(
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
#[utoipa::path(post, path = "/api/v1/groups/{slug}/plan/adopt", params(("slug" = String, Path, description = "the group's slug")), security(("bearer" = [])), responses(
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
        .write(move |conn| plan_document::adopt(conn, &staff.0, &slug, now))
        .await?;
    Ok(HttpResponse::Ok().json(PlanResponse::from(&view)))
}

/// The adopted versions, newest first.
#[utoipa::path(get, path = "/api/v1/groups/{slug}/plan/versions", params(("slug" = String, Path, description = "the group's slug")), responses(
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
#[utoipa::path(get, path = "/api/v1/groups/{slug}/plan/versions/{n}", params(("slug" = String, Path, description = "the group's slug"), ("n" = i32, Path, description = "the version")), responses(
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
#[utoipa::path(post, path = "/api/v1/groups/{slug}/plan/actions", params(("slug" = String, Path, description = "the group's slug")), request_body = ActionInput, security(("bearer" = [])), responses(
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
        .write(move |conn| key_actions::add_action(conn, &staff.0, &slug, input, now))
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
        .write(move |conn| key_actions::change_action(conn, &staff.0, id, input, now))
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
        .write(move |conn| key_actions::delete_action(conn, &staff.0, id, now))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
