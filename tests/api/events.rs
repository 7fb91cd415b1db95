//! Scheduling forums and study visits: validation, time zones, conflicts, rights,
//! changes told to registrants, and the calendar files.

use std::str::FromStr;

use icalendar::{Calendar, CalendarComponent, Component, EventLike};
use serde_json::{json, Value};

use crate::helpers::{assert_error, event_body, spawn_app, Backend, TestApp};

async fn get_json(app: &TestApp, path: &str, token: Option<&str>) -> (u16, Value) {
    let response = match token {
        Some(token) => app.get_as(path, token).await,
        None => app.get(path).await,
    };
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn a_coordinator_schedules_a_draft_and_publishes_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app
        .coordinator_token("coord@ict.example.org", &["ict"])
        .await;
    let event = app
        .create_event(&token, &event_body("ict", 30, "ICT exchange forum"))
        .await;
    assert_eq!(event["status"], "draft");
    assert_eq!(event["group"], "ict");
    assert_eq!(
        event["seats"],
        json!({"confirmed": 0, "waitlisted": 0, "available": 30})
    );
    assert_eq!(event["agenda"].as_array().unwrap().len(), 2);
    let id = event["id"].as_i64().unwrap();

    // A draft is invisible to the public.
    assert_eq!(
        get_json(&app, &format!("/api/v1/events/{id}"), None)
            .await
            .0,
        404
    );
    let (_, public) = get_json(&app, "/api/v1/events", None).await;
    assert_eq!(public.as_array().unwrap().len(), 0);
    let (_, staff) = get_json(&app, "/api/v1/events", Some(&token)).await;
    assert_eq!(staff.as_array().unwrap().len(), 1);

    let published = app
        .post_empty(&format!("/api/v1/events/{id}/publish"), Some(&token))
        .await;
    assert_eq!(published.status(), 200);
    let (status, event) = get_json(&app, &format!("/api/v1/events/{id}"), None).await;
    assert_eq!(status, 200);
    assert_eq!(event["status"], "published");
    // Publishing twice changes nothing.
    assert_eq!(
        app.post_empty(&format!("/api/v1/events/{id}/publish"), Some(&token))
            .await
            .status(),
        200
    );
}

