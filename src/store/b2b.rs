//! B2B sessions, profiles, requests and meetings.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{
    b2b_meetings, b2b_profiles, b2b_requests, b2b_sent_entries, b2b_sessions, registrations,
};
use crate::db::DbConnection;
use crate::store::registrations::RegistrationRow;

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = b2b_sessions)]
pub struct SessionRow {
    pub event_id: i64,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub slot_minutes: i32,
    pub tables: i32,
    pub requests_close_at: NaiveDateTime,
    pub published_at: Option<NaiveDateTime>,
    pub outcomes_asked_at: Option<NaiveDateTime>,
    pub updated_at: NaiveDateTime,
}

pub fn session(conn: &mut DbConnection, event_id: i64) -> QueryResult<Option<SessionRow>> {
    b2b_sessions::table
        .find(event_id)
        .select(SessionRow::as_select())
        .first(conn)
        .optional()
}

/// Creates or replaces the session's settings; publication is kept.
pub fn save_session(conn: &mut DbConnection, row: &SessionRow) -> QueryResult<()> {
    let changed = diesel::update(b2b_sessions::table.find(row.event_id))
        .set((
            b2b_sessions::starts_at.eq(row.starts_at),
            b2b_sessions::ends_at.eq(row.ends_at),
            b2b_sessions::slot_minutes.eq(row.slot_minutes),
            b2b_sessions::tables.eq(row.tables),
            b2b_sessions::requests_close_at.eq(row.requests_close_at),
            b2b_sessions::updated_at.eq(row.updated_at),
        ))
        .execute(conn)?;
    if changed == 0 {
        diesel::insert_into(b2b_sessions::table)
            .values(row)
            .execute(conn)?;
    }
    Ok(())
}

pub fn mark_published(
    conn: &mut DbConnection,
    event_id: i64,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(b2b_sessions::table.find(event_id))
        .set(b2b_sessions::published_at.eq(at))
        .execute(conn)
        .map(drop)
}

pub fn mark_outcomes_asked(
    conn: &mut DbConnection,
    event_id: i64,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(b2b_sessions::table.find(event_id))
        .set(b2b_sessions::outcomes_asked_at.eq(at))
        .execute(conn)
        .map(drop)
}

/// Published sessions whose event ended before `before` and whose participants
/// were not yet asked what came of their meetings.
pub fn outcomes_due(conn: &mut DbConnection, before: NaiveDateTime) -> QueryResult<Vec<i64>> {
    use crate::db::schema::events;
    b2b_sessions::table
        .inner_join(events::table)
        .filter(b2b_sessions::published_at.is_not_null())
        .filter(b2b_sessions::outcomes_asked_at.is_null())
        .filter(events::status.eq("published"))
        .filter(events::ends_at.le(before))
        .select(b2b_sessions::event_id)
        .load(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = b2b_profiles)]
