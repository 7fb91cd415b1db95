//! `/staff/organisations`: the organisations counted once, searched by name or
//! alias; each one's registrations; merging two spellings into one.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest};
use serde::Serialize;

use super::language::PageLanguage;
use super::report_rows::lines;
use super::{checked_form, context, html, render, PageResult};
use crate::error::AppError;
use crate::ops::organisations;
use crate::web::auth::SessionStaff;
use crate::web::query::{first, pairs};
use crate::web::respond::see_other;
use crate::web::AppState;

#[derive(Serialize)]
struct Choice {
    id: i64,
    name: String,
}

/// `GET /staff/organisations?q=`.
pub async fn list(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    req: HttpRequest,
    language: PageLanguage,
) -> PageResult {
    let q = first(&pairs(&req), "q")
        .unwrap_or_default()
        .trim()
        .to_owned();
    let (user, wanted) = (staff.0.clone(), q.clone());
    let found = state
        .db
        .read(move |conn| organisations::search(conn, &user, &wanted))
        .await?;
    let kinds: Vec<String> = found
        .iter()
        .map(|o| language.organisation_kind(o.kind.as_deref()))
        .collect();
    let mut ctx = context(&session, Some(&staff.0), &language);
    ctx.insert("q", &q);
    ctx.insert(
        "limited",
        &(found.len() as i64 >= organisations::SEARCH_LIMIT),
    );
    ctx.insert("organisations", &found);
    ctx.insert("kinds", &kinds);
    Ok(html(
        StatusCode::OK,
        render(&state, "organisations.html", &ctx)?,
    ))
}

/// `GET /staff/organisations/{id}`.
pub async fn show(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    language: PageLanguage,
) -> PageResult {
    let (id, user) = (id.into_inner(), staff.0.clone());
    let profile = state
        .db
        .read(move |conn| organisations::profile(conn, &user, id))
        .await?;
    let candidates: Vec<Choice> = profile
        .candidates
        .into_iter()
        .map(|o| Choice {
            id: o.id,
            name: o.name,
        })
        .collect();
    let mut ctx = context(&session, Some(&staff.0), &language);
    let kind = language.organisation_kind(profile.organisation.kind.as_deref());
    ctx.insert("organisation", &profile.organisation);
    ctx.insert("kind", &kind);
    ctx.insert("lines", &lines(&profile.rows, &language));
    ctx.insert("candidates", &candidates);
    ctx.insert("is_admin", &staff.0.is_admin());
    Ok(html(
        StatusCode::OK,
        render(&state, "organisation.html", &ctx)?,
    ))
}

/// `POST /staff/organisations/{id}/merge`: this spelling becomes an alias of
/// the one chosen, whose page follows.
pub async fn merge(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<Vec<(String, String)>>,
) -> PageResult {
    let form = checked_form(&session, form.into_inner())?;
    let into: i64 = form
        .get("into")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| AppError::invalid_field("into", "is required"))?;
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    let merged = state
        .db
        .write(move |conn| organisations::merge(conn, &staff.0, id, into, now))
        .await?;
    Ok(see_other(format!("/staff/organisations/{}", merged.id)))
}
