//! B2B meetings at a forum: staff set the session, confirmed participants opt in
//! with a profile, ask each other for meetings and answer; staff place the
//! accepted ones (`domain::meeting_schedule`), move or lock them by hand and
//! publish the agendas; afterwards each side says what came of a meeting.
//! Every write takes the event's row lock, so that two requests between the same
//! two people, or a request and a new plan, never cross.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};

use crate::calendar::{self, CalendarEvent, EntryStatus};
use crate::db::{write_transaction, DbConnection};
use crate::domain::b2b::{
    self, may_request, Outcome, ProfileText, RequestStatus, Session, SessionFields, Side,
};
use crate::domain::events::Closed;
use crate::domain::mail::MailKind;
use crate::domain::meeting_schedule::{self as plan, Placement, Problem};
use crate::domain::organisations::fold;
use crate::domain::seats::SeatStatus;
use crate::domain::{EmailAddress, Language, StaffUser};
use crate::error::AppError;
use crate::mail::compose::Attachment;
use crate::mail::Composer;
use crate::ops::audit::About;
use crate::ops::event_view::{self, event_email, EventView};
use crate::store::b2b::{
    Meeting, MeetingRow, NewProfile, Participant, RequestRow, SentEntry, SessionRow,
};
use crate::store::registrations::RegistrationRow;
use crate::store::{self};

fn no_session(event_id: i64) -> AppError {
    AppError::NotFound(format!("Event {event_id} has no B2B session."))
}

/// The stored session as the rules see it.
pub fn session_of(row: &SessionRow) -> Session {
    Session {
        starts_at: row.starts_at.and_utc(),
        ends_at: row.ends_at.and_utc(),
        slot_minutes: row.slot_minutes.max(1) as u32,
        tables: row.tables.max(1) as u32,
        requests_close_at: row.requests_close_at.and_utc(),
    }
}

/// A session with its stored facts (publication).
#[derive(Debug, Clone)]
pub struct SessionView {
    pub row: SessionRow,
    pub session: Session,
    /// The event's zone, in which its times are shown.
    pub zone: chrono_tz::Tz,
}

impl SessionView {
    fn of(row: SessionRow, event: &EventView) -> SessionView {
        SessionView {
            session: session_of(&row),
            row,
            zone: event.zone(),
        }
    }
}

fn session_view(conn: &mut DbConnection, event: &EventView) -> Result<SessionView, AppError> {
    store::b2b::session(conn, event.row.id)?
        .map(|row| SessionView::of(row, event))
        .ok_or_else(|| no_session(event.row.id))
}

/// Sets the event's session (creating it); meetings in slots that no longer
/// exist are left for the next plan to move.
pub fn save_session(
    conn: &mut DbConnection,
    staff: &StaffUser,
    event_id: i64,
    fields: SessionFields,
    now: DateTime<Utc>,
) -> Result<SessionView, AppError> {
    write_transaction(conn, |conn| {
        let event = event_view::managed(conn, staff, event_id)?;
        let span = event.span()?;
        let session = Session::parse(fields, &span).map_err(AppError::invalid)?;
        let row = SessionRow {
            event_id,
            starts_at: session.starts_at.naive_utc(),
            ends_at: session.ends_at.naive_utc(),
            slot_minutes: session.slot_minutes as i32,
            tables: session.tables as i32,
            requests_close_at: session.requests_close_at.naive_utc(),
            published_at: None,
            outcomes_asked_at: None,
            updated_at: now.naive_utc(),
        };
        store::b2b::save_session(conn, &row)?;
        let detail = format!(
            "{} slots of {} min, {} tables",
            session.slot_count(),
            session.slot_minutes,
            session.tables
        );
        crate::ops::audit::record(
            conn,
            staff,
            About::event(event_id),
            "b2b.session",
            &format!("event {event_id}"),
            Some(&detail),
            now,
        )?;
        session_view(conn, &event)
    })
}

/// The session of an event `viewer` may see, if it has one.
pub fn session(
    conn: &mut DbConnection,
    viewer: Option<&StaffUser>,
    event_id: i64,
) -> Result<Option<SessionView>, AppError> {
    let event = event_view::visible(conn, viewer, event_id)?;
    Ok(store::b2b::session(conn, event_id)?.map(|row| SessionView::of(row, &event)))
}

/// The session of an event already loaded (and so already allowed), if any.
pub fn session_at(
    conn: &mut DbConnection,
    event: &EventView,
) -> Result<Option<SessionView>, AppError> {
    Ok(store::b2b::session(conn, event.row.id)?.map(|row| SessionView::of(row, event)))
}

/// The holder of a manage link, at an event with a session.
pub struct Holder {
    pub registration: RegistrationRow,
    pub event: EventView,
    pub session: SessionView,
    pub profile: Option<Participant>,
}

fn holder(conn: &mut DbConnection, token: &str) -> Result<Holder, AppError> {
    let registration = store::registrations::find_by_token(conn, token)?
        .ok_or_else(crate::ops::registrations::no_registration)?;
    let event = event_view::load(conn, registration.event_id)?
        .ok_or_else(crate::ops::registrations::no_registration)?;
    let session = session_view(conn, &event)?;
    let profile = store::b2b::profile_of(conn, registration.id)?
        .map(|profile| Participant {
            profile,
            registration: registration.clone(),
        })
        .filter(|p| p.registration.status == SeatStatus::Confirmed.as_str());
    Ok(Holder {
        registration,
        event,
        session,
        profile,
    })
}

