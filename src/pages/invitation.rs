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
    let mut ctx = context(&session, None);
    ctx.insert("csrf_token", &super::csrf_token(&session));
    ctx.insert("token", &token);
    ctx.insert("event_title", &event.row.title);
    let language = invitee_language(language, &invitation.language);
    ctx.insert("when", &when_in(&event, language.language));
    ctx.insert("declined", &invitation.declined_at.is_some());
    language.insert_into(&mut ctx);
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
    let mut ctx = context(&session, None);
    ctx.insert("token", &token);
    ctx.insert("event_title", &event.row.title);
    let language = invitee_language(language, &invitation.language);
    ctx.insert("when", &when_in(&event, language.language));
    ctx.insert("declined", &true);
    language.insert_into(&mut ctx);
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
        .read(move |conn| invitations::unsubscribe_group(conn, &lookup))
        .await?;
    let mut ctx = context(&session, None);
    ctx.insert("token", &token);
    ctx.insert("group", &group);
    ctx.insert("done", &false);
    language.insert_into(&mut ctx);
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
        .write(move |conn| invitations::unsubscribe(conn, &token, now))
        .await?;
    let mut ctx = context(&session, None);
    ctx.insert("done", &true);
    ctx.insert("group", &group);
    language.insert_into(&mut ctx);
    Ok(html(
        StatusCode::OK,
        render(&state, "unsubscribe.html", &ctx)?,
    ))
}

/// The event's dates in the event's zone, written for `language`.
fn when_in(event: &crate::ops::event_view::EventView, language: crate::domain::Language) -> String {
    let (row, zone) = (&event.row, event.zone());
    crate::domain::time::span_label_in(row.starts_at, row.ends_at, zone, language)
}
