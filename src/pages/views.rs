//! What templates see: views of their own, made from the use cases' types, with
//! just the fields the pages show (never the JSON API's responses, so that either
//! face can change without the other).

use chrono::TimeZone;
use serde::Serialize;

use super::language::PageLanguage;
use crate::ops::event_view::EventView;
use crate::ops::registrations::RegistrationView;
use crate::store::groups::GroupRow;
use crate::store::members::MemberRow;
use crate::store::outbox::OutboxRow;

#[derive(Serialize)]
pub struct Group {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub coordinating_organisation: Option<String>,
}

impl Group {
    /// The group in the reader's language (the programme's own groups have their
    /// name and description translated; see `i18n::group_name`).
    pub fn of(row: GroupRow, language: crate::domain::Language) -> Group {
        Group {
            name: crate::i18n::group_name(language, &row.slug, &row.name),
            description: crate::i18n::group_about(language, &row.slug, &row.description),
            slug: row.slug,
            coordinating_organisation: row.coordinating_organisation,
        }
    }
}

/// Each group in the reader's language.
pub fn groups_in(groups: Vec<GroupRow>, language: crate::domain::Language) -> Vec<Group> {
    groups.into_iter().map(|g| Group::of(g, language)).collect()
}

#[derive(Serialize)]
pub struct Seats {
    /// `None` without a capacity.
    pub available: Option<i32>,
}

#[derive(Serialize)]
pub struct Event {
    pub id: i64,
    /// The group's slug.
    pub group: String,
    pub kind: String,
    pub audience: String,
    pub status: String,
    pub title: String,
    pub description: String,
    /// RFC 3339 in the event's zone, for `<time datetime>`.
    pub starts_at: String,
    pub timezone: String,
    pub host_organisation: Option<String>,
    pub capacity: Option<i32>,
    pub country_cap: Option<i32>,
    pub seats: Seats,
}

impl From<&EventView> for Event {
    fn from(view: &EventView) -> Self {
        let row = &view.row;
        Event {
            id: row.id,
            group: view.group.slug.clone(),
            kind: row.kind.clone(),
            audience: row.audience.clone(),
            status: row.status.clone(),
            title: row.title.clone(),
            description: row.description.clone(),
            starts_at: view.zone().from_utc_datetime(&row.starts_at).to_rfc3339(),
            timezone: row.timezone.clone(),
            host_organisation: row.host_organisation.clone(),
            capacity: row.capacity,
            country_cap: row.country_cap,
            seats: Seats {
                available: view.seats_available(),
            },
        }
    }
}

#[derive(Serialize)]
pub struct Registration {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub country: String,
    pub language: String,
    pub organisation_kind: Option<String>,
    pub note: Option<String>,
    pub status: String,
    pub waitlist_position: Option<i64>,
    pub attendance: Option<String>,
}

impl From<RegistrationView> for Registration {
    fn from(view: RegistrationView) -> Self {
        let row = view.row;
        Registration {
            id: row.id,
            name: row.name,
            email: row.email,
            organisation: row.organisation,
            country: row.country,
            language: row.language,
            organisation_kind: row.organisation_kind,
            note: row.note,
            status: row.status,
            waitlist_position: view.waitlist_position,
            attendance: row.attendance,
        }
    }
}

#[derive(Serialize)]
pub struct Member {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub country: String,
    /// The language of their mail by its own name ("slovenščina"), not its code.
    pub language: String,
    pub unsubscribed: bool,
}

impl From<MemberRow> for Member {
    fn from(m: MemberRow) -> Self {
        Member {
            id: m.id,
            name: m.name,
            email: m.email,
            organisation: m.organisation,
            country: m.country,
            language: crate::domain::Language::parse(&m.language)
                .map_or(m.language, |l| l.endonym().to_owned()),
            unsubscribed: m.unsubscribed_at.is_some(),
        }
    }
}

/// A message of the outbox as the mail pages show it: when it was written and
/// sent in the staff pages' zone, and the event it is about by its title.
#[derive(Serialize)]
pub struct MailLine {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub written: String,
    pub sent: Option<String>,
    pub event_id: Option<i64>,
    pub event_title: Option<String>,
}

impl MailLine {
    pub fn of(
        row: OutboxRow,
        titles: &std::collections::BTreeMap<i64, String>,
        zone: chrono_tz::Tz,
        language: &PageLanguage,
    ) -> Self {
        let at = |t| crate::domain::time::local_label_in(t, zone, language.language);
        MailLine {
            written: at(row.created_at),
            sent: row.sent_at.map(at),
            event_title: row.event_id.and_then(|id| titles.get(&id).cloned()),
            event_id: row.event_id,
            id: row.id,
            recipient: row.recipient,
            subject: row.subject,
            status: row.status,
            attempts: row.attempts,
            last_error: row.last_error,
        }
    }
}

/// An event's dates in its own zone, written in the reader's language.
pub fn when_in(event: &crate::ops::event_view::EventView, language: &PageLanguage) -> String {
    let (row, zone) = (&event.row, event.zone());
    crate::domain::time::span_label_in(row.starts_at, row.ends_at, zone, language.language)
}

