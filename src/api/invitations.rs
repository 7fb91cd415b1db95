//! `/api/v1/events/{id}/invitations`: inviting people, and who was invited.

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::api::ApiJson;
use crate::domain::{EmailAddress, FieldErrors};
use crate::error::AppError;
use crate::ops::invitations::{self, InvitationStatus, InviteReport, Invitees};
use crate::web::auth::ApiStaff;
use crate::web::AppState;

/// Largest invitation request, in bytes (a list of some 40,000 addresses).
pub const INVITE_LIMIT: usize = 2 * 1024 * 1024;

#[derive(Deserialize, ToSchema, Default)]
pub struct InviteRequest {
    /// "group": every member of the event's group
    pub to: Option<String>,
    /// Or these addresses
    pub emails: Option<Vec<String>>,
    /// Send again to addresses invited before
    pub resend: Option<bool>,
}

impl InviteRequest {
    fn parse(self) -> Result<(Invitees, bool), AppError> {
        let mut errors = FieldErrors::new();
        let invitees = match (self.to.as_deref(), self.emails) {
            (Some("group"), None) => Some(Invitees::Group),
            (None, Some(list)) if !list.is_empty() => {
                let parsed: Vec<Option<EmailAddress>> = list
                    .iter()
                    .enumerate()
                    .map(|(i, raw)| errors.check(&format!("emails[{i}]"), EmailAddress::parse(raw)))
                    .collect();
                parsed
                    .into_iter()
                    .collect::<Option<Vec<_>>>()
                    .map(Invitees::Addresses)
            }
            (Some(other), None) => {
                errors.add("to", format!("must be \"group\", not {other:?}"));
                None
            }
            _ => {
                errors.add(
                    "to",
                    "give either \"to\": \"group\" or a non-empty \"emails\" list",
                );
                None
            }
        };
        match invitees {
            Some(invitees) if errors.is_empty() => Ok((invitees, self.resend.unwrap_or(false))),
            _ => Err(AppError::invalid(errors)),
        }
    }
}

/// Invites the group's members or a list of addresses. Each gets one email in
/// their language; addresses invited before are skipped unless `resend`, and so
/// are members who unsubscribed.
#[utoipa::path(post, path = "/api/v1/events/{id}/invitations", request_body = InviteRequest, security(("bearer" = [])), responses(
    (status = 202, body = InviteReport), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
    (status = 409, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody),
))]
pub async fn invite(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
    body: ApiJson<InviteRequest>,
) -> Result<HttpResponse, AppError> {
    let parsed = body.0.parse();
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    let report = state
        .write_and_send(move |conn, composer| {
            // Who may, before what is wrong with the body.
            crate::ops::event_view::managed(conn, &staff.0, id)?;
            let (invitees, resend) = parsed?;
            invitations::invite(conn, composer, &staff.0, id, invitees, resend, now)
        })
        .await?;
    Ok(HttpResponse::Accepted().json(report))
}

/// Who was invited, and who registered or declined.
#[utoipa::path(get, path = "/api/v1/events/{id}/invitations", security(("bearer" = [])), responses(
    (status = 200, body = [InvitationStatus]), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
))]
pub async fn list(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let (_, statuses) = state
        .db
        .read(move |conn| invitations::list(conn, &staff.0, id))
        .await?;
    Ok(HttpResponse::Ok().json(statuses))
}
