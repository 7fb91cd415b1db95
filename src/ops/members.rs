//! A group's mailing list: adding members (idempotent by address), removing them,
//! and a member leaving it from the link in an invitation.

use chrono::{DateTime, Utc};

use crate::db::{write_transaction, DbConnection};
use crate::domain::people::check_organisation_kind;
use crate::domain::people::NewMember;
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::ops::audit::About;
use crate::store::groups::GroupRow;
use crate::store::members::{MemberFields, MemberRow};
use crate::store::{self};

pub enum Saved {
    Created(MemberRow),
    Updated(MemberRow),
}

/// The group, if `staff` coordinates it (or is an admin); else 403.
pub fn managed_group(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
) -> Result<GroupRow, AppError> {
    let group = crate::ops::groups::find(conn, slug)?;
    if !staff.manages_group(group.id) {
        return Err(AppError::Forbidden(
            "You do not coordinate this group.".into(),
        ));
    }
    Ok(group)
}

/// Adds the member or, when the address is on the list already, updates the entry.
pub(super) fn save_one(
    conn: &mut DbConnection,
    group_id: i64,
    member: &NewMember,
    now: DateTime<Utc>,
) -> Result<Saved, AppError> {
    let organisation_id = crate::ops::organisations::resolve(
        conn,
        &member.organisation,
        member.country.as_str(),
        member.organisation_kind.as_deref(),
        now,
    )?;
    let fields = MemberFields {
        organisation_id,
        name: member.name.clone(),
        email: member.email.to_string(),
        organisation: member.organisation.clone(),
        country: member.country.to_string(),
        language: member.language.code().to_owned(),
        organisation_kind: member.organisation_kind.clone(),
    };
    let key = member.email.key();
    Ok(match store::members::find(conn, group_id, &key)? {
        Some(existing) => Saved::Updated(store::members::update(
            conn,
            existing.id,
            &fields,
            now.naive_utc(),
        )?),
        None => Saved::Created(store::members::insert(
            conn,
            group_id,
            &fields,
            &key,
            &crate::secrets::random_token(24),
            now.naive_utc(),
        )?),
    })
}

pub fn add(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
    member: NewMember,
    now: DateTime<Utc>,
) -> Result<Saved, AppError> {
    write_transaction(conn, |conn| {
        let group = managed_group(conn, staff, slug)?;
        let kinds = store::registrations::organisation_kinds(conn)?;
        check_organisation_kind(&kinds, member.organisation_kind.as_deref())
            .map_err(|m| AppError::invalid_field("organisation_kind", m))?;
        let saved = save_one(conn, group.id, &member, now)?;
        let (Saved::Created(row) | Saved::Updated(row)) = &saved;
        // The id, not the address: the log outlives an erased person.
        let subject = format!("member {} of group {}", row.id, group.slug);
        crate::ops::audit::record(
            conn,
            staff,
            About::group(group.id),
            "members.add",
            &subject,
            None,
            now,
        )?;
        Ok(saved)
    })
}

/// Members shown per page of the staff list.
pub const PAGE_SIZE: i64 = 100;

/// Page `page` (from 1) of a group's list, and how many members it has in all.
pub fn page(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
    page: i64,
) -> Result<(GroupRow, Vec<MemberRow>, i64), AppError> {
    let group = managed_group(conn, staff, slug)?;
    let offset = (page.max(1) - 1).saturating_mul(PAGE_SIZE);
    let (rows, total) = store::members::page(conn, group.id, PAGE_SIZE, offset)?;
    Ok((group, rows, total))
}

pub fn list(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
) -> Result<(GroupRow, Vec<MemberRow>), AppError> {
    let group = managed_group(conn, staff, slug)?;
    let members = store::members::list(conn, group.id)?;
    Ok((group, members))
}

/// One member of a group the staff member manages, or 404.
pub fn get(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
    id: i64,
) -> Result<(GroupRow, MemberRow), AppError> {
    let group = managed_group(conn, staff, slug)?;
    let member = store::members::find_by_id(conn, group.id, id)?
        .ok_or_else(|| AppError::NotFound(format!("The group has no member {id}.")))?;
    Ok((group, member))
}

pub fn remove(
    conn: &mut DbConnection,
    staff: &StaffUser,
    slug: &str,
    id: i64,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    write_transaction(conn, |conn| {
        let group = managed_group(conn, staff, slug)?;
        match store::members::delete(conn, group.id, id)? {
            0 => Err(AppError::NotFound(format!("The group has no member {id}."))),
            _ => {
                let subject = format!("member {id} of group {}", group.slug);
                crate::ops::audit::record(
                    conn,
                    staff,
                    About::group(group.id),
                    "members.remove",
                    &subject,
                    None,
                    now,
                )
            }
        }
    })
}

/// The group an unsubscribe link is for; 404 for a link that is not ours.
pub fn unsubscribe_group(conn: &mut DbConnection, token: &str) -> Result<GroupRow, AppError> {
    let member =
        store::members::find_by_unsubscribe_token(conn, token)?.ok_or_else(unknown_link)?;
    Ok(store::groups::find_by_id(conn, member.group_id)?)
}

fn unknown_link() -> AppError {
    AppError::NotFound("This unsubscribe link is not known.".into())
}

/// Stops invitations of the member's group (one click from the email; the token
/// is the key). Repeating it changes nothing. Returns the group.
pub fn unsubscribe(
    conn: &mut DbConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<GroupRow, AppError> {
    let member =
        store::members::find_by_unsubscribe_token(conn, token)?.ok_or_else(unknown_link)?;
    if member.unsubscribed_at.is_none() {
        store::members::set_unsubscribed(conn, member.id, Some(now.naive_utc()))?;
    }
    Ok(store::groups::find_by_id(conn, member.group_id)?)
}
