//! The participant's B2B pages, reached by the manage link: their profile and
//! the slots they can attend, the catalogue of the others, requests to answer
//! (also from the mail's link), their agenda and, after the event, what came of
//! each meeting. In the registrant's language unless they chose one on the site.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::web;
use serde::{Deserialize, Serialize};

use super::language::{closed_reason, field_error, PageLanguage};
use super::{context, html, render, verify_csrf, PageResult};
use crate::domain::b2b::{available_slots, Outcome, RequestStatus};
use crate::domain::time::item_label_in;
use crate::domain::LinkToken;
use crate::error::AppError;
use crate::ops::b2b::{self as ops, Filter, Holder, Viewer};
use crate::store::b2b::Participant;
use crate::web::respond::see_other;
use crate::web::AppState;

/// The registrant's language, unless the reader chose one on the site.
fn reader_language(mut language: PageLanguage, holder: &Holder) -> PageLanguage {
    if !language.chosen {
        if let Ok(own) = crate::domain::Language::parse(&holder.registration.language) {
            language.language = own;
        }
    }
    language
}

#[derive(Serialize)]
struct SlotView {
    index: usize,
    label: String,
    checked: bool,
}

#[derive(Serialize)]
struct PersonView {
    id: i64,
    name: String,
    organisation: String,
    country: String,
    kind: String,
    offers: String,
    seeks: String,
}

fn person(p: &Participant, language: &PageLanguage) -> PersonView {
    let r = &p.registration;
    PersonView {
        id: p.profile.id,
        name: r.name.clone(),
        organisation: r.organisation.clone(),
        country: r.country.clone(),
        kind: r
            .organisation_kind
            .as_deref()
            .map(|k| super::language::organisation_kind(language.language, k, k))
            .unwrap_or_default(),
        offers: p.profile.offers.clone(),
        seeks: p.profile.seeks.clone(),
    }
}

#[derive(Serialize)]
struct RequestView {
    id: i64,
    status: &'static str,
    message: String,
    with: PersonView,
}

#[derive(Serialize)]
struct MeetingView {
    id: i64,
    time: String,
    table: i32,
    with: PersonView,
    outcome: Option<String>,
}

/// The slot's times in the event's zone, the date only when it is another day.
fn slot_label(holder: &Holder, slot: &crate::domain::b2b::Slot, language: &PageLanguage) -> String {
    item_label_in(
        slot.starts_at.naive_utc(),
        slot.ends_at.naive_utc(),
        holder.event.row.starts_at,
        holder.event.zone(),
        language.language,
    )
}

/// The common facts of every B2B page: the event, the session, the token.
fn base(session: &Session, holder: &Holder, language: &PageLanguage) -> tera::Context {
    let mut ctx = context(session, None, language);
    ctx.insert("csrf_token", &super::csrf_token(session));
    ctx.insert("token", &holder.registration.manage_token);
    ctx.insert("event", &super::views::Event::from(&holder.event));
    let s = &holder.session.session;
    let slots = s.slots();
    let window = super::views::window_label(s, &holder.event, language).unwrap_or_default();
    ctx.insert("window", &window);
    ctx.insert("slot_count", &slots.len());
    ctx.insert("slot_minutes", &s.slot_minutes);
    ctx.insert("tables", &s.tables);
    ctx.insert(
        "close",
        &crate::domain::time::local_label_in(
            s.requests_close_at.naive_utc(),
            holder.event.zone(),
            language.language,
        ),
    );
    ctx.insert("requests_open", &s.requests_open(chrono::Utc::now()));
    ctx.insert("confirmed", &(holder.registration.status == "confirmed"));
    ctx.insert("has_profile", &holder.profile.is_some());
    ctx
}

/// Whether an error is the form's to show (the page again, with why), rather
/// than the error page's (a link that opens nothing, a fault).
fn is_form_problem(error: &AppError) -> bool {
    matches!(
        error,
        AppError::InvalidInput { .. }
            | AppError::RegistrationClosed(_)
            | AppError::Forbidden(_)
            | AppError::Conflict(_)
    )
}

/// What went wrong with a form, in the reader's language.
fn form_problem(error: &AppError, language: &PageLanguage) -> Vec<String> {
    match error {
        AppError::InvalidInput { fields, .. } => fields
            .values()
            .map(|m| field_error(language.language, m))
            .collect(),
        AppError::RegistrationClosed(closed) => vec![closed_reason(language.language, *closed)],
        AppError::Forbidden(_) => vec![language.say("b2b-only-confirmed", &[])],
        AppError::Conflict(_) => vec![language.say("b2b-outcome-later", &[])],
        other => vec![other.to_string()],
    }
}

