//! B2B meetings at a forum, line by line of the contract: the session, profiles and
//! the catalogue, requests and their rules, the schedule (as full as the rules
//! allow, explained, stable), agendas with calendar entries, outcomes in reports.

use std::collections::{HashMap, HashSet};
use std::str::FromStr;

use chrono::{DateTime, Duration, FixedOffset, TimeZone};
use icalendar::{Calendar, CalendarComponent, Component};
use serde_json::{json, Value};

use crate::helpers::*;

/// The event's day at `hour:minute` in Rome, as RFC 3339.
pub fn on_day(event: &Value, hour: u32, minute: u32) -> String {
    let starts = DateTime::parse_from_rfc3339(event["starts_at"].as_str().unwrap()).unwrap();
    let rome = chrono_tz::Europe::Rome;
    let date = starts.with_timezone(&rome).date_naive();
    rome.from_local_datetime(&date.and_hms_opt(hour, minute, 0).unwrap())
        .unwrap()
        .to_rfc3339()
}

async fn put(app: &TestApp, path: &str, body: &Value, token: Option<&str>) -> reqwest::Response {
    let mut request = app.client.put(app.url(path)).json(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.unwrap()
}

async fn json_of(response: reqwest::Response, status: u16) -> Value {
    let got = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!(got, status, "{body}");
    body
}

/// A published forum with a session from 14:00 to 16:30 in slots of 30 minutes
/// (five) at three tables, requests open until the morning of the day.
struct Forum {
    app: TestApp,
    admin: String,
    event: i64,
    body: Value,
}

async fn forum(backend: Backend) -> Forum {
    let app = spawn_app(backend).await;
    let admin = app.admin_token().await;
    let event_json = app
        .create_event(&admin, &event_body("ict", 30, "ICT forum with B2B"))
        .await;
    let event = event_json["id"].as_i64().unwrap();
    let published = app
        .post_empty(&format!("/api/v1/events/{event}/publish"), Some(&admin))
        .await;
    assert_eq!(published.status(), 200);
    let body = json!({"starts_at": on_day(&event_json, 14, 0), "ends_at": on_day(&event_json, 16, 30),
                      "slot_minutes": 30, "tables": 3, "requests_close_at": on_day(&event_json, 8, 0)});
    let session = json_of(
        put(
            &app,
            &format!("/api/v1/events/{event}/b2b"),
            &body,
            Some(&admin),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(session["slots"].as_array().unwrap().len(), 5);
    Forum {
        app,
        admin,
        event,
        body,
    }
}

/// A confirmed participant with a profile.
struct Person {
    token: String,
    profile: i64,
}

impl Forum {
    async fn person(
        &self,
        n: usize,
        country: &str,
        language: &str,
        available: Option<Vec<i64>>,
    ) -> Person {
        let registered = self
            .app
            .registered(
                self.event,
                &json!({"name": format!("Person {n}"), "email": format!("p{n}@example.org"),
                        "organisation": format!("Organisation {n}"), "country": country,
                        "language": language, "organisation_kind": "company"}),
            )
            .await;
        let token = registered["manage_token"].as_str().unwrap().to_owned();
        let mut body =
            json!({"offers": format!("Cloud services {n}"), "seeks": "Partners for Horizon calls"});
        if let Some(slots) = available {
            body["available"] = json!(slots);
        }
        let path = format!("/api/v1/registrations/{token}/b2b/profile");
        let profile = json_of(put(&self.app, &path, &body, None).await, 200).await;
        Person {
            token,
            profile: profile["id"].as_i64().unwrap(),
        }
    }

    async fn ask(&self, from: &Person, to: &Person) -> reqwest::Response {
        let path = format!("/api/v1/registrations/{}/b2b/requests", from.token);
        self.app
            .post_json(
                &path,
                &json!({"to": to.profile, "message": "Shall we meet?"}),
                None,
            )
            .await
    }

    /// `from` asks `to`, who accepts; returns the request's id.
    async fn agreed(&self, from: &Person, to: &Person) -> i64 {
        let request = json_of(self.ask(from, to).await, 201).await;
        let id = request["id"].as_i64().unwrap();
        let path = format!(
            "/api/v1/registrations/{}/b2b/requests/{id}/accept",
            to.token
        );
        let accepted = json_of(self.app.post_empty(&path, None).await, 200).await;
        assert_eq!(accepted["status"], "accepted");
        id
    }

    async fn schedule(&self, body: &Value) -> Value {
        let path = format!("/api/v1/events/{}/b2b/schedule", self.event);
        json_of(
            self.app.post_json(&path, body, Some(&self.admin)).await,
            200,
        )
        .await
    }
}

/// The contract's rules, checked on a schedule's answer: nobody twice in a slot,
/// no more meetings than tables in a slot, no meeting in a slot either side
/// cannot attend, tables in range.
fn assert_rules(schedule: &Value, tables: i64, available: &HashMap<i64, Vec<i64>>) {
    let mut seats = HashSet::new();
    let mut per_slot: HashMap<i64, i64> = HashMap::new();
    let mut tables_taken = HashSet::new();
    for m in schedule["meetings"].as_array().unwrap() {
        let slot = m["slot"].as_i64().unwrap();
        let table = m["table"].as_i64().unwrap();
        assert!((1..=tables).contains(&table), "{m}");
        assert!(
            tables_taken.insert((slot, table)),
            "two meetings at one table: {m}"
        );
        *per_slot.entry(slot).or_default() += 1;
        for person in m["with"].as_array().unwrap() {
            let person = person.as_i64().unwrap();
            assert!(
                seats.insert((person, slot)),
                "{person} twice in slot {slot}"
            );
            if let Some(slots) = available.get(&person) {
                assert!(slots.contains(&slot), "{person} not free in slot {slot}");
            }
        }
    }
    assert!(per_slot.values().all(|n| *n <= tables));
}

async fn the_session_is_set_by_staff_and_checked(backend: Backend) {
    let f = forum(backend).await;
    let path = format!("/api/v1/events/{}/b2b", f.event);
    let session = json_of(f.app.get(&path).await, 200).await;
    assert_eq!(session["slot_minutes"], 30);
    assert_eq!(session["published"], false);
    assert_eq!(session["slots"][0]["index"], 0);
    assert!(
        session["slots"][4]["ends_at"]
            .as_str()
            .unwrap()
            .ends_with("16:30:00+01:00")
            || session["slots"][4]["ends_at"]
                .as_str()
                .unwrap()
                .ends_with("16:30:00+02:00")
    );
    let mut bad = f.body.clone();
    bad["slot_minutes"] = json!(12);
    bad["tables"] = json!(0);
    bad["starts_at"] = json!("yesterday");
    let response = put(&f.app, &path, &bad, Some(&f.admin)).await;
    assert_invalid_fields(response, &["starts_at"], &Value::Null).await;
    let mut bad = f.body.clone();
    bad["slot_minutes"] = json!(12);
    bad["tables"] = json!(0);
    let response = put(&f.app, &path, &bad, Some(&f.admin)).await;
    assert_invalid_fields(response, &["slot_minutes", "tables"], &Value::Null).await;
    let response = put(&f.app, &path, &f.body, None).await;
    assert_error(response, 401, "unauthorized").await;
    let other = f
        .app
        .coordinator_token("agri@example.org", &["agrifood"])
        .await;
    let response = put(&f.app, &path, &f.body, Some(&other)).await;
    assert_error(response, 403, "forbidden").await;
}

async fn profiles_and_the_catalogue(backend: Backend) {
    let f = forum(backend).await;
    let anna = f.person(1, "IT", "it", None).await;
    let bernd = f.person(2, "DE", "de", Some(vec![0, 2])).await;
    // Registered, confirmed, but not opted in: never shown, and sees nothing.
    let shy = f
        .app
        .registered(
            f.event,
            &json!({"name": "Shy", "email": "shy@example.org", "country": "HU"}),
        )
        .await;
    let shy = shy["manage_token"].as_str().unwrap();
    let catalogue = format!("/api/v1/events/{}/b2b/participants", f.event);
    let response = f.app.get(&format!("{catalogue}?token={shy}")).await;
    assert_error(response, 403, "forbidden").await;
    assert_error(f.app.get(&catalogue).await, 401, "unauthorized").await;
    let list = json_of(
        f.app
            .get(&format!("{catalogue}?token={}", anna.token))
            .await,
        200,
    )
    .await;
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Person 1", "Person 2"]);
    assert_eq!(list[0]["available"], json!([0, 1, 2, 3, 4]));
    assert_eq!(list[1]["available"], json!([0, 2]));
    assert_eq!(list[1]["country"], "DE");
    assert_eq!(list[1]["organisation_kind"], "company");
    let germans = json_of(
        f.app
            .get(&format!("{catalogue}?token={}&country=DE", anna.token))
            .await,
        200,
    )
    .await;
    assert_eq!(germans.as_array().unwrap().len(), 1);
    let words = json_of(
        f.app
            .get(&format!(
                "{catalogue}?token={}&q=cloud+services+2",
                anna.token
            ))
            .await,
        200,
    )
    .await;
    assert_eq!(words[0]["id"].as_i64(), Some(bernd.profile));
    assert_eq!(words.as_array().unwrap().len(), 1);
    let staff = json_of(f.app.get_as(&catalogue, &f.admin).await, 200).await;
    assert_eq!(staff.as_array().unwrap().len(), 2);

    // Bad profiles: a slot that does not exist, nothing said at all.
    let path = format!("/api/v1/registrations/{}/b2b/profile", anna.token);
    let response = put(
        &f.app,
        &path,
        &json!({"offers": "x", "available": [5]}),
        None,
    )
    .await;
    assert_invalid_fields(response, &["available"], &Value::Null).await;
    let response = put(
        &f.app,
        &path,
        &json!({"offers": "x", "available": []}),
        None,
    )
    .await;
    assert_invalid_fields(response, &["available"], &Value::Null).await;
    let response = put(&f.app, &path, &json!({"offers": " ", "seeks": ""}), None).await;
    assert_invalid_fields(response, &["offers"], &Value::Null).await;
    // Changing it keeps its id.
    let changed = json_of(
        put(&f.app, &path, &json!({"seeks": "Investors"}), None).await,
        200,
    )
    .await;
    assert_eq!(changed["id"].as_i64(), Some(anna.profile));
    assert_eq!(changed["seeks"], "Investors");
    // A waitlisted registrant may not opt in.
    let mut full = event_body("ict", 40, "Tiny forum");
    full["capacity"] = json!(1);
    let tiny = f.app.create_event(&f.admin, &full).await;
    let tiny_id = tiny["id"].as_i64().unwrap();
    f.app
        .post_empty(&format!("/api/v1/events/{tiny_id}/publish"), Some(&f.admin))
        .await;
    let mut body = f.body.clone();
    for (field, hour) in [("starts_at", 14), ("ends_at", 16), ("requests_close_at", 8)] {
        body[field] = json!(on_day(&tiny, hour, 0));
    }
    json_of(
        put(
            &f.app,
            &format!("/api/v1/events/{tiny_id}/b2b"),
            &body,
            Some(&f.admin),
        )
        .await,
        200,
    )
    .await;
    f.app.register(tiny_id, "first@example.org", "IT").await;
    let second = f.app.register(tiny_id, "second@example.org", "IT").await;
    let path = format!("/api/v1/registrations/{second}/b2b/profile");
    let response = put(&f.app, &path, &json!({"offers": "x"}), None).await;
    assert_error(response, 403, "forbidden").await;
}

async fn requests_follow_the_rules_and_mail_both_sides(backend: Backend) {
    let f = forum(backend).await;
    let anna = f.person(1, "IT", "it", None).await;
    let bernd = f.person(2, "DE", "de", None).await;
    // Someone of Anna's own organisation (same name, other spelling, same country).
    let colleague = f
        .app
        .registered(
            f.event,
            &json!({"name": "Carla", "email": "carla@example.org", "organisation": "ORGANISATION 1",
                    "country": "IT"}),
        )
        .await;
    let colleague_token = colleague["manage_token"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/registrations/{colleague_token}/b2b/profile");
    let colleague_profile =
        json_of(put(&f.app, &path, &json!({"offers": "x"}), None).await, 200).await;
    let colleague = Person {
        token: colleague_token,
        profile: colleague_profile["id"].as_i64().unwrap(),
    };

    assert_invalid_fields(f.ask(&anna, &anna).await, &["to"], &Value::Null).await;
    assert_invalid_fields(f.ask(&anna, &colleague).await, &["to"], &Value::Null).await;
    let request = json_of(f.ask(&anna, &bernd).await, 201).await;
    assert_eq!(request["status"], "pending");
    assert_eq!(request["from"].as_i64(), Some(anna.profile));
    assert_eq!(request["message"], "Shall we meet?");
    assert_invalid_fields(f.ask(&anna, &bernd).await, &["to"], &Value::Null).await;
    assert_invalid_fields(f.ask(&bernd, &anna).await, &["to"], &Value::Null).await;
    let nobody = Person {
        token: String::new(),
        profile: 999_999,
    };
    assert_invalid_fields(f.ask(&anna, &nobody).await, &["to"], &Value::Null).await;

    // The recipient is mailed in their language, with the link to answer.
    let mails = f.app.outbox_of_kind("b2b_request").await;
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].recipient, "p2@example.org");
    assert!(
        mails[0]
            .subject
            .starts_with("Gesprächsanfrage von Person 1"),
        "{}",
        mails[0].subject
    );
    let id = request["id"].as_i64().unwrap();
    assert!(mails[0]
        .body_text
        .contains(&format!("/registrations/{}/b2b/requests/{id}", bernd.token)));

    // Only the recipient answers.
    let accept = |token: &str| format!("/api/v1/registrations/{token}/b2b/requests/{id}/accept");
    assert_error(
        f.app.post_empty(&accept(&anna.token), None).await,
        404,
        "not_found",
    )
    .await;
    let accepted = json_of(f.app.post_empty(&accept(&bernd.token), None).await, 200).await;
    assert_eq!(accepted["status"], "accepted");
    let again = json_of(f.app.post_empty(&accept(&bernd.token), None).await, 200).await;
    assert_eq!(again["status"], "accepted");
    let answered = f.app.outbox_of_kind("b2b_answered").await;
    assert_eq!(answered.len(), 1, "answering twice the same way mails once");
    assert_eq!(answered[0].recipient, "p1@example.org");
    assert!(
        answered[0].subject.contains("ha accettato"),
        "{}",
        answered[0].subject
    );

    let list = json_of(
        f.app
            .get(&format!(
                "/api/v1/registrations/{}/b2b/requests",
                anna.token
            ))
            .await,
        200,
    )
    .await;
    assert_eq!(list[0]["direction"], "sent");
    assert_eq!(list[0]["with"]["name"], "Person 2");
    assert_eq!(list[0]["status"], "accepted");

    // Requests close: a pending one expires, new ones are refused.
    let pending = json_of(f.ask(&colleague, &bernd).await, 201).await;
    let mut closed = f.body.clone();
    closed["requests_close_at"] = json!(chrono::Utc::now().to_rfc3339());
    let path = format!("/api/v1/events/{}/b2b", f.event);
    json_of(put(&f.app, &path, &closed, Some(&f.admin)).await, 200).await;
    assert_error(f.ask(&bernd, &colleague).await, 409, "registration_closed").await;
    let list = json_of(
        f.app
            .get(&format!(
                "/api/v1/registrations/{}/b2b/requests",
                bernd.token
            ))
            .await,
        200,
    )
    .await;
    let expired = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == pending["id"])
        .unwrap();
    assert_eq!(expired["status"], "expired");
    let decline = format!(
        "/api/v1/registrations/{}/b2b/requests/{}/decline",
        bernd.token, pending["id"]
    );
    assert_error(
        f.app.post_empty(&decline, None).await,
        409,
        "registration_closed",
    )
    .await;
}

async fn six_who_all_want_to_meet_fill_five_slots_of_three_tables(backend: Backend) {
    let f = forum(backend).await;
    let mut people = Vec::new();
    for n in 0..6 {
        people.push(
            f.person(n, ["IT", "DE", "HU", "SK", "SI", "PL"][n], "en", None)
                .await,
        );
    }
    for i in 0..6 {
        for j in (i + 1)..6 {
            f.agreed(&people[i], &people[j]).await;
        }
    }
    let first = f.schedule(&json!({})).await;
    assert_eq!(first["scheduled"], 15, "{first}");
    assert_eq!(first["unscheduled"], json!([]));
    assert_eq!(first["upper_bound"], 15);
    assert_rules(&first, 3, &HashMap::new());
    // Again: the same meetings where they were; replanned: the same schedule.
    let second = f.schedule(&json!({})).await;
    assert_eq!(first["meetings"], second["meetings"]);
    let replanned = f.schedule(&json!({"replan": true})).await;
    let places = |s: &Value| -> HashSet<(i64, i64, i64)> {
        s["meetings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                (
                    m["request"].as_i64().unwrap(),
                    m["slot"].as_i64().unwrap(),
                    m["table"].as_i64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(places(&first), places(&replanned));
}

async fn what_cannot_fit_is_explained_and_moves_keep_the_rules(backend: Backend) {
    let f = forum(backend).await;
    // Anna can only come in slot 0; Bernd and Carla both want her; Dora is free
    // only in slot 4, when nobody else she asked is.
    let anna = f.person(1, "IT", "en", Some(vec![0])).await;
    let bernd = f.person(2, "DE", "en", None).await;
    let carla = f.person(3, "HU", "en", None).await;
    let dora = f.person(4, "SK", "en", Some(vec![4])).await;
    let ab = f.agreed(&bernd, &anna).await;
    let ac = f.agreed(&carla, &anna).await;
    let ad = f.agreed(&dora, &anna).await;
    let bc = f.agreed(&bernd, &carla).await;
    let schedule = f.schedule(&json!({})).await;
    let available = HashMap::from([(anna.profile, vec![0]), (dora.profile, vec![4])]);
    assert_rules(&schedule, 3, &available);
    assert_eq!(schedule["scheduled"], 2, "{schedule}");
    assert_eq!(schedule["upper_bound"], 2);
    let reasons: HashMap<i64, String> = schedule["unscheduled"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                u["request"].as_i64().unwrap(),
                u["reason"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(reasons[&ad], "there is no slot where both are free");
    let busy = if reasons.contains_key(&ab) { ab } else { ac };
    assert!(
        reasons[&busy].contains("Person 1 already has another meeting"),
        "{reasons:?}"
    );
    let placed: Vec<&Value> = schedule["meetings"].as_array().unwrap().iter().collect();
    assert!(placed.iter().any(|m| m["request"] == bc));

    // Moving by hand: Anna's meeting to a slot she cannot attend is refused;
    // the Bernd–Carla meeting moved to slot 3, table 2, is locked there.
    let anna_meeting = placed.iter().find(|m| m["request"] != bc).unwrap();
    let path = format!("/api/v1/b2b/meetings/{}", anna_meeting["id"]);
    let refused = f.app.patch_json(&path, &json!({"slot": 2}), &f.admin).await;
    assert_invalid_fields(refused, &["slot"], &Value::Null).await;
    // Numbers at the edge of their type are refused, never a fault.
    for body in [
        json!({"table": i64::MIN}),
        json!({"slot": i64::MAX}),
        json!({"table": 0}),
    ] {
        let response = f.app.patch_json(&path, &body, &f.admin).await;
        assert_eq!(response.status(), 422, "{body}");
    }
    let bc_meeting = placed.iter().find(|m| m["request"] == bc).unwrap();
    let path = format!("/api/v1/b2b/meetings/{}", bc_meeting["id"]);
    let moved = json_of(
        f.app
            .patch_json(&path, &json!({"slot": 3, "table": 2}), &f.admin)
            .await,
        200,
    )
    .await;
    assert_eq!(
        (
            moved["slot"].as_i64(),
            moved["table"].as_i64(),
            moved["locked"].as_bool()
        ),
        (Some(3), Some(2), Some(true))
    );
    let replanned = f.schedule(&json!({"replan": true})).await;
    let kept = replanned["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["request"] == bc)
        .unwrap();
    assert_eq!(
        (kept["slot"].as_i64(), kept["table"].as_i64()),
        (Some(3), Some(2))
    );
    let other = f
        .app
        .coordinator_token("agri@example.org", &["agrifood"])
        .await;
    let response = f.app.patch_json(&path, &json!({"slot": 1}), &other).await;
    assert_error(response, 403, "forbidden").await;
}

async fn agendas_are_mailed_with_a_calendar_entry_per_meeting_and_outcomes_count(backend: Backend) {
    let f = forum(backend).await;
    let anna = f.person(1, "IT", "it", None).await;
    let bernd = f.person(2, "DE", "de", None).await;
    let carla = f.person(3, "HU", "hu", None).await;
    let lonely = f.person(4, "SI", "sl", None).await;
    f.agreed(&anna, &bernd).await;
    f.agreed(&carla, &anna).await;
    let schedule = f.schedule(&json!({})).await;
    assert_eq!(schedule["scheduled"], 2);
    // A meeting serves a key action of the group's plan.
    json_of(
        put(
            &f.app,
            "/api/v1/groups/ict/plan",
            &json!({"title": "ICT plan"}),
            Some(&f.admin),
        )
        .await,
        200,
    )
    .await;
    let action = json_of(
        f.app
            .post_json(
                "/api/v1/groups/ict/plan/actions",
                &json!({"title": "Joint cloud pilots"}),
                Some(&f.admin),
            )
            .await,
        201,
    )
    .await;
    let first = &schedule["meetings"][0];
    let path = format!("/api/v1/b2b/meetings/{}", first["id"]);
    let linked = json_of(
        f.app
            .patch_json(&path, &json!({"key_action": action["id"]}), &f.admin)
            .await,
        200,
    )
    .await;
    assert_eq!(linked["key_action"], action["id"]);
    assert_eq!(
        (linked["slot"].clone(), linked["locked"].clone()),
        (first["slot"].clone(), json!(false))
    );
    let response = f
        .app
        .patch_json(&path, &json!({"key_action": 999_999}), &f.admin)
        .await;
    assert_invalid_fields(response, &["key_action"], &Value::Null).await;
    let agenda_path = format!("/api/v1/registrations/{}/b2b/agenda", anna.token);
    let before = json_of(f.app.get(&agenda_path).await, 200).await;
    assert_eq!(before, json!([]), "nothing shown before staff publish");

    let path = format!("/api/v1/events/{}/b2b/publish", f.event);
    let published = json_of(f.app.post_empty(&path, Some(&f.admin)).await, 200).await;
    assert_eq!(published["queued"], 4);
    let mails = f.app.outbox_of_kind("b2b_agenda").await;
    let to_anna = mails
        .iter()
        .find(|m| m.recipient == "p1@example.org")
        .unwrap();
    assert!(
        to_anna.subject.contains("I suoi incontri B2B"),
        "{}",
        to_anna.subject
    );
    let ics = to_anna.attachment_body.as_deref().expect("a calendar file");
    let calendar = Calendar::from_str(ics).unwrap();
    let entries: Vec<_> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(entries.len(), 2);
    let uids: HashSet<&str> = entries.iter().filter_map(|e| e.get_uid()).collect();
    assert_eq!(uids.len(), 2);
    assert!(uids.iter().all(|u| u.starts_with("b2b-")));
    let to_lonely = mails
        .iter()
        .find(|m| m.recipient == "p4@example.org")
        .unwrap();
    assert!(to_lonely.attachment_body.is_none());
    let _ = lonely;

    let agenda = json_of(f.app.get(&agenda_path).await, 200).await;
    let agenda = agenda.as_array().unwrap();
    assert_eq!(agenda.len(), 2);
    assert!(agenda[0]["starts_at"].as_str() < agenda[1]["starts_at"].as_str());
    let starts =
        DateTime::<FixedOffset>::parse_from_rfc3339(agenda[0]["starts_at"].as_str().unwrap());
    assert!(starts.is_ok());

    // Outcomes: only after the event; either side; the better answer counts.
    let meeting = agenda
        .iter()
        .find(|m| m["partner"]["name"] == "Person 2")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let outcome =
        |token: &str| format!("/api/v1/registrations/{token}/b2b/meetings/{meeting}/outcome");
    let response = f
        .app
        .post_json(
            &outcome(&anna.token),
            &json!({"outcome": "agreement"}),
            None,
        )
        .await;
    assert_error(response, 409, "conflict").await;
    f.app.move_event_back(f.event, 40).await;
    let response = f
        .app
        .post_json(&outcome(&anna.token), &json!({"outcome": "maybe"}), None)
        .await;
    assert_invalid_fields(response, &["outcome"], &Value::Null).await;
    let response = f
        .app
        .post_json(
            &outcome(&carla.token),
            &json!({"outcome": "agreement"}),
            None,
        )
        .await;
    assert_error(response, 404, "not_found").await;
    json_of(
        f.app
            .post_json(
                &outcome(&anna.token),
                &json!({"outcome": "agreement"}),
                None,
            )
            .await,
        200,
    )
    .await;
    json_of(
        f.app
            .post_json(
                &outcome(&bernd.token),
                &json!({"outcome": "in_contact"}),
                None,
            )
            .await,
        200,
    )
    .await;
    let from = (chrono::Utc::now() - Duration::days(60)).date_naive();
    let to = chrono::Utc::now().date_naive();
    let report = json_of(
        f.app
            .get_as(
                &format!("/api/v1/reports/participation?from={from}&to={to}&group=ict"),
                &f.admin,
            )
            .await,
        200,
    )
    .await;
    assert_eq!(report["b2b_meetings"], 2, "{report}");
    assert_eq!(report["b2b_agreements"], 1);
    let country = |code: &str| {
        report["by_country"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["country"] == code)
            .cloned()
            .unwrap_or(Value::Null)
    };
    assert_eq!(country("IT")["b2b_meetings"], 2, "{report}");
    assert_eq!(country("IT")["b2b_agreements"], 1);
    assert_eq!(country("DE")["b2b_agreements"], 1);
    assert_eq!(country("HU")["b2b_agreements"], 0);
    assert_eq!(report["countries"], 0, "no participations were taken");
}

async fn unanswered_requests_are_reminded_once_and_outcomes_asked_once(backend: Backend) {
    let f = forum(backend).await;
    let anna = f.person(1, "IT", "it", None).await;
    let bernd = f.person(2, "DE", "de", None).await;
    let carla = f.person(3, "HU", "hu", None).await;
    f.agreed(&anna, &bernd).await;
    json_of(f.ask(&carla, &anna).await, 201).await;
    f.schedule(&json!({})).await;
    let path = format!("/api/v1/events/{}/b2b/publish", f.event);
    json_of(f.app.post_empty(&path, Some(&f.admin)).await, 200).await;
    // Nothing is due a month before requests close.
    f.app
        .worker
        .queue_reminders(chrono::Utc::now())
        .await
        .unwrap();
    assert!(f.app.outbox_of_kind("b2b_reminder").await.is_empty());
    // Requests close within the day: Anna, who has not answered Carla, is reminded once.
    let close =
        DateTime::parse_from_rfc3339(f.body["requests_close_at"].as_str().unwrap()).unwrap();
    let eve = close.with_timezone(&chrono::Utc) - Duration::hours(3);
    f.app.worker.queue_reminders(eve).await.unwrap();
    f.app.worker.queue_reminders(eve).await.unwrap();
    let reminders = f.app.outbox_of_kind("b2b_reminder").await;
    assert_eq!(reminders.len(), 1);
    assert_eq!(reminders[0].recipient, "p1@example.org");
    assert!(
        reminders[0].subject.contains("Person 3"),
        "{}",
        reminders[0].subject
    );
    // Three months after the event each side of a meeting is asked once, a link per meeting.
    let later = chrono::Utc::now() + Duration::days(30 + 91);
    f.app.worker.queue_reminders(later).await.unwrap();
    f.app.worker.queue_reminders(later).await.unwrap();
    let asked = f.app.outbox_of_kind("b2b_outcome").await;
    let mut to: Vec<&str> = asked.iter().map(|m| m.recipient.as_str()).collect();
    to.sort();
    assert_eq!(
        to,
        ["p1@example.org", "p2@example.org"],
        "Carla had no meeting"
    );
    assert!(asked[0].body_text.contains("/b2b#meeting-"));
}

/// The calendar entries of the participant's agenda mail, by UID: (status, start).
fn entries_of(ics: &str) -> HashMap<String, (String, String)> {
    let calendar = Calendar::from_str(ics).unwrap();
    calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some((
                e.get_uid().unwrap().to_owned(),
                (
                    format!("{:?}", e.get_status()),
                    e.property_value("DTSTART").unwrap_or_default().to_owned(),
                ),
            )),
            _ => None,
        })
        .collect()
}

/// The entries of the `n`th agenda mailed to `to`.
async fn agenda_entries(app: &TestApp, to: &str, n: usize) -> HashMap<String, (String, String)> {
    let mails = app.outbox_of_kind("b2b_agenda").await;
    let mine: Vec<_> = mails.into_iter().filter(|m| m.recipient == to).collect();
    entries_of(mine[n].attachment_body.as_deref().unwrap())
}

async fn a_republished_agenda_moves_entries_and_takes_dropped_ones_back(backend: Backend) {
    let f = forum(backend).await;
    let anna = f.person(1, "IT", "it", None).await;
    let bernd = f.person(2, "DE", "de", None).await;
    let carla = f.person(3, "HU", "hu", None).await;
    let with_bernd = f.agreed(&anna, &bernd).await;
    let with_carla = f.agreed(&carla, &anna).await;
    let schedule = f.schedule(&json!({})).await;
    let publish = format!("/api/v1/events/{}/b2b/publish", f.event);
    json_of(f.app.post_empty(&publish, Some(&f.admin)).await, 200).await;
    let first = agenda_entries(&f.app, "p1@example.org", 0).await;
    assert_eq!(first.len(), 2);
    // Bernd changes his mind; the Carla meeting moves to the last slot.
    let decline = format!(
        "/api/v1/registrations/{}/b2b/requests/{with_bernd}/decline",
        bernd.token
    );
    json_of(f.app.post_empty(&decline, None).await, 200).await;
    let carla_meeting = schedule["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["request"] == with_carla)
        .unwrap()["id"]
        .clone();
    let path = format!("/api/v1/b2b/meetings/{carla_meeting}");
    json_of(
        f.app
            .patch_json(&path, &json!({"slot": 4, "table": 1}), &f.admin)
            .await,
        200,
    )
    .await;
    let replanned = f.schedule(&json!({})).await;
    assert_eq!(replanned["scheduled"], 1);
    json_of(f.app.post_empty(&publish, Some(&f.admin)).await, 200).await;
    let second = agenda_entries(&f.app, "p1@example.org", 1).await;
    let uid = |request: i64| {
        first
            .keys()
            .find(|k| k.starts_with(&format!("b2b-{request}@")))
            .unwrap()
            .clone()
    };
    let (bernd_uid, carla_uid) = (uid(with_bernd), uid(with_carla));
    assert!(second[&bernd_uid].0.contains("Cancelled"), "{second:?}");
    assert!(second[&carla_uid].0.contains("Confirmed"));
    assert_ne!(
        second[&carla_uid].1, first[&carla_uid].1,
        "moved to another time"
    );
    let _ = carla;
}

on_both_backends!(
    the_session_is_set_by_staff_and_checked,
    profiles_and_the_catalogue,
    requests_follow_the_rules_and_mail_both_sides,
    six_who_all_want_to_meet_fill_five_slots_of_three_tables,
    what_cannot_fit_is_explained_and_moves_keep_the_rules,
    agendas_are_mailed_with_a_calendar_entry_per_meeting_and_outcomes_count,
    unanswered_requests_are_reminded_once_and_outcomes_asked_once,
    a_republished_agenda_moves_entries_and_takes_dropped_ones_back,
);
