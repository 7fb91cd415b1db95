//! Staff pages for scheduling: a group's events with their seats, the event form
//! (with its agenda or itinerary), publishing and cancelling.

use std::collections::BTreeMap;

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::web;
use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Tz;
use serde::Serialize;

use super::{context, html, render, verify_csrf, PageError, PageResult};
use crate::domain::event_input::{AgendaInput, EventInput, VenueInput};
use crate::domain::time::parse_timezone;
use crate::domain::FieldErrors;
use crate::error::AppError;
use crate::ops::{self, event_view::EventView};
use crate::store::{self, events::SummaryFilter};
use crate::web::auth::SessionStaff;
use crate::web::respond::see_other;
use crate::web::AppState;

/// Blank agenda rows offered below the filled ones.
const SPARE_ROWS: usize = 3;
const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";

type Values = BTreeMap<String, String>;

#[derive(Serialize)]
struct Row {
    id: i64,
    title: String,
    kind: String,
    status: String,
    when: String,
    confirmed: i32,
    capacity: Option<i32>,
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
    fn notice(&self) -> Option<&'static str> {
        if self.scheduled.is_some() {
            Some("The event was saved as a draft. Publish it when it is ready.")
        } else if self.published.is_some() {
            Some("Published: the event is on the public pages and in the calendar feed.")
        } else if self.changed.is_some() {
            Some("Your changes were saved. Registrants are told of a new time or place.")
        } else if self.cancelled.is_some() {
            Some("The event was cancelled. Registrants are being told by email.")
        } else {
            None
        }
    }
}

pub async fn group_events(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<crate::domain::Slug>,
    done: web::Query<Done>,
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
            let mut rows = store::events::summaries(conn, &filter(false))?;
            rows.extend(store::events::summaries(conn, &filter(true))?);
            Ok::<_, AppError>((group, rows))
        })
        .await?;
    staff.manages(group.id)?;
    let rows: Vec<Row> = rows
        .into_iter()
        .map(|r| Row {
            when: crate::domain::time::span_label(
                r.starts_at,
                r.ends_at,
                parse_timezone(&r.timezone).unwrap_or(Tz::UTC),
            ),
            id: r.id,
            title: r.title,
            kind: r.kind,
            status: r.status,
            confirmed: r.confirmed_count,
            capacity: r.capacity,
        })
        .collect();
    let mut ctx = context(&session, Some(&staff.0));
    ctx.insert("group", &super::views::Group::from(group));
    ctx.insert("events", &rows);
    ctx.insert("notice", &done.notice());
    Ok(html(
        StatusCode::OK,
        render(&state, "staff_group.html", &ctx)?,
    ))
}

/// The form's values from an existing event, times in its own zone.
fn values_of(view: &EventView) -> (Values, Vec<Values>) {
    let zone = view.zone();
    let local = |t: NaiveDateTime| zone.from_utc_datetime(&t).format(LOCAL_FORMAT).to_string();
    let row = &view.row;
    let mut values = Values::new();
    for (key, value) in [
        ("kind", row.kind.clone()),
        ("title", row.title.clone()),
        ("description", row.description.clone()),
        ("timezone", row.timezone.clone()),
        ("starts_at", local(row.starts_at)),
        ("ends_at", local(row.ends_at)),
        ("venue_name", row.venue_name.clone()),
        ("venue_address", row.venue_address.clone()),
        ("venue_city", row.venue_city.clone()),
        ("venue_country", row.venue_country.clone()),
        (
            "host_organisation",
            row.host_organisation.clone().unwrap_or_default(),
        ),
        (
            "capacity",
            row.capacity.map(|c| c.to_string()).unwrap_or_default(),
        ),
        (
            "country_cap",
            row.country_cap.map(|c| c.to_string()).unwrap_or_default(),
        ),
        (
            "registration_deadline",
            row.registration_deadline.map(local).unwrap_or_default(),
        ),
    ] {
        values.insert(key.to_owned(), value);
    }
    let agenda = view
        .agenda
        .iter()
        .map(|a| {
            Values::from([
                ("starts_at".to_owned(), local(a.starts_at)),
                ("ends_at".to_owned(), local(a.ends_at)),
                ("title".to_owned(), a.title.clone()),
                ("speaker".to_owned(), a.speaker.clone().unwrap_or_default()),
                ("place".to_owned(), a.place.clone().unwrap_or_default()),
            ])
        })
        .collect();
    (values, agenda)
}

