//! Invitations to events, one per address and event.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::invitations;
use crate::db::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = invitations)]
pub struct InvitationRow {
    pub id: i64,
    pub event_id: i64,
    pub member_id: Option<i64>,
    pub name: Option<String>,
    pub email: String,
    pub email_key: String,
    pub language: String,
    pub token: String,
    pub invited_at: NaiveDateTime,
    pub sent_count: i32,
    pub declined_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = invitations, treat_none_as_default_value = false)]
pub struct NewInvitation {
    pub event_id: i64,
    pub member_id: Option<i64>,
    pub name: Option<String>,
    pub email: String,
    pub email_key: String,
    pub language: String,
    pub token: String,
    pub invited_at: NaiveDateTime,
}

/// Many rows in few statements. The multi-backend connection has no batch insert,
/// so each backend's own connection does it.
pub fn insert_many(conn: &mut DbConnection, rows: &[NewInvitation]) -> QueryResult<()> {
    for chunk in rows.chunks(500) {
        crate::on_backend!(conn, |c| diesel::insert_into(invitations::table)
            .values(chunk)
            .execute(c)?);
    }
    Ok(())
}

pub fn for_event(conn: &mut DbConnection, event_id: i64) -> QueryResult<Vec<InvitationRow>> {
    invitations::table
        .filter(invitations::event_id.eq(event_id))
        .order(invitations::id.asc())
        .select(InvitationRow::as_select())
        .load(conn)
}

pub fn sent_again(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(invitations::table.find(id))
        .set((
            invitations::sent_count.eq(invitations::sent_count + 1),
            invitations::invited_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

pub fn find_by_token(conn: &mut DbConnection, token: &str) -> QueryResult<Option<InvitationRow>> {
    invitations::table
        .filter(invitations::token.eq(token))
        .select(InvitationRow::as_select())
        .first(conn)
        .optional()
}

pub fn decline(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(
        invitations::table
            .find(id)
            .filter(invitations::declined_at.is_null()),
    )
    .set(invitations::declined_at.eq(now))
    .execute(conn)
    .map(drop)
}

pub fn count_for_address(conn: &mut DbConnection, email_key: &str) -> QueryResult<i64> {
    invitations::table
        .filter(invitations::email_key.eq(email_key))
        .count()
        .get_result(conn)
}

pub fn delete_for_address(conn: &mut DbConnection, email_key: &str) -> QueryResult<usize> {
    diesel::delete(invitations::table.filter(invitations::email_key.eq(email_key))).execute(conn)
}
