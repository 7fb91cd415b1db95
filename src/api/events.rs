//! `/api/v1/events`: scheduling forums and study visits.

use actix_web::{web, HttpResponse};
use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::api::json::parse;
use crate::api::ApiJson;
use crate::domain::event_input::EventInput;
use crate::domain::events::{parse_instant, EventKind, Overlap};
use crate::domain::{FieldErrors, Slug};
use crate::error::AppError;
use crate::ops::{self, event_view::EventView};
use crate::web::auth::{ApiStaff, OptionalApiStaff};
use crate::web::AppState;

#[derive(Serialize, ToSchema)]
pub struct VenueResponse {
    pub name: String,
    pub address: String,
    pub city: String,
    pub country: String,
}

#[derive(Serialize, ToSchema)]
pub struct AgendaResponse {
    pub starts_at: String,
    pub ends_at: String,
    pub title: String,
    pub speaker: Option<String>,
    pub place: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct SeatsResponse {
    pub confirmed: i32,
    pub waitlisted: i32,
    /// null when the event has no capacity
    pub available: Option<i32>,
}

#[derive(Serialize, ToSchema)]
pub struct EventResponse {
    pub id: i64,
    pub group: String,
    pub kind: String,
    /// closed, public or internal
    pub audience: String,
    pub status: String,
    pub title: String,
    pub description: String,
    pub starts_at: String,
    pub ends_at: String,
    pub timezone: String,
    pub venue: VenueResponse,
    pub host_organisation: Option<String>,
    pub capacity: Option<i32>,
    pub country_cap: Option<i32>,
    pub registration_deadline: Option<String>,
    pub agenda: Vec<AgendaResponse>,
    pub seats: SeatsResponse,
    /// Raised on every change of time or venue (iCalendar SEQUENCE)
    pub sequence: i32,
}

/// An instant as RFC 3339 in the event's zone ("2027-03-10T09:00:00+01:00").
fn local(t: NaiveDateTime, zone: Tz) -> String {
    zone.from_utc_datetime(&t).to_rfc3339()
}

impl From<&EventView> for EventResponse {
    fn from(view: &EventView) -> Self {
        let zone = view.zone();
        let row = &view.row;
        EventResponse {
            id: row.id,
            group: view.group.slug.clone(),
            kind: row.kind.clone(),
            audience: row.audience.clone(),
            status: row.status.clone(),
            title: row.title.clone(),
            description: row.description.clone(),
            starts_at: local(row.starts_at, zone),
            ends_at: local(row.ends_at, zone),
            timezone: row.timezone.clone(),
            venue: VenueResponse {
                name: row.venue_name.clone(),
                address: row.venue_address.clone(),
                city: row.venue_city.clone(),
                country: row.venue_country.clone(),
            },
            host_organisation: row.host_organisation.clone(),
            capacity: row.capacity,
            country_cap: row.country_cap,
            registration_deadline: row.registration_deadline.map(|t| local(t, zone)),
            agenda: view
                .agenda
                .iter()
                .map(|a| AgendaResponse {
                    starts_at: local(a.starts_at, zone),
                    ends_at: local(a.ends_at, zone),
                    title: a.title.clone(),
                    speaker: a.speaker.clone(),
                    place: a.place.clone(),
                })
                .collect(),
            seats: SeatsResponse {
                confirmed: row.confirmed_count,
                waitlisted: row.waitlisted_count,
                available: view.seats_available(),
            },
            sequence: row.sequence,
        }
    }
}

/// The API's word on how to schedule over another event anyway.
fn with_overlap_hint(error: AppError) -> AppError {
    match error {
        AppError::ScheduleConflict(overlap) => AppError::ScheduleConflict(Box::new(Overlap {
            hint: " Send \"allow_overlap\": true to schedule it anyway.",
            ..*overlap
        })),
        other => other,
    }
}

fn respond(status: actix_web::http::StatusCode, view: &EventView) -> HttpResponse {
    HttpResponse::build(status).json(EventResponse::from(view))
}

/// Schedules an event for a group; it starts as a draft.
#[utoipa::path(post, path = "/api/v1/events", request_body = EventInput, security(("bearer" = [])), responses(
    (status = 201, body = EventResponse),
    (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
    (status = 404, body = crate::error::ErrorBody), (status = 409, body = crate::error::ErrorBody),
    (status = 422, body = crate::error::ErrorBody),
))]
pub async fn create_event(
    state: web::Data<AppState>,
    staff: ApiStaff,
    body: ApiJson<EventInput>,
) -> Result<HttpResponse, AppError> {
    let (group, plan, allow_overlap) = body.0.into_plan().map_err(AppError::invalid)?;
    let now = chrono::Utc::now();
    let view = state
        .db
        .write(move |conn| ops::events::schedule(conn, &staff.0, &group, plan, allow_overlap, now))
        .await
        .map_err(with_overlap_hint)?;
    Ok(respond(actix_web::http::StatusCode::CREATED, &view))
}

