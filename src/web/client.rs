//! Who is on the other end of a request at the network level: the peer address,
//! or the client a proxy named in `X-Forwarded-For` when that proxy is one the
//! operator trusts (`CLUSTERCORD_TRUSTED_PROXIES`). The log, the rate limit and
//! the sign-in throttle all ask here, so they never disagree.

use std::net::IpAddr;

use actix_web::dev::ServiceRequest;
use actix_web::http::header::HeaderMap;
use actix_web::{body::MessageBody, dev::ServiceResponse, HttpMessage, HttpRequest};
use ipnet::IpNet;
use tracing::Span;
use tracing_actix_web::{DefaultRootSpanBuilder, RootSpanBuilder};

/// The proxies of `CLUSTERCORD_TRUSTED_PROXIES`, registered as app data.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(pub Vec<IpNet>);

/// The client's address, worked out once per request (see `ClientSpan`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddress(pub IpAddr);

/// The client of a request with this `peer` and these headers. A forwarding header
/// is read only when the peer is a trusted proxy; then the address nearest to us
/// that is not itself a trusted proxy is the client (addresses further left were
/// written by whoever sent the request, and can be anything).
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    // IPv4 peers of an IPv6 socket come as ::ffff:a.b.c.d; ranges are written in IPv4.
    let is_trusted = |address: &IpAddr| trusted.iter().any(|net| net.contains(address));
    let mut client = peer.to_canonical();
    if !is_trusted(&client) {
        return client;
    }
    let entries: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(str::trim)
        .collect();
    // From the right, each entry was written by the hop before it; as long as that
    // hop is one of ours, its word is good. An entry we cannot read ends the walk:
    // what stands left of it is no evidence of anything.
    for entry in entries.iter().rev() {
        let Ok(address) = entry.parse::<IpAddr>().map(|a| a.to_canonical()) else {
            break;
        };
        client = address;
        if !is_trusted(&client) {
            break;
        }
    }
    client
}

/// The client address of a request that went through `ClientSpan`, else its peer.
pub fn of(req: &HttpRequest) -> Option<IpAddr> {
    req.extensions()
        .get::<ClientAddress>()
        .map(|c| c.0)
        .or_else(|| req.peer_addr().map(|a| a.ip()))
}

/// The root span of each request, with the client address as worked out above
/// (tracing-actix-web's default takes `X-Forwarded-For` from anyone). The address
/// is also left in the request's extensions for the handlers.
pub struct ClientSpan;

impl RootSpanBuilder for ClientSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let trusted = request
            .app_data::<TrustedProxies>()
            .map_or(&[][..], |proxies| &proxies.0[..]);
        let client = request
            .peer_addr()
            .map(|peer| client_address(peer.ip(), request.headers(), trusted));
        if let Some(address) = client {
            request.extensions_mut().insert(ClientAddress(address));
        }
        let route = request.match_pattern().unwrap_or_else(|| "default".into());
        tracing::info_span!(
            "HTTP request",
            http.method = %request.method(),
            http.route = %route,
            http.target = %request.uri().path(),
            http.client_ip = %client.map(|a| a.to_string()).unwrap_or_default(),
            http.status_code = tracing::field::Empty,
            otel.status_code = tracing::field::Empty,
            exception.message = tracing::field::Empty,
            exception.details = tracing::field::Empty,
        )
    }

    fn on_request_end<B: MessageBody>(
        span: Span,
        outcome: &Result<ServiceResponse<B>, actix_web::Error>,
    ) {
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::header::{HeaderName, HeaderValue};

    fn headers(forwarded: &[&str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for value in forwarded {
            map.append(
                HeaderName::from_static("x-forwarded-for"),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        map
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn without_trusted_proxies_the_peer_is_the_client_whatever_the_header_says() {
        let h = headers(&["203.0.113.9"]);
        assert_eq!(
            client_address(ip("198.51.100.1"), &h, &[]),
            ip("198.51.100.1")
        );
    }

    #[test]
    fn a_trusted_proxy_names_the_client_nearest_to_us() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        // The client wrote a made-up first entry; the proxy appended the real one.
        let h = headers(&["1.2.3.4, 203.0.113.9"]);
        assert_eq!(
            client_address(ip("10.0.0.5"), &h, &trusted),
            ip("203.0.113.9")
        );
        // Two proxies of ours in a row, over two header lines.
        let h = headers(&["203.0.113.9", "10.0.0.7"]);
        assert_eq!(
            client_address(ip("10.0.0.5"), &h, &trusted),
            ip("203.0.113.9")
        );
        // An untrusted peer's header is ignored.
        let h = headers(&["203.0.113.9"]);
        assert_eq!(
            client_address(ip("192.0.2.1"), &h, &trusted),
            ip("192.0.2.1")
        );
        // Garbage or nothing: the peer.
        let h = headers(&["not an address"]);
        assert_eq!(client_address(ip("10.0.0.5"), &h, &trusted), ip("10.0.0.5"));
        // Garbage a client wrote left of the real entry changes nothing.
        let h = headers(&["x, 203.0.113.9"]);
        assert_eq!(
            client_address(ip("10.0.0.5"), &h, &trusted),
            ip("203.0.113.9")
        );
        // An IPv4 proxy seen through an IPv6 socket is still trusted.
        let h = headers(&["203.0.113.9"]);
        assert_eq!(
            client_address(ip("::ffff:10.0.0.5"), &h, &trusted),
            ip("203.0.113.9")
        );
        assert_eq!(
            client_address(ip("10.0.0.5"), &headers(&[]), &trusted),
            ip("10.0.0.5")
        );
    }
}
