//! Staff pages for scheduling: a group's events with their seats, the event form
//! (with its agenda or itinerary), publishing and cancelling.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::web;
use chrono_tz::Tz;
use serde::Serialize;

use super::language::PageLanguage;
use super::{context, html, render, verify_csrf, PageError, PageResult};
use crate::domain::time::parse_timezone;
use crate::domain::FieldErrors;
use crate::error::AppError;
use crate::ops::{self, event_view::EventView};
use crate::store::event_lists::{EventSummaryRow, SummaryFilter};
use crate::store::{self};
use crate::web::auth::SessionStaff;
use crate::web::respond::see_other;
use crate::web::AppState;

use super::checked_form;
use super::event_form::{
    adds_a_row, agenda_of, checked, form_page, overlap_problem, past_unconfirmed, refused,
    request_of, values_of, FormPage, Values,
};
use super::Reader;

#[derive(Serialize)]
struct Row {
    id: i64,
    title: String,
    kind: String,
    audience: String,
    status: String,
    when: String,
    confirmed: i32,
    capacity: Option<i32>,
    /// Started already: no more invitations.
    begun: bool,
}

impl Row {
    fn of(r: EventSummaryRow, language: &PageLanguage) -> Self {
        let zone = parse_timezone(&r.timezone).unwrap_or(Tz::UTC);
        let when =
            crate::domain::time::span_label_in(r.starts_at, r.ends_at, zone, language.language);
        Row {
            when,
            begun: r.starts_at <= chrono::Utc::now().naive_utc(),
            id: r.id,
            title: r.title,
            kind: r.kind,
            audience: r.audience,
            status: r.status,
            confirmed: r.confirmed_count,
            capacity: r.capacity,
        }
    }
}

/// After an action, the list says what happened (`?published=7`).
#[derive(serde::Deserialize)]
pub struct Done {
    scheduled: Option<i64>,
    published: Option<i64>,
    changed: Option<i64>,
    cancelled: Option<i64>,
}

impl Done {
    fn notice(&self, language: &PageLanguage) -> Option<String> {
        let key = if self.scheduled.is_some() {
            "notice-created"
        } else if self.published.is_some() {
            "notice-published"
        } else if self.changed.is_some() {
            "notice-updated"
        } else if self.cancelled.is_some() {
            "notice-cancelled"
        } else {
            return None;
        };
        Some(language.say(key, &[]))
    }
}

pub async fn group_events(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<crate::domain::Slug>,
    done: web::Query<Done>,
    language: PageLanguage,
) -> PageResult {
    let slug = slug.into_inner();
    let (group, rows) = state
        .db
        .read(move |conn| {
            let group = ops::groups::find(conn, &slug)?;
            let filter = |past| SummaryFilter {
                group_id: Some(group.id),
                after: chrono::Utc::now().naive_utc(),
                past,
                all_statuses: true,
                limit: 200,
            };
            let mut rows = store::event_lists::summaries(conn, &filter(false))?;
            rows.extend(store::event_lists::summaries(conn, &filter(true))?);
            Ok::<_, AppError>((group, rows))
        })
        .await?;
    staff.manages(group.id)?;
    let rows: Vec<Row> = rows.into_iter().map(|r| Row::of(r, &language)).collect();
    let mut ctx = context(&session, Some(&staff.0), &language);
    ctx.insert("group", &super::views::Group::of(group, language.language));
    ctx.insert("events", &rows);
    ctx.insert("notice", &done.notice(&language));
    Ok(html(
        StatusCode::OK,
        render(&state, "staff_group.html", &ctx)?,
    ))
}

