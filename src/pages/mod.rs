//! The HTML pages: public pages, the staff sign-in, and the pieces every page
//! shares (rendering, CSRF tokens, error pages, static files).

pub mod accounts;
mod action_form;
mod b2b;
mod b2b_staff;
pub mod calendar;
mod event_form;
mod event_links;
pub mod feeds;
pub mod invitation;
pub mod language;
pub mod materials;
pub mod members;
mod organisations;
pub mod outreach;
pub mod participants;
pub mod plan_compare;
pub mod plan_editor;
pub mod plans;
pub mod public;
pub mod registration;
mod report_rows;
mod reports;
pub mod schedule;
pub mod staff;
pub mod views;

use std::collections::BTreeMap;

use actix_session::Session;
use actix_web::dev::ServiceResponse;
use actix_web::http::{header, StatusCode};
use actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers};
use actix_web::{web, HttpResponse, ResponseError};
use subtle::ConstantTimeEq;
use tera::Context;

use crate::domain::StaffUser;
use crate::error::AppError;
use crate::web::AppState;

/// Who may open a page: the route table below states it for every route, and the
/// authorization test reads the table to call each route as each kind of caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Anyone.
    Public,
    /// Anyone holding the secret token in the address (manage, decline, unsubscribe).
    Token,
    /// Any signed-in staff user; what they see is limited to their groups.
    Staff,
    /// Staff of the group the page belongs to, and admins.
    Group,
    /// Admins only.
    Admin,
}

/// One route of the pages.
#[derive(Clone, Copy, Debug)]
pub struct PageRoute {
    pub method: &'static str,
    pub path: &'static str,
    pub access: Access,
}

/// Declares the routes once: `ROUTES` lists them and `register` serves them, so a
/// page cannot be served without stating who may open it.
macro_rules! page_routes {
    ($($method:ident $path:literal $access:ident => $handler:path;)*) => {
        /// Every page route, with who may open it.
        pub const ROUTES: &[PageRoute] = &[
            $(PageRoute { method: stringify!($method), path: $path, access: Access::$access },)*
        ];

        fn register(scope: actix_web::Scope) -> actix_web::Scope {
            scope$(.route($path, page_routes!(@method $method).to($handler)))*
        }
    };
    // HEAD answers as GET does, without the body (actix leaves it out).
    (@method GET) => { web::route().guard(actix_web::guard::Any(actix_web::guard::Get()).or(actix_web::guard::Head())) };
    (@method POST) => { web::post() };
}

