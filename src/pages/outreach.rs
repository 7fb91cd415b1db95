//! Staff pages for reaching people: a group's mailing list (with CSV import and
//! export), sending invitations for an event, and the outgoing mail.

use std::collections::BTreeMap;

use actix_multipart::form::{bytes::Bytes as FileBytes, text::Text, MultipartForm};
use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::web;

use super::{context, html, render, verify_csrf, CsrfForm, PageError, PageResult};
use crate::domain::mail::MailStatus;
use crate::domain::people::MemberInput;
use crate::domain::EmailAddress;
use crate::error::AppError;
use crate::ops::invitations::{self, Invitees};
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
    state: &AppState,
    session: &Session,
    staff: &SessionStaff,
    slug: crate::domain::Slug,
    view: MembersView,
    status: StatusCode,
) -> PageResult {
    let (user, page) = (staff.0.clone(), view.page.max(1));
    let (group, rows, total) = state
        .db
        .read(move |conn| members::page(conn, &user, &slug, page))
        .await?;
    let pages = (total + members::PAGE_SIZE - 1) / members::PAGE_SIZE;
    let mut ctx = context(session, Some(&staff.0));
    ctx.insert("total", &total);
    ctx.insert("page", &page);
    ctx.insert("pages", &pages.max(1));
    ctx.insert("group", &super::views::Group::from(group));
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
}

pub async fn members_list(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<crate::domain::Slug>,
    query: web::Query<PageQuery>,
) -> PageResult {
    let view = MembersView {
        page: query.page.unwrap_or(1),
        notice: query
            .removed
            .is_some()
            .then(|| "Removed from the mailing list.".to_owned()),
        ..Default::default()
    };
    members_page(
        &state,
        &session,
        &staff,
        slug.into_inner(),
        view,
        StatusCode::OK,
    )
    .await
}

