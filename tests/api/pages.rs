//! The HTML pages: home, group pages, staff sign-in with CSRF, error pages.

use crate::helpers::{spawn_app, Backend, ADMIN_EMAIL, ADMIN_PASSWORD};

/// The value of the first hidden `csrf_token` field of a page.
pub fn csrf_of(html: &str) -> String {
    let marker = r#"name="csrf_token" value=""#;
    let start = html.find(marker).expect("a CSRF field") + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

#[actix_web::test]
async fn the_home_page_lists_the_thematic_groups_without_a_cookie() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app.get("/").await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert!(
        !response.headers().contains_key("set-cookie"),
        "anonymous visitors get no cookie"
    );
    let html = response.text().await.unwrap();
    assert!(html.starts_with("<!doctype html>"));
    for name in [
        "Agrifood",
        "Energy &amp; Environment",
        "Tourism",
        "ICT",
        "Natural Sciences",
    ] {
        assert!(html.contains(name), "{name} missing");
    }
    assert!(html.contains(r#"<meta name="viewport""#));
}

#[actix_web::test]
async fn a_group_page_shows_the_group_and_unknown_pages_are_friendly_404s() {
    let app = spawn_app(Backend::Sqlite).await;
    let html = app.get("/groups/tourism").await.text().await.unwrap();
    assert!(html.contains("<h1>Tourism</h1>"), "{html}");
    for path in ["/groups/nothing", "/no/such/page"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 404);
        assert!(response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html"));
        assert!(response.text().await.unwrap().contains("Page not found"));
    }
}

#[actix_web::test]
async fn the_stylesheet_is_served() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app.get("/static/style.css").await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/css"));
    assert_eq!(app.get("/static/missing.css").await.status(), 404);
}

#[actix_web::test]
async fn staff_sign_in_and_out_with_csrf_protection() {
    let app = spawn_app(Backend::Sqlite).await;
    let gate = app.get("/staff").await;
    assert_eq!(gate.status(), 303);
    assert_eq!(location(&gate), "/staff/login?next=%2Fstaff");

    let form = app.get("/staff/login?next=/staff").await;
    let cookie = form.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let csrf = csrf_of(&form.text().await.unwrap());
    let login = |token: String, password: &'static str| {
        app.client
            .post(app.url("/staff/login"))
            .form(&[
                ("email", ADMIN_EMAIL),
                ("password", password),
                ("csrf_token", &token),
                ("next", "/staff"),
            ])
            .send()
    };

    let forged = login("forged".into(), ADMIN_PASSWORD).await.unwrap();
    assert_eq!(forged.status(), 403);
    assert!(forged
        .text()
        .await
        .unwrap()
        .contains("did not come from this site"));

    let wrong = login(csrf.clone(), "wrong password!!").await.unwrap();
    assert_eq!(wrong.status(), 401);
    assert!(wrong
        .text()
        .await
        .unwrap()
        .contains("The email or password is wrong."));

    let right = login(csrf.clone(), ADMIN_PASSWORD).await.unwrap();
    assert_eq!(right.status(), 303);
    assert_eq!(location(&right), "/staff");

    let staff_page = app.get("/staff").await;
    assert_eq!(staff_page.status(), 200);
    let html = staff_page.text().await.unwrap();
    assert!(html.contains("Welcome"), "{html}");
    assert!(html.contains("Energy &amp; Environment"));

    // The session was renewed at sign-in: the old CSRF token no longer works.
    let stale = app
        .client
        .post(app.url("/staff/logout"))
        .form(&[("csrf_token", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), 403);
    let logout = app
        .client
        .post(app.url("/staff/logout"))
        .form(&[("csrf_token", csrf_of(&html))])
        .send()
        .await
        .unwrap();
    assert_eq!(logout.status(), 303);
    assert_eq!(app.get("/staff").await.status(), 303);
}

#[actix_web::test]
async fn sign_in_never_forwards_to_another_site() {
    let app = spawn_app(Backend::Sqlite).await;
    let csrf = csrf_of(&app.get("/staff/login").await.text().await.unwrap());
    let response = app
        .client
        .post(app.url("/staff/login"))
        .form(&[
            ("email", ADMIN_EMAIL),
            ("password", ADMIN_PASSWORD),
            ("csrf_token", &csrf),
            ("next", "//evil.example"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/staff");
}

#[actix_web::test]
async fn month_calendars_place_events_on_their_local_date() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let mut body = crate::helpers::event_body("ict", 0, "Midnight launch");
    body["timezone"] = serde_json::json!("Europe/Warsaw");
    body["starts_at"] = serde_json::json!("2027-04-01T00:30:00+02:00"); // 31 March in UTC
    body["ends_at"] = serde_json::json!("2027-04-01T02:00:00+02:00");
    body["agenda"] = serde_json::json!([]);
    app.published_event(&token, &body).await;
    app.published_event(
        &token,
        &crate::helpers::event_body("tourism", 0, "Not in April"),
    )
    .await;

    let april = app
        .get("/groups/ict/calendar?month=2027-04")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        april.contains("Midnight launch") && april.contains("00:30 CEST"),
        "{april}"
    );
    assert!(april.contains("April 2027"));
    let march = app
        .get("/groups/ict/calendar?month=2027-03")
        .await
        .text()
        .await
        .unwrap();
    assert!(!march.contains("Midnight launch"));
    let all = app
        .get("/calendar?month=2027-04")
        .await
        .text()
        .await
        .unwrap();
    assert!(all.contains("Midnight launch"));
    assert!(!all.contains("Not in April"));
    assert_eq!(app.get("/calendar?month=someday").await.status(), 422);
    assert_eq!(app.get("/groups/nowhere/calendar").await.status(), 404);
}

/// A study visit over three days sits on each of them in the month calendar (its
/// time on the first), and is listed once below the grid.
#[actix_web::test]
async fn an_event_over_several_days_is_on_each_day_of_the_month() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let mut body = crate::helpers::event_body("ict", 30, "Three-day study visit");
    body["kind"] = serde_json::json!("study_visit");
    body["starts_at"] = serde_json::json!("2027-05-10T09:00:00+02:00");
    body["ends_at"] = serde_json::json!("2027-05-12T17:00:00+02:00");
    body["agenda"] = serde_json::json!([]);
    let id = app.published_event(&token, &body).await;
    let may = app
        .get("/calendar?month=2027-05")
        .await
        .text()
        .await
        .unwrap();
    let in_grid = may
        .matches(&format!(r#"class="entry study_visit" href="/events/{id}""#))
        .count();
    assert_eq!(in_grid, 3, "{may}");
    assert_eq!(
        may.matches("<h3><a href=\"/events/").count(),
        1,
        "listed once: {may}"
    );
    assert_eq!(
        may.matches("09:00").count(),
        2,
        "the time on the first day and in the list: {may}"
    );
}

#[actix_web::test]
async fn an_event_that_began_the_month_before_is_on_its_days_of_this_month() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let mut body = crate::helpers::event_body("ict", 30, "New year study visit");
    body["kind"] = serde_json::json!("study_visit");
    body["starts_at"] = serde_json::json!("2027-12-30T09:00:00+01:00");
    body["ends_at"] = serde_json::json!("2028-01-02T17:00:00+01:00");
    body["agenda"] = serde_json::json!([]);
    let id = app.published_event(&token, &body).await;
    let entry = format!(r#"class="entry study_visit" href="/events/{id}""#);
    for (month, days) in [("2027-12", 2), ("2028-01", 2)] {
        let page = app
            .get(&format!("/calendar?month={month}"))
            .await
            .text()
            .await
            .unwrap();
        assert_eq!(page.matches(&entry).count(), days, "{month}: {page}");
        assert!(page.contains("New year study visit"), "listed in {month}");
    }
}