page_routes! {
    GET  "/" Public => public::home;
    GET  "/groups/{slug}" Public => public::group;
    GET  "/groups/{slug}/calendar.ics" Public => feeds::group_feed;
    GET  "/groups/{slug}/plan" Public => plans::plan_page;
    GET  "/groups/{slug}/calendar" Public => calendar::one_group;
    GET  "/calendar" Public => calendar::all_groups;
    GET  "/language/{code}" Public => language::choose;
    GET  r"/events/{id:\d+}.ics" Public => feeds::event_ics;
    GET  r"/events/{id:\d+}" Public => public::event;
    POST r"/events/{id:\d+}/register" Public => registration::register;
    GET  "/registrations/{token}" Token => registration::manage;
    POST "/registrations/{token}/cancel" Token => registration::cancel;
    GET  "/registrations/{token}/b2b" Token => b2b::page;
    POST "/registrations/{token}/b2b/profile" Token => b2b::save_profile;
    GET  "/registrations/{token}/b2b/participants" Token => b2b::catalogue;
    POST "/registrations/{token}/b2b/requests" Token => b2b::send_request;
    GET  r"/registrations/{token}/b2b/requests/{id:\d+}" Token => b2b::request_page;
    POST r"/registrations/{token}/b2b/requests/{id:\d+}/accept" Token => b2b::accept;
    POST r"/registrations/{token}/b2b/requests/{id:\d+}/decline" Token => b2b::decline;
    POST r"/registrations/{token}/b2b/meetings/{id:\d+}/outcome" Token => b2b::outcome;
    GET  "/staff/login" Public => staff::login_form;
    POST "/staff/login" Public => staff::login;
    // Signing out without a session just ends at the home page.
    POST "/staff/logout" Public => staff::logout;
    GET  "/staff" Staff => staff::dashboard;
    GET  "/staff/groups/{slug}" Group => schedule::group_events;
    GET  "/staff/groups/{slug}/events/new" Group => schedule::new_event_form;
    POST "/staff/groups/{slug}/events" Group => schedule::create_event;
    GET  r"/staff/events/{id:\d+}/edit" Group => schedule::edit_event_form;
    POST r"/staff/events/{id:\d+}/edit" Group => schedule::update_event;
    POST r"/staff/events/{id:\d+}/publish" Group => schedule::publish_event;
    GET  r"/staff/events/{id:\d+}/cancel" Group => schedule::cancel_event_form;
    POST r"/staff/events/{id:\d+}/cancel" Group => schedule::cancel_event;
    GET  r"/staff/events/{id:\d+}/registrations" Group => participants::list;
    GET  r"/staff/events/{id:\d+}/registrations.csv" Group => participants::csv;
    GET  r"/staff/events/{id:\d+}/attendance-sheet" Group => participants::sheet;
    POST r"/staff/events/{id:\d+}/attendance/import" Group => participants::import_attendance;
    GET  r"/staff/events/{id:\d+}/registrations/{registration_id:\d+}/cancel" Group => participants::cancel_form;
    POST r"/staff/events/{id:\d+}/registrations/{registration_id:\d+}/cancel" Group => participants::cancel;
    POST r"/staff/events/{id:\d+}/registrations/{registration_id:\d+}/attendance" Group => participants::attendance;
    GET  "/invitations/{token}/decline" Token => invitation::decline_form;
    POST "/invitations/{token}/decline" Token => invitation::decline;
    GET  "/unsubscribe/{token}" Token => invitation::unsubscribe_form;
    POST "/unsubscribe/{token}" Token => invitation::unsubscribe;
    GET  "/staff/groups/{slug}/plan" Group => plan_editor::plan_page;
    POST "/staff/groups/{slug}/plan" Group => plan_editor::save_plan;
    POST "/staff/groups/{slug}/plan/adopt" Group => plan_editor::adopt;
    POST "/staff/groups/{slug}/plan/actions" Group => plan_editor::add_action;
    GET  r"/staff/groups/{slug}/plan/versions/{n:\d+}" Group => plan_compare::compare;
    GET  r"/staff/actions/{id:\d+}/edit" Group => plan_editor::action_form;
    POST r"/staff/actions/{id:\d+}/edit" Group => plan_editor::save_action;
    POST r"/staff/actions/{id:\d+}/move" Group => plan_editor::move_action;
    POST r"/staff/actions/{id:\d+}/delete" Group => plan_editor::delete_action;
    GET  r"/staff/events/{id:\d+}/b2b" Group => b2b_staff::page;
    POST r"/staff/events/{id:\d+}/b2b" Group => b2b_staff::save_session;
    POST r"/staff/events/{id:\d+}/b2b/schedule" Group => b2b_staff::schedule;
    POST r"/staff/events/{id:\d+}/b2b/publish" Group => b2b_staff::publish;
    GET  r"/staff/events/{id:\d+}/b2b/tables" Group => b2b_staff::tables;
    POST r"/staff/b2b/meetings/{id:\d+}/move" Group => b2b_staff::move_meeting;
    GET  r"/staff/events/{id:\d+}/materials" Group => materials::event_materials;
    POST r"/staff/events/{id:\d+}/materials" Group => materials::add_to_event;
    POST r"/staff/events/{id:\d+}/materials/announce" Group => materials::announce;
    GET  "/staff/groups/{slug}/materials" Group => materials::group_materials;
    POST "/staff/groups/{slug}/materials" Group => materials::add_to_group;
    POST r"/staff/materials/{id:\d+}/delete" Group => materials::delete;
    GET  "/staff/groups/{slug}/members" Group => members::members_list;
    POST "/staff/groups/{slug}/members" Group => members::member_add;
    GET  "/staff/groups/{slug}/members.csv" Group => members::members_csv;
    POST "/staff/groups/{slug}/members/import" Group => members::members_import;
    GET  r"/staff/groups/{slug}/members/{id:\d+}/remove" Group => members::member_remove_form;
    POST r"/staff/groups/{slug}/members/{id:\d+}/remove" Group => members::member_remove;
    GET  r"/staff/events/{id:\d+}/invitations" Group => outreach::invitations_list;
    POST r"/staff/events/{id:\d+}/invitations" Group => outreach::invitations_send;
    GET  "/staff/mail" Staff => outreach::mail_list;
    GET  "/staff/audit" Staff => staff::audit_log;
    GET  "/staff/reports" Staff => reports::reports_page;
    // The report's groups are named in the query (group=...), a snapshot's by itself.
    GET  "/staff/reports/participations" Group => report_rows::participations;
    GET  "/staff/reports/participation.csv" Group => report_rows::csv;
    GET  "/staff/reports/participation.xlsx" Group => report_rows::xlsx;
    GET  "/staff/reports/evidence.zip" Group => report_rows::evidence;
    POST "/staff/reports/snapshots" Staff => reports::freeze;
    GET  r"/staff/reports/snapshots/{id:\d+}" Group => reports::snapshot_page;
    GET  r"/staff/reports/snapshots/{id:\d+}.xlsx" Group => reports::snapshot_xlsx;
    POST "/staff/reports/periods" Admin => reports::add_period;
    POST r"/staff/reports/periods/{id:\d+}/delete" Admin => reports::delete_period;
    // Organisations are shared by the groups: any staff member keeps them.
    GET  "/staff/organisations" Staff => organisations::list;
    GET  r"/staff/organisations/{id:\d+}" Staff => organisations::show;
    POST r"/staff/organisations/{id:\d+}/merge" Staff => organisations::merge;
    GET  "/staff/accounts" Admin => accounts::list;
    POST "/staff/accounts" Admin => accounts::invite;
    GET  r"/staff/accounts/{id:\d+}" Admin => accounts::edit_form;
    POST r"/staff/accounts/{id:\d+}" Admin => accounts::update;
    POST r"/staff/accounts/{id:\d+}/invite-again" Admin => accounts::invite_again;
    GET  "/staff/password/{token}" Token => accounts::password_form;
    POST "/staff/password/{token}" Token => accounts::set_password;
    GET  "/staff/erase" Admin => staff::erase_form;
    POST "/staff/erase" Admin => staff::erase;
    GET  r"/staff/mail/{id:\d+}" Group => outreach::mail_message;
    POST r"/staff/mail/{id:\d+}/retry" Group => outreach::mail_retry;
    GET  r"/materials/{id:\d+}" Public => materials::download;
    GET  "/static/{path:.*}" Public => static_file;
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        register(web::scope(""))
            .default_service(web::to(not_found))
            .wrap(ErrorHandlers::new().default_handler(html_error)),
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

/// The staff member a page is for, with what rendering it takes: the app, the
/// session (for the CSRF token) and the reader's language.
pub struct Reader<'a> {
    pub state: &'a AppState,
    pub session: &'a Session,
    pub staff: &'a crate::web::auth::SessionStaff,
    pub language: &'a language::PageLanguage,
}

