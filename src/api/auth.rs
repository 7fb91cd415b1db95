//! `/api/v1/auth/tokens`: bearer tokens for staff.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::ApiJson;
use crate::error::AppError;
use crate::ops;
use crate::web::AppState;

#[derive(Deserialize, ToSchema)]
pub struct CreateTokenRequest {
    pub email: String,
    pub password: String,
}

#[derive(Serialize, ToSchema)]
pub struct TokenResponse {
    pub token: String,
    /// RFC 3339, UTC
    pub expires_at: String,
}

/// Exchanges a staff email and password for a bearer token.
#[utoipa::path(post, path = "/api/v1/auth/tokens", request_body = CreateTokenRequest, responses(
    (status = 201, body = TokenResponse),
    (status = 401, body = crate::error::ErrorBody),
    (status = 429, body = crate::error::ErrorBody),
))]
pub async fn create_token(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: ApiJson<CreateTokenRequest>,
) -> Result<HttpResponse, AppError> {
    let client = crate::web::client::of(&req);
    state.rate_limit.check(client)?;
    let CreateTokenRequest { email, password } = body.0;
    state.login_throttle.begin(&email, client)?;
    let user = crate::web::auth::check_credentials(&state, &email, password, client).await?;
    let Some(user) = user else {
        return Err(AppError::Unauthorized(
            "The email or password is wrong.".into(),
        ));
    };
    let now = chrono::Utc::now().naive_utc();
    let lifetime = chrono::TimeDelta::from_std(state.config.token_lifetime)
        .unwrap_or(chrono::TimeDelta::days(30));
    let (token, expires_at) = state
        .db
        .write(move |conn| ops::staff::issue_token(conn, user.id, now, lifetime))
        .await?;
    Ok(HttpResponse::Created().json(TokenResponse {
        token,
        expires_at: expires_at.and_utc().to_rfc3339(),
    }))
}
