//! The participation report for the programme (CONTRACT.md, "Organisations and
//! reports"): which events count, then every figure as an aggregate query over
//! their registrations, so that it scales with events, not with people.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::{Db, DbConnection};
use crate::domain::reports::{counted, Counted, EventFacts, Period, ReportQuery};
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::store::groups::GroupRow;
use crate::store::reports::{AxisTally, CandidateEvent, EventTally};
use crate::store::{self};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct EventCounts {
    pub held: i64,
    pub exchange_forum: i64,
    pub study_visit: i64,
    pub closed: i64,
    pub public: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CountryFigures {
    pub country: String,
    pub participations: i64,
    pub people: i64,
    pub organisations: i64,
    /// B2B meetings in which a participant from the country took part.
    #[serde(default)]
    pub b2b_meetings: i64,
    /// Of those, the ones where either side reports a cooperation agreement.
    #[serde(default)]
    pub b2b_agreements: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct KindFigures {
    /// The kind of organisation's code; `null` where the registration gave none.
    pub kind: Option<String>,
    pub participations: i64,
    pub organisations: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MonthFigures {
    /// `YYYY-MM`, the month events began in their own time zone.
    pub month: String,
    pub events: i64,
    pub participations: i64,
}

/// The programme's output indicators (Interreg).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[allow(non_snake_case)]
pub struct Indicators {
    /// Participations in joint actions across borders: participations at `closed` events.
    pub RCO81: i64,
    /// Public events held.
    pub RCO115: i64,
    /// Organisations cooperating across borders.
    pub RCO87: i64,
    /// Strategies and action plans jointly developed.
    pub RCO83: i64,
}

/// The participation report: the figures of the contract, for a period and groups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ParticipationReport {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The slugs of the groups covered.
    pub groups: Vec<String>,
    pub events: EventCounts,
    pub registrations: i64,
    pub participations: i64,
    pub no_shows: i64,
    pub people: i64,
    pub organisations: i64,
    pub countries: i64,
    /// Most participations first.
    pub by_country: Vec<CountryFigures>,
    pub by_organisation_kind: Vec<KindFigures>,
    /// Every month of the period, in order, also those without events.
    #[serde(default)]
    pub by_month: Vec<MonthFigures>,
    pub cross_border_organisations: i64,
    pub new_organisations: i64,
    pub returning_organisations: i64,
    /// B2B meetings placed at the held events.
    #[serde(default)]
    pub b2b_meetings: i64,
    /// Of those, the ones where either side reports a cooperation agreement.
    #[serde(default)]
    pub b2b_agreements: i64,
    pub indicators: Indicators,
}

/// The groups a report covers: those named (each one the caller may see), or
/// every group the caller may see.
pub fn groups_of(
    conn: &mut DbConnection,
    staff: &StaffUser,
    query: &ReportQuery,
) -> Result<Vec<GroupRow>, AppError> {
    let all = store::groups::list(conn)?;
    if query.groups.is_empty() {
        return Ok(all
            .into_iter()
            .filter(|g| staff.manages_group(g.id))
            .collect());
    }
    query
        .groups
        .iter()
        .map(|slug| {
            let group = all
                .iter()
                .find(|g| g.slug == slug.as_str())
                .ok_or_else(|| AppError::NotFound(format!("There is no group {slug}.")))?;
            if !staff.manages_group(group.id) {
                return Err(AppError::Forbidden(format!(
                    "You do not coordinate the group {slug}."
                )));
            }
            Ok(group.clone())
        })
        .collect()
}

/// The events a report counts, and those held before its period.
pub struct Scope {
    pub period: Period,
    pub groups: Vec<GroupRow>,
    pub held: Vec<CandidateEvent>,
    pub earlier: Vec<i64>,
}

impl Scope {
    pub fn held_ids(&self) -> Vec<i64> {
        self.held.iter().map(|e| e.id).collect()
    }
}

fn midnight(day: NaiveDate) -> NaiveDateTime {
    day.and_hms_opt(0, 0, 0).expect("midnight exists")
}

/// Finds the events of the query's groups held in its period (and before it).
pub fn scope(
    conn: &mut DbConnection,
    staff: &StaffUser,
    query: &ReportQuery,
    now: DateTime<Utc>,
) -> Result<Scope, AppError> {
    let groups = groups_of(conn, staff, query)?;
    let group_ids: Vec<i64> = groups.iter().map(|g| g.id).collect();
    let period = query.period;
    // A day in the event's zone ends at most 14 hours after it ends in UTC.
    let starts_before = midnight(period.to + Days::new(2));
    let candidates =
        store::reports::candidate_events(conn, &group_ids, starts_before, now.naive_utc())?;
    let (mut held, mut earlier) = (Vec::new(), Vec::new());
    for event in candidates {
        let facts = EventFacts {
            status: &event.status,
            audience: &event.audience,
            starts_at: event.starts_at,
            ends_at: event.ends_at,
            timezone: &event.timezone,
        };
        match counted(&period, facts, now) {
            Counted::InPeriod => held.push(event),
            Counted::Before => earlier.push(event.id),
            Counted::No => {}
        }
    }
    Ok(Scope {
        period,
        groups,
        held,
        earlier,
    })
}

/// The participation report of the query, as it stands now.
pub fn participation(
    conn: &mut DbConnection,
    staff: &StaffUser,
    query: &ReportQuery,
    now: DateTime<Utc>,
) -> Result<ParticipationReport, AppError> {
    let scope = scope(conn, staff, query, now)?;
    figures(conn, &scope)
}

/// The same, its independent aggregate queries run at once on as many pooled
/// connections (each is a pass over the period's registrations; together they
/// use every core): what the report page and the API answer with.
pub async fn participation_now(
    db: &Db,
    staff: &StaffUser,
    query: &ReportQuery,
    now: DateTime<Utc>,
) -> Result<ParticipationReport, AppError> {
    let (user, asked) = (staff.clone(), query.clone());
    let scope = Arc::new(db.read(move |conn| scope(conn, &user, &asked, now)).await?);
    let ids: Arc<Vec<i64>> = Arc::new(scope.held_ids());
    // Each query on a connection of its own, with its own handle on the ids.
    macro_rules! run {
        (|$conn:ident, $ids:ident, $scope:ident| $body:expr) => {{
            let ($ids, $scope) = (ids.clone(), scope.clone());
            db.read(move |$conn| Ok::<_, AppError>($body))
        }};
    }
    let (per_event, organisations, people, new, plans, b2b) = tokio::try_join!(
        run!(|conn, ids, _s| store::reports::per_event(conn, &ids)?),
        run!(|conn, ids, _s| store::reports::organisation_tallies(conn, &ids)?),
        run!(|conn, ids, _s| store::reports::people_tallies(conn, &ids)?),
        run!(|conn, ids, s| store::reports::organisations_new(conn, &ids, &s.earlier)?),
        run!(|conn, _ids, s| plans_of(conn, &s)?),
        run!(|conn, ids, _s| crate::ops::b2b::figures(conn, &ids)?),
    )?;
    let across = across_borders(&per_event);
    let cross_border = db
        .read(move |conn| Ok::<_, AppError>(store::reports::organisations_at(conn, &across)?))
        .await?;
    Ok(assemble(
        &scope,
        Parts {
            per_event,
            organisations,
            people,
            cross_border,
            new,
            plans,
            b2b,
        },
    ))
}

/// What the database answered for a scope, query by query.
struct Parts {
    per_event: Vec<EventTally>,
    organisations: Vec<AxisTally>,
    people: Vec<AxisTally>,
    cross_border: i64,
    new: i64,
    plans: Vec<(i64, i64)>,
    b2b: crate::ops::b2b::MeetingFigures,
}

/// The held events whose participants came from two countries or more.
fn across_borders(per_event: &[EventTally]) -> Vec<i64> {
    per_event
        .iter()
        .filter(|e| e.countries >= 2)
        .map(|e| e.event_id)
        .collect()
}

/// The groups' plans adopted in the period, with their owners' countries.
fn plans_of(conn: &mut DbConnection, scope: &Scope) -> diesel::QueryResult<Vec<(i64, i64)>> {
    let group_ids: Vec<i64> = scope.groups.iter().map(|g| g.id).collect();
    store::reports::plans_adopted(
        conn,
        &group_ids,
        midnight(scope.period.from),
        midnight(scope.period.to + Days::new(1)),
    )
}

/// Every figure of the scope's events, one query after the other (inside a
/// transaction: a snapshot, a download).
pub fn figures(conn: &mut DbConnection, scope: &Scope) -> Result<ParticipationReport, AppError> {
    let ids = scope.held_ids();
    let per_event = store::reports::per_event(conn, &ids)?;
    let across = across_borders(&per_event);
    let parts = Parts {
        organisations: store::reports::organisation_tallies(conn, &ids)?,
        people: store::reports::people_tallies(conn, &ids)?,
        cross_border: store::reports::organisations_at(conn, &across)?,
        new: store::reports::organisations_new(conn, &ids, &scope.earlier)?,
        plans: plans_of(conn, scope)?,
        b2b: crate::ops::b2b::figures(conn, &ids)?,
        per_event,
    };
    Ok(assemble(scope, parts))
}

/// The report from the answers: sums over events, breakdowns in order.
fn assemble(scope: &Scope, parts: Parts) -> ParticipationReport {
    let mut events = EventCounts::default();
    for event in &scope.held {
        events.held += 1;
        match event.kind.as_str() {
            "exchange_forum" => events.exchange_forum += 1,
            "study_visit" => events.study_visit += 1,
            _ => {}
        }
        match event.audience.as_str() {
            "public" => events.public += 1,
            _ => events.closed += 1,
        }
    }
    let sum = |f: fn(&EventTally) -> i64| parts.per_event.iter().map(f).sum::<i64>();
    let (registrations, participations, no_shows) = (
        sum(|e| e.registrations),
        sum(|e| e.attended),
        sum(|e| e.no_shows),
    );
    let on = |tallies: &[AxisTally], axis: &str| -> Vec<(Option<String>, i64, i64)> {
        tallies
            .iter()
            .filter(|t| t.axis == axis)
            .map(|t| (t.value.clone(), t.participations, t.distinct))
            .collect()
    };
    let whole = |tallies: &[AxisTally]| on(tallies, "all").first().map_or(0, |t| t.2);
    let (people, organisations) = (whole(&parts.people), whole(&parts.organisations));
    let people_in = on(&parts.people, "country");
    let mut by_country: Vec<CountryFigures> = on(&parts.organisations, "country")
        .into_iter()
        .map(|(country, participations, organisations)| {
            let country = country.unwrap_or_default();
            let people = people_in
                .iter()
                .find(|(c, _, _)| c.as_deref() == Some(country.as_str()))
                .map_or(0, |p| p.2);
            let (b2b_meetings, b2b_agreements) = parts
                .b2b
                .by_country
                .get(&country)
                .copied()
                .unwrap_or((0, 0));
            CountryFigures {
                country,
                participations,
                people,
                organisations,
                b2b_meetings,
                b2b_agreements,
            }
        })
        .collect();
    // Countries counted are those with participations; one whose people only
    // met at B2B tables (attendance not yet taken) still shows its meetings.
    let countries = by_country.len() as i64;
    for (country, (b2b_meetings, b2b_agreements)) in &parts.b2b.by_country {
        if !by_country.iter().any(|c| &c.country == country) {
            by_country.push(CountryFigures {
                country: country.clone(),
                participations: 0,
                people: 0,
                organisations: 0,
                b2b_meetings: *b2b_meetings,
                b2b_agreements: *b2b_agreements,
            });
        }
    }
    by_country.sort_by(|a, b| (b.participations, &a.country).cmp(&(a.participations, &b.country)));
    let mut by_organisation_kind: Vec<KindFigures> = on(&parts.organisations, "kind")
        .into_iter()
        .map(|(kind, participations, organisations)| KindFigures {
            kind,
            participations,
            organisations,
        })
        .collect();
    by_organisation_kind
        .sort_by(|a, b| (b.participations, &a.kind).cmp(&(a.participations, &b.kind)));
    let by_month = months(scope, &parts.per_event);
    let closed: HashSet<i64> = scope
        .held
        .iter()
        .filter(|e| e.audience == "closed")
        .map(|e| e.id)
        .collect();
    let closed_participations: i64 = parts
        .per_event
        .iter()
        .filter(|e| closed.contains(&e.event_id))
        .map(|e| e.attended)
        .sum();
    let joint_plans = parts
        .plans
        .iter()
        .filter(|(_, countries)| *countries >= 2)
        .count() as i64;
    ParticipationReport {
        from: scope.period.from,
        to: scope.period.to,
        groups: scope.groups.iter().map(|g| g.slug.clone()).collect(),
        indicators: Indicators {
            RCO81: closed_participations,
            RCO115: events.public,
            RCO87: parts.cross_border,
            RCO83: joint_plans,
        },
        events,
        registrations,
        participations,
        no_shows,
        people,
        organisations,
        countries,
        by_country,
        by_organisation_kind,
        by_month,
        cross_border_organisations: parts.cross_border,
        new_organisations: parts.new,
        returning_organisations: organisations - parts.new,
        b2b_meetings: parts.b2b.meetings,
        b2b_agreements: parts.b2b.agreements,
    }
}

/// Events and participations per month of the period.
fn months(scope: &Scope, per_event: &[EventTally]) -> Vec<MonthFigures> {
    let participations: HashMap<i64, i64> =
        per_event.iter().map(|e| (e.event_id, e.attended)).collect();
    let mut months: Vec<MonthFigures> = Vec::new();
    let mut month = scope.period.from.with_day(1).expect("the first exists");
    while month <= scope.period.to {
        months.push(MonthFigures {
            month: month.format("%Y-%m").to_string(),
            events: 0,
            participations: 0,
        });
        month = month + Months::new(1);
    }
    for event in &scope.held {
        let zone: Tz = event.timezone.parse().unwrap_or(Tz::UTC);
        let key = zone
            .from_utc_datetime(&event.starts_at)
            .format("%Y-%m")
            .to_string();
        if let Some(m) = months.iter_mut().find(|m| m.month == key) {
            m.events += 1;
            m.participations += participations.get(&event.id).copied().unwrap_or(0);
        }
    }
    months
}
