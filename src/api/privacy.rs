//! Erasing a person's data on request, for administrators.

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use super::ApiJson;
use crate::domain::EmailAddress;
use crate::error::AppError;
use crate::ops::privacy::{self, Erased};
use crate::web::auth::ApiStaff;
use crate::web::AppState;

#[derive(Deserialize, ToSchema)]
pub struct EraseRequest {
    /// The person's address, in any letter case
    #[schema(required = true)]
    pub email: Option<String>,
}

impl EraseRequest {
    fn parse(&self) -> Result<EmailAddress, AppError> {
        EmailAddress::parse(self.email.as_deref().unwrap_or_default())
            .map_err(|e| AppError::invalid_field("email", e.to_string()))
    }
}

/// Erases everything held for an address (admins only): its registrations in
/// every event (seats before an event go to the waiting list), invitations,
/// entries on every group's list, and every message to it. Recorded in the audit
/// log without the address. Erasing an unknown address removes nothing.
#[utoipa::path(post, path = "/api/v1/people/erase", request_body = EraseRequest,
    security(("bearer" = ["admin"])), responses(
    (status = 200, body = Erased), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody),
))]
pub async fn erase(
    state: web::Data<AppState>,
    staff: ApiStaff,
    body: ApiJson<EraseRequest>,
) -> Result<HttpResponse, AppError> {
    let admin = staff.admin()?;
    let email = body.0.parse()?;
    let now = chrono::Utc::now();
    // Seats freed before an event promote someone, who is told by mail.
    let erased: Erased = state
        .write_and_send(move |conn, composer| privacy::erase(conn, composer, &admin, &email, now))
        .await?;
    Ok(HttpResponse::Ok().json(erased))
}
