//! Staff accounts in the product: the admins' page to list, invite, change and
//! disable them, and the page where an invited person sets their password.

use std::collections::BTreeMap;

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::web;

use super::language::PageLanguage;
use super::{checked_form, context, html, render, PageError, PageResult, Reader};
use crate::domain::staff::{AccountInput, AccountPatch};
use crate::domain::Password;
use crate::error::AppError;
use crate::ops::accounts;
use crate::web::auth::SessionStaff;
use crate::web::respond::see_other;
use crate::web::AppState;

type Values = BTreeMap<String, String>;

/// What the accounts page shows besides the list: a notice, or the invitation
/// form as typed with what was wrong.
#[derive(Default)]
struct Said {
    notice: Option<String>,
    form: Values,
    errors: BTreeMap<String, String>,
    status: StatusCode,
}

async fn accounts_page(reader: Reader<'_>, said: Said) -> PageResult {
    let Reader {
        state,
        session,
        staff,
        language,
    } = reader;
    let admin = staff.clone_admin()?;
    let (accounts, groups) = state
        .db
        .read(move |conn| {
            let groups = crate::store::groups::list(conn)?;
            Ok::<_, AppError>((accounts::list(conn, &admin)?, groups))
        })
        .await?;
    let mut ctx = context(session, Some(&staff.0), language);
    ctx.insert("accounts", &accounts);
    ctx.insert(
        "groups",
        &super::views::groups_in(groups, language.language),
    );
    ctx.insert("languages", &super::language::choices());
    ctx.insert("notice", &said.notice);
    ctx.insert("form", &said.form);
    ctx.insert("errors", &said.errors);
    Ok(html(said.status, render(state, "accounts.html", &ctx)?))
}

pub async fn list(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    query: web::Query<Values>,
    language: PageLanguage,
) -> PageResult {
    let notice = query.get("done").map(|done| match done.as_str() {
        "invited" | "reinvited" => language.say("acc-notice-invited", &[]),
        _ => language.say("acc-notice-saved", &[]),
    });
    let said = Said {
        notice,
        ..Said::default()
    };
    let reader = Reader::of(&state, &session, &staff, &language);
    accounts_page(reader, said).await
}

/// The groups ticked on a form (`group-<slug>` boxes).
fn ticked_groups(form: &Values) -> Vec<String> {
    form.keys()
        .filter_map(|key| key.strip_prefix("group-"))
        .map(str::to_owned)
        .collect()
}

pub async fn invite(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    form: web::Form<Vec<(String, String)>>,
    language: PageLanguage,
) -> PageResult {
    let form = checked_form(&session, form.into_inner())?;
    let admin = staff.clone_admin()?;
    let reader = Reader::of(&state, &session, &staff, &language);
    let field = |key: &str| form.get(key).cloned().filter(|v| !v.trim().is_empty());
    let input = AccountInput {
        email: field("email"),
        name: field("name"),
        role: field("role"),
        groups: Some(ticked_groups(&form)),
        language: field("language"),
    };
    let refused = |errors: BTreeMap<String, String>, status| Said {
        form: form.clone(),
        errors: errors
            .into_iter()
            .map(|(field, message)| {
                let message = super::language::field_error(language.language, &message);
                (field, message)
            })
            .collect(),
        status,
        notice: None,
    };
    let new = match input.parse() {
        Ok(new) => new,
        Err(errors) => {
            let said = refused(errors.into_map(), StatusCode::UNPROCESSABLE_ENTITY);
            return accounts_page(reader, said).await;
        }
    };
    let now = chrono::Utc::now();
    let invited = state
        .write_and_send(move |conn, composer| accounts::invite(conn, composer, &admin, new, now))
        .await;
    match invited {
        Ok(_) => Ok(see_other("/staff/accounts?done=invited")),
        Err(AppError::Conflict(message)) => {
            let message = super::language::conflict_message(language.language, &message);
            let errors = BTreeMap::from([("email".to_owned(), message)]);
            accounts_page(reader, refused(errors, StatusCode::CONFLICT)).await
        }
        Err(AppError::InvalidInput { fields, .. }) => {
            let said = refused(fields, StatusCode::UNPROCESSABLE_ENTITY);
            accounts_page(reader, said).await
        }
        Err(other) => Err(PageError(other)),
    }
}

async fn edit_page(
    reader: Reader<'_>,
    id: i64,
    problem: Option<String>,
    status: StatusCode,
) -> PageResult {
    let Reader {
        state,
        session,
        staff,
        language,
    } = reader;
    let admin = staff.clone_admin()?;
    let (account, groups) = state
        .db
        .read(move |conn| {
            let groups = crate::store::groups::list(conn)?;
            Ok::<_, AppError>((accounts::get(conn, &admin, id)?, groups))
        })
        .await?;
    let mut ctx = context(session, Some(&staff.0), language);
    ctx.insert("account", &account);
    ctx.insert(
        "groups",
        &super::views::groups_in(groups, language.language),
    );
    ctx.insert("problem", &problem);
    ctx.insert("is_self", &(account.id == staff.0.id));
    ctx.insert("languages", &super::language::choices());
    Ok(html(status, render(state, "account_edit.html", &ctx)?))
}

pub async fn edit_form(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    language: PageLanguage,
) -> PageResult {
    let reader = Reader::of(&state, &session, &staff, &language);
    edit_page(reader, id.into_inner(), None, StatusCode::OK).await
}

