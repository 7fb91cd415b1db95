//! The JSON API under `/api/v1`, its OpenAPI document, and the extractor settings
//! that make every client error a JSON error body.

pub mod audit;
pub mod auth;
pub mod b2b;
pub mod events;
pub mod groups;
pub mod invitations;
pub mod json;
pub mod mail;
pub mod materials;
pub mod members;
pub mod plans;
pub mod privacy;
pub mod registrations;
pub mod reports;
pub mod staff;
pub mod system;

use actix_web::dev::ServiceResponse;
use actix_web::http::header;
use actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers};
use actix_web::{web, HttpResponse, ResponseError};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::error::{AppError, ErrorBody};
pub use json::ApiJson;

#[derive(OpenApi)]
#[openapi(
    info(title = "clustercord", description = "Exchange forums and study visits for transnational cluster cooperation.\n\nOperations secured with `bearer` take a staff token from `POST /api/v1/auth/tokens`. Those that name the role `admin` are for admins only; the others are open to coordinators for their own groups (another group's events, registrations, members and mail are refused with 403 or 404) and to admins for every group."),
    paths(
        system::health,
        auth::create_token,
        groups::list_groups,
        groups::get_group,
        groups::create_group,
        members::list,
        members::add,
        members::remove,
        members::import,
        members::export,
        events::create_event,
        events::list_events,
        events::get_event,
        events::change_event,
        events::publish_event,
        events::cancel_event,
        registrations::register,
        registrations::list,
        registrations::list_csv,
        registrations::get_own,
        registrations::cancel_own,
        registrations::staff_cancel,
        registrations::set_attendance,
        registrations::import_attendance,
        invitations::invite,
        invitations::list,
        mail::list_mail,
        mail::retry_mail,
        audit::list_audit,
        privacy::erase,
        materials::add_to_event,
        materials::add_to_group,
        materials::list_for_event,
        materials::list_for_group,
        materials::delete,
        materials::announce,
        plans::get_plan,
        plans::put_plan,
        plans::adopt_plan,
        plans::list_versions,
        plans::get_version,
        plans::add_action,
        plans::change_action,
        plans::delete_action,
        reports::list_organisations,
        reports::merge_organisation,
        reports::participation,
        reports::participation_csv,
        reports::participation_xlsx,
        reports::evidence,
        reports::create_snapshot,
        reports::get_snapshot,
        staff::list_staff,
        staff::invite_staff,
        staff::change_staff,
        staff::invite_staff_again,
        staff::set_password,
        b2b::put_session,
        b2b::get_session,
        b2b::put_profile,
        b2b::participants,
        b2b::send_request,
        b2b::list_requests,
        b2b::accept,
        b2b::decline,
        b2b::schedule,
        b2b::list_meetings,
        b2b::move_meeting,
        b2b::publish,
        b2b::agenda,
        b2b::outcome,
    ),
    components(schemas(ErrorBody)),
    modifiers(&BearerAuth, &CommonErrors)
)]
pub struct ApiDoc;

/// The error answers that come from the request's shape rather than from an
/// operation, documented on every operation they can reach: a body that is not
/// JSON (400), too large (413), of another type (415) or of another shape (422),
/// a path that names nothing (404), a bad query (422), and the rate limit (429).
struct CommonErrors;

/// Operations limited per client address (`CLUSTERCORD_RATE_LIMIT_PER_MINUTE`).
const RATE_LIMITED: [&str; 2] = ["/api/v1/auth/tokens", "/api/v1/events/{id}/registrations"];

