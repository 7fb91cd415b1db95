//! An event as the use cases and both faces read it: the row with its group and
//! agenda, how to load one (for anyone, for whoever may see it, for whoever may
//! change it), and what email templates know of it.

use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Tz;
use tera::Context;

use crate::calendar::{self, CalendarEvent, EntryStatus};
use crate::db::DbConnection;
use crate::domain::audience::Audience;
use crate::domain::events::{AgendaItem, EventKind, EventPlan, EventStatus, Span, Venue};
use crate::domain::mail::MailKind;
use crate::domain::seats::SeatStatus;
use crate::domain::time::{parse_timezone, span_label};
use crate::domain::{Country, EmailAddress, Language, StaffUser};
use crate::error::AppError;
use crate::mail::compose::Attachment;
use crate::mail::{Composer, OutgoingEmail};
use crate::store::events::{AgendaRow, EventRow};
use crate::store::groups::GroupRow;
use crate::store::{self};

/// An event with its group and agenda, as read from the database.
#[derive(Debug, Clone)]
pub struct EventView {
    pub row: EventRow,
    pub group: GroupRow,
    pub agenda: Vec<AgendaRow>,
}

fn utc(t: NaiveDateTime) -> DateTime<Utc> {
    t.and_utc()
}

pub(super) fn corrupt(what: &str, e: impl std::fmt::Display) -> AppError {
    AppError::internal(anyhow::anyhow!("stored {what} is invalid: {e}"))
}

impl EventView {
    pub fn status(&self) -> EventStatus {
        EventStatus::parse(&self.row.status).unwrap_or(EventStatus::Draft)
    }

    pub fn zone(&self) -> Tz {
        parse_timezone(&self.row.timezone).unwrap_or(Tz::UTC)
    }

    pub fn span(&self) -> Result<Span, AppError> {
        Span::new(utc(self.row.starts_at), utc(self.row.ends_at)).map_err(|e| corrupt("span", e))
    }

    pub fn plan(&self) -> Result<EventPlan, AppError> {
        let agenda = self
            .agenda
            .iter()
            .map(|a| {
                Ok(AgendaItem {
                    span: Span::new(utc(a.starts_at), utc(a.ends_at))
                        .map_err(|e| corrupt("agenda", e))?,
                    title: a.title.clone(),
                    speaker: a.speaker.clone(),
                    place: a.place.clone(),
                })
            })
            .collect::<Result<Vec<_>, AppError>>()?;
        Ok(EventPlan {
            kind: EventKind::parse(&self.row.kind).map_err(|e| corrupt("kind", e))?,
            audience: Audience::parse(&self.row.audience).map_err(|e| corrupt("audience", e))?,
            title: self.row.title.clone(),
            description: self.row.description.clone(),
            span: self.span()?,
            timezone: parse_timezone(&self.row.timezone).map_err(|e| corrupt("timezone", e))?,
            venue: Venue {
                name: self.row.venue_name.clone(),
                address: self.row.venue_address.clone(),
                city: self.row.venue_city.clone(),
                country: Country::parse(&self.row.venue_country)
                    .map_err(|e| corrupt("country", e))?,
            },
            host_organisation: self.row.host_organisation.clone(),
            capacity: self.row.capacity,
            country_cap: self.row.country_cap,
            registration_deadline: self.row.registration_deadline.map(utc),
            agenda,
        })
    }

    /// Seats still free; `None` without a capacity.
    pub fn seats_available(&self) -> Option<i32> {
        let row = &self.row;
        row.capacity.map(|c| (c - row.confirmed_count).max(0))
    }

    /// "Palazzo Isimbardi, Corso Monforte 35, Milano, IT"
    pub fn location(&self) -> String {
        [
            &self.row.venue_name,
            &self.row.venue_address,
            &self.row.venue_city,
            &self.row.venue_country,
        ]
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(", ")
    }

    pub fn url(&self, public_url: &str) -> String {
        format!("{public_url}/events/{}", self.row.id)
    }

