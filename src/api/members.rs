//! `/api/v1/groups/{slug}/members`: a group's mailing list, for its staff.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::ApiJson;
use crate::domain::people::MemberInput;
use crate::error::AppError;
use crate::ops::member_import::{self, ImportReport};
use crate::ops::members::{self, Saved};
use crate::store::members::MemberRow;
use crate::web::auth::ApiStaff;
use crate::web::AppState;

/// Largest CSV import, in bytes (about 40,000 members).
pub const IMPORT_LIMIT: usize = 5 * 1024 * 1024;

#[derive(Serialize, ToSchema)]
pub struct MemberResponse {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub country: String,
    pub language: String,
    pub organisation_kind: Option<String>,
    pub unsubscribed: bool,
}

impl From<MemberRow> for MemberResponse {
    fn from(m: MemberRow) -> Self {
        MemberResponse {
            id: m.id,
            name: m.name,
            email: m.email,
            organisation: m.organisation,
            country: m.country,
            language: m.language,
            organisation_kind: m.organisation_kind,
            unsubscribed: m.unsubscribed_at.is_some(),
        }
    }
}

/// The group's mailing list (staff of the group).
#[utoipa::path(get, path = "/api/v1/groups/{slug}/members", params(("slug" = String, Path, description = "the group's slug")), security(("bearer" = [])), responses(
    (status = 200, body = [MemberResponse]), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
))]
pub async fn list(
    state: web::Data<AppState>,
    staff: ApiStaff,
    slug: web::Path<crate::domain::Slug>,
) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let (_, rows) = state
        .db
        .read(move |conn| members::list(conn, &staff.0, &slug))
        .await?;
    Ok(HttpResponse::Ok().json(
        rows.into_iter()
            .map(MemberResponse::from)
            .collect::<Vec<_>>(),
    ))
}

/// Adds a member; 201 when new, 200 (with the entry updated) when the address is
/// on the list already.
#[utoipa::path(post, path = "/api/v1/groups/{slug}/members", params(("slug" = String, Path, description = "the group's slug")), request_body = MemberInput, security(("bearer" = [])), responses(
    (status = 201, body = MemberResponse), (status = 200, body = MemberResponse),
    (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
    (status = 404, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody),
))]
pub async fn add(
    state: web::Data<AppState>,
    staff: ApiStaff,
    slug: web::Path<crate::domain::Slug>,
    body: ApiJson<MemberInput>,
) -> Result<HttpResponse, AppError> {
    let member = body.0.parse().map_err(AppError::invalid);
    let (slug, now) = (slug.into_inner(), chrono::Utc::now());
    let saved = state
        .db
        .write(move |conn| {
            // Who may, before what is wrong with the body: another group's
            // coordinator learns nothing from this route.
            members::managed_group(conn, &staff.0, &slug)?;
            members::add(conn, &staff.0, &slug, member?, now)
        })
        .await?;
    Ok(match saved {
        Saved::Created(row) => HttpResponse::Created().json(MemberResponse::from(row)),
        Saved::Updated(row) => HttpResponse::Ok().json(MemberResponse::from(row)),
    })
}

/// Removes a member from the list.
#[utoipa::path(delete, path = "/api/v1/groups/{slug}/members/{id}", params(("slug" = String, Path, description = "the group's slug"), ("id" = i64, Path, description = "the member's id")), security(("bearer" = [])), responses(
    (status = 204), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
))]
pub async fn remove(
    state: web::Data<AppState>,
    staff: ApiStaff,
    path: web::Path<(crate::domain::Slug, i64)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    state
        .db
        .write(move |conn| members::remove(conn, &staff.0, &slug, id, chrono::Utc::now()))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Imports members from CSV (columns name, email, organisation, country, language,
/// organisation_kind; a header row). Rows with bad values are reported with their
/// line; a file that is not CSV is refused whole.
#[utoipa::path(post, path = "/api/v1/groups/{slug}/members/import", params(("slug" = String, Path, description = "the group's slug")), request_body(content = String, content_type = "text/csv"),
    security(("bearer" = [])), responses(
    (status = 200, body = ImportReport), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 413, body = crate::error::ErrorBody),
    (status = 415, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody),
))]
pub async fn import(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: ApiStaff,
    slug: web::Path<crate::domain::Slug>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    require_csv(&req)?;
    let (slug, now) = (slug.into_inner(), chrono::Utc::now());
    let report = member_import::import_csv(&state.db, &staff.0, &slug, &body, now).await?;
    Ok(HttpResponse::Ok().json(report))
}

/// Imports take CSV (or plain text) and nothing else.
pub fn require_csv(req: &HttpRequest) -> Result<(), AppError> {
    let is_csv = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/csv") || v.starts_with("text/plain"));
    if is_csv {
        Ok(())
    } else {
        Err(AppError::UnsupportedMediaType(
            "Send the file with Content-Type: text/csv.".into(),
        ))
    }
}

/// The mailing list as CSV, in the import's columns.
#[utoipa::path(get, path = "/api/v1/groups/{slug}/members.csv", params(("slug" = String, Path, description = "the group's slug")), security(("bearer" = [])), responses(
    (status = 200, content_type = "text/csv", body = String), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody),
))]
pub async fn export(
    state: web::Data<AppState>,
    staff: ApiStaff,
    slug: web::Path<crate::domain::Slug>,
) -> Result<HttpResponse, AppError> {
    let (slug, now) = (slug.into_inner(), chrono::Utc::now());
    let file = state
        .db
        .write(move |conn| crate::ops::exports::members(conn, &staff.0, &slug, now))
        .await?;
    Ok(crate::web::respond::csv_download(file))
}
