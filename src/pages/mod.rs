//! The HTML pages: public pages, the staff sign-in, and the pieces every page
//! shares (rendering, CSRF tokens, error pages, static files).

pub mod cache;
pub mod calendar;
pub mod feeds;
pub mod invitation;
pub mod outreach;
pub mod participants;
pub mod public;
pub mod registration;
pub mod schedule;
pub mod staff;

use actix_session::Session;
use actix_web::dev::ServiceResponse;
use actix_web::http::{header, StatusCode};
use actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers};
use actix_web::{web, HttpResponse, ResponseError};
use subtle::ConstantTimeEq;
use tera::Context;

use crate::domain::StaffUser;
use crate::error::AppError;
use crate::startup::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("")
            .wrap(ErrorHandlers::new().default_handler(html_error))
            .route("/", web::get().to(public::home))
            .route("/groups/{slug}", web::get().to(public::group))
            .route(
                "/groups/{slug}/calendar.ics",
                web::get().to(feeds::group_feed),
            )
            .route(
                "/groups/{slug}/calendar",
                web::get().to(calendar::one_group),
            )
            .route("/calendar", web::get().to(calendar::all_groups))
            .route(r"/events/{id:\d+}.ics", web::get().to(feeds::event_ics))
            .route(r"/events/{id:\d+}", web::get().to(public::event))
            .route(
                r"/events/{id:\d+}/register",
                web::post().to(registration::register),
            )
            .route(
                "/registrations/{token}",
                web::get().to(registration::manage),
            )
            .route(
                "/registrations/{token}/cancel",
                web::post().to(registration::cancel),
            )
            .route("/staff/login", web::get().to(staff::login_form))
            .route("/staff/login", web::post().to(staff::login))
            .route("/staff/logout", web::post().to(staff::logout))
            .route("/staff", web::get().to(staff::dashboard))
            .route(
                "/staff/groups/{slug}",
                web::get().to(schedule::group_events),
            )
            .route(
                "/staff/groups/{slug}/events/new",
                web::get().to(schedule::new_event_form),
            )
            .route(
                "/staff/groups/{slug}/events",
                web::post().to(schedule::create_event),
            )
            .route(
                r"/staff/events/{id:\d+}/edit",
                web::get().to(schedule::edit_event_form),
            )
            .route(
                r"/staff/events/{id:\d+}/edit",
                web::post().to(schedule::update_event),
            )
            .route(
                r"/staff/events/{id:\d+}/publish",
                web::post().to(schedule::publish_event),
            )
            .route(
                r"/staff/events/{id:\d+}/cancel",
                web::get().to(schedule::cancel_event_form),
            )
            .route(
                r"/staff/events/{id:\d+}/cancel",
                web::post().to(schedule::cancel_event),
            )
            .route(
                r"/staff/events/{id:\d+}/registrations",
                web::get().to(participants::list),
            )
            .route(
                r"/staff/events/{id:\d+}/registrations.csv",
                web::get().to(participants::csv),
            )
            .route(
                r"/staff/events/{id:\d+}/attendance-sheet",
                web::get().to(participants::sheet),
            )
            .route(
                r"/staff/events/{id:\d+}/registrations/{registration_id:\d+}/cancel",
                web::post().to(participants::cancel),
            )
            .route(
                r"/staff/events/{id:\d+}/registrations/{registration_id:\d+}/attendance",
                web::post().to(participants::attendance),
            )
            .route(
                "/invitations/{token}/decline",
                web::get().to(invitation::decline_form),
            )
            .route(
                "/invitations/{token}/decline",
                web::post().to(invitation::decline),
            )
            .route(
                "/unsubscribe/{token}",
                web::get().to(invitation::unsubscribe_form),
            )
            .route(
                "/unsubscribe/{token}",
                web::post().to(invitation::unsubscribe),
            )
            .route(
                "/staff/groups/{slug}/members",
                web::get().to(outreach::members_list),
            )
            .route(
                "/staff/groups/{slug}/members",
                web::post().to(outreach::member_add),
            )
            .route(
                "/staff/groups/{slug}/members.csv",
                web::get().to(outreach::members_csv),
            )
            .route(
                "/staff/groups/{slug}/members/import",
                web::post().to(outreach::members_import),
            )
            .route(
                r"/staff/groups/{slug}/members/{id:\d+}/remove",
                web::post().to(outreach::member_remove),
            )
            .route(
                r"/staff/events/{id:\d+}/invitations",
                web::get().to(outreach::invitations_list),
            )
            .route(
                r"/staff/events/{id:\d+}/invitations",
                web::post().to(outreach::invitations_send),
            )
            .route("/staff/mail", web::get().to(outreach::mail_list))
            .route("/staff/audit", web::get().to(staff::audit_log))
            .route(
                r"/staff/mail/{id:\d+}/retry",
                web::post().to(outreach::mail_retry),
            )
            .route("/static/{path:.*}", web::get().to(static_file))
            .default_service(web::to(not_found)),
    );
}

