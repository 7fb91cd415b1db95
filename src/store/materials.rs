//! Materials of events and groups. Lists never load a file's bytes; only a
//! download does.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::materials;
use crate::db::DbConnection;

/// A material without its bytes.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = materials)]
pub struct MaterialRow {
    pub id: i64,
    pub group_id: i64,
    pub event_id: Option<i64>,
    pub title: String,
    pub kind: String,
    pub language: Option<String>,
    pub visibility: String,
    pub url: Option<String>,
    pub file_name: Option<String>,
    pub content_type: Option<String>,
    pub size: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = materials)]
pub struct NewMaterialRow<'a> {
    pub group_id: i64,
    pub event_id: Option<i64>,
    pub title: &'a str,
    pub kind: &'static str,
    pub language: Option<&'static str>,
    pub visibility: &'static str,
    pub url: Option<&'a str>,
    pub file_name: Option<&'a str>,
    pub content_type: Option<&'a str>,
    pub size: Option<i64>,
    pub data: Option<&'a [u8]>,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

pub fn insert(conn: &mut DbConnection, new: &NewMaterialRow) -> QueryResult<i64> {
    diesel::insert_into(materials::table)
        .values(new)
        .returning(materials::id)
        .get_result(conn)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<MaterialRow>> {
    materials::table
        .find(id)
        .select(MaterialRow::as_select())
        .first(conn)
        .optional()
}

/// An event's materials, oldest first.
pub fn of_event(conn: &mut DbConnection, event_id: i64) -> QueryResult<Vec<MaterialRow>> {
    materials::table
        .filter(materials::event_id.eq(event_id))
        .order(materials::id.asc())
        .select(MaterialRow::as_select())
        .load(conn)
}

/// A group's own materials (not those of its events), oldest first.
pub fn of_group(conn: &mut DbConnection, group_id: i64) -> QueryResult<Vec<MaterialRow>> {
    materials::table
        .filter(materials::group_id.eq(group_id))
        .filter(materials::event_id.is_null())
        .order(materials::id.asc())
        .select(MaterialRow::as_select())
        .load(conn)
}

/// The bytes of a file material.
pub fn data(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Vec<u8>>> {
    materials::table
        .find(id)
        .select(materials::data)
        .first::<Option<Vec<u8>>>(conn)
        .optional()
        .map(Option::flatten)
}

pub fn delete(conn: &mut DbConnection, id: i64) -> QueryResult<usize> {
    diesel::delete(materials::table.find(id)).execute(conn)
}
