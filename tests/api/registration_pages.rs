//! Registering and cancelling through the pages, and the coordinator's view.

use serde_json::json;

use crate::helpers::{
    event_body, spawn_app, visitor, Backend, TestApp, ADMIN_EMAIL, ADMIN_PASSWORD,
};
use crate::pages::csrf_of;
use crate::schedule_pages::sign_in;

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

async fn fill_in(
    app: &TestApp,
    browser: &reqwest::Client,
    event: i64,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let page = browser
        .get(app.url(&format!("/events/{event}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = csrf_of(&page);
    let mut form: Vec<(&str, &str)> = vec![("csrf_token", &csrf)];
    form.extend_from_slice(fields);
    browser
        .post(app.url(&format!("/events/{event}/register")))
        .form(&form)
        .send()
        .await
        .unwrap()
}

async fn visitors_register_wait_cancel_and_move_up(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let mut body = event_body("agrifood", 25, "Two-seat study visit");
    body["kind"] = json!("study_visit");
    body["capacity"] = json!(2);
    body["country_cap"] = json!(1);
    let event = app.published_event(&token, &body).await;

    // Mistakes are shown beside the fields, with what was typed kept.
    let first = visitor();
    let wrong = fill_in(
        &app,
        &first,
        event,
        &[
            ("name", "Giulia Bianchi"),
            ("email", "not-an-email"),
            ("country", "IT"),
        ],
    )
    .await;
    assert_eq!(wrong.status(), 422);
    let page = wrong.text().await.unwrap();
    assert!(
        page.contains(r#"id="reg-email-error""#) && page.contains("Giulia Bianchi"),
        "{page}"
    );

    let fields = |name: &'static str, email: &'static str, country: &'static str| {
        [
            ("name", name),
            ("email", email),
            ("country", country),
            ("organisation", "Parco Tecnologico"),
            ("organisation_kind", "research"),
            ("language", "it"),
        ]
    };
    let giulia = fill_in(
        &app,
        &first,
        event,
        &fields("Giulia Bianchi", "giulia@example.it", "IT"),
    )
    .await;
    assert_eq!(giulia.status(), 303);
    let manage = location(&giulia);
    assert!(
        manage.starts_with("/registrations/") && manage.ends_with("?new=1"),
        "{manage}"
    );
    let page = first.get(app.url(&manage)).send().await.unwrap();
    assert_eq!(page.headers()["cache-control"], "no-store");
    assert!(page.text().await.unwrap().contains("Confirmed"));

    let second = visitor();
    let marco = fill_in(
        &app,
        &second,
        event,
        &fields("Marco Verdi", "marco@example.it", "IT"),
    )
    .await;
    let marco_page = location(&marco).replace("?new=1", "");
    let waiting = second
        .get(app.url(&marco_page))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        waiting.contains("On the waiting list") && waiting.contains("number 1"),
        "{waiting}"
    );
    let third = visitor();
    fill_in(
        &app,
        &third,
        event,
        &fields("Hans Müller", "hans@example.de", "DE"),
    )
    .await;

    // Giulia cancels from the link in her confirmation email.
    app.deliver_mail().await;
    // Quoted-printable soft line breaks would split the link.
    let mail = app.smtp.messages_to("giulia@example.it")[0]
        .data
        .replace("=\r\n", "");
    let link_start = mail.find("/registrations/").unwrap();
    let link: String = mail[link_start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || "/-_".contains(*c))
        .collect();
    let from_mail = visitor();
    let manage_page = from_mail
        .get(app.url(&link))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let cancel = from_mail
        .post(app.url(&format!("{link}/cancel")))
        .form(&[("csrf_token", csrf_of(&manage_page))])
        .send()
        .await
        .unwrap();
    assert_eq!(cancel.status(), 303);
    assert!(from_mail
        .get(app.url(&link))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .contains("Cancelled."));

    // Marco moves up and is told.
    let moved = second
        .get(app.url(&marco_page))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(moved.contains("Confirmed"), "{moved}");
    // In Italian, the language Marco chose.
    let promoted = app.outbox_of_kind("registration_promoted").await;
    assert_eq!(promoted[0].recipient, "marco@example.it");
    assert!(
        promoted[0].subject.starts_with("Un posto per te:"),
        "{}",
        promoted[0].subject
    );
    app.deliver_mail().await;
    // The waiting-list mail, then the promotion.
    assert_eq!(app.smtp.messages_to("marco@example.it").len(), 2);

    // The coordinator sees who comes and prints the sheet.
    let csrf = sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let list = app
        .get(&format!("/staff/events/{event}/registrations"))
        .await
        .text()
        .await
        .unwrap();
    for text in [
        "Marco Verdi",
        "Hans Müller",
        "Giulia Bianchi",
        "By country",
        "research",
    ] {
        assert!(list.contains(text), "{text} missing from the staff list");
    }
    let sheet = app
        .get(&format!("/staff/events/{event}/attendance-sheet"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        sheet.contains("Marco Verdi")
            && sheet.contains("Hans Müller")
            && !sheet.contains("Giulia Bianchi")
    );
    assert!(sheet.contains("Signature"));
    let csv = app
        .get(&format!("/staff/events/{event}/registrations.csv"))
        .await
        .text()
        .await
        .unwrap();
    assert!(csv.contains("Hans Müller"));
    let _ = csrf;
}

on_both_backends!(visitors_register_wait_cancel_and_move_up);

#[actix_web::test]
async fn the_form_is_prefilled_from_an_invitation_link_and_refuses_forged_posts() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("ict", 10, "Forum"))
        .await;
    let page = app
        .get(&format!(
            "/events/{event}?name=Ana%20Kova%C4%8D&email=ana%40example.si"
        ))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(r#"value="Ana Kovač""#) && page.contains(r#"value="ana@example.si""#),
        "{page}"
    );
    let forged = visitor()
        .post(app.url(&format!("/events/{event}/register")))
        .form(&[
            ("csrf_token", "forged"),
            ("name", "X"),
            ("email", "x@example.org"),
            ("country", "IT"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    assert_eq!(app.get("/registrations/unknown-token").await.status(), 404);
    // Staff pages of registrations are for staff only.
    let gate = app
        .get(&format!("/staff/events/{event}/registrations"))
        .await;
    assert_eq!(gate.status(), 303);
}

/// Staff cancel from the list through a page that asks first and takes a reason;
/// the person is told the organisers cancelled it, in their language, with it.
#[actix_web::test]
async fn staff_confirm_a_cancellation_and_say_why() {
    let app = spawn_app(Backend::Sqlite).await;
    let csrf = crate::schedule_pages::sign_in(
        &app,
        crate::helpers::ADMIN_EMAIL,
        crate::helpers::ADMIN_PASSWORD,
    )
    .await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &crate::helpers::event_body("ict", 10, "Data forum"))
        .await;
    let person = serde_json::json!({"name": "Jana Horáková", "email": "jana@example.cz", "country": "CZ", "language": "cs"});
    let registered = app.registered(event, &person).await;
    let id = registered["id"].as_i64().unwrap();
    let list = app
        .get(&format!("/staff/events/{event}/registrations"))
        .await
        .text()
        .await
        .unwrap();
    let ask = format!("/staff/events/{event}/registrations/{id}/cancel");
    assert!(list.contains(&format!(r#"href="{ask}""#)), "{list}");
    let page = app.get(&ask).await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(
        page.contains("Cancel the registration of Jana Horáková?"),
        "{page}"
    );
    assert!(app
        .outbox_of_kind("registration_cancelled_by_staff")
        .await
        .is_empty());
    let done = app
        .client
        .post(app.url(&ask))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("reason", "Akce je jen pro členy klastru."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 303);
    let told = app.outbox_of_kind("registration_cancelled_by_staff").await;
    assert_eq!(told.len(), 1);
    assert!(
        told[0].subject.starts_with("Pořadatelé zrušili"),
        "{}",
        told[0].subject
    );
    assert!(told[0].body_text.contains("Akce je jen pro členy klastru."));
}

/// Small things a reader expects: a cancelled event's page shows neither seats nor
/// a deadline; the manage page names the language of the mail, not its code; the
/// CSV gives times to the second.
#[actix_web::test]
async fn cancelled_pages_language_names_and_csv_times_read_as_people_expect() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let mut body = event_body("ict", 12, "Quantum forum");
    body["registration_deadline"] =
        json!((chrono::Utc::now() + chrono::TimeDelta::days(3)).to_rfc3339());
    let event = app.published_event(&token, &body).await;
    let person =
        json!({"name": "Ana", "email": "ana@example.si", "country": "SI", "language": "sl"});
    let registered = app.registered(event, &person).await;
    let manage = format!(
        "/registrations/{}",
        registered["manage_token"].as_str().unwrap()
    );
    let page = app.get(&manage).await.text().await.unwrap();
    assert!(page.contains("<dd>Slovenščina</dd>"), "{page}");

    let csv = app
        .get_as(&format!("/api/v1/events/{event}/registrations.csv"), &token)
        .await
        .text()
        .await
        .unwrap();
    let line = csv.lines().nth(1).unwrap();
    let registered_at = line.rsplit(',').next().unwrap();
    assert_eq!(
        registered_at.len(),
        "2026-12-01T10:00:00+01:00".len(),
        "{line}"
    );
    assert!(!registered_at.contains('.'), "{line}");

    let public = app
        .get(&format!("/events/{event}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        public.contains("<dt>Seats</dt>") && public.contains("Register by"),
        "{public}"
    );
    app.post_empty(&format!("/api/v1/events/{event}/cancel"), Some(&token))
        .await;
    let public = app
        .get(&format!("/events/{event}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!public.contains("<dt>Seats</dt>"), "{public}");
    assert!(!public.contains("Register by"), "{public}");
}

/// Cancelling an event takes a message that goes to registrants and to invitees
/// who have not answered (not to those who declined or registered twice over).
#[actix_web::test]
async fn an_event_cancelled_with_a_message_tells_registrants_and_silent_invitees() {
    let app = spawn_app(Backend::Sqlite).await;
    let csrf = sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("ict", 15, "Edge computing forum"))
        .await;
    app.register(event, "came@example.it", "IT").await;
    app.post_json(
        &format!("/api/v1/events/{event}/invitations"),
        &json!({"emails": ["silent@example.de", "came@example.it", "no@example.hu"]}),
        Some(&token),
    )
    .await;
    // One invitee declines.
    let invitations = app.outbox_of_kind("invitation").await;
    let no = invitations
        .iter()
        .find(|m| m.recipient == "no@example.hu")
        .unwrap();
    let at = no.body_text.find("/invitations/").unwrap();
    let decline: String = no.body_text[at..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    let invitee = visitor();
    let page = invitee
        .get(app.url(&decline))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let declined = invitee
        .post(app.url(&decline))
        .form(&[("csrf_token", csrf_of(&page))])
        .send()
        .await
        .unwrap();
    assert_eq!(declined.status(), 200);

    let ask = app
        .get(&format!("/staff/events/{event}/cancel"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        ask.contains("Invitees who have not answered are told too."),
        "{ask}"
    );
    let done = app
        .client
        .post(app.url(&format!("/staff/events/{event}/cancel")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("message", "The venue flooded; a new date follows."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 303);
    let mails = app.outbox_of_kind("event_cancelled").await;
    let mut to: Vec<&str> = mails.iter().map(|m| m.recipient.as_str()).collect();
    to.sort();
    assert_eq!(to, ["came@example.it", "silent@example.de"]);
    for mail in &mails {
        assert!(
            mail.body_text
                .contains("The venue flooded; a new date follows."),
            "{}",
            mail.body_text
        );
    }
    let silent = mails
        .iter()
        .find(|m| m.recipient == "silent@example.de")
        .unwrap();
    assert!(
        silent.body_text.contains("to which you were invited"),
        "{}",
        silent.body_text
    );
    assert!(silent
        .attachment_body
        .as_deref()
        .unwrap()
        .contains("METHOD:CANCEL"));
}

/// The attendance sheet of an event over several days has a signature column per
/// day; a one-day event keeps its one column.
#[actix_web::test]
async fn a_sheet_for_several_days_has_a_signature_column_per_day() {
    let app = spawn_app(Backend::Sqlite).await;
    sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let token = app.admin_token().await;
    let mut body = event_body("ict", 30, "Two-day visit");
    body["kind"] = json!("study_visit");
    body["starts_at"] = json!("2027-05-10T09:00:00+02:00");
    body["ends_at"] = json!("2027-05-11T17:00:00+02:00");
    body["agenda"] = json!([]);
    let two_days = app.published_event(&token, &body).await;
    let one_day = app
        .published_event(&token, &event_body("ict", 40, "One-day forum"))
        .await;
    let app = &app;
    let sheet = |id: i64| async move {
        let path = format!("/staff/events/{id}/attendance-sheet");
        app.get(&path).await.text().await.unwrap()
    };
    let page = sheet(two_days).await;
    assert!(
        page.contains("Signature<br>Mon 10 May") && page.contains("Signature<br>Tue 11 May"),
        "{page}"
    );
    let page = sheet(one_day).await;
    assert_eq!(
        page.matches(r#"<th scope="col" class="sig">Signature</th>"#)
            .count(),
        1,
        "{page}"
    );
}
