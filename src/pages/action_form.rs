//! The form of a key action: its values as they are, and what a submitted form
//! says as the domain's `ActionInput` (owners one per line, targets as numbers, a
//! percentage for a progress set by hand, the linked events as ticked boxes).

use crate::domain::plans::{ActionInput, OwnerInput, ProgressInput, Targets};
use crate::domain::FieldErrors;
use crate::ops::plans::ActionView;

pub(super) type Values = std::collections::BTreeMap<String, String>;

/// The form's field an error belongs to: `targets.events` is `target_events`,
/// `owners[2].country` is `owners`, `progress.reason` is `progress_reason`.
pub(super) fn form_key(field: &str) -> String {
    if field.starts_with("owners") {
        return "owners".into();
    }
    field.replace("targets.", "target_").replace('.', "_")
}

/// The form's values for an action as it is.
pub(super) fn values_of(action: &ActionView) -> Values {
    let row = &action.row;
    let mut v = Values::new();
    let mut put = |k: &str, value: String| {
        v.insert(k.to_owned(), value);
    };
    put("title", row.title.clone());
    put("description", row.description.clone());
    put("due", row.due.clone().unwrap_or_default());
    put("status", row.status.clone());
    put(
        "parent_id",
        row.parent_id.map(|p| p.to_string()).unwrap_or_default(),
    );
    let owners: Vec<String> = action
        .owners
        .iter()
        .map(|o| format!("{}, {}", o.organisation, o.country))
        .collect();
    put("owners", owners.join("\n"));
    let t = action.targets;
    for (key, target) in [
        ("target_events", t.events),
        ("target_participants", t.participants),
        ("target_organisations", t.organisations),
        ("target_countries", t.countries),
    ] {
        put(key, target.map(|n| n.to_string()).unwrap_or_default());
    }
    if action.progress.manual {
        put("manual", "on".into());
        put(
            "progress_value",
            ((action.progress.value * 100.0).round() as i64).to_string(),
        );
        put(
            "progress_reason",
            action.progress.reason.clone().unwrap_or_default(),
        );
    }
    for (link, _) in &action.events {
        put(&format!("event-{}", link.event_id), "on".into());
    }
    v
}

/// The form as the domain's input; numbers that are not numbers are named here.
pub(super) fn input_of(form: &Values, errors: &mut FieldErrors) -> ActionInput {
    let get = |k: &str| form.get(k).map(|v| v.trim().to_owned()).unwrap_or_default();
    let mut number = |key: &str| -> Option<u32> {
        let raw = get(key);
        if raw.is_empty() {
            return None;
        }
        let parsed = raw.parse::<u32>().ok();
        if parsed.is_none() {
            errors.add(key, "must be a whole number");
        }
        parsed
    };
    let targets = Targets {
        events: number("target_events"),
        participants: number("target_participants"),
        organisations: number("target_organisations"),
        countries: number("target_countries"),
    };
    let owners = get("owners")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| match line.rsplit_once(',') {
            Some((organisation, country)) => OwnerInput {
                organisation: Some(organisation.trim().to_owned()),
                country: Some(country.trim().to_owned()),
            },
            None => OwnerInput {
                organisation: Some(line.to_owned()),
                country: None,
            },
        })
        .collect();
    let progress = if form.contains_key("manual") {
        // The form asks for a percentage; the domain takes a share of 1.
        let value = get("progress_value").replace(',', ".").parse::<f64>().ok();
        let value = value.filter(|v| (0.0..=100.0).contains(v));
        if value.is_none() {
            errors.add("progress.value", "must be a percentage from 0 to 100");
        }
        Some(ProgressInput {
            value: Some(value.map_or(0.0, |v| v / 100.0)),
            reason: Some(get("progress_reason")),
        })
    } else {
        None
    };
    let events = form
        .keys()
        .filter_map(|k| k.strip_prefix("event-"))
        .filter_map(|id| id.parse().ok())
        .collect();
    let due = get("due");
    ActionInput {
        parent_id: Some(get("parent_id").parse().ok()),
        title: Some(get("title")),
        description: Some(get("description")),
        due: Some((!due.is_empty()).then_some(due)),
        status: Some(get("status")),
        owners: Some(owners),
        targets: Some(targets),
        events: Some(events),
        progress: Some(progress),
    }
}
