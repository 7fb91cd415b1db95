//! Staff accounts: creating them, signing in, API tokens.

use chrono::{NaiveDateTime, TimeDelta};

use crate::db::{is_unique_violation, write_transaction, DbConnection};
use crate::domain::{EmailAddress, Password, Role, StaffUser};
use crate::error::AppError;
use crate::secrets;
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
        language: row
            .language
            .as_deref()
            .and_then(|l| crate::domain::Language::parse(l).ok()),
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
    let hash = secrets::hash_password(new.password.expose())?;
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
                language: None,
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
    if !secrets::verify_password(password, row.as_ref().map(|r| r.password_hash.as_str())) {
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
    let token = secrets::random_token(32);
    let expires_at = now + lifetime;
    store::staff::insert_token(conn, user_id, &secrets::hash_token(&token), now, expires_at)?;
    Ok((token, expires_at))
}

/// How long a staff session lives: `idle` without a request, `absolute` at most.
#[derive(Debug, Clone, Copy)]
pub struct SessionPolicy {
    pub idle: TimeDelta,
    pub absolute: TimeDelta,
}

impl SessionPolicy {
    /// How often a session in use is marked as used: a tenth of the idle time, at
    /// most a minute (a write per page view would cost more than it is worth).
    fn touch_every(&self) -> TimeDelta {
        (self.idle / 10).min(TimeDelta::minutes(1))
    }
}

/// Starts a server-side session for a user who has just signed in, ending the one
/// this browser had (`replacing`, a token hash); returns the token for the cookie
/// (only its hash is kept). Expired sessions go on the way.
pub fn start_session(
    conn: &mut DbConnection,
    user_id: i64,
    replacing: Option<&str>,
    policy: SessionPolicy,
    now: NaiveDateTime,
) -> Result<String, AppError> {
    let token = secrets::random_token(32);
    write_transaction(conn, |conn| {
        if let Some(previous) = replacing {
            store::staff::delete_session(conn, previous)?;
        }
        store::staff::purge_sessions(conn, now - policy.idle, now - policy.absolute)?;
        store::staff::insert_session(conn, user_id, &secrets::hash_token(&token), now)?;
        Ok::<_, AppError>(())
    })?;
    Ok(token)
}

/// The user of a live session, and the session's id when it is due to be marked
/// as used (see `touch_session`).
pub fn by_session(
    conn: &mut DbConnection,
    token_hash: &str,
    policy: SessionPolicy,
    now: NaiveDateTime,
) -> Result<Option<(StaffUser, Option<i64>)>, AppError> {
    let Some((id, last_seen, row)) =
        store::staff::find_session(conn, token_hash, now - policy.idle, now - policy.absolute)?
    else {
        return Ok(None);
    };
    let touch = (now - last_seen >= policy.touch_every()).then_some(id);
    Ok(Some((to_user(conn, row)?, touch)))
}

pub fn touch_session(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> Result<(), AppError> {
    Ok(store::staff::touch_session(conn, id, now)?)
}

/// Signing out: the session's row goes, so a copy of the cookie opens nothing.
pub fn end_session(conn: &mut DbConnection, token_hash: &str) -> Result<(), AppError> {
    store::staff::delete_session(conn, token_hash)?;
    Ok(())
}

/// The active account of an address, or 404.
fn active_account(conn: &mut DbConnection, email: &EmailAddress) -> Result<StaffRow, AppError> {
    store::staff::find_by_email_key(conn, &email.key())?
        .ok_or_else(|| AppError::NotFound(format!("There is no active account {email}.")))
}

/// Sets a new password and ends every session and API token of the account.
pub fn change_password(
    conn: &mut DbConnection,
    email: &EmailAddress,
    password: Password,
) -> Result<(), AppError> {
    let hash = secrets::hash_password(password.expose())?;
    write_transaction(conn, |conn| {
        let id = active_account(conn, email)?.id;
        store::staff::set_password_hash(conn, id, &hash)?;
        store::staff::revoke_all(conn, id)?;
        Ok(())
    })
}

/// Disables an account: sign-in refused, every session and API token ended.
pub fn disable(
    conn: &mut DbConnection,
    email: &EmailAddress,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    write_transaction(conn, |conn| {
        let id = active_account(conn, email)?.id;
        store::staff::disable(conn, id, now)?;
        store::staff::revoke_all(conn, id)?;
        Ok(())
    })
}
