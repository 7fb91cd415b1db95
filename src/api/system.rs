//! Health, metrics and the OpenAPI document.

use actix_web::{web, HttpResponse};
use utoipa::OpenApi;

use crate::error::AppError;
use crate::web::AppState;

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

/// The Prometheus text; with CLUSTERCORD_METRICS_TOKEN set, only for its bearer.
pub async fn metrics(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    if let Some(expected) = &state.config.metrics_token {
        use secrecy::ExposeSecret;
        use subtle::ConstantTimeEq;
        let given = crate::web::auth::bearer_token(&req).unwrap_or_default();
        let same: bool = given
            .as_bytes()
            .ct_eq(expected.expose_secret().as_bytes())
            .into();
        if !same {
            return Err(AppError::Unauthorized(
                "Send Authorization: Bearer with the metrics token.".into(),
            ));
        }
    }
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
