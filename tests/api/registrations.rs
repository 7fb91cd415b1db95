//! Registering: seats, the waiting list, country caps, the manage link, staff
//! lists and exports, and correctness under many simultaneous requests.

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::helpers::{assert_error, event_body, spawn_app, Backend, TestApp};

fn person(name: &str, email: &str, country: &str) -> Value {
    json!({"name": name, "email": email, "organisation": "Cluster Org", "country": country,
           "language": "en", "organisation_kind": "company", "note": "Vegetarian"})
}

/// A published event with these limits; returns its id.
async fn event_with(
    app: &TestApp,
    token: &str,
    capacity: Option<i64>,
    country_cap: Option<i64>,
) -> i64 {
    let mut body = event_body("ict", 20, "Study visit with few seats");
    body["kind"] = json!("study_visit");
    body["capacity"] = json!(capacity);
    body["country_cap"] = json!(country_cap);
    app.published_event(token, &body).await
}

async fn register(app: &TestApp, event: i64, body: &Value) -> (u16, Value) {
    let response = app
        .post_json(&format!("/api/v1/events/{event}/registrations"), body, None)
        .await;
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn seats(app: &TestApp, event: i64) -> Value {
    app.get(&format!("/api/v1/events/{event}"))
        .await
        .json::<Value>()
        .await
        .unwrap()["seats"]
        .clone()
}

async fn seats_are_confirmed_while_they_last_then_people_wait(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let event = event_with(&app, &token, Some(2), None).await;
    let (s1, a) = register(&app, event, &person("Anna", "anna@example.it", "IT")).await;
    let (s2, b) = register(&app, event, &person("Bence", "bence@example.hu", "HU")).await;
    let (s3, c) = register(&app, event, &person("Cyril", "cyril@example.cz", "CZ")).await;
    assert_eq!((s1, s2, s3), (201, 201, 201));
    assert_eq!(
        (
            a["status"].as_str(),
            b["status"].as_str(),
            c["status"].as_str()
        ),
        (Some("confirmed"), Some("confirmed"), Some("waitlisted"))
    );
    assert_eq!(c["waitlist_position"], 1);
    assert!(
        a["manage_token"].as_str().unwrap().len() >= 43,
        "at least 256 bits"
    );
    assert_eq!(
        seats(&app, event).await,
        json!({"confirmed": 2, "waitlisted": 1, "available": 0})
    );

    let confirmations = app.outbox_of_kind("registration_confirmed").await;
    assert_eq!(confirmations.len(), 2);
    assert!(confirmations[0]
        .attachment_body
        .as_deref()
        .unwrap()
        .contains("BEGIN:VEVENT"));
    let manage_url = format!("/registrations/{}", a["manage_token"].as_str().unwrap());
    assert!(confirmations[0].body_text.contains(&manage_url));
    let waiting = app.outbox_of_kind("registration_waitlisted").await;
    assert_eq!(waiting.len(), 1);
    assert!(
        waiting[0].subject.contains("no. 1"),
        "{}",
        waiting[0].subject
    );
}

async fn the_same_address_again_gets_the_existing_registration(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let event = event_with(&app, &token, Some(5), None).await;
    let (first, created) =
        register(&app, event, &person("Dana", "Dana.Kral@Example.SK", "SK")).await;
    assert_eq!(first, 201);
    let (again, existing) = register(
        &app,
        event,
        &person("Dana K.", "dana.kral@example.sk", "SK"),
    )
    .await;
    assert_eq!(again, 200);
    assert_eq!(existing["id"], created["id"]);
    assert_eq!(
        existing["manage_token"],
        Value::Null,
        "the link is not handed to whoever knows the address"
    );
    assert_eq!(seats(&app, event).await["confirmed"], 1);
    assert_eq!(app.outbox_of_kind("registration_confirmed").await.len(), 1);
}

async fn simultaneous_sign_ups_never_overbook_seats_or_country_caps(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let event = event_with(&app, &token, Some(7), Some(2)).await;
    let countries = ["IT", "DE", "HU", "SK", "CZ", "PL", "SI", "AT"];
    let bodies = (0..200)
        .map(|n| {
            person(
                &format!("Person {n}"),
                &format!("person{n}@example.org"),
                countries[n % countries.len()],
            )
        })
        .collect();
    let statuses = app
        .post_all(
            &format!("/api/v1/events/{event}/registrations"),
            bodies,
            None,
        )
        .await;
    assert!(
        statuses.iter().all(|s| *s == 201),
        "{:?}",
        statuses.iter().filter(|s| **s != 201).collect::<Vec<_>>()
    );

    let all: Vec<Value> = app
        .get_as(&format!("/api/v1/events/{event}/registrations"), &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(all.len(), 200);
    let confirmed: Vec<&Value> = all.iter().filter(|r| r["status"] == "confirmed").collect();
    assert_eq!(confirmed.len(), 7);
    let mut per_country: HashMap<&str, usize> = HashMap::new();
    for r in &confirmed {
        *per_country
            .entry(r["country"].as_str().unwrap())
            .or_default() += 1;
    }
    assert!(per_country.values().all(|n| *n <= 2), "{per_country:?}");
    assert_eq!(
        seats(&app, event).await,
        json!({"confirmed": 7, "waitlisted": 193, "available": 0})
    );
    let positions: Vec<i64> = all
        .iter()
        .filter_map(|r| r["waitlist_position"].as_i64())
        .collect();
    assert_eq!(positions, (1..=193).collect::<Vec<_>>());
    // Decided together or one by one, each got the mail of its seat.
    assert_eq!(app.outbox_of_kind("registration_confirmed").await.len(), 7);
    assert_eq!(
        app.outbox_of_kind("registration_waitlisted").await.len(),
        193
    );
}

async fn one_address_racing_itself_gets_one_seat(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let event = event_with(&app, &token, Some(50), None).await;
    let bodies = (0..20)
        .map(|_| person("Eager", "eager@example.pl", "PL"))
        .collect();
    let statuses = app
        .post_all(
            &format!("/api/v1/events/{event}/registrations"),
            bodies,
            None,
        )
        .await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        19,
        "{statuses:?}"
    );
    assert_eq!(seats(&app, event).await["confirmed"], 1);
}

async fn registration_is_closed_before_publishing_after_cancelling_starting_or_the_deadline(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let someone = person("Late", "late@example.de", "DE");
    let draft = app
        .create_event(&token, &event_body("tourism", 30, "Draft"))
        .await["id"]
        .as_i64()
        .unwrap();
    assert_error(
        app.post_json(
            &format!("/api/v1/events/{draft}/registrations"),
            &someone,
            None,
        )
        .await,
        409,
        "registration_closed",
    )
    .await;

    let cancelled = app
        .published_event(&token, &event_body("tourism", 31, "Cancelled"))
        .await;
    app.post_empty(&format!("/api/v1/events/{cancelled}/cancel"), Some(&token))
        .await;
    assert_error(
        app.post_json(
            &format!("/api/v1/events/{cancelled}/registrations"),
            &someone,
            None,
        )
        .await,
        409,
        "registration_closed",
    )
    .await;

    let started = app
        .published_event(&token, &event_body("tourism", -1, "Yesterday"))
        .await;
    assert_error(
        app.post_json(
            &format!("/api/v1/events/{started}/registrations"),
            &someone,
            None,
        )
        .await,
        409,
        "registration_closed",
    )
    .await;

    let mut with_deadline = event_body("tourism", 32, "Deadline passed");
    with_deadline["registration_deadline"] =
        json!((chrono::Utc::now() - chrono::Duration::hours(1)).to_rfc3339());
    let closed = app.published_event(&token, &with_deadline).await;
    let body = assert_error(
        app.post_json(
            &format!("/api/v1/events/{closed}/registrations"),
            &someone,
            None,
        )
        .await,
        409,
        "registration_closed",
    )
    .await;
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("deadline"));
    assert_error(
        app.post_json("/api/v1/events/987654/registrations", &someone, None)
            .await,
        404,
        "not_found",
    )
    .await;
}

