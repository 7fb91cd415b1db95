//! Inviting a group's members, or a list of addresses, to an event: one email each
//! in the reader's language with the event attached, queued in bulk in one
//! transaction; declines recorded without a login.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::db::{write_transaction, DbConnection};
use crate::domain::events::EventStatus;
use crate::domain::mail::MailKind;
use crate::domain::{EmailAddress, Language, StaffUser};
use crate::error::AppError;
use crate::mail::compose::Attachment;
use crate::mail::Composer;
use crate::ops::audit::About;
use crate::ops::event_view::{event_email, EventView};
use crate::store::invitations::{InvitationRow, NewInvitation};
use crate::store::{self};

/// Invitations rendered and inserted at a time.
const INSERT_CHUNK: usize = 500;

pub enum Invitees {
    /// Every member of the event's group who has not unsubscribed.
    Group,
    Addresses(Vec<EmailAddress>),
}

#[derive(Debug, Clone, Copy, Serialize, utoipa::ToSchema)]
pub struct InviteReport {
    pub queued: usize,
    pub skipped: usize,
}

/// Someone to invite: the address, and what the mailing list knows of them.
struct Invitee {
    email: EmailAddress,
    name: Option<String>,
    /// From the mailing list, to fill in the registration form.
    country: Option<String>,
    organisation: Option<String>,
    language: Language,
    member_id: Option<i64>,
    unsubscribe_token: Option<String>,
}

/// How many members an invitation of the whole group would mail now (not those
/// who unsubscribed, nor, without `resend`, those invited before), for the page
/// that asks before sending.
pub fn group_count(
    conn: &mut DbConnection,
    staff: &StaffUser,
    event_id: i64,
    resend: bool,
) -> Result<usize, AppError> {
    let event = crate::ops::event_view::managed(conn, staff, event_id)?;
    let members = store::members::list(conn, event.row.group_id)?;
    let (people, _) = chosen(&members, Invitees::Group);
    let invited: HashSet<String> = store::invitations::for_event(conn, event_id)?
        .into_iter()
        .map(|i| i.email_key)
        .collect();
    Ok(people
        .iter()
        .filter(|p| resend || !invited.contains(&p.email.key()))
        .count())
}

pub fn invite(
    conn: &mut DbConnection,
    composer: &Composer,
    staff: &StaffUser,
    event_id: i64,
    invitees: Invitees,
    resend: bool,
    now: DateTime<Utc>,
) -> Result<InviteReport, AppError> {
    write_transaction(conn, |conn| {
        let event = crate::ops::event_view::managed(conn, staff, event_id)?;
        if event.status() != EventStatus::Published {
            return Err(AppError::Conflict(
                "Publish the event before inviting people to it.".into(),
            ));
        }
        if event.row.starts_at <= now.naive_utc() {
            return Err(AppError::Conflict(
                "The event has begun: invitations are only sent for events to come.".into(),
            ));
        }
        let members = store::members::list(conn, event.row.group_id)?;
        let (people, mut skipped) = chosen(&members, invitees);
        let already: HashMap<String, InvitationRow> =
            store::invitations::for_event(conn, event_id)?
                .into_iter()
                .map(|i| (i.email_key.clone(), i))
                .collect();
        let batch = Batch {
            event: &event,
            already: &already,
            resend,
            ics: event.ics(composer.public_url()),
            now,
        };
        let mut queued = 0;
        // Rendered and inserted a chunk at a time: ten thousand rendered mails at once
        // would hold over 100 MiB.
        for chunk in people.chunks(INSERT_CHUNK) {
            let (sent, passed) = batch.queue(conn, composer, chunk)?;
            queued += sent;
            skipped += passed;
        }
        let detail = format!("{queued} invited, {skipped} skipped");
        let subject = format!("event {event_id}");
        let about = About::event(event_id);
        crate::ops::audit::record(
            conn,
            staff,
            about,
            "event.invite",
            &subject,
            Some(&detail),
            now,
        )?;
        Ok(InviteReport { queued, skipped })
    })
}