/// The holder's profile, or 403 when they have none (or lost their seat).
fn own_profile(holder: &Holder) -> Result<&Participant, AppError> {
    holder.profile.as_ref().ok_or_else(|| {
        AppError::Forbidden(
            "Create your B2B profile first: only participants with a profile take part.".into(),
        )
    })
}

/// The holder's page of the B2B session: session, own profile, requests and
/// meetings, in one read.
pub fn holder_view(conn: &mut DbConnection, token: &str) -> Result<Holder, AppError> {
    holder(conn, token)
}

/// Creates or changes the holder's profile; only a confirmed participant, and
/// only before the session starts.
pub fn save_profile(
    conn: &mut DbConnection,
    token: &str,
    offers: Option<&str>,
    seeks: Option<&str>,
    available: Option<&[i64]>,
    now: DateTime<Utc>,
) -> Result<Participant, AppError> {
    write_transaction(conn, |conn| {
        let holder = holder(conn, token)?;
        store::seats::lock(conn, holder.event.row.id)?;
        if holder.registration.status != SeatStatus::Confirmed.as_str() {
            return Err(AppError::Forbidden(
                "Only confirmed participants take part in B2B meetings.".into(),
            ));
        }
        if now >= holder.session.session.starts_at {
            return Err(AppError::RegistrationClosed(Closed::Started));
        }
        let mut errors = crate::domain::FieldErrors::new();
        let text = ProfileText::parse(offers, seeks)
            .map_err(|e| errors.merge(e))
            .ok();
        let available = errors.check(
            "available",
            b2b::availability(available, holder.session.session.slot_count()),
        );
        let (Some(text), Some(available)) = (text, available) else {
            return Err(AppError::invalid(errors));
        };
        let id = store::b2b::save_profile(
            conn,
            &NewProfile {
                event_id: holder.event.row.id,
                registration_id: holder.registration.id,
                offers: &text.offers,
                seeks: &text.seeks,
                available,
                now: now.naive_utc(),
            },
        )?;
        store::b2b::participant(conn, id)?
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("profile {id} vanished")))
    })
}

/// Who asks for the catalogue of profiles.
pub enum Viewer<'a> {
    Staff(&'a StaffUser),
    /// The token of a participant's manage link.
    Participant(&'a str),
}

/// What the catalogue is narrowed to.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub country: Option<String>,
    pub kind: Option<String>,
    /// Words that must all appear in the name, organisation, offers or seeks.
    pub words: Option<String>,
}

impl Filter {
    fn admits(&self, p: &Participant) -> bool {
        let r = &p.registration;
        if self
            .country
            .as_deref()
            .is_some_and(|c| !c.is_empty() && !c.eq_ignore_ascii_case(&r.country))
        {
            return false;
        }
        if self
            .kind
            .as_deref()
            .is_some_and(|k| !k.is_empty() && r.organisation_kind.as_deref() != Some(k))
        {
            return false;
        }
        let haystack = format!(
            "{} {} {} {}",
            r.name, r.organisation, p.profile.offers, p.profile.seeks
        )
        .to_lowercase();
        self.words.as_deref().is_none_or(|words| {
            words
                .split_whitespace()
                .all(|w| haystack.contains(&w.to_lowercase()))
        })
    }
}

/// The event's profiles: for its staff, and for participants who have a profile
/// themselves (nobody sees the catalogue without showing themselves in it).
pub fn participants(
    conn: &mut DbConnection,
    viewer: Viewer,
    event_id: i64,
    filter: &Filter,
) -> Result<(SessionView, Vec<Participant>), AppError> {
    let session = match viewer {
        Viewer::Staff(staff) => {
            let event = event_view::managed(conn, staff, event_id)?;
            session_view(conn, &event)?
        }
        Viewer::Participant(token) => {
            let holder = holder(conn, token)?;
            if holder.event.row.id != event_id {
                return Err(crate::ops::registrations::no_registration());
            }
            own_profile(&holder)?;
            holder.session
        }
    };
    let all = store::b2b::participants(conn, event_id)?;
    Ok((
        session,
        all.into_iter().filter(|p| filter.admits(p)).collect(),
    ))
}

fn side(p: &Participant) -> Side {
    Side {
        profile: p.profile.id,
        organisation: p.registration.organisation_id,
        folded_organisation: fold(&p.registration.organisation),
        country: p.registration.country.clone(),
    }
}

fn language_of(r: &RegistrationRow) -> Language {
    Language::parse(&r.language).unwrap_or_default()
}

/// An email about the B2B session to one participant, with their manage link
/// (the page where they answer, see their agenda, and say what came of it).
fn b2b_email(
    event: &EventView,
    composer: &Composer,
    kind: MailKind,
    to: &RegistrationRow,
) -> Option<crate::mail::OutgoingEmail> {
    let address = EmailAddress::parse(&to.email).ok()?;
    let mut email = event_email(
        event,
        composer,
        kind,
        address,
        Some(&to.name),
        language_of(to),
    );
    let manage = composer.link(&format!("/registrations/{}", to.manage_token));
    email.context.insert("manage_url", &manage);
    email.context.insert("b2b_url", &format!("{manage}/b2b"));
    Some(email)
}

