//! `/api/v1/events`: scheduling forums and study visits.

use actix_web::{web, HttpResponse};
use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::api::json::{double_option, parse};
use crate::api::ApiJson;
use crate::domain::events::{parse_instant, AgendaItem, EventKind, EventPatch, EventPlan, Span};
use crate::domain::time::parse_timezone;
use crate::domain::values::{optional_paragraphs, optional_text, required_text};
use crate::domain::{Country, FieldErrors, Slug};
use crate::error::AppError;
use crate::ops::{self, event_view::EventView};
use crate::web::auth::{ApiStaff, OptionalApiStaff};
use crate::web::AppState;

#[derive(Deserialize, ToSchema, Default)]
pub struct VenueInput {
    pub name: Option<String>,
    pub address: Option<String>,
    pub city: Option<String>,
    /// ISO 3166-1 alpha-2
    pub country: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct AgendaInput {
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub title: Option<String>,
    pub speaker: Option<String>,
    /// Where a study-visit stop takes place
    pub place: Option<String>,
}

/// The body of POST (every required field) and PATCH (the fields to change).
#[derive(Deserialize, ToSchema, Default)]
pub struct EventRequest {
    /// The group's slug (POST only)
    pub group: Option<String>,
    /// exchange_forum or study_visit
    pub kind: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    /// RFC 3339 with an offset
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    /// IANA zone of the venue, e.g. Europe/Rome
    pub timezone: Option<String>,
    pub venue: Option<VenueInput>,
    #[serde(default, deserialize_with = "double_option")]
    pub host_organisation: Option<Option<String>>,
    /// Seats; null for no limit
    #[serde(default, deserialize_with = "double_option")]
    pub capacity: Option<Option<i64>>,
    /// Most confirmed seats per country; null for no cap
    #[serde(default, deserialize_with = "double_option")]
    pub country_cap: Option<Option<i64>>,
    #[serde(default, deserialize_with = "double_option")]
    pub registration_deadline: Option<Option<String>>,
    /// Replaces the whole agenda (itinerary for study visits)
    pub agenda: Option<Vec<AgendaInput>>,
    /// Schedule even when it overlaps another event of the group
    pub allow_overlap: Option<bool>,
}

fn seats(errors: &mut FieldErrors, field: &str, value: Option<Option<i64>>) -> Option<Option<i32>> {
    match value {
        None => None,
        Some(None) => Some(None),
        Some(Some(n)) if (1..=100_000).contains(&n) => Some(Some(n as i32)),
        Some(Some(_)) => {
            errors.add(field, "must be a whole number from 1 to 100000, or null");
            None
        }
    }
}

impl EventRequest {
    /// A new event: the group's slug, the checked plan, and whether overlaps are allowed.
    pub fn into_plan(self) -> Result<(String, EventPlan, bool), AppError> {
        let mut errors = FieldErrors::new();
        let group = errors
            .required("group", self.group.clone())
            .and_then(|raw| errors.check("group", Slug::parse(&raw)))
            .map(|slug| slug.as_str().to_owned());
        let allow_overlap = self.allow_overlap.unwrap_or(false);
        let patch = self.parse_patch(&mut errors);
        match (group, patch.into_plan()) {
            (Some(group), Ok(plan)) if errors.is_empty() => Ok((group, plan, allow_overlap)),
            (_, plan) => {
                if let Err(more) = plan {
                    errors.merge(more);
                }
                Err(AppError::invalid(errors))
            }
        }
    }

    /// A change to an event, and whether overlaps are allowed.
    pub fn into_patch(self) -> Result<(EventPatch, bool), AppError> {
        let mut errors = FieldErrors::new();
        if self.group.is_some() {
            errors.add(
                "group",
                "cannot be changed; schedule the event in the other group instead",
            );
        }
        let allow_overlap = self.allow_overlap.unwrap_or(false);
        let patch = self.parse_patch(&mut errors);
        if errors.is_empty() {
            Ok((patch, allow_overlap))
        } else {
            Err(AppError::invalid(errors))
        }
    }