/// The people an invitation goes to: the group's members or the given addresses,
/// each once, with what the mailing list knows of them; members who unsubscribed
/// are left out (and counted as skipped).
fn chosen(members: &[store::members::MemberRow], invitees: Invitees) -> (Vec<Invitee>, usize) {
    let by_key: HashMap<&str, &store::members::MemberRow> =
        members.iter().map(|m| (m.email_key.as_str(), m)).collect();
    let candidates: Vec<EmailAddress> = match invitees {
        Invitees::Group => members
            .iter()
            .filter_map(|m| EmailAddress::parse(&m.email).ok())
            .collect(),
        Invitees::Addresses(list) => list,
    };
    let (mut people, mut skipped, mut seen) = (Vec::new(), 0, HashSet::new());
    for email in candidates {
        let key = email.key();
        if !seen.insert(key.clone()) {
            continue;
        }
        let member = by_key.get(key.as_str());
        if member.is_some_and(|m| m.unsubscribed_at.is_some()) {
            skipped += 1;
            continue;
        }
        people.push(Invitee {
            name: member.map(|m| m.name.clone()),
            country: member.map(|m| m.country.clone()),
            organisation: member
                .map(|m| m.organisation.clone())
                .filter(|o| !o.is_empty()),
            language: member
                .and_then(|m| Language::parse(&m.language).ok())
                .unwrap_or_default(),
            member_id: member.map(|m| m.id),
            unsubscribe_token: member.map(|m| m.unsubscribe_token.clone()),
            email,
        });
    }
    (people, skipped)
}

/// What every chunk of one invitation shares.
struct Batch<'a> {
    event: &'a EventView,
    already: &'a HashMap<String, InvitationRow>,
    resend: bool,
    ics: String,
    now: DateTime<Utc>,
}

impl Batch<'_> {
    /// Records and queues the invitations of `chunk`; returns how many were queued
    /// and how many skipped (invited before, without `resend`).
    fn queue(
        &self,
        conn: &mut DbConnection,
        composer: &Composer,
        chunk: &[Invitee],
    ) -> Result<(usize, usize), AppError> {
        let (now, event_id) = (self.now, self.event.row.id);
        let (mut new_invitations, mut tokens, mut skipped) = (Vec::new(), Vec::new(), 0);
        for person in chunk {
            let token = match self.already.get(&person.email.key()) {
                Some(_) if !self.resend => {
                    skipped += 1;
                    continue;
                }
                Some(existing) => {
                    store::invitations::sent_again(conn, existing.id, now.naive_utc())?;
                    existing.token.clone()
                }
                None => {
                    let token = crate::secrets::random_token(24);
                    new_invitations.push(NewInvitation {
                        event_id,
                        member_id: person.member_id,
                        name: person.name.clone(),
                        email: person.email.to_string(),
                        email_key: person.email.key(),
                        language: person.language.code().to_owned(),
                        token: token.clone(),
                        invited_at: now.naive_utc(),
                    });
                    token
                }
            };
            tokens.push((person, token));
        }
        let mails = render_in_parallel(&tokens, |(person, token)| {
            invitation_mail(composer, self.event, person, token, &self.ics, now)
        })?;
        store::invitations::insert_many(conn, &new_invitations)?;
        store::outbox::insert_many(conn, &mails)?;
        Ok((mails.len(), skipped))
    }
}

