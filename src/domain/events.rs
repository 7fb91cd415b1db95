//! Forums and study visits: their kinds and states, their time span, agenda and
//! capacity rules, schedule overlaps, and when registration is open.

use std::fmt;

use chrono::{DateTime, FixedOffset, Utc};
use chrono_tz::Tz;

use super::audience::Audience;
use super::fields::FieldErrors;
use super::values::{Country, Invalid};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    ExchangeForum,
    StudyVisit,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::ExchangeForum => "exchange_forum",
            EventKind::StudyVisit => "study_visit",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        match raw.trim() {
            "exchange_forum" => Ok(EventKind::ExchangeForum),
            "study_visit" => Ok(EventKind::StudyVisit),
            _ => Err(Invalid("must be exchange_forum or study_visit".into())),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventStatus {
    Draft,
    Published,
    Cancelled,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Draft => "draft",
            EventStatus::Published => "published",
            EventStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        match raw {
            "draft" => Ok(EventStatus::Draft),
            "published" => Ok(EventStatus::Published),
            "cancelled" => Ok(EventStatus::Cancelled),
            _ => Err(Invalid("must be draft, published or cancelled".into())),
        }
    }
}

impl fmt::Display for EventStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An RFC 3339 time with an offset, as the API takes it.
pub fn parse_instant(raw: &str) -> Result<DateTime<Utc>, Invalid> {
    DateTime::<FixedOffset>::parse_from_rfc3339(raw.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| {
            Invalid(
                "must be an RFC 3339 time with an offset, like 2027-03-10T09:00:00+01:00".into(),
            )
        })
}

/// Another live event of the group that a new span would overlap: the refusal
/// names it, and each face says it in its own words.
#[derive(Debug, Clone)]
pub struct Overlap {
    pub title: String,
    pub id: i64,
    pub starts_at: chrono::NaiveDateTime,
    pub zone: Tz,
    /// What the caller can do about it, in the face's own terms.
    pub hint: &'static str,
}

impl fmt::Display for Overlap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "This overlaps “{}” (event {}, {}) of the same group.{}",
            self.title,
            self.id,
            super::time::local_label(self.starts_at, self.zone),
            self.hint
        )
    }
}

/// A half-open interval [start, end) of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

impl Span {
    pub fn new(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>) -> Result<Span, Invalid> {
        if ends_at <= starts_at {
            return Err(Invalid("must be after the start".into()));
        }
        Ok(Span { starts_at, ends_at })
    }

    /// Whether two spans share any moment; one ending as the other starts does not.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.starts_at < other.ends_at && other.starts_at < self.ends_at
    }

    pub fn contains(&self, other: &Span) -> bool {
        self.starts_at <= other.starts_at && other.ends_at <= self.ends_at
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Venue {
    pub name: String,
    pub address: String,
    pub city: String,
    pub country: Country,
}

/// A session of a forum's agenda, or a stop of a study visit's itinerary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaItem {
    pub span: Span,
    pub title: String,
    pub speaker: Option<String>,
    /// Where a study-visit stop takes place.
    pub place: Option<String>,
}

/// Agenda items lie inside the event, in order, without overlapping. Returns the
/// index of the first item that breaks a rule, with the reason.
pub fn check_agenda(event: &Span, items: &[AgendaItem]) -> Result<(), (usize, Invalid)> {
    for (index, item) in items.iter().enumerate() {
        if !event.contains(&item.span) {
            return Err((
                index,
                Invalid("must lie within the event's start and end".into()),
            ));
        }
        if let Some(previous) = index.checked_sub(1).map(|i| &items[i]) {
            if item.span.starts_at < previous.span.starts_at {
                return Err((index, Invalid("must come after the item before it".into())));
            }
            if item.span.overlaps(&previous.span) {
                return Err((index, Invalid("overlaps the item before it".into())));
            }
        }
    }
    Ok(())
}