/// The agenda rows as typed: `agenda-N-field` keys, blank rows dropped.
fn agenda_of(form: &Values) -> Vec<Values> {
    let mut rows: BTreeMap<usize, Values> = BTreeMap::new();
    for (key, value) in form {
        let Some(rest) = key.strip_prefix("agenda-") else {
            continue;
        };
        let Some((index, field)) = rest.split_once('-') else {
            continue;
        };
        let Ok(index) = index.parse::<usize>() else {
            continue;
        };
        if index < 200 {
            rows.entry(index)
                .or_default()
                .insert(field.to_owned(), value.clone());
        }
    }
    rows.into_values()
        .filter(|row| row.values().any(|v| !v.trim().is_empty()))
        .collect()
}

/// A local "2027-03-10T09:00" in `zone` as RFC 3339. Times that do not exist in
/// the zone (the hour skipped when clocks go forward) are refused.
fn to_instant(
    raw: &str,
    zone: Option<Tz>,
    field: &str,
    errors: &mut FieldErrors,
) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let Ok(naive) = NaiveDateTime::parse_from_str(raw, LOCAL_FORMAT)
        .or_else(|_| NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M:%S"))
    else {
        errors.add(field, "must be a date and time like 2027-03-10 09:00");
        return None;
    };
    let zone = zone?;
    match zone.from_local_datetime(&naive).earliest() {
        Some(instant) => Some(instant.to_rfc3339()),
        None => {
            errors.add(
                field,
                format!("does not exist in {} (the clocks change then)", zone.name()),
            );
            None
        }
    }
}

/// The form as an API request, so that pages and API share every rule.
fn request_of(
    form: &Values,
    agenda: &[Values],
    group: Option<String>,
    errors: &mut FieldErrors,
) -> EventInput {
    let get = |key: &str| form.get(key).cloned().unwrap_or_default();
    let zone = parse_timezone(&get("timezone")).ok();
    let optional = |key: &str| {
        let value = get(key);
        Some((!value.trim().is_empty()).then_some(value))
    };
    let number = |key: &str, errors: &mut FieldErrors| -> Option<Option<i64>> {
        let value = get(key);
        if value.trim().is_empty() {
            return Some(None);
        }
        match value.trim().parse::<i64>() {
            Ok(n) => Some(Some(n)),
            Err(_) => {
                errors.add(key, "must be a whole number");
                None
            }
        }
    };
    let agenda = agenda
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let cell = |f: &str| row.get(f).cloned().unwrap_or_default();
            AgendaInput {
                starts_at: to_instant(
                    &cell("starts_at"),
                    zone,
                    &format!("agenda[{i}].starts_at"),
                    errors,
                ),
                ends_at: to_instant(
                    &cell("ends_at"),
                    zone,
                    &format!("agenda[{i}].ends_at"),
                    errors,
                ),
                title: Some(cell("title")),
                speaker: Some(cell("speaker")),
                place: Some(cell("place")),
            }
        })
        .collect();
    EventInput {
        group,
        kind: Some(get("kind")),
        title: Some(get("title")),
        description: Some(get("description")),
        starts_at: to_instant(&get("starts_at"), zone, "starts_at", errors),
        ends_at: to_instant(&get("ends_at"), zone, "ends_at", errors),
        timezone: Some(get("timezone")),
        venue: Some(VenueInput {
            name: Some(get("venue_name")),
            address: Some(get("venue_address")),
            city: Some(get("venue_city")),
            country: Some(get("venue_country")),
        }),
        host_organisation: optional("host_organisation"),
        capacity: number("capacity", errors),
        country_cap: number("country_cap", errors),
        registration_deadline: optional("registration_deadline")
            .map(|v| v.and_then(|raw| to_instant(&raw, zone, "registration_deadline", errors))),
        agenda: Some(agenda),
        allow_overlap: Some(
            form.get("allow_overlap")
                .is_some_and(|v| v == "on" || v == "true"),
        ),
    }
}

