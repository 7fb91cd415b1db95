//! The seat counters on an event's row and per country, and the row lock every
//! seat decision is taken behind.

use diesel::prelude::*;

use crate::db::schema::events;
use crate::db::DbConnection;

use super::events::EventRow;

/// Takes the event's row lock until the transaction ends and returns the row as it
/// is now. Every seat decision for the event happens behind this lock. On SQLite
/// the write transaction (BEGIN IMMEDIATE) already excludes other writers, so a
/// read is enough. On PostgreSQL `FOR NO KEY UPDATE` is the lock an update of the
/// row takes (the no-op update used before), without writing a new version of the
/// row on every batch; it leaves alone the inserts of rows that point at the event
/// (their foreign-key checks take `FOR KEY SHARE`).
pub fn lock(conn: &mut DbConnection, id: i64) -> QueryResult<Option<EventRow>> {
    let row = events::table.find(id).select(events::all_columns);
    crate::on_backend!(
        conn,
        postgres: |c| row.for_no_key_update().first(c).optional(),
        sqlite: |c| row.first(c).optional()
    )
}

/// Moves the event's seat counters by the given amounts.
pub fn add_to_counts(
    conn: &mut DbConnection,
    id: i64,
    confirmed: i32,
    waitlisted: i32,
) -> QueryResult<()> {
    diesel::update(events::table.find(id))
        .set((
            events::confirmed_count.eq(events::confirmed_count + confirmed),
            events::waitlisted_count.eq(events::waitlisted_count + waitlisted),
        ))
        .execute(conn)
        .map(drop)
}

/// Confirmed seats per country of the event.
pub fn country_counts(conn: &mut DbConnection, event_id: i64) -> QueryResult<Vec<(String, i32)>> {
    use crate::db::schema::event_country_seats as seats;
    seats::table
        .filter(seats::event_id.eq(event_id))
        .select((seats::country, seats::confirmed))
        .load(conn)
}

/// Adds each `(country, seats)` (seats above zero) to the event's counters in one
/// statement: a batch of sign-ups moves the counters of every country it seated
/// at once, instead of one update per country (BENCHMARKS.md, the statement log).
/// Callers hold the event's lock.
pub fn add_to_countries(
    conn: &mut DbConnection,
    event_id: i64,
    seated: &[(&str, i32)],
) -> QueryResult<()> {
    use crate::db::schema::event_country_seats as seats;
    use diesel::upsert::excluded;
    if seated.is_empty() {
        return Ok(());
    }
    let rows: Vec<_> = seated
        .iter()
        .map(|(country, delta)| {
            (
                seats::event_id.eq(event_id),
                seats::country.eq(*country),
                seats::confirmed.eq(*delta),
            )
        })
        .collect();
    crate::on_backend!(conn, |c| diesel::insert_into(seats::table)
        .values(&rows)
        .on_conflict((seats::event_id, seats::country))
        .do_update()
        .set(seats::confirmed.eq(seats::confirmed + excluded(seats::confirmed)))
        .execute(c)?);
    Ok(())
}

/// Moves a country's confirmed seats of the event by `delta`. Callers hold the
/// event's lock, so the update-else-insert cannot race.
pub fn add_to_country(
    conn: &mut DbConnection,
    event_id: i64,
    country: &str,
    delta: i32,
) -> QueryResult<()> {
    use crate::db::schema::event_country_seats as seats;
    let updated = diesel::update(seats::table.find((event_id, country)))
        .set(seats::confirmed.eq(seats::confirmed + delta))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(seats::table)
            .values((
                seats::event_id.eq(event_id),
                seats::country.eq(country),
                seats::confirmed.eq(delta.max(0)),
            ))
            .execute(conn)?;
    }
    Ok(())
}
