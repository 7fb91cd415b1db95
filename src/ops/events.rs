//! Scheduling: creating, changing, publishing and cancelling forums and study
//! visits, with schedule conflicts checked and registrants told of changes.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::db::{write_transaction, DbConnection};
use crate::domain::events::{EventPatch, EventPlan, EventStatus, Overlap, Span};
use crate::domain::mail::MailKind;
use crate::domain::seats::{check_new_limits, Limits, SeatStatus};
use crate::domain::time::parse_timezone;
use crate::domain::{EmailAddress, Language, StaffUser};
use crate::error::AppError;
use crate::mail::Composer;
use crate::ops::audit::About;
use crate::ops::event_view::{event_context, event_email, managed, EventView};
use crate::store::events::{AgendaRow, PlanColumns};
use crate::store::{self};

fn columns(plan: &EventPlan) -> PlanColumns {
    PlanColumns {
        kind: plan.kind.as_str(),
        audience: plan.audience.as_str(),
        title: plan.title.clone(),
        description: plan.description.clone(),
        starts_at: plan.span.starts_at.naive_utc(),
        ends_at: plan.span.ends_at.naive_utc(),
        timezone: plan.timezone.name().to_owned(),
        venue_name: plan.venue.name.clone(),
        venue_address: plan.venue.address.clone(),
        venue_city: plan.venue.city.clone(),
        venue_country: plan.venue.country.as_str().to_owned(),
        host_organisation: plan.host_organisation.clone(),
        capacity: plan.capacity,
        country_cap: plan.country_cap,
        registration_deadline: plan.registration_deadline.map(|t| t.naive_utc()),
    }
}

fn agenda_rows(event_id: i64, plan: &EventPlan) -> Vec<AgendaRow> {
    plan.agenda
        .iter()
        .enumerate()
        .map(|(position, item)| AgendaRow {
            event_id,
            position: position as i32,
            starts_at: item.span.starts_at.naive_utc(),
            ends_at: item.span.ends_at.naive_utc(),
            title: item.title.clone(),
            speaker: item.speaker.clone(),
            place: item.place.clone(),
        })
        .collect()
}

/// Refuses a span that overlaps another live event of the group.
fn check_conflict(
    conn: &mut DbConnection,
    group_id: i64,
    span: &Span,
    except: Option<i64>,
    allow_overlap: bool,
) -> Result<(), AppError> {
    if allow_overlap {
        return Ok(());
    }
    let (start, end) = (span.starts_at.naive_utc(), span.ends_at.naive_utc());
    if let Some(other) = store::events::first_overlapping(conn, group_id, start, end, except)? {
        let zone = parse_timezone(&other.timezone).unwrap_or(Tz::UTC);
        return Err(AppError::ScheduleConflict(Box::new(Overlap {
            title: other.title,
            id: other.id,
            starts_at: other.starts_at,
            zone,
            hint: "",
        })));
    }
    Ok(())
}

/// Schedules a new event for a group, as a draft.
pub fn schedule(
    conn: &mut DbConnection,
    staff: &StaffUser,
    group_slug: &str,
    plan: EventPlan,
    allow_overlap: bool,
    now: DateTime<Utc>,
) -> Result<EventView, AppError> {
    plan.check().map_err(AppError::invalid)?;
    write_transaction(conn, |conn| {
        let group = crate::ops::groups::find(conn, group_slug)?;
        if !staff.manages_group(group.id) {
            return Err(AppError::Forbidden(
                "You do not coordinate this group.".into(),
            ));
        }
        store::groups::lock(conn, group.id)?;
        check_conflict(conn, group.id, &plan.span, None, allow_overlap)?;
        let row = store::events::insert(
            conn,
            group.id,
            &columns(&plan),
            Some((staff.id, staff.email.as_str())),
            now.naive_utc(),
        )?;
        let agenda = agenda_rows(row.id, &plan);
        store::events::replace_agenda(conn, row.id, &agenda)?;
        let subject = format!("event {}", row.id);
        crate::ops::audit::record(
            conn,
            staff,
            About::event(row.id),
            "event.schedule",
            &subject,
            Some(&row.title),
            now,
        )?;
        Ok(EventView { row, group, agenda })
    })
}

