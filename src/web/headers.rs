//! Response headers every answer carries (framing, sniffing, referrer, CSP) and
//! `Cache-Control: no-store` on whatever may hold personal data.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{DefaultHeaders, Next};

pub fn security() -> DefaultHeaders {
    DefaultHeaders::new()
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "same-origin"))
        .add(("X-Frame-Options", "DENY"))
        .add((
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
        ))
}

/// Paths whose answers can hold personal data: the staff area and its downloads,
/// the API, and the pages opened by a personal link.
const PRIVATE: [&str; 5] = [
    "/staff",
    "/api/",
    "/registrations/",
    "/invitations/",
    "/unsubscribe/",
];

/// Middleware: private answers are never kept by a browser or a proxy cache.
pub async fn no_store_when_private(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let private = PRIVATE.iter().any(|p| req.path().starts_with(p));
    let mut response = next.call(req).await?;
    if private && !response.headers().contains_key(header::CACHE_CONTROL) {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    Ok(response)
}
