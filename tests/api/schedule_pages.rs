//! The staff pages for scheduling, used as a coordinator would in a browser.

use crate::helpers::{spawn_app, Backend, TestApp, ADMIN_EMAIL, ADMIN_PASSWORD};
use crate::pages::csrf_of;

/// Signs in through the login form; returns the CSRF token of the session.
pub async fn sign_in(app: &TestApp, email: &str, password: &str) -> String {
    sign_in_with(app, &app.client, email, password).await
}

/// Signs in with this browser's cookies; returns the session's CSRF token.
pub async fn sign_in_with(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    password: &str,
) -> String {
    let page = |path: &str| {
        let request = client.get(app.url(path));
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    let csrf = csrf_of(&page("/staff/login").await);
    let response = client
        .post(app.url("/staff/login"))
        .form(&[
            ("email", email),
            ("password", password),
            ("csrf_token", &csrf),
            ("next", "/staff"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "sign-in of {email}");
    csrf_of(&page("/staff").await)
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

pub fn study_visit_form(csrf: &str, day: &str) -> Vec<(String, String)> {
    let fields = [
        ("csrf_token", csrf.to_owned()),
        ("kind", "study_visit".into()),
        ("audience", "public".into()),
        ("title", "Smart farming study visit".into()),
        (
            "description",
            "Three farms that use sensors & drones.\nBring boots.".into(),
        ),
        ("starts_at", format!("{day}T08:30")),
        ("ends_at", format!("{day}T18:00")),
        ("timezone", "Europe/Budapest".into()),
        ("venue_name", "Agro Innovation Hub".into()),
        ("venue_address", "Fő utca 1".into()),
        ("venue_city", "Debrecen".into()),
        ("venue_country", "hu".into()),
        ("host_organisation", "Debrecen Agricultural Cluster".into()),
        ("capacity", "12".into()),
        ("country_cap", "3".into()),
        ("registration_deadline", "".into()),
        ("agenda-0-starts_at", format!("{day}T09:00")),
        ("agenda-0-ends_at", format!("{day}T11:00")),
        ("agenda-0-title", "Sensor-driven dairy".into()),
        ("agenda-0-place", "Tejfarm Kft., Hajdúszoboszló".into()),
        ("agenda-1-starts_at", format!("{day}T12:00")),
        ("agenda-1-ends_at", format!("{day}T14:00")),
        ("agenda-1-title", "Drone crop survey".into()),
        ("agenda-1-place", "AgroDron Zrt., Nyíregyháza".into()),
        ("agenda-2-starts_at", format!("{day}T15:00")),
        ("agenda-2-ends_at", format!("{day}T17:00")),
        ("agenda-2-title", "Cluster round table".into()),
        ("agenda-2-place", "University of Debrecen".into()),
        ("agenda-3-starts_at", "".into()),
        ("agenda-3-title", "".into()),
    ];
    fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

fn with(mut form: Vec<(String, String)>, key: &str, value: &str) -> Vec<(String, String)> {
    form.retain(|(k, _)| k != key);
    form.push((key.to_owned(), value.to_owned()));
    form
}

fn future_day(days: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

async fn a_coordinator_schedules_publishes_edits_and_cancels_a_study_visit(backend: Backend) {
    let app = spawn_app(backend).await;
    let csrf = sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let day = future_day(40);

    let form_page = app.get("/staff/groups/ict/events/new").await;
    assert_eq!(form_page.status(), 200);
    assert!(form_page
        .text()
        .await
        .unwrap()
        .contains("Schedule an event for ICT"));

    // Mistakes come back next to their fields, with what was typed kept.
    let bad = with(
        with(study_visit_form(&csrf, &day), "title", ""),
        "ends_at",
        &format!("{day}T07:00"),
    );
    let response = app
        .client
        .post(app.url("/staff/groups/ict/events"))
        .form(&bad)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains(r#"id="title-error""#), "{page}");
    assert!(page.contains(r#"id="ends-error""#), "{page}");
    assert!(page.contains("Debrecen Agricultural Cluster"));
    assert!(page.contains("Drone crop survey"));

    let created = app
        .client
        .post(app.url("/staff/groups/ict/events"))
        .form(&study_visit_form(&csrf, &day))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 303);
    let target = location(&created);
    assert!(
        target.starts_with("/staff/groups/ict?scheduled="),
        "{target}"
    );
    let id: i64 = target.rsplit('=').next().unwrap().parse().unwrap();

    let list = app.get("/staff/groups/ict").await.text().await.unwrap();
    assert!(
        list.contains("Smart farming study visit") && list.contains("draft"),
        "{list}"
    );
    let publish = app
        .client
        .post(app.url(&format!("/staff/events/{id}/publish")))
        .form(&[("csrf_token", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(publish.status(), 303);

    let public = app.get("/groups/ict").await.text().await.unwrap();
    assert!(public.contains("Smart farming study visit"));
    let event_page = app
        .get(&format!("/events/{id}"))
        .await
        .text()
        .await
        .unwrap();
    for text in [
        "Itinerary",
        "AgroDron Zrt., Nyíregyháza",
        "08:30 CET",
        "Debrecen Agricultural Cluster",
        "www.openstreetmap.org",
        "sensors &amp; drones",
    ] {
        assert!(
            event_page.contains(text),
            "{text} missing from the event page"
        );
    }
    let feed = app
        .get("/groups/ict/calendar.ics")
        .await
        .text()
        .await
        .unwrap();
    assert!(feed.contains("SUMMARY:Smart farming study visit"), "{feed}");

    // The edit form shows local times; moving the venue raises the sequence.
    let edit = app
        .get(&format!("/staff/events/{id}/edit"))
        .await
        .text()
        .await
        .unwrap();
    assert!(edit.contains(&format!(r#"value="{day}T08:30""#)), "{edit}");
    let moved = with(study_visit_form(&csrf, &day), "venue_city", "Nyíregyháza");
    let saved = app
        .client
        .post(app.url(&format!("/staff/events/{id}/edit")))
        .form(&moved)
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    let event: serde_json::Value = app
        .get(&format!("/api/v1/events/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(event["venue"]["city"], "Nyíregyháza");
    assert_eq!(event["audience"], "public");
    assert_eq!(event["sequence"], 1);
    assert_eq!(event["agenda"].as_array().unwrap().len(), 3);

    let confirm = app
        .get(&format!("/staff/events/{id}/cancel"))
        .await
        .text()
        .await
        .unwrap();
    assert!(confirm.contains("cannot be undone"));
    let cancel = app
        .client
        .post(app.url(&format!("/staff/events/{id}/cancel")))
        .form(&[("csrf_token", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(cancel.status(), 303);
    let event: serde_json::Value = app
        .get(&format!("/api/v1/events/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(event["status"], "cancelled");
}

async fn a_conflict_is_shown_with_a_way_to_schedule_anyway(backend: Backend) {
    let app = spawn_app(backend).await;
    let csrf = sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let day = future_day(41);
    let first = app
        .client
        .post(app.url("/staff/groups/agrifood/events"))
        .form(&study_visit_form(&csrf, &day))
        .send()
        .await
        .unwrap();
    assert_eq!(first.status(), 303);
    let second = app
        .client
        .post(app.url("/staff/groups/agrifood/events"))
        .form(&study_visit_form(&csrf, &day))
        .send()
        .await
        .unwrap();
    assert_eq!(second.status(), 409);
    let page = second.text().await.unwrap();
    assert!(
        page.contains("overlaps") && page.contains(r#"name="allow_overlap""#),
        "{page}"
    );
    // In words, not the API's field: the page names the other event and the box.
    assert!(
        !page.contains("&quot;allow_overlap&quot;") && page.contains("Tick “Schedule it anyway”"),
        "{page}"
    );
    let anyway = with(study_visit_form(&csrf, &day), "allow_overlap", "on");
    let third = app
        .client
        .post(app.url("/staff/groups/agrifood/events"))
        .form(&anyway)
        .send()
        .await
        .unwrap();
    assert_eq!(third.status(), 303);

    // Publishing one of them asks again, and publishes when told to.
    let id_of = |response: &reqwest::Response| -> i64 {
        location(response)
            .rsplit('=')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let publish = |id: i64, anyway: bool| {
        let mut form = vec![("csrf_token", csrf.clone())];
        if anyway {
            form.push(("allow_overlap", "on".to_owned()));
        }
        app.client
            .post(app.url(&format!("/staff/events/{id}/publish")))
            .form(&form)
            .send()
    };
    let third = id_of(&third);
    let asked = publish(third, false).await.unwrap();
    assert_eq!(asked.status(), 409);
    let page = asked.text().await.unwrap();
    assert!(
        page.contains("It overlaps “Smart farming study visit”")
            && page.contains(r#"name="allow_overlap" value="on""#)
            && page.contains("Publish anyway"),
        "{page}"
    );
    assert_eq!(publish(third, true).await.unwrap().status(), 303);
    let event: serde_json::Value = app
        .get(&format!("/api/v1/events/{third}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(event["status"], "published");
}

on_both_backends!(
    a_coordinator_schedules_publishes_edits_and_cancels_a_study_visit,
    a_conflict_is_shown_with_a_way_to_schedule_anyway,
);

#[actix_web::test]
async fn scheduling_pages_refuse_strangers() {
    let app = spawn_app(Backend::Sqlite).await;
    let gate = app.get("/staff/groups/ict/events/new").await;
    assert_eq!(gate.status(), 303);
    assert!(location(&gate).starts_with("/staff/login?next="));
    app.coordinator_token("tour@example.org", &["tourism"])
        .await;
    let csrf = sign_in(&app, "tour@example.org", "coordinator password").await;
    assert_eq!(app.get("/staff/groups/ict").await.status(), 403);
    assert_eq!(app.get("/staff/groups/ict/events/new").await.status(), 403);
    let post = app
        .client
        .post(app.url("/staff/groups/ict/events"))
        .form(&study_visit_form(&csrf, &future_day(5)))
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), 403);
    // Without the session's CSRF token a form is refused even for its own group.
    let forged = app
        .client
        .post(app.url("/staff/groups/tourism/events"))
        .form(&study_visit_form("forged", &future_day(5)))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    assert_eq!(app.get("/staff/groups/tourism").await.status(), 200);
}

/// Posts the new-event form of ICT; returns the status and the page.
async fn schedule_with(app: &TestApp, form: &[(String, String)]) -> (u16, String) {
    let response = app
        .client
        .post(app.url("/staff/groups/ict/events"))
        .form(form)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// An agenda row that is wrong is marked with its field and message, as the API
/// reports it: outside the event's times (the row), ending before it starts (To),
/// without a title (Title).
#[actix_web::test]
async fn a_wrong_agenda_row_is_marked_beside_its_fields() {
    let app = spawn_app(Backend::Sqlite).await;
    let csrf = sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let day = future_day(30);
    let next_day = future_day(31);
    let form = with(
        with(
            with(
                study_visit_form(&csrf, &day),
                "agenda-0-starts_at",
                &format!("{next_day}T09:00"),
            ),
            "agenda-0-ends_at",
            &format!("{next_day}T10:00"),
        ),
        "agenda-1-title",
        "",
    );
    let (status, page) = schedule_with(&app, &form).await;
    assert_eq!(status, 422);
    assert!(page.contains(r#"id="agenda-0-error""#), "the row: {page}");
    assert!(
        page.contains(r#"id="agenda-0-starts_at" name="agenda-0-starts_at" type="datetime-local""#)
            && page.contains(r#"aria-describedby="agenda-0-error""#),
        "{page}"
    );
    let (status, page) = schedule_with(
        &app,
        &with(study_visit_form(&csrf, &day), "agenda-1-title", ""),
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        page.contains(r#"id="agenda-1-title-error""#),
        "the title: {page}"
    );
    assert!(
        page.contains(r#"aria-describedby="agenda-1-title-error""#),
        "{page}"
    );
    let backwards = with(
        study_visit_form(&csrf, &day),
        "agenda-2-ends_at",
        &format!("{day}T14:30"),
    );
    let (status, page) = schedule_with(&app, &backwards).await;
    assert_eq!(status, 422);
    assert!(
        page.contains(r#"id="agenda-2-ends_at-error""#),
        "the end: {page}"
    );
    assert!(!page.contains("Please correct the 0"), "{page}");
}

/// A zone typed as a city is named as the wrong field, with the IANA name to use;
/// the filled start and end are not called missing.
#[actix_web::test]
async fn a_city_for_a_time_zone_names_the_zone_and_suggests_it() {
    let app = spawn_app(Backend::Sqlite).await;
    let csrf = sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let form = with(study_visit_form(&csrf, &future_day(30)), "timezone", "Rome");
    let (status, page) = schedule_with(&app, &form).await;
    assert_eq!(status, 422);
    assert!(page.contains(r#"id="tz-error""#), "{page}");
    // (Tera writes the slash as an entity.)
    assert!(page.contains("perhaps Europe&#x2F;Rome"), "{page}");
    assert!(!page.contains(r#"id="starts-error""#), "{page}");
    assert!(!page.contains(r#"id="ends-error""#), "{page}");
}