impl Modify for CommonErrors {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::path::ParameterIn;
        use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
        let error = |description: &str| {
            RefOr::T(
                ResponseBuilder::new()
                    .description(description)
                    .content(
                        "application/json",
                        ContentBuilder::new()
                            .schema(Some(Ref::from_schema_name("ErrorBody")))
                            .build(),
                    )
                    .build(),
            )
        };
        for (path, item) in openapi.paths.paths.iter_mut() {
            for (is_post, operation) in [
                (false, &mut item.get),
                (false, &mut item.put),
                (true, &mut item.post),
                (false, &mut item.delete),
                (false, &mut item.patch),
            ] {
                let Some(operation) = operation.as_mut() else {
                    continue;
                };
                let responses = &mut operation.responses.responses;
                let mut add = |status: &str, description: &str| {
                    responses
                        .entry(status.to_owned())
                        .or_insert_with(|| error(description));
                };
                if operation.request_body.is_some() {
                    add("400", "The body could not be read (invalid_json).");
                    add("413", "The body is too large (payload_too_large).");
                    add(
                        "415",
                        "The body is not of the documented type (unsupported_media_type).",
                    );
                    add(
                        "422",
                        "The body does not have the documented shape (invalid_input).",
                    );
                }
                let parameters = operation.parameters.as_deref().unwrap_or_default();
                if path.contains('{') {
                    add("404", "Nothing is found at this address (not_found).");
                }
                if parameters
                    .iter()
                    .any(|p| p.parameter_in == ParameterIn::Query)
                {
                    add("422", "A query parameter is invalid (invalid_input).");
                }
                if is_post && RATE_LIMITED.contains(&path.as_str()) {
                    add(
                        "429",
                        "Too many requests from this address; see Retry-After (rate_limited).",
                    );
                }
            }
        }
    }
}

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The routes under `/api/v1`.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api/v1")
            .wrap(ErrorHandlers::new().default_handler_client(json_client_error))
            .service(resource("/auth/tokens").route(web::post().to(auth::create_token)))
            .service(resource("/audit").route(web::get().to(audit::list_audit)))
            .service(
                resource("/staff")
                    .route(web::get().to(staff::list_staff))
                    .route(web::post().to(staff::invite_staff)),
            )
            .service(resource("/staff/password").route(web::post().to(staff::set_password)))
            .service(resource("/staff/{id}").route(web::patch().to(staff::change_staff)))
            .service(
                resource("/staff/{id}/invitation").route(web::post().to(staff::invite_staff_again)),
            )
            .service(resource("/people/erase").route(web::post().to(privacy::erase)))
            .service(resource("/organisations").route(web::get().to(reports::list_organisations)))
            .service(
                resource("/organisations/{id}/merge")
                    .route(web::post().to(reports::merge_organisation)),
            )
            .service(
                resource("/reports/participation").route(web::get().to(reports::participation)),
            )
            .service(
                resource("/reports/participation.csv")
                    .route(web::get().to(reports::participation_csv)),
            )
            .service(
                resource("/reports/participation.xlsx")
                    .route(web::get().to(reports::participation_xlsx)),
            )
            .service(resource("/reports/evidence.zip").route(web::get().to(reports::evidence)))
            .service(resource("/reports/snapshots").route(web::post().to(reports::create_snapshot)))
            .service(
                resource("/reports/snapshots/{id}").route(web::get().to(reports::get_snapshot)),
            )
            .service(
                resource("/groups")
                    .route(web::get().to(groups::list_groups))
                    .route(web::post().to(groups::create_group)),
            )
            .service(resource("/groups/{slug}").route(web::get().to(groups::get_group)))
            .service(
                resource("/groups/{slug}/members")
                    .route(web::get().to(members::list))
                    .route(web::post().to(members::add)),
            )
            .service(resource("/groups/{slug}/members.csv").route(web::get().to(members::export)))
            .service(
                resource("/groups/{slug}/members/import")
                    .app_data(web::PayloadConfig::new(members::IMPORT_LIMIT))
                    .route(web::post().to(members::import)),
            )
            .service(
                resource("/groups/{slug}/members/{id}").route(web::delete().to(members::remove)),
            )
            .service(
                resource("/groups/{slug}/materials")
                    .route(web::get().to(materials::list_for_group))
                    .route(web::post().to(materials::add_to_group)),
            )
            .service(
                resource("/events/{id}/materials")
                    .route(web::get().to(materials::list_for_event))
                    .route(web::post().to(materials::add_to_event)),
            )
            .service(
                resource("/events/{id}/materials/announce")
                    .route(web::post().to(materials::announce)),
            )
            .service(resource("/materials/{id}").route(web::delete().to(materials::delete)))
            .service(
                resource("/groups/{slug}/plan")
                    .route(web::get().to(plans::get_plan))
                    .route(web::put().to(plans::put_plan)),
            )
            .service(resource("/groups/{slug}/plan/adopt").route(web::post().to(plans::adopt_plan)))
            .service(
                resource("/groups/{slug}/plan/versions").route(web::get().to(plans::list_versions)),
            )
            .service(
                resource("/groups/{slug}/plan/versions/{n}")
                    .route(web::get().to(plans::get_version)),
            )
            .service(
                resource("/groups/{slug}/plan/actions").route(web::post().to(plans::add_action)),
            )
            .service(
                resource("/actions/{id}")
                    .route(web::patch().to(plans::change_action))
                    .route(web::delete().to(plans::delete_action)),
            )
            .service(
                resource("/events")
                    .route(web::get().to(events::list_events))
                    .route(web::post().to(events::create_event)),
            )
            .service(
                resource("/events/{id}")
                    .route(web::get().to(events::get_event))
                    .route(web::patch().to(events::change_event)),
            )
            .service(
                resource("/events/{id}/attendance/import")
                    .app_data(web::PayloadConfig::new(members::IMPORT_LIMIT))
                    .route(web::post().to(registrations::import_attendance)),
            )
            .service(resource("/events/{id}/publish").route(web::post().to(events::publish_event)))
            .service(resource("/events/{id}/cancel").route(web::post().to(events::cancel_event)))
            .service(
                resource("/events/{id}/registrations")
                    .route(web::get().to(registrations::list))
                    .route(web::post().to(registrations::register)),
            )
            .service(
                resource("/events/{id}/registrations.csv")
                    .route(web::get().to(registrations::list_csv)),
            )
            .service(
                resource("/events/{id}/registrations/{registration_id}/cancel")
                    .route(web::post().to(registrations::staff_cancel)),
            )
            .service(
                resource("/events/{id}/registrations/{registration_id}/attendance")
                    .route(web::put().to(registrations::set_attendance)),
            )
            .service(
                resource("/registrations/{token}").route(web::get().to(registrations::get_own)),
            )
            .service(
                resource("/registrations/{token}/cancel")
                    .route(web::post().to(registrations::cancel_own)),
            )
            .service(
                resource("/events/{id}/invitations")
                    .app_data(web::PayloadConfig::new(invitations::INVITE_LIMIT))
                    .route(web::get().to(invitations::list))
                    .route(web::post().to(invitations::invite)),
            )
            .service(
                resource("/events/{id}/b2b")
                    .route(web::get().to(b2b::get_session))
                    .route(web::put().to(b2b::put_session)),
            )
            .service(
                resource("/events/{id}/b2b/participants").route(web::get().to(b2b::participants)),
            )
            .service(resource("/events/{id}/b2b/schedule").route(web::post().to(b2b::schedule)))
            .service(resource("/events/{id}/b2b/meetings").route(web::get().to(b2b::list_meetings)))
            .service(resource("/events/{id}/b2b/publish").route(web::post().to(b2b::publish)))
            .service(resource("/b2b/meetings/{id}").route(web::patch().to(b2b::move_meeting)))
            .service(
                resource("/registrations/{token}/b2b/profile")
                    .route(web::put().to(b2b::put_profile)),
            )
            .service(
                resource("/registrations/{token}/b2b/requests")
                    .route(web::get().to(b2b::list_requests))
                    .route(web::post().to(b2b::send_request)),
            )
            .service(
                resource("/registrations/{token}/b2b/requests/{id}/accept")
                    .route(web::post().to(b2b::accept)),
            )
            .service(
                resource("/registrations/{token}/b2b/requests/{id}/decline")
                    .route(web::post().to(b2b::decline)),
            )
            .service(
                resource("/registrations/{token}/b2b/agenda").route(web::get().to(b2b::agenda)),
            )
            .service(
                resource("/registrations/{token}/b2b/meetings/{id}/outcome")
                    .route(web::post().to(b2b::outcome)),
            )
            .service(resource("/mail").route(web::get().to(mail::list_mail)))
            .service(resource("/mail/{id}/retry").route(web::post().to(mail::retry_mail)))
            .default_service(web::to(not_found)),
    );
}

