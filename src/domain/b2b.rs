//! B2B meetings at a forum: the session (its window cut into slots and its
//! tables), the profiles of participants who opt in, requests to meet and what
//! came of a meeting. Placing accepted requests is `meeting_schedule`'s.

use chrono::{DateTime, Duration, Utc};

use super::events::Span;
use super::meeting_schedule::MAX_SLOTS;
use super::FieldErrors;

/// Slot lengths a session may have: what organisers of B2B sessions use, down to
/// ten minutes (a shorter meeting is not worth the walk to the table).
pub const SLOT_MINUTES: [u32; 7] = [10, 15, 20, 25, 30, 45, 60];
/// More tables than any venue holds; a bound against a typing slip.
pub const MAX_TABLES: u32 = 500;
/// What a participant writes of what they offer or seek.
pub const MAX_PROFILE_TEXT: usize = 2000;
pub const MAX_MESSAGE: usize = 1000;
/// Every bit: "every slot".
pub const EVERY_SLOT: i64 = -1;

/// A session as staff set it, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub slot_minutes: u32,
    pub tables: u32,
    pub requests_close_at: DateTime<Utc>,
}

/// One slot of a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub index: usize,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// The raw fields of a session, as either face received them.
#[derive(Debug, Clone, Default)]
pub struct SessionFields {
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub slot_minutes: Option<i64>,
    pub tables: Option<i64>,
    pub requests_close_at: Option<DateTime<Utc>>,
}

impl Session {
    /// Checks a session against its event: inside the event's time, whole slots
    /// that fit a 64-bit availability, requests closing before it starts.
    pub fn parse(fields: SessionFields, event: &Span) -> Result<Session, FieldErrors> {
        let mut errors = FieldErrors::new();
        let starts_at = errors.required("starts_at", fields.starts_at);
        let ends_at = errors.required("ends_at", fields.ends_at);
        let close = errors.required("requests_close_at", fields.requests_close_at);
        let slot_minutes = errors
            .required("slot_minutes", fields.slot_minutes)
            .and_then(|m| {
                let allowed = SLOT_MINUTES.iter().any(|a| i64::from(*a) == m);
                if !allowed {
                    errors.add("slot_minutes", "must be 10, 15, 20, 25, 30, 45 or 60");
                }
                allowed.then_some(m as u32)
            });
        let tables = errors.required("tables", fields.tables).and_then(|t| {
            let fine = (1..=i64::from(MAX_TABLES)).contains(&t);
            if !fine {
                errors.add("tables", format!("must be from 1 to {MAX_TABLES}"));
            }
            fine.then_some(t as u32)
        });
        if let (Some(starts), Some(ends)) = (starts_at, ends_at) {
            if starts < event.starts_at || starts >= event.ends_at {
                errors.add("starts_at", "must be within the event's time");
            }
            if ends <= starts {
                errors.add("ends_at", "must be after the start");
            } else if ends > event.ends_at {
                errors.add("ends_at", "must be within the event's time");
            }
            if let Some(minutes) = slot_minutes {
                let count = (ends - starts).num_minutes() / i64::from(minutes);
                if ends > starts && count == 0 {
                    errors.add("ends_at", "leaves no whole slot");
                } else if count > MAX_SLOTS as i64 {
                    errors.add(
                        "slot_minutes",
                        format!(
                            "gives more than {} slots; choose longer slots or a shorter session",
                            MAX_SLOTS
                        ),
                    );
                }
            }
            if close.is_some_and(|c| c > starts) {
                errors.add(
                    "requests_close_at",
                    "must be at or before the session's start",
                );
            }
        }
        match (starts_at, ends_at, slot_minutes, tables, close) {
            (Some(starts_at), Some(ends_at), Some(slot_minutes), Some(tables), Some(close))
                if errors.is_empty() =>
            {
                Ok(Session {
                    starts_at,
                    ends_at,
                    slot_minutes,
                    tables,
                    requests_close_at: close,
                })
            }
            _ => Err(errors),
        }
    }

    /// The whole slots between start and end; a remainder shorter than a slot is
    /// left free (a break before the end).
    pub fn slots(&self) -> Vec<Slot> {
        let length = Duration::minutes(i64::from(self.slot_minutes));
        let count = (self.ends_at - self.starts_at).num_minutes() / i64::from(self.slot_minutes);
        (0..count.max(0) as usize)
            .map(|index| {
                let starts_at = self.starts_at + length * index as i32;
                Slot {
                    index,
                    starts_at,
                    ends_at: starts_at + length,
                }
            })
            .collect()
    }

    pub fn slot_count(&self) -> usize {
        self.slots().len()
    }

    pub fn requests_open(&self, now: DateTime<Utc>) -> bool {
        now < self.requests_close_at
    }
}

