//! Public pages: home and the thematic group pages.

use actix_session::Session;
use actix_web::{http::StatusCode, web};
use std::collections::BTreeMap;

use serde::Serialize;

use super::language::PageLanguage;
use super::{context, html, render, PageError, PageResult};
use crate::domain::time::{local_label_in, parse_timezone, span_label_in};
use crate::domain::Language;
use crate::error::AppError;
use crate::ops;
use crate::ops::event_view::EventView;
use crate::store::{self, event_lists::EventSummaryRow, event_lists::SummaryFilter};
use crate::web::auth::SessionStaff;
use crate::web::AppState;

/// An event as lists show it, with its time in the event's own zone.
#[derive(Serialize)]
pub struct EventListItem {
    id: i64,
    group_slug: String,
    group_name: String,
    kind: String,
    title: String,
    when: String,
    city: String,
    country: String,
    seats_left: Option<i32>,
    /// The titles of the key actions it serves (on its group's page, once the
    /// plan is adopted).
    serves: Vec<String>,
}

impl EventListItem {
    /// The row with its start written the way `language` writes dates.
    pub fn of(row: EventSummaryRow, language: Language) -> Self {
        let when = parse_timezone(&row.timezone)
            .map(|zone| local_label_in(row.starts_at, zone, language))
            .unwrap_or_else(|_| format!("{} UTC", row.starts_at.format("%a %-d %b %Y, %H:%M")));
        EventListItem {
            id: row.id,
            group_name: crate::i18n::group_name(language, &row.group_slug, &row.group_name),
            group_slug: row.group_slug,
            kind: row.kind,
            title: row.title,
            when,
            city: row.venue_city,
            country: row.venue_country,
            seats_left: row.capacity.map(|c| (c - row.confirmed_count).max(0)),
            serves: Vec::new(),
        }
    }
}

fn items(rows: Vec<EventSummaryRow>, language: Language) -> Vec<EventListItem> {
    rows.into_iter()
        .map(|row| EventListItem::of(row, language))
        .collect()
}

pub async fn home(
    state: web::Data<AppState>,
    session: Session,
    staff: Option<SessionStaff>,
    language: PageLanguage,
) -> PageResult {
    let now = chrono::Utc::now().naive_utc();
    let (groups, upcoming) = state
        .db
        .read(move |conn| {
            let groups = store::groups::list(conn)?;
            let upcoming = store::event_lists::summaries(
                conn,
                &SummaryFilter {
                    group_id: None,
                    after: now,
                    past: false,
                    all_statuses: false,
                    limit: 12,
                },
            )?;
            Ok::<_, AppError>((groups, upcoming))
        })
        .await?;
    let mut ctx = context(&session, staff.as_ref().map(|s| &s.0), &language);
    ctx.insert(
        "groups",
        &groups
            .into_iter()
            .map(|g| super::views::Group::of(g, language.language))
            .collect::<Vec<_>>(),
    );
    ctx.insert("upcoming", &items(upcoming, language.language));
    Ok(html(StatusCode::OK, render(&state, "home.html", &ctx)?))
}

