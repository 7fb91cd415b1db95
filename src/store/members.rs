//! The mailing list of each thematic group.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::members;
use crate::db::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = members)]
pub struct MemberRow {
    pub id: i64,
    pub group_id: i64,
    pub name: String,
    pub email: String,
    pub email_key: String,
    pub organisation: String,
    pub country: String,
    pub language: String,
    pub organisation_kind: Option<String>,
    pub unsubscribe_token: String,
    pub unsubscribed_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub organisation_id: Option<i64>,
}

/// The fields a member's entry carries, for insert and update alike.
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = members, treat_none_as_null = true)]
pub struct MemberFields {
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub country: String,
    pub language: String,
    pub organisation_kind: Option<String>,
    pub organisation_id: Option<i64>,
}

pub fn find(
    conn: &mut DbConnection,
    group_id: i64,
    email_key: &str,
) -> QueryResult<Option<MemberRow>> {
    members::table
        .filter(members::group_id.eq(group_id))
        .filter(members::email_key.eq(email_key))
        .select(MemberRow::as_select())
        .first(conn)
        .optional()
}

pub fn insert(
    conn: &mut DbConnection,
    group_id: i64,
    fields: &MemberFields,
    email_key: &str,
    unsubscribe_token: &str,
    now: NaiveDateTime,
) -> QueryResult<MemberRow> {
    diesel::insert_into(members::table)
        .values((
            fields,
            members::group_id.eq(group_id),
            members::email_key.eq(email_key),
            members::unsubscribe_token.eq(unsubscribe_token),
            members::created_at.eq(now),
            members::updated_at.eq(now),
        ))
        .returning(members::all_columns)
        .get_result(conn)
}

pub fn update(
    conn: &mut DbConnection,
    id: i64,
    fields: &MemberFields,
    now: NaiveDateTime,
) -> QueryResult<MemberRow> {
    diesel::update(members::table.find(id))
        .set((fields, members::updated_at.eq(now)))
        .returning(members::all_columns)
        .get_result(conn)
}

pub fn list(conn: &mut DbConnection, group_id: i64) -> QueryResult<Vec<MemberRow>> {
    members::table
        .filter(members::group_id.eq(group_id))
        .order((members::name.asc(), members::id.asc()))
        .select(MemberRow::as_select())
        .load(conn)
}

/// One page of the list, in the same order, and how many members there are.
pub fn page(
    conn: &mut DbConnection,
    group_id: i64,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<MemberRow>, i64)> {
    let rows = members::table
        .filter(members::group_id.eq(group_id))
        .order((members::name.asc(), members::id.asc()))
        .limit(limit)
        .offset(offset)
        .select(MemberRow::as_select())
        .load(conn)?;
    let total = members::table
        .filter(members::group_id.eq(group_id))
        .count()
        .get_result(conn)?;
    Ok((rows, total))
}

pub fn delete(conn: &mut DbConnection, group_id: i64, id: i64) -> QueryResult<usize> {
    diesel::delete(
        members::table
            .filter(members::id.eq(id))
            .filter(members::group_id.eq(group_id)),
    )
    .execute(conn)
}

pub fn find_by_unsubscribe_token(
    conn: &mut DbConnection,
    token: &str,
) -> QueryResult<Option<MemberRow>> {
    members::table
        .filter(members::unsubscribe_token.eq(token))
        .select(MemberRow::as_select())
        .first(conn)
        .optional()
}

pub fn set_unsubscribed(
    conn: &mut DbConnection,
    id: i64,
    at: Option<NaiveDateTime>,
) -> QueryResult<()> {
    diesel::update(members::table.find(id))
        .set(members::unsubscribed_at.eq(at))
        .execute(conn)
        .map(drop)
}

pub fn count_for_address(conn: &mut DbConnection, email_key: &str) -> QueryResult<i64> {
    members::table
        .filter(members::email_key.eq(email_key))
        .count()
        .get_result(conn)
}

/// Removes an address from every group's list. Invitations that point at these
/// entries must be gone first.
pub fn delete_for_address(conn: &mut DbConnection, email_key: &str) -> QueryResult<usize> {
    diesel::delete(members::table.filter(members::email_key.eq(email_key))).execute(conn)
}

/// A member of a group by id.
pub fn find_by_id(
    conn: &mut DbConnection,
    group_id: i64,
    id: i64,
) -> QueryResult<Option<MemberRow>> {
    members::table
        .filter(members::group_id.eq(group_id))
        .filter(members::id.eq(id))
        .select(MemberRow::as_select())
        .first(conn)
        .optional()
}
