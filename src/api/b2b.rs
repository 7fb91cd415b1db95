//! B2B meetings at a forum: the session (staff), profiles, the catalogue and
//! requests (participants, by their manage link's token), the schedule, agendas
//! and outcomes.

use actix_web::{web, HttpResponse};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::api::ApiJson;
use crate::domain::b2b::{available_slots, Outcome, SessionFields};
use crate::domain::events::parse_instant;
use crate::domain::{FieldErrors, LinkToken};
use crate::error::{AppError, ErrorBody};
use crate::ops::b2b::{self as ops, Filter, Planned, SessionView, Viewer};
use crate::store::b2b::{Meeting, Participant};
use crate::web::auth::{ApiStaff, OptionalApiStaff};
use crate::web::AppState;

fn local(t: DateTime<Utc>, zone: Tz) -> String {
    t.with_timezone(&zone).to_rfc3339()
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SessionRequest {
    /// RFC 3339, within the event's time
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    /// 10, 15, 20, 25, 30, 45 or 60
    pub slot_minutes: Option<i64>,
    pub tables: Option<i64>,
    /// When requests close: at or before the session's start
    pub requests_close_at: Option<String>,
}

impl SessionRequest {
    /// The times parsed; each bad one named.
    fn fields(self) -> Result<SessionFields, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut time = |field: &str, raw: Option<String>| {
            raw.and_then(|raw| errors.check(field, parse_instant(&raw)))
        };
        let fields = SessionFields {
            starts_at: time("starts_at", self.starts_at),
            ends_at: time("ends_at", self.ends_at),
            requests_close_at: time("requests_close_at", self.requests_close_at),
            slot_minutes: self.slot_minutes,
            tables: self.tables,
        };
        if errors.is_empty() {
            Ok(fields)
        } else {
            Err(errors)
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct SlotResponse {
    pub index: usize,
    pub starts_at: String,
    pub ends_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct SessionResponse {
    pub event_id: i64,
    pub starts_at: String,
    pub ends_at: String,
    pub slot_minutes: u32,
    pub tables: u32,
    pub requests_close_at: String,
    pub slots: Vec<SlotResponse>,
    /// Whether staff have mailed the agendas
    pub published: bool,
}

impl From<&SessionView> for SessionResponse {
    fn from(view: &SessionView) -> Self {
        let (s, zone) = (&view.session, view.zone);
        SessionResponse {
            event_id: view.row.event_id,
            starts_at: local(s.starts_at, zone),
            ends_at: local(s.ends_at, zone),
            slot_minutes: s.slot_minutes,
            tables: s.tables,
            requests_close_at: local(s.requests_close_at, zone),
            slots: s
                .slots()
                .into_iter()
                .map(|slot| SlotResponse {
                    index: slot.index,
                    starts_at: local(slot.starts_at, zone),
                    ends_at: local(slot.ends_at, zone),
                })
                .collect(),
            published: view.row.published_at.is_some(),
        }
    }
}

/// Sets the event's B2B session: its window, cut into slots, and its tables.
#[utoipa::path(put, path = "/api/v1/events/{id}/b2b", security(("bearer" = [])), request_body = SessionRequest, responses(
    (status = 200, body = SessionResponse), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
))]
pub async fn put_session(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
    body: ApiJson<SessionRequest>,
) -> Result<HttpResponse, AppError> {
    let (id, now) = (id.into_inner(), Utc::now());
    let fields = body.0.fields().map_err(AppError::invalid)?;
    let view = state
        .db
        .write(move |conn| ops::save_session(conn, &staff.0, id, fields, now))
        .await?;
    Ok(HttpResponse::Ok().json(SessionResponse::from(&view)))
}

/// The event's B2B session, for anyone who may see the event.
#[utoipa::path(get, path = "/api/v1/events/{id}/b2b", responses(
    (status = 200, body = SessionResponse), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn get_session(
    state: web::Data<AppState>,
    staff: OptionalApiStaff,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let view = state
        .db
        .read(move |conn| ops::session(conn, staff.0.as_ref(), id))
        .await?
        .ok_or_else(|| AppError::NotFound(format!("Event {id} has no B2B session.")))?;
    Ok(HttpResponse::Ok().json(SessionResponse::from(&view)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileRequest {
    pub offers: Option<String>,
    pub seeks: Option<String>,
    /// Slot indexes one can attend; omitted: every slot
    pub available: Option<Vec<i64>>,
}

#[derive(Serialize, ToSchema)]
pub struct ProfileResponse {
    pub id: i64,
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub organisation_kind: Option<String>,
    pub offers: String,
    pub seeks: String,
    pub available: Vec<usize>,
}

fn profile(p: &Participant, slots: usize) -> ProfileResponse {
    let r = &p.registration;
    ProfileResponse {
        id: p.profile.id,
        name: r.name.clone(),
        organisation: r.organisation.clone(),
        country: r.country.clone(),
        organisation_kind: r.organisation_kind.clone(),
        offers: p.profile.offers.clone(),
        seeks: p.profile.seeks.clone(),
        available: available_slots(p.profile.available, slots),
    }
}

/// A confirmed participant opts in to B2B meetings, or changes their profile.
#[utoipa::path(put, path = "/api/v1/registrations/{token}/b2b/profile", request_body = ProfileRequest, params(("token" = String, Path, description = "the secret of the manage link")), responses(
    (status = 200, body = ProfileResponse), (status = 403, body = ErrorBody),
    (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
))]
pub async fn put_profile(
    state: web::Data<AppState>,
    token: web::Path<LinkToken>,
    body: ApiJson<ProfileRequest>,
) -> Result<HttpResponse, AppError> {
    let (token, body, now) = (token.into_inner(), body.0, Utc::now());
    let (participant, slots) = state
        .db
        .write(move |conn| {
            let p = ops::save_profile(
                conn,
                &token,
                body.offers.as_deref(),
                body.seeks.as_deref(),
                body.available.as_deref(),
                now,
            )?;
            let slots = ops::holder_view(conn, &token)?.session.session.slot_count();
            Ok::<_, AppError>((p, slots))
        })
        .await?;
    Ok(HttpResponse::Ok().json(profile(&participant, slots)))
}

#[derive(Deserialize, IntoParams)]
pub struct CatalogueQuery {
    /// A participant's manage-link token (staff use their bearer token instead)
    pub token: Option<String>,
    /// ISO country code
    pub country: Option<String>,
    /// Organisation kind
    pub kind: Option<String>,
    /// Words that must all appear in the name, organisation, offers or seeks
    pub q: Option<String>,
}

/// The session's profiles, for participants who have one and for staff.
#[utoipa::path(get, path = "/api/v1/events/{id}/b2b/participants", params(CatalogueQuery), responses(
    (status = 200, body = [ProfileResponse]), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn participants(
    state: web::Data<AppState>,
    staff: OptionalApiStaff,
    id: web::Path<i64>,
    query: web::Query<CatalogueQuery>,
) -> Result<HttpResponse, AppError> {
    let (id, query) = (id.into_inner(), query.into_inner());
    let filter = Filter {
        country: query.country,
        kind: query.kind,
        words: query.q,
    };
    let token = query.token;
    let (session, list) = state
        .db
        .read(move |conn| {
            let viewer = match (&staff.0, &token) {
                (Some(staff), _) => Viewer::Staff(staff),
                (None, Some(token)) => Viewer::Participant(token),
                (None, None) => {
                    return Err(AppError::Unauthorized(
                        "Pass your manage link's token as ?token=, or sign in as staff.".into(),
                    ))
                }
            };
            ops::participants(conn, viewer, id, &filter)
        })
        .await?;
    let slots = session.session.slot_count();
    let body: Vec<ProfileResponse> = list.iter().map(|p| profile(p, slots)).collect();
    Ok(HttpResponse::Ok().json(body))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRequest {
    /// The profile asked
    pub to: i64,
    pub message: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct RequestResponse {
    pub id: i64,
    /// Profile ids
    pub from: i64,
    pub to: i64,
    /// pending, accepted, declined or expired
    pub status: String,
    pub message: String,
    pub created_at: String,
}

fn request(view: &ops::RequestView) -> RequestResponse {
    RequestResponse {
        id: view.row.id,
        from: view.row.from_profile,
        to: view.row.to_profile,
        status: view.status.as_str().into(),
        message: view.row.message.clone(),
        created_at: view.row.created_at.and_utc().to_rfc3339(),
    }
}

/// Asks another participant for a meeting; they are mailed in their language.
#[utoipa::path(post, path = "/api/v1/registrations/{token}/b2b/requests", request_body = NewRequest, params(("token" = String, Path, description = "the secret of the manage link")), responses(
    (status = 201, body = RequestResponse), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
))]
pub async fn send_request(
    state: web::Data<AppState>,
    token: web::Path<LinkToken>,
    body: ApiJson<NewRequest>,
) -> Result<HttpResponse, AppError> {
    let (token, body, now) = (token.into_inner(), body.0, Utc::now());
    let row = state
        .write_and_send(move |conn, composer| {
            ops::send_request(
                conn,
                composer,
                &token,
                body.to,
                body.message.as_deref(),
                now,
            )
        })
        .await?;
    let view = ops::RequestView {
        status: crate::domain::b2b::RequestStatus::Pending,
        row,
    };
    Ok(HttpResponse::Created().json(request(&view)))
}

#[derive(Serialize, ToSchema)]
pub struct OwnRequestResponse {
    #[serde(flatten)]
    pub request: RequestResponse,
    /// sent or received
    pub direction: String,
    /// The other side's profile
    pub with: ProfileResponse,
}

/// The requests one sent and received, oldest first.
#[utoipa::path(get, path = "/api/v1/registrations/{token}/b2b/requests", params(("token" = String, Path, description = "the secret of the manage link")), responses(
    (status = 200, body = [OwnRequestResponse]), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn list_requests(
    state: web::Data<AppState>,
    token: web::Path<LinkToken>,
) -> Result<HttpResponse, AppError> {
    let (token, now) = (token.into_inner(), Utc::now());
    let (holder, list) = state
        .db
        .read(move |conn| ops::requests(conn, &token, now))
        .await?;
    let slots = holder.session.session.slot_count();
    let own = holder.profile.as_ref().map(|p| p.profile.id);
    let body: Vec<OwnRequestResponse> = list
        .iter()
        .map(|(view, other)| OwnRequestResponse {
            request: request(view),
            direction: if Some(view.row.from_profile) == own {
                "sent"
            } else {
                "received"
            }
            .into(),
            with: profile(other, slots),
        })
        .collect();
    Ok(HttpResponse::Ok().json(body))
}

async fn answer(
    state: web::Data<AppState>,
    path: web::Path<(LinkToken, i64)>,
    accept: bool,
) -> Result<HttpResponse, AppError> {
    let ((token, id), now) = (path.into_inner(), Utc::now());
    let view = state
        .write_and_send(move |conn, composer| ops::answer(conn, composer, &token, id, accept, now))
        .await?;
    Ok(HttpResponse::Ok().json(request(&view)))
}

/// The recipient accepts a request; the sender is told.
#[utoipa::path(post, path = "/api/v1/registrations/{token}/b2b/requests/{id}/accept", params(("token" = String, Path, description = "the secret of the manage link"), ("id" = i64, Path)), responses(
    (status = 200, body = RequestResponse), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody),
))]
pub async fn accept(
    state: web::Data<AppState>,
    path: web::Path<(LinkToken, i64)>,
) -> Result<HttpResponse, AppError> {
    answer(state, path, true).await
}