/// Each of `items` as its view.
pub fn all<T, V: From<T>>(items: impl IntoIterator<Item = T>) -> Vec<V> {
    items.into_iter().map(V::from).collect()
}

/// An audit entry as the log and the dashboard show it: when in the staff pages'
/// zone and the reader's words, and the event it is about by its title.
#[derive(Serialize)]
pub struct AuditLine {
    at: String,
    actor: Option<String>,
    action: String,
    subject: String,
    detail: Option<String>,
    event_id: Option<i64>,
    event_title: Option<String>,
}

impl AuditLine {
    pub fn of(
        entry: crate::ops::audit::Entry,
        zone: chrono_tz::Tz,
        language: &PageLanguage,
    ) -> Self {
        let row = entry.row;
        AuditLine {
            at: crate::domain::time::local_label_in(row.at, zone, language.language),
            actor: row.actor_email,
            action: crate::i18n::text(
                language.language,
                &format!("audit-act-{}", row.action.replace('.', "-")),
                &[],
            )
            .unwrap_or(row.action),
            subject: row.subject,
            detail: row.detail,
            event_id: row.event_id,
            event_title: entry.event_title,
        }
    }
}

/// A coming event on the dashboard.
#[derive(Serialize)]
struct ComingEvent {
    id: i64,
    title: String,
    group: String,
    when: String,
    confirmed: i32,
    capacity: Option<i32>,
    waitlisted: i32,
    /// "closes in 3 days", "closes today", "closed", or none.
    deadline: Option<String>,
    invited: usize,
    registered: usize,
    declined: usize,
    /// Started already: no more invitations.
    begun: bool,
}

/// Days to a registration deadline, in words.
fn deadline_words(
    deadline: chrono::NaiveDateTime,
    now: chrono::DateTime<chrono::Utc>,
    language: &PageLanguage,
) -> String {
    let left = deadline - now.naive_utc();
    match left.num_days() {
        _ if left <= chrono::TimeDelta::zero() => language.say("deadline-closed", &[]),
        0 => language.say("deadline-today", &[]),
        1 => language.say("deadline-tomorrow", &[]),
        days => language.say_count("deadline-days", days, &[]),
    }
}

/// What the staff home shows of the dashboard.
pub fn insert_dashboard(
    ctx: &mut tera::Context,
    board: crate::ops::dashboard::Dashboard,
    now: chrono::DateTime<chrono::Utc>,
    language: &PageLanguage,
    zone: chrono_tz::Tz,
) {
    let group_name = |event: &EventView| {
        let group = &event.group;
        crate::i18n::group_name(language.language, &group.slug, &group.name)
    };
    let coming: Vec<ComingEvent> = board
        .coming
        .into_iter()
        .map(|c| {
            let row = &c.event.row;
            ComingEvent {
                id: row.id,
                title: row.title.clone(),
                group: group_name(&c.event),
                when: when_in(&c.event, language),
                confirmed: row.confirmed_count,
                capacity: row.capacity,
                waitlisted: row.waitlisted_count,
                deadline: row
                    .registration_deadline
                    .map(|d| deadline_words(d, now, language)),
                invited: c.invited,
                registered: c.registered,
                declined: c.declined,
                begun: row.starts_at <= now.naive_utc(),
            }
        })
        .collect();
    let drafts: Vec<serde_json::Value> = board
        .drafts
        .iter()
        .map(|d| {
            serde_json::json!({"id": d.row.id, "title": d.row.title,
                "group": group_name(d), "when": when_in(d, language)})
        })
        .collect();
    let recent: Vec<AuditLine> = board
        .recent
        .into_iter()
        .map(|e| AuditLine::of(e, zone, language))
        .collect();
    ctx.insert("coming", &coming);
    ctx.insert("drafts", &drafts);
    let none = std::collections::BTreeMap::new();
    let failed: Vec<MailLine> = board
        .failed_mail
        .into_iter()
        .map(|row| MailLine::of(row, &none, zone, language))
        .collect();
    ctx.insert("failed_mail", &failed);
    ctx.insert("recent", &recent);
}

/// From the first slot's start to the last one's end, in the event's zone.
pub fn window_label(
    session: &crate::domain::b2b::Session,
    event: &crate::ops::event_view::EventView,
    language: &PageLanguage,
) -> Option<String> {
    let slots = session.slots();
    let (first, last) = (slots.first()?, slots.last()?);
    Some(crate::domain::time::item_label_in(
        first.starts_at.naive_utc(),
        last.ends_at.naive_utc(),
        event.row.starts_at,
        event.zone(),
        language.language,
    ))
}

/// The event page's line about its B2B session.
pub fn b2b_session_line(
    view: &crate::ops::b2b::SessionView,
    event: &crate::ops::event_view::EventView,
    language: &PageLanguage,
) -> String {
    let slots = view.session.slots();
    let Some(window) = window_label(&view.session, event, language) else {
        return String::new();
    };
    language.say(
        "b2b-event-text",
        &[
            ("window", window.as_str()),
            ("count", slots.len().to_string().as_str()),
            ("minutes", view.session.slot_minutes.to_string().as_str()),
            ("tables", view.session.tables.to_string().as_str()),
        ],
    )
}