#[derive(Deserialize)]
pub struct Notice {
    done: Option<String>,
}

/// The participant's B2B page.
pub async fn page(
    state: web::Data<AppState>,
    session: Session,
    token: web::Path<LinkToken>,
    query: web::Query<Notice>,
    language: PageLanguage,
) -> PageResult {
    show(
        &state,
        &session,
        token.into_inner(),
        language,
        query.into_inner().done,
        None,
    )
    .await
}

async fn show(
    state: &AppState,
    session: &Session,
    token: LinkToken,
    language: PageLanguage,
    done: Option<String>,
    refused: Option<AppError>,
) -> PageResult {
    let now = chrono::Utc::now();
    let lookup = token.clone();
    let (holder, requests, agenda) = state
        .db
        .read(move |conn| {
            let holder = ops::holder_view(conn, &lookup)?;
            let (requests, agenda) = if holder.profile.is_some() {
                let (_, requests) = ops::requests(conn, &lookup, now)?;
                let (_, agenda) = ops::agenda(conn, &lookup)?;
                (requests, agenda)
            } else {
                (Vec::new(), Vec::new())
            };
            Ok::<_, AppError>((holder, requests, agenda))
        })
        .await?;
    let language = reader_language(language, &holder);
    let mut ctx = base(session, &holder, &language);
    let slots = holder.session.session.slots();
    let chosen = holder
        .profile
        .as_ref()
        .map(|p| available_slots(p.profile.available, slots.len()));
    let slot_views: Vec<SlotView> = slots
        .iter()
        .map(|slot| SlotView {
            index: slot.index,
            label: slot_label(&holder, slot, &language),
            checked: chosen.as_ref().is_none_or(|c| c.contains(&slot.index)),
        })
        .collect();
    ctx.insert("slots", &slot_views);
    ctx.insert(
        "offers",
        &holder.profile.as_ref().map(|p| p.profile.offers.clone()),
    );
    ctx.insert(
        "seeks",
        &holder.profile.as_ref().map(|p| p.profile.seeks.clone()),
    );
    let own = holder.profile.as_ref().map(|p| p.profile.id);
    let (mut received, mut sent) = (Vec::new(), Vec::new());
    for (request, other) in &requests {
        let view = RequestView {
            id: request.row.id,
            status: request.status.as_str(),
            message: request.row.message.clone(),
            with: person(other, &language),
        };
        if Some(request.row.to_profile) == own {
            received.push(view);
        } else {
            sent.push(view);
        }
    }
    ctx.insert("received", &received);
    ctx.insert("sent", &sent);
    let meetings: Vec<MeetingView> = agenda
        .iter()
        .map(|e| MeetingView {
            id: e.meeting.id,
            time: item_label_in(
                e.starts_at.naive_utc(),
                e.ends_at.naive_utc(),
                holder.event.row.starts_at,
                holder.event.zone(),
                language.language,
            ),
            table: e.meeting.table_number + 1,
            with: person(&e.with, &language),
            outcome: if Some(e.request.from_profile) == own {
                e.meeting.outcome_from.clone()
            } else {
                e.meeting.outcome_to.clone()
            },
        })
        .collect();
    ctx.insert("meetings", &meetings);
    ctx.insert("published", &holder.session.row.published_at.is_some());
    ctx.insert("ended", &(now.naive_utc() >= holder.event.row.ends_at));
    ctx.insert(
        "outcomes",
        &Outcome::ALL.iter().map(|o| o.as_str()).collect::<Vec<_>>(),
    );
    ctx.insert("done", &done);
    // In the language the page is in (the registrant's, unless they chose one).
    let status = refused
        .as_ref()
        .map_or(StatusCode::OK, actix_web::ResponseError::status_code);
    let problems = refused
        .as_ref()
        .map(|e| form_problem(e, &language))
        .unwrap_or_default();
    ctx.insert("problems", &problems);
    let response = html(status, render(state, "b2b.html", &ctx)?);
    Ok(super::registration::private(response))
}

#[derive(Deserialize)]
pub struct ProfileForm {
    csrf_token: String,
    #[serde(default)]
    offers: String,
    #[serde(default)]
    seeks: String,
    /// Every checked slot: `slot=0&slot=2`.
    #[serde(default)]
    slot: Vec<i64>,
}

