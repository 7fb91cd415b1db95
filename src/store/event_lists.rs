//! Lists of events: for the API and the pages, the calendars and the feeds.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{events, thematic_groups};
use crate::db::DbConnection;

use super::events::EventRow;

/// Who may see what in a list of events.
pub enum Visibility {
    /// Published events only.
    Public,
    /// Published events, and every event of these groups.
    Groups(Vec<i64>),
    Everything,
}

pub struct Filter {
    pub group_id: Option<i64>,
    pub kind: Option<&'static str>,
    /// Events ending after this.
    pub from: Option<NaiveDateTime>,
    /// Events starting before this.
    pub to: Option<NaiveDateTime>,
    pub visibility: Visibility,
    pub limit: i64,
}

/// Events matching the filter, soonest first.
pub fn list(conn: &mut DbConnection, filter: &Filter) -> QueryResult<Vec<EventRow>> {
    let mut query = events::table.select(events::all_columns).into_boxed();
    if let Some(group_id) = filter.group_id {
        query = query.filter(events::group_id.eq(group_id));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(events::kind.eq(kind));
    }
    if let Some(from) = filter.from {
        query = query.filter(events::ends_at.gt(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(events::starts_at.lt(to));
    }
    query = match &filter.visibility {
        Visibility::Public => query.filter(events::status.eq("published")),
        Visibility::Groups(ids) => query.filter(
            events::status
                .eq("published")
                .or(events::group_id.eq_any(ids.clone())),
        ),
        Visibility::Everything => query,
    };
    query
        .order((events::starts_at.asc(), events::id.asc()))
        .limit(filter.limit)
        .load(conn)
}

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
    pub audience: String,
}

type SummaryColumns = (
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
    events::audience,
);

const SUMMARY_COLUMNS: SummaryColumns = (
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
    events::audience,
);

/// Events of one group or of all: published only unless `all_statuses`; ending
/// after `after` (soonest first) or, with `past`, ended before it (latest first).
pub struct SummaryFilter {
    pub group_id: Option<i64>,
    pub after: NaiveDateTime,
    pub past: bool,
    pub all_statuses: bool,
    pub limit: i64,
}

pub fn summaries(
    conn: &mut DbConnection,
    filter: &SummaryFilter,
) -> QueryResult<Vec<EventSummaryRow>> {
    let mut query = events::table
        .inner_join(thematic_groups::table)
        .select(SUMMARY_COLUMNS)
        .limit(filter.limit)
        .into_boxed();
    if !filter.all_statuses {
        query = query.filter(events::status.eq("published"));
    }
    if let Some(group_id) = filter.group_id {
        query = query.filter(events::group_id.eq(group_id));
    }
    query = if filter.past {
        query
            .filter(events::ends_at.le(filter.after))
            .order(events::starts_at.desc())
    } else {
        query
            .filter(events::ends_at.gt(filter.after))
            .order(events::starts_at.asc())
    };
    query.load(conn)
}

/// Published events that touch [from, to), for calendars: one that began the
/// month before and runs into this one is in both.
pub fn published_between(
    conn: &mut DbConnection,
    group_id: Option<i64>,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> QueryResult<Vec<EventSummaryRow>> {
    let mut query = events::table
        .inner_join(thematic_groups::table)
        .filter(events::status.eq("published"))
        .filter(events::starts_at.lt(to))
        .filter(events::ends_at.gt(from))
        .select(SUMMARY_COLUMNS)
        .order(events::starts_at.asc())
        .into_boxed();
    if let Some(group_id) = group_id {
        query = query.filter(events::group_id.eq(group_id));
    }
    query.load(conn)
}

/// The group's events for its calendar feed: published and cancelled (so that
/// subscribed calendars drop cancelled ones), from `since` on.
pub fn for_feed(
    conn: &mut DbConnection,
    group_id: i64,
    since: NaiveDateTime,
) -> QueryResult<Vec<EventRow>> {
    events::table
        .filter(events::group_id.eq(group_id))
        .filter(events::status.ne("draft"))
        .filter(events::ends_at.gt(since))
        .order(events::starts_at.asc())
        .select(events::all_columns)
        .limit(500)
        .load(conn)
}
