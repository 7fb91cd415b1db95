//! Thematic groups: the five of the programme, and new ones admins add.

use chrono::NaiveDateTime;

use crate::db::{is_unique_violation, DbConnection};
use crate::domain::Slug;
use crate::error::AppError;
use crate::ops::audit::About;
use crate::store::{self, groups::GroupRow};

pub use crate::domain::groups::PROGRAMME_GROUPS;

/// Adds the programme's groups that do not exist yet; safe to run at every start.
pub fn seed(conn: &mut DbConnection, now: NaiveDateTime) -> Result<usize, AppError> {
    let mut added = 0;
    for (slug, name, description) in PROGRAMME_GROUPS {
        if store::groups::exists(conn, slug)? {
            continue;
        }
        let new = store::groups::NewGroup {
            slug,
            name,
            description,
            coordinating_organisation: None,
            created_at: now,
        };
        match store::groups::insert(conn, &new) {
            Ok(_) => added += 1,
            Err(e) if is_unique_violation(&e) => {} // another process seeded it meanwhile
            Err(e) => return Err(e.into()),
        }
    }
    Ok(added)
}

pub struct NewGroup {
    pub slug: Slug,
    pub name: String,
    pub description: String,
    pub coordinating_organisation: Option<String>,
}

/// Creates a group (admins only, checked by the caller), recorded in the audit log.
pub fn create(
    conn: &mut DbConnection,
    admin: &crate::domain::StaffUser,
    new: NewGroup,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<GroupRow, AppError> {
    let row = store::groups::NewGroup {
        slug: new.slug.as_str(),
        name: &new.name,
        description: &new.description,
        coordinating_organisation: new.coordinating_organisation.as_deref(),
        created_at: now.naive_utc(),
    };
    crate::db::write_transaction(conn, |conn| {
        let created = store::groups::insert(conn, &row).map_err(|e| {
            if is_unique_violation(&e) {
                AppError::invalid_field(
                    "slug",
                    format!("a group {:?} exists already", new.slug.as_str()),
                )
            } else {
                AppError::from(e)
            }
        })?;
        let subject = format!("group {}", created.slug);
        crate::ops::audit::record(
            conn,
            admin,
            About::group(created.id),
            "group.create",
            &subject,
            None,
            now,
        )?;
        Ok(created)
    })
}

pub fn find(conn: &mut DbConnection, slug: &str) -> Result<GroupRow, AppError> {
    store::groups::find_by_slug(conn, slug)?
        .ok_or_else(|| AppError::NotFound(format!("There is no group {slug:?}.")))
}