async fn times_are_kept_in_utc_and_shown_in_the_event_zone_across_dst(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    // The night Europe/Warsaw moves to summer time: 2027-03-28, 02:00 -> 03:00.
    let mut body = event_body("energy-environment", 0, "Night study visit");
    body["kind"] = json!("study_visit");
    body["timezone"] = json!("Europe/Warsaw");
    body["starts_at"] = json!("2027-03-28T00:30:00Z"); // 01:30 CET
    body["ends_at"] = json!("2027-03-28T03:00:00Z"); // 05:00 CEST
    body["agenda"] = json!([
        {"starts_at": "2027-03-28T01:30:00+01:00", "ends_at": "2027-03-28T03:30:00+02:00", "title": "Across the change", "place": "Port of Gdańsk"}
    ]);
    body["host_organisation"] = json!("Pomeranian Agency");
    let event = app.create_event(&token, &body).await;
    assert_eq!(event["starts_at"], "2027-03-28T01:30:00+01:00");
    assert_eq!(event["ends_at"], "2027-03-28T05:00:00+02:00");
    assert_eq!(event["agenda"][0]["ends_at"], "2027-03-28T03:30:00+02:00");
    assert_eq!(event["agenda"][0]["place"], "Port of Gdańsk");
    let id = event["id"].as_i64().unwrap();
    app.post_empty(&format!("/api/v1/events/{id}/publish"), Some(&token))
        .await;
    let page = app
        .get(&format!("/events/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("01:30 CET"), "{page}");
    assert!(page.contains("05:00 CEST"), "{page}");
    // The filter takes instants: an hour window around 02:00 UTC finds it.
    let (_, found) = get_json(
        &app,
        "/api/v1/events?from=2027-03-28T02:00:00Z&to=2027-03-28T02:30:00Z",
        None,
    )
    .await;
    assert_eq!(found.as_array().unwrap().len(), 1);
}

async fn overlapping_events_of_a_group_conflict_unless_allowed(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let first = app
        .create_event(&token, &event_body("tourism", 10, "Coastal tourism forum"))
        .await;
    let first_id = first["id"].as_i64().unwrap();

    let clash = app
        .post_json(
            "/api/v1/events",
            &event_body("tourism", 10, "Second forum"),
            Some(&token),
        )
        .await;
    let body = assert_error(clash, 409, "schedule_conflict").await;
    let message = body["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("Coastal tourism forum")
            && message.contains(&first_id.to_string())
            && message.contains(r#""allow_overlap": true"#),
        "{message}"
    );

    let mut allowed = event_body("tourism", 10, "Parallel session");
    allowed["allow_overlap"] = json!(true);
    app.create_event(&token, &allowed).await;
    // Another group at the same time is no conflict.
    app.create_event(&token, &event_body("ict", 10, "ICT the same day"))
        .await;

    // Moving an event onto another is refused too.
    let later = app
        .create_event(&token, &event_body("tourism", 12, "Later forum"))
        .await;
    let later_id = later["id"].as_i64().unwrap();
    let moved = app
        .patch_json(
            &format!("/api/v1/events/{later_id}"),
            &json!({"starts_at": first["starts_at"], "ends_at": first["ends_at"], "agenda": []}),
            &token,
        )
        .await;
    assert_error(moved, 409, "schedule_conflict").await;

    // Publishing a draft that overlaps is refused too, unless allowed.
    let mut parallel = event_body("tourism", 10, "Draft in parallel");
    parallel["allow_overlap"] = json!(true);
    let draft = app.create_event(&token, &parallel).await["id"]
        .as_i64()
        .unwrap();
    let publish = app
        .post_empty(&format!("/api/v1/events/{draft}/publish"), Some(&token))
        .await;
    assert_error(publish, 409, "schedule_conflict").await;
    let allowed = app
        .post_json(
            &format!("/api/v1/events/{draft}/publish"),
            &json!({"allow_overlap": true}),
            Some(&token),
        )
        .await;
    assert_eq!(allowed.status(), 200);
    app.post_empty(&format!("/api/v1/events/{draft}/cancel"), Some(&token))
        .await;

    // A cancelled event frees its slot.
    app.post_empty(&format!("/api/v1/events/{first_id}/cancel"), Some(&token))
        .await;
    let mut again = event_body("tourism", 10, "Replacement forum");
    again["starts_at"] = first["starts_at"].clone();
    let response = app.post_json("/api/v1/events", &again, Some(&token)).await;
    // Still overlaps the "Parallel session" scheduled with allow_overlap.
    assert_error(response, 409, "schedule_conflict").await;
}

async fn simultaneous_conflicting_schedules_create_exactly_one(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let bodies = (0..12)
        .map(|n| event_body("natural-sciences", 20, &format!("Attempt {n}")))
        .collect();
    let statuses = app.post_all("/api/v1/events", bodies, Some(&token)).await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        11,
        "{statuses:?}"
    );
}

async fn only_staff_of_the_group_schedule_and_change_its_events(backend: Backend) {
    let app = spawn_app(backend).await;
    let own = app
        .coordinator_token("own@example.org", &["agrifood"])
        .await;
    let other = app
        .coordinator_token("other@example.org", &["tourism"])
        .await;
    let body = event_body("agrifood", 5, "Dairy study visit");
    assert_error(
        app.post_json("/api/v1/events", &body, None).await,
        401,
        "unauthorized",
    )
    .await;
    assert_error(
        app.post_json("/api/v1/events", &body, Some(&other)).await,
        403,
        "forbidden",
    )
    .await;
    let id = app.create_event(&own, &body).await["id"].as_i64().unwrap();
    let path = format!("/api/v1/events/{id}");

    // The other group's coordinator neither sees the draft nor changes it, and
    // reading and writing answer alike: nothing tells that the draft exists.
    assert_eq!(get_json(&app, &path, Some(&other)).await.0, 404);
    let (_, listed) = get_json(&app, "/api/v1/events", Some(&other)).await;
    assert!(listed.as_array().unwrap().is_empty());
    assert_error(
        app.patch_json(&path, &json!({"title": "Mine now"}), &other)
            .await,
        404,
        "not_found",
    )
    .await;
    for action in ["publish", "cancel"] {
        assert_error(
            app.post_empty(&format!("{path}/{action}"), Some(&other))
                .await,
            404,
            "not_found",
        )
        .await;
    }
    assert_error(
        app.get_as(&format!("{path}/registrations"), &other).await,
        404,
        "not_found",
    )
    .await;
    assert_error(
        app.post_empty(&format!("{path}/publish"), None).await,
        401,
        "unauthorized",
    )
    .await;
    let forged = app
        .client
        .patch(app.url(&path))
        .bearer_auth("forged")
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_error(forged, 401, "unauthorized").await;
    let listed_forged = app.get_as("/api/v1/events", "forged").await;
    assert_error(listed_forged, 401, "unauthorized").await;

    // The admin may do all of it.
    let admin = app.admin_token().await;
    let renamed = app
        .patch_json(&path, &json!({"title": "Dairy farms of Lodi"}), &admin)
        .await;
    assert_eq!(renamed.status(), 200);
    assert_eq!(
        app.post_empty(&format!("{path}/publish"), Some(&own))
            .await
            .status(),
        200
    );
    assert_eq!(
        get_json(&app, &path, None).await.1["title"],
        "Dairy farms of Lodi"
    );
    // Published, it is public: the other group's coordinator is refused, not misled.
    assert_error(
        app.patch_json(&path, &json!({"title": "Mine now"}), &other)
            .await,
        403,
        "forbidden",
    )
    .await;
    assert_error(app.get("/api/v1/events/999999").await, 404, "not_found").await;
    assert_error(
        app.post_json(
            "/api/v1/events",
            &event_body("no-such-group", 5, "x"),
            Some(&admin),
        )
        .await,
        404,
        "not_found",
    )
    .await;
}

async fn lists_filter_by_group_kind_and_time(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let mut visit = event_body("ict", 40, "ICT study visit");
    visit["kind"] = json!("study_visit");
    app.published_event(&token, &visit).await;
    app.published_event(&token, &event_body("ict", 50, "ICT forum"))
        .await;
    app.published_event(&token, &event_body("tourism", 45, "Tourism forum"))
        .await;
    let titles = |v: Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|e| e["title"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        titles(get_json(&app, "/api/v1/events", None).await.1),
        ["ICT study visit", "Tourism forum", "ICT forum"]
    );
    assert_eq!(
        titles(get_json(&app, "/api/v1/events?group=ict", None).await.1),
        ["ICT study visit", "ICT forum"]
    );
    assert_eq!(
        titles(
            get_json(&app, "/api/v1/events?kind=study_visit", None)
                .await
                .1
        ),
        ["ICT study visit"]
    );
    let cut = (chrono::Utc::now() + chrono::Duration::days(47))
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    assert_eq!(
        titles(
            get_json(&app, &format!("/api/v1/events?to={cut}"), None)
                .await
                .1
        ),
        ["ICT study visit", "Tourism forum"]
    );
    assert_eq!(
        titles(
            get_json(&app, &format!("/api/v1/events?from={cut}"), None)
                .await
                .1
        ),
        ["ICT forum"]
    );
    let bad = assert_error(
        app.get("/api/v1/events?kind=party&from=yesterday").await,
        422,
        "invalid_input",
    )
    .await;
    assert!(
        bad["error"]["fields"]["kind"].is_string() && bad["error"]["fields"]["from"].is_string()
    );
    assert_error(
        app.get("/api/v1/events?group=nothing").await,
        404,
        "not_found",
    )
    .await;
}

async fn a_new_time_or_venue_is_mailed_to_registrants_with_a_new_sequence(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    // One seat: the first is confirmed, the others wait; one of them cancels.
    let mut body = event_body("agrifood", 15, "Olive oil forum");
    body["capacity"] = json!(1);
    let id = app.published_event(&token, &body).await;
    app.register(id, "confirmed@example.it", "IT").await;
    app.register(id, "waiting@example.de", "DE").await;
    let gone = app.register(id, "gone@example.hu", "HU").await;
    app.cancel_registration(&gone).await;
    let statuses = app.registration_statuses(id).await;
    let statuses: Vec<(&str, &str)> = statuses
        .iter()
        .map(|(email, status)| (email.as_str(), status.as_str()))
        .collect();
    assert_eq!(
        statuses,
        [
            ("confirmed@example.it", "confirmed"),
            ("waiting@example.de", "waitlisted"),
            ("gone@example.hu", "cancelled")
        ]
    );
    // Their own mail (confirmation, waiting list, cancellation) goes first.
    app.deliver_mail().await;
    let earlier = app.smtp.messages_to("waiting@example.de").len();
    let path = format!("/api/v1/events/{id}");

    let retitled: Value = app
        .patch_json(&path, &json!({"title": "Olive oil exchange forum"}), &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(retitled["sequence"], 0);
    assert!(app.outbox_of_kind("event_changed").await.is_empty());

    let moved = app
        .patch_json(
            &path,
            &json!({"venue": {"name": "Villa Reale", "city": "Monza"}}),
            &token,
        )
        .await;
    assert_eq!(moved.status(), 200);
    let moved: Value = moved.json().await.unwrap();
    assert_eq!(moved["sequence"], 1);
    assert_eq!(moved["venue"]["city"], "Monza");
    assert_eq!(moved["venue"]["country"], "IT");

    let mails = app.outbox_of_kind("event_changed").await;
    let mut recipients: Vec<&str> = mails.iter().map(|m| m.recipient.as_str()).collect();
    recipients.sort();
    assert_eq!(recipients, ["confirmed@example.it", "waiting@example.de"]);
    // The one with a seat gets a confirmed entry; the one waiting, a tentative one.
    for mail in &mails {
        let calendar = Calendar::from_str(mail.attachment_body.as_deref().unwrap()).unwrap();
        let CalendarComponent::Event(entry) = &calendar.components[0] else {
            panic!("no event")
        };
        let expected = match mail.recipient.as_str() {
            "confirmed@example.it" => icalendar::EventStatus::Confirmed,
            _ => icalendar::EventStatus::Tentative,
        };
        assert_eq!(entry.get_status(), Some(expected), "{}", mail.recipient);
    }
    assert!(mails[0].subject.contains("Olive oil exchange forum"));
    let ics = mails[0].attachment_body.clone().unwrap();
    let calendar = Calendar::from_str(&ics).unwrap();
    let CalendarComponent::Event(entry) = &calendar.components[0] else {
        panic!("no event")
    };
    assert_eq!(entry.get_sequence(), Some(1));
    assert!(entry.get_location().unwrap().contains("Monza"));

    app.deliver_mail().await;
    let received = app.smtp.messages_to("waiting@example.de");
    assert_eq!(received.len(), earlier + 1, "one message about the change");
    assert!(received[earlier].data.contains("text/calendar"));
}

async fn a_cancellation_is_mailed_once_with_a_cancelled_calendar_entry(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let id = app
        .published_event(&token, &event_body("ict", 15, "Cloud forum"))
        .await;
    app.register(id, "one@example.sk", "SK").await;
    let cancelled = app
        .post_empty(&format!("/api/v1/events/{id}/cancel"), Some(&token))
        .await;
    assert_eq!(cancelled.status(), 200);
    assert_eq!(
        cancelled.json::<Value>().await.unwrap()["status"],
        "cancelled"
    );
    assert_eq!(
        app.post_empty(&format!("/api/v1/events/{id}/cancel"), Some(&token))
            .await
            .status(),
        200
    );
    let mails = app.outbox_of_kind("event_cancelled").await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0]
        .attachment_body
        .as_deref()
        .unwrap()
        .contains("STATUS:CANCELLED"));
    // A cancelled event is neither changed nor published again.
    assert_error(
        app.patch_json(
            &format!("/api/v1/events/{id}"),
            &json!({"title": "x"}),
            &token,
        )
        .await,
        409,
        "conflict",
    )
    .await;
    assert_error(
        app.post_empty(&format!("/api/v1/events/{id}/publish"), Some(&token))
            .await,
        409,
        "conflict",
    )
    .await;
}

async fn calendar_files_parse_and_the_feed_follows_the_group(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let live = app
        .published_event(
            &token,
            &event_body("tourism", 8, "Wine routes; \"Tokaj\", and more"),
        )
        .await;
    let gone = app
        .published_event(&token, &event_body("tourism", 9, "Cancelled forum"))
        .await;
    app.post_empty(&format!("/api/v1/events/{gone}/cancel"), Some(&token))
        .await;
    let draft = app
        .create_event(&token, &event_body("tourism", 11, "Secret draft"))
        .await["id"]
        .as_i64()
        .unwrap();

    let response = app.get(&format!("/events/{live}.ics")).await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/calendar"));
    let text = response.text().await.unwrap();
    let calendar = Calendar::from_str(&text).unwrap();
    let CalendarComponent::Event(entry) = &calendar.components[0] else {
        panic!("no event")
    };
    assert_eq!(
        entry.get_summary(),
        Some("Wine routes; \"Tokaj\", and more")
    );
    assert!(entry
        .get_uid()
        .unwrap()
        .starts_with(&format!("event-{live}@")));
    assert!(entry
        .get_url()
        .unwrap()
        .ends_with(&format!("/events/{live}")));
    assert!(entry.get_location().unwrap().contains("Milano"));
    assert!(entry.get_timestamp().is_some());
    assert!(entry.get_start().is_some() && entry.get_end().is_some());

    assert_eq!(app.get(&format!("/events/{draft}.ics")).await.status(), 404);
    let feed = app
        .get("/groups/tourism/calendar.ics")
        .await
        .text()
        .await
        .unwrap();
    let parsed = Calendar::from_str(&feed).unwrap();
    let entries: Vec<_> = parsed
        .components
        .iter()
        .filter_map(|c| {
            if let CalendarComponent::Event(e) = c {
                Some(e)
            } else {
                None
            }
        })
        .collect();
    assert_eq!(entries.len(), 2, "{feed}");
    let cancelled = entries
        .iter()
        .find(|e| e.get_summary() == Some("Cancelled forum"))
        .unwrap();
    assert_eq!(
        cancelled.get_status(),
        Some(icalendar::EventStatus::Cancelled)
    );
    assert_eq!(app.get("/groups/nowhere/calendar.ics").await.status(), 404);
}

/// Who an event is for: `closed` unless said, set on POST and PATCH, checked.
async fn an_event_says_who_it_is_for(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let closed = app
        .post_json(
            "/api/v1/events",
            &event_body("ict", 30, "Forum"),
            Some(&token),
        )
        .await;
    assert_eq!(closed.status(), 201);
    let closed: Value = closed.json().await.unwrap();
    assert_eq!(closed["audience"], "closed");
    let mut body = event_body("ict", 40, "Info day");
    body["audience"] = json!("public");
    let public: Value = app
        .post_json("/api/v1/events", &body, Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(public["audience"], "public");
    let path = format!("/api/v1/events/{}", public["id"]);
    let changed: Value = app
        .patch_json(&path, &json!({"audience": "internal"}), &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(changed["audience"], "internal");
    let refused = assert_error(
        app.patch_json(&path, &json!({"audience": "everyone"}), &token)
            .await,
        422,
        "invalid_input",
    )
    .await;
    assert!(
        refused["error"]["fields"]["audience"].is_string(),
        "{refused}"
    );
    let (_, event) = get_json(&app, &path, Some(&token)).await;
    assert_eq!(event["audience"], "internal");
}

on_both_backends!(
    an_event_says_who_it_is_for,
    a_coordinator_schedules_a_draft_and_publishes_it,
    times_are_kept_in_utc_and_shown_in_the_event_zone_across_dst,
    overlapping_events_of_a_group_conflict_unless_allowed,
    simultaneous_conflicting_schedules_create_exactly_one,
    only_staff_of_the_group_schedule_and_change_its_events,
    lists_filter_by_group_kind_and_time,
    a_new_time_or_venue_is_mailed_to_registrants_with_a_new_sequence,
    a_cancellation_is_mailed_once_with_a_cancelled_calendar_entry,
    calendar_files_parse_and_the_feed_follows_the_group,
);

#[actix_web::test]
async fn invalid_event_input_names_every_bad_field() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let base = event_body("ict", 30, "Valid");
    let with = |changes: Value| {
        let mut body = base.clone();
        for (key, value) in changes.as_object().unwrap() {
            body[key] = value.clone();
        }
        body
    };
    let start = base["starts_at"].clone();
    let end = base["ends_at"].clone();
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (
            json!({"group": "ict"}),
            vec![
                "kind",
                "title",
                "starts_at",
                "ends_at",
                "timezone",
                "venue.city",
                "venue.country",
            ],
        ),
        (with(json!({"title": ""})), vec!["title"]),
        (with(json!({"title": "x".repeat(201)})), vec!["title"]),
        (
            with(json!({"ends_at": start, "starts_at": end})),
            vec!["ends_at"],
        ),
        (
            with(json!({"timezone": "Europe/Atlantis"})),
            vec!["timezone"],
        ),
        (
            with(json!({"venue": {"city": "Milano", "country": "XX"}})),
            vec!["venue.country"],
        ),
        (with(json!({"capacity": 0})), vec!["capacity"]),
        (
            with(json!({"capacity": 3, "country_cap": 4})),
            vec!["country_cap"],
        ),
        (
            with(json!({"registration_deadline": end})),
            vec!["registration_deadline"],
        ),
        (
            with(json!({"starts_at": "tomorrow at nine"})),
            vec!["starts_at"],
        ),
        (
            with(json!({"kind": "party", "capacity": -2})),
            vec!["capacity", "kind"],
        ),
        (
            with(json!({"agenda": [{"starts_at": start, "ends_at": start, "title": ""}]})),
            vec!["agenda[0].ends_at", "agenda[0].title"],
        ),
        (
            with(
                json!({"agenda": [{"starts_at": "2001-01-01T09:00:00Z", "ends_at": "2001-01-01T10:00:00Z", "title": "Too early"}]}),
            ),
            vec!["agenda[0]"],
        ),
        (with(json!({"capacity": "thirty"})), vec!["capacity"]),
    ];
    for (body, expected) in cases {
        crate::helpers::assert_invalid_fields(
            app.post_json("/api/v1/events", &body, Some(&token)).await,
            &expected,
            &body,
        )
        .await;
    }
}