/// Saves the profile from the page's form.
pub async fn save_profile(
    state: web::Data<AppState>,
    session: Session,
    token: web::Path<LinkToken>,
    form: web::Form<Vec<(String, String)>>,
    language: PageLanguage,
) -> PageResult {
    let form = profile_form(form.into_inner());
    verify_csrf(&session, &form.csrf_token)?;
    let (token, now) = (token.into_inner(), chrono::Utc::now());
    let lookup = token.clone();
    let saved = state
        .db
        .write(move |conn| {
            ops::save_profile(
                conn,
                &lookup,
                Some(&form.offers),
                Some(&form.seeks),
                Some(&form.slot),
                now,
            )
        })
        .await;
    after(
        &state,
        &session,
        token,
        language,
        saved.map(drop),
        "profile",
    )
    .await
}

/// A form whose slot boxes repeat a key, which `web::Form` into a struct cannot
/// read: the pairs, gathered.
fn profile_form(pairs: Vec<(String, String)>) -> ProfileForm {
    let mut form = ProfileForm {
        csrf_token: String::new(),
        offers: String::new(),
        seeks: String::new(),
        slot: Vec::new(),
    };
    for (key, value) in pairs {
        match key.as_str() {
            "csrf_token" => form.csrf_token = value,
            "offers" => form.offers = value,
            "seeks" => form.seeks = value,
            "slot" => form.slot.extend(value.parse::<i64>().ok()),
            _ => {}
        }
    }
    form
}

/// After a form: back to the page with a notice, or the page again with what
/// went wrong.
async fn after(
    state: &AppState,
    session: &Session,
    token: LinkToken,
    language: PageLanguage,
    result: Result<(), AppError>,
    done: &str,
) -> PageResult {
    match result {
        Ok(()) => {
            state.mailer.wake();
            Ok(see_other(format!(
                "/registrations/{}/b2b?done={done}",
                &*token
            )))
        }
        Err(error) => {
            if !is_form_problem(&error) {
                return Err(error.into());
            }
            show(state, session, token, language, None, Some(error)).await
        }
    }
}

#[derive(Deserialize)]
pub struct CatalogueQuery {
    country: Option<String>,
    kind: Option<String>,
    q: Option<String>,
}

/// The others' profiles, with a form to ask each for a meeting.
pub async fn catalogue(
    state: web::Data<AppState>,
    session: Session,
    token: web::Path<LinkToken>,
    query: web::Query<CatalogueQuery>,
    language: PageLanguage,
) -> PageResult {
    let (token, query, now) = (token.into_inner(), query.into_inner(), chrono::Utc::now());
    let filter = Filter {
        country: query.country.clone().filter(|c| !c.is_empty()),
        kind: query.kind.clone().filter(|k| !k.is_empty()),
        words: query.q.clone().filter(|q| !q.trim().is_empty()),
    };
    let lookup = token.clone();
    let (holder, everyone, shown, requests) = state
        .db
        .read(move |conn| {
            let holder = ops::holder_view(conn, &lookup)?;
            let event = holder.event.row.id;
            let (_, everyone) = ops::participants(
                conn,
                Viewer::Participant(&lookup),
                event,
                &Filter::default(),
            )?;
            let (_, shown) = ops::participants(conn, Viewer::Participant(&lookup), event, &filter)?;
            let (_, requests) = ops::requests(conn, &lookup, now)?;
            Ok::<_, AppError>((holder, everyone, shown, requests))
        })
        .await?;
    let language = reader_language(language, &holder);
    let mut ctx = base(&session, &holder, &language);
    let own = holder.profile.as_ref().map(|p| p.profile.id);
    let asked: Vec<i64> = requests
        .iter()
        .map(|(r, _)| {
            if Some(r.row.from_profile) == own {
                r.row.to_profile
            } else {
                r.row.from_profile
            }
        })
        .collect();
    let people: Vec<serde_json::Value> = shown
        .iter()
        .map(|p| {
            let own_organisation = holder.profile.as_ref().is_some_and(|me| {
                me.profile.id != p.profile.id
                    && crate::domain::organisations::fold(&me.registration.organisation)
                        == crate::domain::organisations::fold(&p.registration.organisation)
                    && me.registration.country == p.registration.country
            });
            serde_json::json!({
                "person": person(p, &language),
                "me": Some(p.profile.id) == own,
                "asked": asked.contains(&p.profile.id),
                "own_organisation": own_organisation,
            })
        })
        .collect();
    let mut countries: Vec<String> = everyone
        .iter()
        .map(|p| p.registration.country.clone())
        .collect();
    countries.sort();
    countries.dedup();
    let mut kinds: Vec<(String, String)> = everyone
        .iter()
        .filter_map(|p| p.registration.organisation_kind.clone())
        .map(|k| {
            (
                super::language::organisation_kind(language.language, &k, &k),
                k,
            )
        })
        .collect();
    kinds.sort();
    kinds.dedup();
    ctx.insert("people", &people);
    ctx.insert("countries", &countries);
    ctx.insert(
        "kinds",
        &kinds
            .into_iter()
            .map(|(name, code)| serde_json::json!({"code": code, "name": name}))
            .collect::<Vec<_>>(),
    );
    ctx.insert("filter_country", &query.country.unwrap_or_default());
    ctx.insert("filter_kind", &query.kind.unwrap_or_default());
    ctx.insert("filter_q", &query.q.unwrap_or_default());
    let response = html(StatusCode::OK, render(&state, "b2b_catalogue.html", &ctx)?);
    Ok(super::registration::private(response))
}

