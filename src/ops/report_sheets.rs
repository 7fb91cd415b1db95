//! The participation report laid out as workbook sheets: the figures, one sheet
//! per breakdown, the events counted, and every row behind them.

use chrono::TimeZone;
use chrono_tz::Tz;

use crate::export::{Cell, Sheet};
use crate::ops::reports::{ParticipationReport, Scope};
use crate::store::reports::{EventTally, ReportRow};

pub const COLUMNS: [&str; 15] = [
    "event_id",
    "event_date",
    "event",
    "group",
    "event_kind",
    "audience",
    "registration_id",
    "name",
    "email",
    "organisation",
    "organisation_id",
    "organisation_record",
    "country",
    "organisation_kind",
    "attendance",
];

/// The day an event began, in its own zone.
pub fn event_day(row: &ReportRow) -> String {
    local_day(row.event_starts_at, &row.event_timezone)
}

fn local_day(starts_at: chrono::NaiveDateTime, timezone: &str) -> String {
    let zone: Tz = timezone.parse().unwrap_or(Tz::UTC);
    zone.from_utc_datetime(&starts_at)
        .format("%Y-%m-%d")
        .to_string()
}

/// A row behind the figures as the CSV's cells, in `COLUMNS`.
pub fn text_cells(row: &ReportRow) -> [String; 15] {
    [
        row.event_id.to_string(),
        event_day(row),
        row.event_title.clone(),
        row.group_slug.clone(),
        row.event_kind.clone(),
        row.event_audience.clone(),
        row.registration_id.to_string(),
        row.name.clone(),
        row.email.clone(),
        row.organisation.clone(),
        row.organisation_id
            .map(|id| id.to_string())
            .unwrap_or_default(),
        row.organisation_name.clone().unwrap_or_default(),
        row.country.clone(),
        row.organisation_kind.clone().unwrap_or_default(),
        row.attendance.clone().unwrap_or_default(),
    ]
}

fn header(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| (*n).to_owned()).collect()
}

/// The workbook of a report: its figures, the events counted and the rows.
pub fn sheets(
    report: &ParticipationReport,
    scope: &Scope,
    per_event: &[EventTally],
    rows: &[ReportRow],
) -> Vec<Sheet> {
    let mut sheets = figure_sheets(report);
    sheets.extend(event_sheets(scope, per_event, rows));
    sheets
}

/// The sheets of the figures alone: all a frozen report holds.
pub fn figure_sheets(report: &ParticipationReport) -> Vec<Sheet> {
    let figure = |name: &str, value: i64| vec![Cell::from(name), Cell::from(value)];
    let summary = vec![
        vec![Cell::from("from"), Cell::from(report.from.to_string())],
        vec![Cell::from("to"), Cell::from(report.to.to_string())],
        vec![Cell::from("groups"), Cell::from(report.groups.join(", "))],
        figure("events held", report.events.held),
        figure("exchange forums", report.events.exchange_forum),
        figure("study visits", report.events.study_visit),
        figure("closed events", report.events.closed),
        figure("public events", report.events.public),
        figure("registrations", report.registrations),
        figure("participations", report.participations),
        figure("no-shows", report.no_shows),
        figure("people", report.people),
        figure("organisations", report.organisations),
        figure("countries", report.countries),
        figure(
            "cross-border organisations",
            report.cross_border_organisations,
        ),
        figure("new organisations", report.new_organisations),
        figure("returning organisations", report.returning_organisations),
        figure(
            "RCO81 participations in joint actions across borders",
            report.indicators.RCO81,
        ),
        figure("RCO115 public events", report.indicators.RCO115),
        figure(
            "RCO87 organisations cooperating across borders",
            report.indicators.RCO87,
        ),
        figure(
            "RCO83 strategies and action plans jointly developed",
            report.indicators.RCO83,
        ),
    ];
    let by_country = report
        .by_country
        .iter()
        .map(|c| {
            vec![
                Cell::from(c.country.as_str()),
                Cell::from(c.participations),
                Cell::from(c.people),
                Cell::from(c.organisations),
            ]
        })
        .collect();
    let by_kind = report
        .by_organisation_kind
        .iter()
        .map(|k| {
            vec![
                Cell::from(k.kind.clone().unwrap_or_default()),
                Cell::from(k.participations),
                Cell::from(k.organisations),
            ]
        })
        .collect();
    vec![
        Sheet {
            name: "Summary".into(),
            header: header(&["figure", "value"]),
            rows: summary,
        },
        Sheet {
            name: "By country".into(),
            header: header(&["country", "participations", "people", "organisations"]),
            rows: by_country,
        },
        Sheet {
            name: "By kind of organisation".into(),
            header: header(&["organisation_kind", "participations", "organisations"]),
            rows: by_kind,
        },
    ]
}

/// The events counted and the registrations behind the figures (as they are now).
fn event_sheets(scope: &Scope, per_event: &[EventTally], rows: &[ReportRow]) -> Vec<Sheet> {
    let events = scope
        .held
        .iter()
        .map(|event| {
            let (participations, countries) = per_event
                .iter()
                .find(|e| e.event_id == event.id)
                .map_or((0, 0), |e| (e.attended, e.countries));
            let group = scope
                .groups
                .iter()
                .find(|g| g.id == event.group_id)
                .map_or("", |g| g.slug.as_str());
            vec![
                Cell::from(event.id),
                Cell::from(local_day(event.starts_at, &event.timezone)),
                Cell::from(event.title.as_str()),
                Cell::from(group),
                Cell::from(event.kind.as_str()),
                Cell::from(event.audience.as_str()),
                Cell::from(participations),
                Cell::from(countries),
            ]
        })
        .collect();
    let participations = rows
        .iter()
        .map(|row| {
            let mut cells: Vec<Cell> = text_cells(row).into_iter().map(Cell::from).collect();
            // The ids stay numbers, for a spreadsheet to sort and look up.
            cells[0] = Cell::from(row.event_id);
            cells[6] = Cell::from(row.registration_id);
            if let Some(id) = row.organisation_id {
                cells[10] = Cell::from(id);
            }
            cells
        })
        .collect();
    vec![
        Sheet {
            name: "Events".into(),
            header: header(&[
                "event_id",
                "day",
                "title",
                "group",
                "kind",
                "audience",
                "participations",
                "countries",
            ]),
            rows: events,
        },
        Sheet {
            name: "Participations".into(),
            header: header(&COLUMNS),
            rows: participations,
        },
    ]
}
