//! Erasing a person on request: everything held for the address goes in one
//! admin action, seats move on as on a cancel, and the audit log keeps no address.

use serde_json::{json, Value};

use crate::helpers::{event_body, spawn_app, Backend, TestApp, ADMIN_EMAIL, ADMIN_PASSWORD};
use crate::schedule_pages::sign_in;

fn person(name: &str, email: &str) -> Value {
    json!({"name": name, "email": email, "organisation": "Cluster Org", "country": "SI",
           "language": "sl", "organisation_kind": "company"})
}

async fn one_seat_event(app: &TestApp, token: &str, days: i64, title: &str) -> i64 {
    let mut body = event_body("ict", days, title);
    body["capacity"] = json!(1);
    app.published_event(token, &body).await
}

async fn register(app: &TestApp, event: i64, name: &str, email: &str) -> String {
    let response = app
        .post_json(
            &format!("/api/v1/events/{event}/registrations"),
            &person(name, email),
            None,
        )
        .await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.unwrap();
    body["status"].as_str().unwrap().to_owned()
}

/// Rows still held for an address (by key) in each table, and messages to it.
async fn held_for(app: &TestApp, key: &str) -> [i64; 4] {
    let key = key.to_owned();
    app.query(move |conn| {
        use clustercord::db::schema::{invitations, members, outbox, registrations};
        use diesel::prelude::*;
        let all_mail: Vec<String> = outbox::table.select(outbox::recipient).load(conn)?;
        Ok([
            registrations::table
                .filter(registrations::email_key.eq(&key))
                .count()
                .get_result(conn)?,
            invitations::table
                .filter(invitations::email_key.eq(&key))
                .count()
                .get_result(conn)?,
            members::table
                .filter(members::email_key.eq(&key))
                .count()
                .get_result(conn)?,
            all_mail.iter().filter(|r| r.to_lowercase() == key).count() as i64,
        ])
    })
    .await
}

async fn status_of(app: &TestApp, event: i64, email: &str) -> String {
    app.registration_statuses(event)
        .await
        .into_iter()
        .find(|(address, _)| address == email)
        .map(|(_, status)| status)
        .unwrap_or_default()
}

async fn erases_everything_held_for_an_address(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_token().await;
    let coordinator = app
        .coordinator_token("coord@example.org", &["ict", "agrifood"])
        .await;
    let upcoming = one_seat_event(&app, &coordinator, 20, "Upcoming visit").await;
    let begun = one_seat_event(&app, &coordinator, 21, "Visit that has begun").await;
    let erased = "Xenia.Person@Example.org";
    assert_eq!(
        register(&app, upcoming, "Xenia Person", erased).await,
        "confirmed"
    );
    assert_eq!(
        register(&app, upcoming, "Yann Waiting", "yann@example.org").await,
        "waitlisted"
    );
    assert_eq!(
        register(&app, begun, "Xenia Person", erased).await,
        "confirmed"
    );
    assert_eq!(
        register(&app, begun, "Zoe Waiting", "zoe@example.org").await,
        "waitlisted"
    );
    for group in ["ict", "agrifood"] {
        let response = app
            .post_json(
                &format!("/api/v1/groups/{group}/members"),
                &person("Xenia Person", "xenia.person@example.org"),
                Some(&coordinator),
            )
            .await;
        assert_eq!(response.status(), 201);
    }
    let response = app
        .post_json(
            &format!("/api/v1/events/{upcoming}/invitations"),
            &json!({"to": "group"}),
            Some(&coordinator),
        )
        .await;
    assert_eq!(response.status(), 202);
    app.deliver_mail().await;
    // The second event began an hour ago.
    app.execute(move |conn| {
        use clustercord::db::schema::events::dsl as e;
        use diesel::prelude::*;
        let now = chrono::Utc::now().naive_utc();
        diesel::update(e::events.find(begun))
            .set((
                e::starts_at.eq(now - chrono::Duration::hours(1)),
                e::ends_at.eq(now + chrono::Duration::hours(5)),
            ))
            .execute(conn)
    })
    .await;
    let key = "xenia.person@example.org";
    let before = held_for(&app, key).await;
    assert_eq!(
        before[..3],
        [2, 1, 2],
        "registrations, invitations, members"
    );
    assert!(before[3] >= 3, "mail to the person: {before:?}");

    // Coordinators may not erase.
    let response = app
        .post_json(
            "/api/v1/people/erase",
            &json!({"email": key}),
            Some(&coordinator),
        )
        .await;
    assert_eq!(response.status(), 403);
    let response = app
        .post_json(
            "/api/v1/people/erase",
            &json!({"email": "no address"}),
            Some(&admin),
        )
        .await;
    crate::helpers::assert_error(response, 422, "invalid_input").await;

    let response = app
        .post_json(
            "/api/v1/people/erase",
            &json!({"email": "XENIA.person@example.org"}),
            Some(&admin),
        )
        .await;
    assert_eq!(response.status(), 200);
    let report: Value = response.json().await.unwrap();
    assert_eq!(report["registrations"], 2);
    assert_eq!(report["invitations"], 1);
    assert_eq!(report["members"], 2);
    assert!(report["messages"].as_i64().unwrap() >= 3, "{report}");
    assert_eq!(held_for(&app, key).await, [0, 0, 0, 0]);

    // The seat before the event went to the next in line, who is told; after
    // the start no one moves up: the registration stays as a record of who came,
    // without name, email or note, and keeps its seat.
    assert_eq!(
        status_of(&app, upcoming, "yann@example.org").await,
        "confirmed"
    );
    assert_eq!(
        status_of(&app, begun, "zoe@example.org").await,
        "waitlisted"
    );
    let promoted = app.outbox_of_kind("registration_promoted").await;
    assert_eq!(promoted.len(), 1);
    assert_eq!(promoted[0].recipient, "yann@example.org");
    let kept = app.registration_statuses(begun).await;
    assert!(
        kept.iter()
            .any(|(email, status)| email.is_empty() && status == "confirmed"),
        "{kept:?}"
    );
    for (event, confirmed, waitlisted) in [(upcoming, 1, 0), (begun, 1, 1)] {
        let seats: Value = app
            .get(&format!("/api/v1/events/{event}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(seats["seats"]["confirmed"], confirmed, "{seats}");
        assert_eq!(seats["seats"]["waitlisted"], waitlisted, "{seats}");
    }

    // Recorded, without the address.
    let log: Value = app
        .get_as("/api/v1/audit", &admin)
        .await
        .json()
        .await
        .unwrap();
    let entry = log
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "person.erase")
        .expect("the erasure is in the audit log");
    assert_eq!(
        entry["detail"],
        "2 registrations, 1 invitations, 2 member entries, ".to_owned()
            + &format!("{} messages", report["messages"])
    );
    assert!(!log.to_string().to_lowercase().contains("xenia"), "{log}");

    // Erasing again finds nothing.
    let again: Value = app
        .post_json("/api/v1/people/erase", &json!({"email": key}), Some(&admin))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        again,
        json!({"registrations": 0, "invitations": 0, "members": 0, "messages": 0})
    );
}

