//! Registrations for events.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::registrations;
use crate::db::DbConnection;
use crate::domain::seats::SeatStatus;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = registrations)]
pub struct RegistrationRow {
    pub id: i64,
    pub event_id: i64,
    pub name: String,
    pub email: String,
    pub email_key: String,
    pub organisation: String,
    pub country: String,
    pub language: String,
    pub organisation_kind: Option<String>,
    pub note: Option<String>,
    pub status: String,
    pub manage_token: String,
    pub attendance: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub confirmed_at: Option<NaiveDateTime>,
    pub cancelled_at: Option<NaiveDateTime>,
    /// When the manage link was last mailed again (see `mark_link_resent`).
    pub link_resent_at: Option<NaiveDateTime>,
    /// `None` when no organisation is named (or before the first start after the upgrade).
    pub organisation_id: Option<i64>,
}

/// Confirmed and waitlisted registrations of an event, in the order they came.
pub fn active(conn: &mut DbConnection, event_id: i64) -> QueryResult<Vec<RegistrationRow>> {
    registrations::table
        .filter(registrations::event_id.eq(event_id))
        .filter(registrations::status.ne(SeatStatus::Cancelled.as_str()))
        .order(registrations::id.asc())
        .select(RegistrationRow::as_select())
        .load(conn)
}

// Absent values are written as NULL rather than DEFAULT: one statement shape for
// every row, so that PostgreSQL keeps it prepared and takes many rows at once.
#[derive(Debug, Insertable)]
#[diesel(table_name = registrations, treat_none_as_default_value = false)]
pub struct NewRegistrationRow<'a> {
    pub event_id: i64,
    pub name: &'a str,
    pub email: &'a str,
    pub email_key: &'a str,
    pub organisation: &'a str,
    pub country: &'a str,
    pub language: &'a str,
    pub organisation_kind: Option<&'a str>,
    pub note: Option<&'a str>,
    pub status: &'a str,
    pub manage_token: &'a str,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub confirmed_at: Option<NaiveDateTime>,
    pub organisation_id: Option<i64>,
}

pub fn insert(conn: &mut DbConnection, row: &NewRegistrationRow) -> QueryResult<RegistrationRow> {
    diesel::insert_into(registrations::table)
        .values(row)
        .returning(registrations::all_columns)
        .get_result(conn)
}

/// Many registrations in few statements, returned in no particular order; a row
/// whose address holds an active registration of the event already is left out
/// (the unique index of active registrations decides, so a concurrent one is
/// found too). Callers compare the count: no lookup of the addresses beforehand
/// is needed for the usual batch, in which everyone is new.
pub fn insert_new(
    conn: &mut DbConnection,
    rows: &[NewRegistrationRow],
) -> QueryResult<Vec<RegistrationRow>> {
    let mut inserted = Vec::with_capacity(rows.len());
    crate::on_backend!(conn,
    postgres: |pg| {
        // Bind parameters are limited to 65,535 a statement.
        for chunk in rows.chunks(1000) {
            inserted.extend(
                diesel::insert_into(registrations::table)
                    .values(chunk)
                    .on_conflict_do_nothing()
                    .returning(registrations::all_columns)
                    .get_results(pg)?,
            );
        }
    },
    // In-process statements cost little; SQLite's batch insert returns nothing.
    sqlite: |lite| {
        for row in rows {
            inserted.extend(
                diesel::insert_into(registrations::table)
                    .values(row)
                    .on_conflict_do_nothing()
                    .returning(registrations::all_columns)
                    .get_results(lite)?,
            );
        }
    });
    Ok(inserted)
}

/// The active registrations of the event under any of these address keys.
pub fn find_active_many(
    conn: &mut DbConnection,
    event_id: i64,
    email_keys: &[&str],
) -> QueryResult<Vec<RegistrationRow>> {
    // As in the unique index of active registrations, the one to use here.
    registrations::table
        .filter(registrations::event_id.eq(event_id))
        .filter(registrations::email_key.eq_any(email_keys))
        .filter(super::written_out("registrations.status <> 'cancelled'"))
        .select(RegistrationRow::as_select())
        .load(conn)
}

