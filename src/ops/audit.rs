//! Recording staff actions in the audit log, in the transaction of the action
//! itself, and reading the log back: admins all of it, coordinators the entries
//! about their groups.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::db::DbConnection;
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::store::audit::{self, AuditFilter, AuditRow, NewAudit};

/// How many entries the log shows.
const SHOWN: i64 = 500;

/// What an entry is about, for the log's filters and its readers: the group, and
/// the event when there is one (its group is looked up when not given).
#[derive(Debug, Default, Clone, Copy)]
pub struct About {
    group_id: Option<i64>,
    event_id: Option<i64>,
}

impl About {
    pub fn event(event_id: i64) -> About {
        About {
            group_id: None,
            event_id: Some(event_id),
        }
    }

    pub fn group(group_id: i64) -> About {
        About {
            group_id: Some(group_id),
            event_id: None,
        }
    }

    /// A group's thing that may belong to one of its events.
    pub fn in_group(group_id: i64, event_id: Option<i64>) -> About {
        About {
            group_id: Some(group_id),
            event_id,
        }
    }
}

/// Records that `staff` did `action` (e.g. "event.publish") to `subject`
/// (e.g. "event 12").
pub fn record(
    conn: &mut DbConnection,
    staff: &StaffUser,
    about: About,
    action: &str,
    subject: &str,
    detail: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let group_id = match (about.group_id, about.event_id) {
        (Some(group), _) => Some(group),
        (None, Some(event)) => crate::store::events::find(conn, event)?.map(|e| e.group_id),
        (None, None) => None,
    };
    audit::insert(
        conn,
        &NewAudit {
            at: now.naive_utc(),
            actor_user_id: Some(staff.id),
            actor_email: Some(&staff.email),
            action,
            subject,
            detail,
            group_id,
            event_id: about.event_id,
        },
    )?;
    Ok(())
}

/// An entry as a reader sees it: with the title of the event it is about.
#[derive(Debug, Clone)]
pub struct Entry {
    pub row: AuditRow,
    pub event_title: Option<String>,
}

/// Which entries to show: those of one group, of one person, or all.
#[derive(Debug, Default, Clone)]
pub struct Wanted {
    pub group_id: Option<i64>,
    pub actor_email: Option<String>,
    /// At most this many (else the log's 500).
    pub limit: Option<i64>,
}

/// The newest entries `staff` may read that match `wanted`: every one for an
/// admin, those about their groups for a coordinator.
pub fn read(
    conn: &mut DbConnection,
    staff: &StaffUser,
    wanted: Wanted,
) -> Result<Vec<Entry>, AppError> {
    let scope = (!staff.is_admin()).then(|| staff.group_ids.clone());
    let filter = AuditFilter {
        scope,
        group_id: wanted.group_id,
        actor_email: wanted.actor_email,
        limit: wanted.limit.unwrap_or(SHOWN).min(SHOWN),
    };
    let rows = audit::find(conn, &filter)?;
    let mut ids: Vec<i64> = rows.iter().filter_map(|r| r.event_id).collect();
    ids.sort_unstable();
    ids.dedup();
    // One query for every title, not one per entry.
    let titles: HashMap<i64, String> = crate::store::events::titles(conn, &ids)?
        .into_iter()
        .collect();
    Ok(rows
        .into_iter()
        .map(|row| Entry {
            event_title: row.event_id.and_then(|id| titles.get(&id).cloned()),
            row,
        })
        .collect())
}

/// Who appears in the entries `staff` may read, for the filter by person.
pub fn actors(conn: &mut DbConnection, staff: &StaffUser) -> Result<Vec<String>, AppError> {
    let scope = (!staff.is_admin()).then(|| staff.group_ids.clone());
    Ok(audit::actors(conn, scope.as_deref())?)
}