/// Seats: `capacity` at least 1 or unlimited; `country_cap` at least 1 and no larger
/// than `capacity`, or none. Errors name the field.
pub fn check_seats(
    capacity: Option<i64>,
    country_cap: Option<i64>,
) -> Result<(), (&'static str, Invalid)> {
    if capacity.is_some_and(|c| !(1..=100_000).contains(&c)) {
        return Err((
            "capacity",
            Invalid("must be a whole number from 1 to 100000, or null for no limit".into()),
        ));
    }
    if let Some(cap) = country_cap {
        if !(1..=100_000).contains(&cap) {
            return Err((
                "country_cap",
                Invalid("must be a whole number of at least 1, or null for no cap".into()),
            ));
        }
        if capacity.is_some_and(|c| cap > c) {
            return Err((
                "country_cap",
                Invalid("must not be larger than capacity".into()),
            ));
        }
    }
    Ok(())
}

/// The deadline, when set, falls before the event starts.
pub fn check_deadline(deadline: Option<DateTime<Utc>>, span: &Span) -> Result<(), Invalid> {
    match deadline {
        Some(deadline) if deadline >= span.starts_at => {
            Err(Invalid("must be before the event starts".into()))
        }
        _ => Ok(()),
    }
}

/// Why registration is not open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    Draft,
    Cancelled,
    Started,
    DeadlinePassed,
    /// Requests for B2B meetings closed at the time the session set.
    RequestsClosed,
}

impl Closed {
    pub fn message(self) -> &'static str {
        match self {
            Closed::Draft => "This event is not published yet.",
            Closed::Cancelled => "This event was cancelled.",
            Closed::Started => "This event has already started.",
            Closed::DeadlinePassed => "The registration deadline has passed.",
            Closed::RequestsClosed => "Requests for B2B meetings are closed.",
        }
    }
}

pub fn registration_open(
    status: EventStatus,
    span: &Span,
    deadline: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(), Closed> {
    match status {
        EventStatus::Draft => Err(Closed::Draft),
        EventStatus::Cancelled => Err(Closed::Cancelled),
        EventStatus::Published if now >= span.starts_at => Err(Closed::Started),
        EventStatus::Published if deadline.is_some_and(|d| now >= d) => Err(Closed::DeadlinePassed),
        EventStatus::Published => Ok(()),
    }
}

/// Everything that makes up an event, checked.
#[derive(Debug, Clone)]
pub struct EventPlan {
    pub kind: EventKind,
    pub audience: Audience,
    pub title: String,
    pub description: String,
    pub span: Span,
    pub timezone: Tz,
    pub venue: Venue,
    pub host_organisation: Option<String>,
    pub capacity: Option<i32>,
    pub country_cap: Option<i32>,
    pub registration_deadline: Option<DateTime<Utc>>,
    pub agenda: Vec<AgendaItem>,
}

impl EventPlan {
    /// The rules that tie fields together: agenda inside the span, seats, deadline.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        if let Err((field, error)) = check_seats(
            self.capacity.map(i64::from),
            self.country_cap.map(i64::from),
        ) {
            errors.add(field, error.to_string());
        }
        if let Err(error) = check_deadline(self.registration_deadline, &self.span) {
            errors.add("registration_deadline", error.to_string());
        }
        if let Err((index, error)) = check_agenda(&self.span, &self.agenda) {
            errors.add(&format!("agenda[{index}]"), error.to_string());
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Whether the change from `self` to `new` moves people: a new time or venue,
    /// which raises the calendar SEQUENCE and is told to registrants.
    pub fn moves_people(&self, new: &EventPlan) -> bool {
        self.span != new.span || self.venue != new.venue
    }
}

/// A change to some fields of a plan; `None` leaves a field as it is, and for the
/// fields that may be empty `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct EventPatch {
    pub kind: Option<EventKind>,
    pub audience: Option<Audience>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub timezone: Option<Tz>,
    pub venue_name: Option<String>,
    pub venue_address: Option<String>,
    pub venue_city: Option<String>,
    pub venue_country: Option<Country>,
    pub host_organisation: Option<Option<String>>,
    pub capacity: Option<Option<i32>>,
    pub country_cap: Option<Option<i32>>,
    pub registration_deadline: Option<Option<DateTime<Utc>>>,
    /// Replaces the whole agenda. Items are given as spans and checked on apply.
    pub agenda: Option<Vec<AgendaItem>>,
}

