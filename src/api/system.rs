//! Health, metrics and the OpenAPI document.

use actix_web::{web, HttpResponse};
use utoipa::OpenApi;

use crate::error::AppError;
use crate::startup::AppState;

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct HealthResponse {
    status: &'static str,
}

/// 200 while the database answers, else 503.
#[utoipa::path(get, path = "/health", responses(
    (status = 200, body = HealthResponse),
    (status = 503, body = crate::error::ErrorBody),
))]
pub async fn health(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    state
        .db
        .ping()
        .await
        .map_err(|e| AppError::Unavailable(format!("database: {e}")))?;
    Ok(HttpResponse::Ok().json(HealthResponse { status: "ok" }))
}

pub async fn metrics(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let counts = state
        .db
        .read(|conn| Ok::<_, AppError>(crate::store::outbox::count_by_status(conn)?))
        .await?;
    state.metrics.set_outbox(&counts);
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(state.metrics.render()))
}

pub async fn openapi() -> HttpResponse {
    HttpResponse::Ok().json(super::ApiDoc::openapi())
}