pub async fn update(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<Vec<(String, String)>>,
    language: PageLanguage,
) -> PageResult {
    let form = checked_form(&session, form.into_inner())?;
    let (admin, id, now) = (staff.clone_admin()?, id.into_inner(), chrono::Utc::now());
    let reader = Reader::of(&state, &session, &staff, &language);
    let patch = AccountPatch {
        name: form.get("name").cloned(),
        role: form.get("role").cloned(),
        groups: Some(ticked_groups(&form)),
        active: Some(form.get("active").is_some_and(|v| v == "on" || v == "true")),
        language: form.get("language").cloned(),
    };
    let changed = state
        .db
        .write(move |conn| accounts::change(conn, &admin, id, patch, now))
        .await;
    match changed {
        Ok(_) => Ok(see_other("/staff/accounts?done=saved")),
        Err(AppError::Conflict(message)) => {
            let message = super::language::conflict_message(language.language, &message);
            edit_page(reader, id, Some(message), StatusCode::CONFLICT).await
        }
        Err(AppError::InvalidInput { fields, .. }) => {
            let problem: Vec<String> = fields
                .iter()
                .map(|(field, message)| {
                    let message = super::language::field_error(language.language, message);
                    format!("{field}: {message}")
                })
                .collect();
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            edit_page(reader, id, Some(problem.join("; ")), status).await
        }
        Err(other) => Err(PageError(other)),
    }
}

/// Sends an invited person a new link to set their password.
pub async fn invite_again(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<Vec<(String, String)>>,
) -> PageResult {
    checked_form(&session, form.into_inner())?;
    let (admin, id, now) = (staff.clone_admin()?, id.into_inner(), chrono::Utc::now());
    state
        .write_and_send(move |conn, composer| {
            accounts::invite_again(conn, composer, &admin, id, now)
        })
        .await?;
    Ok(see_other("/staff/accounts?done=reinvited"))
}

/// The page of a link to set a password; a used or expired link says so.
pub async fn password_form(
    state: web::Data<AppState>,
    session: Session,
    token: web::Path<crate::domain::LinkToken>,
    language: PageLanguage,
) -> PageResult {
    let (token, now) = (token.into_inner(), chrono::Utc::now());
    let lookup = token.to_string();
    let link = state
        .db
        .read(move |conn| accounts::password_link(conn, &lookup, now))
        .await?;
    let language = language.unless_chosen(link.as_ref().and_then(|l| l.language));
    let page = PasswordPage {
        state: &state,
        session: &session,
        language: &language,
        token: &token,
    };
    let mut response = page.render(link.is_some(), None, StatusCode::OK)?;
    // The sign-in page that follows speaks the invitation's language too.
    if link.is_some() && !language.chosen {
        super::language::remember(&mut response, language.language)?;
    }
    Ok(response)
}

/// The page to set a password, for one link.
struct PasswordPage<'a> {
    state: &'a AppState,
    session: &'a Session,
    language: &'a PageLanguage,
    token: &'a crate::domain::LinkToken,
}

impl PasswordPage<'_> {
    fn render(&self, valid: bool, error: Option<String>, status: StatusCode) -> PageResult {
        let (state, session, token) = (self.state, self.session, self.token);
        let mut ctx = context(session, None, self.language);
        ctx.insert("csrf_token", &super::csrf_token(session));
        ctx.insert("token", token);
        ctx.insert("valid", &valid);
        ctx.insert("error", &error);
        let status = if valid { status } else { StatusCode::NOT_FOUND };
        let response = html(status, render(state, "set_password.html", &ctx)?);
        Ok(super::registration::private(response))
    }
}

pub async fn set_password(
    state: web::Data<AppState>,
    session: Session,
    token: web::Path<crate::domain::LinkToken>,
    form: web::Form<Vec<(String, String)>>,
    language: PageLanguage,
) -> PageResult {
    let form = checked_form(&session, form.into_inner())?;
    let (token, now) = (token.into_inner(), chrono::Utc::now());
    let lookup = token.to_string();
    let link = state
        .db
        .read(move |conn| accounts::password_link(conn, &lookup, now))
        .await?;
    let language = language.unless_chosen(link.as_ref().and_then(|l| l.language));
    let valid = link.is_some();
    let page = PasswordPage {
        state: &state,
        session: &session,
        language: &language,
        token: &token,
    };
    if !valid {
        return page.render(false, None, StatusCode::NOT_FOUND);
    }
    let (password, again) = (
        form.get("password").map_or("", String::as_str),
        form.get("password_again").map_or("", String::as_str),
    );
    let refuse = |key: &str| {
        let message = language.say(key, &[]);
        page.render(true, Some(message), StatusCode::UNPROCESSABLE_ENTITY)
    };
    if password != again {
        return refuse("password-differ");
    }
    let password = match Password::parse(password) {
        Ok(password) => password,
        Err(_) => return refuse("password-short"),
    };
    let lookup = token.to_string();
    let set = state
        .db
        .write(move |conn| accounts::set_password(conn, &lookup, password, now))
        .await;
    match set {
        Ok(()) => Ok(see_other("/staff/login?welcome=1")),
        Err(AppError::NotFound(_)) => page.render(false, None, StatusCode::NOT_FOUND),
        Err(other) => Err(PageError(other)),
    }
}
