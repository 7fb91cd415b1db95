//! Many sign-ups for one event decided together: the event's row is locked and read
//! once, every seat is decided in memory in arrival order (the same rules as one
//! at a time, `domain::seats`), and the rows, the counters and the confirmations
//! are written in a few statements whatever the number of people. This is what
//! lets a crowd on one event go faster than one commit per request.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::db::{write_transaction, DbConnection};
use crate::domain::mail::MailKind;
use crate::domain::people::{check_organisation_kind, NewRegistration};
use crate::domain::seats::SeatStatus;
use crate::error::AppError;
use crate::mail::Composer;
use crate::ops::registrations::{
    check_open, limits, register, registrant_email, resend_link, Registered, RegistrationView,
};
use crate::store::registrations::{NewRegistrationRow, RegistrationRow};
use crate::store::{self};

/// One person asking for a seat, with the moment they asked.
pub type SignUp = (NewRegistration, DateTime<Utc>);

/// Registers each sign-up as `registrations::register` would, in order, answering
/// each. Fails as a whole only when the database does; then nothing was written.
pub fn register_many(
    conn: &mut DbConnection,
    composer: &Composer,
    event_id: i64,
    sign_ups: Vec<SignUp>,
) -> Result<Vec<Result<Registered, AppError>>, AppError> {
    if sign_ups.len() == 1 {
        let (new, now) = sign_ups.into_iter().next().expect("one sign-up");
        return Ok(vec![register(conn, composer, event_id, new, now)]);
    }
    // Everyone is taken for new first: the insert itself tells whether one of
    // the addresses is registered already, and only then is the batch decided
    // again, after looking the addresses up.
    let first = write_transaction(conn, |conn| {
        decide_all(conn, composer, event_id, &sign_ups, Existing::AssumedNone)
    });
    if !matches!(first, Err(AppError::Conflict(_))) {
        return first;
    }
    match write_transaction(conn, |conn| {
        decide_all(conn, composer, event_id, &sign_ups, Existing::LookedUp)
    }) {
        // A registration for one of these addresses was written meanwhile by a
        // path that does not take the event's lock first: one at a time, each
        // then finds the other.
        Err(AppError::Conflict(_)) => Ok(sign_ups
            .into_iter()
            .map(|(new, now)| register(conn, composer, event_id, new, now))
            .collect()),
        other => other,
    }
}

/// Whether a batch is decided after looking up which of its addresses hold a
/// registration already.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Existing {
    AssumedNone,
    LookedUp,
}

/// What became of one sign-up while the batch is decided.
enum Answer {
    Done(Result<Registered, AppError>),
    /// Its address had this registration before the batch.
    Existing(Box<RegistrationRow>),
    /// The n-th new row.
    New(usize),
    /// Its address came earlier in the batch, as the n-th new row.
    Twin(usize),
}

