//! iCalendar (RFC 5545) for event downloads, group feeds and mail attachments.
//! Times are written in UTC, which every client converts to the reader's zone;
//! the event's own zone is named in X-WR-TIMEZONE for clients that show it.

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

/// How the entry stands for whoever gets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryStatus {
    /// It takes place (and, in a registrant's mail, they have a seat).
    Confirmed,
    /// They are on the waiting list: it may take place for them.
    Tentative,
    /// The event, or their place in it, is cancelled: calendars drop it.
    Cancelled,
}

/// What a calendar file asks of the program that opens it (RFC 5546).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Add or update the entries.
    Publish,
    /// Remove them.
    Cancel,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Publish => "PUBLISH",
            Method::Cancel => "CANCEL",
        }
    }
}

/// What a calendar entry needs to know of an event.
pub struct CalendarEvent<'a> {
    /// `uid` or `meeting_uid`: the same entry keeps it in every file we send.
    pub uid: String,
    pub title: &'a str,
    pub description: &'a str,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub location: String,
    pub url: String,
    pub sequence: i32,
    pub status: EntryStatus,
    pub updated_at: DateTime<Utc>,
}

/// A stable UID: the same event is the same entry in every file we send.
pub fn uid(event_id: i64, public_url: &str) -> String {
    format!("event-{event_id}@{}", host(public_url))
}

/// The UID of a B2B meeting's entry: the request it holds, which keeps its
/// entry when the meeting moves to another slot.
pub fn meeting_uid(request_id: i64, public_url: &str) -> String {
    format!("b2b-{request_id}@{}", host(public_url))
}

fn host(public_url: &str) -> String {
    url::Url::parse(public_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "clustercord".into())
}

/// A value for a TEXT property. RFC 5545 allows no control character there but
/// the escaped line break: browsers send paragraphs as CRLF, which becomes one
/// `\n` (escaped by the writer); a tab becomes a space; the rest are dropped.
/// Files, feeds and mail attachments all go through `entry`, so through here.
pub fn text(value: &str) -> String {
    value
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

fn entry(event: &CalendarEvent) -> Event {
    let mut entry = Event::new();
    entry
        .uid(&event.uid)
        .timestamp(event.updated_at)
        .summary(&text(event.title))
        .starts(event.starts_at)
        .ends(event.ends_at)
        .location(&text(&event.location))
        .url(&event.url)
        .sequence(u32::try_from(event.sequence).unwrap_or(0));
    if !event.description.is_empty() {
        entry.description(&text(event.description));
    }
    entry.status(match event.status {
        EntryStatus::Confirmed => EventStatus::Confirmed,
        EntryStatus::Tentative => EventStatus::Tentative,
        EntryStatus::Cancelled => EventStatus::Cancelled,
    });
    entry.done()
}

/// A calendar of events to publish (files, feeds), named `name`, written with CRLF
/// line ends and folding.
pub fn calendar(name: &str, timezone: Option<&str>, events: &[CalendarEvent]) -> String {
    calendar_with(Method::Publish, name, timezone, events)
}

/// The same with another method: `Cancel` for a mail that takes an entry back.
pub fn calendar_with(
    method: Method,
    name: &str,
    timezone: Option<&str>,
    events: &[CalendarEvent],
) -> String {
    let mut calendar = Calendar::new();
    calendar
        .name(name)
        .append_property(("METHOD", method.as_str()));
    if let Some(zone) = timezone {
        calendar.timezone(zone);
    }
    for event in events {
        calendar.push(entry(event));
    }
    calendar.done().to_string().replace(
        "PRODID:ICALENDAR-RS",
        "PRODID:-//clustercord//clustercord//EN",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use std::str::FromStr;

    fn sample() -> CalendarEvent<'static> {
        CalendarEvent {
            uid: uid(7, "https://cc.example.org"),
            title: "Forum",
            description: "",
            starts_at: Utc.with_ymd_and_hms(2027, 3, 10, 8, 0, 0).unwrap(),
            ends_at: Utc.with_ymd_and_hms(2027, 3, 10, 16, 0, 0).unwrap(),
            location: String::new(),
            url: "https://cc.example.org/events/7".into(),
            sequence: 0,
            status: EntryStatus::Confirmed,
            updated_at: Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap(),
        }
    }

    #[test]
    fn an_event_round_trips_through_a_parser_with_text_escaped() {
        let event = CalendarEvent {
            title: "Forum; ICT, \"cloud\" & more",
            description: "Line one\nLine two, with a comma",
            location: "Palazzo, Via Roma 1, Milano, IT".into(),
            sequence: 2,
            status: EntryStatus::Cancelled,
            ..sample()
        };
        let text = calendar("ICT", Some("Europe/Rome"), &[event]);
        assert!(text.contains("\r\n"));
        assert!(text.lines().all(|line| line.len() <= 75));
        let parsed = icalendar::Calendar::from_str(&text).unwrap();
        let icalendar::CalendarComponent::Event(entry) = &parsed.components[0] else {
            panic!("no event")
        };
        assert_eq!(entry.get_uid(), Some("event-7@cc.example.org"));
        assert_eq!(entry.get_summary(), Some("Forum; ICT, \"cloud\" & more"));
        assert_eq!(
            entry.get_description(),
            Some("Line one\nLine two, with a comma")
        );
        assert_eq!(entry.get_sequence(), Some(2));
        assert_eq!(entry.get_status(), Some(EventStatus::Cancelled));
        assert!(text.contains("DTSTART:20270310T080000Z"));
        assert!(text.contains("DTSTAMP:20270101T000000Z"));
    }

    #[test]
    fn line_breaks_from_a_browser_are_escaped_and_control_characters_dropped() {
        let event = CalendarEvent {
            title: "Forum\u{7}\r\nday two",
            description: "Para one\r\n\r\nPara two\rthree\ttabbed\u{0}\u{1b}[31m",
            location: "Via Roma\r\n1".into(),
            ..sample()
        };
        let file = calendar("ICT", None, &[event]);
        // A strict reader splits content lines on CR LF: no CR may be left in a
        // line, nor any other control character.
        for line in file.split("\r\n") {
            assert!(!line.chars().any(char::is_control), "{line:?}");
        }
        assert!(file.contains("DESCRIPTION:Para one\\n\\nPara two\\nthree tabbed[31m"));
        let parsed = icalendar::Calendar::from_str(&file).unwrap();
        let icalendar::CalendarComponent::Event(entry) = &parsed.components[0] else {
            panic!("no event")
        };
        assert_eq!(entry.get_summary(), Some("Forum\nday two"));
        assert_eq!(entry.get_location(), Some("Via Roma\n1"));
    }
}
