//! The audit log of staff actions, for administrators.

use actix_web::{web, HttpResponse};
use chrono::NaiveDateTime;
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::AppError;
use crate::store::audit::AuditRow;
use crate::web::auth::ApiStaff;
use crate::web::AppState;

// One staff action; named `AuditRow` in the OpenAPI document, as it always was
// (plain comments here: a doc comment would change that document).
#[derive(Serialize, ToSchema)]
#[schema(as = AuditRow)]
pub struct AuditEntry {
    pub id: i64,
    // UTC, without an offset.
    #[schema(value_type = String)]
    pub at: NaiveDateTime,
    pub actor_user_id: Option<i64>,
    pub actor_email: Option<String>,
    pub action: String,
    pub subject: String,
    pub detail: Option<String>,
}

impl From<AuditRow> for AuditEntry {
    fn from(row: AuditRow) -> Self {
        AuditEntry {
            id: row.id,
            at: row.at,
            actor_user_id: row.actor_user_id,
            actor_email: row.actor_email,
            action: row.action,
            subject: row.subject,
            detail: row.detail,
        }
    }
}

/// The newest 500 staff actions (admins only): who changed which event, invited
/// whom, exported what.
#[utoipa::path(get, path = "/api/v1/audit", security(("bearer" = ["admin"])), responses(
    (status = 200, body = Vec<AuditEntry>), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody),
))]
pub async fn list_audit(
    state: web::Data<AppState>,
    staff: ApiStaff,
) -> Result<HttpResponse, AppError> {
    let admin = staff.admin()?;
    let rows = state
        .db
        .read(move |conn| crate::ops::audit::read(conn, &admin, Default::default()))
        .await?;
    let entries: Vec<AuditEntry> = rows.into_iter().map(|e| AuditEntry::from(e.row)).collect();
    Ok(HttpResponse::Ok().json(entries))
}