fn limits(plan: &EventPlan) -> Limits {
    Limits {
        capacity: plan.capacity,
        country_cap: plan.country_cap,
    }
}

/// Whether the seat limits change; new ones must leave room for the seats taken
/// (in all and in the fullest country). Callers hold the event's lock.
fn check_limits(
    conn: &mut DbConnection,
    before: &EventView,
    old: &EventPlan,
    new: &EventPlan,
) -> Result<bool, AppError> {
    let new_limits = limits(new);
    if new_limits == limits(old) {
        return Ok(false);
    }
    let most_in_one_country = store::seats::country_counts(conn, before.row.id)?
        .into_iter()
        .map(|(_, n)| n)
        .max()
        .unwrap_or(0);
    check_new_limits(&new_limits, before.row.confirmed_count, most_in_one_country)
        .map_err(|(field, message)| AppError::invalid_field(field, message))?;
    Ok(true)
}

/// Changes an event. A new time or venue raises the calendar sequence and, once
/// published, mails every confirmed and waitlisted registrant, in this transaction.
pub fn change(
    conn: &mut DbConnection,
    composer: &Composer,
    staff: &StaffUser,
    id: i64,
    patch: EventPatch,
    allow_overlap: bool,
    now: DateTime<Utc>,
) -> Result<EventView, AppError> {
    write_transaction(conn, |conn| {
        // Seat limits are checked and widened behind the event's lock.
        store::seats::lock(conn, id)?;
        let before = managed(conn, staff, id)?;
        if before.status() == EventStatus::Cancelled {
            return Err(AppError::Conflict(
                "A cancelled event cannot be changed.".into(),
            ));
        }
        let old = before.plan()?;
        let new = patch.apply(&old).map_err(AppError::invalid)?;
        store::groups::lock(conn, before.row.group_id)?;
        if new.span != old.span {
            check_conflict(
                conn,
                before.row.group_id,
                &new.span,
                Some(id),
                allow_overlap,
            )?;
        }
        let new_limits = check_limits(conn, &before, &old, &new)?;
        let moves = old.moves_people(&new);
        let row = store::events::update_plan(conn, id, &columns(&new), moves, now.naive_utc())?;
        let agenda = agenda_rows(id, &new);
        store::events::replace_agenda(conn, id, &agenda)?;
        let mut after = EventView {
            row,
            group: before.group.clone(),
            agenda,
        };
        if new_limits && crate::ops::cancellations::promote(conn, composer, id, now)? > 0 {
            after.row = store::events::find(conn, id)?.unwrap_or(after.row);
        }
        if moves && after.status() == EventStatus::Published {
            tell_registrants(
                conn,
                composer,
                &after,
                Some(&before),
                None,
                MailKind::EventChanged,
                now,
            )?;
        }
        let (subject, detail) = (
            format!("event {id}"),
            moves.then_some("time or venue changed"),
        );
        crate::ops::audit::record(
            conn,
            staff,
            About::event(id),
            "event.change",
            &subject,
            detail,
            now,
        )?;
        Ok(after)
    })
}

pub fn publish(
    conn: &mut DbConnection,
    staff: &StaffUser,
    id: i64,
    allow_overlap: bool,
    now: DateTime<Utc>,
) -> Result<EventView, AppError> {
    write_transaction(conn, |conn| {
        let view = managed(conn, staff, id)?;
        match view.status() {
            EventStatus::Published => return Ok(view),
            EventStatus::Cancelled => {
                return Err(AppError::Conflict(
                    "A cancelled event cannot be published.".into(),
                ))
            }
            EventStatus::Draft => {}
        }
        store::groups::lock(conn, view.row.group_id)?;
        check_conflict(
            conn,
            view.row.group_id,
            &view.span()?,
            Some(id),
            allow_overlap,
        )?;
        let row = store::events::set_status(conn, id, EventStatus::Published, now.naive_utc())?;
        crate::ops::audit::record(
            conn,
            staff,
            About::event(id),
            "event.publish",
            &format!("event {id}"),
            None,
            now,
        )?;
        Ok(EventView { row, ..view })
    })
}

