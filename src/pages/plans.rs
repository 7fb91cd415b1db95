//! A group's strategic plan on the site: the public plan page with each key
//! action's progress, owners and events, and the views the staff pages share.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::web;
use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::Serialize;

use super::language::PageLanguage;
use super::{context, html, render, PageResult};
use crate::domain::events::EventStatus;
use crate::domain::time::{date_label_in, parse_timezone, span_label_in};
use crate::domain::Language;
use crate::ops::plans::{ActionView, PlanView};
use crate::web::auth::SessionStaff;
use crate::web::AppState;

#[derive(Serialize)]
pub struct EventLink {
    pub id: i64,
    pub title: String,
    pub when: String,
}

#[derive(Serialize)]
pub struct Target {
    /// Which count: events, participants, organisations, countries.
    pub what: &'static str,
    pub achieved: u32,
    pub target: Option<u32>,
}

#[derive(Serialize)]
pub struct ActionShown {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub due: Option<String>,
    pub status: String,
    /// Whole percent, 0 to 100.
    pub percent: u32,
    pub value: f64,
    pub manual: bool,
    pub reason: Option<String>,
    pub owners: Vec<String>,
    pub targets: Vec<Target>,
    /// Whether there is a due date, an owner or a target to list.
    pub has_facts: bool,
    pub past: Vec<EventLink>,
    pub coming: Vec<EventLink>,
    /// The linked event ids, for the staff form.
    pub event_ids: Vec<i64>,
}

#[derive(Serialize)]
pub struct PlanShown {
    pub group: super::views::Group,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub status: String,
    pub version: i32,
    pub adopted_at: Option<String>,
    pub percent: u32,
    pub value: f64,
    pub actions: Vec<ActionShown>,
}

/// Text typed with blank lines between paragraphs, as paragraphs (shown escaped).
pub fn paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

fn percent(value: f64) -> u32 {
    (value * 100.0).round().clamp(0.0, 100.0) as u32
}

impl ActionShown {
    pub fn of(action: &ActionView, language: Language) -> Self {
        let row = &action.row;
        let mut past = Vec::new();
        let mut coming = Vec::new();
        for (link, held) in &action.events {
            let zone = parse_timezone(&link.timezone).unwrap_or(Tz::UTC);
            let shown = EventLink {
                id: link.event_id,
                title: link.title.clone(),
                when: span_label_in(link.starts_at, link.ends_at, zone, language),
            };
            // Held ones, and published ones still to come: a draft's title is not
            // the public's yet, and a cancelled event serves nothing.
            let published = link.status == EventStatus::Published.as_str();
            if *held {
                past.push(shown);
            } else if published && link.ends_at >= chrono::Utc::now().naive_utc() {
                coming.push(shown);
            }
        }
        let (targets, achieved) = (action.targets, action.achieved);
        let targets = vec![
            Target {
                what: "events",
                achieved: achieved.events,
                target: targets.events,
            },
            Target {
                what: "participants",
                achieved: achieved.participants,
                target: targets.participants,
            },
            Target {
                what: "organisations",
                achieved: achieved.organisations,
                target: targets.organisations,
            },
            Target {
                what: "countries",
                achieved: achieved.countries,
                target: targets.countries,
            },
        ];
        let has_facts = row.due.is_some()
            || !action.owners.is_empty()
            || targets.iter().any(|t| t.target.is_some());
        ActionShown {
            has_facts,
            id: row.id,
            parent_id: row.parent_id,
            title: row.title.clone(),
            paragraphs: paragraphs(&row.description),
            due: row
                .due
                .as_deref()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .map(|d| date_label_in(d, language)),
            status: row.status.clone(),
            percent: percent(action.progress.value),
            value: action.progress.value,
            manual: action.progress.manual,
            reason: action.progress.reason.clone(),
            owners: action
                .owners
                .iter()
                .map(|o| format!("{} ({})", o.organisation, o.country))
                .collect(),
            targets,
            event_ids: action.events.iter().map(|(l, _)| l.event_id).collect(),
            past,
            coming,
        }
    }
}

impl PlanShown {
    /// `zone`: where the day of an adoption is told (CLUSTERCORD_TIMEZONE).
    pub fn of(view: &PlanView, language: Language, zone: Tz) -> Self {
        PlanShown {
            group: super::views::Group::of(view.group.clone(), language),
            title: view.plan.title.clone(),
            paragraphs: paragraphs(&view.plan.summary),
            status: view.plan.status.clone(),
            version: view.plan.version,
            adopted_at: view
                .plan
                .adopted_at
                .map(|t| date_label_in(crate::domain::time::local_date(t, zone), language)),
            percent: percent(view.progress),
            value: view.progress,
            actions: view
                .actions
                .iter()
                .map(|a| ActionShown::of(a, language))
                .collect(),
        }
    }
}

/// `/groups/{slug}/plan`: the plan once adopted (its staff see the draft too).
pub async fn plan_page(
    state: web::Data<AppState>,
    session: Session,
    staff: Option<SessionStaff>,
    slug: web::Path<crate::domain::Slug>,
    language: PageLanguage,
) -> PageResult {
    let (slug, now) = (slug.into_inner(), chrono::Utc::now());
    let viewer = staff.as_ref().map(|s| s.0.clone());
    let view = state
        .db
        .read(move |conn| crate::ops::plans::read(conn, viewer.as_ref(), &slug, now))
        .await?;
    let mut ctx = context(&session, staff.as_ref().map(|s| &s.0), &language);
    let can_edit = staff
        .as_ref()
        .is_some_and(|s| s.0.manages_group(view.group.id));
    let shown = PlanShown::of(&view, language.language, state.config.timezone);
    ctx.insert("plan", &shown);
    ctx.insert("can_edit", &can_edit);
    Ok(html(StatusCode::OK, render(&state, "plan.html", &ctx)?))
}