fn person_context(p: &Participant) -> serde_json::Value {
    serde_json::json!({
        "name": p.registration.name,
        "organisation": p.registration.organisation,
        "country": p.registration.country,
        "offers": p.profile.offers,
        "seeks": p.profile.seeks,
    })
}

/// A mail to the recipient of `request` about it (asked, reminded): who asks,
/// their message, and the link to the page where one answers.
fn request_email(
    event: &EventView,
    composer: &Composer,
    kind: MailKind,
    request: &RequestRow,
    from: &Participant,
    to: &Participant,
) -> Option<crate::mail::OutgoingEmail> {
    let mut email = b2b_email(event, composer, kind, &to.registration)?;
    email.context.insert("from", &person_context(from));
    email.context.insert("message", &request.message);
    let answer = composer.link(&format!(
        "/registrations/{}/b2b/requests/{}",
        to.registration.manage_token, request.id
    ));
    email.context.insert("answer_url", &answer);
    Some(email)
}

/// Sends a request from the holder to profile `to`, and mails the recipient.
pub fn send_request(
    conn: &mut DbConnection,
    composer: &Composer,
    token: &str,
    to: i64,
    message: Option<&str>,
    now: DateTime<Utc>,
) -> Result<RequestRow, AppError> {
    write_transaction(conn, |conn| {
        let holder = holder(conn, token)?;
        let event_id = holder.event.row.id;
        store::seats::lock(conn, event_id)?;
        let from = own_profile(&holder)?;
        if !holder.session.session.requests_open(now) {
            return Err(AppError::RegistrationClosed(Closed::RequestsClosed));
        }
        let message = b2b::message(message).map_err(AppError::invalid)?;
        let recipient = store::b2b::participant(conn, to)?
            .filter(|p| {
                p.profile.event_id == event_id
                    && p.registration.status == SeatStatus::Confirmed.as_str()
            })
            .ok_or_else(|| {
                let mut errors = crate::domain::FieldErrors::new();
                errors.add("to", "no participant of this session has this profile");
                AppError::invalid(errors)
            })?;
        let exists = store::b2b::request_between(conn, from.profile.id, to)?;
        may_request(&side(from), &side(&recipient), exists).map_err(|refusal| {
            let mut errors = crate::domain::FieldErrors::new();
            errors.add("to", refusal.message());
            AppError::invalid(errors)
        })?;
        let row = store::b2b::insert_request(
            conn,
            event_id,
            from.profile.id,
            to,
            &message,
            now.naive_utc(),
        )?;
        let kind = MailKind::B2bRequest;
        if let Some(email) = request_email(&holder.event, composer, kind, &row, from, &recipient) {
            crate::ops::mail::queue(conn, composer, email, now.naive_utc())?;
        }
        Ok(row)
    })
}

/// A request with where it stands now (a pending one expires when requests
/// close) and its two sides.
#[derive(Debug, Clone)]
pub struct RequestView {
    pub row: RequestRow,
    pub status: RequestStatus,
}

