//! What a participation report is asked for: a period of whole days and the
//! groups it covers, parsed from a query string or a body.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use serde::Deserialize;
use utoipa::ToSchema;

use super::fields::FieldErrors;
use super::values::{required_text, Slug};

/// Days from `from` to `to`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// A report covers at most this many days: ten years of a programme.
const LONGEST_PERIOD_DAYS: i64 = 3653;

impl Period {
    pub fn parse(from: Option<&str>, to: Option<&str>) -> Result<Period, FieldErrors> {
        let mut errors = FieldErrors::new();
        let date = |raw: &str| {
            NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
                .map_err(|_| "must be a day, YYYY-MM-DD")
        };
        let from = errors
            .required("from", from)
            .and_then(|raw| errors.check("from", date(raw)));
        let to = errors
            .required("to", to)
            .and_then(|raw| errors.check("to", date(raw)));
        if let (Some(from), Some(to)) = (from, to) {
            if to < from {
                errors.add("to", "must not be before from");
            } else if (to - from).num_days() >= LONGEST_PERIOD_DAYS {
                errors.add("to", "must be at most ten years after from");
            } else {
                return Ok(Period { from, to });
            }
        }
        Err(errors)
    }

    /// How many days the period has.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }
}

/// What the report needs to know of an event to decide whether it counts.
#[derive(Debug, Clone, Copy)]
pub struct EventFacts<'a> {
    pub status: &'a str,
    pub audience: &'a str,
    /// UTC, as stored.
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub timezone: &'a str,
}

/// Where an event stands for a period's report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    /// Held in the period: it counts.
    InPeriod,
    /// Held before the period: its organisations are not new.
    Before,
    /// Not held (a draft, cancelled, still to come or internal), or after the period.
    No,
}

/// An event counts when it is held (published, not cancelled, ended), is for
/// participants (audience `closed` or `public`, never `internal`), and starts on
/// a day of the period in its own time zone.
pub fn counted(period: &Period, event: EventFacts, now: DateTime<Utc>) -> Counted {
    let held = event.status == "published" && event.ends_at <= now.naive_utc();
    if !held || event.audience == "internal" {
        return Counted::No;
    }
    let zone: Tz = event.timezone.parse().unwrap_or(Tz::UTC);
    let day = event.starts_at.and_utc().with_timezone(&zone).date_naive();
    if day < period.from {
        Counted::Before
    } else if day <= period.to {
        Counted::InPeriod
    } else {
        Counted::No
    }
}

/// A report's period and groups (none named: every group the caller may see).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportQuery {
    pub period: Period,
    pub groups: Vec<Slug>,
}

impl ReportQuery {
    /// From `from=DATE&to=DATE&group=SLUG&group=SLUG`; other keys are left for
    /// the caller (a breakdown to list, for example).
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<ReportQuery, FieldErrors> {
        let (mut from, mut to, mut raw_groups) = (None, None, Vec::new());
        for (key, value) in pairs {
            match key {
                "from" => from = Some(value),
                "to" => to = Some(value),
                "group" if !value.is_empty() => raw_groups.push(value),
                _ => {}
            }
        }
        let period = Period::parse(from, to);
        let mut errors = FieldErrors::new();
        let groups = groups(&mut errors, raw_groups);
        match period {
            Ok(period) if errors.is_empty() => Ok(ReportQuery { period, groups }),
            Ok(_) => Err(errors),
            Err(mut period_errors) => {
                period_errors.merge(errors);
                Err(period_errors)
            }
        }
    }
}

fn groups<'a>(errors: &mut FieldErrors, raw: impl IntoIterator<Item = &'a str>) -> Vec<Slug> {
    let mut slugs: Vec<Slug> = raw
        .into_iter()
        .filter_map(|raw| errors.check("group", Slug::parse(raw)))
        .collect();
    slugs.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    slugs.dedup();
    slugs
}

/// `POST /api/v1/reports/snapshots`: a report frozen under a label.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SnapshotInput {
    pub from: Option<String>,
    pub to: Option<String>,
    #[serde(default)]
    pub group: Vec<String>,
    pub label: Option<String>,
}

/// A checked snapshot request.
#[derive(Debug, Clone)]
pub struct NewSnapshot {
    pub query: ReportQuery,
    pub label: String,
}