#[actix_web::test]
async fn erases_everything_held_for_an_address_sqlite() {
    erases_everything_held_for_an_address(Backend::Sqlite).await;
}

#[actix_web::test]
async fn erases_everything_held_for_an_address_postgres() {
    erases_everything_held_for_an_address(Backend::Postgres).await;
}

#[actix_web::test]
async fn an_admin_erases_a_person_from_the_staff_page() {
    let app = spawn_app(Backend::Sqlite).await;
    let coordinator = app.coordinator_token("coord@example.org", &["ict"]).await;
    let event = one_seat_event(&app, &coordinator, 20, "Upcoming visit").await;
    register(&app, event, "Xenia Person", "xenia@example.org").await;
    let csrf = sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let home = app.get("/staff").await.text().await.unwrap();
    assert!(home.contains(r#"href="/staff/erase""#));
    let form = app.get("/staff/erase").await.text().await.unwrap();
    assert!(form.contains(r#"<label for="erase-email">"#), "{form}");
    let response = app
        .client
        .post(app.url("/staff/erase"))
        .form(&[("csrf_token", csrf.as_str()), ("email", "not an address")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains(r#"aria-invalid="true""#) && page.contains("not an address"));
    // First what would go, and nothing is deleted yet.
    let erase = |email: &'static str, confirmed: bool| {
        let mut form = vec![("csrf_token", csrf.clone()), ("email", email.to_owned())];
        if confirmed {
            form.push(("confirmed", "true".to_owned()));
        }
        app.client.post(app.url("/staff/erase")).form(&form).send()
    };
    let response = erase("Xenia@example.org", false).await.unwrap();
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    assert!(page.contains("we hold 1 registrations"), "{page}");
    assert!(page.contains(r#"name="confirmed" value="true""#));
    let before = held_for(&app, "xenia@example.org").await;
    assert_eq!(before[..3], [1, 0, 0]);
    assert!(before[3] >= 1, "the confirmation mail");
    // Then, confirmed, it is gone.
    let response = erase("Xenia@example.org", true).await.unwrap();
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    assert!(page.contains("Erased.</strong> 1 registrations"), "{page}");
    assert_eq!(held_for(&app, "xenia@example.org").await, [0, 0, 0, 0]);
    // An address with nothing held says so.
    let page = erase("xenia@example.org", false)
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Nothing is held for"), "{page}");
    // Without the session's token, nothing happens.
    let response = app
        .client
        .post(app.url("/staff/erase"))
        .form(&[("csrf_token", "forged"), ("email", "xenia@example.org")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
}
