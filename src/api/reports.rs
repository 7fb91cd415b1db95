//! `/api/v1/organisations` and `/api/v1/reports`: organisations counted once,
//! the participation report with the rows behind it, and frozen snapshots.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::api::ApiJson;
use crate::domain::reports::SnapshotInput;
use crate::error::{AppError, ErrorBody};
use crate::ops::organisations::{self, MergeInput, Organisation};
use crate::ops::report_snapshots::{self, Snapshot};
use crate::ops::reports::{self, ParticipationReport};
use crate::web::auth::ApiStaff;
use crate::web::query::{pairs, report_query};
use crate::web::AppState;

#[derive(Debug, Deserialize, IntoParams)]
pub struct OrganisationSearch {
    /// Part of the name or of an alias (case, spacing and punctuation do not matter)
    pub q: Option<String>,
}

/// Organisations by name (at most 200), with their aliases and participations.
#[utoipa::path(get, path = "/api/v1/organisations", params(OrganisationSearch), security(("bearer" = [])), responses(
    (status = 200, body = [Organisation]), (status = 401, body = ErrorBody),
))]
pub async fn list_organisations(
    state: web::Data<AppState>,
    staff: ApiStaff,
    query: web::Query<OrganisationSearch>,
) -> Result<HttpResponse, AppError> {
    let q = query.into_inner().q.unwrap_or_default();
    let found = state
        .db
        .read(move |conn| organisations::search(conn, &staff.0, &q))
        .await?;
    Ok(HttpResponse::Ok().json(found))
}

/// Makes the organisation an alias of `into`: its registrations and members
/// count for `into`, and its spelling is matched to `into` from now on.
#[utoipa::path(post, path = "/api/v1/organisations/{id}/merge", params(("id" = i64, Path, description = "the organisation that becomes an alias")), request_body = MergeInput, security(("bearer" = [])), responses(
    (status = 200, body = Organisation), (status = 401, body = ErrorBody),
    (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
))]
pub async fn merge_organisation(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
    body: ApiJson<MergeInput>,
) -> Result<HttpResponse, AppError> {
    let into = body
        .0
        .into
        .ok_or_else(|| AppError::invalid_field("into", "is required"))?;
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    let merged = state
        .db
        .write(move |conn| organisations::merge(conn, &staff.0, id, into, now))
        .await?;
    Ok(HttpResponse::Ok().json(merged))
}

/// The query of every report operation.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // Read by `report_query`: `group` repeats, which serde cannot read.
pub struct ReportParams {
    /// The first day, `YYYY-MM-DD`
    pub from: String,
    /// The last day, `YYYY-MM-DD` (included)
    pub to: String,
    /// A group's slug; repeat for several; leave out for every group you may see
    pub group: Option<Vec<String>>,
}

/// The participation report of the period (CONTRACT.md, "Organisations and reports").
#[utoipa::path(get, path = "/api/v1/reports/participation", params(ReportParams), security(("bearer" = [])), responses(
    (status = 200, body = ParticipationReport), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn participation(
    state: web::Data<AppState>,
    staff: ApiStaff,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (query, now) = (report_query(&pairs(&req))?, chrono::Utc::now());
    let report = reports::participation_now(&state.db, &staff.0, &query, now).await?;
    Ok(HttpResponse::Ok().json(report))
}

/// One row per confirmed registration behind the figures (audited: it names people).
#[utoipa::path(get, path = "/api/v1/reports/participation.csv", params(ReportParams), security(("bearer" = [])), responses(
    (status = 200, content_type = "text/csv", body = String), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn participation_csv(
    state: web::Data<AppState>,
    staff: ApiStaff,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (query, now) = (report_query(&pairs(&req))?, chrono::Utc::now());
    let file = state
        .db
        .write(move |conn| crate::ops::report_rows::csv(conn, &staff.0, &query, now))
        .await?;
    Ok(crate::web::respond::csv_download(file))
}

/// The report as an XLSX workbook: the figures, one sheet per breakdown, the
/// events and the rows behind them (audited).
#[utoipa::path(get, path = "/api/v1/reports/participation.xlsx", params(ReportParams), security(("bearer" = [])), responses(
    (status = 200, content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body = String),
    (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn participation_xlsx(
    state: web::Data<AppState>,
    staff: ApiStaff,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (query, now) = (report_query(&pairs(&req))?, chrono::Utc::now());
    let file = state
        .db
        .write(move |conn| crate::ops::report_rows::workbook(conn, &staff.0, &query, now))
        .await?;
    Ok(crate::web::respond::xlsx_download(file))
}

/// The evidence pack of the period, streamed: a summary of the figures and, per
/// held event, its attendance list, attendance sheet, agenda and files (audited).
#[utoipa::path(get, path = "/api/v1/reports/evidence.zip", params(ReportParams), security(("bearer" = [])), responses(
    (status = 200, content_type = "application/zip", body = String), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn evidence(
    state: web::Data<AppState>,
    staff: ApiStaff,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (query, now) = (report_query(&pairs(&req))?, chrono::Utc::now());
    let language = staff.0.language.unwrap_or_default();
    crate::web::stream::evidence_pack(&state, staff.0, query, language, now).await
}

/// Freezes the report of the period under a label.
#[utoipa::path(post, path = "/api/v1/reports/snapshots", request_body = SnapshotInput, security(("bearer" = [])), responses(
    (status = 201, body = Snapshot), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
))]
pub async fn create_snapshot(
    state: web::Data<AppState>,
    staff: ApiStaff,
    body: ApiJson<SnapshotInput>,
) -> Result<HttpResponse, AppError> {
    let new = body.0.parse().map_err(AppError::invalid)?;
    let now = chrono::Utc::now();
    let snapshot = state
        .db
        .write(move |conn| report_snapshots::create(conn, &staff.0, &new, now))
        .await?;
    Ok(HttpResponse::Created().json(snapshot))
}

/// A frozen report, unchanged by later edits or erasures.
#[utoipa::path(get, path = "/api/v1/reports/snapshots/{id}", params(("id" = i64, Path, description = "the snapshot")), security(("bearer" = [])), responses(
    (status = 200, body = Snapshot), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn get_snapshot(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let snapshot = state
        .db
        .read(move |conn| report_snapshots::read(conn, &staff.0, id))
        .await?;
    Ok(HttpResponse::Ok().json(snapshot))
}