pub async fn group(
    state: web::Data<AppState>,
    session: Session,
    staff: Option<SessionStaff>,
    slug: web::Path<crate::domain::Slug>,
    language: PageLanguage,
) -> PageResult {
    let now = chrono::Utc::now().naive_utc();
    let slug = slug.into_inner();
    let viewer = staff.as_ref().map(|s| s.0.clone());
    let (group, upcoming, past, plan, found) = state
        .db
        .read(move |conn| {
            let group = ops::groups::find(conn, &slug)?;
            let upcoming = store::event_lists::summaries(
                conn,
                &SummaryFilter {
                    group_id: Some(group.id),
                    after: now,
                    past: false,
                    all_statuses: false,
                    limit: 50,
                },
            )?;
            let past = store::event_lists::summaries(
                conn,
                &SummaryFilter {
                    group_id: Some(group.id),
                    after: now,
                    past: true,
                    all_statuses: false,
                    limit: 20,
                },
            )?;
            let plan = ops::plans::read_if_any(conn, viewer.as_ref(), &slug, now.and_utc())?;
            let asker = ops::materials::Asker {
                staff: viewer.as_ref(),
                token: None,
            };
            let owner = ops::materials::Owner::Group(slug.to_string());
            let found = ops::materials::list(conn, asker, &owner)?;
            Ok::<_, AppError>((group, upcoming, past, plan, found))
        })
        .await?;
    let mut ctx = context(&session, staff.as_ref().map(|s| &s.0), &language);
    ctx.insert("group", &super::views::Group::of(group, language.language));
    // The key actions each event serves, from the plan as read (if any).
    let serving = |list: Vec<EventListItem>| -> Vec<EventListItem> {
        list.into_iter()
            .map(|mut item| {
                item.serves = plan
                    .iter()
                    .flat_map(|p| &p.actions)
                    .filter(|a| a.events.iter().any(|(link, _)| link.event_id == item.id))
                    .map(|a| a.row.title.clone())
                    .collect();
                item
            })
            .collect()
    };
    ctx.insert("upcoming", &serving(items(upcoming, language.language)));
    ctx.insert("past", &serving(items(past, language.language)));
    let zone = state.config.timezone;
    let plan = plan.map(|p| super::plans::PlanShown::of(&p, language.language, zone));
    ctx.insert("plan", &plan);
    ctx.insert("materials", &super::materials::shown(&found, None));
    Ok(html(StatusCode::OK, render(&state, "group.html", &ctx)?))
}

/// One stop or session, in the event's zone.
#[derive(Serialize)]
struct AgendaLine {
    time: String,
    title: String,
    speaker: Option<String>,
    place: Option<String>,
}

pub async fn event(
    state: web::Data<AppState>,
    session: Session,
    staff: Option<SessionStaff>,
    id: web::Path<i64>,
    prefill: web::Query<Prefill>,
    language: PageLanguage,
) -> PageResult {
    // An invitation link fills in what the mailing list knows of the person, and
    // speaks their language (that of the invitation) unless they chose another.
    let invited_in = prefill
        .language
        .as_deref()
        .and_then(|code| Language::parse(code).ok());
    let language = language.unless_chosen(invited_in);
    let mut form = RegistrationForm::default();
    if let Some(invited_in) = invited_in {
        form.values
            .insert("language".to_owned(), invited_in.code().to_owned());
    }
    let fields = [
        ("name", &prefill.name),
        ("email", &prefill.email),
        ("country", &prefill.country),
        ("organisation", &prefill.organisation),
    ];
    for (key, value) in fields {
        if let Some(value) = value {
            form.values.insert(key.to_owned(), value.clone());
        }
    }
    let id = id.into_inner();
    // Anonymous visitors without a prefilled form all see the same page.
    let shared = staff.is_none() && form.values.is_empty();
    if !shared {
        let ctx = event_context(&state, &session, staff.as_ref(), id, form, &language).await?;
        return Ok(html(StatusCode::OK, render(&state, "event.html", &ctx)?));
    }
    let cache = &state.event_pages;
    let key = format!("event:{id}:{}", language.language.code());
    let writes = state.db.write_count(id);
    let page = match cache.get(&key, writes) {
        Some(page) => page,
        None => {
            let mut ctx = event_context(&state, &session, None, id, form, &language).await?;
            ctx.insert("csrf_token", cache.marker());
            let page: std::sync::Arc<str> = render(&state, "event.html", &ctx)?.into();
            cache.put(key, writes, page.clone());
            page
        }
    };
    let token = super::csrf_token(&session);
    Ok(html(StatusCode::OK, cache.personalise(&page, &token)))
}

#[derive(serde::Deserialize)]
pub struct Prefill {
    name: Option<String>,
    email: Option<String>,
    country: Option<String>,
    organisation: Option<String>,
    /// The invitation's language (a code; one we do not speak is ignored).
    language: Option<String>,
}

/// The registration form as typed, what is wrong with its fields, and a message.
#[derive(Default)]
pub struct RegistrationForm {
    pub values: BTreeMap<String, String>,
    pub errors: BTreeMap<String, String>,
    pub problem: Option<String>,
}

