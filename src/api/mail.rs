//! `/api/v1/mail`: outgoing mail and its delivery state, for staff.

use actix_web::{web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::mail::MailStatus;
use crate::error::AppError;
use crate::store::outbox::OutboxRow;
use crate::web::auth::ApiStaff;
use crate::web::AppState;

#[derive(Deserialize, IntoParams)]
pub struct MailQuery {
    /// pending, sent or failed
    pub status: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct MailResponse {
    pub id: i64,
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub created_at: String,
    pub next_attempt_at: String,
    pub sent_at: Option<String>,
}

impl From<OutboxRow> for MailResponse {
    fn from(row: OutboxRow) -> Self {
        MailResponse {
            id: row.id,
            kind: row.kind,
            recipient: row.recipient,
            subject: row.subject,
            status: row.status,
            attempts: row.attempts,
            last_error: row.last_error,
            created_at: row.created_at.and_utc().to_rfc3339(),
            next_attempt_at: row.next_attempt_at.and_utc().to_rfc3339(),
            sent_at: row.sent_at.map(|t| t.and_utc().to_rfc3339()),
        }
    }
}

/// The latest 500 outgoing messages, newest first: all for admins, those about
/// their groups' events for coordinators.
#[utoipa::path(get, path = "/api/v1/mail", params(MailQuery), security(("bearer" = [])), responses(
    (status = 200, body = [MailResponse]),
    (status = 401, body = crate::error::ErrorBody),
    (status = 422, body = crate::error::ErrorBody),
))]
pub async fn list_mail(
    state: web::Data<AppState>,
    staff: ApiStaff,
    query: web::Query<MailQuery>,
) -> Result<HttpResponse, AppError> {
    let status = match query.into_inner().status.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(s) if MailStatus::parse(s).is_some() => Some(s.to_owned()),
        Some(_) => {
            return Err(AppError::invalid_field(
                "status",
                "must be pending, sent or failed",
            ))
        }
    };
    let rows = state
        .db
        .read(move |conn| {
            let filter = crate::store::outbox::MailFilter {
                status,
                limit: 500,
                ..Default::default()
            };
            crate::ops::mail::visible(conn, &staff.0, filter)
        })
        .await?;
    Ok(HttpResponse::Ok().json(rows.into_iter().map(MailResponse::from).collect::<Vec<_>>()))
}

/// Tries a failed message again, now.
#[utoipa::path(post, path = "/api/v1/mail/{id}/retry", security(("bearer" = [])), responses(
    (status = 200, body = MailResponse), (status = 401, body = crate::error::ErrorBody),
    (status = 404, body = crate::error::ErrorBody), (status = 409, body = crate::error::ErrorBody),
))]
pub async fn retry_mail(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (id, now) = (id.into_inner(), chrono::Utc::now().naive_utc());
    let row = state
        .write_and_send(move |conn, _| crate::ops::mail::retry(conn, &staff.0, id, now))
        .await?;
    Ok(HttpResponse::Ok().json(MailResponse::from(row)))
}
