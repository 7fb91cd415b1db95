//! Staff sign-in, sign-out and the staff start page.

use actix_session::Session;
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest};
use serde::Deserialize;

use super::language::PageLanguage;
use super::{context, html, render, verify_csrf, CsrfForm, PageError, PageResult};
use crate::error::AppError;
use crate::ops;
use crate::web::auth::{SessionStaff, SESSION_TOKEN};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
    /// Set after an invited person set their password.
    welcome: Option<String>,
}

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    csrf_token: String,
    next: Option<String>,
}

/// Only same-site paths: a sign-in link must not forward people to another site.
fn safe_next(state: &AppState, next: Option<&str>) -> String {
    super::next_or(state, next, "/staff")
}

/// What the sign-in page says above its form.
#[derive(Default)]
struct Login {
    error: Option<String>,
    notice: Option<String>,
}

fn login_page(
    state: &AppState,
    session: &Session,
    language: &PageLanguage,
    status: StatusCode,
    (email, next): (&str, &str),
    said: Login,
) -> PageResult {
    let mut ctx = context(session, None, language);
    ctx.insert("csrf_token", &super::csrf_token(session));
    ctx.insert("email", email);
    ctx.insert("next", next);
    ctx.insert("error", &said.error);
    ctx.insert("notice", &said.notice);
    Ok(html(status, render(state, "login.html", &ctx)?))
}

pub async fn login_form(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<NextQuery>,
    language: PageLanguage,
) -> PageResult {
    let next = safe_next(&state, query.next.as_deref());
    // After an invited person set their password: say so above the form.
    let notice = query
        .welcome
        .is_some()
        .then(|| language.say("login-password-set", &[]));
    login_page(
        &state,
        &session,
        &language,
        StatusCode::OK,
        ("", &next),
        Login {
            error: None,
            notice,
        },
    )
}

pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    session: Session,
    form: web::Form<LoginForm>,
    language: PageLanguage,
) -> PageResult {
    let LoginForm {
        email,
        password,
        csrf_token,
        next,
    } = form.into_inner();
    let next = safe_next(&state, next.as_deref());
    verify_csrf(&session, &csrf_token)?;
    let client = crate::web::client::of(&req);
    state.rate_limit.check(client)?;
    if let Err(AppError::RateLimited { retry_after_secs }) =
        state.login_throttle.begin(&email, client)
    {
        return throttled(
            &state,
            &session,
            &language,
            (&email, &next),
            retry_after_secs,
        );
    }
    let Some(user) = crate::web::auth::check_credentials(&state, &email, password, client).await?
    else {
        let message = language.say("login-wrong", &[]);
        let status = StatusCode::UNAUTHORIZED;
        return login_page(
            &state,
            &session,
            &language,
            status,
            (&email, &next),
            Login {
                error: Some(message),
                ..Login::default()
            },
        );
    };
    start_session(&state, &session, user.id).await?;
    let mut response = crate::web::respond::see_other(next);
    // The language set on the account is this browser's from sign-in on (the
    // switcher still changes it).
    if let Some(spoken) = user.language {
        super::language::remember(&mut response, spoken)?;
    }
    Ok(response)
}

/// The sign-in page again while this address or account has to wait.
fn throttled(
    state: &AppState,
    session: &Session,
    language: &PageLanguage,
    typed: (&str, &str),
    retry_after_secs: u64,
) -> PageResult {
    let wait = wait_in_words(language, retry_after_secs);
    let message = language.say("login-too-many", &[("wait", &wait)]);
    let status = StatusCode::TOO_MANY_REQUESTS;
    let mut page = login_page(
        state,
        session,
        language,
        status,
        typed,
        Login {
            error: Some(message),
            ..Login::default()
        },
    )?;
    page.headers_mut().insert(
        header::RETRY_AFTER,
        header::HeaderValue::from(retry_after_secs),
    );
    Ok(page)
}

/// Starts a staff session and puts its token in a fresh cookie session.
async fn start_session(state: &AppState, session: &Session, user_id: i64) -> Result<(), PageError> {
    let (policy, now) = (
        crate::web::auth::session_policy(state),
        chrono::Utc::now().naive_utc(),
    );
    // Signing in again ends the session this browser had, if any.
    let previous = current_session(session);
    let token = state
        .db
        .write(move |conn| {
            ops::staff::start_session(conn, user_id, previous.as_deref(), policy, now)
        })
        .await?;
    // A new session at sign-in: a session id planted before cannot be ridden after.
    session.renew();
    session.clear();
    session
        .insert(SESSION_TOKEN, token)
        .map_err(|e| PageError(AppError::internal(anyhow::anyhow!("session: {e}"))))
}

/// The hash of the staff session this browser's cookie names, if any.
fn current_session(session: &Session) -> Option<String> {
    let token = session.get::<String>(SESSION_TOKEN).ok().flatten()?;
    Some(crate::secrets::hash_token(&token))
}

/// "20 seconds", "3 minutes": how long to wait, rounded up.
fn wait_in_words(language: &PageLanguage, seconds: u64) -> String {
    let (key, count) = match seconds {
        0..60 => ("wait-seconds", seconds),
        _ => ("wait-minutes", seconds.div_ceil(60)),
    };
    language.say_count(key, count as i64, &[])
}