    /// Checks every field that is present, gathering all errors.
    fn parse_patch(self, errors: &mut FieldErrors) -> EventPatch {
        let text = |errors: &mut FieldErrors,
                    field: &str,
                    value: Option<String>,
                    max: usize,
                    required: bool| {
            value.and_then(|v| {
                let parsed = if required {
                    required_text(Some(&v), max)
                } else if field == "description" {
                    optional_paragraphs(Some(&v), max).map(Option::unwrap_or_default)
                } else {
                    optional_text(Some(&v), max).map(Option::unwrap_or_default)
                };
                errors.check(field, parsed)
            })
        };
        let venue = self.venue.unwrap_or_default();
        let agenda = self.agenda.map(|items| {
            items
                .into_iter()
                .enumerate()
                .filter_map(|(i, item)| {
                    let at = |f: &str| format!("agenda[{i}].{f}");
                    let start = errors
                        .required(&at("starts_at"), item.starts_at)
                        .and_then(|v| errors.check(&at("starts_at"), parse_instant(&v)));
                    let end = errors
                        .required(&at("ends_at"), item.ends_at)
                        .and_then(|v| errors.check(&at("ends_at"), parse_instant(&v)));
                    let title =
                        errors.check(&at("title"), required_text(item.title.as_deref(), 200));
                    let speaker =
                        errors.check(&at("speaker"), optional_text(item.speaker.as_deref(), 200));
                    let place =
                        errors.check(&at("place"), optional_text(item.place.as_deref(), 300));
                    let span = match (start, end) {
                        (Some(s), Some(e)) => errors.check(&at("ends_at"), Span::new(s, e)),
                        _ => None,
                    };
                    Some(AgendaItem {
                        span: span?,
                        title: title?,
                        speaker: speaker?,
                        place: place?,
                    })
                })
                .collect()
        });
        EventPatch {
            kind: self
                .kind
                .and_then(|v| errors.check("kind", EventKind::parse(&v))),
            title: text(errors, "title", self.title, 200, true),
            description: text(errors, "description", self.description, 20_000, false),
            starts_at: self
                .starts_at
                .and_then(|v| errors.check("starts_at", parse_instant(&v))),
            ends_at: self
                .ends_at
                .and_then(|v| errors.check("ends_at", parse_instant(&v))),
            timezone: self
                .timezone
                .and_then(|v| errors.check("timezone", parse_timezone(&v))),
            venue_name: text(errors, "venue.name", venue.name, 200, false),
            venue_address: text(errors, "venue.address", venue.address, 300, false),
            venue_city: text(errors, "venue.city", venue.city, 120, true),
            venue_country: venue
                .country
                .and_then(|v| errors.check("venue.country", Country::parse(&v))),
            host_organisation: self.host_organisation.map(|v| {
                errors
                    .check("host_organisation", optional_text(v.as_deref(), 200))
                    .flatten()
            }),
            capacity: seats(errors, "capacity", self.capacity),
            country_cap: seats(errors, "country_cap", self.country_cap),
            registration_deadline: self.registration_deadline.map(|v| {
                v.and_then(|raw| errors.check("registration_deadline", parse_instant(&raw)))
            }),
            agenda,
        }
    }
}

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

fn respond(status: actix_web::http::StatusCode, view: &EventView) -> HttpResponse {
    HttpResponse::build(status).json(EventResponse::from(view))
}

/// Schedules an event for a group; it starts as a draft.
#[utoipa::path(post, path = "/api/v1/events", request_body = EventRequest, security(("bearer" = [])), responses(
    (status = 201, body = EventResponse),
    (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
    (status = 404, body = crate::error::ErrorBody), (status = 409, body = crate::error::ErrorBody),
    (status = 422, body = crate::error::ErrorBody),
))]
pub async fn create_event(
    state: web::Data<AppState>,
    staff: ApiStaff,
    body: ApiJson<EventRequest>,
) -> Result<HttpResponse, AppError> {
    let (group, plan, allow_overlap) = body.0.into_plan()?;
    let now = chrono::Utc::now();
    let view = state
        .db
        .write(move |conn| ops::events::schedule(conn, &staff.0, &group, plan, allow_overlap, now))
        .await?;
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

/// Published events (staff also see their groups' drafts), soonest first.
#[utoipa::path(get, path = "/api/v1/events", params(EventsQuery), responses(
    (status = 200, body = [EventResponse]), (status = 404, body = crate::error::ErrorBody),
    (status = 422, body = crate::error::ErrorBody),
))]
pub async fn list_events(
    state: web::Data<AppState>,
    staff: OptionalApiStaff,
    query: web::Query<EventsQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    let mut errors = FieldErrors::new();
    let filter = ops::events::ListFilter {
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
        .read(move |conn| ops::events::list(conn, staff.0.as_ref(), filter))
        .await?;
    Ok(HttpResponse::Ok().json(views.iter().map(EventResponse::from).collect::<Vec<_>>()))
}

/// One event with its seats.
#[utoipa::path(get, path = "/api/v1/events/{id}", responses(
    (status = 200, body = EventResponse), (status = 404, body = crate::error::ErrorBody),
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
#[utoipa::path(patch, path = "/api/v1/events/{id}", request_body = EventRequest, security(("bearer" = [])), responses(
    (status = 200, body = EventResponse), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
    (status = 409, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody),
))]
pub async fn change_event(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
    body: ApiJson<EventRequest>,
) -> Result<HttpResponse, AppError> {
    let (patch, allow_overlap) = body.0.into_patch()?;
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    let view = state
        .write_and_send(move |conn, composer| {
            ops::events::change(conn, composer, &staff.0, id, patch, allow_overlap, now)
        })
        .await?;
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
        .await?;
    Ok(respond(actix_web::http::StatusCode::OK, &view))
}

/// Cancels an event; registrants are told. Cancelling again changes nothing.
#[utoipa::path(post, path = "/api/v1/events/{id}/cancel", security(("bearer" = [])), responses(
    (status = 200, body = EventResponse), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
))]
pub async fn cancel_event(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    let view = state
        .write_and_send(move |conn, composer| {
            ops::events::cancel(conn, composer, &staff.0, id, now)
        })
        .await?;
    Ok(respond(actix_web::http::StatusCode::OK, &view))
}
