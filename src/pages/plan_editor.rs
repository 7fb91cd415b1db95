//! The staff pages of a group's plan: its title and summary, its key actions
//! (added, edited, moved, deleted), adoption, and an adopted version beside the
//! plan as it stands now.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::web;
use serde::Serialize;

use super::action_form::{form_key, input_of, values_of, Values};
use super::language::PageLanguage;
use super::plans::{ActionShown, PlanShown};
use super::{checked_form, context, html, render, PageError, PageResult, Reader};
use crate::domain::plans::{ActionInput, PlanInput};
use crate::domain::time::{parse_timezone, span_label_in};
use crate::domain::{FieldErrors, Slug};
use crate::error::AppError;
use crate::ops::{key_actions, plan_document, plans};
use crate::web::auth::SessionStaff;
use crate::web::respond::see_other;
use crate::web::AppState;

#[derive(Serialize)]
struct EventChoice {
    id: i64,
    title: String,
    when: String,
    linked: bool,
}

#[derive(serde::Deserialize)]
pub struct Done {
    done: Option<String>,
}

fn notice(done: Option<&str>, language: &PageLanguage) -> Option<String> {
    let key = match done? {
        "saved" => "planed-saved",
        "adopted" => "planed-adopted",
        "deleted" => "planed-deleted",
        "moved" => "planed-moved",
        _ => return None,
    };
    Some(language.say(key, &[]))
}

/// `/staff/groups/{slug}/plan`: the plan's text, its actions, adoption, versions.
pub async fn plan_page(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<Slug>,
    done: web::Query<Done>,
    language: PageLanguage,
) -> PageResult {
    let (slug, now, user) = (slug.into_inner(), chrono::Utc::now(), staff.0.clone());
    let editor = state
        .db
        .read(move |conn| plans::editor(conn, &user, &slug, now))
        .await?;
    let (lang, zone) = (language.language, state.config.timezone);
    let mut ctx = context(&session, Some(&staff.0), &language);
    ctx.insert(
        "group",
        &super::views::Group::of(editor.group.clone(), lang),
    );
    ctx.insert(
        "plan",
        &editor.plan.as_ref().map(|p| PlanShown::of(p, lang, zone)),
    );
    let versions: Vec<(i32, String)> = editor
        .versions
        .iter()
        .map(|(n, at)| (*n, crate::domain::time::local_label_in(*at, zone, lang)))
        .collect();
    ctx.insert("versions", &versions);
    ctx.insert("notice", &notice(done.done.as_deref(), &language));
    Ok(html(
        StatusCode::OK,
        render(&state, "plan_editor.html", &ctx)?,
    ))
}

/// Saves the plan's title and summary (creating the plan the first time).
pub async fn save_plan(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<Slug>,
    form: web::Form<Vec<(String, String)>>,
) -> PageResult {
    let form = checked_form(&session, form.into_inner())?;
    let input = PlanInput {
        title: form.get("title").cloned(),
        summary: form.get("summary").cloned(),
    };
    let (slug, now, user) = (slug.into_inner(), chrono::Utc::now(), staff.0.clone());
    let target = slug.clone();
    state
        .db
        .write(move |conn| plans::put(conn, &user, &target, input, now))
        .await?;
    Ok(see_other(format!("/staff/groups/{slug}/plan?done=saved")))
}

pub async fn adopt(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<Slug>,
    form: web::Form<Vec<(String, String)>>,
) -> PageResult {
    checked_form(&session, form.into_inner())?;
    let (slug, now, user) = (slug.into_inner(), chrono::Utc::now(), staff.0.clone());
    let target = slug.clone();
    state
        .db
        .write(move |conn| plan_document::adopt(conn, &user, &target, now))
        .await?;
    Ok(see_other(format!("/staff/groups/{slug}/plan?done=adopted")))
}

/// Adds a key action with its title (and parent), then opens it for the rest.
pub async fn add_action(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<Slug>,
    form: web::Form<Vec<(String, String)>>,
) -> PageResult {
    let form = checked_form(&session, form.into_inner())?;
    let parent = form.get("parent_id").and_then(|p| p.parse::<i64>().ok());
    let input = ActionInput {
        title: form.get("title").cloned(),
        parent_id: parent.map(Some),
        ..Default::default()
    };
    let (slug, now, user) = (slug.into_inner(), chrono::Utc::now(), staff.0.clone());
    let added = state
        .db
        .write(move |conn| key_actions::add_action(conn, &user, &slug, input, now))
        .await?;
    Ok(see_other(format!("/staff/actions/{}/edit", added.row.id)))
}

/// The form of one action, with the group's events to link.
pub async fn action_form(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    language: PageLanguage,
) -> PageResult {
    let reader = Reader::of(&state, &session, &staff, &language);
    action_page(&reader, id.into_inner(), None, FieldErrors::new()).await
}

