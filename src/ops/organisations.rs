//! Organisations as records: the one a registration or member names, the staff
//! list and search, merging two spellings, and linking the rows held before
//! organisations were records.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::{write_transaction, DbConnection};
use crate::domain::organisations::fold;
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::ops::audit::About;
use crate::store;
use crate::store::reports::{ReportRow, RowFilter};

/// The organisation `name` in `country` stands for, created when new; `None`
/// when the name is blank (it names no organisation).
pub fn resolve(
    conn: &mut DbConnection,
    name: &str,
    country: &str,
    kind: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Option<i64>, AppError> {
    let ids = resolve_many(conn, &[(name, country, kind)], now)?;
    Ok(ids.into_iter().next().flatten())
}

/// One organisation a sign-up names, as written, in its country, with the kind
/// the sign-up gives.
pub type Naming<'a> = (&'a str, &'a str, Option<&'a str>);

/// `resolve` for each of `named` at once (`store::organisations::resolve_many`),
/// in their order.
pub fn resolve_many(
    conn: &mut DbConnection,
    named: &[Naming<'_>],
    now: DateTime<Utc>,
) -> Result<Vec<Option<i64>>, AppError> {
    let keys: Vec<String> = named.iter().map(|(name, _, _)| fold(name)).collect();
    let wanted: Vec<store::organisations::Named<'_>> = named
        .iter()
        .zip(&keys)
        .filter(|(_, key)| !key.is_empty())
        .map(|((name, country, kind), key)| store::organisations::Named {
            key,
            country,
            name: name.trim(),
            kind: *kind,
        })
        .collect();
    let mut ids = store::organisations::resolve_many(conn, &wanted, now.naive_utc())?.into_iter();
    Ok(keys
        .iter()
        .map(|key| if key.is_empty() { None } else { ids.next() })
        .collect())
}

/// An organisation as staff see it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub country: String,
    /// The kind of organisation the first registration naming it gave.
    pub kind: Option<String>,
    /// Other spellings merged into this one.
    pub aliases: Vec<String>,
    /// Registrations of it marked attended, at every event.
    pub participations: i64,
}

/// The most organisations one search answers.
pub const SEARCH_LIMIT: i64 = 200;

/// Organisations whose name or an alias contains `q` (folded), by name.
pub fn search(
    conn: &mut DbConnection,
    staff: &StaffUser,
    q: &str,
) -> Result<Vec<Organisation>, AppError> {
    let _ = staff; // Any staff member: organisations are shared by the groups.
    let rows = store::organisations::search(conn, &fold(q), SEARCH_LIMIT)?;
    with_figures(conn, rows)
}

/// The organisations with their aliases and participations.
fn with_figures(
    conn: &mut DbConnection,
    rows: Vec<store::organisations::OrganisationRow>,
) -> Result<Vec<Organisation>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut aliases: HashMap<i64, Vec<String>> = HashMap::new();
    for (id, name) in store::organisations::aliases(conn, &ids)? {
        aliases.entry(id).or_default().push(name);
    }
    let counts: HashMap<i64, i64> = store::organisations::participations(conn, &ids)?
        .into_iter()
        .collect();
    Ok(rows
        .into_iter()
        .map(|row| Organisation {
            participations: counts.get(&row.id).copied().unwrap_or(0),
            aliases: aliases.remove(&row.id).unwrap_or_default(),
            id: row.id,
            name: row.name,
            country: row.country,
            kind: row.kind,
        })
        .collect())
}

/// One organisation as its staff page shows it.
pub struct Profile {
    pub organisation: Organisation,
    /// Its confirmed registrations at the events of the caller's groups (every
    /// group for an admin), by event date.
    pub rows: Vec<ReportRow>,
    /// The organisations of its country it could be merged into.
    pub candidates: Vec<store::organisations::OrganisationRow>,
}

/// The organisation `id` with its registrations and the organisations it could
/// be merged into.
pub fn profile(conn: &mut DbConnection, staff: &StaffUser, id: i64) -> Result<Profile, AppError> {
    let row = current(conn, id)?;
    let group_ids: Vec<i64> = store::groups::list(conn)?
        .into_iter()
        .filter(|g| staff.manages_group(g.id))
        .map(|g| g.id)
        .collect();
    let events = store::organisations::events_of(conn, id, &group_ids)?;
    let only_this = RowFilter {
        organisation_id: Some(id),
        ..RowFilter::default()
    };
    let rows = store::reports::rows(conn, &events, &only_this)?;
    let candidates = store::organisations::of_country(conn, &row.country, id, SEARCH_LIMIT)?;
    let organisation = with_figures(conn, vec![row])?.remove(0);
    Ok(Profile {
        organisation,
        rows,
        candidates,
    })
}

/// `POST /api/v1/organisations/{id}/merge`.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MergeInput {
    /// The organisation that stays (required; optional here so that a missing one
    /// is reported after who is asking is checked).
    pub into: Option<i64>,
}

/// Makes organisation `id` an alias of `into`: its registrations and members
/// count for `into` from now on, and its spelling is matched to `into`.
pub fn merge(
    conn: &mut DbConnection,
    staff: &StaffUser,
    id: i64,
    into: i64,
    now: DateTime<Utc>,
) -> Result<Organisation, AppError> {
    write_transaction(conn, |conn| {
        let from = current(conn, id)?;
        let target = store::organisations::find(conn, into)?
            .filter(|row| row.merged_into.is_none())
            .ok_or_else(|| {
                AppError::invalid_field("into", "is not an organisation (or is an alias)")
            })?;
        if target.id == from.id {
            return Err(AppError::invalid_field("into", "is the same organisation"));
        }
        store::organisations::merge(conn, &from, target.id)?;
        let detail = format!(
            "{} ({}) into {} ({})",
            from.name, from.country, target.name, target.country
        );
        crate::ops::audit::record(
            conn,
            staff,
            About::default(),
            "organisation.merge",
            &format!("organisation {}", target.id),
            Some(&detail),
            now,
        )?;
        let merged = current(conn, target.id)?;
        let mut shown = with_figures(conn, vec![merged])?;
        Ok(shown.remove(0))
    })
}

fn current(
    conn: &mut DbConnection,
    id: i64,
) -> Result<store::organisations::OrganisationRow, AppError> {
    store::organisations::find(conn, id)?
        .filter(|row| row.merged_into.is_none())
        .ok_or_else(|| AppError::NotFound("No such organisation (it may have been merged).".into()))
}

/// Links every registration and member held from before organisations were
/// records (or written by an older instance) to its organisation; run at each
/// start after the migrations. Returns how many rows it linked.
pub fn link_unlinked(conn: &mut DbConnection, now: DateTime<Utc>) -> Result<usize, AppError> {
    write_transaction(conn, |conn| {
        let mut linked = 0;
        for (name, country, kind) in store::organisations::unlinked_names(conn)? {
            if let Some(id) = resolve(conn, &name, &country, kind.as_deref(), now)? {
                linked += store::organisations::link_name(conn, &name, &country, id)?;
            }
        }
        Ok(linked)
    })
}

/// Organisation names for the registration form to suggest.
pub fn suggestions(conn: &mut DbConnection) -> Result<Vec<String>, AppError> {
    Ok(store::organisations::names(conn, 500)?)
}
