//! A group's strategic plan: key actions with their targets, and how far each has
//! come, computed from what happened (events held, who attended) unless set by
//! hand with a reason. The rules of CONTRACT.md, "Strategic plans and key actions".

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::ToSchema;

use super::fields::{double_option, FieldErrors};
use super::organisations::fold;
use super::values::{optional_paragraphs, required_text, Country, Invalid};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ActionStatus {
    #[default]
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        ActionStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == raw.trim())
            .ok_or_else(|| Invalid("must be planned, in_progress, done or dropped".into()))
    }
}

/// What an action aims at; each target may be left open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, ToSchema)]
pub struct Targets {
    pub events: Option<u32>,
    pub participants: Option<u32>,
    pub organisations: Option<u32>,
    pub countries: Option<u32>,
}

/// Reads one count of what was achieved.
type Count = fn(&Achieved) -> u32;

impl Targets {
    fn set(&self) -> impl Iterator<Item = (u32, Count)> {
        let pairs: [(Option<u32>, Count); 4] = [
            (self.events, |a| a.events),
            (self.participants, |a| a.participants),
            (self.organisations, |a| a.organisations),
            (self.countries, |a| a.countries),
        ];
        pairs.into_iter().filter_map(|(t, f)| t.map(|t| (t, f)))
    }

    pub fn any(&self) -> bool {
        self.set().next().is_some()
    }
}

/// What the linked events that were held achieved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Achieved {
    pub events: u32,
    pub participants: u32,
    pub organisations: u32,
    pub countries: u32,
}

/// A registration marked attended at a held linked event.
pub struct Attendee<'a> {
    /// The lower-cased address: a person at two linked events counts once.
    pub email_key: &'a str,
    pub organisation: &'a str,
    pub country: &'a str,
}

impl Achieved {
    /// `held` linked events and their attendees: distinct people, organisations
    /// (a name, case, spaces and punctuation aside, in a country) and countries.
    pub fn of(held: u32, attendees: &[Attendee<'_>]) -> Achieved {
        let people: HashSet<&str> = attendees.iter().map(|a| a.email_key).collect();
        let organisations: HashSet<(String, &str)> = attendees
            .iter()
            .map(|a| (fold(a.organisation), a.country))
            .filter(|(o, _)| !o.is_empty())
            .collect();
        let countries: HashSet<&str> = attendees.iter().map(|a| a.country).collect();
        Achieved {
            events: held,
            participants: people.len() as u32,
            organisations: organisations.len() as u32,
            countries: countries.len() as u32,
        }
    }
}

/// How far an action has come, and whether a person said so.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub value: f64,
    pub manual: bool,
    pub reason: Option<String>,
}

/// What the progress of one action is computed from.
pub struct ProgressInputs<'a> {
    pub targets: Targets,
    pub achieved: Achieved,
    pub linked: u32,
    /// The progress of its sub-actions that are not dropped.
    pub children: &'a [f64],
}

/// The contract's rule: the mean over the targets that are set of
/// min(1, achieved / target); without targets, the mean of the sub-actions;
/// without those, held linked events over linked events (0 when none).
pub fn computed(inputs: &ProgressInputs<'_>) -> f64 {
    let ratios: Vec<f64> = inputs
        .targets
        .set()
        .map(|(target, of)| (f64::from(of(&inputs.achieved)) / f64::from(target.max(1))).min(1.0))
        .collect();
    if !ratios.is_empty() {
        return mean(&ratios);
    }
    if !inputs.children.is_empty() {
        return mean(inputs.children);
    }
    if inputs.linked == 0 {
        return 0.0;
    }
    (f64::from(inputs.achieved.events) / f64::from(inputs.linked)).min(1.0)
}

/// The plan's progress: the mean over its top-level actions that are not dropped.
pub fn plan_progress(top_level: &[(ActionStatus, f64)]) -> f64 {
    let live: Vec<f64> = top_level
        .iter()
        .filter(|(status, _)| *status != ActionStatus::Dropped)
        .map(|(_, value)| *value)
        .collect();
    if live.is_empty() {
        0.0
    } else {
        mean(&live)
    }
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

/// Rounded for showing and storing: four decimals are plenty for a share.
pub fn rounded(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

/// An owner of an action: an organisation and its country.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ToSchema)]
pub struct OwnerInput {
    pub organisation: Option<String>,
    pub country: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub organisation: String,
    pub country: Country,
}

/// Progress set by hand: a share and why.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct ProgressInput {
    pub value: Option<f64>,
    pub reason: Option<String>,
}

/// The body of POST (title required) and PATCH (the fields to change) of an action.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionInput {
    /// The action this one is a sub-action of (a top-level action of the same plan)
    #[serde(default, deserialize_with = "double_option")]
    pub parent_id: Option<Option<i64>>,
    pub title: Option<String>,
    pub description: Option<String>,
    /// A day, YYYY-MM-DD, or null
    #[serde(default, deserialize_with = "double_option")]
    pub due: Option<Option<String>>,
    /// planned, in_progress, done or dropped
    pub status: Option<String>,
    pub owners: Option<Vec<OwnerInput>>,
    pub targets: Option<Targets>,
    /// Events of the group this action serves (replaces the list)
    pub events: Option<Vec<i64>>,
    /// Set by hand with a reason; null goes back to computed
    #[serde(default, deserialize_with = "double_option")]
    pub progress: Option<Option<ProgressInput>>,
}

