//! Staff pages about who comes: an event's registrations with participation
//! figures, cancelling and attendance, the CSV export and the printable sheet.

use actix_session::Session;
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpResponse};

use super::{context, html, render, verify_csrf, PageResult};
use crate::api::registrations::RegistrationResponse;
use crate::auth::SessionStaff;
use crate::ops::events::EventView;
use crate::ops::registrations::{self, Attendance, RegistrationView};
use crate::startup::AppState;

async fn load(
    state: &AppState,
    staff: &SessionStaff,
    id: i64,
) -> Result<(EventView, Vec<RegistrationView>), super::PageError> {
    let user = staff.0.clone();
    Ok(state
        .db
        .read(move |conn| registrations::for_event(conn, &user, id))
        .await?)
}

fn rows(event: &EventView, views: Vec<RegistrationView>) -> Vec<RegistrationResponse> {
    views
        .into_iter()
        .map(|v| RegistrationResponse::of(v, event))
        .collect()
}

pub async fn list(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
) -> PageResult {
    let (event, views) = load(&state, &staff, id.into_inner()).await?;
    let figures = registrations::figures(&event, &views);
    let started = chrono::Utc::now().naive_utc() >= event.row.starts_at;
    let mut ctx = context(&session, Some(&staff.0));
    ctx.insert("event", &crate::api::events::EventResponse::from(&event));
    ctx.insert(
        "group",
        &crate::api::groups::GroupResponse::from(event.group.clone()),
    );
    ctx.insert("when", &event.when_label());
    ctx.insert("figures", &figures);
    ctx.insert("started", &started);
    ctx.insert("registrations", &rows(&event, views));
    Ok(html(
        StatusCode::OK,
        render(&state, "staff_registrations.html", &ctx)?,
    ))
}

#[derive(serde::Deserialize)]
pub struct ActionForm {
    csrf_token: String,
    attendance: Option<String>,
}

fn back_to_list(event_id: i64) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((
            header::LOCATION,
            format!("/staff/events/{event_id}/registrations"),
        ))
        .finish()
}

pub async fn cancel(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    path: web::Path<(i64, i64)>,
    form: web::Form<ActionForm>,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let ((event_id, id), now, composer, user) = (
        path.into_inner(),
        chrono::Utc::now(),
        state.composer.clone(),
        staff.0.clone(),
    );
    state
        .db
        .write(move |conn| {
            registrations::cancel_by_staff(conn, &composer, &user, event_id, id, now)
        })
        .await?;
    state.mailer.wake();
    Ok(back_to_list(event_id))
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
            registrations::mark_attendance(conn, &user, event_id, id, attendance, now)
        })
        .await?;
    Ok(back_to_list(event_id))
}

pub async fn csv(
    state: web::Data<AppState>,
    staff: SessionStaff,
    id: web::Path<i64>,
) -> PageResult {
    Ok(crate::api::registrations::csv_export(&state, staff.0, id.into_inner()).await?)
}

/// A page to print and have signed: EU-funded projects keep these as proof.
pub async fn sheet(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
) -> PageResult {
    let (event, views) = load(&state, &staff, id.into_inner()).await?;
    let confirmed: Vec<RegistrationResponse> = rows(&event, views)
        .into_iter()
        .filter(|r| r.status == "confirmed")
        .collect();
    let mut ctx = context(&session, Some(&staff.0));
    ctx.insert("event", &crate::api::events::EventResponse::from(&event));
    ctx.insert("group_name", &event.group.name);
    ctx.insert("when", &event.when_label());
    ctx.insert("location", &event.location());
    ctx.insert("participants", &confirmed);
    Ok(html(
        StatusCode::OK,
        render(&state, "attendance_sheet.html", &ctx)?,
    ))
}
