//! Where a link may send people back to after signing in or choosing a language:
//! only somewhere on this site (no open redirect).

/// `next` as a path on the site at `public_url`, or `None` when it could lead
/// anywhere else. It must start with one `/` (not `//` nor `/\`, which browsers
/// read as another host), hold no control character (browsers drop tabs and line
/// breaks, so `/\t/evil.example` becomes `//evil.example`; a line break cannot go
/// in a header either) and no backslash; and once resolved against the public URL
/// it must stay on the same origin. The answer is the URL's own serialisation, so
/// it is always a valid `Location`.
pub fn local_path(next: &str, public_url: &str) -> Option<String> {
    let mut chars = next.chars();
    if chars.next() != Some('/') || matches!(chars.next(), Some('/' | '\\')) {
        return None;
    }
    if next.chars().any(|c| c.is_control() || c == '\\') {
        return None;
    }
    let base = url::Url::parse(public_url).ok()?;
    let target = base.join(next).ok()?;
    if target.origin() != base.origin() {
        return None;
    }
    let mut path = target.path().to_owned();
    // Dot segments are resolved by now: `/.//evil.example` has become
    // `//evil.example`, which a browser reads as another host.
    if path.starts_with("//") {
        return None;
    }
    if let Some(query) = target.query() {
        path.push('?');
        path.push_str(query);
    }
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SITE: &str = "https://cc.example.org";

    #[test]
    fn paths_on_the_site_are_kept() {
        assert_eq!(local_path("/staff", SITE).as_deref(), Some("/staff"));
        assert_eq!(
            local_path("/events/7?lang=de", SITE).as_deref(),
            Some("/events/7?lang=de")
        );
        assert_eq!(local_path("/", SITE).as_deref(), Some("/"));
        // Spaces and letters beyond ASCII come back percent-encoded.
        assert_eq!(
            local_path("/groups/a b/ü", SITE).as_deref(),
            Some("/groups/a%20b/%C3%BC")
        );
    }

    #[test]
    fn anything_that_could_leave_the_site_is_refused() {
        for next in [
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/%09/evil.example".replace("%09", "\t").as_str(),
            "/\n/x",
            "/\r/x",
            "/\0/x",
            "/a\\b",
            "https://evil.example/",
            "evil.example",
            "",
            " /staff",
            "javascript:alert(1)",
            "/.//evil.example",
            "/..//evil.example",
            "/%2e//evil.example",
            "/a/..//evil.example",
        ] {
            assert_eq!(local_path(next, SITE), None, "{next:?}");
        }
    }

    proptest! {
        #[test]
        fn whatever_is_kept_stays_on_the_site_and_is_a_header_value(next in "\\PC{0,20}|/[\\x00-\\x7f]{0,20}") {
            if let Some(path) = local_path(&next, SITE) {
                let url = url::Url::parse(SITE).unwrap().join(&path).unwrap();
                prop_assert_eq!(url.host_str(), Some("cc.example.org"));
                prop_assert!(path.starts_with('/') && !path.starts_with("//"));
                prop_assert!(actix_web::http::header::HeaderValue::from_str(&path).is_ok());
            }
        }
    }
}
