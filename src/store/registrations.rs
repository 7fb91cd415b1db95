//! Registrations for events.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::registrations;
use crate::db::DbConnection;

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
}

/// Confirmed and waitlisted registrations of an event, in the order they came.
pub fn active(conn: &mut DbConnection, event_id: i64) -> QueryResult<Vec<RegistrationRow>> {
    registrations::table
        .filter(registrations::event_id.eq(event_id))
        .filter(registrations::status.ne("cancelled"))
        .order(registrations::id.asc())
        .select(RegistrationRow::as_select())
        .load(conn)
}