pub struct ProfileRow {
    pub id: i64,
    pub event_id: i64,
    pub registration_id: i64,
    pub offers: String,
    pub seeks: String,
    pub available: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A profile with the registration it belongs to (name, organisation, country,
/// language and whether the seat still holds).
#[derive(Debug, Clone)]
pub struct Participant {
    pub profile: ProfileRow,
    pub registration: RegistrationRow,
}

pub struct NewProfile<'a> {
    pub event_id: i64,
    pub registration_id: i64,
    pub offers: &'a str,
    pub seeks: &'a str,
    pub available: i64,
    pub now: NaiveDateTime,
}

/// Creates the registration's profile or changes it; returns its id.
pub fn save_profile(conn: &mut DbConnection, new: &NewProfile) -> QueryResult<i64> {
    let existing: Option<i64> = diesel::update(
        b2b_profiles::table.filter(b2b_profiles::registration_id.eq(new.registration_id)),
    )
    .set((
        b2b_profiles::offers.eq(new.offers),
        b2b_profiles::seeks.eq(new.seeks),
        b2b_profiles::available.eq(new.available),
        b2b_profiles::updated_at.eq(new.now),
    ))
    .returning(b2b_profiles::id)
    .get_result(conn)
    .optional()?;
    match existing {
        Some(id) => Ok(id),
        None => diesel::insert_into(b2b_profiles::table)
            .values((
                b2b_profiles::event_id.eq(new.event_id),
                b2b_profiles::registration_id.eq(new.registration_id),
                b2b_profiles::offers.eq(new.offers),
                b2b_profiles::seeks.eq(new.seeks),
                b2b_profiles::available.eq(new.available),
                b2b_profiles::created_at.eq(new.now),
                b2b_profiles::updated_at.eq(new.now),
            ))
            .returning(b2b_profiles::id)
            .get_result(conn),
    }
}

/// The event's profiles whose registration is still confirmed, by name.
pub fn participants(conn: &mut DbConnection, event_id: i64) -> QueryResult<Vec<Participant>> {
    let rows: Vec<(ProfileRow, RegistrationRow)> = b2b_profiles::table
        .inner_join(registrations::table)
        .filter(b2b_profiles::event_id.eq(event_id))
        .filter(registrations::status.eq("confirmed"))
        .order((registrations::name.asc(), b2b_profiles::id.asc()))
        .select((ProfileRow::as_select(), RegistrationRow::as_select()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(profile, registration)| Participant {
            profile,
            registration,
        })
        .collect())
}

pub fn participant(conn: &mut DbConnection, profile_id: i64) -> QueryResult<Option<Participant>> {
    b2b_profiles::table
        .inner_join(registrations::table)
        .filter(b2b_profiles::id.eq(profile_id))
        .select((ProfileRow::as_select(), RegistrationRow::as_select()))
        .first::<(ProfileRow, RegistrationRow)>(conn)
        .optional()
        .map(|row| {
            row.map(|(profile, registration)| Participant {
                profile,
                registration,
            })
        })
}

pub fn profile_of(
    conn: &mut DbConnection,
    registration_id: i64,
) -> QueryResult<Option<ProfileRow>> {
    b2b_profiles::table
        .filter(b2b_profiles::registration_id.eq(registration_id))
        .select(ProfileRow::as_select())
        .first(conn)
        .optional()
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = b2b_requests)]
pub struct RequestRow {
    pub id: i64,
    pub event_id: i64,
    pub from_profile: i64,
    pub to_profile: i64,
    pub message: String,
    pub status: String,
    pub created_at: NaiveDateTime,
    pub answered_at: Option<NaiveDateTime>,
    pub reminded_at: Option<NaiveDateTime>,
}

pub fn insert_request(
    conn: &mut DbConnection,
    event_id: i64,
    from: i64,
    to: i64,
    message: &str,
    now: NaiveDateTime,
) -> QueryResult<RequestRow> {
    diesel::insert_into(b2b_requests::table)
        .values((
            b2b_requests::event_id.eq(event_id),
            b2b_requests::from_profile.eq(from),
            b2b_requests::to_profile.eq(to),
            b2b_requests::message.eq(message),
            b2b_requests::status.eq("pending"),
            b2b_requests::created_at.eq(now),
        ))
        .returning(b2b_requests::all_columns)
        .get_result(conn)
}

/// Whether a request between the two exists, in either direction.
pub fn request_between(conn: &mut DbConnection, a: i64, b: i64) -> QueryResult<bool> {
    let count: i64 = b2b_requests::table
        .filter(
            (b2b_requests::from_profile
                .eq(a)
                .and(b2b_requests::to_profile.eq(b)))
            .or(b2b_requests::from_profile
                .eq(b)
                .and(b2b_requests::to_profile.eq(a))),
        )
        .count()
        .get_result(conn)?;
    Ok(count > 0)
}

pub fn request(conn: &mut DbConnection, id: i64) -> QueryResult<Option<RequestRow>> {
    b2b_requests::table
        .find(id)
        .select(RequestRow::as_select())
        .first(conn)
        .optional()
}

/// Requests a profile sent or received, oldest first.
pub fn requests_of(conn: &mut DbConnection, profile: i64) -> QueryResult<Vec<RequestRow>> {
    b2b_requests::table
        .filter(
            b2b_requests::from_profile
                .eq(profile)
                .or(b2b_requests::to_profile.eq(profile)),
        )
        .order(b2b_requests::id.asc())
        .select(RequestRow::as_select())
        .load(conn)
}

