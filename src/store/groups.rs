//! Thematic groups.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::thematic_groups;
use crate::db::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = thematic_groups)]
pub struct GroupRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub coordinating_organisation: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = thematic_groups)]
pub struct NewGroup<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub description: &'a str,
    pub coordinating_organisation: Option<&'a str>,
    pub created_at: NaiveDateTime,
}

pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<GroupRow>> {
    thematic_groups::table
        .order(thematic_groups::name.asc())
        .select(GroupRow::as_select())
        .load(conn)
}

pub fn find_by_slug(conn: &mut DbConnection, slug: &str) -> QueryResult<Option<GroupRow>> {
    thematic_groups::table
        .filter(thematic_groups::slug.eq(slug))
        .select(GroupRow::as_select())
        .first(conn)
        .optional()
}

pub fn ids_by_slugs(conn: &mut DbConnection, slugs: &[String]) -> QueryResult<Vec<(i64, String)>> {
    thematic_groups::table
        .filter(thematic_groups::slug.eq_any(slugs))
        .select((thematic_groups::id, thematic_groups::slug))
        .load(conn)
}

pub fn insert(conn: &mut DbConnection, group: &NewGroup) -> QueryResult<GroupRow> {
    diesel::insert_into(thematic_groups::table)
        .values(group)
        .returning(thematic_groups::all_columns)
        .get_result(conn)
}

pub fn exists(conn: &mut DbConnection, slug: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        thematic_groups::table.filter(thematic_groups::slug.eq(slug)),
    ))
    .get_result(conn)
}

/// Holds the group's row until the transaction ends, so that two people scheduling
/// for one group are checked for conflicts one after the other. A no-op UPDATE
/// locks the row on PostgreSQL; on SQLite the write transaction already excludes
/// every other writer.
pub fn lock(conn: &mut DbConnection, id: i64) -> QueryResult<()> {
    diesel::update(thematic_groups::table.find(id))
        // Not the key: "SET id = id" would make SQLite look for child rows in
        // every referencing table, scanning those without an index.
        .set(thematic_groups::name.eq(thematic_groups::name))
        .execute(conn)
        .map(drop)
}

pub fn find_by_id(conn: &mut DbConnection, id: i64) -> QueryResult<GroupRow> {
    thematic_groups::table
        .find(id)
        .select(GroupRow::as_select())
        .first(conn)
}