/// A checked change of an action: `None` leaves a field as it is.
#[derive(Debug, Default, Clone)]
pub struct ActionChange {
    pub parent_id: Option<Option<i64>>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub due: Option<Option<NaiveDate>>,
    pub status: Option<ActionStatus>,
    pub owners: Option<Vec<Owner>>,
    pub targets: Option<Targets>,
    pub events: Option<Vec<i64>>,
    /// `Some(None)`: computed again; `Some(Some((value, reason)))`: by hand.
    pub progress: Option<Option<(f64, String)>>,
}

/// Most of anything a target counts.
const TARGET_MAX: u32 = 1_000_000;

impl ActionInput {
    /// Every field checked; for a new action (`creating`) the title is required.
    pub fn parse(self, creating: bool) -> Result<ActionChange, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = match (self.title, creating) {
            (None, false) => None,
            (title, _) => errors.check("title", required_text(title.as_deref(), 200)),
        };
        let description = self.description.and_then(|d| {
            errors
                .check("description", optional_paragraphs(Some(&d), 5_000))
                .map(Option::unwrap_or_default)
        });
        let due = self.due.map(|due| {
            due.and_then(|raw| {
                let day = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
                    .map_err(|_| Invalid("must be a day, YYYY-MM-DD".into()));
                errors.check("due", day)
            })
        });
        let status = self
            .status
            .and_then(|raw| errors.check("status", ActionStatus::parse(&raw)));
        let owners = self.owners.map(|owners| owners_of(owners, &mut errors));
        if let Some(targets) = &self.targets {
            let too_big = |t: Option<u32>| t.is_some_and(|t| t == 0 || t > TARGET_MAX);
            for (name, target) in [
                ("events", targets.events),
                ("participants", targets.participants),
                ("organisations", targets.organisations),
                ("countries", targets.countries),
            ] {
                if too_big(target) {
                    errors.add(
                        &format!("targets.{name}"),
                        "must be a whole number from 1 to 1000000, or null",
                    );
                }
            }
        }
        let progress = self
            .progress
            .map(|p| p.and_then(|p| manual(p, &mut errors)));
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ActionChange {
            parent_id: self.parent_id,
            title,
            description,
            due,
            status,
            owners,
            targets: self.targets,
            events: self.events,
            progress,
        })
    }
}

fn owners_of(owners: Vec<OwnerInput>, errors: &mut FieldErrors) -> Vec<Owner> {
    if owners.len() > 50 {
        errors.add("owners", "must be at most 50");
    }
    owners
        .into_iter()
        .enumerate()
        .filter_map(|(i, owner)| {
            let organisation = errors.check(
                &format!("owners[{i}].organisation"),
                required_text(owner.organisation.as_deref(), 200),
            );
            let country = errors.check(
                &format!("owners[{i}].country"),
                Country::parse(owner.country.as_deref().unwrap_or_default()),
            );
            Some(Owner {
                organisation: organisation?,
                country: country?,
            })
        })
        .collect()
}

fn manual(progress: ProgressInput, errors: &mut FieldErrors) -> Option<(f64, String)> {
    let value = match progress.value {
        Some(v) if (0.0..=1.0).contains(&v) => Some(v),
        _ => {
            errors.add("progress.value", "must be a number from 0 to 1");
            None
        }
    };
    let reason = match progress.reason.as_deref().map(str::trim) {
        Some(reason) if !reason.is_empty() => {
            errors.check("progress.reason", optional_paragraphs(Some(reason), 1_000))
        }
        _ => {
            errors.add(
                "progress.reason",
                "is required: say why the progress is set by hand",
            );
            None
        }
    };
    Some((value?, reason.flatten()?))
}

/// The body of `PUT .../plan`: a title and a summary (paragraphs, Markdown shown
/// as plain text).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanInput {
    #[schema(required = true)]
    pub title: Option<String>,
    pub summary: Option<String>,
}