/// Cancels an event (again: nothing). Registrants are told, with the organisers'
/// `message` when given, and so are invitees who have not answered (they may have
/// added the invitation's calendar entry, which the mail takes back).
pub fn cancel(
    conn: &mut DbConnection,
    composer: &Composer,
    staff: &StaffUser,
    id: i64,
    message: Option<String>,
    now: DateTime<Utc>,
) -> Result<EventView, AppError> {
    let message = crate::domain::values::optional_paragraphs(message.as_deref(), 2000)
        .map_err(|e| AppError::invalid_field("message", e.to_string()))?;
    write_transaction(conn, |conn| {
        let view = managed(conn, staff, id)?;
        if view.status() == EventStatus::Cancelled {
            return Ok(view);
        }
        let row = store::events::set_status(conn, id, EventStatus::Cancelled, now.naive_utc())?;
        let after = EventView { row, ..view };
        let said = message.as_deref();
        let told = tell_registrants(
            conn,
            composer,
            &after,
            None,
            said,
            MailKind::EventCancelled,
            now,
        )?;
        let invitees = tell_waiting_invitees(conn, composer, &after, said, now)?;
        let detail = format!("{told} registrants and {invitees} invitees mailed");
        crate::ops::audit::record(
            conn,
            staff,
            About::event(id),
            "event.cancel",
            &format!("event {id}"),
            Some(&detail),
            now,
        )?;
        Ok(after)
    })
}

/// Queues one email of `kind` to each confirmed and waitlisted registrant.
fn tell_registrants(
    conn: &mut DbConnection,
    composer: &Composer,
    event: &EventView,
    before: Option<&EventView>,
    message: Option<&str>,
    kind: MailKind,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let registrants = store::registrations::active(conn, event.row.id)?;
    // Rendered once per standing: a seat, or a place on the waiting list.
    let url = composer.public_url();
    let confirmed = event.calendar_attachment("event.ics", url, Some(SeatStatus::Confirmed));
    let waiting = event.calendar_attachment("event.ics", url, Some(SeatStatus::Waitlisted));
    for registrant in &registrants {
        let Ok(to) = EmailAddress::parse(&registrant.email) else {
            continue;
        };
        let language = Language::parse(&registrant.language).unwrap_or_default();
        let mut email = event_email(event, composer, kind, to, Some(&registrant.name), language);
        if let Some(before) = before {
            let was = event_context(before, composer.public_url(), language);
            email.context.insert("before", &was);
        }
        let manage = composer.link(&format!("/registrations/{}", registrant.manage_token));
        email.context.insert("manage_url", &manage);
        if let Some(message) = message {
            email.context.insert("reason", message);
        }
        let waits = SeatStatus::parse(&registrant.status) == Some(SeatStatus::Waitlisted);
        email.attachment = Some(if waits { &waiting } else { &confirmed }.clone());
        crate::ops::mail::queue(conn, composer, email, now.naive_utc())?;
    }
    Ok(registrants.len())
}

/// Tells the invitees who neither registered nor declined that the event is
/// cancelled, taking back the calendar entry their invitation carried.
fn tell_waiting_invitees(
    conn: &mut DbConnection,
    composer: &Composer,
    event: &EventView,
    message: Option<&str>,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let registered: std::collections::HashSet<String> =
        store::registrations::for_event(conn, event.row.id)?
            .into_iter()
            .map(|r| r.email_key)
            .collect();
    let waiting: Vec<_> = store::invitations::for_event(conn, event.row.id)?
        .into_iter()
        .filter(|i| i.declined_at.is_none() && !registered.contains(&i.email_key))
        .collect();
    let url = composer.public_url();
    let calendar = event.calendar_attachment("invitation.ics", url, Some(SeatStatus::Cancelled));
    for invitee in &waiting {
        let Ok(to) = EmailAddress::parse(&invitee.email) else {
            continue;
        };
        let language = Language::parse(&invitee.language).unwrap_or_default();
        let (kind, name) = (MailKind::EventCancelled, invitee.name.as_deref());
        let mut email = event_email(event, composer, kind, to, name, language);
        if let Some(message) = message {
            email.context.insert("reason", message);
        }
        email.context.insert("invitee", &true);
        email.attachment = Some(calendar.clone());
        crate::ops::mail::queue(conn, composer, email, now.naive_utc())?;
    }
    Ok(waiting.len())
}
