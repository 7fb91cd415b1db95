//! `/staff/reports`: the participation report of a period for the programme, with
//! presets for its reporting periods, charts drawn as SVG on the server, each
//! figure a link to the participations behind it, downloads, and snapshots.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::language::PageLanguage;
use super::{checked_form, context, html, render, PageResult};
use crate::domain::reports::{NewSnapshot, PeriodInput, ReportQuery, SnapshotInput};
use crate::error::AppError;
use crate::ops::report_snapshots::{self, ReportingPeriod, Snapshot};
use crate::ops::reports::{self, ParticipationReport};
use crate::web::auth::SessionStaff;
use crate::web::query::{first, pairs, report_query};
use crate::web::respond::see_other;
use crate::web::AppState;

#[derive(Serialize)]
struct GroupChoice {
    slug: String,
    name: String,
    checked: bool,
}

#[derive(Serialize)]
struct Preset {
    id: i64,
    label: String,
    from: String,
    to: String,
    current: bool,
}

/// One bar of a chart, its geometry worked out here so that the template only
/// places it.
#[derive(Serialize)]
struct Bar {
    label: String,
    value: i64,
    /// Length (horizontal bars) or height (columns) in the chart's units.
    size: i64,
    /// Where it starts along the other axis.
    at: i64,
}

#[derive(Serialize)]
struct SnapshotLine {
    id: i64,
    groups: String,
    label: String,
    from: String,
    to: String,
    created: String,
}

/// Horizontal bars of at most `longest` units, `step` apart.
fn bars(items: impl IntoIterator<Item = (String, i64)>, longest: i64, step: i64) -> Vec<Bar> {
    let items: Vec<(String, i64)> = items.into_iter().collect();
    let max = items.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    items
        .into_iter()
        .enumerate()
        .map(|(i, (label, value))| Bar {
            size: (value * longest / max).max(i64::from(value > 0)),
            at: i as i64 * step,
            label,
            value,
        })
        .collect()
}

/// The period to show when none is asked for: the latest reporting period that
/// has begun, else this year so far.
fn default_period(periods: &[ReportingPeriod], today: NaiveDate) -> (String, String) {
    periods
        .iter()
        .filter_map(|p| p.period)
        .filter(|p| p.from <= today)
        .max_by_key(|p| p.from)
        .map(|p| (p.from.to_string(), p.to.to_string()))
        .unwrap_or_else(|| {
            let start = NaiveDate::from_ymd_opt(today.year(), 1, 1).expect("1 January");
            (start.to_string(), today.to_string())
        })
}

/// The query string of a report (period and groups), for links and downloads.
pub fn query_string(report: &ParticipationReport) -> String {
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    out.append_pair("from", &report.from.to_string());
    out.append_pair("to", &report.to.to_string());
    for group in &report.groups {
        out.append_pair("group", group);
    }
    out.finish()
}

/// The figures' part of the page context, shared by the live report and a snapshot.
fn insert_figures(ctx: &mut tera::Context, report: &ParticipationReport, language: &PageLanguage) {
    ctx.insert("report", report);
    let countries = report
        .by_country
        .iter()
        .map(|c| (c.country.clone(), c.participations));
    ctx.insert("country_bars", &bars(countries, 400, 26));
    let kinds = report.by_organisation_kind.iter().map(|k| {
        (
            language.organisation_kind(k.kind.as_deref()),
            k.participations,
        )
    });
    ctx.insert("kind_bars", &bars(kinds, 360, 26));
    let kind_codes: Vec<String> = report
        .by_organisation_kind
        .iter()
        .map(|k| k.kind.clone().unwrap_or_else(|| "none".into()))
        .collect();
    ctx.insert("kind_codes", &kind_codes);
    let width = 560 / (report.by_month.len().max(1) as i64);
    let months = report
        .by_month
        .iter()
        .map(|m| (m.month.clone(), m.participations));
    ctx.insert("month_bars", &bars(months, 160, width));
    ctx.insert("month_width", &(width - 4).max(2));
}

