//! Pages reached from an invitation email, without a login: declining, and
//! unsubscribing from the group's invitations (also by one-click POST, RFC 8058).

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::web;

use super::language::PageLanguage;
use super::{context, html, render, verify_csrf, CsrfForm, PageResult};
use crate::ops::invitations;
use crate::web::AppState;

/// The invitee's language, unless the reader chose one on the site.
fn invitee_language(mut language: PageLanguage, invited_in: &str) -> PageLanguage {
    if !language.chosen {
        if let Ok(invited_in) = crate::domain::Language::parse(invited_in) {
            language.language = invited_in;
        }
    }
    language
}

pub async fn decline_form(
    state: web::Data<AppState>,
    session: Session,
    token: web::Path<crate::domain::LinkToken>,
    language: PageLanguage,
) -> PageResult {
    let token = token.into_inner();
    let lookup = token.clone();
    let (invitation, event) = state
        .db
        .read(move |conn| invitations::by_token(conn, &lookup))
        .await?;
    let language = invitee_language(language, &invitation.language);
    let mut ctx = context(&session, None, &language);
    ctx.insert("csrf_token", &super::csrf_token(&session));
    ctx.insert("token", &token);
    ctx.insert("event_title", &event.row.title);
    ctx.insert("when", &super::views::when_in(&event, &language));
    ctx.insert("declined", &invitation.declined_at.is_some());
    Ok(html(StatusCode::OK, render(&state, "decline.html", &ctx)?))
}

pub async fn decline(
    state: web::Data<AppState>,
    session: Session,
    token: web::Path<crate::domain::LinkToken>,
    form: web::Form<CsrfForm>,
    language: PageLanguage,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (token, now) = (token.into_inner(), chrono::Utc::now());
    let lookup = token.clone();
    let (invitation, event) = state
        .db
        .write(move |conn| invitations::decline(conn, &lookup, now))
        .await?;
    let language = invitee_language(language, &invitation.language);
    let mut ctx = context(&session, None, &language);
    ctx.insert("token", &token);
    ctx.insert("event_title", &event.row.title);
    ctx.insert("when", &super::views::when_in(&event, &language));
    ctx.insert("declined", &true);
    Ok(html(StatusCode::OK, render(&state, "decline.html", &ctx)?))
}

pub async fn unsubscribe_form(
    state: web::Data<AppState>,
    session: Session,
    token: web::Path<crate::domain::LinkToken>,
    language: PageLanguage,
) -> PageResult {
    let token = token.into_inner();
    let lookup = token.clone();
    let group = state
        .db
        .read(move |conn| crate::ops::members::unsubscribe_group(conn, &lookup))
        .await?;
    let mut ctx = context(&session, None, &language);
    ctx.insert("token", &token);
    ctx.insert(
        "group",
        &super::views::Group::of(group, language.language).name,
    );
    ctx.insert("done", &false);
    Ok(html(
        StatusCode::OK,
        render(&state, "unsubscribe.html", &ctx)?,
    ))
}

/// No CSRF token here: mail clients post here directly ("one click"), and the
/// unguessable token in the path is the only key.
pub async fn unsubscribe(
    state: web::Data<AppState>,
    session: Session,
    token: web::Path<crate::domain::LinkToken>,
    language: PageLanguage,
) -> PageResult {
    let (token, now) = (token.into_inner(), chrono::Utc::now());
    let group = state
        .db
        .write(move |conn| crate::ops::members::unsubscribe(conn, &token, now))
        .await?;
    let mut ctx = context(&session, None, &language);
    ctx.insert("done", &true);
    ctx.insert(
        "group",
        &super::views::Group::of(group, language.language).name,
    );
    Ok(html(
        StatusCode::OK,
        render(&state, "unsubscribe.html", &ctx)?,
    ))
}