/// The holder's requests, sent and received, with the other side of each.
pub fn requests(
    conn: &mut DbConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(Holder, Vec<(RequestView, Participant)>), AppError> {
    let holder = holder(conn, token)?;
    let own = own_profile(&holder)?.profile.id;
    let close = holder.session.session.requests_close_at;
    let mut out = Vec::new();
    for row in store::b2b::requests_of(conn, own)? {
        let other = if row.from_profile == own {
            row.to_profile
        } else {
            row.from_profile
        };
        let Some(other) = store::b2b::participant(conn, other)? else {
            continue;
        };
        let status = RequestStatus::of(&row.status, close, now);
        out.push((RequestView { row, status }, other));
    }
    Ok((holder, out))
}

fn request_view(row: RequestRow, close: DateTime<Utc>, now: DateTime<Utc>) -> RequestView {
    let status = RequestStatus::of(&row.status, close, now);
    RequestView { row, status }
}

/// The recipient accepts or declines; the sender is told. Answering again the
/// same way changes nothing; changing one's mind is allowed while requests are
/// open (a declined meeting leaves the plan at its next run).
pub fn answer(
    conn: &mut DbConnection,
    composer: &Composer,
    token: &str,
    request_id: i64,
    accept: bool,
    now: DateTime<Utc>,
) -> Result<RequestView, AppError> {
    write_transaction(conn, |conn| {
        let holder = holder(conn, token)?;
        store::seats::lock(conn, holder.event.row.id)?;
        let own = own_profile(&holder)?.profile.id;
        let close = holder.session.session.requests_close_at;
        let row = store::b2b::request(conn, request_id)?
            .filter(|r| r.to_profile == own)
            .ok_or_else(|| AppError::NotFound(format!("You have no request {request_id}.")))?;
        let wanted = if accept { "accepted" } else { "declined" };
        if row.status == wanted {
            return Ok(request_view(row, close, now));
        }
        if !holder.session.session.requests_open(now) {
            return Err(AppError::RegistrationClosed(Closed::RequestsClosed));
        }
        let row = store::b2b::answer_request(conn, request_id, wanted, now.naive_utc())?;
        let sender = store::b2b::participant(conn, row.from_profile)?;
        let me = own_profile(&holder)?;
        if let Some(sender) = sender {
            if let Some(mut email) = b2b_email(
                &holder.event,
                composer,
                MailKind::B2bAnswered,
                &sender.registration,
            ) {
                email.context.insert("other", &person_context(me));
                email.context.insert("accepted", &accept);
                crate::ops::mail::queue(conn, composer, email, now.naive_utc())?;
            }
        }
        Ok(request_view(row, close, now))
    })
}

/// The people behind profiles, by name, for the texts that explain a schedule.
#[derive(Debug, Clone, Default)]
pub struct Names(HashMap<i64, String>);

impl Names {
    pub fn of(participants: &[Participant]) -> Names {
        Names(
            participants
                .iter()
                .map(|p| (p.profile.id, p.registration.name.clone()))
                .collect(),
        )
    }

    /// The person's name; a profile no longer shown by its number.
    pub fn name(&self, profile: i64) -> String {
        self.0
            .get(&profile)
            .cloned()
            .unwrap_or_else(|| format!("profile {profile}"))
    }
}

/// Why an accepted request has no meeting, as the scheduler says.
pub use crate::domain::meeting_schedule::Reason;

/// A reason in plain English, naming people by `name` (the API's text; pages
/// translate the variant).
pub fn explain(reason: Reason, name: impl Fn(i64) -> String) -> String {
    match reason {
        Reason::NoAvailability { person } => {
            format!("{} can attend none of the slots", name(person))
        }
        Reason::NoCommonSlot => "there is no slot where both are free".into(),
        Reason::PersonBusy { person } => format!(
            "{} already has another meeting in every slot where both are free",
            name(person)
        ),
        Reason::BothBusy => {
            "both already have other meetings in every slot where both are free".into()
        }
        Reason::TablesFull => "every table is taken in every slot where both are free".into(),
        Reason::Mixed => {
            "in every slot where both are free, one of them has another meeting or every table is taken".into()
        }
        Reason::Invalid => "the request does not name two different people".into(),
    }
}

/// The outcome of a scheduling run.
#[derive(Debug, Clone)]
pub struct Planned {
    pub session: SessionView,
    pub meetings: Vec<Meeting>,
    /// Names of the people behind each profile, to explain what is left out.
    pub names: Names,
    pub left_out: Vec<(i64, Reason)>,
    pub upper_bound: usize,
}

/// What the scheduler is given for an event: the session, the profiles' slots,
/// the accepted requests whose two sides still hold their seats, and the
/// meetings now placed.
struct Board {
    session: Session,
    available: BTreeMap<i64, u64>,
    requests: Vec<plan::Request>,
    meetings: Vec<Meeting>,
}

fn board(conn: &mut DbConnection, event_id: i64) -> Result<Board, AppError> {
    let row = store::b2b::session(conn, event_id)?.ok_or_else(|| no_session(event_id))?;
    let session = session_of(&row);
    let slots = session.slot_count();
    let available: BTreeMap<i64, u64> = store::b2b::participants(conn, event_id)?
        .iter()
        .map(|p| (p.profile.id, b2b::slot_mask(p.profile.available, slots)))
        .collect();
    let requests = store::b2b::requests_of_event(conn, event_id)?
        .into_iter()
        .filter(|r| r.status == "accepted")
        .filter(|r| {
            available.contains_key(&r.from_profile) && available.contains_key(&r.to_profile)
        })
        .map(|r| plan::Request {
            id: r.id,
            a: r.from_profile,
            b: r.to_profile,
        })
        .collect();
    let meetings = store::b2b::meetings(conn, event_id)?;
    Ok(Board {
        session,
        available,
        requests,
        meetings,
    })
}

impl Board {
    /// The scheduler's problem with these placements kept.
    fn problem<'a>(&'a self, fixed: &'a [Placement]) -> Problem<'a> {
        Problem {
            slots: self.session.slot_count(),
            tables: self.session.tables as usize,
            available: &self.available,
            requests: &self.requests,
            fixed,
        }
    }

    /// The meetings a run keeps: locked ones first (where two clash, the
    /// earlier wins), then, unless `replan`, every other.
    fn kept(&self, replan: bool) -> Vec<Placement> {
        let mut kept: Vec<&MeetingRow> = self
            .meetings
            .iter()
            .map(|(m, _)| m)
            .filter(|m| m.locked || !replan)
            .collect();
        kept.sort_by_key(|m| (!m.locked, m.id));
        kept.into_iter().map(placement).collect()
    }
}

fn placement(m: &MeetingRow) -> Placement {
    Placement {
        request: m.request_id,
        slot: m.slot.max(0) as usize,
        table: m.table_number.max(0) as usize,
    }
}

/// Places every accepted request the rules allow. Locked meetings stay where
/// they are; so do the others unless `replan`. Meetings whose request is no
/// longer accepted (declined, a seat given up) are dropped.
pub fn schedule(
    conn: &mut DbConnection,
    staff: &StaffUser,
    event_id: i64,
    replan: bool,
    now: DateTime<Utc>,
) -> Result<Planned, AppError> {
    write_transaction(conn, |conn| {
        let event = event_view::managed(conn, staff, event_id)?;
        store::seats::lock(conn, event_id)?;
        let board = board(conn, event_id)?;
        let fixed = board.kept(replan);
        let outcome = plan::schedule(&board.problem(&fixed));
        let locked: HashMap<i64, bool> = board
            .meetings
            .iter()
            .map(|(m, _)| (m.request_id, m.locked))
            .collect();
        let placed: HashMap<i64, &Placement> =
            outcome.placed.iter().map(|p| (p.request, p)).collect();
        let mut dropped = Vec::new();
        for (m, _) in &board.meetings {
            match placed.get(&m.request_id) {
                None => dropped.push(m.id),
                Some(p) if p.slot as i32 != m.slot || p.table as i32 != m.table_number => {
                    store::b2b::move_meeting(conn, m.id, p.slot as i32, p.table as i32, m.locked)?;
                }
                Some(_) => {}
            }
        }
        store::b2b::delete_meetings(conn, &dropped)?;
        for p in &outcome.placed {
            if !locked.contains_key(&p.request) {
                store::b2b::insert_meeting(
                    conn,
                    event_id,
                    p.request,
                    p.slot as i32,
                    p.table as i32,
                    false,
                    now.naive_utc(),
                )?;
            }
        }
        let detail = format!(
            "{} placed, {} left out{}",
            outcome.placed.len(),
            outcome.left_out.len(),
            if replan { ", replanned" } else { "" }
        );
        crate::ops::audit::record(
            conn,
            staff,
            About::event(event_id),
            "b2b.schedule",
            &format!("event {event_id}"),
            Some(&detail),
            now,
        )?;
        let names = Names::of(&store::b2b::participants(conn, event_id)?);
        Ok(Planned {
            names,
            session: session_view(conn, &event)?,
            meetings: store::b2b::meetings(conn, event_id)?,
            left_out: outcome.left_out,
            upper_bound: outcome.upper_bound,
        })
    })
}

/// The event's meetings as they stand, with what is left out, for staff.
pub fn plan_of(
    conn: &mut DbConnection,
    staff: &StaffUser,
    event_id: i64,
) -> Result<(SessionView, Vec<Meeting>), AppError> {
    let event = event_view::managed(conn, staff, event_id)?;
    let session = session_view(conn, &event)?;
    Ok((session, store::b2b::meetings(conn, event_id)?))
}

/// What the staff page of an event's B2B session shows.
pub struct StaffBoard {
    pub event: EventView,
    pub session: Option<SessionView>,
    pub participants: Vec<Participant>,
    pub requests: Vec<RequestRow>,
    pub meetings: Vec<Meeting>,
    /// Accepted requests without a meeting: why, as the rules stand now, or
    /// `None` when a run of the scheduler would place them.
    pub unplaced: Vec<(RequestRow, Option<Reason>)>,
    /// No schedule keeping the placed meetings could hold more.
    pub upper_bound: usize,
    /// Placed meetings that break the rules since (a profile's slots or the
    /// session changed): the request and why; the next run moves or drops them.
    pub broken: Vec<(i64, String)>,
}

/// The staff page's facts: a dry run of the scheduler keeping every placed
/// meeting tells why each accepted request without one is left out.
pub fn staff_board(
    conn: &mut DbConnection,
    staff: &StaffUser,
    event_id: i64,
) -> Result<StaffBoard, AppError> {
    let event = event_view::managed(conn, staff, event_id)?;
    let Some(session) = session_at(conn, &event)? else {
        return Ok(StaffBoard {
            event,
            session: None,
            participants: Vec::new(),
            requests: Vec::new(),
            meetings: Vec::new(),
            unplaced: Vec::new(),
            upper_bound: 0,
            broken: Vec::new(),
        });
    };
    let board = board(conn, event_id)?;
    // As a run without replanning would see it.
    let fixed = board.kept(false);
    let dry = plan::schedule(&board.problem(&fixed));
    let participants = store::b2b::participants(conn, event_id)?;
    let names = Names::of(&participants);
    let broken = dry
        .dropped_fixed
        .iter()
        .map(|(placement, conflict)| {
            (
                placement.request,
                conflict_text(*conflict, |p| names.name(p)),
            )
        })
        .collect();
    let requests = store::b2b::requests_of_event(conn, event_id)?;
    let placed: std::collections::HashSet<i64> =
        board.meetings.iter().map(|(m, _)| m.request_id).collect();
    let unplaced = requests
        .iter()
        .filter(|r| board.requests.iter().any(|a| a.id == r.id) && !placed.contains(&r.id))
        .map(|r| {
            let reason = dry
                .left_out
                .iter()
                .find(|(id, _)| *id == r.id)
                .map(|(_, why)| *why);
            (r.clone(), reason)
        })
        .collect();
    Ok(StaffBoard {
        participants,
        broken,
        meetings: board.meetings,
        upper_bound: dry.upper_bound,
        unplaced,
        requests,
        session: Some(session),
        event,
    })
}

/// Why a hand move breaks the rules, in plain English naming people (the API's
/// text; the pages translate it).
fn conflict_text(conflict: plan::Conflict, name: impl Fn(i64) -> String) -> String {
    match conflict {
        plan::Conflict::NotAvailable { person } => {
            format!("{} cannot attend that slot", name(person))
        }
        plan::Conflict::PersonBusy { person, .. } => {
            format!("{} already has a meeting in that slot", name(person))
        }
        plan::Conflict::TableTaken { .. } => "that table is taken in that slot".into(),
        other => other.to_string(),
    }
}

/// Staff move a meeting to another slot and table (the same rules checked
/// against the others) and lock it there, or unlock it.
pub fn move_meeting(
    conn: &mut DbConnection,
    staff: &StaffUser,
    meeting_id: i64,
    slot: Option<i64>,
    table: Option<i64>,
    locked: Option<bool>,
    now: DateTime<Utc>,
) -> Result<(SessionView, Meeting), AppError> {
    write_transaction(conn, |conn| {
        let not_found = || AppError::NotFound(format!("There is no meeting {meeting_id}."));
        let (meeting, _) = store::b2b::meeting(conn, meeting_id)?.ok_or_else(not_found)?;
        let event_id = meeting.event_id;
        let event = event_view::managed(conn, staff, event_id)?;
        store::seats::lock(conn, event_id)?;
        let board = board(conn, event_id)?;
        let slot = slot.unwrap_or(i64::from(meeting.slot));
        let table = table.unwrap_or(i64::from(meeting.table_number));
        let mut errors = crate::domain::FieldErrors::new();
        if slot < 0 {
            errors.add("slot", "must be 0 or more");
        }
        if table < 0 {
            errors.add("table", "no such table");
        }
        if !errors.is_empty() {
            return Err(AppError::invalid(errors));
        }
        let others: Vec<Placement> = board
            .meetings
            .iter()
            .filter(|(m, _)| m.id != meeting_id)
            .map(|(m, _)| placement(m))
            .collect();
        plan::check_placement(
            &board.problem(&[]),
            &others,
            meeting.request_id,
            slot as usize,
            table as usize,
        )
        .map_err(|conflict| {
            let names = Names::of(&store::b2b::participants(conn, event_id).unwrap_or_default());
            let mut errors = crate::domain::FieldErrors::new();
            errors.add("slot", conflict_text(conflict, |p| names.name(p)));
            AppError::invalid(errors)
        })?;
        let locked = locked.unwrap_or(true);
        store::b2b::move_meeting(conn, meeting_id, slot as i32, table as i32, locked)?;
        crate::ops::audit::record(
            conn,
            staff,
            About::event(event_id),
            "b2b.move",
            &format!("meeting {meeting_id}"),
            Some(&format!("slot {slot}, table {}", table + 1)),
            now,
        )?;
        let meeting = store::b2b::meeting(conn, meeting_id)?.ok_or_else(not_found)?;
        Ok((session_view(conn, &event)?, meeting))
    })
}

/// Links a meeting (and so what came of it) to a key action of the event's
/// group's plan, or unlinks it with `None`.
pub fn link_key_action(
    conn: &mut DbConnection,
    staff: &StaffUser,
    meeting_id: i64,
    action: Option<i64>,
    now: DateTime<Utc>,
) -> Result<(SessionView, Meeting), AppError> {
    write_transaction(conn, |conn| {
        let not_found = || AppError::NotFound(format!("There is no meeting {meeting_id}."));
        let (meeting, _) = store::b2b::meeting(conn, meeting_id)?.ok_or_else(not_found)?;
        let event = event_view::managed(conn, staff, meeting.event_id)?;
        if let Some(action) = action {
            let of_group = match store::plans::find_action(conn, action)? {
                Some(row) => store::plans::plan(conn, row.plan_id)?.group_id == event.row.group_id,
                None => false,
            };
            if !of_group {
                return Err(AppError::invalid_field(
                    "key_action",
                    "is not a key action of this event's group",
                ));
            }
        }
        store::b2b::set_key_action(conn, meeting_id, action)?;
        crate::ops::audit::record(
            conn,
            staff,
            About::event(meeting.event_id),
            "b2b.key_action",
            &format!("meeting {meeting_id}"),
            action.map(|a| format!("key action {a}")).as_deref(),
            now,
        )?;
        let meeting = store::b2b::meeting(conn, meeting_id)?.ok_or_else(not_found)?;
        Ok((session_view(conn, &event)?, meeting))
    })
}

/// One meeting on a participant's agenda: the slot's times and the other side.
#[derive(Debug, Clone)]
pub struct AgendaEntry {
    pub meeting: MeetingRow,
    pub request: RequestRow,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub with: Participant,
}

fn agenda_of(
    conn: &mut DbConnection,
    session: &Session,
    profile: i64,
) -> Result<Vec<AgendaEntry>, AppError> {
    let slots = session.slots();
    let mut entries = Vec::new();
    for (meeting, request) in store::b2b::meetings_of(conn, profile)? {
        let Some(slot) = slots.get(meeting.slot.max(0) as usize) else {
            continue;
        };
        let other = if request.from_profile == profile {
            request.to_profile
        } else {
            request.from_profile
        };
        let Some(with) = store::b2b::participant(conn, other)? else {
            continue;
        };
        entries.push(AgendaEntry {
            starts_at: slot.starts_at,
            ends_at: slot.ends_at,
            meeting,
            request,
            with,
        });
    }
    Ok(entries)
}

/// The holder's meetings, by time; empty until staff publish the agendas.
pub fn agenda(
    conn: &mut DbConnection,
    token: &str,
) -> Result<(Holder, Vec<AgendaEntry>), AppError> {
    let holder = holder(conn, token)?;
    let own = own_profile(&holder)?.profile.id;
    let entries = if holder.session.row.published_at.is_some() {
        agenda_of(conn, &holder.session.session, own)?
    } else {
        Vec::new()
    };
    Ok((holder, entries))
}

/// One publication of the agendas: when, and how it ranks against earlier ones.
struct Publication<'a> {
    public_url: &'a str,
    sequence: i32,
    now: DateTime<Utc>,
}

