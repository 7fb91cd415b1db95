//! An adopted version of a plan beside the plan as it stands: which key actions
//! were added, dropped from the document or changed since, and how far each was
//! then and is now.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::web;
use serde::Serialize;
use serde_json::Value;

use super::language::PageLanguage;
use super::{context, html, render, PageResult};
use crate::domain::Slug;
use crate::error::AppError;
use crate::ops::plan_document::PlanResponse;
use crate::web::auth::SessionStaff;
use crate::web::AppState;

/// One action in both documents, or in one of them.
#[derive(Serialize, Default)]
struct Row {
    title: String,
    /// added, removed, changed or same
    change: &'static str,
    then_status: Option<String>,
    now_status: Option<String>,
    then_percent: Option<u32>,
    now_percent: Option<u32>,
    /// Fields that differ, by their form name (title, status, due, targets...).
    fields: Vec<&'static str>,
}

/// A share (0 to 1) as whole percent.
fn share(value: &Value) -> Option<u32> {
    value.as_f64().map(|v| (v * 100.0).round() as u32)
}

fn percent(action: &Value) -> Option<u32> {
    share(&action["progress"]["value"])
}

fn text(action: &Value, field: &str) -> Option<String> {
    action[field].as_str().map(str::to_owned)
}

/// The rows of the comparison, in the current plan's order, then what was removed.
fn rows(then: &Value, now: &Value) -> Vec<Row> {
    let empty = Vec::new();
    let then_actions = then["actions"].as_array().unwrap_or(&empty);
    let now_actions = now["actions"].as_array().unwrap_or(&empty);
    let mut rows = Vec::new();
    for current in now_actions {
        let before = then_actions.iter().find(|a| a["id"] == current["id"]);
        let mut row = Row {
            title: text(current, "title").unwrap_or_default(),
            now_status: text(current, "status"),
            now_percent: percent(current),
            change: "added",
            ..Row::default()
        };
        if let Some(before) = before {
            row.then_status = text(before, "status");
            row.then_percent = percent(before);
            for field in [
                "title",
                "description",
                "due",
                "status",
                "owners",
                "targets",
                "events",
            ] {
                if before[field] != current[field] {
                    row.fields.push(field);
                }
            }
            row.change = if row.fields.is_empty() {
                "same"
            } else {
                "changed"
            };
        }
        rows.push(row);
    }
    for before in then_actions {
        if !now_actions.iter().any(|a| a["id"] == before["id"]) {
            rows.push(Row {
                title: text(before, "title").unwrap_or_default(),
                change: "removed",
                then_status: text(before, "status"),
                then_percent: percent(before),
                ..Row::default()
            });
        }
    }
    rows
}

pub async fn compare(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    path: web::Path<(Slug, i32)>,
    language: PageLanguage,
) -> PageResult {
    let ((slug, n), now, user) = (path.into_inner(), chrono::Utc::now(), staff.0.clone());
    let (editor, frozen) = state
        .db
        .read(move |conn| {
            let editor = crate::ops::plans::editor(conn, &user, &slug, now)?;
            let frozen = crate::ops::plans::version(conn, Some(&user), &slug, n)?;
            Ok::<_, AppError>((editor, frozen))
        })
        .await?;
    let then: Value = serde_json::from_str(&frozen).map_err(AppError::internal)?;
    let current = editor
        .plan
        .as_ref()
        .map(|p| serde_json::to_value(PlanResponse::from(p)))
        .transpose()
        .map_err(AppError::internal)?
        .unwrap_or(Value::Null);
    let lang = language.language;
    let mut ctx = context(&session, Some(&staff.0), &language);
    ctx.insert("group", &super::views::Group::of(editor.group, lang));
    ctx.insert("version", &n);
    ctx.insert("then_title", &then["title"]);
    ctx.insert("now_title", &current["title"]);
    ctx.insert("summary_changed", &(then["summary"] != current["summary"]));
    ctx.insert("then_percent", &share(&then["progress"]));
    ctx.insert("now_percent", &share(&current["progress"]));
    ctx.insert("rows", &rows(&then, &current));
    Ok(html(
        StatusCode::OK,
        render(&state, "plan_compare.html", &ctx)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn added_removed_and_changed_actions_are_told_apart() {
        let then = json!({"actions": [
            {"id": 1, "title": "Brand", "status": "planned", "progress": {"value": 0.0}},
            {"id": 2, "title": "Gone", "status": "planned", "progress": {"value": 0.5}},
        ]});
        let now = json!({"actions": [
            {"id": 1, "title": "Brand", "status": "done", "progress": {"value": 1.0}},
            {"id": 3, "title": "New", "status": "planned", "progress": {"value": 0.0}},
        ]});
        let rows = rows(&then, &now);
        let changes: Vec<(&str, &str)> =
            rows.iter().map(|r| (r.title.as_str(), r.change)).collect();
        assert_eq!(
            changes,
            [("Brand", "changed"), ("New", "added"), ("Gone", "removed")]
        );
        assert_eq!(rows[0].fields, ["status"]);
        assert_eq!(
            (rows[0].then_percent, rows[0].now_percent),
            (Some(0), Some(100))
        );
    }
}