/// How many wait for a seat of the event.
pub fn waitlisted_count(conn: &mut DbConnection, event_id: i64) -> QueryResult<i64> {
    registrations::table
        .filter(registrations::event_id.eq(event_id))
        .filter(registrations::status.eq(SeatStatus::Waitlisted.as_str()))
        .count()
        .get_result(conn)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<RegistrationRow>> {
    registrations::table
        .find(id)
        .select(RegistrationRow::as_select())
        .first(conn)
        .optional()
}

pub fn find_by_token(conn: &mut DbConnection, token: &str) -> QueryResult<Option<RegistrationRow>> {
    registrations::table
        .filter(registrations::manage_token.eq(token))
        .select(RegistrationRow::as_select())
        .first(conn)
        .optional()
}

/// The registration of this address for the event that is not cancelled.
pub fn find_active(
    conn: &mut DbConnection,
    event_id: i64,
    email_key: &str,
) -> QueryResult<Option<RegistrationRow>> {
    registrations::table
        .filter(registrations::event_id.eq(event_id))
        .filter(registrations::email_key.eq(email_key))
        .filter(registrations::status.ne(SeatStatus::Cancelled.as_str()))
        .select(RegistrationRow::as_select())
        .first(conn)
        .optional()
}

pub fn set_status(
    conn: &mut DbConnection,
    id: i64,
    status: SeatStatus,
    now: NaiveDateTime,
) -> QueryResult<RegistrationRow> {
    let row = registrations::table.find(id);
    let status_text = status.as_str();
    match status {
        SeatStatus::Confirmed => diesel::update(row)
            .set((
                registrations::status.eq(status_text),
                registrations::confirmed_at.eq(now),
                registrations::updated_at.eq(now),
            ))
            .returning(registrations::all_columns)
            .get_result(conn),
        _ => diesel::update(row)
            .set((
                registrations::status.eq(status_text),
                registrations::cancelled_at.eq(now),
                registrations::updated_at.eq(now),
            ))
            .returning(registrations::all_columns)
            .get_result(conn),
    }
}

pub fn set_attendance(
    conn: &mut DbConnection,
    id: i64,
    attendance: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<RegistrationRow> {
    diesel::update(registrations::table.find(id))
        .set((
            registrations::attendance.eq(attendance),
            registrations::updated_at.eq(now),
        ))
        .returning(registrations::all_columns)
        .get_result(conn)
}

/// Waitlisted registrations of the event in arrival order: (id, country).
pub fn waiting(conn: &mut DbConnection, event_id: i64) -> QueryResult<Vec<(i64, String)>> {
    registrations::table
        .filter(registrations::event_id.eq(event_id))
        .filter(registrations::status.eq(SeatStatus::Waitlisted.as_str()))
        .order(registrations::id.asc())
        .select((registrations::id, registrations::country))
        .load(conn)
}

/// 1 for the first in line.
pub fn waitlist_position(conn: &mut DbConnection, event_id: i64, id: i64) -> QueryResult<i64> {
    registrations::table
        .filter(registrations::event_id.eq(event_id))
        .filter(registrations::status.eq(SeatStatus::Waitlisted.as_str()))
        .filter(registrations::id.le(id))
        .count()
        .get_result(conn)
}

/// Every registration of the event, in arrival order.
pub fn for_event(conn: &mut DbConnection, event_id: i64) -> QueryResult<Vec<RegistrationRow>> {
    registrations::table
        .filter(registrations::event_id.eq(event_id))
        .order(registrations::id.asc())
        .select(RegistrationRow::as_select())
        .load(conn)
}

pub fn organisation_kinds(conn: &mut DbConnection) -> QueryResult<Vec<(String, String)>> {
    use crate::db::schema::organisation_kinds;
    organisation_kinds::table
        .order(organisation_kinds::name.asc())
        .select((organisation_kinds::code, organisation_kinds::name))
        .load(conn)
}

/// Confirmed registrations of published events starting in (from, until].
pub fn confirmed_starting_between(
    conn: &mut DbConnection,
    from: NaiveDateTime,
    until: NaiveDateTime,
) -> QueryResult<Vec<RegistrationRow>> {
    use crate::db::schema::events;
    registrations::table
        .inner_join(events::table)
        .filter(registrations::status.eq(SeatStatus::Confirmed.as_str()))
        .filter(events::status.eq("published"))
        .filter(events::starts_at.gt(from))
        .filter(events::starts_at.le(until))
        .order(registrations::id.asc())
        .select(RegistrationRow::as_select())
        .load(conn)
}

/// Every registration made with an address (by its key), in every event.
pub fn for_address(conn: &mut DbConnection, email_key: &str) -> QueryResult<Vec<RegistrationRow>> {
    registrations::table
        .filter(registrations::email_key.eq(email_key))
        .order(registrations::id.asc())
        .select(RegistrationRow::as_select())
        .load(conn)
}

pub fn count_for_address(conn: &mut DbConnection, email_key: &str) -> QueryResult<i64> {
    registrations::table
        .filter(registrations::email_key.eq(email_key))
        .count()
        .get_result(conn)
}

pub fn delete_for_address(conn: &mut DbConnection, email_key: &str) -> QueryResult<usize> {
    diesel::delete(registrations::table.filter(registrations::email_key.eq(email_key)))
        .execute(conn)
}

/// Removes who made the registration, keeping what the reports count (event,
/// status, country, organisation, kind, attendance). The key and token become
/// `erased:<id>`: one person each, and no link opens it (a link has no colon).
pub fn anonymise(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> QueryResult<usize> {
    let erased = format!("erased:{id}");
    diesel::update(registrations::table.find(id))
        .set((
            registrations::name.eq(""),
            registrations::email.eq(""),
            registrations::email_key.eq(&erased),
            registrations::manage_token.eq(&erased),
            registrations::note.eq(None::<String>),
            registrations::link_resent_at.eq(None::<NaiveDateTime>),
            registrations::updated_at.eq(now),
        ))
        .execute(conn)
}

/// Sets `link_resent_at` unless the link went out after `not_since`; whether it did.
pub fn mark_link_resent(
    conn: &mut DbConnection,
    id: i64,
    not_since: NaiveDateTime,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        registrations::table.find(id).filter(
            registrations::link_resent_at
                .is_null()
                .or(registrations::link_resent_at.le(not_since)),
        ),
    )
    .set(registrations::link_resent_at.eq(now))
    .execute(conn)
    .map(|n| n == 1)
}