/// The agenda as calendar entries, one per meeting, under the UID of its request
/// so that a later publication moves an entry rather than adding one.
fn agenda_calendar(
    event: &EventView,
    (entries, dropped): (&[AgendaEntry], &[SentEntry]),
    language: Language,
    publication: &Publication,
) -> Attachment {
    let Publication {
        public_url,
        sequence,
        now,
    } = *publication;
    let titles: Vec<String> = entries
        .iter()
        .map(|e| {
            crate::i18n::text(
                language,
                "b2b-calendar-title",
                &[
                    ("name", e.with.registration.name.as_str()),
                    ("organisation", e.with.registration.organisation.as_str()),
                ],
            )
            .unwrap_or_default()
        })
        .collect();
    let descriptions: Vec<String> = entries
        .iter()
        .map(|e| {
            crate::i18n::text(
                language,
                "b2b-calendar-table",
                &[("table", (e.meeting.table_number + 1).to_string().as_str())],
            )
            .unwrap_or_default()
        })
        .collect();
    let mut calendar_entries: Vec<CalendarEvent> = entries
        .iter()
        .zip(titles.iter().zip(&descriptions))
        .map(|(e, (title, description))| CalendarEvent {
            uid: calendar::meeting_uid(e.request.id, public_url),
            title,
            description,
            starts_at: e.starts_at,
            ends_at: e.ends_at,
            location: event.location(),
            url: event.url(public_url),
            sequence,
            status: EntryStatus::Confirmed,
            updated_at: now,
        })
        .collect();
    // Meetings sent before and dropped since: the same UID, cancelled, so that
    // the calendar takes the entry back.
    let cancelled = crate::i18n::text(language, "b2b-calendar-dropped", &[]).unwrap_or_default();
    for (request, starts_at, ends_at) in dropped {
        calendar_entries.push(CalendarEvent {
            uid: calendar::meeting_uid(*request, public_url),
            title: &cancelled,
            description: "",
            // Where the entry was, as the calendar holds it.
            starts_at: starts_at.and_utc(),
            ends_at: ends_at.and_utc(),
            location: event.location(),
            url: event.url(public_url),
            sequence,
            status: EntryStatus::Cancelled,
            updated_at: now,
        });
    }
    let zone = Some(event.row.timezone.as_str());
    let ics = calendar::calendar_with(
        calendar::Method::Publish,
        &event.row.title,
        zone,
        &calendar_entries,
    );
    Attachment::calendar("b2b-meetings.ics", ics, calendar::Method::Publish)
}

