//! Recording staff actions in the audit log, in the transaction of the action
//! itself, and reading the log back (admins only).

use chrono::{DateTime, Utc};

use crate::db::DbConnection;
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::store::audit::{self, AuditRow, NewAudit};

/// How many entries the log shows.
const SHOWN: i64 = 500;

/// Records that `staff` did `action` (e.g. "event.publish") to `subject`
/// (e.g. "event 12").
pub fn record(
    conn: &mut DbConnection,
    staff: &StaffUser,
    action: &str,
    subject: &str,
    detail: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    audit::insert(
        conn,
        &NewAudit {
            at: now.naive_utc(),
            actor_user_id: Some(staff.id),
            actor_email: Some(&staff.email),
            action,
            subject,
            detail,
        },
    )?;
    Ok(())
}

/// The newest entries, for admins.
pub fn recent(conn: &mut DbConnection, staff: &StaffUser) -> Result<Vec<AuditRow>, AppError> {
    if !staff.is_admin() {
        return Err(AppError::Forbidden(
            "Only administrators can read the audit log.".into(),
        ));
    }
    Ok(audit::recent(conn, SHOWN)?)
}