/// Everything the event page shows, with the registration form's values and errors.
pub async fn event_context(
    state: &AppState,
    session: &Session,
    staff: Option<&SessionStaff>,
    id: i64,
    form: RegistrationForm,
    language: &PageLanguage,
) -> Result<tera::Context, PageError> {
    let lang = language.language;
    let viewer = staff.map(|s| s.0.clone());
    let (view, kinds, serves, found, known, b2b) = state
        .db
        .read(move |conn| {
            let view = ops::event_view::visible(conn, viewer.as_ref(), id)?;
            let kinds = store::registrations::organisation_kinds(conn)?;
            // Suggested as one types, so that one organisation is spelled one way.
            let known = ops::organisations::suggestions(conn)?;
            let serves = ops::plans::serving(conn, viewer.as_ref(), &view.group, id)?;
            let asker = ops::materials::Asker {
                staff: viewer.as_ref(),
                token: None,
            };
            let found = ops::materials::list(conn, asker, &ops::materials::Owner::Event(id))?;
            let b2b = ops::b2b::session_at(conn, &view)?;
            Ok::<_, AppError>((view, kinds, serves, found, known, b2b))
        })
        .await?;
    let ctx_b2b = b2b.map(|b2b| super::views::b2b_session_line(&b2b, &view, language));
    let mut ctx = context(session, staff.map(|s| &s.0), language);
    ctx.insert("csrf_token", &super::csrf_token(session));
    ctx.insert("known_organisations", &known);
    insert_facts(&mut ctx, &view, lang);
    ctx.insert(
        "can_manage",
        &staff.is_some_and(|s| s.0.manages_group(view.row.group_id)),
    );
    let open = view.span().ok().map(|span| {
        let deadline = view.row.registration_deadline.map(|d| d.and_utc());
        crate::domain::events::registration_open(view.status(), &span, deadline, chrono::Utc::now())
    });
    ctx.insert("registration_open", &matches!(open, Some(Ok(()))));
    ctx.insert("serves", &serves);
    ctx.insert("b2b", &ctx_b2b);
    ctx.insert("materials", &super::materials::shown(&found, None));
    ctx.insert(
        "closed_reason",
        &open
            .and_then(|o| o.err())
            .map(|c| super::language::closed_reason(lang, c)),
    );
    insert_form(&mut ctx, form, kinds, lang);
    Ok(ctx)
}

/// The event's facts in the reader's language and the event's zone.
fn insert_facts(ctx: &mut tera::Context, view: &EventView, lang: Language) {
    let (zone, row) = (view.zone(), &view.row);
    let agenda: Vec<AgendaLine> = view
        .agenda
        .iter()
        .map(|a| AgendaLine {
            time: span_label_in(a.starts_at, a.ends_at, zone, lang),
            title: a.title.clone(),
            speaker: a.speaker.clone(),
            place: a.place.clone(),
        })
        .collect();
    let osm_query: String =
        url::form_urlencoded::byte_serialize(view.location().as_bytes()).collect();
    ctx.insert("event", &super::views::Event::from(view));
    let group_name = crate::i18n::group_name(lang, &view.group.slug, &view.group.name);
    ctx.insert("group_name", &group_name);
    let when = span_label_in(row.starts_at, row.ends_at, zone, lang);
    ctx.insert("when", &when);
    ctx.insert("location", &view.location());
    let map_url = format!("https://www.openstreetmap.org/search?query={osm_query}");
    ctx.insert("map_url", &map_url);
    ctx.insert("agenda", &agenda);
    let deadline = row
        .registration_deadline
        .map(|d| local_label_in(d, zone, lang));
    ctx.insert("deadline", &deadline);
}

/// The registration form as typed, its errors in the reader's language, and the
/// kinds of organisation to choose from.
fn insert_form(
    ctx: &mut tera::Context,
    form: RegistrationForm,
    kinds: Vec<(String, String)>,
    lang: Language,
) {
    let kinds: Vec<(String, String)> = kinds
        .into_iter()
        .map(|(code, name)| {
            let name = super::language::organisation_kind(lang, &code, &name);
            (code, name)
        })
        .collect();
    ctx.insert("kinds", &kinds);
    ctx.insert("form", &form.values);
    let errors: BTreeMap<&String, String> = form
        .errors
        .iter()
        .map(|(field, message)| (field, super::language::field_error(lang, message)))
        .collect();
    ctx.insert("errors", &errors);
    ctx.insert("problem", &form.problem);
}