async fn a_cancellation_moves_up_the_earliest_waiting_person_who_fits(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    // Two seats, one per country.
    let event = event_with(&app, &token, Some(2), Some(1)).await;
    let (_, it1) = register(&app, event, &person("Italian one", "it1@example.it", "IT")).await;
    let (_, de1) = register(&app, event, &person("German one", "de1@example.de", "DE")).await;
    let (_, it2) = register(&app, event, &person("Italian two", "it2@example.it", "IT")).await;
    let (_, de2) = register(&app, event, &person("German two", "de2@example.de", "DE")).await;
    assert_eq!(
        (it2["status"].as_str(), de2["status"].as_str()),
        (Some("waitlisted"), Some("waitlisted"))
    );

    // The German seat frees: the earliest waiting person is Italian but Italy is
    // at its cap, so the German who came later moves up.
    let token_de1 = de1["manage_token"].as_str().unwrap();
    let cancel = app
        .post_empty(&format!("/api/v1/registrations/{token_de1}/cancel"), None)
        .await;
    assert_eq!(cancel.status(), 200);
    assert_eq!(cancel.json::<Value>().await.unwrap()["status"], "cancelled");
    let promoted = app.outbox_of_kind("registration_promoted").await;
    assert_eq!(
        promoted
            .iter()
            .map(|m| m.recipient.as_str())
            .collect::<Vec<_>>(),
        ["de2@example.de"]
    );
    assert!(promoted[0].attachment_body.is_some());

    // Cancelling twice changes nothing and sends one receipt.
    assert_eq!(
        app.post_empty(&format!("/api/v1/registrations/{token_de1}/cancel"), None)
            .await
            .status(),
        200
    );
    assert_eq!(app.outbox_of_kind("registration_cancelled").await.len(), 1);
    assert_eq!(
        seats(&app, event).await,
        json!({"confirmed": 2, "waitlisted": 1, "available": 0})
    );

    // The Italian seat frees: the waiting Italian moves up.
    let token_it1 = it1["manage_token"].as_str().unwrap();
    app.post_empty(&format!("/api/v1/registrations/{token_it1}/cancel"), None)
        .await;
    let own: Value = app
        .get(&format!(
            "/api/v1/registrations/{}",
            it2["manage_token"].as_str().unwrap_or("none")
        ))
        .await
        .json()
        .await
        .unwrap();
    // it2's token was given at creation too.
    assert_eq!(own["status"], "confirmed", "{own}");
    assert_eq!(
        seats(&app, event).await,
        json!({"confirmed": 2, "waitlisted": 0, "available": 0})
    );
}

