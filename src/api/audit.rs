//! The audit log of staff actions, for administrators.

use actix_web::{web, HttpResponse};

use crate::error::AppError;
use crate::web::auth::ApiStaff;
use crate::web::AppState;

/// The newest 500 staff actions (admins only): who changed which event, invited
/// whom, exported what.
#[utoipa::path(get, path = "/api/v1/audit", security(("bearer" = ["admin"])), responses(
    (status = 200, body = Vec<crate::store::audit::AuditRow>), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody),
))]
pub async fn list_audit(
    state: web::Data<AppState>,
    staff: ApiStaff,
) -> Result<HttpResponse, AppError> {
    let admin = staff.admin()?;
    let rows = state
        .db
        .read(move |conn| crate::ops::audit::recent(conn, &admin))
        .await?;
    Ok(HttpResponse::Ok().json(rows))
}