async fn action_page(
    reader: &Reader<'_>,
    id: i64,
    typed: Option<Values>,
    errors: FieldErrors,
) -> PageResult {
    let Reader {
        state,
        session,
        staff,
        language,
    } = *reader;
    let (user, now) = (staff.0.clone(), chrono::Utc::now());
    let editor = state
        .db
        .read(move |conn| {
            let slug = key_actions::slug_of_action(conn, &user, id)?;
            plans::editor(conn, &user, &slug, now)
        })
        .await?;
    let lang = language.language;
    let plan = editor
        .plan
        .as_ref()
        .ok_or_else(|| PageError(AppError::NotFound("no plan".into())))?;
    let action = plan
        .actions
        .iter()
        .find(|a| a.row.id == id)
        .ok_or_else(|| PageError(AppError::NotFound("There is no such key action.".into())))?;
    let shown = ActionShown::of(action, lang);
    let values = typed.unwrap_or_else(|| values_of(action));
    let parents: Vec<(i64, String)> = plan
        .actions
        .iter()
        .filter(|a| a.row.parent_id.is_none() && a.row.id != id)
        .map(|a| (a.row.id, a.row.title.clone()))
        .collect();
    let events: Vec<EventChoice> = editor
        .events
        .iter()
        .map(|(event, title, starts, ends, zone)| EventChoice {
            id: *event,
            title: title.clone(),
            when: span_label_in(
                *starts,
                *ends,
                parse_timezone(zone).unwrap_or(chrono_tz::UTC),
                lang,
            ),
            linked: values.contains_key(&format!("event-{event}")),
        })
        .collect();
    let mut ctx = context(session, Some(&staff.0), language);
    ctx.insert(
        "group",
        &super::views::Group::of(editor.group.clone(), lang),
    );
    ctx.insert("action", &shown);
    ctx.insert("v", &values);
    ctx.insert("parents", &parents);
    ctx.insert("events", &events);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let errors: Values = errors
        .into_map()
        .into_iter()
        .map(|(field, message)| {
            (
                form_key(&field),
                super::language::field_error(lang, &message),
            )
        })
        .collect();
    ctx.insert("errors", &errors);
    Ok(html(status, render(state, "action_form.html", &ctx)?))
}

pub async fn save_action(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<Vec<(String, String)>>,
    language: PageLanguage,
) -> PageResult {
    let form = checked_form(&session, form.into_inner())?;
    let id = id.into_inner();
    let mut errors = FieldErrors::new();
    let input = input_of(&form, &mut errors);
    let reader = Reader::of(&state, &session, &staff, &language);
    if !errors.is_empty() {
        // The domain's word on the other fields too, the form's kept where both speak.
        if let Err(more) = input.parse(false) {
            errors.merge(more);
        }
        return action_page(&reader, id, Some(form), errors).await;
    }
    let (user, now) = (staff.0.clone(), chrono::Utc::now());
    let saved = state
        .db
        .write(move |conn| {
            let view = key_actions::change_action(conn, &user, id, input, now)?;
            Ok::<_, AppError>(view.group)
        })
        .await;
    match saved {
        Ok(slug) => Ok(see_other(format!(
            "/staff/groups/{slug}/plan?done=saved#action-{id}"
        ))),
        Err(AppError::InvalidInput { fields, .. }) => {
            let mut errors = FieldErrors::new();
            for (field, message) in fields {
                errors.add(&field, message);
            }
            action_page(&reader, id, Some(form), errors).await
        }
        Err(other) => Err(PageError(other)),
    }
}

pub async fn move_action(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<Vec<(String, String)>>,
) -> PageResult {
    let form = checked_form(&session, form.into_inner())?;
    let step = if form.get("step").is_some_and(|s| s == "up") {
        -1
    } else {
        1
    };
    let (id, now, user) = (id.into_inner(), chrono::Utc::now(), staff.0.clone());
    let group = state
        .db
        .write(move |conn| key_actions::move_action(conn, &user, id, step, now))
        .await?;
    Ok(see_other(format!(
        "/staff/groups/{}/plan?done=moved#action-{id}",
        group.slug
    )))
}

pub async fn delete_action(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<Vec<(String, String)>>,
) -> PageResult {
    checked_form(&session, form.into_inner())?;
    let (id, now, user) = (id.into_inner(), chrono::Utc::now(), staff.0.clone());
    let group = state
        .db
        .write(move |conn| key_actions::delete_action(conn, &user, id, now))
        .await?;
    Ok(see_other(format!(
        "/staff/groups/{}/plan?done=deleted",
        group.slug
    )))
}