pub async fn logout(
    state: web::Data<AppState>,
    session: Session,
    form: web::Form<CsrfForm>,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    if let Some(hash) = current_session(&session) {
        state
            .db
            .write(move |conn| ops::staff::end_session(conn, &hash))
            .await?;
    }
    session.purge();
    Ok(crate::web::respond::see_other("/"))
}

/// What the audit log is filtered by: a group's slug, a person's address.
#[derive(Deserialize)]
pub struct AuditQuery {
    group: Option<String>,
    actor: Option<String>,
}

/// The audit log: every entry for administrators, their groups' for coordinators,
/// filtered by group and by person.
pub async fn audit_log(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    query: web::Query<AuditQuery>,
    language: PageLanguage,
) -> PageResult {
    let user = staff.0;
    let query = query.into_inner();
    let given = |v: Option<String>| v.filter(|v| !v.trim().is_empty());
    let (group, actor) = (given(query.group), given(query.actor));
    let (reader, slug, wanted_actor) = (user.clone(), group.clone(), actor.clone());
    let (entries, groups, actors) = state
        .db
        .read(move |conn| {
            let groups: Vec<_> = crate::store::groups::list(conn)?
                .into_iter()
                .filter(|g| reader.manages_group(g.id))
                .collect();
            let group_id = match &slug {
                Some(slug) => Some(
                    groups
                        .iter()
                        .find(|g| g.slug == *slug)
                        .map(|g| g.id)
                        .ok_or_else(|| AppError::NotFound(format!("There is no group {slug}.")))?,
                ),
                None => None,
            };
            let wanted = crate::ops::audit::Wanted {
                group_id,
                actor_email: wanted_actor,
                limit: None,
            };
            let entries = crate::ops::audit::read(conn, &reader, wanted)?;
            Ok::<_, AppError>((entries, groups, crate::ops::audit::actors(conn, &reader)?))
        })
        .await?;
    let zone = state.config.timezone;
    let lines: Vec<_> = entries
        .into_iter()
        .map(|e| super::views::AuditLine::of(e, zone, &language))
        .collect();
    let mut ctx = context(&session, Some(&user), &language);
    ctx.insert("entries", &lines);
    ctx.insert(
        "groups",
        &super::views::groups_in(groups, language.language),
    );
    ctx.insert("actors", &actors);
    ctx.insert("group", &group);
    ctx.insert("actor", &actor);
    ctx.insert("zone", zone.name());
    Ok(html(StatusCode::OK, render(&state, "audit.html", &ctx)?))
}

pub async fn dashboard(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    language: PageLanguage,
) -> PageResult {
    let user = staff.0;
    let (viewer, now) = (user.clone(), chrono::Utc::now());
    let (all, board) = state
        .db
        .read(move |conn| {
            let groups = crate::store::groups::list(conn)?;
            Ok::<_, AppError>((
                groups,
                crate::ops::dashboard::for_staff(conn, &viewer, now)?,
            ))
        })
        .await?;
    let groups: Vec<_> = all
        .into_iter()
        .filter(|g| user.manages_group(g.id))
        .map(|g| super::views::Group::of(g, language.language))
        .collect();
    let mut ctx = context(&session, Some(&user), &language);
    ctx.insert("groups", &groups);
    ctx.insert("is_admin", &user.is_admin());
    let zone = state.config.timezone;
    super::views::insert_dashboard(&mut ctx, board, now, &language, zone);
    Ok(html(
        StatusCode::OK,
        render(&state, "staff_home.html", &ctx)?,
    ))
}

#[derive(Deserialize)]
pub struct EraseForm {
    csrf_token: String,
    #[serde(default)]
    email: String,
    /// Set by the confirmation step; without it the page only shows what would go.
    #[serde(default)]
    confirmed: bool,
}

/// The form to erase a person's data, for administrators.
pub async fn erase_form(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    language: PageLanguage,
) -> PageResult {
    let user = staff.admin()?;
    let ctx = context(&session, Some(&user), &language);
    Ok(html(StatusCode::OK, render(&state, "erase.html", &ctx)?))
}

pub async fn erase(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    form: web::Form<EraseForm>,
    language: PageLanguage,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let user = staff.admin()?;
    let mut ctx = context(&session, Some(&user), &language);
    let email = match crate::domain::EmailAddress::parse(&form.email) {
        Ok(email) => email,
        Err(_) => {
            ctx.insert("email", &form.email);
            ctx.insert("error", &language.say("erase-bad-address", &[]));
            return Ok(html(
                StatusCode::UNPROCESSABLE_ENTITY,
                render(&state, "erase.html", &ctx)?,
            ));
        }
    };
    if !form.confirmed {
        // Nothing is deleted before the admin has seen what would be.
        let (admin, address) = (user.clone(), email.clone());
        let found = state
            .db
            .read(move |conn| crate::ops::privacy::preview(conn, &admin, &address))
            .await?;
        ctx.insert("email", email.as_str());
        ctx.insert("found", &found);
        ctx.insert("nothing", &(found.total() == 0));
        return Ok(html(StatusCode::OK, render(&state, "erase.html", &ctx)?));
    }
    let now = chrono::Utc::now();
    // Seats freed before an event promote someone, who is told by mail.
    let erased = state
        .write_and_send(move |conn, composer| {
            crate::ops::privacy::erase(conn, composer, &user, &email, now)
        })
        .await?;
    ctx.insert("erased", &erased);
    Ok(html(StatusCode::OK, render(&state, "erase.html", &ctx)?))
}
