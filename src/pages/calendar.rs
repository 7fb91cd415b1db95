//! Month calendars of published events: per group and across all groups. Each
//! event sits on its local date in its own zone.

use actix_session::Session;
use actix_web::{http::StatusCode, web};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::language::PageLanguage;
use super::{context, html, render, PageResult};
use crate::domain::time::{
    day_label_in, local_date, local_time_label, parse_timezone, weekdays_in, Month,
};
use crate::domain::Language;
use crate::error::AppError;
use crate::ops;
use crate::store::{self, event_lists::EventSummaryRow};
use crate::web::auth::SessionStaff;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct MonthQuery {
    month: Option<String>,
}

#[derive(Serialize, Clone)]
struct Entry {
    id: i64,
    title: String,
    time: String,
    kind: String,
    group_name: String,
    date_label: String,
}

#[derive(Serialize)]
struct Day {
    number: u32,
    iso: String,
    in_month: bool,
    today: bool,
    entries: Vec<Entry>,
}

fn month_of(query: &MonthQuery) -> Result<Month, AppError> {
    match query.month.as_deref().filter(|m| !m.is_empty()) {
        Some(raw) => Month::parse(raw).map_err(|e| AppError::invalid_field("month", e.to_string())),
        None => Ok(Month::containing(chrono::Utc::now().date_naive())),
    }
}

/// The month's published events (of one group, or of all), with the group.
async fn published_in(
    state: &AppState,
    slug: Option<crate::domain::Slug>,
    month: Month,
) -> Result<(Option<crate::store::groups::GroupRow>, Vec<EventSummaryRow>), AppError> {
    // A day either side: an event's local date may differ from its UTC date.
    let from = (month.first - chrono::Days::new(1))
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default();
    let to = (month.next().first + chrono::Days::new(1))
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default();
    state
        .db
        .read(move |conn| {
            let group = slug.map(|s| ops::groups::find(conn, &s)).transpose()?;
            let group_id = group.as_ref().map(|g| g.id);
            let rows = store::event_lists::published_between(conn, group_id, from, to)?;
            Ok((group, rows))
        })
        .await
}

/// Each event on its local date in its own zone, those of the month only.
/// An event over several days sits on each of them (the first with its time); one
/// that ends at midnight does not reach into the next day.
fn placed(rows: Vec<EventSummaryRow>, month: Month, lang: Language) -> Vec<(NaiveDate, Entry)> {
    let mut placed = Vec::new();
    for row in rows {
        let Ok(zone) = parse_timezone(&row.timezone) else {
            continue;
        };
        let first = local_date(row.starts_at, zone);
        for date in crate::domain::time::local_days(row.starts_at, row.ends_at, zone) {
            if !month.contains(date) {
                continue;
            }
            placed.push((
                date,
                Entry {
                    id: row.id,
                    title: row.title.clone(),
                    time: match date == first {
                        true => local_time_label(row.starts_at, zone),
                        false => String::new(),
                    },
                    kind: row.kind.clone(),
                    group_name: crate::i18n::group_name(lang, &row.group_slug, &row.group_name),
                    date_label: day_label_in(date, lang),
                },
            ));
        }
    }
    placed
}

/// The month's weeks, Monday first, with each day's events.
fn weeks(month: Month, placed: &[(NaiveDate, Entry)], today: NaiveDate) -> Vec<Vec<Day>> {
    let day = |date: NaiveDate| Day {
        number: date.day(),
        iso: date.to_string(),
        in_month: month.contains(date),
        today: date == today,
        entries: placed
            .iter()
            .filter(|(d, _)| *d == date)
            .map(|(_, e)| e.clone())
            .collect(),
    };
    month
        .weeks()
        .into_iter()
        .map(|week| week.into_iter().map(day).collect())
        .collect()
}

async fn month_page(
    state: &AppState,
    session: &Session,
    staff: Option<&SessionStaff>,
    slug: Option<crate::domain::Slug>,
    month: Month,
    language: PageLanguage,
) -> PageResult {
    let lang = language.language;
    let (group, rows) = published_in(state, slug, month).await?;
    let placed = placed(rows, month, lang);
    let base = match &group {
        Some(g) => format!("/groups/{}/calendar", g.slug),
        None => "/calendar".to_owned(),
    };
    let mut ctx = context(session, staff.map(|s| &s.0), &language);
    ctx.insert("group", &group.map(|g| super::views::Group::of(g, lang)));
    // Month names stand alone here: Fluent has them in the nominative, which
    // chrono's locale data (made for dates) does not give for every language.
    let month_name = crate::i18n::text(lang, &format!("month-{}", month.first.month()), &[])
        .unwrap_or_else(|| month.label());
    ctx.insert(
        "month_label",
        &format!("{month_name} {}", month.first.year()),
    );
    ctx.insert("weekdays", &weekdays_in(lang));
    ctx.insert(
        "weeks",
        &weeks(month, &placed, chrono::Utc::now().date_naive()),
    );
    // The list below the grid names each event once, on its first day of the month.
    let mut listed = std::collections::HashSet::new();
    let entries: Vec<Entry> = placed
        .into_iter()
        .map(|(_, e)| e)
        .filter(|e| listed.insert(e.id))
        .collect();
    ctx.insert("entries", &entries);
    let previous = format!("{base}?month={}", month.previous().key());
    ctx.insert("previous_url", &previous);
    ctx.insert("next_url", &format!("{base}?month={}", month.next().key()));
    Ok(html(StatusCode::OK, render(state, "calendar.html", &ctx)?))
}

pub async fn all_groups(
    state: web::Data<AppState>,
    session: Session,
    staff: Option<SessionStaff>,
    query: web::Query<MonthQuery>,
    language: PageLanguage,
) -> PageResult {
    let month = month_of(&query)?;
    month_page(&state, &session, staff.as_ref(), None, month, language).await
}

pub async fn one_group(
    state: web::Data<AppState>,
    session: Session,
    staff: Option<SessionStaff>,
    slug: web::Path<crate::domain::Slug>,
    query: web::Query<MonthQuery>,
    language: PageLanguage,
) -> PageResult {
    let month = month_of(&query)?;
    month_page(
        &state,
        &session,
        staff.as_ref(),
        Some(slug.into_inner()),
        month,
        language,
    )
    .await
}