/// The recipient declines a request; the sender is told.
#[utoipa::path(post, path = "/api/v1/registrations/{token}/b2b/requests/{id}/decline", params(("token" = String, Path, description = "the secret of the manage link"), ("id" = i64, Path)), responses(
    (status = 200, body = RequestResponse), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody),
))]
pub async fn decline(
    state: web::Data<AppState>,
    path: web::Path<(LinkToken, i64)>,
) -> Result<HttpResponse, AppError> {
    answer(state, path, false).await
}

#[derive(Serialize, ToSchema)]
pub struct MeetingResponse {
    pub id: i64,
    pub request: i64,
    pub slot: usize,
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    /// Tables are numbered from 1
    pub table: i32,
    /// The two profiles: who asked, who accepted
    pub with: [i64; 2],
    /// Kept where it is by every later plan
    pub locked: bool,
    /// The key action of the group's plan this meeting serves
    pub key_action: Option<i64>,
}

fn meeting(view: &SessionView, (m, r): &Meeting) -> MeetingResponse {
    let slot = view.session.slots().get(m.slot.max(0) as usize).copied();
    MeetingResponse {
        id: m.id,
        request: r.id,
        slot: m.slot.max(0) as usize,
        starts_at: slot.map(|s| local(s.starts_at, view.zone)),
        ends_at: slot.map(|s| local(s.ends_at, view.zone)),
        table: m.table_number + 1,
        with: [r.from_profile, r.to_profile],
        locked: m.locked,
        key_action: m.key_action_id,
    }
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct ScheduleRequest {
    /// Place every meeting afresh (locked ones stay)
    #[serde(default)]
    pub replan: bool,
}

#[derive(Serialize, ToSchema)]
pub struct LeftOut {
    pub request: i64,
    pub reason: String,
}

#[derive(Serialize, ToSchema)]
pub struct ScheduleResponse {
    pub scheduled: usize,
    pub unscheduled: Vec<LeftOut>,
    /// No schedule under the rules could place more than this many
    pub upper_bound: usize,
    pub meetings: Vec<MeetingResponse>,
}

fn schedule_response(planned: &Planned) -> ScheduleResponse {
    ScheduleResponse {
        scheduled: planned.meetings.len(),
        unscheduled: planned
            .left_out
            .iter()
            .map(|(request, reason)| LeftOut {
                request: *request,
                reason: ops::explain(*reason, |p| planned.names.name(p)),
            })
            .collect(),
        upper_bound: planned.upper_bound,
        meetings: planned
            .meetings
            .iter()
            .map(|m| meeting(&planned.session, m))
            .collect(),
    }
}

/// Places every accepted request the rules allow, and says why of each left out.
#[utoipa::path(post, path = "/api/v1/events/{id}/b2b/schedule", security(("bearer" = [])), request_body(content = Option<ScheduleRequest>, description = "optional"), responses(
    (status = 200, body = ScheduleResponse), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn schedule(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (id, now) = (id.into_inner(), Utc::now());
    let replan = match body.is_empty() {
        true => false,
        false => {
            crate::api::json::parse::<Option<ScheduleRequest>>(&body)?.is_some_and(|r| r.replan)
        }
    };
    let planned = state
        .db
        .write(move |conn| ops::schedule(conn, &staff.0, id, replan, now))
        .await?;
    Ok(HttpResponse::Ok().json(schedule_response(&planned)))
}

/// The meetings as they stand, for staff.
#[utoipa::path(get, path = "/api/v1/events/{id}/b2b/meetings", security(("bearer" = [])), responses(
    (status = 200, body = [MeetingResponse]), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn list_meetings(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let (session, meetings) = state
        .db
        .read(move |conn| ops::plan_of(conn, &staff.0, id))
        .await?;
    let body: Vec<MeetingResponse> = meetings.iter().map(|m| meeting(&session, m)).collect();
    Ok(HttpResponse::Ok().json(body))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MoveRequest {
    pub slot: Option<i64>,
    /// From 1
    pub table: Option<i64>,
    /// Default true: a meeting moved by hand stays there
    pub locked: Option<bool>,
    /// A key action of the group's plan the meeting serves; null unlinks
    #[serde(default, deserialize_with = "crate::domain::fields::double_option")]
    pub key_action: Option<Option<i64>>,
}

/// Moves a meeting by hand (the rules checked against the others) and locks it;
/// links it to a key action of the plan.
#[utoipa::path(patch, path = "/api/v1/b2b/meetings/{id}", security(("bearer" = [])), request_body = MoveRequest, responses(
    (status = 200, body = MeetingResponse), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
))]
pub async fn move_meeting(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
    body: ApiJson<MoveRequest>,
) -> Result<HttpResponse, AppError> {
    let (id, body, now) = (id.into_inner(), body.0, Utc::now());
    let (session, moved) = state
        .db
        .write(move |conn| {
            let table = body.table.map(|t| t.saturating_sub(1));
            let moves = body.slot.is_some() || table.is_some() || body.locked.is_some();
            let mut done = None;
            if moves || body.key_action.is_none() {
                done = Some(ops::move_meeting(
                    conn,
                    &staff.0,
                    id,
                    body.slot,
                    table,
                    body.locked,
                    now,
                )?);
            }
            if let Some(action) = body.key_action {
                done = Some(ops::link_key_action(conn, &staff.0, id, action, now)?);
            }
            done.ok_or_else(|| AppError::internal(anyhow::anyhow!("nothing done")))
        })
        .await?;
    Ok(HttpResponse::Ok().json(meeting(&session, &moved)))
}