impl PlanInput {
    pub fn parse(self) -> Result<(String, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = errors.check("title", required_text(self.title.as_deref(), 200));
        let summary = errors.check(
            "summary",
            optional_paragraphs(self.summary.as_deref(), 20_000),
        );
        match (title, summary) {
            (Some(title), Some(summary)) if errors.is_empty() => {
                Ok((title, summary.unwrap_or_default()))
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(targets: Targets, achieved: Achieved, linked: u32) -> ProgressInputs<'static> {
        ProgressInputs {
            targets,
            achieved,
            linked,
            children: &[],
        }
    }

    #[test]
    fn progress_is_the_mean_over_the_targets_that_are_set() {
        let targets = Targets {
            events: Some(2),
            participants: Some(40),
            organisations: None,
            countries: Some(5),
        };
        let achieved = Achieved {
            events: 1,
            participants: 60,
            organisations: 11,
            countries: 4,
        };
        // (1/2 + min(1, 60/40) + 4/5) / 3
        let value = computed(&inputs(targets, achieved, 2));
        assert!((value - (0.5 + 1.0 + 0.8) / 3.0).abs() < 1e-9, "{value}");
    }

    #[test]
    fn without_targets_held_over_linked_events_and_zero_when_none_are_linked() {
        let achieved = Achieved {
            events: 1,
            ..Achieved::default()
        };
        assert_eq!(computed(&inputs(Targets::default(), achieved, 4)), 0.25);
        assert_eq!(
            computed(&inputs(Targets::default(), Achieved::default(), 0)),
            0.0
        );
    }

    #[test]
    fn an_action_without_targets_takes_the_mean_of_its_sub_actions() {
        let children = [1.0, 0.5];
        let with_children = ProgressInputs {
            children: &children,
            ..inputs(Targets::default(), Achieved::default(), 3)
        };
        assert_eq!(computed(&with_children), 0.75);
        // Its own targets win over its sub-actions.
        let own = ProgressInputs {
            targets: Targets {
                events: Some(1),
                ..Targets::default()
            },
            ..with_children
        };
        assert_eq!(computed(&own), 0.0);
    }

    #[test]
    fn the_plan_leaves_dropped_actions_out() {
        let actions = [
            (ActionStatus::Done, 1.0),
            (ActionStatus::Dropped, 0.0),
            (ActionStatus::InProgress, 0.5),
        ];
        assert_eq!(plan_progress(&actions), 0.75);
        assert_eq!(plan_progress(&[(ActionStatus::Dropped, 1.0)]), 0.0);
    }

    #[test]
    fn people_and_organisations_are_counted_once() {
        let a = |email, organisation, country| Attendee {
            email_key: email,
            organisation,
            country,
        };
        let attendees = [
            a("ana@x.si", "RRA Koroška", "SI"),
            a("ana@x.si", "RRA Koroška", "SI"),
            a("jan@x.cz", "rra  koroška.", "SI"),
            a("iva@x.cz", "RRA Koroška", "CZ"),
            a("eva@x.hu", "Pannon Cluster Ltd.", "HU"),
        ];
        let achieved = Achieved::of(2, &attendees);
        assert_eq!(
            (
                achieved.participants,
                achieved.organisations,
                achieved.countries
            ),
            (4, 3, 3)
        );
        assert_eq!(fold("Pannon Cluster Ltd."), fold("pannon  cluster ltd"));
    }

    #[test]
    fn a_hand_set_progress_needs_a_reason_and_a_share() {
        let body = |json: &str| {
            serde_json::from_str::<ActionInput>(json)
                .unwrap()
                .parse(false)
        };
        let errors = body(r#"{"progress": {"value": 0.8}}"#).unwrap_err();
        assert!(errors.get("progress.reason").is_some());
        let errors = body(r#"{"progress": {"value": 1.5, "reason": "x"}}"#).unwrap_err();
        assert!(errors.get("progress.value").is_some());
        let change = body(r#"{"progress": {"value": 0.8, "reason": "Report filed"}}"#).unwrap();
        assert_eq!(
            change.progress,
            Some(Some((0.8, "Report filed".to_owned())))
        );
        assert_eq!(body(r#"{"progress": null}"#).unwrap().progress, Some(None));
        assert!(body(r#"{}"#).unwrap().progress.is_none());
    }

    #[test]
    fn a_new_action_needs_a_title_and_checks_every_field() {
        let errors = serde_json::from_str::<ActionInput>(
            r#"{"due": "30.6.2027", "status": "late", "targets": {"events": 0},
                "owners": [{"organisation": "", "country": "XX"}]}"#,
        )
        .unwrap()
        .parse(true)
        .unwrap_err();
        for field in [
            "title",
            "due",
            "status",
            "targets.events",
            "owners[0].organisation",
            "owners[0].country",
        ] {
            assert!(errors.get(field).is_some(), "{field}: {errors:?}");
        }
    }
}