async fn the_manage_link_opens_only_its_own_registration(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let event = event_with(&app, &token, Some(1), None).await;
    let (_, first) = register(&app, event, &person("First", "first@example.si", "SI")).await;
    let (_, second) = register(&app, event, &person("Second", "second@example.si", "SI")).await;
    let own: Value = app
        .get(&format!(
            "/api/v1/registrations/{}",
            second["manage_token"].as_str().unwrap()
        ))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(own["email"], "second@example.si");
    assert_eq!(own["status"], "waitlisted");
    assert_eq!(own["waitlist_position"], 1);
    assert_eq!(own["event"]["id"], event);
    assert_ne!(own["id"], first["id"]);
    assert_error(
        app.get("/api/v1/registrations/not-a-real-token").await,
        404,
        "not_found",
    )
    .await;
    assert_error(
        app.post_empty("/api/v1/registrations/not-a-real-token/cancel", None)
            .await,
        404,
        "not_found",
    )
    .await;
}

async fn changing_limits_promotes_or_is_refused_below_the_confirmed(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let event = event_with(&app, &token, Some(1), None).await;
    register(&app, event, &person("One", "one@example.it", "IT")).await;
    register(&app, event, &person("Two", "two@example.it", "IT")).await;
    register(&app, event, &person("Three", "three@example.de", "DE")).await;
    let path = format!("/api/v1/events/{event}");
    let raised: Value = app
        .patch_json(&path, &json!({"capacity": 2}), &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        raised["seats"],
        json!({"confirmed": 2, "waitlisted": 1, "available": 0})
    );
    assert_eq!(
        app.outbox_of_kind("registration_promoted").await[0].recipient,
        "two@example.it"
    );
    let lowered = assert_error(
        app.patch_json(&path, &json!({"capacity": 1}), &token).await,
        422,
        "invalid_input",
    )
    .await;
    assert!(lowered["error"]["fields"]["capacity"]
        .as_str()
        .unwrap()
        .contains("2 confirmed"));
    let capped = assert_error(
        app.patch_json(&path, &json!({"country_cap": 1}), &token)
            .await,
        422,
        "invalid_input",
    )
    .await;
    assert!(capped["error"]["fields"]["country_cap"].is_string());
    let unlimited: Value = app
        .patch_json(&path, &json!({"capacity": null}), &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        unlimited["seats"],
        json!({"confirmed": 3, "waitlisted": 0, "available": null})
    );
}

