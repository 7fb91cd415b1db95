//! Staff users, their groups and their API tokens.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{api_tokens, staff_groups, staff_users};
use crate::db::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = staff_users)]
pub struct StaffRow {
    pub id: i64,
    pub email: String,
    pub email_key: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: String,
    pub created_at: NaiveDateTime,
    pub disabled_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = staff_users)]
pub struct NewStaff<'a> {
    pub email: &'a str,
    pub email_key: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub role: &'a str,
    pub created_at: NaiveDateTime,
}

pub fn insert(conn: &mut DbConnection, staff: &NewStaff) -> QueryResult<StaffRow> {
    diesel::insert_into(staff_users::table)
        .values(staff)
        .returning(staff_users::all_columns)
        .get_result(conn)
}

pub fn assign_groups(conn: &mut DbConnection, user_id: i64, group_ids: &[i64]) -> QueryResult<()> {
    // One row at a time: the derived multi-backend connection has no batch insert.
    for group_id in group_ids {
        diesel::insert_into(staff_groups::table)
            .values((
                staff_groups::user_id.eq(user_id),
                staff_groups::group_id.eq(group_id),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn find_by_email_key(
    conn: &mut DbConnection,
    email_key: &str,
) -> QueryResult<Option<StaffRow>> {
    staff_users::table
        .filter(staff_users::email_key.eq(email_key))
        .filter(staff_users::disabled_at.is_null())
        .select(StaffRow::as_select())
        .first(conn)
        .optional()
}

pub fn find_by_id(conn: &mut DbConnection, id: i64) -> QueryResult<Option<StaffRow>> {
    staff_users::table
        .find(id)
        .filter(staff_users::disabled_at.is_null())
        .select(StaffRow::as_select())
        .first(conn)
        .optional()
}

pub fn group_ids(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<i64>> {
    staff_groups::table
        .filter(staff_groups::user_id.eq(user_id))
        .select(staff_groups::group_id)
        .load(conn)
}

pub fn any_admin(conn: &mut DbConnection) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        staff_users::table.filter(staff_users::role.eq("admin")),
    ))
    .get_result(conn)
}

pub fn insert_token(
    conn: &mut DbConnection,
    user_id: i64,
    token_hash: &str,
    now: NaiveDateTime,
    expires_at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::user_id.eq(user_id),
            api_tokens::token_hash.eq(token_hash),
            api_tokens::created_at.eq(now),
            api_tokens::expires_at.eq(expires_at),
        ))
        .execute(conn)
        .map(drop)
}

/// The user holding an unexpired token with this hash.
pub fn find_by_token(
    conn: &mut DbConnection,
    token_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<StaffRow>> {
    api_tokens::table
        .inner_join(staff_users::table)
        .filter(api_tokens::token_hash.eq(token_hash))
        .filter(api_tokens::expires_at.gt(now))
        .filter(staff_users::disabled_at.is_null())
        .select(StaffRow::as_select())
        .first(conn)
        .optional()
}