/// Renders on every core: a large invitation is mostly rendering, and it runs
/// while the writer is held.
fn render_in_parallel<T: Sync, R: Send>(
    items: &[T],
    render: impl Fn(&T) -> Result<R, AppError> + Sync,
) -> Result<Vec<R>, AppError> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    if cores < 2 || items.len() < 64 {
        return items.iter().map(&render).collect();
    }
    let share = items.len().div_ceil(cores);
    let render = &render;
    let parts: Vec<Result<Vec<R>, AppError>> = std::thread::scope(|scope| {
        let workers: Vec<_> = items
            .chunks(share)
            .map(|part| scope.spawn(move || part.iter().map(render).collect()))
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    let mut all = Vec::with_capacity(items.len());
    for part in parts {
        all.extend(part?);
    }
    Ok(all)
}

fn invitation_mail(
    composer: &Composer,
    event: &EventView,
    person: &Invitee,
    token: &str,
    ics: &str,
    now: DateTime<Utc>,
) -> Result<crate::store::outbox::NewOutbox, AppError> {
    let base = composer.public_url();
    let language = person.language;
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query
        .append_pair("name", person.name.as_deref().unwrap_or(""))
        .append_pair("email", person.email.as_str())
        .append_pair("language", language.code());
    for (key, value) in [
        ("country", &person.country),
        ("organisation", &person.organisation),
    ] {
        if let Some(value) = value {
            query.append_pair(key, value);
        }
    }
    let query = query.finish();
    let zone = event.zone();
    let agenda: Vec<serde_json::Value> = event
        .agenda
        .iter()
        .map(|a| {
            serde_json::json!({
                "time": crate::domain::time::item_label_in(a.starts_at, a.ends_at, event.row.starts_at, zone, language),
                "title": a.title, "speaker": a.speaker, "place": a.place,
            })
        })
        .collect();
    let unsubscribe_url = person
        .unsubscribe_token
        .as_ref()
        .map(|t| format!("{base}/unsubscribe/{t}"));
    let mut email = event_email(
        event,
        composer,
        MailKind::Invitation,
        person.email.clone(),
        person.name.as_deref(),
        language,
    );
    let context = &mut email.context;
    context.insert("agenda", &agenda);
    context.insert(
        "register_url",
        &format!("{base}/events/{}?{query}#register", event.row.id),
    );
    context.insert(
        "decline_url",
        &format!("{base}/invitations/{token}/decline"),
    );
    context.insert("unsubscribe_url", &unsubscribe_url);
    email.list_unsubscribe = unsubscribe_url;
    let publish = crate::calendar::Method::Publish;
    email.attachment = Some(Attachment::calendar(
        "invitation.ics",
        ics.to_owned(),
        publish,
    ));
    composer
        .compose(email, now.naive_utc())
        .map_err(|e| AppError::internal(anyhow::Error::new(e).context("rendering an invitation")))
}

/// Where an invitation stands, for the coordinator.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct InvitationStatus {
    pub email: String,
    pub name: Option<String>,
    pub language: String,
    /// RFC 3339, UTC
    pub invited_at: String,
    pub times_sent: i32,
    /// invited, registered or declined
    pub status: String,
}

pub fn list(
    conn: &mut DbConnection,
    staff: &StaffUser,
    event_id: i64,
) -> Result<(EventView, Vec<InvitationStatus>), AppError> {
    let event = crate::ops::event_view::managed(conn, staff, event_id)?;
    let registered: HashSet<String> = store::registrations::active(conn, event_id)?
        .into_iter()
        .map(|r| r.email_key)
        .collect();
    let rows = store::invitations::for_event(conn, event_id)?;
    let statuses = rows
        .into_iter()
        .map(|i| InvitationStatus {
            status: if registered.contains(&i.email_key) {
                "registered"
            } else if i.declined_at.is_some() {
                "declined"
            } else {
                "invited"
            }
            .to_owned(),
            email: i.email,
            name: i.name,
            language: i.language,
            invited_at: i.invited_at.and_utc().to_rfc3339(),
            times_sent: i.sent_count,
        })
        .collect();
    Ok((event, statuses))
}

/// The invitation behind a decline link, with its event.
pub fn by_token(
    conn: &mut DbConnection,
    token: &str,
) -> Result<(InvitationRow, EventView), AppError> {
    let not_found = || AppError::NotFound("There is no invitation with this link.".into());
    let invitation = store::invitations::find_by_token(conn, token)?.ok_or_else(not_found)?;
    let event = crate::ops::event_view::load(conn, invitation.event_id)?.ok_or_else(not_found)?;
    Ok((invitation, event))
}

/// Records that the invitee will not come. Repeating it changes nothing.
pub fn decline(
    conn: &mut DbConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(InvitationRow, EventView), AppError> {
    let (invitation, event) = by_token(conn, token)?;
    store::invitations::decline(conn, invitation.id, now.naive_utc())?;
    Ok((invitation, event))
}
