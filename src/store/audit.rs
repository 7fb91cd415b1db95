//! The audit log: who did what to which thing, kept with the data it describes.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::audit_log;
use crate::db::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
pub struct AuditRow {
    pub id: i64,
    pub at: NaiveDateTime,
    pub actor_user_id: Option<i64>,
    pub actor_email: Option<String>,
    pub action: String,
    pub subject: String,
    pub detail: Option<String>,
    pub group_id: Option<i64>,
    pub event_id: Option<i64>,
}

#[derive(Insertable)]
#[diesel(table_name = audit_log)]
pub struct NewAudit<'a> {
    pub at: NaiveDateTime,
    pub actor_user_id: Option<i64>,
    pub actor_email: Option<&'a str>,
    pub action: &'a str,
    pub subject: &'a str,
    pub detail: Option<&'a str>,
    pub group_id: Option<i64>,
    pub event_id: Option<i64>,
}

pub fn insert(conn: &mut DbConnection, entry: &NewAudit) -> QueryResult<()> {
    diesel::insert_into(audit_log::table)
        .values(entry)
        .execute(conn)
        .map(drop)
}

/// Which entries to read: `scope` limits a coordinator to their groups' entries;
/// `group_id` and `actor_email` are the reader's filters.
#[derive(Debug, Default, Clone)]
pub struct AuditFilter {
    pub scope: Option<Vec<i64>>,
    pub group_id: Option<i64>,
    pub actor_email: Option<String>,
    pub limit: i64,
}

/// The newest entries first.
pub fn find(conn: &mut DbConnection, filter: &AuditFilter) -> QueryResult<Vec<AuditRow>> {
    let mut query = audit_log::table
        .order(audit_log::id.desc())
        .limit(filter.limit)
        .select(AuditRow::as_select())
        .into_boxed();
    if let Some(scope) = &filter.scope {
        query = query.filter(audit_log::group_id.eq_any(scope.clone()));
    }
    if let Some(group_id) = filter.group_id {
        query = query.filter(audit_log::group_id.eq(group_id));
    }
    if let Some(actor) = &filter.actor_email {
        query = query.filter(audit_log::actor_email.eq(actor.clone()));
    }
    query.load(conn)
}

/// The addresses of the staff in the log (in `scope`'s groups when given).
pub fn actors(conn: &mut DbConnection, scope: Option<&[i64]>) -> QueryResult<Vec<String>> {
    let mut query = audit_log::table
        .filter(audit_log::actor_email.is_not_null())
        .select(audit_log::actor_email.assume_not_null())
        .distinct()
        .order(audit_log::actor_email.assume_not_null())
        .into_boxed();
    if let Some(scope) = scope {
        query = query.filter(audit_log::group_id.eq_any(scope.to_vec()));
    }
    query.load(conn)
}

/// When `action` was last recorded about an event.
pub fn last_about_event(
    conn: &mut DbConnection,
    event_id: i64,
    action: &str,
) -> QueryResult<Option<NaiveDateTime>> {
    audit_log::table
        .filter(audit_log::event_id.eq(event_id))
        .filter(audit_log::action.eq(action))
        .select(diesel::dsl::max(audit_log::at))
        .first(conn)
}
