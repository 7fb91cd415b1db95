//! Staff accounts as admins manage them: listing, inviting (the invitee sets their
//! own password from a single-use link), changing and disabling. Every change is
//! in the audit log; disabling ends the account's sessions and tokens at once.

use chrono::{DateTime, TimeDelta, Utc};
use tera::Context;

use crate::db::{is_unique_violation, write_transaction, DbConnection};
use crate::domain::mail::MailKind;
use crate::domain::staff::{check_groups, AccountPatch, NewAccount};
use crate::domain::{EmailAddress, Language, Password, Role, StaffUser};
use crate::error::AppError;
use crate::mail::{Composer, OutgoingEmail};
use crate::ops::audit::About;
use crate::secrets;
use crate::store::{self, staff::StaffRow};

/// How long a link to set a password works.
pub const LINK_LIFETIME: TimeDelta = TimeDelta::days(7);

/// What stands for "no password yet": no argon2 hash, so nothing verifies.
const NO_PASSWORD: &str = "!";

/// An account as admins see it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub name: String,
    /// admin or coordinator
    pub role: String,
    /// Slugs of the groups a coordinator manages
    pub groups: Vec<String>,
    /// false once disabled
    pub active: bool,
    /// false while the invited person has not set a password
    pub password_set: bool,
    /// The language of their pages and mail; null: their browser's
    pub language: Option<String>,
}

fn admin_only(staff: &StaffUser) -> Result<(), AppError> {
    match staff.is_admin() {
        true => Ok(()),
        false => Err(AppError::Forbidden(
            "Only an admin may manage staff accounts.".into(),
        )),
    }
}

fn account(row: StaffRow, slugs: &[(i64, String)]) -> Account {
    Account {
        groups: slugs
            .iter()
            .filter(|(user, _)| *user == row.id)
            .map(|(_, slug)| slug.clone())
            .collect(),
        active: row.disabled_at.is_none(),
        password_set: row.password_hash != NO_PASSWORD,
        language: row.language,
        id: row.id,
        email: row.email,
        name: row.display_name,
        role: row.role,
    }
}

/// Every account, by address (admins only).
pub fn list(conn: &mut DbConnection, staff: &StaffUser) -> Result<Vec<Account>, AppError> {
    admin_only(staff)?;
    let slugs = store::staff::group_slugs(conn)?;
    let rows = store::staff::list(conn)?;
    Ok(rows.into_iter().map(|row| account(row, &slugs)).collect())
}

/// One account (admins only), or 404.
pub fn get(conn: &mut DbConnection, staff: &StaffUser, id: i64) -> Result<Account, AppError> {
    admin_only(staff)?;
    let row = store::staff::find_any(conn, id)?
        .ok_or_else(|| AppError::NotFound(format!("There is no staff account {id}.")))?;
    Ok(account(row, &store::staff::group_slugs(conn)?))
}

/// The ids of groups by slug; an unknown slug is a 422 on `groups`.
fn group_ids(conn: &mut DbConnection, slugs: &[String]) -> Result<Vec<i64>, AppError> {
    let found = store::groups::ids_by_slugs(conn, slugs)?;
    match slugs
        .iter()
        .find(|slug| !found.iter().any(|(_, s)| s == *slug))
    {
        Some(missing) => Err(AppError::invalid_field(
            "groups",
            format!("there is no group {missing:?}"),
        )),
        None => Ok(found.into_iter().map(|(id, _)| id).collect()),
    }
}