/// Mails every participant with a profile their agenda in their language, one
/// calendar entry per meeting; publishing again sends the changed agendas.
pub fn publish(
    conn: &mut DbConnection,
    composer: &Composer,
    staff: &StaffUser,
    event_id: i64,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    write_transaction(conn, |conn| {
        let event = event_view::managed(conn, staff, event_id)?;
        store::seats::lock(conn, event_id)?;
        let row = store::b2b::session(conn, event_id)?.ok_or_else(|| no_session(event_id))?;
        let session = session_of(&row);
        // Seconds since the first publication: each later one is newer to a
        // calendar program, which then moves the entries it already holds.
        let first = row.published_at.unwrap_or(now.naive_utc());
        let sequence = (now.naive_utc() - first)
            .num_seconds()
            .clamp(0, i32::MAX as i64) as i32;
        let mut rows = Vec::new();
        for participant in store::b2b::participants(conn, event_id)? {
            let entries = agenda_of(conn, &session, participant.profile.id)?;
            let registration = &participant.registration;
            let Some(mut email) = b2b_email(&event, composer, MailKind::B2bAgenda, registration)
            else {
                continue;
            };
            let language = language_of(registration);
            let zone = event.zone();
            let lines: Vec<serde_json::Value> = entries
                .iter()
                .map(|e| {
                    serde_json::json!({
                        "time": crate::domain::time::span_label_in(
                            e.starts_at.naive_utc(), e.ends_at.naive_utc(), zone, language),
                        "table": e.meeting.table_number + 1,
                        "with": person_context(&e.with),
                    })
                })
                .collect();
            email.context.insert("meetings", &lines);
            let now_held: Vec<SentEntry> = entries
                .iter()
                .map(|e| (e.request.id, e.starts_at.naive_utc(), e.ends_at.naive_utc()))
                .collect();
            let dropped: Vec<SentEntry> = store::b2b::sent_entries(conn, participant.profile.id)?
                .into_iter()
                .filter(|(r, _, _)| !now_held.iter().any(|(held, _, _)| held == r))
                .collect();
            if !entries.is_empty() || !dropped.is_empty() {
                let publication = Publication {
                    public_url: composer.public_url(),
                    sequence,
                    now,
                };
                email.attachment = Some(agenda_calendar(
                    &event,
                    (&entries, &dropped),
                    language,
                    &publication,
                ));
            }
            store::b2b::replace_sent_entries(conn, participant.profile.id, &now_held)?;
            rows.push(crate::ops::mail::render(composer, email, now.naive_utc())?);
        }
        store::outbox::insert_many(conn, &rows)?;
        if row.published_at.is_none() {
            store::b2b::mark_published(conn, event_id, now.naive_utc())?;
        }
        crate::ops::audit::record(
            conn,
            staff,
            About::event(event_id),
            "b2b.publish",
            &format!("event {event_id}"),
            Some(&format!("{} agendas", rows.len())),
            now,
        )?;
        Ok(rows.len())
    })
}

