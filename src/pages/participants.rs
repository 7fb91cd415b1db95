//! Staff pages about who comes: an event's registrations with participation
//! figures, cancelling and attendance, the CSV export and the printable sheet.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};

use super::language::PageLanguage;
use super::views::{when_in, Registration};
use super::{context, html, render, verify_csrf, PageResult};
use crate::domain::participation::Attendance;
use crate::error::AppError;
use crate::ops::event_view::EventView;
use crate::ops::registrations::RegistrationView;
use crate::web::auth::SessionStaff;
use crate::web::AppState;

async fn load(
    state: &AppState,
    staff: &SessionStaff,
    id: i64,
) -> Result<(EventView, Vec<RegistrationView>), super::PageError> {
    let user = staff.0.clone();
    Ok(state
        .db
        .read(move |conn| crate::ops::attendance::for_event(conn, &user, id))
        .await?)
}

pub async fn list(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    done: web::Query<Done>,
    language: PageLanguage,
) -> PageResult {
    let (event, views) = load(&state, &staff, id.into_inner()).await?;
    let notice = match done.done.as_deref() {
        Some("attendance") => Some(language.say("regs-done-attendance", &[])),
        Some("cancelled") => Some(language.say("regs-done-cancelled", &[])),
        _ => None,
    };
    let lang = language.language;
    let kind = |code: &str| super::language::organisation_kind(lang, code, code);
    let mut figures = crate::ops::attendance::figures(&event, &views);
    for tally in &mut figures.by_organisation_kind {
        tally.key = kind(&tally.key);
    }
    let mut registrations: Vec<Registration> = super::views::all(views);
    for registration in &mut registrations {
        registration.organisation_kind = registration.organisation_kind.as_deref().map(kind);
    }
    let started = chrono::Utc::now().naive_utc() >= event.row.starts_at;
    let mut ctx = context(&session, Some(&staff.0), &language);
    ctx.insert("event", &super::views::Event::from(&event));
    ctx.insert(
        "group",
        &super::views::Group::of(event.group.clone(), language.language),
    );
    ctx.insert("when", &when_in(&event, &language));
    ctx.insert("figures", &figures);
    ctx.insert("started", &started);
    ctx.insert("registrations", &registrations);
    ctx.insert("notice", &notice);
    Ok(html(
        StatusCode::OK,
        render(&state, "staff_registrations.html", &ctx)?,
    ))
}

/// What the list says after an action (`?done=attendance`).
#[derive(serde::Deserialize)]
pub struct Done {
    done: Option<String>,
}

#[derive(serde::Deserialize)]
pub struct ActionForm {
    csrf_token: String,
    attendance: Option<String>,
    /// For a cancellation: what the person is told.
    reason: Option<String>,
}

/// Back to the list, which says what was `done` ("attendance", "cancelled").
fn back_to_list(event_id: i64, done: &str) -> HttpResponse {
    crate::web::respond::see_other(format!(
        "/staff/events/{event_id}/registrations?done={done}"
    ))
}

/// Asks before cancelling someone's registration, with room for a reason the
/// person is told.
pub async fn cancel_form(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    path: web::Path<(i64, i64)>,
    language: PageLanguage,
) -> PageResult {
    let (event_id, id) = path.into_inner();
    let (event, views) = load(&state, &staff, event_id).await?;
    let registration = views
        .into_iter()
        .find(|v| v.row.id == id)
        .ok_or_else(|| AppError::NotFound(format!("Event {event_id} has no registration {id}.")))?;
    let mut ctx = context(&session, Some(&staff.0), &language);
    ctx.insert("event", &super::views::Event::from(&event));
    ctx.insert(
        "group",
        &super::views::Group::of(event.group.clone(), language.language),
    );
    ctx.insert("when", &when_in(&event, &language));
    ctx.insert("registration", &Registration::from(registration));
    Ok(html(
        StatusCode::OK,
        render(&state, "registration_cancel.html", &ctx)?,
    ))
}

pub async fn cancel(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    path: web::Path<(i64, i64)>,
    form: web::Form<ActionForm>,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let ((event_id, id), now, user) = (path.into_inner(), chrono::Utc::now(), staff.0.clone());
    let reason = form.reason.clone().filter(|r| !r.trim().is_empty());
    state
        .write_and_send(move |conn, composer| {
            let cancel = crate::ops::cancellations::cancel_by_staff;
            cancel(conn, composer, &user, event_id, id, reason, now)
        })
        .await?;
    Ok(back_to_list(event_id, "cancelled"))
}

pub async fn attendance(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    path: web::Path<(i64, i64)>,
    form: web::Form<ActionForm>,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let attendance = form.attendance.as_deref().and_then(Attendance::parse);
    let ((event_id, id), now, user) = (path.into_inner(), chrono::Utc::now(), staff.0.clone());
    state
        .db
        .write(move |conn| {
            crate::ops::attendance::mark_attendance(conn, &user, event_id, id, attendance, now)
        })
        .await?;
    Ok(back_to_list(event_id, "attendance"))
}

pub async fn csv(
    state: web::Data<AppState>,
    staff: SessionStaff,
    id: web::Path<i64>,
) -> PageResult {
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    let file = state
        .db
        .write(move |conn| crate::ops::exports::registrations(conn, &staff.0, id, now))
        .await?;
    Ok(crate::web::respond::csv_download(file))
}

/// A page to print and have signed: EU-funded projects keep these as proof.
pub async fn sheet(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    language: PageLanguage,
) -> PageResult {
    let (event, views) = load(&state, &staff, id.into_inner()).await?;
    let rows: Vec<_> = views.into_iter().map(|v| v.row).collect();
    let mut ctx = context(&session, Some(&staff.0), &language);
    crate::ops::attendance_sheet::Sheet::of(&event, &rows, language.language).insert_into(&mut ctx);
    Ok(html(
        StatusCode::OK,
        render(&state, "attendance_sheet.html", &ctx)?,
    ))
}

/// `POST /staff/events/{id}/attendance/import`: the attendance of an event that
/// has begun, from a spreadsheet; the page says what each row did.
pub async fn import_attendance(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: actix_multipart::form::MultipartForm<super::members::ImportForm>,
    language: PageLanguage,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    let (event, _) = load(&state, &staff, id).await?;
    let outcome = if form.file.data.iter().all(u8::is_ascii_whitespace) {
        Err(language.say("members-choose-file", &[]))
    } else {
        match crate::ops::attendance_import::import_csv(
            &state.db,
            &staff.0,
            id,
            &form.file.data,
            now,
        )
        .await
        {
            Ok(mut report) => {
                for refused in &mut report.refused {
                    refused.reason = super::members::import_reason(&language, &refused.reason);
                }
                Ok(report)
            }
            Err(AppError::InvalidInput { fields, .. }) => {
                let reasons = fields
                    .into_values()
                    .map(|reason| super::members::file_reason(&language, &reason));
                let reason = reasons.collect::<Vec<_>>().join("; ");
                Err(language.say("members-nothing-imported", &[("reason", &reason)]))
            }
            Err(other) => return Err(other.into()),
        }
    };
    let mut ctx = context(&session, Some(&staff.0), &language);
    ctx.insert("event", &super::views::Event::from(&event));
    let status = match outcome {
        Ok(report) => {
            ctx.insert("report", &report);
            StatusCode::OK
        }
        Err(problem) => {
            ctx.insert("problem", &problem);
            StatusCode::UNPROCESSABLE_ENTITY
        }
    };
    Ok(html(
        status,
        render(&state, "attendance_import.html", &ctx)?,
    ))
}