/// Creates an account without a password and mails its holder a single-use link
/// to set one (valid `LINK_LIFETIME`). An address with an account is a 409.
pub fn invite(
    conn: &mut DbConnection,
    composer: &Composer,
    admin: &StaffUser,
    new: NewAccount,
    now: DateTime<Utc>,
) -> Result<Account, AppError> {
    admin_only(admin)?;
    let token = secrets::random_token(32);
    write_transaction(conn, |conn| {
        let groups = group_ids(conn, &new.groups)?;
        let key = new.email.key();
        let inserted = store::staff::insert(
            conn,
            &store::staff::NewStaff {
                email: new.email.as_str(),
                email_key: &key,
                display_name: &new.name,
                password_hash: NO_PASSWORD,
                role: new.role.as_str(),
                created_at: now.naive_utc(),
                language: Some(new.language.code()),
            },
        );
        let row = match inserted {
            Ok(row) => row,
            Err(e) if is_unique_violation(&e) => {
                return Err(AppError::Conflict(format!(
                    "A staff account for {} exists already.",
                    new.email
                )))
            }
            Err(e) => return Err(e.into()),
        };
        store::staff::assign_groups(conn, row.id, &groups)?;
        let link = Link {
            token: &token,
            to: new.email.clone(),
            name: &new.name,
            role: new.role,
            language: new.language,
        };
        mail_link(conn, composer, admin, row.id, link, now)?;
        let subject = format!("staff account {}", row.id);
        let detail = format!("{} {}", new.role, new.email);
        crate::ops::audit::record(
            conn,
            admin,
            About::default(),
            "staff.invite",
            &subject,
            Some(&detail),
            now,
        )?;
        Ok(account(row, &store::staff::group_slugs(conn)?))
    })
}

/// Who a link to set a password goes to, and in which words.
struct Link<'a> {
    token: &'a str,
    to: EmailAddress,
    name: &'a str,
    role: Role,
    language: Language,
}

/// Stores a new link to set a password (valid `LINK_LIFETIME`) and mails it.
fn mail_link(
    conn: &mut DbConnection,
    composer: &Composer,
    admin: &StaffUser,
    user_id: i64,
    link: Link,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let (naive, hash) = (now.naive_utc(), secrets::hash_token(link.token));
    store::staff::insert_password_link(conn, user_id, &hash, naive, naive + LINK_LIFETIME)?;
    let mut context = Context::new();
    context.insert("name", link.name);
    context.insert("inviter", &admin.display_name);
    context.insert("role", link.role.as_str());
    context.insert(
        "url",
        &composer.link(&format!("/staff/password/{}", link.token)),
    );
    let email = OutgoingEmail::new(MailKind::StaffInvitation, link.to, link.language, context);
    crate::ops::mail::queue(conn, composer, email, naive)?;
    Ok(())
}

/// Sends the holder of an account a new link to set their password, in the
/// language of their account: the invitation again for someone who has not
/// answered it, a way back in for someone who forgot theirs (the current password
/// works until the new one is set). The links sent before stop working. A
/// disabled account gets nothing (409).
pub fn invite_again(
    conn: &mut DbConnection,
    composer: &Composer,
    admin: &StaffUser,
    id: i64,
    now: DateTime<Utc>,
) -> Result<Account, AppError> {
    admin_only(admin)?;
    let token = secrets::random_token(32);
    write_transaction(conn, |conn| {
        let current = get(conn, admin, id)?;
        if !current.active {
            return Err(AppError::Conflict(
                "The account is disabled: enable it before sending it a link.".into(),
            ));
        }
        let to = EmailAddress::parse(&current.email)
            .map_err(|e| AppError::internal(anyhow::anyhow!("stored address: {e}")))?;
        let role = Role::parse(&current.role)
            .map_err(|e| AppError::internal(anyhow::anyhow!("stored role: {e}")))?;
        let language = current
            .language
            .as_deref()
            .and_then(|l| Language::parse(l).ok())
            .unwrap_or_default();
        store::staff::expire_password_links(conn, id, now.naive_utc())?;
        let link = Link {
            token: &token,
            to,
            name: &current.name,
            role,
            language,
        };
        mail_link(conn, composer, admin, id, link, now)?;
        let subject = format!("staff account {id}");
        let about = About::default();
        crate::ops::audit::record(conn, admin, about, "staff.reinvite", &subject, None, now)?;
        get(conn, admin, id)
    })
}

