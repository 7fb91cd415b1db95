//! The event form: an event's values as the form shows them, the form's fields
//! (local times in the venue's zone, agenda rows) parsed into the domain's
//! `EventInput`, and the form page with what was refused beside its fields.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use super::language::PageLanguage;
use super::{context, html, render, PageError, PageResult, Reader};
use crate::domain::event_input::{AgendaInput, EventInput, VenueInput};
use crate::domain::events::Overlap;
use crate::domain::time::parse_timezone;
use crate::domain::FieldErrors;
use crate::error::AppError;
use crate::ops::event_view::EventView;

/// Blank agenda rows offered below the filled ones.
const SPARE_ROWS: usize = 3;
const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";

pub(super) type Values = BTreeMap<String, String>;

/// The form's values from an existing event, times in its own zone.
pub(super) fn values_of(view: &EventView) -> (Values, Vec<Values>) {
    let zone = view.zone();
    let local = |t: NaiveDateTime| zone.from_utc_datetime(&t).format(LOCAL_FORMAT).to_string();
    let row = &view.row;
    let mut values = Values::new();
    for (key, value) in [
        ("kind", row.kind.clone()),
        ("audience", row.audience.clone()),
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
pub(super) fn agenda_of(form: &Values) -> Vec<Values> {
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
pub(super) fn to_instant(
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

/// The form as the domain's `EventInput`, the type the JSON body parses into too,
/// so that pages and API share every rule.
pub(super) fn request_of(
    form: &Values,
    agenda: &[Values],
    group: Option<String>,
    errors: &mut FieldErrors,
) -> EventInput {
    let get = |key: &str| form.get(key).cloned().unwrap_or_default();
    // With a zone that does not parse, the times are still read (as UTC) so that
    // only the zone is reported, not "required" under two filled fields.
    let zone = Some(parse_timezone(&get("timezone")).unwrap_or(Tz::UTC));
    let optional = |key: &str| {
        let value = get(key);
        Some((!value.trim().is_empty()).then_some(value))
    };
    let number = |key: &str, errors: &mut FieldErrors| whole_number(&get(key), key, errors);
    let agenda = agenda_input(agenda, zone, errors);
    EventInput {
        group,
        kind: Some(get("kind")),
        audience: optional("audience").flatten(),
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

/// A number field: empty is none, anything else must be a whole number.
fn whole_number(value: &str, key: &str, errors: &mut FieldErrors) -> Option<Option<i64>> {
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
}

/// The agenda rows as the domain reads them, their local times in `zone`.
fn agenda_input(agenda: &[Values], zone: Option<Tz>, errors: &mut FieldErrors) -> Vec<AgendaInput> {
    agenda
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let cell = |f: &str| row.get(f).cloned().unwrap_or_default();
            let at = |f: &str, errors: &mut FieldErrors| {
                to_instant(&cell(f), zone, &format!("agenda[{i}].{f}"), errors)
            };
            AgendaInput {
                starts_at: at("starts_at", errors),
                ends_at: at("ends_at", errors),
                title: Some(cell("title")),
                speaker: Some(cell("speaker")),
                place: Some(cell("place")),
            }
        })
        .collect()
}

pub(super) struct FormPage<'a> {
    heading: String,
    action: String,
    group: super::views::Group,
    values: &'a Values,
    agenda: Vec<Values>,
    errors: BTreeMap<String, String>,
    problem: Option<String>,
    offer_overlap: bool,
    /// The start lies in the past: say so, and save only once that is ticked.
    offer_past: bool,
    /// The key actions of the group's plan: (id, title, sub-action?).
    plan_actions: Vec<(i64, String, bool)>,
}

impl<'a> FormPage<'a> {
    pub(super) fn new(
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
            offer_past: false,
            plan_actions: Vec::new(),
        }
    }

    /// The same page offering the plan's key actions to link.
    pub(super) fn serving(self, plan_actions: Vec<(i64, String, bool)>) -> Self {
        FormPage {
            plan_actions,
            ..self
        }
    }
}

impl FormPage<'_> {
    /// The same page, asking whether an event in the past is meant.
    pub(super) fn asking_about_the_past(self) -> Self {
        FormPage {
            offer_past: true,
            ..self
        }
    }
}

/// How many agenda rows the form shows: the filled ones and a few blank ones, and
/// one more than before when "Add a row" was pressed (`rows` counts those shown).
fn rows_shown(filled: usize, values: &Values) -> usize {
    let before = values.get("rows").and_then(|r| r.parse::<usize>().ok());
    let added = values.contains_key("add_row");
    match (before, added) {
        (Some(before), true) => (before + 1).clamp(filled + 1, 200),
        // Shown again after a refusal: as many rows as the form had, no more.
        (Some(before), false) => before.clamp(filled, 200),
        (None, _) => filled + SPARE_ROWS,
    }
}

pub(super) fn form_page(reader: &Reader, status: StatusCode, page: FormPage) -> PageResult {
    let mut agenda = page.agenda;
    let shown = rows_shown(agenda.len(), page.values);
    agenda.resize_with(shown.max(agenda.len()), Values::new);
    let mut ctx = context(reader.session, Some(&reader.staff.0), reader.language);
    ctx.insert("rows", &agenda.len());
    ctx.insert("heading", &page.heading);
    ctx.insert("action", &page.action);
    ctx.insert("group", &page.group);
    ctx.insert("v", page.values);
    ctx.insert("agenda", &agenda);
    ctx.insert("errors", &form_keys(&page.errors));
    ctx.insert("plan_actions", &page.plan_actions);
    ctx.insert("problem", &page.problem);
    ctx.insert("offer_overlap", &page.offer_overlap);
    ctx.insert("offer_past", &page.offer_past);
    Ok(html(status, render(reader.state, "event_form.html", &ctx)?))
}

/// Whether the form wants a new row rather than to be saved.
pub(super) fn adds_a_row(values: &Values) -> bool {
    values.contains_key("add_row")
}

/// Whether a start typed into the form lies in the past and the box that says
/// "save it all the same" is not ticked. `before` is the start saved already:
/// an event that began earlier can still be corrected without the question.
pub(super) fn past_unconfirmed(
    values: &Values,
    before: Option<NaiveDateTime>,
    now: chrono::DateTime<chrono::Utc>,
) -> bool {
    let zone = values.get("timezone").and_then(|z| parse_timezone(z).ok());
    let start = values.get("starts_at").and_then(|raw| {
        NaiveDateTime::parse_from_str(raw.trim(), LOCAL_FORMAT)
            .ok()
            .and_then(|local| zone?.from_local_datetime(&local).earliest())
            .map(|t| t.naive_utc())
    });
    match start {
        Some(start) => {
            start < now.naive_utc() && Some(start) != before && !values.contains_key("confirm_past")
        }
        None => false,
    }
}

/// Turns a refusal into the form again, with the reasons beside the fields.
pub(super) fn refused(error: AppError, page: FormPage, reader: &Reader) -> PageResult {
    let language = reader.language;
    match error {
        AppError::InvalidInput { fields, .. } => {
            let problem = Some(language.say_count("form-correct", fields.len() as i64, &[]));
            let fields = fields
                .into_iter()
                .map(|(field, message)| {
                    let message = super::language::field_error(language.language, &message);
                    (field, message)
                })
                .collect();
            form_page(
                reader,
                StatusCode::UNPROCESSABLE_ENTITY,
                FormPage {
                    errors: fields,
                    problem,
                    ..page
                },
            )
        }
        AppError::ScheduleConflict(overlap) => {
            let page = FormPage {
                problem: Some(overlap_problem(language, "form-overlap-problem", &overlap)),
                offer_overlap: true,
                ..page
            };
            form_page(reader, StatusCode::CONFLICT, page)
        }
        other => Err(PageError(other)),
    }
}

/// What `key` says of the other event an event overlaps, its time in the reader's words.
pub(super) fn overlap_problem(language: &PageLanguage, key: &str, overlap: &Overlap) -> String {
    let when =
        crate::domain::time::local_label_in(overlap.starts_at, overlap.zone, language.language);
    language.say(key, &[("title", &overlap.title), ("when", &when)])
}

/// The parsed event, unless it or the form's own fields (local times) were wrong.
/// When the domain refuses the event, its errors are shown first.
pub(super) fn checked<T>(parsed: Result<T, FieldErrors>, form: FieldErrors) -> Result<T, AppError> {
    let parsed = parsed.map_err(AppError::invalid)?;
    if form.is_empty() {
        Ok(parsed)
    } else {
        Err(AppError::invalid(form))
    }
}

/// The errors keyed as the form's inputs are named: the domain's `agenda[2].title`
/// becomes `agenda-2-title` and `agenda[2]` (the whole row) `agenda-2`. (Tera would
/// read a key with brackets as a path, so the page could not look it up.)
fn form_keys(errors: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    errors
        .iter()
        .map(|(key, message)| {
            let key = match key.strip_prefix("agenda[").and_then(|r| r.split_once(']')) {
                Some((index, "")) => format!("agenda-{index}"),
                Some((index, rest)) => format!("agenda-{index}-{}", rest.trim_start_matches('.')),
                None => key.clone(),
            };
            (key, message.clone())
        })
        .collect()
}
