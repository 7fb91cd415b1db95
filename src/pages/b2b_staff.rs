//! The staff pages of an event's B2B session: its settings, the scheduler's run,
//! the meetings slot by slot with a hand move, what is left out and why, the
//! agendas' publication, and the printable table plan with name cards.

use std::collections::HashMap;

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::web;
use serde::{Deserialize, Serialize};

use super::language::{field_error, PageLanguage};
use super::{context, html, render, verify_csrf, CsrfForm, PageResult, Reader};
use crate::domain::b2b::{SessionFields, SLOT_MINUTES};
use crate::domain::events::parse_instant;
use crate::domain::time::item_label_in;
use crate::domain::FieldErrors;
use crate::error::AppError;
use crate::ops::b2b::{self as ops, Reason, StaffBoard};
use crate::store::b2b::Participant;
use crate::web::auth::SessionStaff;
use crate::web::respond::see_other;
use crate::web::AppState;

#[derive(Serialize)]
struct Side {
    name: String,
    organisation: String,
    country: String,
}

#[derive(Serialize)]
struct MeetingView {
    id: i64,
    table: i32,
    locked: bool,
    a: Side,
    b: Side,
}

#[derive(Serialize)]
struct SlotView {
    index: usize,
    label: String,
    meetings: Vec<MeetingView>,
}

fn side(people: &HashMap<i64, &Participant>, profile: i64) -> Side {
    match people.get(&profile) {
        Some(p) => Side {
            name: p.registration.name.clone(),
            organisation: p.registration.organisation.clone(),
            country: p.registration.country.clone(),
        },
        None => Side {
            name: format!("#{profile}"),
            organisation: String::new(),
            country: String::new(),
        },
    }
}

/// A reason left out, in the reader's language, naming people.
fn reason_text(
    reason: Option<Reason>,
    people: &HashMap<i64, &Participant>,
    language: &PageLanguage,
) -> String {
    let name = |p: i64| side(people, p).name;
    match reason {
        None => language.say("b2b-reason-not-yet", &[]),
        Some(Reason::NoAvailability { person }) => {
            language.say("b2b-reason-no-availability", &[("name", &name(person))])
        }
        Some(Reason::NoCommonSlot) => language.say("b2b-reason-no-common-slot", &[]),
        Some(Reason::PersonBusy { person }) => {
            language.say("b2b-reason-person-busy", &[("name", &name(person))])
        }
        Some(Reason::BothBusy) => language.say("b2b-reason-both-busy", &[]),
        Some(Reason::TablesFull) => language.say("b2b-reason-tables-full", &[]),
        Some(Reason::Mixed) => language.say("b2b-reason-mixed", &[]),
        Some(Reason::Invalid) => language.say("b2b-reason-invalid", &[]),
    }
}

/// The session's slots with their meetings, in the event's zone.
fn slots_of(board: &StaffBoard, language: &PageLanguage) -> Vec<SlotView> {
    let Some(session) = &board.session else {
        return Vec::new();
    };
    let people: HashMap<i64, &Participant> = board
        .participants
        .iter()
        .map(|p| (p.profile.id, p))
        .collect();
    session
        .session
        .slots()
        .iter()
        .map(|slot| SlotView {
            index: slot.index,
            label: item_label_in(
                slot.starts_at.naive_utc(),
                slot.ends_at.naive_utc(),
                board.event.row.starts_at,
                board.event.zone(),
                language.language,
            ),
            meetings: board
                .meetings
                .iter()
                .filter(|(m, _)| m.slot as usize == slot.index)
                .map(|(m, r)| MeetingView {
                    id: m.id,
                    table: m.table_number + 1,
                    locked: m.locked,
                    a: side(&people, r.from_profile),
                    b: side(&people, r.to_profile),
                })
                .collect(),
        })
        .collect()
}

/// What the page's session form shows: the stored values in the event's zone,
/// or what was typed.
fn form_values(board: &StaffBoard) -> HashMap<&'static str, String> {
    let zone = board.event.zone();
    let local = |t: chrono::DateTime<chrono::Utc>| {
        t.with_timezone(&zone).format("%Y-%m-%dT%H:%M").to_string()
    };
    let mut values = HashMap::new();
    match &board.session {
        Some(view) => {
            let s = &view.session;
            values.insert("starts_at", local(s.starts_at));
            values.insert("ends_at", local(s.ends_at));
            values.insert("requests_close_at", local(s.requests_close_at));
            values.insert("slot_minutes", s.slot_minutes.to_string());
            values.insert("tables", s.tables.to_string());
        }
        None => {
            let start = board.event.row.starts_at.and_utc();
            values.insert("starts_at", local(start + chrono::Duration::hours(5)));
            values.insert("ends_at", local(start + chrono::Duration::hours(7)));
            values.insert(
                "requests_close_at",
                local(start - chrono::Duration::days(2)),
            );
            values.insert("slot_minutes", "20".into());
            values.insert("tables", "10".into());
        }
    }
    values
}