/// Unanswered requests are reminded once, this long before requests close.
pub const REMIND_BEFORE_CLOSE_HOURS: i64 = 24;
/// Each side is asked what came of their meetings this long after the event:
/// long enough for a first follow-up, soon enough to remember the meeting.
pub const ASK_OUTCOMES_AFTER_DAYS: i64 = 90;

/// The worker's B2B round: reminds the recipients of pending requests once
/// before requests close, and asks each participant once, after the event,
/// what came of their meetings (a link per meeting). "Once" rests on the
/// outbox's unique dedup keys, as for reminders. Returns how many were queued.
pub fn follow_up_due(
    conn: &mut DbConnection,
    composer: &Composer,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    write_transaction(conn, |conn| {
        let mut rows = Vec::new();
        let soon = now.naive_utc() + chrono::TimeDelta::hours(REMIND_BEFORE_CLOSE_HOURS);
        for (request, event_id) in store::b2b::pending_closing_before(conn, now.naive_utc(), soon)?
        {
            let key = format!("b2b-remind:{}", request.id);
            if !store::outbox::existing_dedup_keys(conn, std::slice::from_ref(&key))?.is_empty() {
                continue;
            }
            let (Some(event), Some(to), Some(from)) = (
                event_view::load(conn, event_id)?,
                store::b2b::participant(conn, request.to_profile)?,
                store::b2b::participant(conn, request.from_profile)?,
            ) else {
                continue;
            };
            let kind = MailKind::B2bReminder;
            let Some(mut email) = request_email(&event, composer, kind, &request, &from, &to)
            else {
                continue;
            };
            email.dedup_key = Some(key);
            rows.push(crate::ops::mail::render(composer, email, now.naive_utc())?);
        }
        let ended_before = now.naive_utc() - chrono::TimeDelta::days(ASK_OUTCOMES_AFTER_DAYS);
        for event_id in store::b2b::outcomes_due(conn, ended_before)? {
            let Some(event) = event_view::load(conn, event_id)? else {
                continue;
            };
            let Some(row) = store::b2b::session(conn, event_id)? else {
                continue;
            };
            let session = session_of(&row);
            for participant in store::b2b::participants(conn, event_id)? {
                let entries = agenda_of(conn, &session, participant.profile.id)?;
                if entries.is_empty() {
                    continue;
                }
                let registration = &participant.registration;
                let Some(mut email) =
                    b2b_email(&event, composer, MailKind::B2bOutcome, registration)
                else {
                    continue;
                };
                let lines: Vec<serde_json::Value> = entries
                    .iter()
                    .map(|e| {
                        serde_json::json!({
                            "with": person_context(&e.with),
                            "url": composer.link(&format!(
                                "/registrations/{}/b2b#meeting-{}",
                                registration.manage_token, e.meeting.id
                            )),
                        })
                    })
                    .collect();
                email.context.insert("meetings", &lines);
                email.dedup_key = Some(format!("b2b-outcome:{}", participant.profile.id));
                rows.push(crate::ops::mail::render(composer, email, now.naive_utc())?);
            }
            store::b2b::mark_outcomes_asked(conn, event_id, now.naive_utc())?;
        }
        store::outbox::insert_many(conn, &rows)?;
        Ok(rows.len())
    })
}

