//! The findings of the security probe, each as the probe saw it: redirects that
//! leave the site, sessions that outlive sign-out, a lockout anyone can trigger,
//! the registration oracle, raw CR in calendars, trusted forwarding headers, slow
//! bodies, and the smaller ones.

use std::io::{Read, Write};
use std::net::IpAddr;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::helpers::{
    assert_error, event_body, spawn_app, spawn_app_with, visitor, Backend, TestApp, ADMIN_EMAIL,
    ADMIN_PASSWORD,
};
use crate::pages::csrf_of;

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

/// A browser whose requests come from `address` (any of 127.0.0.0/8 reaches us).
fn browser_from(address: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .local_address(address.parse::<IpAddr>().unwrap())
        .build()
        .unwrap()
}

/// Posts the sign-in form from `client`; the answer as it came.
async fn post_login(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    password: &str,
    next: &str,
) -> reqwest::Response {
    let page = client.get(app.url("/staff/login")).send().await.unwrap();
    let csrf = csrf_of(&page.text().await.unwrap());
    client
        .post(app.url("/staff/login"))
        .form(&[
            ("email", email),
            ("password", password),
            ("csrf_token", &csrf),
            ("next", next),
        ])
        .send()
        .await
        .unwrap()
}

const LEAVING: [&str; 10] = [
    "/\t/evil.example",
    "/.//evil.example",
    "/..//evil.example",
    "/\n/x",
    "/\r/x",
    "/\0/x",
    "//evil.example",
    "/\\evil.example",
    "https://evil.example/",
    "/a\\b",
];

#[actix_web::test]
async fn the_language_switch_never_sends_people_off_the_site_nor_fails() {
    let app = spawn_app(Backend::Sqlite).await;
    for next in LEAVING {
        let query: String = url::form_urlencoded::byte_serialize(next.as_bytes()).collect();
        let response = app.get(&format!("/language/de?next={query}")).await;
        assert_eq!(response.status(), 303, "{next:?}");
        assert_eq!(location(&response), "/", "{next:?}");
    }
    let kept = app.get("/language/de?next=%2Fevents%3Fgroup%3Dict").await;
    assert_eq!(location(&kept), "/events?group=ict");
}

#[actix_web::test]
async fn sign_in_goes_to_the_staff_area_when_next_could_leave_the_site() {
    let app = spawn_app(Backend::Sqlite).await;
    for next in LEAVING {
        let client = visitor();
        let response = post_login(&app, &client, ADMIN_EMAIL, ADMIN_PASSWORD, next).await;
        assert_eq!(response.status(), 303, "{next:?}");
        assert_eq!(location(&response), "/staff", "{next:?}");
    }
}