impl EventPatch {
    /// A whole new plan from a patch that gives every required field.
    pub fn into_plan(self) -> Result<EventPlan, FieldErrors> {
        let mut errors = FieldErrors::new();
        let kind = errors.required("kind", self.kind);
        let title = errors.required("title", self.title);
        let starts_at = errors.required("starts_at", self.starts_at);
        let ends_at = errors.required("ends_at", self.ends_at);
        let timezone = errors.required("timezone", self.timezone);
        let city = errors.required("venue.city", self.venue_city);
        let country = errors.required("venue.country", self.venue_country);
        let span = match (starts_at, ends_at) {
            (Some(start), Some(end)) => errors.check("ends_at", Span::new(start, end)),
            _ => None,
        };
        let (Some(kind), Some(title), Some(span), Some(timezone), Some(city), Some(country)) =
            (kind, title, span, timezone, city, country)
        else {
            return Err(errors);
        };
        let plan = EventPlan {
            kind,
            audience: self.audience.unwrap_or_default(),
            title,
            description: self.description.unwrap_or_default(),
            span,
            timezone,
            venue: Venue {
                name: self.venue_name.unwrap_or_default(),
                address: self.venue_address.unwrap_or_default(),
                city,
                country,
            },
            host_organisation: self.host_organisation.flatten(),
            capacity: self.capacity.flatten(),
            country_cap: self.country_cap.flatten(),
            registration_deadline: self.registration_deadline.flatten(),
            agenda: self.agenda.unwrap_or_default(),
        };
        plan.check()?;
        Ok(plan)
    }