    pub fn calendar_event(&self, public_url: &str) -> CalendarEvent<'_> {
        CalendarEvent {
            uid: calendar::uid(self.row.id, public_url),
            title: &self.row.title,
            description: &self.row.description,
            starts_at: utc(self.row.starts_at),
            ends_at: utc(self.row.ends_at),
            location: self.location(),
            url: self.url(public_url),
            sequence: self.row.sequence,
            status: if self.status() == EventStatus::Cancelled {
                EntryStatus::Cancelled
            } else {
                EntryStatus::Confirmed
            },
            updated_at: utc(self.row.updated_at),
        }
    }

    /// The event as a one-entry .ics file.
    pub fn ics(&self, public_url: &str) -> String {
        calendar::calendar(
            &self.row.title,
            Some(&self.row.timezone),
            &[self.calendar_event(public_url)],
        )
    }

    /// The event's calendar entry as a mail attachment, for a registrant who
    /// stands as `seat` (and for an invitee, `None`): confirmed or on the waiting
    /// list (tentative) while the event is on; taken back (METHOD:CANCEL) when the
    /// event or their registration is cancelled.
    pub fn calendar_attachment(
        &self,
        filename: &str,
        public_url: &str,
        seat: Option<SeatStatus>,
    ) -> Attachment {
        let mut entry = self.calendar_event(public_url);
        entry.status = match (entry.status, seat) {
            (EntryStatus::Cancelled, _) | (_, Some(SeatStatus::Cancelled)) => {
                EntryStatus::Cancelled
            }
            (_, Some(SeatStatus::Waitlisted)) => EntryStatus::Tentative,
            _ => EntryStatus::Confirmed,
        };
        let method = match entry.status {
            EntryStatus::Cancelled => calendar::Method::Cancel,
            _ => calendar::Method::Publish,
        };
        let zone = Some(self.row.timezone.as_str());
        let ics = calendar::calendar_with(method, &self.row.title, zone, &[entry]);
        Attachment::calendar(filename, ics, method)
    }

    /// "Wed 10 Mar 2027, 09:00 CET – 17:00 CET", in the event's zone.
    pub fn when_label(&self) -> String {
        span_label(self.row.starts_at, self.row.ends_at, self.zone())
    }
}

pub fn load(conn: &mut DbConnection, id: i64) -> Result<Option<EventView>, AppError> {
    let Some(row) = store::events::find(conn, id)? else {
        return Ok(None);
    };
    with_row(conn, row).map(Some)
}

/// The view of an event whose row the caller has read already (under its lock).
pub fn with_row(conn: &mut DbConnection, row: EventRow) -> Result<EventView, AppError> {
    let group = store::groups::find_by_id(conn, row.group_id)?;
    let agenda = store::events::agenda(conn, row.id)?;
    Ok(EventView { row, group, agenda })
}

fn not_found(id: i64) -> AppError {
    AppError::NotFound(format!("There is no event {id}."))
}

/// An event as `viewer` may see it: drafts only for staff of its group.
pub fn visible(
    conn: &mut DbConnection,
    viewer: Option<&StaffUser>,
    id: i64,
) -> Result<EventView, AppError> {
    let view = load(conn, id)?.ok_or_else(|| not_found(id))?;
    let staff_may = viewer.is_some_and(|s| s.manages_group(view.row.group_id));
    if view.status() == EventStatus::Draft && !staff_may {
        return Err(not_found(id));
    }
    Ok(view)
}

/// An event that `staff` may change, or 404/403. A draft of another group is a
/// 404, as when reading it: a write must not tell that it exists.
pub fn managed(conn: &mut DbConnection, staff: &StaffUser, id: i64) -> Result<EventView, AppError> {
    let view = visible(conn, Some(staff), id)?;
    if !staff.manages_group(view.row.group_id) {
        return Err(AppError::Forbidden(
            "You do not coordinate this event's group.".into(),
        ));
    }
    Ok(view)
}

/// What email templates know of an event, dates written for `language`.
pub fn event_context(event: &EventView, public_url: &str, language: Language) -> serde_json::Value {
    let when = crate::domain::time::span_label_in(
        event.row.starts_at,
        event.row.ends_at,
        event.zone(),
        language,
    );
    serde_json::json!({
        "id": event.row.id,
        "title": event.row.title,
        "kind": event.row.kind,
        "when": when,
        "location": event.location(),
        "url": event.url(public_url),
        "group": crate::i18n::group_name(language, &event.group.slug, &event.group.name),
    })
}

/// An email about `event` to one person: their name and the event's facts in
/// their language for the templates, replies to the organisers, and filed under
/// the event (so its coordinators see it). Callers add what their kind needs.
pub fn event_email(
    event: &EventView,
    composer: &Composer,
    kind: MailKind,
    to: EmailAddress,
    name: Option<&str>,
    language: Language,
) -> OutgoingEmail {
    let mut context = Context::new();
    context.insert("name", &name);
    context.insert(
        "event",
        &event_context(event, composer.public_url(), language),
    );
    let mut email = OutgoingEmail::new(kind, to, language, context);
    email.event_id = Some(event.row.id);
    email.reply_to = event.row.reply_to.clone();
    email
}