#[derive(Deserialize)]
pub struct RequestForm {
    csrf_token: String,
    /// Read leniently: a bad one is the use case's to name (after the link is
    /// known to open something).
    #[serde(default)]
    to: String,
    #[serde(default)]
    message: String,
}

/// Asks another participant for a meeting.
pub async fn send_request(
    state: web::Data<AppState>,
    session: Session,
    token: web::Path<LinkToken>,
    form: web::Form<RequestForm>,
    language: PageLanguage,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (token, form, now) = (token.into_inner(), form.into_inner(), chrono::Utc::now());
    let lookup = token.clone();
    let composer = state.composer.clone();
    let sent = state
        .db
        .write(move |conn| {
            let to = form.to.trim().parse::<i64>().unwrap_or(0);
            ops::send_request(conn, &composer, &lookup, to, Some(&form.message), now)
        })
        .await;
    after(&state, &session, token, language, sent.map(drop), "sent").await
}

/// One request, as the mail's link opens it: who asks, and the buttons to answer.
pub async fn request_page(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<(LinkToken, i64)>,
    language: PageLanguage,
) -> PageResult {
    let ((token, id), now) = (path.into_inner(), chrono::Utc::now());
    let lookup = token.clone();
    let (holder, requests) = state
        .db
        .read(move |conn| ops::requests(conn, &lookup, now))
        .await?;
    let own = holder.profile.as_ref().map(|p| p.profile.id);
    let Some((request, other)) = requests.iter().find(|(r, _)| r.row.id == id) else {
        return Err(AppError::NotFound(format!("You have no request {id}.")).into());
    };
    let language = reader_language(language, &holder);
    let mut ctx = base(&session, &holder, &language);
    ctx.insert(
        "request",
        &RequestView {
            id: request.row.id,
            status: request.status.as_str(),
            message: request.row.message.clone(),
            with: person(other, &language),
        },
    );
    ctx.insert("received", &(Some(request.row.to_profile) == own));
    ctx.insert("pending", &(request.status == RequestStatus::Pending));
    let response = html(StatusCode::OK, render(&state, "b2b_request.html", &ctx)?);
    Ok(super::registration::private(response))
}

async fn answer(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<(LinkToken, i64)>,
    form: web::Form<super::CsrfForm>,
    language: PageLanguage,
    accept: bool,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let ((token, id), now) = (path.into_inner(), chrono::Utc::now());
    let lookup = token.clone();
    let composer = state.composer.clone();
    let answered = state
        .db
        .write(move |conn| ops::answer(conn, &composer, &lookup, id, accept, now))
        .await;
    let done = if accept { "accepted" } else { "declined" };
    after(&state, &session, token, language, answered.map(drop), done).await
}

pub async fn accept(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<(LinkToken, i64)>,
    form: web::Form<super::CsrfForm>,
    language: PageLanguage,
) -> PageResult {
    answer(state, session, path, form, language, true).await
}

pub async fn decline(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<(LinkToken, i64)>,
    form: web::Form<super::CsrfForm>,
    language: PageLanguage,
) -> PageResult {
    answer(state, session, path, form, language, false).await
}

#[derive(Deserialize)]
pub struct OutcomeForm {
    csrf_token: String,
    #[serde(default)]
    outcome: String,
}

/// What came of a meeting, after the event.
pub async fn outcome(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<(LinkToken, i64)>,
    form: web::Form<OutcomeForm>,
    language: PageLanguage,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let ((token, id), now) = (path.into_inner(), chrono::Utc::now());
    let lookup = token.clone();
    let outcome = Outcome::parse(&form.outcome);
    let saved = state
        .db
        .write(move |conn| {
            // A link that opens nothing is a 404 before the form is looked at.
            ops::holder_view(conn, &lookup)?;
            let outcome = outcome
                .ok_or_else(|| AppError::invalid_field("outcome", "choose one of the answers"))?;
            ops::record_outcome(conn, &lookup, id, outcome, now).map(drop)
        })
        .await;
    after(&state, &session, token, language, saved, "outcome").await
}