pub async fn member_add(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<crate::domain::Slug>,
    form: web::Form<BTreeMap<String, String>>,
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
            let view = MembersView {
                errors: errors.into_map(),
                form,
                ..Default::default()
            };
            return members_page(
                &state,
                &session,
                &staff,
                slug,
                view,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let (user, now, target) = (staff.0.clone(), chrono::Utc::now(), slug.clone());
    state
        .db
        .write(move |conn| members::add(conn, &user, &target, member, now))
        .await?;
    Ok(see_other(format!("/staff/groups/{slug}/members")))
}

/// Asks before taking someone off the mailing list.
pub async fn member_remove_form(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    path: web::Path<(crate::domain::Slug, i64)>,
) -> PageResult {
    let ((slug, id), user) = (path.into_inner(), staff.0.clone());
    let (group, member) = state
        .db
        .read(move |conn| members::get(conn, &user, &slug, id))
        .await?;
    let mut ctx = context(&session, Some(&staff.0));
    ctx.insert("group", &super::views::Group::from(group));
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
    csrf_token: Text<String>,
    #[multipart(limit = "5MiB")]
    file: FileBytes,
}

pub async fn members_import(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<crate::domain::Slug>,
    form: MultipartForm<ImportForm>,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (slug, now) = (slug.into_inner(), chrono::Utc::now());
    if form.file.data.iter().all(u8::is_ascii_whitespace) {
        let view = MembersView {
            problem: Some(
                "Choose a file to import: a CSV whose first row names the columns.".into(),
            ),
            ..Default::default()
        };
        return members_page(
            &state,
            &session,
            &staff,
            slug,
            view,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let outcome = member_import::import_csv(&state.db, &staff.0, &slug, &form.file.data, now).await;
    let view = match outcome {
        Ok(report) => MembersView {
            report: Some(report),
            ..Default::default()
        },
        Err(AppError::InvalidInput { fields, .. }) => {
            let reason = fields.into_values().collect::<Vec<_>>().join("; ");
            MembersView {
                problem: Some(format!("Nothing was imported: the file {reason}.")),
                ..Default::default()
            }
        }
        Err(other) => return Err(PageError(other)),
    };
    members_page(&state, &session, &staff, slug, view, StatusCode::OK).await
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

/// What the invitations page says above its form, and the form as typed when it
/// is shown again (a list with a bad address keeps its text, choice and tick).
#[derive(Default)]
struct Said {
    notice: Option<String>,
    problem: Option<String>,
    typed: BTreeMap<String, String>,
    status: StatusCode,
}

async fn invitations_page(
    state: &AppState,
    session: &Session,
    staff: &SessionStaff,
    id: i64,
    said: Said,
) -> PageResult {
    let user = staff.0.clone();
    let (event, statuses) = state
        .db
        .read(move |conn| invitations::list(conn, &user, id))
        .await?;
    let mut ctx = context(session, Some(&staff.0));
    ctx.insert("event", &super::views::Event::from(&event));
    ctx.insert("group", &super::views::Group::from(event.group.clone()));
    ctx.insert("invitations", &statuses);
    ctx.insert("notice", &said.notice);
    ctx.insert("problem", &said.problem);
    ctx.insert("typed", &said.typed);
    Ok(html(said.status, render(state, "invitations.html", &ctx)?))
}

pub async fn invitations_list(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
) -> PageResult {
    invitations_page(&state, &session, &staff, id.into_inner(), Said::default()).await
}

pub async fn invitations_send(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<BTreeMap<String, String>>,
) -> PageResult {
    let form = form.into_inner();
    verify_csrf(&session, form.get("csrf_token").map_or("", String::as_str))?;
    let id = id.into_inner();
    let refused = |status, problem: String| Said {
        problem: Some(problem),
        typed: form.clone(),
        status,
        notice: None,
    };
    let invitees = match invitees_of(&form) {
        Ok(invitees) => invitees,
        Err(problem) => {
            let said = refused(StatusCode::UNPROCESSABLE_ENTITY, problem);
            return invitations_page(&state, &session, &staff, id, said).await;
        }
    };
    let resend = form.contains_key("resend");
    if matches!(invitees, Invitees::Group) && !form.contains_key("confirmed") {
        // A whole group is mailed only once the coordinator has seen how many.
        return confirm_group(&state, &session, &staff, id, resend).await;
    }
    let (user, now) = (staff.0.clone(), chrono::Utc::now());
    let invited = state
        .write_and_send(move |conn, composer| {
            invitations::invite(conn, composer, &user, id, invitees, resend, now)
        })
        .await;
    let said = match invited {
        Ok(report) => Said {
            notice: Some(format!(
                "{} invitations queued; {} skipped (invited before or unsubscribed).",
                report.queued, report.skipped
            )),
            ..Said::default()
        },
        Err(AppError::Conflict(message)) => refused(StatusCode::CONFLICT, message),
        Err(other) => return Err(PageError(other)),
    };
    invitations_page(&state, &session, &staff, id, said).await
}

/// Asks before mailing a whole group, saying how many people it will reach.
async fn confirm_group(
    state: &AppState,
    session: &Session,
    staff: &SessionStaff,
    id: i64,
    resend: bool,
) -> PageResult {
    let user = staff.0.clone();
    let (event, count) = state
        .db
        .read(move |conn| {
            let count = invitations::group_count(conn, &user, id, resend)?;
            let (event, _) = invitations::list(conn, &user, id)?;
            Ok::<_, AppError>((event, count))
        })
        .await?;
    let mut ctx = context(session, Some(&staff.0));
    ctx.insert("event", &super::views::Event::from(&event));
    ctx.insert("group", &super::views::Group::from(event.group.clone()));
    ctx.insert("when", &event.when_label());
    ctx.insert("count", &count);
    ctx.insert("resend", &resend);
    Ok(html(
        StatusCode::OK,
        render(state, "invite_confirm.html", &ctx)?,
    ))
}

/// Whom the form invites: the group, or every address of its list.
fn invitees_of(form: &BTreeMap<String, String>) -> Result<Invitees, String> {
    if form.get("to").is_some_and(|v| v == "group") {
        return Ok(Invitees::Group);
    }
    let list = addresses(form.get("emails").map_or("", String::as_str))?;
    if list.is_empty() {
        return Err("Choose the group's members or give at least one address.".to_owned());
    }
    Ok(Invitees::Addresses(list))
}

/// The addresses of the invitation form (separated by commas, semicolons, spaces or
/// lines), or what to tell the coordinator: every entry that is not an address.
fn addresses(raw: &str) -> Result<Vec<EmailAddress>, String> {
    let parts = raw
        .split([',', ';', '\n', '\r', ' ', '\t'])
        .filter(|p| !p.trim().is_empty());
    let (mut list, mut bad) = (Vec::new(), Vec::new());
    for part in parts {
        match EmailAddress::parse(part) {
            Ok(email) => list.push(email),
            Err(_) => bad.push(format!("{part:?}")),
        }
    }
    match bad.len() {
        0 => Ok(list),
        1 => Err(format!(
            "{} is not an email address; nothing was sent.",
            bad[0]
        )),
        _ => Err(format!(
            "{} are not email addresses; nothing was sent.",
            bad.join(", ")
        )),
    }
}

#[derive(serde::Deserialize)]
pub struct MailQuery {
    status: Option<String>,
}

pub async fn mail_list(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    query: web::Query<MailQuery>,
) -> PageResult {
    let status = query
        .into_inner()
        .status
        .filter(|s| MailStatus::parse(s).is_some());
    let (filter, user) = (status.clone(), staff.0.clone());
    let rows = state
        .db
        .read(move |conn| crate::ops::mail::visible(conn, &user, filter.as_deref()))
        .await?;
    let mut ctx = context(&session, Some(&staff.0));
    ctx.insert(
        "messages",
        &rows
            .into_iter()
            .map(super::views::Mail::from)
            .collect::<Vec<_>>(),
    );
    ctx.insert("status", &status);
    Ok(html(StatusCode::OK, render(&state, "mail.html", &ctx)?))
}

pub async fn mail_retry(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<CsrfForm>,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (id, now, user) = (
        id.into_inner(),
        chrono::Utc::now().naive_utc(),
        staff.0.clone(),
    );
    state
        .write_and_send(move |conn, _| crate::ops::mail::retry(conn, &user, id, now))
        .await?;
    Ok(see_other("/staff/mail?status=failed"))
}