/// `GET /staff/reports`.
pub async fn reports_page(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    req: HttpRequest,
    language: PageLanguage,
) -> PageResult {
    let mut pairs = pairs(&req);
    let (user, now) = (staff.0.clone(), chrono::Utc::now());
    let (groups, periods, snapshots) = state
        .db
        .read(move |conn| {
            let groups: Vec<_> = crate::store::groups::list(conn)?
                .into_iter()
                .filter(|g| user.manages_group(g.id))
                .collect();
            let snapshots = report_snapshots::list(conn, &user)?;
            Ok::<_, AppError>((groups, report_snapshots::periods(conn)?, snapshots))
        })
        .await?;
    if first(&pairs, "from").is_none() && first(&pairs, "to").is_none() {
        let (from, to) = default_period(&periods, now.date_naive());
        pairs.push(("from".into(), from));
        pairs.push(("to".into(), to));
    }
    let asked = ReportQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let report = match &asked {
        Ok(query) => Some(reports::participation_now(&state.db, &staff.0, query, now).await?),
        Err(_) => None,
    };
    let lang = language.language;
    let mut ctx = context(&session, Some(&staff.0), &language);
    let chosen: Vec<&str> = pairs
        .iter()
        .filter(|(k, _)| k == "group")
        .map(|(_, v)| v.as_str())
        .collect();
    let choices: Vec<GroupChoice> = groups
        .into_iter()
        .map(|g| GroupChoice {
            checked: chosen.contains(&g.slug.as_str()),
            name: crate::i18n::group_name(lang, &g.slug, &g.name),
            slug: g.slug,
        })
        .collect();
    ctx.insert("groups", &choices);
    let (from, to) = (
        first(&pairs, "from").unwrap_or_default().to_owned(),
        first(&pairs, "to").unwrap_or_default().to_owned(),
    );
    let presets: Vec<Preset> = periods
        .into_iter()
        .filter_map(|p| {
            let period = p.period?;
            Some(Preset {
                current: period.from.to_string() == from && period.to.to_string() == to,
                id: p.id,
                label: p.label,
                from: period.from.to_string(),
                to: period.to.to_string(),
            })
        })
        .collect();
    ctx.insert("presets", &presets);
    ctx.insert("from", &from);
    ctx.insert("to", &to);
    let zone = state.config.timezone;
    let lines: Vec<SnapshotLine> = snapshots
        .into_iter()
        .map(|s: Snapshot| SnapshotLine {
            created: frozen_on(&s, zone, lang),
            groups: group_names(&s.report, lang),
            id: s.id,
            label: s.label,
            from: s.report.from.to_string(),
            to: s.report.to.to_string(),
        })
        .collect();
    ctx.insert("snapshots", &lines);
    ctx.insert("is_admin", &staff.0.is_admin());
    let status = match (&asked, &report) {
        (Err(errors), _) => {
            let messages: Vec<String> = errors
                .clone()
                .into_map()
                .into_iter()
                .map(|(field, message)| {
                    let field = language.say(&format!("reports-field-{field}"), &[]);
                    let message = super::language::field_error(lang, &message);
                    format!("{field}: {message}")
                })
                .collect();
            ctx.insert("errors", &messages);
            StatusCode::UNPROCESSABLE_ENTITY
        }
        (Ok(_), Some(report)) => {
            let covered: Vec<&str> = choices
                .iter()
                .filter(|g| report.groups.contains(&g.slug))
                .map(|g| g.name.as_str())
                .collect();
            ctx.insert("covered", &covered.join(", "));
            insert_figures(&mut ctx, report, &language);
            ctx.insert("q", &query_string(report));
            StatusCode::OK
        }
        (Ok(_), None) => StatusCode::OK,
    };
    Ok(html(status, render(&state, "reports.html", &ctx)?))
}

/// The groups a report covers, by their names in the reader's language.
fn group_names(report: &ParticipationReport, lang: crate::domain::Language) -> String {
    let names: Vec<String> = report
        .groups
        .iter()
        .map(|slug| crate::i18n::group_name(lang, slug, slug))
        .collect();
    names.join(", ")
}