/// One side says what came of a meeting, once the event is over.
pub fn record_outcome(
    conn: &mut DbConnection,
    token: &str,
    meeting_id: i64,
    outcome: Outcome,
    now: DateTime<Utc>,
) -> Result<Meeting, AppError> {
    write_transaction(conn, |conn| {
        let holder = holder(conn, token)?;
        let own = own_profile(&holder)?.profile.id;
        let not_found = || AppError::NotFound(format!("You have no meeting {meeting_id}."));
        let (meeting, request) = store::b2b::meeting(conn, meeting_id)?
            .filter(|(_, r)| r.from_profile == own || r.to_profile == own)
            .ok_or_else(not_found)?;
        if now.naive_utc() < holder.event.row.ends_at {
            return Err(AppError::Conflict(
                "What came of a meeting can be told once the event is over.".into(),
            ));
        }
        store::b2b::set_outcome(
            conn,
            meeting.id,
            request.from_profile == own,
            outcome.as_str(),
        )?;
        store::b2b::meeting(conn, meeting_id)?.ok_or_else(not_found)
    })
}

/// What a participation report counts of B2B meetings: held (at the counted
/// events) and those where either side reports an agreement, in all and per
/// country of either side.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeetingFigures {
    pub meetings: i64,
    pub agreements: i64,
    /// country -> (meetings, agreements) in which a participant of it took part.
    pub by_country: BTreeMap<String, (i64, i64)>,
}

pub fn figures(conn: &mut DbConnection, event_ids: &[i64]) -> Result<MeetingFigures, AppError> {
    let mut figures = MeetingFigures::default();
    for (_, from_country, to_country, from, to) in store::b2b::meeting_figures(conn, event_ids)? {
        let outcome = b2b::meeting_outcome(
            from.as_deref().and_then(Outcome::parse),
            to.as_deref().and_then(Outcome::parse),
        );
        let agreement = i64::from(outcome == Some(Outcome::Agreement));
        figures.meetings += 1;
        figures.agreements += agreement;
        let mut countries = vec![from_country, to_country];
        countries.dedup();
        for country in countries {
            let entry = figures.by_country.entry(country).or_default();
            entry.0 += 1;
            entry.1 += agreement;
        }
    }
    Ok(figures)
}
