//! The B2B pages as people use them: a participant opts in from the manage page,
//! finds someone in the catalogue and asks; the other answers from the mail's
//! link, in their language; staff set the session, schedule, publish and print
//! the table plan; the agenda shows on the participant's page.

use serde_json::{json, Value};

use crate::b2b::on_day;
use crate::helpers::*;
use crate::pages::csrf_of;
use crate::schedule_pages::sign_in_with;

async fn text(response: reqwest::Response, status: u16) -> String {
    let got = response.status().as_u16();
    let body = response.text().await.unwrap();
    assert_eq!(got, status, "{body}");
    body
}

/// A participant's own browser, with the registration's manage token.
async fn participant(
    app: &TestApp,
    event: i64,
    n: usize,
    country: &str,
    language: &str,
) -> (reqwest::Client, String) {
    let registered = app
        .registered(
            event,
            &json!({"name": format!("Person {n}"), "email": format!("p{n}@example.org"),
                    "organisation": format!("Org {n}"), "country": country, "language": language,
                    "organisation_kind": "research"}),
        )
        .await;
    (
        visitor(),
        registered["manage_token"].as_str().unwrap().to_owned(),
    )
}

#[actix_web::test]
async fn a_meeting_is_asked_for_answered_from_the_mail_scheduled_and_shown() {
    let app = spawn_app(Backend::Sqlite).await;
    let staff = visitor();
    let csrf = sign_in_with(&app, &staff, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let event_json = app
        .create_event(
            &app.admin_token().await,
            &event_body("ict", 30, "Forum with B2B pages"),
        )
        .await;
    let event = event_json["id"].as_i64().unwrap();
    app.post_empty(
        &format!("/api/v1/events/{event}/publish"),
        Some(&app.admin_token().await),
    )
    .await;

    // Staff set the session on its page: local times in the event's zone.
    let page = text(
        staff
            .get(app.url(&format!("/staff/events/{event}/b2b")))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert!(page.contains("datetime-local"));
    let local = |hour: u32| on_day(&event_json, hour, 0)[..16].to_owned();
    let bad = staff
        .post(app.url(&format!("/staff/events/{event}/b2b")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("starts_at", &local(14)),
            ("ends_at", &local(13)),
            ("slot_minutes", "20"),
            ("tables", "4"),
            ("requests_close_at", &local(8)),
        ])
        .send()
        .await
        .unwrap();
    let refused = text(bad, 422).await;
    assert!(refused.contains("must be after the start"), "{refused}");
    let saved = staff
        .post(app.url(&format!("/staff/events/{event}/b2b")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("starts_at", &local(14)),
            ("ends_at", &local(16)),
            ("slot_minutes", "20"),
            ("tables", "4"),
            ("requests_close_at", &local(8)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    let public = app
        .get(&format!("/events/{event}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        public.contains("6 slots of 20 minutes at 4 tables"),
        "{public}"
    );

    // Anna (Italian) opts in from her manage page and asks Bernd (German).
    let (anna, anna_token) = participant(&app, event, 1, "IT", "it").await;
    let (bernd, bernd_token) = participant(&app, event, 2, "DE", "de").await;
    let manage = text(
        anna.get(app.url(&format!("/registrations/{anna_token}")))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert!(manage.contains(&format!("/registrations/{anna_token}/b2b")));
    for (client, token, offers) in [
        (&anna, &anna_token, "Cloud robotics"),
        (&bernd, &bernd_token, "Sensor networks"),
    ] {
        let page = text(
            client
                .get(app.url(&format!("/registrations/{token}/b2b")))
                .send()
                .await
                .unwrap(),
            200,
        )
        .await;
        let csrf = csrf_of(&page);
        let saved = client
            .post(app.url(&format!("/registrations/{token}/b2b/profile")))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("offers", offers),
                ("seeks", "Partners"),
                ("slot", "0"),
                ("slot", "1"),
                ("slot", "2"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(saved.status(), 303);
    }
    let page = text(
        anna.get(app.url(&format!("/registrations/{anna_token}/b2b")))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert!(
        page.contains("Il suo profilo B2B"),
        "the page is in Anna's language"
    );
    let catalogue = text(
        anna.get(app.url(&format!(
            "/registrations/{anna_token}/b2b/participants?country=DE"
        )))
        .send()
        .await
        .unwrap(),
        200,
    )
    .await;
    assert!(catalogue.contains("Sensor networks") && !catalogue.contains("Cloud robotics"));
    let profiles: Value = app
        .get_as(
            &format!("/api/v1/events/{event}/b2b/participants"),
            &app.admin_token().await,
        )
        .await
        .json()
        .await
        .unwrap();
    let bernd_profile = profiles
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Person 2")
        .unwrap()["id"]
        .to_string();
    let asked = anna
        .post(app.url(&format!("/registrations/{anna_token}/b2b/requests")))
        .form(&[
            ("csrf_token", csrf_of(&catalogue).as_str()),
            ("to", bernd_profile.as_str()),
            ("message", "Parliamo di robotica?"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), 303);
    let again = anna
        .post(app.url(&format!("/registrations/{anna_token}/b2b/requests")))
        .form(&[
            ("csrf_token", csrf_of(&catalogue).as_str()),
            ("to", bernd_profile.as_str()),
        ])
        .send()
        .await
        .unwrap();
    let refused = text(again, 422).await;
    assert!(refused.contains("role=\"alert\""));
    assert!(
        refused.contains("tra voi due c’è già una richiesta"),
        "the refusal in Anna's language: {refused}"
    );

    // Bernd follows the link in his German mail and accepts.
    let mail = app.outbox_of_kind("b2b_request").await;
    let body = &mail[0].body_text;
    let link = body
        .split_whitespace()
        .find(|w| w.contains("/b2b/requests/"))
        .expect("the answer link")
        .to_owned();
    let path = link.trim_start_matches("http://127.0.0.1:0");
    let request_page = text(bernd.get(app.url(path)).send().await.unwrap(), 200).await;
    assert!(request_page.contains("Parliamo di robotica?"));
    assert!(request_page.contains("Annehmen"), "in Bernd's language");
    let accepted = bernd
        .post(app.url(&format!("{path}/accept")))
        .form(&[("csrf_token", csrf_of(&request_page).as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status(), 303);

    // Staff schedule and publish; the agenda shows on Anna's page.
    let schedule = staff
        .post(app.url(&format!("/staff/events/{event}/b2b/schedule")))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(schedule.status(), 303);
    let board = text(
        staff
            .get(app.url(&format!("/staff/events/{event}/b2b")))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert!(board.contains("1 of at most 1"), "{board}");
    // Bernd can no longer come in the first three slots: staff see that the
    // meeting no longer fits, before anything moves.
    let page = text(
        bernd
            .get(app.url(&format!("/registrations/{bernd_token}/b2b")))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let changed = bernd
        .post(app.url(&format!("/registrations/{bernd_token}/b2b/profile")))
        .form(&[
            ("csrf_token", csrf_of(&page).as_str()),
            ("offers", "Sensor networks"),
            ("slot", "5"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), 303);
    let board = text(
        staff
            .get(app.url(&format!("/staff/events/{event}/b2b")))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert!(board.contains("Meetings that no longer fit"), "{board}");
    assert!(
        board.contains("Person 2 cannot attend that slot"),
        "{board}"
    );
    let back = bernd
        .post(app.url(&format!("/registrations/{bernd_token}/b2b/profile")))
        .form(&[
            ("csrf_token", csrf_of(&page).as_str()),
            ("offers", "Sensor networks"),
            ("slot", "0"),
            ("slot", "1"),
            ("slot", "2"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(back.status(), 303);
    let tables = text(
        staff
            .get(app.url(&format!("/staff/events/{event}/b2b/tables")))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert!(
        tables.contains("Person 1") && tables.contains("Person 2") && tables.contains("name-card")
    );
    let published = staff
        .post(app.url(&format!("/staff/events/{event}/b2b/publish")))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(published.status(), 303);
    assert_eq!(app.outbox_of_kind("b2b_agenda").await.len(), 2);
    let page = text(
        anna.get(app.url(&format!("/registrations/{anna_token}/b2b")))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert!(page.contains("Person 2, Org 2 (DE)"), "{page}");
    let _ = bernd_token;
}
