//! Staff pages for a group's mailing list: adding and removing members, importing
//! a spreadsheet of them and exporting it.

use std::collections::BTreeMap;

use actix_multipart::form::{bytes::Bytes as FileBytes, text::Text, MultipartForm};
use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::web;

use super::language::PageLanguage;
use super::{context, html, render, verify_csrf, CsrfForm, PageError, PageResult, Reader};
use crate::domain::people::MemberInput;
use crate::error::AppError;
use crate::ops::member_import::{self, ImportReport};
use crate::ops::members;
use crate::web::auth::SessionStaff;
use crate::web::respond::see_other;
use crate::web::AppState;

/// What the members page shows besides the list.
#[derive(Default)]
struct MembersView {
    /// Which page of the list, from 1.
    page: i64,
    form: BTreeMap<String, String>,
    errors: BTreeMap<String, String>,
    report: Option<ImportReport>,
    problem: Option<String>,
    notice: Option<String>,
}

async fn members_page(
    reader: Reader<'_>,
    slug: crate::domain::Slug,
    view: MembersView,
    status: StatusCode,
) -> PageResult {
    let Reader {
        state,
        session,
        staff,
        language,
    } = reader;
    let (user, page) = (staff.0.clone(), view.page.max(1));
    let (group, rows, total) = state
        .db
        .read(move |conn| members::page(conn, &user, &slug, page))
        .await?;
    let pages = (total + members::PAGE_SIZE - 1) / members::PAGE_SIZE;
    let mut ctx = context(session, Some(&staff.0), language);
    ctx.insert("total", &total);
    ctx.insert("page", &page);
    ctx.insert("pages", &pages.max(1));
    ctx.insert("group", &super::views::Group::of(group, language.language));
    ctx.insert(
        "members",
        &rows
            .into_iter()
            .map(super::views::Member::from)
            .collect::<Vec<_>>(),
    );
    ctx.insert("form", &view.form);
    ctx.insert("errors", &view.errors);
    ctx.insert("report", &view.report);
    ctx.insert("problem", &view.problem);
    ctx.insert("notice", &view.notice);
    ctx.insert("languages", &super::language::choices());
    Ok(html(status, render(state, "members.html", &ctx)?))
}

#[derive(serde::Deserialize)]
pub struct PageQuery {
    page: Option<i64>,
    /// Set after a member was removed.
    removed: Option<String>,
    /// Set after a member was added or updated.
    added: Option<String>,
}

pub async fn members_list(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<crate::domain::Slug>,
    query: web::Query<PageQuery>,
    language: PageLanguage,
) -> PageResult {
    let view = MembersView {
        page: query.page.unwrap_or(1),
        notice: match (&query.removed, &query.added) {
            (Some(_), _) => Some(language.say("members-removed", &[])),
            (None, Some(_)) => Some(language.say("members-added", &[])),
            (None, None) => None,
        },
        ..Default::default()
    };
    let reader = Reader::of(&state, &session, &staff, &language);
    members_page(reader, slug.into_inner(), view, StatusCode::OK).await
}

pub async fn member_add(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<crate::domain::Slug>,
    form: web::Form<BTreeMap<String, String>>,
    language: PageLanguage,
) -> PageResult {
    let form = form.into_inner();
    verify_csrf(&session, form.get("csrf_token").map_or("", String::as_str))?;
    let slug = slug.into_inner();
    let field = |k: &str| form.get(k).cloned().filter(|v| !v.trim().is_empty());
    let input = MemberInput {
        name: field("name"),
        email: field("email"),
        organisation: field("organisation"),
        country: field("country"),
        language: field("language"),
        organisation_kind: None,
    };
    let member = match input.parse() {
        Ok(member) => member,
        Err(errors) => {
            let errors = errors
                .into_map()
                .into_iter()
                .map(|(field, message)| {
                    let message = super::language::field_error(language.language, &message);
                    (field, message)
                })
                .collect();
            let view = MembersView {
                errors,
                form,
                ..Default::default()
            };
            let reader = Reader::of(&state, &session, &staff, &language);
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return members_page(reader, slug, view, status).await;
        }
    };
    let (user, now, target) = (staff.0.clone(), chrono::Utc::now(), slug.clone());
    state
        .db
        .write(move |conn| members::add(conn, &user, &target, member, now))
        .await?;
    Ok(see_other(format!("/staff/groups/{slug}/members?added=1")))
}