async fn staff_list_export_cancel_and_mark_attendance(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let event = event_with(&app, &token, Some(10), None).await;
    let mut tricky = person("Željko Novák-Šťastný", "zeljko@example.cz", "CZ");
    tricky["organisation"] = json!("=HYPERLINK(\"http://evil\")");
    let (_, zeljko) = register(&app, event, &tricky).await;
    register(&app, event, &person("Ewa", "ewa@example.pl", "PL")).await;

    let other = app
        .coordinator_token("tour@example.org", &["tourism"])
        .await;
    let path = format!("/api/v1/events/{event}/registrations");
    assert_error(app.get(&path).await, 401, "unauthorized").await;
    assert_error(app.get_as(&path, &other).await, 403, "forbidden").await;
    assert_error(
        app.get_as(&format!("{path}.csv"), &other).await,
        403,
        "forbidden",
    )
    .await;
    let own = app.coordinator_token("ict@example.org", &["ict"]).await;
    let listed: Vec<Value> = app.get_as(&path, &own).await.json().await.unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0]["note"], "Vegetarian");
    assert!(listed[0].get("manage_token").is_none());

    let csv = app.get_as(&format!("{path}.csv"), &own).await;
    assert!(csv.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let bytes = csv.bytes().await.unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "a byte-order mark for spreadsheets"
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(reader.headers().unwrap().get(3), Some("name"));
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2);
    assert_eq!(&records[0][3], "Željko Novák-Šťastný");
    assert_eq!(&records[0][5], "'=HYPERLINK(\"http://evil\")");

    let zeljko_id = zeljko["id"].as_i64().unwrap();
    let early = app
        .client
        .put(app.url(&format!("{path}/{zeljko_id}/attendance")))
        .bearer_auth(&own)
        .json(&json!({"attendance": "attended"}))
        .send()
        .await
        .unwrap();
    assert_error(early, 409, "conflict").await;
    assert_error(
        app.post_empty(&format!("{path}/{zeljko_id}/cancel"), Some(&other))
            .await,
        403,
        "forbidden",
    )
    .await;
    // Staff cancel with a reason: the person is told who cancelled, and why, not
    // thanked for letting us know.
    let cancelled = app
        .client
        .post(app.url(&format!("{path}/{zeljko_id}/cancel")))
        .bearer_auth(&own)
        .json(&json!({"reason": "The visit is for\ncluster managers only."}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        cancelled.json::<Value>().await.unwrap()["status"],
        "cancelled"
    );
    assert!(app
        .outbox_of_kind("registration_cancelled")
        .await
        .is_empty());
    let told = app.outbox_of_kind("registration_cancelled_by_staff").await;
    assert_eq!(told.len(), 1);
    assert!(
        told[0]
            .body_text
            .contains("have cancelled your registration"),
        "{}",
        told[0].body_text
    );
    assert!(
        told[0]
            .body_text
            .contains("The visit is for\ncluster managers only."),
        "{}",
        told[0].body_text
    );
    assert!(!told[0].body_text.contains("Thank you for letting us know"));
    assert_error(
        app.post_empty(&format!("{path}/424242/cancel"), Some(&own))
            .await,
        404,
        "not_found",
    )
    .await;

    // After the start, attendance is recorded.
    let started = app
        .published_event(&token, &event_body("ict", 1, "Yesterday's forum"))
        .await;
    let came = app.register(started, "came@example.it", "IT").await;
    app.move_event_back(started, 2).await;
    // The holder can no longer take it back: it is a record of who came.
    assert_error(
        app.post_empty(&format!("/api/v1/registrations/{came}/cancel"), None)
            .await,
        409,
        "registration_closed",
    )
    .await;
    let manage = app
        .get(&format!("/registrations/{came}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!manage.contains("/cancel\""), "{manage}");
    let regs: Vec<Value> = app
        .get_as(&format!("/api/v1/events/{started}/registrations"), &own)
        .await
        .json()
        .await
        .unwrap();
    let rid = regs[0]["id"].as_i64().unwrap();
    let url = app.url(&format!(
        "/api/v1/events/{started}/registrations/{rid}/attendance"
    ));
    let marked = app
        .client
        .put(&url)
        .bearer_auth(&own)
        .json(&json!({"attendance": "attended"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        marked.json::<Value>().await.unwrap()["attendance"],
        "attended"
    );
    let bad = app
        .client
        .put(&url)
        .bearer_auth(&own)
        .json(&json!({"attendance": "maybe"}))
        .send()
        .await
        .unwrap();
    assert_error(bad, 422, "invalid_input").await;
}

/// The calendar entry of a mail, parsed: the file's METHOD, the entry's UID and STATUS.
fn calendar_of(row: &clustercord::store::outbox::OutboxRow) -> (String, String, String) {
    use icalendar::{Calendar, CalendarComponent, Component};
    use std::str::FromStr;
    let body = row
        .attachment_body
        .as_deref()
        .expect("a calendar attachment");
    let calendar = Calendar::from_str(body).unwrap();
    let CalendarComponent::Event(entry) = &calendar.components[0] else {
        panic!("no event in {body}")
    };
    let status = format!("{:?}", entry.get_status().expect("a STATUS"));
    (
        calendar
            .property_value("METHOD")
            .unwrap_or_default()
            .to_owned(),
        entry.get_uid().unwrap().to_owned(),
        status,
    )
}

/// Cancelling takes the entry back out of the person's calendar: the receipt
/// carries the same entry (same UID) with METHOD:CANCEL and STATUS:CANCELLED.
async fn a_cancelled_registration_takes_its_calendar_entry_back(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("ict", 9, "Robotics forum"))
        .await;
    let manage = app.register(event, "leaving@example.cz", "CZ").await;
    app.cancel_registration(&manage).await;
    let confirmed = app.outbox_of_kind("registration_confirmed").await;
    let receipt = app.outbox_of_kind("registration_cancelled").await;
    assert_eq!((confirmed.len(), receipt.len()), (1, 1));
    let (method, uid, status) = calendar_of(&confirmed[0]);
    assert_eq!((method.as_str(), status.as_str()), ("PUBLISH", "Confirmed"));
    let (method, cancelled_uid, status) = calendar_of(&receipt[0]);
    assert_eq!((method.as_str(), status.as_str()), ("CANCEL", "Cancelled"));
    assert_eq!(cancelled_uid, uid, "the same entry");
    let content_type = receipt[0].attachment_content_type.as_deref().unwrap();
    assert!(content_type.contains("method=CANCEL"), "{content_type}");
}

/// Waiting because the country's share is taken, while seats are free, is said as
/// such, in the person's language, in the mail and on the manage page; waiting for
/// a full event keeps its own words.
async fn a_wait_for_the_country_share_is_not_called_full(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let mut body = event_body("tourism", 12, "Coastal tourism forum");
    body["capacity"] = json!(2);
    body["country_cap"] = json!(1);
    let event = app.published_event(&token, &body).await;
    let person = |email: &str, country: &str, language: &str| json!({"name": "P", "email": email, "country": country, "language": language});
    register(&app, event, &person("first@example.it", "IT", "it")).await;
    let (_, second) = register(&app, event, &person("second@example.it", "IT", "it")).await;
    assert_eq!(second["status"], "waitlisted");
    // The manage page of the one waiting for the country's share says so.
    let manage = second["manage_token"].as_str().unwrap();
    let page = app
        .get(&format!("/registrations/{manage}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("those for your country are taken (at most 1 per country)"),
        "{page}"
    );
    register(&app, event, &person("third@example.hr", "HR", "en")).await;
    let (_, fourth) = register(&app, event, &person("fourth@example.si", "SI", "en")).await;
    assert_eq!(fourth["status"], "waitlisted");
    let waiting = app.outbox_of_kind("registration_waitlisted").await;
    let to = |address: &str| waiting.iter().find(|m| m.recipient == address).unwrap();
    let italian = &to("second@example.it").body_text;
    assert!(italian.contains("ha ancora posti liberi"), "{italian}");
    assert!(italian.contains("al massimo 1 per paese"), "{italian}");
    let full = &to("fourth@example.si").body_text;
    assert!(full.contains("is full for now"), "{full}");
    // Once the event is full, nobody is told that seats are free.
    let page = app
        .get(&format!("/registrations/{manage}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!page.contains("those for your country are taken"), "{page}");
}

/// A crowd's organisations are resolved for the whole batch at once: spellings
/// fold into one, an alias leads to the organisation it was merged into, the same
/// name in two countries stays two, and the first kind given is kept.
async fn a_crowd_names_its_organisations_once_each(backend: Backend) {
    use clustercord::db::schema::{organisations, registrations};
    use clustercord::store::organisations::OrganisationRow;
    use diesel::prelude::*;
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let first = event_with(&app, &token, None, None).await;
    let mut alias = person("Carla", "carla@example.it", "IT");
    alias["organisation"] = json!("Cooperativa Bio");
    let mut target = person("Bruno", "bruno@example.it", "IT");
    target["organisation"] = json!("Bio Coop");
    assert_eq!(register(&app, first, &alias).await.0, 201);
    assert_eq!(register(&app, first, &target).await.0, 201);
    let id_of = |name: &'static str| {
        move |conn: &mut clustercord::db::DbConnection| {
            organisations::table
                .filter(organisations::name.eq(name))
                .select(organisations::id)
                .first::<i64>(conn)
        }
    };
    let (coop, bio) = (
        app.query(id_of("Cooperativa Bio")).await,
        app.query(id_of("Bio Coop")).await,
    );
    let merge = format!("/api/v1/organisations/{coop}/merge");
    let merged = app
        .post_json(&merge, &json!({"into": bio}), Some(&token))
        .await;
    assert_eq!(merged.status(), 200);

    let crowd = app
        .published_event(&token, &event_body("ict", 40, "Forum of the crowd"))
        .await;
    let spellings = [
        "Cooperativa Bio",
        "bio coop",
        "BIO-COOP",
        "Nuova Rete",
        "nuova rete",
    ];
    let bodies: Vec<Value> = (0..40)
        .map(|i| {
            let country = if i % 4 == 3 { "DE" } else { "IT" };
            let mut body = person(&format!("P{i}"), &format!("p{i}@example.org"), country);
            body["organisation"] = json!(spellings[i % spellings.len()]);
            // Only some name a kind; the organisation learns it from them.
            body["organisation_kind"] = if i % 3 == 0 {
                json!("research")
            } else {
                Value::Null
            };
            body
        })
        .collect();
    let path = format!("/api/v1/events/{crowd}/registrations");
    let statuses = app.post_all(&path, bodies, None).await;
    assert!(statuses.iter().all(|s| *s == 201), "{statuses:?}");

    let linked: Vec<(String, String, Option<i64>)> = app
        .query(move |conn| {
            registrations::table
                .filter(registrations::event_id.eq(crowd))
                .select((
                    registrations::organisation,
                    registrations::country,
                    registrations::organisation_id,
                ))
                .load(conn)
        })
        .await;
    assert_eq!(linked.len(), 40);
    let rows: Vec<OrganisationRow> = app
        .query(|conn| {
            organisations::table
                .order(organisations::id)
                .select(OrganisationRow::as_select())
                .load(conn)
        })
        .await;
    let by_id: HashMap<i64, _> = rows.iter().map(|r| (r.id, r)).collect();
    let mut seen = HashMap::new();
    for (name, country, id) in &linked {
        let id = id.expect("every registration names an organisation");
        let row = by_id[&id];
        assert_eq!(row.merged_into, None, "{name} linked to an alias");
        assert_eq!(&row.country, country, "{name}");
        let expected = match (name.to_lowercase().as_str(), country.as_str()) {
            // The alias was merged in Italy only.
            ("cooperativa bio", "IT") => "biocoop",
            ("cooperativa bio", _) => "cooperativabio",
            (name, _) if name.contains("bio") => "biocoop",
            _ => "nuovarete",
        };
        assert_eq!(row.key, expected, "{name} in {country}");
        seen.insert((expected, country.clone()), id);
    }
    // Bio Coop and Nuova Rete in both countries, Cooperativa Bio in Germany.
    assert_eq!(seen.len(), 5, "{seen:?}");
    assert_eq!(seen[&("biocoop", "IT".to_owned())], bio);
    assert_eq!(
        rows.len(),
        6,
        "the Italian alias and five organisations: {rows:?}"
    );
    // Bio Coop in Italy had its kind from before; the new ones learnt theirs.
    let kinds: Vec<(&str, &str, Option<&str>)> = rows
        .iter()
        .filter(|row| row.merged_into.is_none())
        .map(|row| (row.key.as_str(), row.country.as_str(), row.kind.as_deref()))
        .collect();
    for (key, country, kind) in kinds {
        let expected = if (key, country) == ("biocoop", "IT") {
            "company"
        } else {
            "research"
        };
        assert_eq!(kind, Some(expected), "{key} in {country}");
    }
}

on_both_backends!(
    a_crowd_names_its_organisations_once_each,
    a_wait_for_the_country_share_is_not_called_full,
    a_cancelled_registration_takes_its_calendar_entry_back,
    seats_are_confirmed_while_they_last_then_people_wait,
    the_same_address_again_gets_the_existing_registration,
    simultaneous_sign_ups_never_overbook_seats_or_country_caps,
    one_address_racing_itself_gets_one_seat,
    registration_is_closed_before_publishing_after_cancelling_starting_or_the_deadline,
    a_cancellation_moves_up_the_earliest_waiting_person_who_fits,
    the_manage_link_opens_only_its_own_registration,
    changing_limits_promotes_or_is_refused_below_the_confirmed,
    staff_list_export_cancel_and_mark_attendance,
);

#[actix_web::test]
async fn invalid_sign_ups_name_every_bad_field() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let event = event_with(&app, &token, None, None).await;
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (json!({}), vec!["country", "email", "name"]),
        (
            json!({"name": " ", "email": "nobody", "country": "XX", "language": "fr"}),
            vec!["country", "email", "language", "name"],
        ),
        (
            json!({"name": "A", "email": "a@example.org", "country": "IT", "note": "x".repeat(1001)}),
            vec!["note"],
        ),
        (
            json!({"name": "A", "email": "a@example.org", "country": "IT", "organisation_kind": "guild"}),
            vec!["organisation_kind"],
        ),
        (
            json!({"name": 5, "email": "a@example.org", "country": "IT"}),
            vec!["name"],
        ),
        // Header injection: a line break in a name or address never reaches a mail.
        (
            json!({"name": "Eve\r\nBcc: all@example.org", "email": "a@example.org\r\nBcc: x@example.org",
                   "country": "IT", "organisation": "Org\u{0}"}),
            vec!["email", "name", "organisation"],
        ),
    ];
    let path = format!("/api/v1/events/{event}/registrations");
    for (body, expected) in cases {
        crate::helpers::assert_invalid_fields(
            app.post_json(&path, &body, None).await,
            &expected,
            &body,
        )
        .await;
    }
}