/// A resource that answers 405 with the JSON error body for other methods.
fn resource(path: &str) -> actix_web::Resource {
    web::resource(path).default_service(web::to(method_not_allowed))
}

async fn method_not_allowed() -> Result<HttpResponse, AppError> {
    Err(AppError::MethodNotAllowed(
        "This endpoint does not take that method.".into(),
    ))
}

/// Extractor settings: a bad path is a 404, a bad query a 422, both as JSON.
pub fn extractor_config(cfg: &mut web::ServiceConfig) {
    cfg.app_data(
        web::PathConfig::default()
            // The parser's words ("number too large to fit in target type") tell a
            // prober about our types and nobody anything useful.
            .error_handler(|_, _| AppError::NotFound("Not found.".into()).into()),
    )
    .app_data(
        web::QueryConfig::default()
            .error_handler(|error, _| AppError::invalid_field("query", error.to_string()).into()),
    );
}

pub async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound("There is no such API endpoint.".into()))
}

/// Gives a JSON error body to client errors that actix answered itself (a wrong
/// method on a known path, say), so no 4xx of the API comes without one.
fn json_client_error<B>(res: ServiceResponse<B>) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let status = res.status();
    let error = match status.as_u16() {
        404 => AppError::NotFound("There is no such API endpoint.".into()),
        405 => AppError::MethodNotAllowed("This endpoint does not take that method.".into()),
        413 => AppError::PayloadTooLarge("The request body is too large.".into()),
        _ => AppError::InvalidInput {
            message: status.canonical_reason().unwrap_or("Bad request").into(),
            fields: Default::default(),
        },
    };
    let (req, _) = res.into_parts();
    let mut response: HttpResponse = error.error_response();
    *response.status_mut() = status;
    Ok(ErrorHandlerResponse::Response(
        ServiceResponse::new(req, response).map_into_right_body(),
    ))
}