/// Asks before taking someone off the mailing list.
pub async fn member_remove_form(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    path: web::Path<(crate::domain::Slug, i64)>,
    language: PageLanguage,
) -> PageResult {
    let ((slug, id), user) = (path.into_inner(), staff.0.clone());
    let (group, member) = state
        .db
        .read(move |conn| members::get(conn, &user, &slug, id))
        .await?;
    let mut ctx = context(&session, Some(&staff.0), &language);
    ctx.insert("group", &super::views::Group::of(group, language.language));
    ctx.insert("member", &super::views::Member::from(member));
    Ok(html(
        StatusCode::OK,
        render(&state, "member_remove.html", &ctx)?,
    ))
}

pub async fn member_remove(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    path: web::Path<(crate::domain::Slug, i64)>,
    form: web::Form<CsrfForm>,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let ((slug, id), user) = (path.into_inner(), staff.0.clone());
    let target = slug.clone();
    state
        .db
        .write(move |conn| members::remove(conn, &user, &target, id, chrono::Utc::now()))
        .await?;
    Ok(see_other(format!("/staff/groups/{slug}/members?removed=1")))
}

#[derive(MultipartForm)]
pub struct ImportForm {
    pub csrf_token: Text<String>,
    #[multipart(limit = "5MiB")]
    pub file: FileBytes,
}

pub async fn members_import(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<crate::domain::Slug>,
    form: MultipartForm<ImportForm>,
    language: PageLanguage,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (slug, now) = (slug.into_inner(), chrono::Utc::now());
    let reader = Reader::of(&state, &session, &staff, &language);
    if form.file.data.iter().all(u8::is_ascii_whitespace) {
        let view = MembersView {
            problem: Some(language.say("members-choose-file", &[])),
            ..Default::default()
        };
        return members_page(reader, slug, view, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let outcome = member_import::import_csv(&state.db, &staff.0, &slug, &form.file.data, now).await;
    let view = match outcome {
        Ok(mut report) => {
            for refused in &mut report.refused {
                refused.reason = import_reason(&language, &refused.reason);
            }
            MembersView {
                report: Some(report),
                ..Default::default()
            }
        }
        Err(AppError::InvalidInput { fields, .. }) => {
            let reasons = fields
                .into_values()
                .map(|reason| file_reason(&language, &reason));
            let reason = reasons.collect::<Vec<_>>().join("; ");
            MembersView {
                problem: Some(language.say("members-nothing-imported", &[("reason", &reason)])),
                ..Default::default()
            }
        }
        Err(other) => return Err(PageError(other)),
    };
    members_page(reader, slug, view, StatusCode::OK).await
}

/// Why the import refused the whole file, in the reader's language (what follows
/// "the file"); the CSV reader's own detail stays as it said it.
pub(super) fn file_reason(language: &PageLanguage, reason: &str) -> String {
    if let Some(columns) = reason
        .strip_prefix("has no column ")
        .and_then(|rest| rest.strip_suffix(" in its header row"))
    {
        return language.say("members-no-column", &[("columns", columns)]);
    }
    let detail = ["is not readable CSV: ", "is not well-formed CSV: "]
        .iter()
        .find_map(|prefix| reason.strip_prefix(prefix));
    match detail {
        Some(detail) => language.say("members-not-csv", &[("detail", detail)]),
        None => super::language::field_error(language.language, reason),
    }
}

/// Why the import refused a line, in the reader's language: each "column message"
/// part with its message translated (the column keeps the name the file has).
pub(super) fn import_reason(language: &PageLanguage, reason: &str) -> String {
    reason
        .split("; ")
        .map(|part| {
            if let Some(email) = part.strip_suffix(" appears earlier in the file") {
                return language.say("members-earlier", &[("email", email)]);
            }
            match part.split_once(' ') {
                Some((column, message)) => {
                    let message = super::language::field_error(language.language, message);
                    format!("{column}: {message}")
                }
                None => part.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub async fn members_csv(
    state: web::Data<AppState>,
    staff: SessionStaff,
    slug: web::Path<crate::domain::Slug>,
) -> PageResult {
    let (slug, now) = (slug.into_inner(), chrono::Utc::now());
    let file = state
        .db
        .write(move |conn| crate::ops::exports::members(conn, &staff.0, &slug, now))
        .await?;
    Ok(crate::web::respond::csv_download(file))
}