#[derive(Serialize, ToSchema)]
pub struct PublishResponse {
    /// Agendas queued, one per participant with a profile
    pub queued: usize,
}

/// Mails each participant their agenda, in their language, with one calendar
/// entry per meeting.
#[utoipa::path(post, path = "/api/v1/events/{id}/b2b/publish", security(("bearer" = [])), responses(
    (status = 200, body = PublishResponse), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn publish(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (id, now) = (id.into_inner(), Utc::now());
    let queued = state
        .write_and_send(move |conn, composer| ops::publish(conn, composer, &staff.0, id, now))
        .await?;
    Ok(HttpResponse::Ok().json(PublishResponse { queued }))
}

#[derive(Serialize, ToSchema)]
pub struct AgendaEntryResponse {
    #[serde(flatten)]
    pub meeting: MeetingResponse,
    /// The other side
    pub partner: ProfileResponse,
    /// What this participant said came of it
    pub outcome: Option<String>,
}

/// One's meetings, by time, once staff have published the agendas.
#[utoipa::path(get, path = "/api/v1/registrations/{token}/b2b/agenda", params(("token" = String, Path, description = "the secret of the manage link")), responses(
    (status = 200, body = [AgendaEntryResponse]), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn agenda(
    state: web::Data<AppState>,
    token: web::Path<LinkToken>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let (holder, entries) = state.db.read(move |conn| ops::agenda(conn, &token)).await?;
    let slots = holder.session.session.slot_count();
    let own = holder.profile.as_ref().map(|p| p.profile.id);
    let body: Vec<AgendaEntryResponse> = entries
        .into_iter()
        .map(|e| {
            let outcome = if Some(e.request.from_profile) == own {
                e.meeting.outcome_from.clone()
            } else {
                e.meeting.outcome_to.clone()
            };
            AgendaEntryResponse {
                partner: profile(&e.with, slots),
                meeting: meeting(&holder.session, &(e.meeting, e.request)),
                outcome,
            }
        })
        .collect();
    Ok(HttpResponse::Ok().json(body))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomeRequest {
    /// no_contact, in_contact or agreement
    pub outcome: String,
}

/// Either side says what came of a meeting, after the event.
#[utoipa::path(post, path = "/api/v1/registrations/{token}/b2b/meetings/{id}/outcome", request_body = OutcomeRequest, params(("token" = String, Path, description = "the secret of the manage link"), ("id" = i64, Path)), responses(
    (status = 200, body = MeetingResponse), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
))]
pub async fn outcome(
    state: web::Data<AppState>,
    path: web::Path<(LinkToken, i64)>,
    body: ApiJson<OutcomeRequest>,
) -> Result<HttpResponse, AppError> {
    let ((token, id), now) = (path.into_inner(), Utc::now());
    let outcome = Outcome::parse(body.0.outcome.trim()).ok_or_else(|| {
        let mut errors = FieldErrors::new();
        errors.add("outcome", "must be no_contact, in_contact or agreement");
        AppError::invalid(errors)
    })?;
    let (session, saved) = state
        .db
        .write(move |conn| {
            let saved = ops::record_outcome(conn, &token, id, outcome, now)?;
            Ok::<_, AppError>((ops::holder_view(conn, &token)?.session, saved))
        })
        .await?;
    Ok(HttpResponse::Ok().json(meeting(&session, &saved)))
}