pub async fn new_event_form(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<crate::domain::Slug>,
    language: PageLanguage,
) -> PageResult {
    let slug = slug.into_inner();
    let group = state
        .db
        .read(move |conn| ops::groups::find(conn, &slug))
        .await?;
    staff.manages(group.id)?;
    // A new event starts in the installation's zone (CLUSTERCORD_TIMEZONE).
    let values = Values::from([
        ("kind".to_owned(), "exchange_forum".to_owned()),
        (
            "timezone".to_owned(),
            state.config.timezone.name().to_owned(),
        ),
    ]);
    let group = super::views::Group::of(group, language.language);
    let actions = super::event_links::plan_actions(&state, &staff, &group.slug).await?;
    let page = FormPage::new(
        language.say("form-new", &[("group", &group.name)]),
        format!("/staff/groups/{}/events", group.slug),
        group,
        &values,
        vec![],
    )
    .serving(actions);
    let reader = Reader::of(&state, &session, &staff, &language);
    form_page(&reader, StatusCode::OK, page)
}

pub async fn create_event(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<crate::domain::Slug>,
    form: web::Form<Vec<(String, String)>>,
    language: PageLanguage,
) -> PageResult {
    let values = checked_form(&session, form.into_inner())?;
    let slug = slug.into_inner();
    let lookup = slug.clone();
    let group = state
        .db
        .read(move |conn| ops::groups::find(conn, &lookup))
        .await?;
    staff.manages(group.id)?;
    let agenda = agenda_of(&values);
    let mut errors = FieldErrors::new();
    let request = request_of(&values, &agenda, Some(slug.to_string()), &mut errors);
    let group = super::views::Group::of(group, language.language);
    let actions = super::event_links::plan_actions(&state, &staff, &slug).await?;
    let page = FormPage::new(
        language.say("form-new", &[("group", &group.name)]),
        format!("/staff/groups/{slug}/events"),
        group,
        &values,
        agenda,
    )
    .serving(actions);
    let reader = Reader::of(&state, &session, &staff, &language);
    if adds_a_row(&values) {
        return form_page(&reader, StatusCode::OK, page);
    }
    let parsed = checked(request.into_plan(), errors);
    let (group_slug, plan, allow) = match parsed {
        Ok(parsed) => parsed,
        Err(error) => return refused(error, page, &reader),
    };
    let (user, now) = (staff.0.clone(), chrono::Utc::now());
    if past_unconfirmed(&values, None, now) {
        return ask_about_the_past(&reader, page);
    }
    let serves = super::event_links::ticked(&values);
    match state
        .db
        .write(move |conn| {
            let view = ops::events::schedule(conn, &user, &group_slug, plan, allow, now)?;
            ops::key_actions::set_event_actions(conn, &user, view.row.id, &serves, now)?;
            Ok::<_, AppError>(view)
        })
        .await
    {
        Ok(view) => Ok(see_other(format!(
            "/staff/groups/{}?scheduled={}",
            view.group.slug, view.row.id
        ))),
        Err(error) => refused(error, page, &reader),
    }
}

/// The form again, asking whether an event that lies in the past is meant.
fn ask_about_the_past(reader: &Reader, page: FormPage) -> PageResult {
    form_page(reader, StatusCode::CONFLICT, page.asking_about_the_past())
}

async fn managed_event(
    state: &AppState,
    staff: &SessionStaff,
    id: i64,
) -> Result<EventView, PageError> {
    let viewer = staff.0.clone();
    Ok(state
        .db
        .read(move |conn| ops::event_view::managed(conn, &viewer, id))
        .await?)
}

pub async fn edit_event_form(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    language: PageLanguage,
) -> PageResult {
    let view = managed_event(&state, &staff, id.into_inner()).await?;
    let (mut values, agenda) = values_of(&view);
    let group = view.group.clone();
    super::event_links::tick_served(&state, &staff, group, view.row.id, &mut values).await?;
    let actions = super::event_links::plan_actions(&state, &staff, &view.group.slug).await?;
    let page = FormPage::new(
        language.say("form-edit", &[("title", &view.row.title)]),
        format!("/staff/events/{}/edit", view.row.id),
        super::views::Group::of(view.group, language.language),
        &values,
        agenda,
    )
    .serving(actions);
    let reader = Reader::of(&state, &session, &staff, &language);
    form_page(&reader, StatusCode::OK, page)
}