pub fn requests_of_event(conn: &mut DbConnection, event_id: i64) -> QueryResult<Vec<RequestRow>> {
    b2b_requests::table
        .filter(b2b_requests::event_id.eq(event_id))
        .order(b2b_requests::id.asc())
        .select(RequestRow::as_select())
        .load(conn)
}

/// Pending requests of sessions whose requests close between `from` and
/// `until`, with their event.
pub fn pending_closing_before(
    conn: &mut DbConnection,
    from: NaiveDateTime,
    until: NaiveDateTime,
) -> QueryResult<Vec<(RequestRow, i64)>> {
    b2b_requests::table
        .inner_join(b2b_sessions::table.on(b2b_sessions::event_id.eq(b2b_requests::event_id)))
        .filter(b2b_requests::status.eq("pending"))
        .filter(b2b_sessions::requests_close_at.gt(from))
        .filter(b2b_sessions::requests_close_at.le(until))
        .select((RequestRow::as_select(), b2b_sessions::event_id))
        .load(conn)
}

pub fn answer_request(
    conn: &mut DbConnection,
    id: i64,
    status: &'static str,
    now: NaiveDateTime,
) -> QueryResult<RequestRow> {
    diesel::update(b2b_requests::table.find(id))
        .set((
            b2b_requests::status.eq(status),
            b2b_requests::answered_at.eq(now),
        ))
        .returning(b2b_requests::all_columns)
        .get_result(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = b2b_meetings)]
pub struct MeetingRow {
    pub id: i64,
    pub event_id: i64,
    pub request_id: i64,
    pub slot: i32,
    pub table_number: i32,
    pub locked: bool,
    pub outcome_from: Option<String>,
    pub outcome_to: Option<String>,
    pub key_action_id: Option<i64>,
    pub created_at: NaiveDateTime,
}

/// A meeting with the request it holds (and so its two sides).
pub type Meeting = (MeetingRow, RequestRow);

pub fn meetings(conn: &mut DbConnection, event_id: i64) -> QueryResult<Vec<Meeting>> {
    b2b_meetings::table
        .inner_join(b2b_requests::table)
        .filter(b2b_meetings::event_id.eq(event_id))
        .order((b2b_meetings::slot.asc(), b2b_meetings::table_number.asc()))
        .select((MeetingRow::as_select(), RequestRow::as_select()))
        .load(conn)
}