/// Changes an account's name, role, groups or whether it may sign in. Disabling
/// ends its sessions and tokens at once. The last active admin stays one.
pub fn change(
    conn: &mut DbConnection,
    admin: &StaffUser,
    id: i64,
    patch: AccountPatch,
    now: DateTime<Utc>,
) -> Result<Account, AppError> {
    admin_only(admin)?;
    write_transaction(conn, |conn| {
        let current = get(conn, admin, id)?;
        let Changed {
            role,
            name,
            groups,
            active,
            language,
        } = changed(&current, &patch)?;
        let was_admin = current.role == Role::Admin.as_str() && current.active;
        if was_admin && (role != Role::Admin || !active) && store::staff::active_admins(conn)? <= 1
        {
            return Err(AppError::Conflict(
                "This is the last active admin: make another admin first.".into(),
            ));
        }
        let ids = group_ids(conn, &groups)?;
        store::staff::update(conn, id, &name, role.as_str())?;
        store::staff::set_language(conn, id, language.as_deref())?;
        store::staff::replace_groups(conn, id, &ids)?;
        match (current.active, active) {
            (true, false) => {
                store::staff::disable(conn, id, now.naive_utc())?;
                store::staff::revoke_all(conn, id)?;
            }
            (false, true) => {
                store::staff::enable(conn, id)?;
            }
            _ => {}
        }
        let detail = format!(
            "{} {}{}",
            role,
            groups.join(","),
            if active { "" } else { " disabled" }
        );
        let subject = format!("staff account {id}");
        crate::ops::audit::record(
            conn,
            admin,
            About::default(),
            "staff.change",
            &subject,
            Some(detail.trim()),
            now,
        )?;
        get(conn, admin, id)
    })
}

/// An account as a change leaves it: the patch over what it is now, checked.
struct Changed {
    role: Role,
    name: String,
    groups: Vec<String>,
    active: bool,
    language: Option<String>,
}

fn changed(current: &Account, patch: &AccountPatch) -> Result<Changed, AppError> {
    let role = match patch.role.as_deref() {
        Some(raw) => Role::parse(raw).map_err(|e| AppError::invalid_field("role", e.0))?,
        None => {
            Role::parse(&current.role).map_err(|e| AppError::internal(anyhow::anyhow!("{e}")))?
        }
    };
    let name = match patch.name.as_deref().map(str::trim) {
        Some("") => return Err(AppError::invalid_field("name", "must not be empty")),
        Some(name) if name.chars().count() > 200 => {
            return Err(AppError::invalid_field(
                "name",
                "must be at most 200 characters",
            ))
        }
        Some(name) => name.to_owned(),
        None => current.name.clone(),
    };
    let groups = match (&patch.groups, role) {
        (Some(groups), _) => groups.clone(),
        // Made an admin: the groups go, an admin manages all.
        (None, Role::Admin) => Vec::new(),
        (None, Role::Coordinator) => current.groups.clone(),
    };
    check_groups(role, &groups).map_err(|m| AppError::invalid_field("groups", m))?;
    let language = match patch.language.as_deref().map(str::trim) {
        None => current.language.clone(),
        Some("") => None,
        Some(code) => Some(
            Language::parse(code)
                .map_err(|e| AppError::invalid_field("language", e.to_string()))?
                .code()
                .to_owned(),
        ),
    };
    Ok(Changed {
        role,
        name,
        groups,
        active: patch.active.unwrap_or(current.active),
        language,
    })
}

/// A link to set a password that is still good (unused, unexpired).
pub struct PasswordLink {
    /// The account's language, which the page speaks unless the reader chose one.
    pub language: Option<Language>,
}

/// The link to set a password, if it is still good.
pub fn password_link(
    conn: &mut DbConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<PasswordLink>, AppError> {
    let hash = secrets::hash_token(token);
    let Some(user) = store::staff::password_link_user(conn, &hash, now.naive_utc())? else {
        return Ok(None);
    };
    let account = store::staff::find_any(conn, user)?;
    let language = account
        .and_then(|a| a.language)
        .and_then(|code| Language::parse(&code).ok());
    Ok(Some(PasswordLink { language }))
}

/// Sets the password of the account a link was made for, once: the link is used
/// up, and any session or token of the account ends. A used, expired or unknown
/// link is a 404.
pub fn set_password(
    conn: &mut DbConnection,
    token: &str,
    password: Password,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    // Hashing is slow on purpose: before the transaction, not holding the writer.
    let hash = secrets::hash_password(password.expose())?;
    let link = secrets::hash_token(token);
    write_transaction(conn, |conn| {
        let user =
            store::staff::use_password_link(conn, &link, now.naive_utc())?.ok_or_else(|| {
                AppError::NotFound("This link is unknown, used already or expired.".into())
            })?;
        store::staff::set_password_hash(conn, user, &hash)?;
        store::staff::revoke_all(conn, user)?;
        Ok(())
    })
}
