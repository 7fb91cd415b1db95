//! An event as typed: the fields of the JSON body (POST and PATCH) and of the
//! HTML form, both parsed here into an `EventPlan` or an `EventPatch` with every
//! bad field gathered.

use serde::Deserialize;
use utoipa::ToSchema;

use super::audience::Audience;
use super::events::{parse_instant, AgendaItem, EventKind, EventPatch, EventPlan, Span};
use super::fields::{double_option, FieldErrors};
use super::time::parse_timezone;
use super::values::{optional_paragraphs, optional_text, required_text, Country, Slug};

#[derive(Deserialize, ToSchema, Default)]
pub struct VenueInput {
    pub name: Option<String>,
    pub address: Option<String>,
    pub city: Option<String>,
    /// ISO 3166-1 alpha-2
    pub country: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct AgendaInput {
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub title: Option<String>,
    pub speaker: Option<String>,
    /// Where a study-visit stop takes place
    pub place: Option<String>,
}

/// The body of POST (every required field) and PATCH (the fields to change).
#[derive(Deserialize, ToSchema, Default)]
#[schema(as = EventRequest)]
pub struct EventInput {
    /// The group's slug (POST only)
    pub group: Option<String>,
    /// exchange_forum or study_visit
    pub kind: Option<String>,
    /// closed (the default: invited or registered participants), public or internal
    pub audience: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    /// RFC 3339 with an offset
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    /// IANA zone of the venue, e.g. Europe/Rome
    pub timezone: Option<String>,
    pub venue: Option<VenueInput>,
    #[serde(default, deserialize_with = "double_option")]
    pub host_organisation: Option<Option<String>>,
    /// Seats; null for no limit
    #[serde(default, deserialize_with = "double_option")]
    pub capacity: Option<Option<i64>>,
    /// Most confirmed seats per country; null for no cap
    #[serde(default, deserialize_with = "double_option")]
    pub country_cap: Option<Option<i64>>,
    #[serde(default, deserialize_with = "double_option")]
    pub registration_deadline: Option<Option<String>>,
    /// Replaces the whole agenda (itinerary for study visits)
    pub agenda: Option<Vec<AgendaInput>>,
    /// Schedule even when it overlaps another event of the group
    pub allow_overlap: Option<bool>,
}

fn seats(errors: &mut FieldErrors, field: &str, value: Option<Option<i64>>) -> Option<Option<i32>> {
    match value {
        None => None,
        Some(None) => Some(None),
        Some(Some(n)) if (1..=100_000).contains(&n) => Some(Some(n as i32)),
        Some(Some(_)) => {
            errors.add(field, "must be a whole number from 1 to 100000, or null");
            None
        }
    }
}

impl EventInput {
    /// A new event: the group's slug, the checked plan, and whether overlaps are allowed.
    pub fn into_plan(self) -> Result<(String, EventPlan, bool), FieldErrors> {
        let mut errors = FieldErrors::new();
        let group = errors
            .required("group", self.group.clone())
            .and_then(|raw| errors.check("group", Slug::parse(&raw)))
            .map(|slug| slug.as_str().to_owned());
        let allow_overlap = self.allow_overlap.unwrap_or(false);
        let patch = self.parse_patch(&mut errors);
        match (group, patch.into_plan()) {
            (Some(group), Ok(plan)) if errors.is_empty() => Ok((group, plan, allow_overlap)),
            (_, plan) => {
                if let Err(more) = plan {
                    errors.merge(more);
                }
                Err(errors)
            }
        }
    }

    /// A change to an event, and whether overlaps are allowed.
    pub fn into_patch(self) -> Result<(EventPatch, bool), FieldErrors> {
        let mut errors = FieldErrors::new();
        if self.group.is_some() {
            errors.add(
                "group",
                "cannot be changed; schedule the event in the other group instead",
            );
        }
        let allow_overlap = self.allow_overlap.unwrap_or(false);
        let patch = self.parse_patch(&mut errors);
        if errors.is_empty() {
            Ok((patch, allow_overlap))
        } else {
            Err(errors)
        }
    }

    /// Checks every field that is present, gathering all errors.
    fn parse_patch(self, errors: &mut FieldErrors) -> EventPatch {
        let text = |errors: &mut FieldErrors,
                    field: &str,
                    value: Option<String>,
                    max: usize,
                    required: bool| {
            value.and_then(|v| {
                let parsed = if required {
                    required_text(Some(&v), max)
                } else if field == "description" {
                    optional_paragraphs(Some(&v), max).map(Option::unwrap_or_default)
                } else {
                    optional_text(Some(&v), max).map(Option::unwrap_or_default)
                };
                errors.check(field, parsed)
            })
        };
        let venue = self.venue.unwrap_or_default();
        let agenda = self.agenda.map(|items| {
            items
                .into_iter()
                .enumerate()
                .filter_map(|(i, item)| {
                    let at = |f: &str| format!("agenda[{i}].{f}");
                    let start = errors
                        .required(&at("starts_at"), item.starts_at)
                        .and_then(|v| errors.check(&at("starts_at"), parse_instant(&v)));
                    let end = errors
                        .required(&at("ends_at"), item.ends_at)
                        .and_then(|v| errors.check(&at("ends_at"), parse_instant(&v)));
                    let title =
                        errors.check(&at("title"), required_text(item.title.as_deref(), 200));
                    let speaker =
                        errors.check(&at("speaker"), optional_text(item.speaker.as_deref(), 200));
                    let place =
                        errors.check(&at("place"), optional_text(item.place.as_deref(), 300));
                    let span = match (start, end) {
                        (Some(s), Some(e)) => errors.check(&at("ends_at"), Span::new(s, e)),
                        _ => None,
                    };
                    Some(AgendaItem {
                        span: span?,
                        title: title?,
                        speaker: speaker?,
                        place: place?,
                    })
                })
                .collect()
        });
        EventPatch {
            kind: self
                .kind
                .and_then(|v| errors.check("kind", EventKind::parse(&v))),
            audience: self
                .audience
                .and_then(|v| errors.check("audience", Audience::parse(&v))),
            title: text(errors, "title", self.title, 200, true),
            description: text(errors, "description", self.description, 20_000, false),
            starts_at: self
                .starts_at
                .and_then(|v| errors.check("starts_at", parse_instant(&v))),
            ends_at: self
                .ends_at
                .and_then(|v| errors.check("ends_at", parse_instant(&v))),
            timezone: self
                .timezone
                .and_then(|v| errors.check("timezone", parse_timezone(&v))),
            venue_name: text(errors, "venue.name", venue.name, 200, false),
            venue_address: text(errors, "venue.address", venue.address, 300, false),
            venue_city: text(errors, "venue.city", venue.city, 120, true),
            venue_country: venue
                .country
                .and_then(|v| errors.check("venue.country", Country::parse(&v))),
            host_organisation: self.host_organisation.map(|v| {
                errors
                    .check("host_organisation", optional_text(v.as_deref(), 200))
                    .flatten()
            }),
            capacity: seats(errors, "capacity", self.capacity),
            country_cap: seats(errors, "country_cap", self.country_cap),
            registration_deadline: self.registration_deadline.map(|v| {
                v.and_then(|raw| errors.check("registration_deadline", parse_instant(&raw)))
            }),
            agenda,
        }
    }
}