impl SnapshotInput {
    pub fn parse(self) -> Result<NewSnapshot, FieldErrors> {
        let mut errors = FieldErrors::new();
        let label = errors.check("label", required_text(self.label.as_deref(), 120));
        let groups = groups(&mut errors, self.group.iter().map(String::as_str));
        let period = Period::parse(self.from.as_deref(), self.to.as_deref());
        match (period, label) {
            (Ok(period), Some(label)) if errors.is_empty() => Ok(NewSnapshot {
                query: ReportQuery { period, groups },
                label,
            }),
            (period, _) => {
                if let Err(period_errors) = period {
                    errors.merge(period_errors);
                }
                Err(errors)
            }
        }
    }
}

/// A reporting period an admin sets, offered as a preset.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PeriodInput {
    pub label: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

impl PeriodInput {
    pub fn parse(self) -> Result<(String, Period), FieldErrors> {
        let mut errors = FieldErrors::new();
        let label = errors.check("label", required_text(self.label.as_deref(), 80));
        let period = Period::parse(self.from.as_deref(), self.to.as_deref());
        match (period, label) {
            (Ok(period), Some(label)) => Ok((label, period)),
            (period, _) => {
                if let Err(period_errors) = period {
                    errors.merge(period_errors);
                }
                Err(errors)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_is_whole_days_in_order() {
        let period = Period::parse(Some("2027-01-01"), Some("2027-06-30")).unwrap();
        assert_eq!(period.days(), 181);
        let one_day = Period::parse(Some("2027-01-01"), Some("2027-01-01")).unwrap();
        assert_eq!(one_day.days(), 1);
        let errors = Period::parse(Some("2027-02-01"), Some("2027-01-01")).unwrap_err();
        assert_eq!(errors.get("to"), Some("must not be before from"));
        let errors = Period::parse(Some("1 Jan"), None).unwrap_err();
        assert!(errors.get("from").is_some() && errors.get("to") == Some("is required"));
        assert!(Period::parse(Some("2020-01-01"), Some("2031-01-01")).is_err());
    }

    #[test]
    fn an_event_counts_on_its_own_day_once_held() {
        let period = Period::parse(Some("2027-01-01"), Some("2027-06-30")).unwrap();
        let at = |raw: &str| NaiveDateTime::parse_from_str(raw, "%Y-%m-%d %H:%M").unwrap();
        let now = at("2027-07-15 12:00").and_utc();
        let forum = EventFacts {
            status: "published",
            audience: "closed",
            // 00:30 on 1 January in Rome is still 31 December in UTC.
            starts_at: at("2026-12-31 23:30"),
            ends_at: at("2027-01-01 08:00"),
            timezone: "Europe/Rome",
        };
        assert_eq!(counted(&period, forum, now), Counted::InPeriod);
        let in_utc = EventFacts {
            timezone: "UTC",
            ..forum
        };
        assert_eq!(counted(&period, in_utc, now), Counted::Before);
        let internal = EventFacts {
            audience: "internal",
            ..forum
        };
        assert_eq!(counted(&period, internal, now), Counted::No);
        let cancelled = EventFacts {
            status: "cancelled",
            ..forum
        };
        assert_eq!(counted(&period, cancelled, now), Counted::No);
        let running = EventFacts {
            ends_at: at("2027-07-16 08:00"),
            starts_at: at("2027-06-30 08:00"),
            ..forum
        };
        assert_eq!(counted(&period, running, now), Counted::No);
        let later = EventFacts {
            starts_at: at("2027-07-01 08:00"),
            ends_at: at("2027-07-01 10:00"),
            ..forum
        };
        assert_eq!(counted(&period, later, now), Counted::No);
    }

    #[test]
    fn groups_repeat_and_other_keys_are_left() {
        let query = ReportQuery::from_pairs([
            ("from", "2027-01-01"),
            ("to", "2027-06-30"),
            ("group", "ict"),
            ("group", "agrifood"),
            ("group", "ict"),
            ("country", "IT"),
        ])
        .unwrap();
        let slugs: Vec<&str> = query.groups.iter().map(Slug::as_str).collect();
        assert_eq!(slugs, ["agrifood", "ict"]);
        let errors = ReportQuery::from_pairs([("group", "Not A Slug!")]).unwrap_err();
        assert!(errors.get("group").is_some() && errors.get("from").is_some());
    }

    #[test]
    fn a_snapshot_needs_a_label() {
        let input = SnapshotInput {
            from: Some("2027-01-01".into()),
            to: Some("2027-06-30".into()),
            group: vec!["agrifood".into()],
            label: Some("Period 3 report".into()),
        };
        assert_eq!(input.clone().parse().unwrap().label, "Period 3 report");
        let errors = SnapshotInput {
            label: None,
            ..input
        }
        .parse()
        .unwrap_err();
        assert!(errors.get("label").is_some());
    }
}