struct FormPage<'a> {
    heading: String,
    action: String,
    group: super::views::Group,
    values: &'a Values,
    agenda: Vec<Values>,
    errors: BTreeMap<String, String>,
    problem: Option<String>,
    offer_overlap: bool,
}

impl<'a> FormPage<'a> {
    fn new(
        heading: String,
        action: String,
        group: super::views::Group,
        values: &'a Values,
        agenda: Vec<Values>,
    ) -> Self {
        FormPage {
            heading,
            action,
            group,
            values,
            agenda,
            errors: BTreeMap::new(),
            problem: None,
            offer_overlap: false,
        }
    }
}

fn form_page(
    state: &AppState,
    session: &Session,
    staff: &SessionStaff,
    status: StatusCode,
    page: FormPage,
) -> PageResult {
    let mut agenda = page.agenda;
    agenda.extend(std::iter::repeat_with(Values::new).take(SPARE_ROWS));
    let mut ctx = context(session, Some(&staff.0));
    ctx.insert("heading", &page.heading);
    ctx.insert("action", &page.action);
    ctx.insert("group", &page.group);
    ctx.insert("v", page.values);
    ctx.insert("agenda", &agenda);
    ctx.insert("errors", &page.errors);
    ctx.insert("problem", &page.problem);
    ctx.insert("offer_overlap", &page.offer_overlap);
    Ok(html(status, render(state, "event_form.html", &ctx)?))
}

/// Turns a refusal into the form again, with the reasons beside the fields.
fn refused(
    error: AppError,
    page: FormPage,
    state: &AppState,
    session: &Session,
    staff: &SessionStaff,
) -> PageResult {
    match error {
        AppError::InvalidInput { fields, .. } => {
            let problem = Some(format!(
                "Please correct the {} marked field(s).",
                fields.len()
            ));
            form_page(
                state,
                session,
                staff,
                StatusCode::UNPROCESSABLE_ENTITY,
                FormPage {
                    errors: fields,
                    problem,
                    ..page
                },
            )
        }
        AppError::ScheduleConflict(message) => form_page(
            state,
            session,
            staff,
            StatusCode::CONFLICT,
            FormPage {
                problem: Some(message),
                offer_overlap: true,
                ..page
            },
        ),
        other => Err(PageError(other)),
    }
}

pub async fn new_event_form(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<crate::domain::Slug>,
) -> PageResult {
    let slug = slug.into_inner();
    let group = state
        .db
        .read(move |conn| ops::groups::find(conn, &slug))
        .await?;
    staff.manages(group.id)?;
    let values = Values::from([
        ("kind".to_owned(), "exchange_forum".to_owned()),
        ("timezone".to_owned(), "Europe/Rome".to_owned()),
    ]);
    let page = FormPage::new(
        format!("Schedule an event for {}", group.name),
        format!("/staff/groups/{}/events", group.slug),
        group.into(),
        &values,
        vec![],
    );
    form_page(&state, &session, &staff, StatusCode::OK, page)
}

