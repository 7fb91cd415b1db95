//! `/api/v1/staff`: staff accounts, for admins; and setting one's password from
//! the link of an invitation.

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::api::ApiJson;
use crate::domain::staff::{AccountInput, AccountPatch};
use crate::domain::Password;
use crate::error::AppError;
use crate::ops::accounts::{self, Account};
use crate::web::auth::ApiStaff;
use crate::web::AppState;

/// Every staff account, active or not (admins only).
#[utoipa::path(get, path = "/api/v1/staff", security(("bearer" = ["admin"])), responses(
    (status = 200, body = [Account]), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody),
))]
pub async fn list_staff(
    state: web::Data<AppState>,
    staff: ApiStaff,
) -> Result<HttpResponse, AppError> {
    let admin = staff.admin()?;
    let accounts = state
        .db
        .read(move |conn| accounts::list(conn, &admin))
        .await?;
    Ok(HttpResponse::Ok().json(accounts))
}

/// Creates an account and mails its holder a link to set their password (single
/// use, valid 7 days). An address that has an account is a 409.
#[utoipa::path(post, path = "/api/v1/staff", request_body = AccountInput, security(("bearer" = ["admin"])), responses(
    (status = 201, body = Account), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 409, body = crate::error::ErrorBody),
    (status = 422, body = crate::error::ErrorBody),
))]
pub async fn invite_staff(
    state: web::Data<AppState>,
    staff: ApiStaff,
    body: ApiJson<AccountInput>,
) -> Result<HttpResponse, AppError> {
    let admin = staff.admin()?;
    let new = body.0.parse().map_err(AppError::invalid)?;
    let now = chrono::Utc::now();
    let account = state
        .write_and_send(move |conn, composer| accounts::invite(conn, composer, &admin, new, now))
        .await?;
    Ok(HttpResponse::Created().json(account))
}

/// Changes an account: `name`, `role`, `groups`, and `"active": false` (sign-in
/// refused, sessions and tokens ended) or `true` again.
#[utoipa::path(patch, path = "/api/v1/staff/{id}", request_body = AccountPatch, security(("bearer" = ["admin"])), responses(
    (status = 200, body = Account), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
    (status = 409, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody),
))]
pub async fn change_staff(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
    body: ApiJson<AccountPatch>,
) -> Result<HttpResponse, AppError> {
    let admin = staff.admin()?;
    let (id, patch, now) = (id.into_inner(), body.0, chrono::Utc::now());
    let account: Account = state
        .db
        .write(move |conn| accounts::change(conn, &admin, id, patch, now))
        .await?;
    Ok(HttpResponse::Ok().json(account))
}

/// Mails the account's holder a new link to set their password (in their
/// account's language): the invitation again, or a way back in after a forgotten
/// password. The links sent before stop working; a disabled account is a 409.
#[utoipa::path(post, path = "/api/v1/staff/{id}/invitation", security(("bearer" = ["admin"])), responses(
    (status = 202, body = Account), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
    (status = 409, body = crate::error::ErrorBody),
))]
pub async fn invite_staff_again(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let admin = staff.admin()?;
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    let account: Account = state
        .write_and_send(move |conn, composer| {
            accounts::invite_again(conn, composer, &admin, id, now)
        })
        .await?;
    Ok(HttpResponse::Accepted().json(account))
}

#[derive(Deserialize, ToSchema)]
pub struct SetPasswordRequest {
    /// The token of the link `{PUBLIC_URL}/staff/password/{token}`
    #[schema(required = true)]
    pub token: Option<String>,
    /// At least 12 characters
    #[schema(required = true)]
    pub password: Option<String>,
}

/// Sets the password of an invited account with the token of its link; the link
/// then no longer works (404).
#[utoipa::path(post, path = "/api/v1/staff/password", request_body = SetPasswordRequest, responses(
    (status = 204), (status = 404, body = crate::error::ErrorBody),
    (status = 422, body = crate::error::ErrorBody),
))]
pub async fn set_password(
    state: web::Data<AppState>,
    body: ApiJson<SetPasswordRequest>,
) -> Result<HttpResponse, AppError> {
    let body = body.0;
    let password = Password::parse(body.password.as_deref().unwrap_or(""))
        .map_err(|e| AppError::invalid_field("password", e.to_string()))?;
    let token = body.token.unwrap_or_default();
    let now = chrono::Utc::now();
    state
        .db
        .write(move |conn| accounts::set_password(conn, &token, password, now))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