/// When a snapshot was made, in the staff pages' zone and the reader's words.
fn frozen_on(snapshot: &Snapshot, zone: chrono_tz::Tz, lang: crate::domain::Language) -> String {
    chrono::DateTime::parse_from_rfc3339(&snapshot.created_at)
        .map(|at| crate::domain::time::local_label_in(at.naive_utc(), zone, lang))
        .unwrap_or_else(|_| snapshot.created_at.clone())
}

/// The report's query from a form's fields (period, groups, label).
fn snapshot_input(form: &[(String, String)]) -> SnapshotInput {
    let value = |key: &str| first(form, key).map(str::to_owned);
    SnapshotInput {
        from: value("from"),
        to: value("to"),
        group: form
            .iter()
            .filter(|(k, _)| k == "group")
            .map(|(_, v)| v.clone())
            .collect(),
        label: value("label"),
    }
}

/// `POST /staff/reports/snapshots`: freezes the report shown.
pub async fn freeze(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    form: web::Form<Vec<(String, String)>>,
) -> PageResult {
    let form = form.into_inner();
    checked_form(&session, form.clone())?;
    let new: NewSnapshot = snapshot_input(&form).parse().map_err(AppError::invalid)?;
    let now = chrono::Utc::now();
    let snapshot = state
        .db
        .write(move |conn| report_snapshots::create(conn, &staff.0, &new, now))
        .await?;
    Ok(see_other(format!(
        "/staff/reports/snapshots/{}",
        snapshot.id
    )))
}

/// `GET /staff/reports/snapshots/{id}`: a frozen report as it was.
pub async fn snapshot_page(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    language: PageLanguage,
) -> PageResult {
    let (id, user) = (id.into_inner(), staff.0.clone());
    let snapshot = state
        .db
        .read(move |conn| report_snapshots::read(conn, &user, id))
        .await?;
    let mut ctx = context(&session, Some(&staff.0), &language);
    insert_figures(&mut ctx, &snapshot.report, &language);
    let created = frozen_on(&snapshot, state.config.timezone, language.language);
    ctx.insert("snapshot_id", &snapshot.id);
    ctx.insert("covered", &group_names(&snapshot.report, language.language));
    ctx.insert("snapshot_label", &snapshot.label);
    ctx.insert("snapshot_created", &created);
    Ok(html(
        StatusCode::OK,
        render(&state, "report_snapshot.html", &ctx)?,
    ))
}

/// `GET /staff/reports/snapshots/{id}.xlsx`: the frozen figures as a workbook.
pub async fn snapshot_xlsx(
    state: web::Data<AppState>,
    staff: SessionStaff,
    id: web::Path<i64>,
) -> PageResult {
    let id = id.into_inner();
    let file = state
        .db
        .read(move |conn| report_snapshots::workbook(conn, &staff.0, id))
        .await?;
    Ok(crate::web::respond::xlsx_download(file))
}

/// `POST /staff/reports/periods`: an admin adds a reporting period.
pub async fn add_period(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    form: web::Form<Vec<(String, String)>>,
) -> PageResult {
    let form = checked_form(&session, form.into_inner())?;
    // Who asks comes before what they typed.
    report_snapshots::require_admin(&staff.0)?;
    let input = PeriodInput {
        label: form.get("label").cloned(),
        from: form.get("from").cloned(),
        to: form.get("to").cloned(),
    };
    let (label, period) = input.parse().map_err(AppError::invalid)?;
    let now = chrono::Utc::now();
    state
        .db
        .write(move |conn| report_snapshots::add_period(conn, &staff.0, &label, period, now))
        .await?;
    Ok(see_other(format!(
        "/staff/reports?from={}&to={}",
        period.from, period.to
    )))
}

/// `POST /staff/reports/periods/{id}/delete`.
pub async fn delete_period(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<Vec<(String, String)>>,
) -> PageResult {
    checked_form(&session, form.into_inner())?;
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    state
        .db
        .write(move |conn| report_snapshots::delete_period(conn, &staff.0, id, now))
        .await?;
    Ok(see_other("/staff/reports"))
}

/// The query of a download or list page (422 page when invalid).
pub fn asked(req: &HttpRequest) -> Result<ReportQuery, AppError> {
    report_query(&pairs(req))
}
