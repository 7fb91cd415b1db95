//! The audit log: staff actions and exports are recorded with their author, and
//! only administrators can read the log.

use serde_json::Value;

use crate::helpers::{assert_error, event_body, spawn_app, Backend, ADMIN_EMAIL};

async fn staff_actions_and_exports_are_recorded_for_admins_only(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_token().await;
    let group = serde_json::json!({"slug": "wood", "name": "Wood Industry"});
    let created = app.post_json("/api/v1/groups", &group, Some(&admin)).await;
    assert_eq!(created.status(), 201);
    let coordinator = app.coordinator_token("coord@example.org", &["ict"]).await;
    let event = app
        .published_event(&coordinator, &event_body("ict", 30, "Robotics visit"))
        .await;
    let export = app
        .get_as(
            &format!("/api/v1/events/{event}/registrations.csv"),
            &coordinator,
        )
        .await;
    assert_eq!(export.status(), 200);
    let cancelled = app
        .post_empty(
            &format!("/api/v1/events/{event}/cancel"),
            Some(&coordinator),
        )
        .await;
    assert_eq!(cancelled.status(), 200);
    let member = serde_json::json!({"name": "P", "email": "p@example.it", "country": "IT"});
    let added: Value = app
        .post_json("/api/v1/groups/ict/members", &member, Some(&coordinator))
        .await
        .json()
        .await
        .unwrap();
    let member_id = added["id"].as_i64().expect("member id");
    let removed = app
        .client
        .delete(app.url(&format!("/api/v1/groups/ict/members/{member_id}")))
        .bearer_auth(&coordinator)
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), 204);

    let log: Vec<Value> = app
        .get_as("/api/v1/audit", &admin)
        .await
        .json()
        .await
        .unwrap();
    let actions: Vec<(&str, &str, &str)> = log
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap(),
                e["subject"].as_str().unwrap(),
                e["actor_email"].as_str().unwrap(),
            )
        })
        .collect();
    let subject = format!("event {event}");
    let exported = format!("registrations of event {event}");
    let member = format!("member {member_id} of group ict");
    // Newest first; the log names people by id, never by address.
    assert_eq!(
        actions,
        vec![
            ("members.remove", member.as_str(), "coord@example.org"),
            ("members.add", member.as_str(), "coord@example.org"),
            ("event.cancel", subject.as_str(), "coord@example.org"),
            ("export", exported.as_str(), "coord@example.org"),
            ("event.publish", subject.as_str(), "coord@example.org"),
            ("event.schedule", subject.as_str(), "coord@example.org"),
            ("group.create", "group wood", ADMIN_EMAIL),
        ]
    );
    assert_eq!(log[5]["detail"], "Robotics visit");
    assert!(!serde_json::to_string(&log)
        .unwrap()
        .contains("p@example.it"));

    assert_error(app.get("/api/v1/audit").await, 401, "unauthorized").await;
    assert_error(
        app.get_as("/api/v1/audit", &coordinator).await,
        403,
        "forbidden",
    )
    .await;
}

on_both_backends!(staff_actions_and_exports_are_recorded_for_admins_only);

/// The page: admins read every entry (escaped, events by their title), a
/// coordinator those of their groups, a visitor is sent to sign in; the filters
/// by group and by person narrow it.
#[actix_web::test]
async fn the_audit_page_shows_each_reader_what_they_may_read() {
    use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD};
    use crate::schedule_pages::sign_in;
    let app = spawn_app(Backend::Sqlite).await;
    assert_eq!(app.get("/staff/audit").await.status(), 303);
    let coordinator = app.coordinator_token("coord@example.org", &["ict"]).await;
    app.published_event(
        &coordinator,
        &event_body("ict", 30, "<b>Robotics</b> visit"),
    )
    .await;
    let other = app
        .coordinator_token("tour@example.org", &["tourism"])
        .await;
    app.published_event(&other, &event_body("tourism", 31, "Wine roads"))
        .await;

    sign_in(&app, "coord@example.org", "coordinator password").await;
    let page = app.get("/staff/audit").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("event published") && html.contains("Robotics"),
        "{html}"
    );
    assert!(
        !html.contains("Wine roads") && !html.contains("tour@example.org"),
        "{html}"
    );
    // Another group's entries stay out of reach, filter or not.
    assert_eq!(app.get("/staff/audit?group=tourism").await.status(), 404);

    sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let page = app.get("/staff/audit").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("event scheduled") && html.contains("Wine roads"),
        "{html}"
    );
    assert!(
        html.contains("&lt;b&gt;Robotics&lt;&#x2F;b&gt; visit"),
        "{html}"
    );
    assert!(!html.contains("<b>Robotics"));
    let tourism = app
        .get("/staff/audit?group=tourism")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        tourism.contains("Wine roads") && !tourism.contains("Robotics"),
        "{tourism}"
    );
    let by = app
        .get("/staff/audit?actor=coord%40example.org")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        by.contains("Robotics") && !by.contains("Wine roads"),
        "{by}"
    );
    // Times in the staff pages' zone, not UTC.
    assert!(
        html.contains("Europe&#x2F;Brussels") && html.contains(" CET"),
        "{html}"
    );
}