pub async fn create_event(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<crate::domain::Slug>,
    form: web::Form<Vec<(String, String)>>,
) -> PageResult {
    let values: Values = form.into_inner().into_iter().collect();
    verify_csrf(
        &session,
        values.get("csrf_token").map_or("", String::as_str),
    )?;
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
    let page = FormPage::new(
        format!("Schedule an event for {}", group.name),
        format!("/staff/groups/{slug}/events"),
        group.into(),
        &values,
        agenda,
    );
    let parsed = request
        .into_plan()
        .map_err(AppError::invalid)
        .and_then(|parsed| {
            if errors.is_empty() {
                Ok(parsed)
            } else {
                Err(AppError::invalid(errors))
            }
        });
    let (group_slug, plan, allow) = match parsed {
        Ok(parsed) => parsed,
        Err(error) => return refused(error, page, &state, &session, &staff),
    };
    let (user, now) = (staff.0.clone(), chrono::Utc::now());
    match state
        .db
        .write(move |conn| ops::events::schedule(conn, &user, &group_slug, plan, allow, now))
        .await
    {
        Ok(view) => Ok(see_other(format!(
            "/staff/groups/{}?scheduled={}",
            view.group.slug, view.row.id
        ))),
        Err(error) => refused(error, page, &state, &session, &staff),
    }
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
) -> PageResult {
    let view = managed_event(&state, &staff, id.into_inner()).await?;
    let (values, agenda) = values_of(&view);
    let page = FormPage::new(
        format!("Edit “{}”", view.row.title),
        format!("/staff/events/{}/edit", view.row.id),
        view.group.into(),
        &values,
        agenda,
    );
    form_page(&state, &session, &staff, StatusCode::OK, page)
}

pub async fn update_event(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<Vec<(String, String)>>,
) -> PageResult {
    let values: Values = form.into_inner().into_iter().collect();
    verify_csrf(
        &session,
        values.get("csrf_token").map_or("", String::as_str),
    )?;
    let view = managed_event(&state, &staff, id.into_inner()).await?;
    let agenda = agenda_of(&values);
    let mut errors = FieldErrors::new();
    let request = request_of(&values, &agenda, None, &mut errors);
    let page = FormPage::new(
        format!("Edit “{}”", view.row.title),
        format!("/staff/events/{}/edit", view.row.id),
        view.group.clone().into(),
        &values,
        agenda,
    );
    let parsed = request
        .into_patch()
        .map_err(AppError::invalid)
        .and_then(|parsed| {
            if errors.is_empty() {
                Ok(parsed)
            } else {
                Err(AppError::invalid(errors))
            }
        });
    let (patch, allow) = match parsed {
        Ok(parsed) => parsed,
        Err(error) => return refused(error, page, &state, &session, &staff),
    };
    let (user, now, id) = (staff.0.clone(), chrono::Utc::now(), view.row.id);
    match state
        .write_and_send(move |conn, composer| {
            ops::events::change(conn, composer, &user, id, patch, allow, now)
        })
        .await
    {
        Ok(view) => Ok(see_other(format!(
            "/staff/groups/{}?changed={}",
            view.group.slug, view.row.id
        ))),
        Err(error) => refused(error, page, &state, &session, &staff),
    }
}

#[derive(serde::Deserialize)]
pub struct ActionForm {
    csrf_token: String,
    allow_overlap: Option<String>,
}

pub async fn publish_event(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<ActionForm>,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (user, id, now, allow) = (
        staff.0.clone(),
        id.into_inner(),
        chrono::Utc::now(),
        form.allow_overlap.is_some(),
    );
    let view = state
        .db
        .write(move |conn| ops::events::publish(conn, &user, id, allow, now))
        .await?;
    Ok(see_other(format!(
        "/staff/groups/{}?published={}",
        view.group.slug, view.row.id
    )))
}

pub async fn cancel_event_form(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
) -> PageResult {
    let view = managed_event(&state, &staff, id.into_inner()).await?;
    let registrants = view.row.confirmed_count + view.row.waitlisted_count;
    let mut ctx = context(&session, Some(&staff.0));
    ctx.insert("event", &super::views::Event::from(&view));
    ctx.insert("when", &view.when_label());
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
    let view = state
        .write_and_send(move |conn, composer| ops::events::cancel(conn, composer, &user, id, now))
        .await?;
    Ok(see_other(format!(
        "/staff/groups/{}?cancelled={}",
        view.group.slug, view.row.id
    )))
}
