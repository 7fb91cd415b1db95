//! Public pages: home and the thematic group pages.

use actix_session::Session;
use actix_web::{http::StatusCode, web};
use serde::Serialize;

use super::{context, html, render, PageResult};
use crate::auth::SessionStaff;
use crate::domain::time::{local_label, parse_timezone};
use crate::error::AppError;
use crate::ops;
use crate::startup::AppState;
use crate::store::{self, events::EventSummaryRow};

/// An event as lists show it, with its time in the event's own zone.
#[derive(Serialize)]
pub struct EventListItem {
    id: i64,
    group_slug: String,
    group_name: String,
    kind: String,
    title: String,
    when: String,
    city: String,
    country: String,
    seats_left: Option<i32>,
}

impl From<EventSummaryRow> for EventListItem {
    fn from(row: EventSummaryRow) -> Self {
        let when = parse_timezone(&row.timezone)
            .map(|zone| local_label(row.starts_at, zone))
            .unwrap_or_else(|_| format!("{} UTC", row.starts_at.format("%a %-d %b %Y, %H:%M")));
        EventListItem {
            id: row.id,
            group_slug: row.group_slug,
            group_name: row.group_name,
            kind: row.kind,
            title: row.title,
            when,
            city: row.venue_city,
            country: row.venue_country,
            seats_left: row.capacity.map(|c| (c - row.confirmed_count).max(0)),
        }
    }
}

fn items(rows: Vec<EventSummaryRow>) -> Vec<EventListItem> {
    rows.into_iter().map(EventListItem::from).collect()
}

pub async fn home(
    state: web::Data<AppState>,
    session: Session,
    staff: Option<SessionStaff>,
) -> PageResult {
    let now = chrono::Utc::now().naive_utc();
    let (groups, upcoming) = state
        .db
        .read(move |conn| {
            let groups = store::groups::list(conn)?;
            let upcoming = store::events::published(conn, None, now, false, 12)?;
            Ok::<_, AppError>((groups, upcoming))
        })
        .await?;
    let mut ctx = context(&session, staff.as_ref().map(|s| &s.0));
    ctx.insert(
        "groups",
        &groups
            .into_iter()
            .map(crate::api::groups::GroupResponse::from)
            .collect::<Vec<_>>(),
    );
    ctx.insert("upcoming", &items(upcoming));
    Ok(html(StatusCode::OK, render(&state, "home.html", &ctx)?))
}

pub async fn group(
    state: web::Data<AppState>,
    session: Session,
    staff: Option<SessionStaff>,
    slug: web::Path<String>,
) -> PageResult {
    let now = chrono::Utc::now().naive_utc();
    let slug = slug.into_inner();
    let (group, upcoming, past) = state
        .db
        .read(move |conn| {
            let group = ops::groups::find(conn, &slug)?;
            let upcoming = store::events::published(conn, Some(group.id), now, false, 50)?;
            let past = store::events::published(conn, Some(group.id), now, true, 20)?;
            Ok::<_, AppError>((group, upcoming, past))
        })
        .await?;
    let mut ctx = context(&session, staff.as_ref().map(|s| &s.0));
    ctx.insert("group", &crate::api::groups::GroupResponse::from(group));
    ctx.insert("upcoming", &items(upcoming));
    ctx.insert("past", &items(past));
    Ok(html(StatusCode::OK, render(&state, "group.html", &ctx)?))
}