#[derive(Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn page(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    done: web::Query<Done>,
    language: PageLanguage,
) -> PageResult {
    let reader = Reader::of(&state, &session, &staff, &language);
    show(&reader, id.into_inner(), done.into_inner().done, None).await
}

/// What a refused form typed, and why.
struct Refused {
    typed: HashMap<&'static str, String>,
    errors: Vec<String>,
}

async fn show(
    reader: &Reader<'_>,
    id: i64,
    done: Option<String>,
    refused: Option<Refused>,
) -> PageResult {
    let Reader {
        state,
        session,
        staff,
        language,
    } = *reader;
    let user = staff.0.clone();
    let board = state
        .db
        .read(move |conn| ops::staff_board(conn, &user, id))
        .await?;
    let mut ctx = context(session, Some(&staff.0), language);
    ctx.insert("csrf_token", &super::csrf_token(session));
    ctx.insert("event", &super::views::Event::from(&board.event));
    ctx.insert(
        "group",
        &super::views::Group::of(board.event.group.clone(), language.language),
    );
    ctx.insert("when", &super::views::when_in(&board.event, language));
    let status = if refused.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let (values, errors) = match refused {
        Some(refused) if !refused.typed.is_empty() => (refused.typed, refused.errors),
        Some(refused) => (form_values(&board), refused.errors),
        None => (form_values(&board), Vec::new()),
    };
    ctx.insert("values", &values);
    ctx.insert("errors", &errors);
    ctx.insert("slot_lengths", &SLOT_MINUTES);
    ctx.insert("has_session", &board.session.is_some());
    let people: HashMap<i64, &Participant> = board
        .participants
        .iter()
        .map(|p| (p.profile.id, p))
        .collect();
    let count = |status: &str| board.requests.iter().filter(|r| r.status == status).count();
    ctx.insert("profiles", &board.participants.len());
    ctx.insert("pending", &count("pending"));
    ctx.insert("accepted", &count("accepted"));
    ctx.insert("declined", &count("declined"));
    ctx.insert("placed", &board.meetings.len());
    ctx.insert("upper_bound", &board.upper_bound);
    let unplaced: Vec<serde_json::Value> = board
        .unplaced
        .iter()
        .map(|(r, why)| {
            serde_json::json!({
                "a": side(&people, r.from_profile),
                "b": side(&people, r.to_profile),
                "reason": reason_text(*why, &people, language),
            })
        })
        .collect();
    ctx.insert("unplaced", &unplaced);
    let broken: Vec<serde_json::Value> = board
        .broken
        .iter()
        .filter_map(|(request, why)| {
            let (_, r) = board
                .meetings
                .iter()
                .find(|(m, _)| m.request_id == *request)?;
            Some(serde_json::json!({
                "a": side(&people, r.from_profile),
                "b": side(&people, r.to_profile),
                "reason": field_error(language.language, why),
            }))
        })
        .collect();
    ctx.insert("broken", &broken);
    let slots = slots_of(&board, language);
    ctx.insert(
        "slot_indexes",
        &slots
            .iter()
            .map(|s| (s.index, s.label.clone()))
            .collect::<Vec<_>>(),
    );
    ctx.insert("slots", &slots);
    ctx.insert(
        "tables",
        &board.session.as_ref().map_or(0, |s| s.session.tables),
    );
    let published = board
        .session
        .as_ref()
        .and_then(|s| s.row.published_at)
        .map(|at| {
            crate::domain::time::local_label_in(at, state.config.timezone, language.language)
        });
    ctx.insert("published", &published);
    ctx.insert("done", &done);
    Ok(html(status, render(state, "staff_b2b.html", &ctx)?))
}

#[derive(Deserialize)]
pub struct SessionForm {
    csrf_token: String,
    #[serde(default)]
    starts_at: String,
    #[serde(default)]
    ends_at: String,
    #[serde(default)]
    requests_close_at: String,
    #[serde(default)]
    slot_minutes: String,
    #[serde(default)]
    tables: String,
}

