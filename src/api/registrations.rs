//! Registrations: the public sign-up, the holder's manage link, and the staff
//! lists (JSON and CSV), cancellations and attendance.

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::TimeZone;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::events::EventResponse;
use crate::api::ApiJson;
use crate::auth::ApiStaff;
use crate::domain::values::optional_paragraphs;
use crate::domain::{FieldErrors, Language};
use crate::error::AppError;
use crate::ops::events::EventView;
use crate::ops::registrations::{self, Attendance, NewRegistration, Registered, RegistrationView};
use crate::startup::AppState;

#[derive(Deserialize, ToSchema, Default)]
pub struct RegisterRequest {
    // Required, yet `Option`: a missing field is a 422 naming it, with the rest.
    #[schema(required = true)]
    pub name: Option<String>,
    #[schema(required = true)]
    pub email: Option<String>,
    pub organisation: Option<String>,
    /// ISO 3166-1 alpha-2
    #[schema(required = true)]
    pub country: Option<String>,
    /// en it de hu sk cs pl sl; default en
    pub language: Option<String>,
    /// company, cluster, agency, research, chamber, public_authority or other
    pub organisation_kind: Option<String>,
    /// Dietary or accessibility needs
    pub note: Option<String>,
}

impl RegisterRequest {
    /// Every field checked, every error gathered. `default_language` applies when
    /// none is given.
    pub fn parse(self, default_language: Language) -> Result<NewRegistration, AppError> {
        let mut errors = FieldErrors::new();
        let fields = crate::domain::people::PersonFields {
            name: self.name.as_deref(),
            email: self.email.as_deref(),
            organisation: self.organisation.as_deref(),
            country: self.country.as_deref(),
            language: self.language.as_deref(),
            organisation_kind: self.organisation_kind.as_deref(),
        };
        let person = crate::domain::people::Person::parse(fields, default_language, &mut errors);
        let note = errors.check("note", optional_paragraphs(self.note.as_deref(), 1000));
        match (person, note) {
            (Some(person), Some(note)) if errors.is_empty() => Ok(NewRegistration { person, note }),
            _ => Err(AppError::invalid(errors)),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct RegisteredResponse {
    pub id: i64,
    pub event_id: i64,
    /// confirmed or waitlisted; null when the address was registered already (the
    /// answer tells nobody how another person stands: the link is mailed to them)
    pub status: Option<String>,
    pub waitlist_position: Option<i64>,
    /// The key to the manage page. Given only when the registration is created:
    /// repeating a sign-up with someone's address must not hand out their link.
    pub manage_token: Option<String>,
}

/// Registers for a published event (anyone). The same address again gets the
/// existing registration (200), never a second seat.
#[utoipa::path(post, path = "/api/v1/events/{id}/registrations", request_body = RegisterRequest, responses(
    (status = 201, body = RegisteredResponse), (status = 200, body = RegisteredResponse),
    (status = 404, body = crate::error::ErrorBody), (status = 409, body = crate::error::ErrorBody),
    (status = 422, body = crate::error::ErrorBody), (status = 429, body = crate::error::ErrorBody),
))]
pub async fn register(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    body: ApiJson<RegisterRequest>,
) -> Result<HttpResponse, AppError> {
    state.rate_limit.check(crate::client::of(&req))?;
    let new = body.0.parse(Language::En)?;
    let (id, now, composer) = (id.into_inner(), chrono::Utc::now(), state.composer.clone());
    let outcome = state
        .db
        .write_grouped(id, move |conn| {
            registrations::register(conn, &composer, id, new, now)
        })
        .await?;
    state.mailer.wake();
    let answer = match outcome {
        Registered::Created(view) => RegisteredResponse {
            id: view.row.id,
            event_id: view.row.event_id,
            status: Some(view.row.status),
            waitlist_position: view.waitlist_position,
            manage_token: Some(view.row.manage_token),
        },
        // How the person stands is theirs to know: the link went to their address.
        Registered::Existing(existing) => {
            return Ok(HttpResponse::Ok().json(RegisteredResponse {
                id: existing,
                event_id: id,
                status: None,
                waitlist_position: None,
                manage_token: None,
            }))
        }
    };
    Ok(HttpResponse::Created().json(answer))
}

#[derive(Serialize, ToSchema)]
pub struct RegistrationResponse {
    pub id: i64,
    pub event_id: i64,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub country: String,
    pub language: String,
    pub organisation_kind: Option<String>,
    pub note: Option<String>,
    pub status: String,
    pub waitlist_position: Option<i64>,
    /// attended, no_show or null
    pub attendance: Option<String>,
    /// RFC 3339 in the event's zone
    pub registered_at: String,
}

impl RegistrationResponse {
    pub fn of(view: RegistrationView, event: &EventView) -> Self {
        let row = view.row;
        RegistrationResponse {
            registered_at: event.zone().from_utc_datetime(&row.created_at).to_rfc3339(),
            id: row.id,
            event_id: row.event_id,
            name: row.name,
            email: row.email,
            organisation: row.organisation,
            country: row.country,
            language: row.language,
            organisation_kind: row.organisation_kind,
            note: row.note,
            status: row.status,
            waitlist_position: view.waitlist_position,
            attendance: row.attendance,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct OwnRegistrationResponse {
    #[serde(flatten)]
    pub registration: RegistrationResponse,
    pub event: EventResponse,
}

/// One's own registration, by the token of the manage link.
#[utoipa::path(get, path = "/api/v1/registrations/{token}", params(("token" = String, Path, description = "the secret of the manage link")), responses(
    (status = 200, body = OwnRegistrationResponse), (status = 404, body = crate::error::ErrorBody),
))]
pub async fn get_own(
    state: web::Data<AppState>,
    token: web::Path<crate::domain::LinkToken>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let (view, event) = state
        .db
        .read(move |conn| registrations::by_token(conn, &token))
        .await?;
    Ok(HttpResponse::Ok().json(OwnRegistrationResponse {
        event: EventResponse::from(&event),
        registration: RegistrationResponse::of(view, &event),
    }))
}

