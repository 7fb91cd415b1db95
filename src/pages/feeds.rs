//! iCalendar downloads: one event, and a group's feed that calendar apps subscribe to.

use actix_web::{http::header, web, HttpResponse};

use crate::calendar;
use crate::domain::events::EventStatus;
use crate::error::AppError;
use crate::ops;
use crate::web::AppState;

fn ics_response(body: String, filename: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("inline; filename=\"{filename}\""),
        ))
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .body(body)
}

/// A published (or cancelled) event as an .ics file.
pub async fn event_ics(
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let view = state
        .db
        .read(move |conn| ops::event_view::visible(conn, None, id))
        .await?;
    debug_assert_ne!(view.status(), EventStatus::Draft);
    Ok(ics_response(
        view.ics(&state.config.public_url),
        &format!("event-{id}.ics"),
    ))
}

/// The group's published and cancelled events of the last 90 days and the future.
pub async fn group_feed(
    state: web::Data<AppState>,
    slug: web::Path<crate::domain::Slug>,
) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let since = (chrono::Utc::now() - chrono::TimeDelta::days(90)).naive_utc();
    let (group, views) = state
        .db
        .read(move |conn| {
            let group = ops::groups::find(conn, &slug)?;
            let rows = crate::store::event_lists::for_feed(conn, group.id, since)?;
            let views: Vec<ops::event_view::EventView> = rows
                .into_iter()
                .map(|row| ops::event_view::EventView {
                    row,
                    group: group.clone(),
                    agenda: vec![],
                })
                .collect();
            Ok::<_, AppError>((group, views))
        })
        .await?;
    let public_url = &state.config.public_url;
    let events: Vec<_> = views.iter().map(|v| v.calendar_event(public_url)).collect();
    let name = format!("{} — clustercord", group.name);
    let body = calendar::calendar(&name, None, &events);
    Ok(ics_response(body, &format!("{}.ics", group.slug)))
}
