//! What only the demo seed does to the database: checking that it is empty,
//! moving a filled event into the past, and dropping the mail it caused.

use diesel::prelude::*;

use crate::db::schema::{agenda_items, events, members, outbox, plans, registrations};
use crate::db::DbConnection;

/// Whether the database holds no events, plans, registrations or members.
pub fn is_empty(conn: &mut DbConnection) -> QueryResult<bool> {
    let events: i64 = events::table.count().get_result(conn)?;
    let plans: i64 = plans::table.count().get_result(conn)?;
    let registrations: i64 = registrations::table.count().get_result(conn)?;
    let members: i64 = members::table.count().get_result(conn)?;
    Ok(events + plans + registrations + members == 0)
}

/// Moves an event and its agenda `days` days back.
pub fn backdate_event(conn: &mut DbConnection, id: i64, days: i64) -> QueryResult<()> {
    let shift = chrono::TimeDelta::days(days);
    let (starts, ends): (chrono::NaiveDateTime, chrono::NaiveDateTime) = events::table
        .find(id)
        .select((events::starts_at, events::ends_at))
        .first(conn)?;
    diesel::update(events::table.find(id))
        .set((
            events::starts_at.eq(starts - shift),
            events::ends_at.eq(ends - shift),
        ))
        .execute(conn)?;
    let items: Vec<(i64, chrono::NaiveDateTime, chrono::NaiveDateTime)> = agenda_items::table
        .filter(agenda_items::event_id.eq(id))
        .select((
            agenda_items::id,
            agenda_items::starts_at,
            agenda_items::ends_at,
        ))
        .load(conn)?;
    for (item, starts, ends) in items {
        diesel::update(agenda_items::table.find(item))
            .set((
                agenda_items::starts_at.eq(starts - shift),
                agenda_items::ends_at.eq(ends - shift),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Drops every message waiting in the outbox: the seed's people are made up.
pub fn forget_queued_mail(conn: &mut DbConnection) -> QueryResult<usize> {
    diesel::delete(outbox::table.filter(outbox::status.eq("pending"))).execute(conn)
}
