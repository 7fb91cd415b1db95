//! Staff accounts: creating them, signing in, API tokens.

use chrono::{NaiveDateTime, TimeDelta};

use crate::auth;
use crate::db::{is_unique_violation, write_transaction, DbConnection};
use crate::domain::{EmailAddress, Password, Role, StaffUser};
use crate::error::AppError;
use crate::store::{self, staff::StaffRow};

fn to_user(conn: &mut DbConnection, row: StaffRow) -> Result<StaffUser, AppError> {
    let group_ids = store::staff::group_ids(conn, row.id)?;
    let role = Role::parse(&row.role)
        .map_err(|e| AppError::internal(anyhow::anyhow!("stored role: {e}")))?;
    Ok(StaffUser {
        id: row.id,
        email: row.email,
        display_name: row.display_name,
        role,
        group_ids,
    })
}

pub fn by_token(
    conn: &mut DbConnection,
    token_hash: &str,
    now: NaiveDateTime,
) -> Result<Option<StaffUser>, AppError> {
    store::staff::find_by_token(conn, token_hash, now)?
        .map(|row| to_user(conn, row))
        .transpose()
}

pub fn by_id(conn: &mut DbConnection, id: i64) -> Result<Option<StaffUser>, AppError> {
    store::staff::find_by_id(conn, id)?
        .map(|row| to_user(conn, row))
        .transpose()
}

pub struct NewStaffUser {
    pub email: EmailAddress,
    pub display_name: String,
    pub password: Password,
    pub role: Role,
    pub group_slugs: Vec<String>,
}

/// Creates a staff account with its groups. Hashing happens before the
/// transaction: it is slow on purpose and must not hold the write lock.
pub fn create(
    conn: &mut DbConnection,
    new: NewStaffUser,
    now: NaiveDateTime,
) -> Result<StaffUser, AppError> {
    let hash = auth::hash_password(new.password.expose())?;
    write_transaction(conn, |conn| {
        let found = store::groups::ids_by_slugs(conn, &new.group_slugs)?;
        if let Some(missing) = new
            .group_slugs
            .iter()
            .find(|slug| !found.iter().any(|(_, s)| s == *slug))
        {
            return Err(AppError::invalid_field(
                "group",
                format!("there is no group {missing:?}"),
            ));
        }
        let key = new.email.key();
        let row = store::staff::insert(
            conn,
            &store::staff::NewStaff {
                email: new.email.as_str(),
                email_key: &key,
                display_name: &new.display_name,
                password_hash: &hash,
                role: new.role.as_str(),
                created_at: now,
            },
        )
        .map_err(|e| {
            if is_unique_violation(&e) {
                AppError::Conflict(format!("A staff account for {} exists already.", new.email))
            } else {
                e.into()
            }
        })?;
        let group_ids: Vec<i64> = found.into_iter().map(|(id, _)| id).collect();
        store::staff::assign_groups(conn, row.id, &group_ids)?;
        to_user(conn, row)
    })
}

/// Creates the bootstrap admin unless an admin exists already. Returns whether it did.
pub fn ensure_bootstrap_admin(
    conn: &mut DbConnection,
    email: EmailAddress,
    password: Password,
    now: NaiveDateTime,
) -> Result<bool, AppError> {
    if store::staff::any_admin(conn)? {
        return Ok(false);
    }
    let new = NewStaffUser {
        display_name: email.to_string(),
        email,
        password,
        role: Role::Admin,
        group_slugs: vec![],
    };
    match create(conn, new, now) {
        Ok(_) => Ok(true),
        // Another process created it at the same moment.
        Err(AppError::Conflict(_)) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Checks an email and password; `None` when they do not match an active account.
pub fn authenticate(
    conn: &mut DbConnection,
    email: &str,
    password: &str,
) -> Result<Option<StaffUser>, AppError> {
    // No account has an address that does not parse; the password is still
    // checked (against nothing), so the answer takes as long either way.
    let row = match crate::domain::EmailAddress::parse(email) {
        Ok(address) => store::staff::find_by_email_key(conn, &address.key())?,
        Err(_) => None,
    };
    if !auth::verify_password(password, row.as_ref().map(|r| r.password_hash.as_str())) {
        return Ok(None);
    }
    row.map(|row| to_user(conn, row)).transpose()
}

/// Issues a new random API token for the user; only its hash is kept.
pub fn issue_token(
    conn: &mut DbConnection,
    user_id: i64,
    now: NaiveDateTime,
    lifetime: TimeDelta,
) -> Result<(String, NaiveDateTime), AppError> {
    let token = auth::random_token(32);
    let expires_at = now + lifetime;
    store::staff::insert_token(conn, user_id, &auth::hash_token(&token), now, expires_at)?;
    Ok((token, expires_at))
}