pub async fn save_session(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<SessionForm>,
    language: PageLanguage,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (id, form, now) = (id.into_inner(), form.into_inner(), chrono::Utc::now());
    let user = staff.0.clone();
    let zone = state
        .db
        .read(move |conn| crate::ops::event_view::managed(conn, &user, id).map(|e| e.zone()))
        .await?;
    let mut errors = FieldErrors::new();
    let mut time = |field: &str, raw: &str| {
        super::event_form::to_instant(raw, Some(zone), field, &mut errors)
            .and_then(|rfc| parse_instant(&rfc).ok())
    };
    let fields = SessionFields {
        starts_at: time("starts_at", &form.starts_at),
        ends_at: time("ends_at", &form.ends_at),
        requests_close_at: time("requests_close_at", &form.requests_close_at),
        slot_minutes: form.slot_minutes.trim().parse().ok(),
        tables: form.tables.trim().parse().ok(),
    };
    let user = staff.0.clone();
    let saved = if errors.is_empty() {
        state
            .db
            .write(move |conn| ops::save_session(conn, &user, id, fields, now))
            .await
            .map(drop)
    } else {
        Err(AppError::invalid(errors))
    };
    match saved {
        Ok(()) => Ok(see_other(format!("/staff/events/{id}/b2b?done=session"))),
        Err(AppError::InvalidInput { fields, .. }) => {
            let typed = HashMap::from([
                ("starts_at", form.starts_at),
                ("ends_at", form.ends_at),
                ("requests_close_at", form.requests_close_at),
                ("slot_minutes", form.slot_minutes),
                ("tables", form.tables),
            ]);
            let errors = fields
                .iter()
                .map(|(field, message)| {
                    format!(
                        "{}: {}",
                        language.say(&format!("b2b-field-{field}"), &[]),
                        field_error(language.language, message)
                    )
                })
                .collect();
            let reader = Reader::of(&state, &session, &staff, &language);
            show(&reader, id, None, Some(Refused { typed, errors })).await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Deserialize)]
pub struct ScheduleForm {
    csrf_token: String,
    #[serde(default)]
    replan: Option<String>,
}

pub async fn schedule(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<ScheduleForm>,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (id, now, user) = (id.into_inner(), chrono::Utc::now(), staff.0.clone());
    let replan = form.replan.is_some();
    state
        .db
        .write(move |conn| ops::schedule(conn, &user, id, replan, now))
        .await?;
    Ok(see_other(format!("/staff/events/{id}/b2b?done=scheduled")))
}

pub async fn publish(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<CsrfForm>,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (id, now, user) = (id.into_inner(), chrono::Utc::now(), staff.0.clone());
    state
        .write_and_send(move |conn, composer| ops::publish(conn, composer, &user, id, now))
        .await?;
    Ok(see_other(format!("/staff/events/{id}/b2b?done=published")))
}

#[derive(Deserialize)]
pub struct MoveForm {
    csrf_token: String,
    #[serde(default)]
    slot: String,
    /// From 1, as people count tables.
    #[serde(default)]
    table: String,
}

/// Moves a meeting by hand and locks it there; a move the rules refuse comes
/// back as the page with why.
pub async fn move_meeting(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<MoveForm>,
    language: PageLanguage,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (id, now, user) = (id.into_inner(), chrono::Utc::now(), staff.0.clone());
    let slot = form.slot.trim().parse::<i64>().ok();
    let table = form
        .table
        .trim()
        .parse::<i64>()
        .ok()
        .map(|t| t.saturating_sub(1));
    let moved = state
        .db
        .write(move |conn| ops::move_meeting(conn, &user, id, slot, table, Some(true), now))
        .await;
    match moved {
        Ok((session_view, _)) => Ok(see_other(format!(
            "/staff/events/{}/b2b?done=moved",
            session_view.row.event_id
        ))),
        Err(AppError::InvalidInput { fields, .. }) => {
            let user = staff.0.clone();
            let event = state
                .db
                .read(move |conn| {
                    crate::store::b2b::meeting(conn, id)
                        .map_err(AppError::from)?
                        .ok_or_else(|| AppError::NotFound(format!("There is no meeting {id}.")))
                        .and_then(|(m, _)| crate::ops::event_view::managed(conn, &user, m.event_id))
                })
                .await?;
            let errors = fields
                .values()
                .map(|m| {
                    let why = field_error(language.language, m);
                    format!("{}: {why}", language.say("b2b-move-refused", &[]))
                })
                .collect();
            let reader = Reader::of(&state, &session, &staff, &language);
            let typed = HashMap::new();
            show(&reader, event.row.id, None, Some(Refused { typed, errors })).await
        }
        Err(other) => Err(other.into()),
    }
}

/// The printable plan: per slot, who sits at which table; then a name card per
/// table and slot to put on the table.
pub async fn tables(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    language: PageLanguage,
) -> PageResult {
    let (id, user) = (id.into_inner(), staff.0.clone());
    let board = state
        .db
        .read(move |conn| ops::staff_board(conn, &user, id))
        .await?;
    let mut ctx = context(&session, Some(&staff.0), &language);
    ctx.insert("event", &super::views::Event::from(&board.event));
    ctx.insert("when", &super::views::when_in(&board.event, &language));
    ctx.insert("slots", &slots_of(&board, &language));
    Ok(html(
        StatusCode::OK,
        render(&state, "staff_b2b_tables.html", &ctx)?,
    ))
}