/// Cancels one's own registration; repeating it changes nothing.
#[utoipa::path(post, path = "/api/v1/registrations/{token}/cancel", params(("token" = String, Path, description = "the secret of the manage link")), responses(
    (status = 200, body = OwnRegistrationResponse), (status = 404, body = crate::error::ErrorBody),
))]
pub async fn cancel_own(
    state: web::Data<AppState>,
    token: web::Path<crate::domain::LinkToken>,
) -> Result<HttpResponse, AppError> {
    let (token, now, composer) = (
        token.into_inner(),
        chrono::Utc::now(),
        state.composer.clone(),
    );
    let (view, event) = state
        .db
        .write(move |conn| registrations::cancel_by_token(conn, &composer, &token, now))
        .await?;
    state.mailer.wake();
    Ok(HttpResponse::Ok().json(OwnRegistrationResponse {
        event: EventResponse::from(&event),
        registration: RegistrationResponse::of(view, &event),
    }))
}

/// All registrations of an event, in arrival order (staff of its group).
#[utoipa::path(get, path = "/api/v1/events/{id}/registrations", security(("bearer" = [])), responses(
    (status = 200, body = [RegistrationResponse]), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
))]
pub async fn list(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let rows = rows_of(&state, staff.0, id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(rows))
}

/// The registrations of an event as the staff member may see them.
pub async fn rows_of(
    state: &AppState,
    staff: crate::domain::StaffUser,
    id: i64,
) -> Result<Vec<RegistrationResponse>, AppError> {
    let (event, views) = state
        .db
        .read(move |conn| registrations::for_event(conn, &staff, id))
        .await?;
    Ok(views
        .into_iter()
        .map(|v| RegistrationResponse::of(v, &event))
        .collect())
}

/// The same as CSV with a header row, UTF-8 with a byte-order mark so that
/// spreadsheets read accented names right.
#[utoipa::path(get, path = "/api/v1/events/{id}/registrations.csv", security(("bearer" = [])), responses(
    (status = 200, content_type = "text/csv", body = String), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
))]
pub async fn list_csv(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    csv_export(&state, staff.0, id.into_inner()).await
}

/// A CSV download of an event's registrations, recorded in the audit log.
pub async fn csv_export(
    state: &AppState,
    staff: crate::domain::StaffUser,
    event_id: i64,
) -> Result<HttpResponse, AppError> {
    let rows = rows_of(state, staff.clone(), event_id).await?;
    let body = crate::export::registrations_csv(&rows).map_err(AppError::internal)?;
    let subject = format!("registrations of event {event_id}");
    let filename = format!("event-{event_id}-registrations.csv");
    crate::api::logged_csv_download(state, staff, subject, &filename, body).await
}

/// Cancels a registration on someone's behalf (staff of the group).
#[utoipa::path(post, path = "/api/v1/events/{id}/registrations/{registration_id}/cancel", security(("bearer" = [])), responses(
    (status = 200, body = RegistrationResponse), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
))]
pub async fn staff_cancel(
    state: web::Data<AppState>,
    staff: ApiStaff,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let ((event_id, id), now, composer) = (
        path.into_inner(),
        chrono::Utc::now(),
        state.composer.clone(),
    );
    let (view, event) = state
        .db
        .write(move |conn| {
            let view =
                registrations::cancel_by_staff(conn, &composer, &staff.0, event_id, id, now)?;
            let event = crate::ops::events::load(conn, event_id)?
                .ok_or_else(|| AppError::NotFound("No such event.".into()))?;
            Ok::<_, AppError>((view, event))
        })
        .await?;
    state.mailer.wake();
    Ok(HttpResponse::Ok().json(RegistrationResponse::of(view, &event)))
}

#[derive(Deserialize, ToSchema)]
pub struct AttendanceRequest {
    /// attended, no_show, or null to clear
    pub attendance: Option<String>,
}

/// Marks a confirmed participant as attended or absent, once the event has begun.
#[utoipa::path(put, path = "/api/v1/events/{id}/registrations/{registration_id}/attendance", request_body = AttendanceRequest,
    security(("bearer" = [])), responses(
    (status = 200, body = RegistrationResponse), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
    (status = 409, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody),
))]
pub async fn set_attendance(
    state: web::Data<AppState>,
    staff: ApiStaff,
    path: web::Path<(i64, i64)>,
    body: ApiJson<AttendanceRequest>,
) -> Result<HttpResponse, AppError> {
    let attendance = match body.0.attendance.as_deref() {
        None => None,
        Some(raw) => Some(Attendance::parse(raw).ok_or_else(|| {
            AppError::invalid_field("attendance", "must be attended, no_show or null")
        })?),
    };
    let ((event_id, id), now) = (path.into_inner(), chrono::Utc::now());
    let (view, event) = state
        .db
        .write(move |conn| {
            let view =
                registrations::mark_attendance(conn, &staff.0, event_id, id, attendance, now)?;
            let event = crate::ops::events::load(conn, event_id)?
                .ok_or_else(|| AppError::NotFound("No such event.".into()))?;
            Ok::<_, AppError>((view, event))
        })
        .await?;
    Ok(HttpResponse::Ok().json(RegistrationResponse::of(view, &event)))
}