impl<'a> Reader<'a> {
    pub fn of(
        state: &'a AppState,
        session: &'a Session,
        staff: &'a crate::web::auth::SessionStaff,
        language: &'a language::PageLanguage,
    ) -> Self {
        Reader {
            state,
            session,
            staff,
            language,
        }
    }
}

/// The context every page gets: the reader's language, the signed-in staff user
/// and, for them, the CSRF token of the sign-out form. Pages with forms for anyone
/// add the token themselves, so that plain visitors get no session cookie.
pub fn context(
    session: &Session,
    staff: Option<&StaffUser>,
    language: &language::PageLanguage,
) -> Context {
    let mut context = Context::new();
    language.insert_into(&mut context);
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
        // The language comes from these (and the staff view from the cookie):
        // a shared cache must not hand one visitor's page to another.
        .insert_header((header::VARY, "Accept-Language, Cookie"))
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
    let token = crate::secrets::random_token(32);
    let _ = session.insert(CSRF_KEY, &token);
    token
}

/// A form's fields, once its CSRF token is checked.
pub fn checked_form(
    session: &Session,
    form: Vec<(String, String)>,
) -> Result<BTreeMap<String, String>, PageError> {
    let values: BTreeMap<String, String> = form.into_iter().collect();
    verify_csrf(session, values.get("csrf_token").map_or("", String::as_str))?;
    Ok(values)
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

/// Where to go after a form that carries `next`: a path on this site, else `default`.
pub fn next_or(state: &AppState, next: Option<&str>, default: &str) -> String {
    next.and_then(|next| crate::domain::redirect::local_path(next, &state.config.public_url))
        .unwrap_or_else(|| default.to_owned())
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
/// An error page in the reader's language: a heading and a line per kind of error;
/// the specific message (English, as the API words it) only on English pages.
fn error_context(
    req: &actix_web::HttpRequest,
    status: StatusCode,
    message: Option<String>,
) -> Context {
    let language = language::PageLanguage::of(req);
    let lang = language.language;
    let kind = match status.as_u16() {
        code @ (403 | 404 | 409 | 413 | 429) => code.to_string(),
        _ => "other".to_owned(),
    };
    let say = |key: String| crate::i18n::text(lang, &key, &[]).unwrap_or_default();
    let mut context = Context::new();
    language.insert_into(&mut context);
    context.insert("status", &status.as_u16());
    context.insert("heading", &say(format!("error-title-{kind}")));
    context.insert("text", &say(format!("error-text-{kind}")));
    let detail = message.filter(|_| lang == crate::domain::Language::En);
    context.insert(
        "detail",
        &detail.filter(|m| Some(m.as_str()) != status.canonical_reason()),
    );
    context
}

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
        let context = error_context(&req, status, message);
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