/// An error of a page handler: the status and message of an `AppError`, shown as
/// an HTML page by `html_error`.
#[derive(Debug)]
pub struct PageError(pub AppError);

impl From<AppError> for PageError {
    fn from(error: AppError) -> Self {
        PageError(error)
    }
}

impl std::fmt::Display for PageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// The message an error page shows, carried from the handler to `html_error`.
#[derive(Clone)]
struct ErrorMessage(String);

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        self.0.status_code()
    }

    fn error_response(&self) -> HttpResponse {
        // Logs internal causes, sets Retry-After and the like.
        let mut response = self.0.error_response();
        response
            .extensions_mut()
            .insert(ErrorMessage(self.0.public_message()));
        response
    }
}

pub type PageResult = Result<HttpResponse, PageError>;

/// The context every page gets: the signed-in staff user and, for them, the CSRF
/// token of the sign-out form. Pages with forms for anyone add the token themselves,
/// so that plain visitors get no session cookie.
pub fn context(session: &Session, staff: Option<&StaffUser>) -> Context {
    let mut context = Context::new();
    if let Some(staff) = staff {
        context.insert("csrf_token", &csrf_token(session));
        context.insert(
            "staff",
            &serde_json::json!({
                "name": staff.display_name, "email": staff.email, "role": staff.role.as_str(),
            }),
        );
    }
    context
}

pub fn render(state: &AppState, template: &str, context: &Context) -> Result<String, PageError> {
    state
        .templates
        .render(&format!("pages/{template}"), context)
        .map_err(|e| {
            PageError(AppError::internal(
                anyhow::Error::new(e).context(format!("rendering {template}")),
            ))
        })
}

pub fn html(status: StatusCode, body: String) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(body)
}

/// A form that carries only the CSRF token (buttons that act).
#[derive(serde::Deserialize)]
pub struct CsrfForm {
    pub csrf_token: String,
}

const CSRF_KEY: &str = "csrf";

/// The session's CSRF token, made on first use.
pub fn csrf_token(session: &Session) -> String {
    if let Ok(Some(token)) = session.get::<String>(CSRF_KEY) {
        return token;
    }
    let token = crate::auth::random_token(32);
    let _ = session.insert(CSRF_KEY, &token);
    token
}

/// Every form carries the session's token; a form from another site cannot.
pub fn verify_csrf(session: &Session, submitted: &str) -> Result<(), PageError> {
    let expected = session
        .get::<String>(CSRF_KEY)
        .ok()
        .flatten()
        .unwrap_or_default();
    let same: bool = expected.as_bytes().ct_eq(submitted.as_bytes()).into();
    if expected.is_empty() || !same {
        return Err(PageError(AppError::Forbidden(
            "This form has expired or did not come from this site. Please go back, reload the page and try again."
                .into(),
        )));
    }
    Ok(())
}

async fn not_found() -> PageResult {
    Err(PageError(AppError::NotFound(
        "We could not find that page.".into(),
    )))
}

async fn static_file(path: web::Path<String>) -> HttpResponse {
    match crate::templates::static_file(&path) {
        Some((bytes, content_type)) => HttpResponse::Ok()
            .content_type(content_type)
            .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
            .body(bytes),
        None => {
            PageError(AppError::NotFound("We could not find that file.".into())).error_response()
        }
    }
}

/// Turns error responses of the pages into HTML: a sign-in redirect for 401, an
/// error page for the rest. Responses that are HTML already pass through.
fn html_error<B: actix_web::body::MessageBody + 'static>(
    res: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let status = res.status();
    let message = res
        .response()
        .extensions()
        .get::<ErrorMessage>()
        .map(|m| m.0.clone());
    let retry_after = res.headers().get(header::RETRY_AFTER).cloned();
    let (req, _) = res.into_parts();
    let response = if status == StatusCode::UNAUTHORIZED {
        let next = req
            .uri()
            .path_and_query()
            .map_or("/staff", |p| p.as_str())
            .to_owned();
        let location = format!(
            "/staff/login?next={}",
            url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
        );
        HttpResponse::SeeOther()
            .insert_header((header::LOCATION, location))
            .finish()
    } else {
        let mut context = Context::new();
        context.insert("status", &status.as_u16());
        context.insert("title", status.canonical_reason().unwrap_or("Error"));
        context.insert(
            "message",
            &message.unwrap_or_else(|| status.canonical_reason().unwrap_or("Error").into()),
        );
        let body = req
            .app_data::<web::Data<AppState>>()
            .and_then(|state| state.templates.render("pages/error.html", &context).ok())
            .unwrap_or_else(|| format!("<!doctype html><title>{status}</title><p>{status}</p>"));
        let mut response = html(status, body);
        if let Some(value) = retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response
    };
    Ok(ErrorHandlerResponse::Response(
        ServiceResponse::new(req, response).map_into_right_body(),
    ))
}