/// The slots a participant can attend, as the bit set kept in the database.
pub fn availability(slots: Option<&[i64]>, slot_count: usize) -> Result<i64, String> {
    let Some(slots) = slots else {
        return Ok(EVERY_SLOT);
    };
    // Nobody can be met without a slot: say so now rather than at scheduling.
    if slots.is_empty() {
        return Err("choose at least one slot".into());
    }
    let mut bits = 0u64;
    for slot in slots {
        if *slot < 0 || *slot as usize >= slot_count {
            return Err(format!(
                "no such slot: {slot}; slots are numbered 0 to {}",
                slot_count.saturating_sub(1)
            ));
        }
        bits |= 1 << *slot;
    }
    Ok(bits as i64)
}

/// The slot indexes of a stored bit set, within a session of `slot_count` slots.
pub fn available_slots(bits: i64, slot_count: usize) -> Vec<usize> {
    (0..slot_count.min(64))
        .filter(|i| (bits as u64) >> i & 1 == 1)
        .collect()
}

/// The stored bit set cut to the session's slots, as the scheduler takes it.
pub fn slot_mask(bits: i64, slot_count: usize) -> u64 {
    let all = if slot_count >= 64 {
        u64::MAX
    } else {
        (1u64 << slot_count) - 1
    };
    bits as u64 & all
}

/// What a participant says of themselves, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileText {
    pub offers: String,
    pub seeks: String,
}

impl ProfileText {
    pub fn parse(offers: Option<&str>, seeks: Option<&str>) -> Result<ProfileText, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut text = |field: &str, value: Option<&str>| {
            let value = value.unwrap_or("").trim().to_owned();
            if value.chars().count() > MAX_PROFILE_TEXT {
                errors.add(
                    field,
                    format!("is longer than {MAX_PROFILE_TEXT} characters"),
                );
            }
            value
        };
        let offers = text("offers", offers);
        let seeks = text("seeks", seeks);
        if offers.is_empty() && seeks.is_empty() {
            errors.add("offers", "say what you offer or what you seek");
        }
        if errors.is_empty() {
            Ok(ProfileText { offers, seeks })
        } else {
            Err(errors)
        }
    }
}

/// A request's message, checked.
pub fn message(raw: Option<&str>) -> Result<String, FieldErrors> {
    let message = raw.unwrap_or("").trim().to_owned();
    if message.chars().count() > MAX_MESSAGE {
        let mut errors = FieldErrors::new();
        errors.add(
            "message",
            format!("is longer than {MAX_MESSAGE} characters"),
        );
        return Err(errors);
    }
    Ok(message)
}

/// Where a request stands; `Expired` is a pending one after requests closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestStatus {
    Pending,
    Accepted,
    Declined,
    Expired,
}

impl RequestStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Pending => "pending",
            RequestStatus::Accepted => "accepted",
            RequestStatus::Declined => "declined",
            RequestStatus::Expired => "expired",
        }
    }

    /// The status as stored, seen at `now`.
    pub fn of(stored: &str, close: DateTime<Utc>, now: DateTime<Utc>) -> RequestStatus {
        match stored {
            "accepted" => RequestStatus::Accepted,
            "declined" => RequestStatus::Declined,
            _ if now >= close => RequestStatus::Expired,
            _ => RequestStatus::Pending,
        }
    }
}

/// The two sides of a request, as the rules see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    pub profile: i64,
    /// The organisation's folded name and country: one organisation, one side.
    pub organisation: Option<i64>,
    pub folded_organisation: String,
    pub country: String,
}

/// Why a request may not be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestRefusal {
    ToOneself,
    OwnOrganisation,
    AlreadyAsked,
}

impl RequestRefusal {
    pub fn message(self) -> &'static str {
        match self {
            RequestRefusal::ToOneself => "you cannot ask yourself for a meeting",
            RequestRefusal::OwnOrganisation => {
                "this person is from your own organisation; B2B meetings are between organisations"
            }
            RequestRefusal::AlreadyAsked => "there is already a request between the two of you",
        }
    }
}

/// Whether `from` may ask `to`, given whether a request between them exists (in
/// either direction: one meeting is enough for two people).
pub fn may_request(from: &Side, to: &Side, exists: bool) -> Result<(), RequestRefusal> {
    if from.profile == to.profile {
        return Err(RequestRefusal::ToOneself);
    }
    let same_organisation = match (from.organisation, to.organisation) {
        (Some(a), Some(b)) => a == b,
        _ => {
            !from.folded_organisation.is_empty()
                && from.folded_organisation == to.folded_organisation
                && from.country == to.country
        }
    };
    if same_organisation {
        return Err(RequestRefusal::OwnOrganisation);
    }
    if exists {
        return Err(RequestRefusal::AlreadyAsked);
    }
    Ok(())
}