/// Signs in from a fresh browser; returns it and its session cookie as sent.
async fn signed_in(app: &TestApp) -> (reqwest::Client, String, String) {
    let client = visitor();
    let response = post_login(app, &client, ADMIN_EMAIL, ADMIN_PASSWORD, "/staff").await;
    assert_eq!(response.status(), 303);
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .find(|v| v.starts_with("clustercord_session="))
        .expect("a session cookie")
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let html = client
        .get(app.url("/staff"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    (client, cookie, csrf_of(&html))
}

/// `/staff/mail` (personal data) with a copied cookie and no other state.
async fn replay(app: &TestApp, cookie: &str) -> reqwest::Response {
    visitor()
        .get(app.url("/staff/mail"))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
}

async fn a_copied_cookie_opens_nothing_after_sign_out(backend: Backend) {
    let app = spawn_app(backend).await;
    let (client, cookie, csrf) = signed_in(&app).await;
    assert_eq!(replay(&app, &cookie).await.status(), 200);
    let out = client
        .post(app.url("/staff/logout"))
        .form(&[("csrf_token", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 303);
    let replayed = replay(&app, &cookie).await;
    assert_eq!(replayed.status(), 303);
    assert!(location(&replayed).starts_with("/staff/login"));
    // Only the hash of a session's token is kept.
    let (tokens, hashes) = app
        .query(|conn| {
            use clustercord::db::schema::staff_sessions::dsl::*;
            use diesel::prelude::*;
            staff_sessions.select(token_hash).load::<String>(conn)
        })
        .await
        .into_iter()
        .fold((0, 0), |(n, h), hash| {
            (n + 1, h + usize::from(hash.len() == 64))
        });
    assert_eq!(tokens, hashes);
}

async fn a_new_password_or_a_disabled_account_ends_every_session_and_token(backend: Backend) {
    use clustercord::domain::{EmailAddress, Password};
    let app = spawn_app(backend).await;
    let admin = EmailAddress::parse(ADMIN_EMAIL).unwrap();
    let (_, first, _) = signed_in(&app).await;
    let (_, second, _) = signed_in(&app).await;
    let token = app.admin_token().await;
    let address = admin.clone();
    app.state
        .db
        .write(move |conn| {
            clustercord::ops::staff::change_password(
                conn,
                &address,
                Password::parse("a brand new password").unwrap(),
            )
        })
        .await
        .unwrap();
    for cookie in [&first, &second] {
        assert_eq!(replay(&app, cookie).await.status(), 303);
    }
    assert_error(
        app.get_as("/api/v1/mail", &token).await,
        401,
        "unauthorized",
    )
    .await;

    let token = app.token_for(ADMIN_EMAIL, "a brand new password").await;
    let client = visitor();
    let response = post_login(&app, &client, ADMIN_EMAIL, "a brand new password", "/staff").await;
    assert_eq!(response.status(), 303);
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    let cookie = cookie.split(';').next().unwrap().to_owned();
    let now = chrono::Utc::now().naive_utc();
    app.state
        .db
        .write(move |conn| clustercord::ops::staff::disable(conn, &admin, now))
        .await
        .unwrap();
    assert_eq!(replay(&app, &cookie).await.status(), 303);
    assert_error(
        app.get_as("/api/v1/mail", &token).await,
        401,
        "unauthorized",
    )
    .await;
    assert_eq!(
        app.create_token(ADMIN_EMAIL, "a brand new password")
            .await
            .status(),
        401
    );
}

async fn sessions_end_when_idle_and_after_their_lifetime(backend: Backend) {
    let idle = spawn_app_with(backend, |c| c.session_idle = Duration::from_secs(2)).await;
    let (_, cookie, _) = signed_in(&idle).await;
    assert_eq!(replay(&idle, &cookie).await.status(), 200);
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert_eq!(replay(&idle, &cookie).await.status(), 303);
    // A session in use is not idle: each use moves its end further out.
    let (_, cookie, _) = signed_in(&idle).await;
    for _ in 0..8 {
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert_eq!(replay(&idle, &cookie).await.status(), 200);
    }

    let short = spawn_app_with(backend, |c| c.session_max = Duration::from_secs(2)).await;
    let (_, cookie, _) = signed_in(&short).await;
    // In use all along, yet over after its lifetime.
    for _ in 0..4 {
        assert_eq!(replay(&short, &cookie).await.status(), 200);
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(replay(&short, &cookie).await.status(), 303);
}

async fn a_registered_address_learns_nothing_and_the_holder_gets_the_link_again(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let mut body = event_body("ict", 10, "One seat forum");
    body["capacity"] = json!(1);
    let event = app.published_event(&token, &body).await;
    let path = format!("/api/v1/events/{event}/registrations");
    let person = |email: &str| json!({"name": "Ana Novak", "email": email, "country": "SI", "organisation": "SRDA"});
    app.post_json(&path, &person("first@example.org"), None)
        .await;
    let created: Value = app
        .post_json(&path, &person("ana@example.org"), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(created["status"], "waitlisted");
    for _ in 0..3 {
        let again = app.post_json(&path, &person("ANA@example.org"), None).await;
        assert_eq!(again.status(), 200);
        let again: Value = again.json().await.unwrap();
        assert_eq!(again["id"], created["id"]);
        assert_eq!(again["status"], Value::Null);
        assert_eq!(again["waitlist_position"], Value::Null);
        assert_eq!(again["manage_token"], Value::Null);
    }
    // The link went to the address once, however often it was tried this hour.
    let resent = app.outbox_of_kind("registration_link").await;
    assert_eq!(resent.len(), 1);
    assert_eq!(resent[0].recipient, "ana@example.org");
    let manage = format!(
        "/registrations/{}",
        created["manage_token"].as_str().unwrap()
    );
    assert!(resent[0].body_text.contains(&manage));
    assert_eq!(app.registration_statuses(event).await.len(), 2);
}

async fn calendar_files_escape_line_breaks_from_a_browser(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let mut body = event_body("ict", 10, "Forum day");
    body["description"] = json!("First paragraph.\r\n\r\nSecond paragraph.\rThird.");
    let event = app.published_event(&token, &body).await;
    let file = app
        .get(&format!("/events/{event}.ics"))
        .await
        .text()
        .await
        .unwrap();
    let feed = app
        .get("/groups/ict/calendar.ics")
        .await
        .text()
        .await
        .unwrap();
    app.post_json(
        &format!("/api/v1/events/{event}/registrations"),
        &json!({"name": "Ana", "email": "ana@example.org", "country": "SI"}),
        None,
    )
    .await;
    let attachment = app.outbox_of_kind("registration_confirmed").await[0]
        .attachment_body
        .clone()
        .expect("a calendar attachment");
    for text in [&file, &feed, &attachment] {
        for line in text.split("\r\n") {
            assert!(!line.chars().any(char::is_control), "{line:?}");
        }
        let parsed: icalendar::Calendar = text.parse().unwrap();
        let icalendar::CalendarComponent::Event(entry) = &parsed.components[0] else {
            panic!("no event in {text}")
        };
        use icalendar::Component;
        assert_eq!(
            entry.get_description(),
            Some("First paragraph.\n\nSecond paragraph.\nThird.")
        );
    }
}

on_both_backends!(
    a_copied_cookie_opens_nothing_after_sign_out,
    a_new_password_or_a_disabled_account_ends_every_session_and_token,
    sessions_end_when_idle_and_after_their_lifetime,
    a_registered_address_learns_nothing_and_the_holder_gets_the_link_again,
    calendar_files_escape_line_breaks_from_a_browser,
);

#[actix_web::test]
async fn guesses_from_one_address_never_stop_the_owner_signing_in_from_theirs() {
    let app = spawn_app(Backend::Sqlite).await;
    let guesser = browser_from("127.0.0.2");
    let mut refused = 0;
    for _ in 0..8 {
        let status = post_login(&app, &guesser, ADMIN_EMAIL, "a wrong guess!!", "/staff")
            .await
            .status();
        assert!(status == 401 || status == 429, "{status}");
        refused += usize::from(status == 429);
    }
    // The guesser was slowed down (three free tries, then a growing wait)...
    assert_eq!(refused, 5);
    let api_guess = reqwest::Client::builder()
        .local_address("127.0.0.2".parse::<IpAddr>().unwrap())
        .build()
        .unwrap()
        .post(app.url("/api/v1/auth/tokens"))
        .json(&json!({"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}))
        .send()
        .await
        .unwrap();
    assert!(api_guess.headers().contains_key("retry-after"));
    assert_error(api_guess, 429, "rate_limited").await;
    // ...while the admin, from their own address, is let in on the page and the API.
    let own = browser_from("127.0.0.3");
    let response = post_login(&app, &own, ADMIN_EMAIL, ADMIN_PASSWORD, "/staff").await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/staff");
    assert_eq!(
        app.create_token(ADMIN_EMAIL, ADMIN_PASSWORD).await.status(),
        201
    );
}

#[actix_web::test]
async fn forwarded_addresses_count_only_from_trusted_proxies() {
    let plain = spawn_app_with(Backend::Sqlite, |c| c.rate_limit_per_minute = 2).await;
    let from = |app: &TestApp, forwarded: &str| {
        app.client
            .post(app.url("/api/v1/auth/tokens"))
            .header("x-forwarded-for", forwarded)
            .json(&json!({"email": "nobody@example.org", "password": "whatever it is"}))
            .send()
    };
    // Without trusted proxies the header is ignored: all three come from one peer.
    let mut statuses = Vec::new();
    for forwarded in ["198.51.100.1", "198.51.100.2", "198.51.100.3"] {
        statuses.push(from(&plain, forwarded).await.unwrap().status().as_u16());
    }
    assert_eq!(statuses, [401, 401, 429]);

    let proxied = spawn_app_with(Backend::Sqlite, |c| {
        c.rate_limit_per_minute = 2;
        c.trusted_proxies = vec!["127.0.0.0/8".parse().unwrap()];
    })
    .await;
    let mut statuses = Vec::new();
    for forwarded in [
        "198.51.100.1",
        "198.51.100.2",
        "198.51.100.3",
        "198.51.100.3",
        "198.51.100.3",
    ] {
        statuses.push(from(&proxied, forwarded).await.unwrap().status().as_u16());
    }
    assert_eq!(statuses, [401, 401, 401, 401, 429]);
}

#[test]
fn the_log_names_the_peer_not_what_a_client_claims() {
    let forged = "203.0.113.77";
    let log = |trusted: Option<&str>| {
        let db = crate::helpers::TestDb::new(Backend::Sqlite);
        let port = crate::helpers::free_port();
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_clustercord"));
        command
            .env_clear()
            .env("RUST_LOG", "info")
            .env("DATABASE_URL", &db.url)
            .env("CLUSTERCORD_BIND", format!("127.0.0.1:{port}"))
            .env("CLUSTERCORD_MAIL_DIR", db.dir.path().join("mail"))
            .env("CLUSTERCORD_NO_MAIL_SENDER", "true")
            .stderr(std::process::Stdio::piped());
        if let Some(trusted) = trusted {
            command.env("CLUSTERCORD_TRUSTED_PROXIES", trusted);
        }
        let mut child = command.spawn().unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        let body = r#"{"email":"nobody@example.org","password":"whatever it is"}"#;
        loop {
            if let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) {
                let request = format!(
                    "POST /api/v1/auth/tokens HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: {forged}\r\n\
                     Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                stream.write_all(request.as_bytes()).unwrap();
                let mut answer = String::new();
                let _ = stream.read_to_string(&mut answer);
                assert!(answer.starts_with("HTTP/1.1 401"), "{answer}");
                break;
            }
            assert!(Instant::now() < deadline, "the server did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        std::thread::sleep(Duration::from_millis(300));
        child.kill().unwrap();
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let _ = child.wait();
        stderr
            .lines()
            .find(|l| l.contains("sign-in refused"))
            .unwrap_or_else(|| panic!("no sign-in line in {stderr}"))
            .to_owned()
    };
    let untrusted = log(None);
    assert!(
        untrusted.contains("http.client_ip=127.0.0.1"),
        "{untrusted}"
    );
    assert!(!untrusted.contains(forged), "{untrusted}");
    let trusted = log(Some("127.0.0.1"));
    assert!(
        trusted.contains(&format!("http.client_ip={forged}")),
        "{trusted}"
    );
}

#[actix_web::test]
async fn a_body_that_trickles_in_is_cut_with_408() {
    let app = spawn_app_with(Backend::Sqlite, |c| {
        c.body_timeout = Duration::from_secs(1);
        c.body_min_rate = 16 * 1024;
    })
    .await;
    let port: u16 = app.address.rsplit(':').next().unwrap().parse().unwrap();
    let started = Instant::now();
    let answer = tokio::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        let head = "POST /api/v1/auth/tokens HTTP/1.1\r\nHost: x\r\n\
                    Content-Type: application/json\r\nContent-Length: 200000\r\n\r\n";
        stream.write_all(head.as_bytes()).unwrap();
        let mut answer = Vec::new();
        // 1 kB every 300 ms, as the probe did (only slower to wait for).
        for _ in 0..60 {
            if stream.write_all(&[b' '; 1024]).is_err() {
                break;
            }
            let mut buffer = [0u8; 4096];
            match stream.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => answer.extend_from_slice(&buffer[..n]),
                Err(_) => {}
            }
            if answer.ends_with(b"}") {
                // Then the server closes: the next read sees the end.
                let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
                let mut rest = Vec::new();
                let closed = stream.read_to_end(&mut rest).is_ok();
                return (String::from_utf8_lossy(&answer).into_owned(), closed);
            }
            std::thread::sleep(Duration::from_millis(300));
        }
        (String::from_utf8_lossy(&answer).into_owned(), false)
    })
    .await
    .unwrap();
    let (text, closed) = answer;
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains("request_timeout"), "{text}");
    assert!(closed, "the connection stays open");
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
}

#[actix_web::test]
async fn downloads_and_personal_pages_are_not_kept_by_caches() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("ict", 10, "Forum"))
        .await;
    let registered: Value = app
        .post_json(
            &format!("/api/v1/events/{event}/registrations"),
            &json!({"name": "Ana", "email": "ana@example.org", "country": "SI"}),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    let manage = format!(
        "/registrations/{}",
        registered["manage_token"].as_str().unwrap()
    );
    let (client, _, _) = signed_in(&app).await;
    let no_store = |response: &reqwest::Response| {
        response
            .headers()
            .get("cache-control")
            .is_some_and(|v| v.to_str().unwrap().contains("no-store"))
    };
    for path in [
        format!("/api/v1/events/{event}/registrations.csv"),
        format!("/api/v1/events/{event}/registrations"),
        "/api/v1/groups/ict/members.csv".to_owned(),
    ] {
        let response = app.get_as(&path, &token).await;
        assert_eq!(response.status(), 200, "{path}");
        assert!(no_store(&response), "{path}");
    }
    for path in [
        format!("/staff/events/{event}/registrations.csv"),
        format!("/staff/events/{event}/attendance-sheet"),
        "/staff/groups/ict/members.csv".to_owned(),
        "/staff/mail".to_owned(),
    ] {
        let response = client.get(app.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert!(no_store(&response), "{path}");
    }
    let response = app.get(&manage).await;
    assert!(no_store(&response), "{manage}");
    // Public pages may be cached.
    assert!(!no_store(&app.get(&format!("/events/{event}")).await));
}

#[actix_web::test]
async fn metrics_can_ask_for_a_token() {
    let open = spawn_app(Backend::Sqlite).await;
    assert_eq!(open.get("/metrics").await.status(), 200);
    let closed = spawn_app_with(Backend::Sqlite, |c| {
        c.metrics_token = Some(secrecy::SecretString::from("scraper secret".to_owned()))
    })
    .await;
    assert_error(closed.get("/metrics").await, 401, "unauthorized").await;
    assert_error(
        closed.get_as("/metrics", "wrong").await,
        401,
        "unauthorized",
    )
    .await;
    let scraped = closed.get_as("/metrics", "scraper secret").await;
    assert_eq!(scraped.status(), 200);
    assert!(scraped.text().await.unwrap().contains("# TYPE"));
}

#[actix_web::test]
async fn an_overlong_id_is_just_not_found() {
    let app = spawn_app(Backend::Sqlite).await;
    let body = assert_error(
        app.get("/api/v1/events/99999999999999999999999999").await,
        404,
        "not_found",
    )
    .await;
    assert_eq!(body["error"]["message"], "Not found.");
}

#[actix_web::test]
async fn head_answers_as_get_does_on_pages() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("ict", 10, "Forum"))
        .await;
    for path in [
        "/".to_owned(),
        format!("/events/{event}"),
        "/groups/ict".into(),
        "/calendar".into(),
    ] {
        let head = app.client.head(app.url(&path)).send().await.unwrap();
        let get = app.get(&path).await;
        assert_eq!(head.status(), get.status(), "{path}");
        assert_eq!(
            head.headers()["content-type"],
            get.headers()["content-type"]
        );
        assert!(head.text().await.unwrap().is_empty(), "{path}");
    }
    assert_eq!(
        app.client
            .head(app.url("/staff"))
            .send()
            .await
            .unwrap()
            .status(),
        303
    );
}

fn members_csv(count: usize, tag: &str) -> String {
    let mut csv = String::from("name,email,organisation,country\n");
    for i in 0..count {
        csv.push_str(&format!(
            "Member {i:05},m{i}.{tag}@example.org,Org {i},IT\n"
        ));
    }
    csv
}

async fn import(app: &TestApp, token: &str, csv: String) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/groups/ict/members/import"))
        .bearer_auth(token)
        .header("content-type", "text/csv")
        .body(csv)
        .send()
        .await
        .unwrap()
}

#[actix_web::test]
async fn a_large_import_lets_other_writes_through_while_it_runs() {
    let app = spawn_app_with(Backend::Sqlite, |c| c.body_limit = 4 * 1024 * 1024).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("ict", 10, "Forum"))
        .await;
    let big = members_csv(12_000, "big");
    let running = {
        let (client, url, token) = (
            app.client.clone(),
            app.url("/api/v1/groups/ict/members/import"),
            token.clone(),
        );
        tokio::spawn(async move {
            let response = client
                .post(url)
                .bearer_auth(token)
                .header("content-type", "text/csv")
                .body(big)
                .send()
                .await
                .unwrap();
            let status = response.status();
            (status, response.json::<Value>().await.unwrap())
        })
    };
    // Once the first rows are in, a sign-up gets its turn between two chunks.
    let count = || {
        app.query(|conn| {
            use clustercord::db::schema::members::dsl::*;
            use diesel::prelude::*;
            members.count().get_result::<i64>(conn)
        })
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    while count().await == 0 {
        assert!(Instant::now() < deadline, "no member arrived");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let signed_up = app
        .post_json(
            &format!("/api/v1/events/{event}/registrations"),
            &json!({"name": "Ana", "email": "ana@example.org", "country": "SI"}),
            None,
        )
        .await;
    assert_eq!(signed_up.status(), 201);
    let members_then = count().await;
    assert!(
        members_then < 12_000,
        "the sign-up waited for the whole import"
    );
    let (status, report) = running.await.unwrap();
    assert_eq!(status, 200, "{report}");
    assert_eq!(report["added"], 12_000);
    assert_eq!(count().await, 12_000);
}

#[actix_web::test]
async fn the_members_page_comes_in_pages() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    assert_eq!(
        import(&app, &token, members_csv(250, "p")).await.status(),
        200
    );
    let (client, _, _) = signed_in(&app).await;
    let page = |n: u32| {
        let request = client.get(app.url(&format!("/staff/groups/ict/members?page={n}")));
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    let first = page(1).await;
    assert!(
        first.contains("250 members") && first.contains("Page 1 of 3"),
        "{first}"
    );
    assert_eq!(first.matches("/remove\"").count(), 100);
    assert!(first.contains("Member 00000") && !first.contains("Member 00100"));
    let last = page(3).await;
    assert_eq!(last.matches("/remove\"").count(), 50);
    assert!(last.contains("Member 00249"));
}
