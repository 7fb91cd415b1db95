//! Events: forums and study visits of a group.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{events, thematic_groups};
use crate::db::DbConnection;

/// What lists of events show.
#[derive(Debug, Clone, Queryable)]
pub struct EventSummaryRow {
    pub id: i64,
    pub group_slug: String,
    pub group_name: String,
    pub kind: String,
    pub status: String,
    pub title: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub timezone: String,
    pub venue_city: String,
    pub venue_country: String,
    pub capacity: Option<i32>,
    pub confirmed_count: i32,
}

/// Published events of one group or of all, ending after `after` (soonest first) or,
/// with `past`, ended before it (latest first).
pub fn published(
    conn: &mut DbConnection,
    group_id: Option<i64>,
    after: NaiveDateTime,
    past: bool,
    limit: i64,
) -> QueryResult<Vec<EventSummaryRow>> {
    let mut query = events::table
        .inner_join(thematic_groups::table)
        .filter(events::status.eq("published"))
        .select((
            events::id,
            thematic_groups::slug,
            thematic_groups::name,
            events::kind,
            events::status,
            events::title,
            events::starts_at,
            events::ends_at,
            events::timezone,
            events::venue_city,
            events::venue_country,
            events::capacity,
            events::confirmed_count,
        ))
        .limit(limit)
        .into_boxed();
    if let Some(group_id) = group_id {
        query = query.filter(events::group_id.eq(group_id));
    }
    query = if past {
        query
            .filter(events::ends_at.le(after))
            .order(events::starts_at.desc())
    } else {
        query
            .filter(events::ends_at.gt(after))
            .order(events::starts_at.asc())
    };
    query.load(conn)
}