#[derive(Deserialize, IntoParams)]
pub struct EventsQuery {
    /// a group's slug
    pub group: Option<String>,
    /// exchange_forum or study_visit
    pub kind: Option<String>,
    /// events ending after this RFC 3339 time
    pub from: Option<String>,
    /// events starting before this RFC 3339 time
    pub to: Option<String>,
}

/// Published events (staff also see their groups' drafts), soonest first. Anyone
/// may call it; an `Authorization` header that holds no valid token is a 401.
#[utoipa::path(get, path = "/api/v1/events", params(EventsQuery), responses(
    (status = 200, body = [EventResponse]), (status = 401, body = crate::error::ErrorBody),
    (status = 404, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody),
))]
pub async fn list_events(
    state: web::Data<AppState>,
    staff: OptionalApiStaff,
    query: web::Query<EventsQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    let mut errors = FieldErrors::new();
    let filter = ops::event_lists::ListFilter {
        group_slug: query
            .group
            .filter(|g| !g.trim().is_empty())
            .and_then(|g| errors.check("group", Slug::parse(&g)))
            .map(|slug| slug.as_str().to_owned()),
        kind: query
            .kind
            .and_then(|v| errors.check("kind", EventKind::parse(&v))),
        from: query
            .from
            .and_then(|v| errors.check("from", parse_instant(&v))),
        to: query.to.and_then(|v| errors.check("to", parse_instant(&v))),
    };
    if !errors.is_empty() {
        return Err(AppError::invalid(errors));
    }
    let views = state
        .db
        .read(move |conn| ops::event_lists::list(conn, staff.0.as_ref(), filter))
        .await?;
    Ok(HttpResponse::Ok().json(views.iter().map(EventResponse::from).collect::<Vec<_>>()))
}

/// One event with its seats (a draft for staff of its group); a bad token is a 401.
#[utoipa::path(get, path = "/api/v1/events/{id}", responses(
    (status = 200, body = EventResponse), (status = 401, body = crate::error::ErrorBody),
    (status = 404, body = crate::error::ErrorBody),
))]
pub async fn get_event(
    state: web::Data<AppState>,
    staff: OptionalApiStaff,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let view = state
        .db
        .read(move |conn| ops::event_view::visible(conn, staff.0.as_ref(), id))
        .await?;
    Ok(respond(actix_web::http::StatusCode::OK, &view))
}

/// Changes fields of an event; registrants are told of a new time or venue.
#[utoipa::path(patch, path = "/api/v1/events/{id}", request_body = EventInput, security(("bearer" = [])), responses(
    (status = 200, body = EventResponse), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
    (status = 409, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody),
))]
pub async fn change_event(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
    body: ApiJson<EventInput>,
) -> Result<HttpResponse, AppError> {
    let (patch, allow_overlap) = body.0.into_patch().map_err(AppError::invalid)?;
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    let view = state
        .write_and_send(move |conn, composer| {
            ops::events::change(conn, composer, &staff.0, id, patch, allow_overlap, now)
        })
        .await
        .map_err(with_overlap_hint)?;
    Ok(respond(actix_web::http::StatusCode::OK, &view))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct PublishRequest {
    pub allow_overlap: Option<bool>,
}

/// Publishes a draft: it appears on the public pages and registration opens.
#[utoipa::path(post, path = "/api/v1/events/{id}/publish", request_body(content = Option<PublishRequest>), security(("bearer" = [])), responses(
    (status = 200, body = EventResponse), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
    (status = 409, body = crate::error::ErrorBody),
))]
pub async fn publish_event(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let request: PublishRequest = if body.iter().all(u8::is_ascii_whitespace) {
        PublishRequest::default()
    } else {
        parse(&body)?
    };
    let (id, now, allow) = (
        id.into_inner(),
        chrono::Utc::now(),
        request.allow_overlap.unwrap_or(false),
    );
    let view = state
        .db
        .write(move |conn| ops::events::publish(conn, &staff.0, id, allow, now))
        .await
        .map_err(with_overlap_hint)?;
    Ok(respond(actix_web::http::StatusCode::OK, &view))
}

/// The optional body of an event's cancellation.
#[derive(Deserialize, ToSchema, Default)]
pub struct CancelEventRequest {
    /// Told to registrants and to invitees who have not answered (at most 2000 characters)
    pub message: Option<String>,
}

/// Cancels an event; registrants, and invitees who have not answered, are told,
/// with `message` when given. Cancelling again changes nothing. The body may be
/// left out.
#[utoipa::path(post, path = "/api/v1/events/{id}/cancel", request_body(content = Option<CancelEventRequest>, description = "optional"), security(("bearer" = [])), responses(
    (status = 200, body = EventResponse), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
))]
pub async fn cancel_event(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let message = match body.is_empty() {
        true => None,
        false => parse::<Option<CancelEventRequest>>(&body)?.and_then(|r| r.message),
    };
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    let view = state
        .write_and_send(move |conn, composer| {
            ops::events::cancel(conn, composer, &staff.0, id, message, now)
        })
        .await?;
    Ok(respond(actix_web::http::StatusCode::OK, &view))
}
