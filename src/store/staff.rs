//! Staff users, their groups and their API tokens.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{
    api_tokens, password_links, staff_groups, staff_sessions, staff_users, thematic_groups,
};
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
    pub language: Option<String>,
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
    pub language: Option<&'a str>,
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

pub fn insert_session(
    conn: &mut DbConnection,
    user_id: i64,
    token_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(staff_sessions::table)
        .values((
            staff_sessions::user_id.eq(user_id),
            staff_sessions::token_hash.eq(token_hash),
            staff_sessions::created_at.eq(now),
            staff_sessions::last_seen_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

/// A live session: its id, when it was last used, and its active user.
pub fn find_session(
    conn: &mut DbConnection,
    token_hash: &str,
    seen_after: NaiveDateTime,
    created_after: NaiveDateTime,
) -> QueryResult<Option<(i64, NaiveDateTime, StaffRow)>> {
    staff_sessions::table
        .inner_join(staff_users::table)
        .filter(staff_sessions::token_hash.eq(token_hash))
        .filter(staff_sessions::last_seen_at.gt(seen_after))
        .filter(staff_sessions::created_at.gt(created_after))
        .filter(staff_users::disabled_at.is_null())
        .select((
            staff_sessions::id,
            staff_sessions::last_seen_at,
            StaffRow::as_select(),
        ))
        .first(conn)
        .optional()
}

pub fn touch_session(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(staff_sessions::table.find(id))
        .set(staff_sessions::last_seen_at.eq(now))
        .execute(conn)
        .map(drop)
}

pub fn delete_session(conn: &mut DbConnection, token_hash: &str) -> QueryResult<usize> {
    diesel::delete(staff_sessions::table.filter(staff_sessions::token_hash.eq(token_hash)))
        .execute(conn)
}

/// Ends every session and API token of a user (password changed, account disabled).
pub fn revoke_all(conn: &mut DbConnection, user_id: i64) -> QueryResult<usize> {
    let sessions =
        diesel::delete(staff_sessions::table.filter(staff_sessions::user_id.eq(user_id)))
            .execute(conn)?;
    let tokens =
        diesel::delete(api_tokens::table.filter(api_tokens::user_id.eq(user_id))).execute(conn)?;
    Ok(sessions + tokens)
}

/// Deletes sessions idle since `seen_before` or begun before `created_before`.
pub fn purge_sessions(
    conn: &mut DbConnection,
    seen_before: NaiveDateTime,
    created_before: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::delete(
        staff_sessions::table.filter(
            staff_sessions::last_seen_at
                .le(seen_before)
                .or(staff_sessions::created_at.le(created_before)),
        ),
    )
    .execute(conn)
}

pub fn set_password_hash(conn: &mut DbConnection, user_id: i64, hash: &str) -> QueryResult<usize> {
    diesel::update(staff_users::table.find(user_id))
        .set(staff_users::password_hash.eq(hash))
        .execute(conn)
}

pub fn disable(conn: &mut DbConnection, user_id: i64, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(staff_users::table.find(user_id))
        .set(staff_users::disabled_at.eq(now))
        .execute(conn)
}

/// Every account, active or not, by address.
pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<StaffRow>> {
    staff_users::table
        .order(staff_users::email_key.asc())
        .select(StaffRow::as_select())
        .load(conn)
}

/// An account whatever its state (`find_by_id` finds active ones only).
pub fn find_any(conn: &mut DbConnection, id: i64) -> QueryResult<Option<StaffRow>> {
    staff_users::table
        .find(id)
        .select(StaffRow::as_select())
        .first(conn)
        .optional()
}

/// The slugs of each account's groups: (user id, slug).
pub fn group_slugs(conn: &mut DbConnection) -> QueryResult<Vec<(i64, String)>> {
    staff_groups::table
        .inner_join(thematic_groups::table)
        .select((staff_groups::user_id, thematic_groups::slug))
        .order(thematic_groups::slug.asc())
        .load(conn)
}

/// Sets the name and role.
/// Sets the language of an account's pages and mail (`None`: their browser's).
pub fn set_language(
    conn: &mut DbConnection,
    user_id: i64,
    language: Option<&str>,
) -> QueryResult<usize> {
    diesel::update(staff_users::table.find(user_id))
        .set(staff_users::language.eq(language))
        .execute(conn)
}

/// Ends the unused links to set a password an account has (a new one replaces them).
pub fn expire_password_links(
    conn: &mut DbConnection,
    user_id: i64,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    use crate::db::schema::password_links;
    diesel::update(
        password_links::table
            .filter(password_links::user_id.eq(user_id))
            .filter(password_links::used_at.is_null())
            .filter(password_links::expires_at.gt(now)),
    )
    .set(password_links::expires_at.eq(now))
    .execute(conn)
}

pub fn update(conn: &mut DbConnection, user_id: i64, name: &str, role: &str) -> QueryResult<usize> {
    diesel::update(staff_users::table.find(user_id))
        .set((
            staff_users::display_name.eq(name),
            staff_users::role.eq(role),
        ))
        .execute(conn)
}

/// Replaces the groups of an account.
pub fn replace_groups(conn: &mut DbConnection, user_id: i64, group_ids: &[i64]) -> QueryResult<()> {
    diesel::delete(staff_groups::table.filter(staff_groups::user_id.eq(user_id))).execute(conn)?;
    assign_groups(conn, user_id, group_ids)
}

pub fn enable(conn: &mut DbConnection, user_id: i64) -> QueryResult<usize> {
    diesel::update(staff_users::table.find(user_id))
        .set(staff_users::disabled_at.eq(None::<NaiveDateTime>))
        .execute(conn)
}

/// How many active admins there are.
pub fn active_admins(conn: &mut DbConnection) -> QueryResult<i64> {
    staff_users::table
        .filter(staff_users::role.eq("admin"))
        .filter(staff_users::disabled_at.is_null())
        .count()
        .get_result(conn)
}

pub fn insert_password_link(
    conn: &mut DbConnection,
    user_id: i64,
    token_hash: &str,
    now: NaiveDateTime,
    expires_at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(password_links::table)
        .values((
            password_links::user_id.eq(user_id),
            password_links::token_hash.eq(token_hash),
            password_links::created_at.eq(now),
            password_links::expires_at.eq(expires_at),
        ))
        .execute(conn)
        .map(drop)
}

/// Uses up an unused, unexpired link: returns its account's id, once.
pub fn use_password_link(
    conn: &mut DbConnection,
    token_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<i64>> {
    diesel::update(
        password_links::table
            .filter(password_links::token_hash.eq(token_hash))
            .filter(password_links::used_at.is_null())
            .filter(password_links::expires_at.gt(now)),
    )
    .set(password_links::used_at.eq(now))
    .returning(password_links::user_id)
    .get_result(conn)
    .optional()
}

/// Whether a link is still good (for the page that asks for the password).
pub fn password_link_user(
    conn: &mut DbConnection,
    token_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<i64>> {
    password_links::table
        .filter(password_links::token_hash.eq(token_hash))
        .filter(password_links::used_at.is_null())
        .filter(password_links::expires_at.gt(now))
        .select(password_links::user_id)
        .first(conn)
        .optional()
}