fn decide_all(
    conn: &mut DbConnection,
    composer: &Composer,
    event_id: i64,
    sign_ups: &[SignUp],
    lookup: Existing,
) -> Result<Vec<Result<Registered, AppError>>, AppError> {
    let Some(event) = store::seats::lock(conn, event_id)? else {
        let missing = || AppError::NotFound(format!("There is no event {event_id}."));
        return Ok(sign_ups.iter().map(|_| Err(missing())).collect());
    };
    let keys: Vec<String> = sign_ups.iter().map(|(n, _)| n.person.email.key()).collect();
    let key_refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    let existing: HashMap<String, _> = if lookup == Existing::LookedUp {
        store::registrations::find_active_many(conn, event_id, &key_refs)?
            .into_iter()
            .map(|row| (row.email_key.clone(), row))
            .collect()
    } else {
        HashMap::new()
    };
    let known_kinds = if sign_ups
        .iter()
        .any(|(n, _)| n.person.organisation_kind.is_some())
    {
        store::registrations::organisation_kinds(conn)?
    } else {
        Vec::new()
    };
    let mut in_country: HashMap<String, i32> = store::seats::country_counts(conn, event_id)?
        .into_iter()
        .collect();
    let before: HashMap<String, i32> = in_country.clone();
    let rules = limits(&event);
    let mut confirmed = event.confirmed_count;
    // The organisation each new row names, in the rows' order.
    let mut named: Vec<crate::ops::organisations::Naming<'_>> = Vec::new();
    let tokens: Vec<String> = sign_ups
        .iter()
        .map(|_| crate::secrets::random_token(32))
        .collect();
    let mut rows: Vec<NewRegistrationRow> = Vec::new();
    let mut answers = Vec::with_capacity(sign_ups.len());
    let mut new_keys: HashMap<&str, usize> = HashMap::new();
    for (i, (new, now)) in sign_ups.iter().enumerate() {
        let key = keys[i].as_str();
        if let Err(closed) = check_open(&event, *now) {
            answers.push(Answer::Done(Err(closed)));
            continue;
        }
        if let Some(row) = existing.get(key) {
            answers.push(Answer::Existing(Box::new(row.clone())));
            continue;
        }
        if let Some(&n) = new_keys.get(key) {
            answers.push(Answer::Twin(n));
            continue;
        }
        let person = &new.person;
        if person.organisation_kind.is_some() {
            if let Err(message) =
                check_organisation_kind(&known_kinds, person.organisation_kind.as_deref())
            {
                let refused = AppError::invalid_field("organisation_kind", message);
                answers.push(Answer::Done(Err(refused)));
                continue;
            }
        }
        let country = person.country.as_str();
        let seats_in_country = in_country.entry(country.to_owned()).or_default();
        let decision = rules.decide(confirmed, *seats_in_country);
        if decision == SeatStatus::Confirmed {
            confirmed += 1;
            *seats_in_country += 1;
        }
        let organisation_kind = person.organisation_kind.as_deref();
        named.push((person.organisation.as_str(), country, organisation_kind));
        let at = now.naive_utc();
        new_keys.insert(key, rows.len());
        answers.push(Answer::New(rows.len()));
        rows.push(NewRegistrationRow {
            event_id,
            name: &person.name,
            email: person.email.as_str(),
            email_key: key,
            organisation: &person.organisation,
            country,
            language: person.language.code(),
            organisation_kind,
            note: new.note.as_deref(),
            status: decision.as_str(),
            manage_token: &tokens[i],
            created_at: at,
            updated_at: at,
            confirmed_at: (decision == SeatStatus::Confirmed).then_some(at),
            // Filled below, once for the whole batch.
            organisation_id: None,
        });
    }
    if let Some((_, first_asked)) = sign_ups.first() {
        let ids = crate::ops::organisations::resolve_many(conn, &named, *first_asked)?;
        for (row, id) in rows.iter_mut().zip(ids) {
            row.organisation_id = id;
        }
    }
    let waiting_before = if rows
        .iter()
        .any(|r| r.status != SeatStatus::Confirmed.as_str())
    {
        store::registrations::waitlisted_count(conn, event_id)?
    } else {
        0
    };
    let mut inserted = store::registrations::insert_new(conn, &rows)?;
    if inserted.len() < rows.len() {
        // Rolled back: the batch is decided again knowing who is registered.
        return Err(AppError::Conflict("registered already".into()));
    }
    // In arrival order: the ids were drawn in the order of the rows.
    inserted.sort_by_key(|row| row.id);
    let added = inserted.len() as i32;
    let added_confirmed = confirmed - event.confirmed_count;
    store::seats::add_to_counts(conn, event_id, added_confirmed, added - added_confirmed)?;
    let seated: Vec<(&str, i32)> = in_country
        .iter()
        .map(|(country, seats)| {
            let delta = seats - before.get(country).copied().unwrap_or(0);
            (country.as_str(), delta)
        })
        .filter(|(_, delta)| *delta > 0)
        .collect();
    store::seats::add_to_countries(conn, event_id, &seated)?;
    let mut row = event.clone();
    row.confirmed_count += added_confirmed;
    row.waitlisted_count += added - added_confirmed;
    let event_view = crate::ops::event_view::with_row(conn, row)?;
    let row_of: HashMap<&str, usize> = rows
        .iter()
        .enumerate()
        .map(|(n, row)| (row.manage_token, n))
        .collect();
    let mut views: Vec<Option<RegistrationView>> = vec![None; rows.len()];
    let mut position = waiting_before;
    let mut mails = Vec::with_capacity(inserted.len());
    for row in inserted {
        let waitlisted = row.status == SeatStatus::Waitlisted.as_str();
        let waitlist_position = waitlisted.then(|| {
            position += 1;
            position
        });
        let (kind, reason) = if waitlisted {
            let seats_in_country = in_country.get(&row.country).copied().unwrap_or(0);
            let reason = rules.wait_reason(confirmed, seats_in_country);
            (MailKind::RegistrationWaitlisted, reason)
        } else {
            (MailKind::RegistrationConfirmed, None)
        };
        let n = *row_of
            .get(row.manage_token.as_str())
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("a row not of the batch")))?;
        let view = RegistrationView {
            row,
            waitlist_position,
        };
        if let Some(email) = registrant_email(composer, &event_view, &view, kind, None, reason) {
            mails.push(crate::ops::mail::render(
                composer,
                email,
                view.row.created_at,
            )?);
        }
        views[n] = Some(view);
    }
    store::outbox::insert_many(conn, &mails)?;
    let mut results = Vec::with_capacity(answers.len());
    for (answer, (_, now)) in answers.into_iter().zip(sign_ups) {
        let created = |n: usize| {
            views[n]
                .clone()
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("a row was not inserted")))
        };
        results.push(match answer {
            Answer::Done(result) => result,
            Answer::New(n) => created(n).map(|view| Registered::Created(Box::new(view))),
            Answer::Twin(n) => created(n).map(|view| Registered::Existing(view.row.id)),
            // The holder is mailed their link again (once an hour at most).
            Answer::Existing(row) => resend_link(conn, composer, *row, *now),
        });
    }
    Ok(results)
}
