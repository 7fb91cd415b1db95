//! Registrations: the public sign-up, the holder's manage link, and the staff
//! lists (JSON and CSV), cancellations and attendance.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::events::EventResponse;
use crate::api::ApiJson;
use crate::domain::participation::Attendance;
use crate::domain::people::{NewRegistration, PersonFields};
use crate::domain::Language;
use crate::error::AppError;
use crate::ops::event_view::EventView;
use crate::ops::registrations::{self, Registered, RegistrationView};
use crate::web::auth::ApiStaff;
use crate::web::AppState;

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
    /// Every field checked, every error gathered; English when no language is given.
    pub fn parse(self) -> Result<NewRegistration, AppError> {
        let fields = PersonFields {
            name: self.name.as_deref(),
            email: self.email.as_deref(),
            organisation: self.organisation.as_deref(),
            country: self.country.as_deref(),
            language: self.language.as_deref(),
            organisation_kind: self.organisation_kind.as_deref(),
        };
        NewRegistration::parse(fields, self.note.as_deref(), Language::En)
            .map_err(AppError::invalid)
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
    state.rate_limit.check(crate::web::client::of(&req))?;
    let new = body.0.parse()?;
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    let outcome = state.register(id, new, now).await?;
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
        let registered_at = view.registered_at(event);
        let row = view.row;
        RegistrationResponse {
            registered_at,
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

/// Cancels one's own registration; repeating it changes nothing. Once the event
/// has begun it is a record of who came: 409 registration_closed.
#[utoipa::path(post, path = "/api/v1/registrations/{token}/cancel", params(("token" = String, Path, description = "the secret of the manage link")), responses(
    (status = 200, body = OwnRegistrationResponse), (status = 404, body = crate::error::ErrorBody),
    (status = 409, body = crate::error::ErrorBody),
))]
pub async fn cancel_own(
    state: web::Data<AppState>,
    token: web::Path<crate::domain::LinkToken>,
) -> Result<HttpResponse, AppError> {
    let (token, now) = (token.into_inner(), chrono::Utc::now());
    let (view, event) = state
        .write_and_send(move |conn, composer| {
            crate::ops::cancellations::cancel_by_token(conn, composer, &token, now)
        })
        .await?;
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
    let id = id.into_inner();
    let (event, views) = state
        .db
        .read(move |conn| crate::ops::attendance::for_event(conn, &staff.0, id))
        .await?;
    let rows: Vec<RegistrationResponse> = views
        .into_iter()
        .map(|v| RegistrationResponse::of(v, &event))
        .collect();
    Ok(HttpResponse::Ok().json(rows))
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
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    let file = state
        .db
        .write(move |conn| crate::ops::exports::registrations(conn, &staff.0, id, now))
        .await?;
    Ok(crate::web::respond::csv_download(file))
}

/// The optional body of a cancellation by staff.
#[derive(Deserialize, ToSchema, Default)]
pub struct StaffCancelRequest {
    /// Told to the person in the cancellation mail (at most 1000 characters)
    pub reason: Option<String>,
}

/// Cancels a registration on someone's behalf (staff of the group). The person is
/// mailed that the organisers cancelled it, with `reason` when given; the body may
/// be left out.
#[utoipa::path(post, path = "/api/v1/events/{id}/registrations/{registration_id}/cancel", request_body(content = Option<StaffCancelRequest>, description = "optional"), security(("bearer" = [])), responses(
    (status = 200, body = RegistrationResponse), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
))]
pub async fn staff_cancel(
    state: web::Data<AppState>,
    staff: ApiStaff,
    path: web::Path<(i64, i64)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let reason = match body.is_empty() {
        true => None,
        // `null` stands for no body, as the schema allows.
        false => {
            crate::api::json::parse::<Option<StaffCancelRequest>>(&body)?.and_then(|r| r.reason)
        }
    };
    let ((event_id, id), now) = (path.into_inner(), chrono::Utc::now());
    let (view, event) = state
        .write_and_send(move |conn, composer| {
            let view = crate::ops::cancellations::cancel_by_staff(
                conn, composer, &staff.0, event_id, id, reason, now,
            )?;
            let event = crate::ops::event_view::load(conn, event_id)?
                .ok_or_else(|| AppError::NotFound("No such event.".into()))?;
            Ok((view, event))
        })
        .await?;
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
            let view = crate::ops::attendance::mark_attendance(
                conn, &staff.0, event_id, id, attendance, now,
            )?;
            let event = crate::ops::event_view::load(conn, event_id)?
                .ok_or_else(|| AppError::NotFound("No such event.".into()))?;
            Ok::<_, AppError>((view, event))
        })
        .await?;
    Ok(HttpResponse::Ok().json(RegistrationResponse::of(view, &event)))
}

/// Imports the attendance of an event that has begun (a past event recorded
/// afterwards) from CSV: columns name, email, organisation, country, kind (or
/// organisation_kind) and attended (yes or no); a header row. Each row becomes a
/// confirmed registration marked as given, or marks the one the address holds.
/// No mail is sent. Rows with bad values are reported with their line.
#[utoipa::path(post, path = "/api/v1/events/{id}/attendance/import", request_body(content = String, content_type = "text/csv"),
    security(("bearer" = [])), responses(
    (status = 200, body = crate::ops::member_import::ImportReport), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
    (status = 409, body = crate::error::ErrorBody), (status = 413, body = crate::error::ErrorBody),
    (status = 415, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody),
))]
pub async fn import_attendance(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    crate::api::members::require_csv(&req)?;
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    let report =
        crate::ops::attendance_import::import_csv(&state.db, &staff.0, id, &body, now).await?;
    Ok(HttpResponse::Ok().json(report))
}