    /// The plan with this change applied and every rule checked again.
    pub fn apply(self, plan: &EventPlan) -> Result<EventPlan, FieldErrors> {
        let starts_at = self.starts_at.unwrap_or(plan.span.starts_at);
        let ends_at = self.ends_at.unwrap_or(plan.span.ends_at);
        let span = Span::new(starts_at, ends_at).map_err(|e| {
            let mut errors = FieldErrors::new();
            errors.add("ends_at", e.to_string());
            errors
        })?;
        let new = EventPlan {
            kind: self.kind.unwrap_or(plan.kind),
            audience: self.audience.unwrap_or(plan.audience),
            title: self.title.unwrap_or_else(|| plan.title.clone()),
            description: self.description.unwrap_or_else(|| plan.description.clone()),
            span,
            timezone: self.timezone.unwrap_or(plan.timezone),
            venue: Venue {
                name: self.venue_name.unwrap_or_else(|| plan.venue.name.clone()),
                address: self
                    .venue_address
                    .unwrap_or_else(|| plan.venue.address.clone()),
                city: self.venue_city.unwrap_or_else(|| plan.venue.city.clone()),
                country: self.venue_country.unwrap_or(plan.venue.country),
            },
            host_organisation: self
                .host_organisation
                .unwrap_or_else(|| plan.host_organisation.clone()),
            capacity: self.capacity.unwrap_or(plan.capacity),
            country_cap: self.country_cap.unwrap_or(plan.country_cap),
            registration_deadline: self
                .registration_deadline
                .unwrap_or(plan.registration_deadline),
            agenda: self.agenda.unwrap_or_else(|| plan.agenda.clone()),
        };
        new.check()?;
        Ok(new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(hour: u32, minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2027, 3, 10, hour, minute, 0).unwrap()
    }

    fn span(from: (u32, u32), to: (u32, u32)) -> Span {
        Span::new(at(from.0, from.1), at(to.0, to.1)).unwrap()
    }

    fn item(from: (u32, u32), to: (u32, u32)) -> AgendaItem {
        AgendaItem {
            span: span(from, to),
            title: "x".into(),
            speaker: None,
            place: None,
        }
    }

    #[test]
    fn an_event_must_end_after_it_starts() {
        assert!(Span::new(at(9, 0), at(9, 0)).is_err());
        assert!(Span::new(at(10, 0), at(9, 0)).is_err());
    }

    #[test]
    fn spans_that_touch_do_not_overlap() {
        assert!(!span((9, 0), (12, 0)).overlaps(&span((12, 0), (13, 0))));
        assert!(span((9, 0), (12, 0)).overlaps(&span((11, 59), (13, 0))));
        assert!(span((9, 0), (17, 0)).overlaps(&span((10, 0), (11, 0))));
    }

    #[test]
    fn agenda_items_lie_inside_in_order_without_overlap() {
        let event = span((9, 0), (17, 0));
        assert!(check_agenda(&event, &[item((9, 0), (10, 0)), item((10, 0), (12, 0))]).is_ok());
        assert_eq!(
            check_agenda(&event, &[item((8, 0), (10, 0))])
                .unwrap_err()
                .0,
            0
        );
        assert_eq!(
            check_agenda(&event, &[item((9, 0), (10, 0)), item((16, 0), (18, 0))])
                .unwrap_err()
                .0,
            1
        );
        assert_eq!(
            check_agenda(&event, &[item((11, 0), (12, 0)), item((9, 0), (10, 0))])
                .unwrap_err()
                .0,
            1
        );
        assert_eq!(
            check_agenda(&event, &[item((9, 0), (11, 0)), item((10, 0), (12, 0))])
                .unwrap_err()
                .0,
            1
        );
    }

    #[test]
    fn seats_and_caps_are_checked() {
        assert!(check_seats(None, None).is_ok());
        assert!(check_seats(Some(7), Some(2)).is_ok());
        assert_eq!(check_seats(Some(0), None).unwrap_err().0, "capacity");
        assert_eq!(check_seats(Some(2), Some(3)).unwrap_err().0, "country_cap");
        assert_eq!(check_seats(None, Some(0)).unwrap_err().0, "country_cap");
    }

    #[test]
    fn registration_is_open_only_for_published_events_before_start_and_deadline() {
        let event = span((9, 0), (17, 0));
        let before = at(8, 0);
        assert_eq!(
            registration_open(EventStatus::Draft, &event, None, before),
            Err(Closed::Draft)
        );
        assert_eq!(
            registration_open(EventStatus::Cancelled, &event, None, before),
            Err(Closed::Cancelled)
        );
        assert_eq!(
            registration_open(EventStatus::Published, &event, None, at(9, 0)),
            Err(Closed::Started)
        );
        assert_eq!(
            registration_open(EventStatus::Published, &event, Some(at(7, 0)), before),
            Err(Closed::DeadlinePassed)
        );
        assert_eq!(
            registration_open(EventStatus::Published, &event, Some(at(8, 30)), before),
            Ok(())
        );
    }

    fn plan() -> EventPlan {
        EventPlan {
            kind: EventKind::StudyVisit,
            audience: Audience::Closed,
            title: "Visit".into(),
            description: String::new(),
            span: span((9, 0), (17, 0)),
            timezone: chrono_tz::Europe::Rome,
            venue: Venue {
                name: "Farm".into(),
                address: String::new(),
                city: "Lodi".into(),
                country: Country::parse("IT").unwrap(),
            },
            host_organisation: None,
            capacity: Some(7),
            country_cap: Some(2),
            registration_deadline: None,
            agenda: vec![item((9, 0), (10, 0))],
        }
    }

    #[test]
    fn a_patch_changes_only_its_fields_and_rechecks_the_rules() {
        let base = plan();
        let moved = EventPatch {
            venue_city: Some("Milano".into()),
            ..Default::default()
        }
        .apply(&base)
        .unwrap();
        assert_eq!(moved.venue.city, "Milano");
        assert!(base.moves_people(&moved));
        let retitled = EventPatch {
            title: Some("New".into()),
            ..Default::default()
        }
        .apply(&base)
        .unwrap();
        assert!(!base.moves_people(&retitled));
        let cleared = EventPatch {
            capacity: Some(None),
            country_cap: Some(None),
            ..Default::default()
        };
        assert_eq!(cleared.apply(&base).unwrap().capacity, None);
        // Moving the start past the agenda's first item breaks a rule.
        let late = EventPatch {
            starts_at: Some(at(9, 30)),
            ..Default::default()
        }
        .apply(&base)
        .unwrap_err();
        assert!(late.get("agenda[0]").is_some());
        let cap = EventPatch {
            capacity: Some(Some(1)),
            ..Default::default()
        }
        .apply(&base)
        .unwrap_err();
        assert!(cap.get("country_cap").is_some());
    }

    #[test]
    fn instants_need_an_offset() {
        assert_eq!(
            parse_instant("2027-03-10T09:00:00+01:00").unwrap(),
            at(8, 0)
        );
        assert_eq!(parse_instant("2027-03-10T08:00:00Z").unwrap(), at(8, 0));
        assert!(parse_instant("2027-03-10T09:00:00").is_err());
        assert!(parse_instant("10/03/2027").is_err());
    }
}