/// What came of a meeting, as either side says some months later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    NoContact,
    InContact,
    Agreement,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::NoContact, Outcome::InContact, Outcome::Agreement];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::NoContact => "no_contact",
            Outcome::InContact => "in_contact",
            Outcome::Agreement => "agreement",
        }
    }

    pub fn parse(raw: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == raw)
    }
}

/// What a meeting achieved: the better of the two sides' answers (one side may
/// never answer; an agreement one side reports is an agreement).
pub fn meeting_outcome(from: Option<Outcome>, to: Option<Outcome>) -> Option<Outcome> {
    from.max(to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(hour: u32, minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2027, 3, 10, hour, minute, 0).unwrap()
    }

    fn event() -> Span {
        Span {
            starts_at: at(8, 0),
            ends_at: at(17, 0),
        }
    }

    fn fields() -> SessionFields {
        SessionFields {
            starts_at: Some(at(14, 0)),
            ends_at: Some(at(16, 10)),
            slot_minutes: Some(20),
            tables: Some(12),
            requests_close_at: Some(at(9, 0)),
        }
    }

    #[test]
    fn a_session_is_cut_into_whole_slots() {
        let session = Session::parse(fields(), &event()).unwrap();
        let slots = session.slots();
        assert_eq!(slots.len(), 6, "130 minutes: six slots of 20 and 10 left");
        assert_eq!(slots[0].starts_at, at(14, 0));
        assert_eq!(slots[5].ends_at, at(16, 0));
    }

    #[test]
    fn a_session_outside_its_event_or_too_long_is_refused() {
        let mut f = fields();
        f.starts_at = Some(at(7, 0));
        f.slot_minutes = Some(12);
        f.tables = Some(0);
        f.requests_close_at = Some(at(15, 0));
        let errors = Session::parse(f, &event()).unwrap_err();
        for field in ["starts_at", "slot_minutes", "tables", "requests_close_at"] {
            assert!(errors.get(field).is_some(), "{field}: {errors:?}");
        }
        let mut f = fields();
        f.starts_at = Some(at(8, 0));
        f.ends_at = Some(at(19, 0));
        f.slot_minutes = Some(10);
        let long_day = Span {
            starts_at: at(7, 0),
            ends_at: at(20, 0),
        };
        let errors = Session::parse(f, &long_day).unwrap_err();
        assert!(errors.get("slot_minutes").unwrap().contains("64"));
    }

    #[test]
    fn availability_is_a_bit_set_and_omitted_means_every_slot() {
        assert_eq!(availability(None, 6), Ok(EVERY_SLOT));
        assert_eq!(availability(Some(&[0, 2]), 6), Ok(0b101));
        assert!(availability(Some(&[6]), 6).is_err());
        assert!(availability(Some(&[]), 6).is_err(), "no slot at all");
        assert_eq!(available_slots(EVERY_SLOT, 6), vec![0, 1, 2, 3, 4, 5]);
        assert_eq!(slot_mask(EVERY_SLOT, 6), 0b111111);
        assert_eq!(slot_mask(EVERY_SLOT, 64), u64::MAX);
    }

    #[test]
    fn one_organisation_is_one_side_and_one_request_per_pair() {
        let side = |profile, organisation: &str, country: &str| Side {
            profile,
            organisation: None,
            folded_organisation: organisation.into(),
            country: country.into(),
        };
        let a = side(1, "milano metropoli", "IT");
        assert_eq!(may_request(&a, &a, false), Err(RequestRefusal::ToOneself));
        assert_eq!(
            may_request(&a, &side(2, "milano metropoli", "IT"), false),
            Err(RequestRefusal::OwnOrganisation)
        );
        assert_eq!(
            may_request(&a, &side(2, "milano metropoli", "DE"), false),
            Ok(())
        );
        assert_eq!(
            may_request(&a, &side(2, "other", "IT"), true),
            Err(RequestRefusal::AlreadyAsked)
        );
    }

    #[test]
    fn a_pending_request_expires_when_requests_close() {
        assert_eq!(
            RequestStatus::of("pending", at(9, 0), at(8, 59)),
            RequestStatus::Pending
        );
        assert_eq!(
            RequestStatus::of("pending", at(9, 0), at(9, 0)),
            RequestStatus::Expired
        );
        assert_eq!(
            RequestStatus::of("accepted", at(9, 0), at(10, 0)),
            RequestStatus::Accepted
        );
    }

    #[test]
    fn the_better_answer_counts() {
        assert_eq!(
            meeting_outcome(Some(Outcome::NoContact), Some(Outcome::Agreement)),
            Some(Outcome::Agreement)
        );
        assert_eq!(meeting_outcome(None, None), None);
    }
}