pub async fn update_event(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<Vec<(String, String)>>,
    language: PageLanguage,
) -> PageResult {
    let values = checked_form(&session, form.into_inner())?;
    let view = managed_event(&state, &staff, id.into_inner()).await?;
    let agenda = agenda_of(&values);
    let mut errors = FieldErrors::new();
    let request = request_of(&values, &agenda, None, &mut errors);
    let actions = super::event_links::plan_actions(&state, &staff, &view.group.slug).await?;
    let page = FormPage::new(
        language.say("form-edit", &[("title", &view.row.title)]),
        format!("/staff/events/{}/edit", view.row.id),
        super::views::Group::of(view.group.clone(), language.language),
        &values,
        agenda,
    )
    .serving(actions);
    let reader = Reader::of(&state, &session, &staff, &language);
    if adds_a_row(&values) {
        return form_page(&reader, StatusCode::OK, page);
    }
    let parsed = checked(request.into_patch(), errors);
    let (patch, allow) = match parsed {
        Ok(parsed) => parsed,
        Err(error) => return refused(error, page, &reader),
    };
    let (user, now, id) = (staff.0.clone(), chrono::Utc::now(), view.row.id);
    if past_unconfirmed(&values, Some(view.row.starts_at), now) {
        return ask_about_the_past(&reader, page);
    }
    let serves = super::event_links::ticked(&values);
    match state
        .write_and_send(move |conn, composer| {
            let view = ops::events::change(conn, composer, &user, id, patch, allow, now)?;
            ops::key_actions::set_event_actions(conn, &user, id, &serves, now)?;
            Ok(view)
        })
        .await
    {
        Ok(view) => Ok(see_other(format!(
            "/staff/groups/{}?changed={}",
            view.group.slug, view.row.id
        ))),
        Err(error) => refused(error, page, &reader),
    }
}

#[derive(serde::Deserialize)]
pub struct ActionForm {
    csrf_token: String,
    allow_overlap: Option<String>,
    /// For a cancellation: what registrants and invitees are told.
    message: Option<String>,
}

pub async fn publish_event(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<ActionForm>,
    language: PageLanguage,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (user, id, now, allow) = (
        staff.0.clone(),
        id.into_inner(),
        chrono::Utc::now(),
        form.allow_overlap.is_some(),
    );
    let published = state
        .db
        .write(move |conn| ops::events::publish(conn, &user, id, allow, now))
        .await;
    match published {
        Ok(view) => Ok(see_other(format!(
            "/staff/groups/{}?published={}",
            view.group.slug, view.row.id
        ))),
        // Saved with "schedule it anyway": publishing asks the same question again.
        Err(AppError::ScheduleConflict(overlap)) => {
            let view = managed_event(&state, &staff, id).await?;
            let mut ctx = context(&session, Some(&staff.0), &language);
            let problem = overlap_problem(&language, "epublish-overlap", &overlap);
            ctx.insert("event", &super::views::Event::from(&view));
            ctx.insert("when", &super::views::when_in(&view, &language));
            ctx.insert("problem", &problem);
            let page = render(&state, "event_publish.html", &ctx)?;
            Ok(html(StatusCode::CONFLICT, page))
        }
        Err(other) => Err(PageError(other)),
    }
}

pub async fn cancel_event_form(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    language: PageLanguage,
) -> PageResult {
    let view = managed_event(&state, &staff, id.into_inner()).await?;
    let registrants = view.row.confirmed_count + view.row.waitlisted_count;
    let mut ctx = context(&session, Some(&staff.0), &language);
    ctx.insert("event", &super::views::Event::from(&view));
    ctx.insert("when", &super::views::when_in(&view, &language));
    ctx.insert("registrants", &registrants);
    Ok(html(
        StatusCode::OK,
        render(&state, "event_cancel.html", &ctx)?,
    ))
}

pub async fn cancel_event(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<ActionForm>,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (user, id, now) = (staff.0.clone(), id.into_inner(), chrono::Utc::now());
    let message = form.message.clone().filter(|m| !m.trim().is_empty());
    let view = state
        .write_and_send(move |conn, composer| {
            ops::events::cancel(conn, composer, &user, id, message, now)
        })
        .await?;
    Ok(see_other(format!(
        "/staff/groups/{}?cancelled={}",
        view.group.slug, view.row.id
    )))
}
