//! Organisations kept once (folded name and country), their aliases (organisations
//! merged into another), and the links of registrations and members to them.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{events, members, organisations, registrations};
use crate::db::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organisations)]
pub struct OrganisationRow {
    pub id: i64,
    pub key: String,
    pub country: String,
    pub name: String,
    pub kind: Option<String>,
    pub merged_into: Option<i64>,
    pub created_at: NaiveDateTime,
}

/// One organisation a batch of sign-ups names: its folded name and country, and
/// the name and kind it is created with when it is new.
#[derive(Debug, Clone, Copy)]
pub struct Named<'a> {
    pub key: &'a str,
    pub country: &'a str,
    pub name: &'a str,
    pub kind: Option<&'a str>,
}

/// The organisation each of `wanted` stands for (following a merge), created with
/// its name and kind when there is none, in `wanted`'s order; a concurrent creation
/// of the same one is not an error. One select when every organisation is known
/// (the usual case: people of one organisation sign up for many events), an insert
/// and a second select for the new ones, and an update only where a kind is learnt.
/// A batch of sign-ups used to pay two statements per organisation here
/// (BENCHMARKS.md, the statement log).
pub fn resolve_many(
    conn: &mut DbConnection,
    wanted: &[Named<'_>],
    now: NaiveDateTime,
) -> QueryResult<Vec<i64>> {
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    type Known = HashMap<(String, String), (i64, Option<i64>, Option<String>)>;
    fn load(conn: &mut DbConnection, keys: &[&str], known: &mut Known) -> QueryResult<()> {
        let rows: Vec<OrganisationRow> = organisations::table
            .filter(organisations::key.eq_any(keys))
            .select(OrganisationRow::as_select())
            .load(conn)?;
        for row in rows {
            known.insert((row.key, row.country), (row.id, row.merged_into, row.kind));
        }
        Ok(())
    }
    let found = |known: &Known, named: &Named<'_>| {
        known.contains_key(&(named.key.to_owned(), named.country.to_owned()))
    };
    let mut keys: Vec<&str> = wanted.iter().map(|named| named.key).collect();
    keys.sort_unstable();
    keys.dedup();
    let mut known = Known::new();
    load(conn, &keys, &mut known)?;
    // In key order, so that two batches creating the same organisations take
    // their index entries in the same order rather than in opposite ones.
    let mut missing: Vec<&Named<'_>> = wanted.iter().filter(|n| !found(&known, n)).collect();
    missing.sort_by_key(|named| (named.key, named.country));
    missing.dedup_by_key(|named| (named.key, named.country));
    if !missing.is_empty() {
        let rows: Vec<_> = missing
            .iter()
            .map(|named| {
                (
                    organisations::key.eq(named.key),
                    organisations::country.eq(named.country),
                    organisations::name.eq(named.name),
                    organisations::kind.eq(named.kind),
                    organisations::created_at.eq(now),
                )
            })
            .collect();
        crate::on_backend!(conn, |c| diesel::insert_into(organisations::table)
            .values(&rows)
            .on_conflict((organisations::key, organisations::country))
            .do_nothing()
            .execute(c)?);
        let mut new_keys: Vec<&str> = missing.iter().map(|named| named.key).collect();
        new_keys.dedup();
        load(conn, &new_keys, &mut known)?;
    }
    let mut ids = Vec::with_capacity(wanted.len());
    let mut kinds_learnt: Vec<(i64, &str)> = Vec::new();
    for named in wanted {
        let entry = known
            .get_mut(&(named.key.to_owned(), named.country.to_owned()))
            .ok_or(diesel::result::Error::NotFound)?;
        let (id, merged_into, known_kind) = entry;
        let id = merged_into.unwrap_or(*id);
        if let (None, Some(kind)) = (known_kind.as_ref(), named.kind) {
            // The kind comes from the registrations; the first one that names it.
            kinds_learnt.push((id, kind));
            *known_kind = Some(kind.to_owned());
        }
        ids.push(id);
    }
    // By id, for the same reason as the inserts are in key order.
    kinds_learnt.sort_by_key(|(id, _)| *id);
    for (id, kind) in kinds_learnt {
        diesel::update(
            organisations::table
                .find(id)
                .filter(organisations::kind.is_null()),
        )
        .set(organisations::kind.eq(kind))
        .execute(conn)?;
    }
    Ok(ids)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<OrganisationRow>> {
    organisations::table
        .find(id)
        .select(OrganisationRow::as_select())
        .first(conn)
        .optional()
}

/// Organisations that are not aliases, by name, whose folded name or one of whose
/// aliases contains `key_part` (empty: all), at most `limit`.
pub fn search(
    conn: &mut DbConnection,
    key_part: &str,
    limit: i64,
) -> QueryResult<Vec<OrganisationRow>> {
    let mut query = organisations::table
        .filter(organisations::merged_into.is_null())
        .select(OrganisationRow::as_select())
        .order((organisations::name.asc(), organisations::id.asc()))
        .limit(limit)
        .into_boxed();
    if !key_part.is_empty() {
        // A folded key holds letters and digits only: no LIKE wildcards.
        let pattern = format!("%{key_part}%");
        let alias = diesel::alias!(organisations as alias);
        let via_alias = alias
            .filter(alias.field(organisations::merged_into).is_not_null())
            .filter(alias.field(organisations::key).like(pattern.clone()))
            .select(alias.field(organisations::merged_into).assume_not_null());
        query = query.filter(
            organisations::key
                .like(pattern)
                .or(organisations::id.eq_any(via_alias)),
        );
    }
    query.load(conn)
}

/// The other organisations of `country` that are not aliases, by name: those one
/// can be merged into.
pub fn of_country(
    conn: &mut DbConnection,
    country: &str,
    except: i64,
    limit: i64,
) -> QueryResult<Vec<OrganisationRow>> {
    organisations::table
        .filter(organisations::country.eq(country))
        .filter(organisations::merged_into.is_null())
        .filter(organisations::id.ne(except))
        .order((organisations::name.asc(), organisations::id.asc()))
        .limit(limit)
        .select(OrganisationRow::as_select())
        .load(conn)
}

/// The events of the groups `group_ids` at which the organisation has
/// registrations.
pub fn events_of(
    conn: &mut DbConnection,
    organisation_id: i64,
    group_ids: &[i64],
) -> QueryResult<Vec<i64>> {
    registrations::table
        .inner_join(events::table)
        .filter(registrations::organisation_id.eq(organisation_id))
        .filter(events::group_id.eq_any(group_ids))
        .select(events::id)
        .distinct()
        .load(conn)
}

/// The spellings merged into each of `ids`: (organisation, alias name).
pub fn aliases(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<(i64, String)>> {
    organisations::table
        .filter(organisations::merged_into.eq_any(ids))
        .order(organisations::name.asc())
        .select((
            organisations::merged_into.assume_not_null(),
            organisations::name,
        ))
        .load(conn)
}

/// Participations (registrations marked attended) of each of `ids`.
pub fn participations(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<(i64, i64)>> {
    registrations::table
        .filter(registrations::organisation_id.eq_any(ids))
        .filter(registrations::attendance.eq("attended"))
        .group_by(registrations::organisation_id)
        .select((
            registrations::organisation_id.assume_not_null(),
            diesel::dsl::count_star(),
        ))
        .load(conn)
}

/// Makes `from` an alias of `into`: its own aliases, registrations and members
/// follow, and `into` takes its kind when it has none.
pub fn merge(conn: &mut DbConnection, from: &OrganisationRow, into: i64) -> QueryResult<()> {
    diesel::update(
        organisations::table.filter(
            organisations::id
                .eq(from.id)
                .or(organisations::merged_into.eq(from.id)),
        ),
    )
    .set(organisations::merged_into.eq(into))
    .execute(conn)?;
    diesel::update(registrations::table.filter(registrations::organisation_id.eq(from.id)))
        .set(registrations::organisation_id.eq(into))
        .execute(conn)?;
    diesel::update(members::table.filter(members::organisation_id.eq(from.id)))
        .set(members::organisation_id.eq(into))
        .execute(conn)?;
    if from.kind.is_some() {
        diesel::update(
            organisations::table
                .find(into)
                .filter(organisations::kind.is_null()),
        )
        .set(organisations::kind.eq(&from.kind))
        .execute(conn)?;
    }
    Ok(())
}

/// Names (with country and a kind) that registrations and members give and that
/// no organisation is linked for yet: what the first start after the upgrade links.
pub fn unlinked_names(
    conn: &mut DbConnection,
) -> QueryResult<Vec<(String, String, Option<String>)>> {
    let mut names: Vec<(String, String, Option<String>)> = registrations::table
        .filter(registrations::organisation_id.is_null())
        .filter(registrations::organisation.ne(""))
        .group_by((registrations::organisation, registrations::country))
        .select((
            registrations::organisation,
            registrations::country,
            diesel::dsl::max(registrations::organisation_kind),
        ))
        .load(conn)?;
    names.extend(
        members::table
            .filter(members::organisation_id.is_null())
            .filter(members::organisation.ne(""))
            .group_by((members::organisation, members::country))
            .select((
                members::organisation,
                members::country,
                diesel::dsl::max(members::organisation_kind),
            ))
            .load::<(String, String, Option<String>)>(conn)?,
    );
    Ok(names)
}

/// Links every registration and member that names `name` in `country` to `id`.
pub fn link_name(
    conn: &mut DbConnection,
    name: &str,
    country: &str,
    id: i64,
) -> QueryResult<usize> {
    let registrations = diesel::update(
        registrations::table
            .filter(registrations::organisation_id.is_null())
            .filter(registrations::organisation.eq(name))
            .filter(registrations::country.eq(country)),
    )
    .set(registrations::organisation_id.eq(id))
    .execute(conn)?;
    let members = diesel::update(
        members::table
            .filter(members::organisation_id.is_null())
            .filter(members::organisation.eq(name))
            .filter(members::country.eq(country)),
    )
    .set(members::organisation_id.eq(id))
    .execute(conn)?;
    Ok(registrations + members)
}

/// Names of organisations that are not aliases, for the registration form's
/// suggestions, most recent first.
pub fn names(conn: &mut DbConnection, limit: i64) -> QueryResult<Vec<String>> {
    organisations::table
        .filter(organisations::merged_into.is_null())
        .order(organisations::id.desc())
        .limit(limit)
        .select(organisations::name)
        .load(conn)
}