pub fn meeting(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Meeting>> {
    b2b_meetings::table
        .inner_join(b2b_requests::table)
        .filter(b2b_meetings::id.eq(id))
        .select((MeetingRow::as_select(), RequestRow::as_select()))
        .first(conn)
        .optional()
}

/// A profile's meetings, by slot.
pub fn meetings_of(conn: &mut DbConnection, profile: i64) -> QueryResult<Vec<Meeting>> {
    b2b_meetings::table
        .inner_join(b2b_requests::table)
        .filter(
            b2b_requests::from_profile
                .eq(profile)
                .or(b2b_requests::to_profile.eq(profile)),
        )
        .order((b2b_meetings::slot.asc(), b2b_meetings::table_number.asc()))
        .select((MeetingRow::as_select(), RequestRow::as_select()))
        .load(conn)
}

pub fn insert_meeting(
    conn: &mut DbConnection,
    event_id: i64,
    request_id: i64,
    slot: i32,
    table: i32,
    locked: bool,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    diesel::insert_into(b2b_meetings::table)
        .values((
            b2b_meetings::event_id.eq(event_id),
            b2b_meetings::request_id.eq(request_id),
            b2b_meetings::slot.eq(slot),
            b2b_meetings::table_number.eq(table),
            b2b_meetings::locked.eq(locked),
            b2b_meetings::created_at.eq(now),
        ))
        .returning(b2b_meetings::id)
        .get_result(conn)
}

pub fn move_meeting(
    conn: &mut DbConnection,
    id: i64,
    slot: i32,
    table: i32,
    locked: bool,
) -> QueryResult<()> {
    diesel::update(b2b_meetings::table.find(id))
        .set((
            b2b_meetings::slot.eq(slot),
            b2b_meetings::table_number.eq(table),
            b2b_meetings::locked.eq(locked),
        ))
        .execute(conn)
        .map(drop)
}

pub fn set_key_action(conn: &mut DbConnection, id: i64, action: Option<i64>) -> QueryResult<()> {
    diesel::update(b2b_meetings::table.find(id))
        .set(b2b_meetings::key_action_id.eq(action))
        .execute(conn)
        .map(drop)
}

pub fn delete_meetings(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<usize> {
    if ids.is_empty() {
        return Ok(0);
    }
    diesel::delete(b2b_meetings::table.filter(b2b_meetings::id.eq_any(ids))).execute(conn)
}

/// Records one side's answer: `from_side` is the side that sent the request.
pub fn set_outcome(
    conn: &mut DbConnection,
    id: i64,
    from_side: bool,
    outcome: &'static str,
) -> QueryResult<()> {
    let target = b2b_meetings::table.find(id);
    if from_side {
        diesel::update(target)
            .set(b2b_meetings::outcome_from.eq(outcome))
            .execute(conn)
    } else {
        diesel::update(target)
            .set(b2b_meetings::outcome_to.eq(outcome))
            .execute(conn)
    }
    .map(drop)
}

/// The meetings of the given events with both sides' countries and the two
/// answers, for the participation report: (meeting, from country, to country,
/// outcome_from, outcome_to).
pub type MeetingFigure = (i64, String, String, Option<String>, Option<String>);

pub fn meeting_figures(
    conn: &mut DbConnection,
    event_ids: &[i64],
) -> QueryResult<Vec<MeetingFigure>> {
    if event_ids.is_empty() {
        return Ok(Vec::new());
    }
    let (from_profiles, to_profiles) = diesel::alias!(b2b_profiles as from_p, b2b_profiles as to_p);
    let (from_regs, to_regs) = diesel::alias!(registrations as from_r, registrations as to_r);
    b2b_meetings::table
        .inner_join(b2b_requests::table)
        .inner_join(
            from_profiles.on(from_profiles
                .field(b2b_profiles::id)
                .eq(b2b_requests::from_profile)),
        )
        .inner_join(
            to_profiles.on(to_profiles
                .field(b2b_profiles::id)
                .eq(b2b_requests::to_profile)),
        )
        .inner_join(
            from_regs.on(from_regs
                .field(registrations::id)
                .eq(from_profiles.field(b2b_profiles::registration_id))),
        )
        .inner_join(
            to_regs.on(to_regs
                .field(registrations::id)
                .eq(to_profiles.field(b2b_profiles::registration_id))),
        )
        .filter(b2b_meetings::event_id.eq_any(event_ids))
        .select((
            b2b_meetings::id,
            from_regs.field(registrations::country),
            to_regs.field(registrations::country),
            b2b_meetings::outcome_from,
            b2b_meetings::outcome_to,
        ))
        .load(conn)
}

/// A calendar entry as sent: the request, and where the meeting was then.
pub type SentEntry = (i64, NaiveDateTime, NaiveDateTime);

/// The entries the profile's calendar was last sent.
pub fn sent_entries(conn: &mut DbConnection, profile: i64) -> QueryResult<Vec<SentEntry>> {
    b2b_sent_entries::table
        .filter(b2b_sent_entries::profile_id.eq(profile))
        .select((
            b2b_sent_entries::request_id,
            b2b_sent_entries::starts_at,
            b2b_sent_entries::ends_at,
        ))
        .load(conn)
}

/// Records what the profile's calendar holds now.
pub fn replace_sent_entries(
    conn: &mut DbConnection,
    profile: i64,
    entries: &[SentEntry],
) -> QueryResult<()> {
    diesel::delete(b2b_sent_entries::table.filter(b2b_sent_entries::profile_id.eq(profile)))
        .execute(conn)?;
    for (request, starts_at, ends_at) in entries {
        diesel::insert_into(b2b_sent_entries::table)
            .values((
                b2b_sent_entries::profile_id.eq(profile),
                b2b_sent_entries::request_id.eq(request),
                b2b_sent_entries::starts_at.eq(starts_at),
                b2b_sent_entries::ends_at.eq(ends_at),
            ))
            .execute(conn)?;
    }
    Ok(())
}
