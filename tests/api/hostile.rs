//! Hostile text from visitors and staff: markup, quotes, right-to-left marks,
//! emoji and very long fields reach pages and mail as text, never as markup or
//! as mail headers.

use serde_json::{json, Value};

use crate::helpers::{event_body, spawn_app, Backend, ADMIN_EMAIL, ADMIN_PASSWORD};
use crate::schedule_pages::sign_in;

const TITLE: &str = "<script>alert(\"title\")</script> “Quotes” 'and' \u{202e}evil \u{200f}😀";
const NAME: &str = "<script>alert('name')</script> O'Brien \"Q\" \u{202e}😀";
const ORGANISATION: &str = "\"><svg onload=alert(1)>";
const NOTE: &str = "</textarea><script>alert(\"note\")</script>";

/// What must never appear on a page or in a mail's HTML.
const MARKUP: [&str; 4] = [
    "<script>alert",
    "<svg onload",
    "<img src=x onerror",
    "</textarea><script>",
];

fn assert_inert(what: &str, html: &str) {
    for markup in MARKUP {
        assert!(
            !html.contains(markup),
            "{what} carries {markup:?} as markup"
        );
    }
}

#[actix_web::test]
async fn hostile_text_is_shown_as_text_on_pages_and_in_mail() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let mut body = event_body("ict", 20, TITLE);
    let description = format!(
        "<img src=x onerror=alert(1)> {}\n{}",
        NOTE,
        "x".repeat(10_000)
    );
    body["description"] = json!(description);
    body["venue"]["name"] = json!(ORGANISATION);
    let event = app.published_event(&token, &body).await;
    let response = app
        .post_json(
            &format!("/api/v1/events/{event}/registrations"),
            &json!({"name": NAME, "email": "eve@example.org", "organisation": ORGANISATION,
                    "country": "SI", "language": "sl", "organisation_kind": "company", "note": NOTE}),
            None,
        )
        .await;
    assert_eq!(response.status(), 201);
    let manage = response.json::<Value>().await.unwrap()["manage_token"]
        .as_str()
        .unwrap()
        .to_owned();

    // Public pages.
    let event_page = app
        .get(&format!("/events/{event}"))
        .await
        .text()
        .await
        .unwrap();
    assert_inert("the event page", &event_page);
    assert!(
        event_page.contains("&lt;script&gt;alert("),
        "escaped, not dropped"
    );
    assert!(event_page.contains("😀") && event_page.contains('\u{202e}'));
    assert!(
        event_page.contains(&"x".repeat(10_000)),
        "the long description whole"
    );
    for path in ["/", "/groups/ict", "/calendar"] {
        let page = app.get(path).await.text().await.unwrap();
        assert_inert(path, &page);
    }
    let manage_page = app
        .get(&format!("/registrations/{manage}"))
        .await
        .text()
        .await
        .unwrap();
    assert_inert("the manage page", &manage_page);
    assert!(manage_page.contains("O&#x27;Brien") || manage_page.contains("O&#39;Brien"));

    // Staff pages.
    sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    for path in [
        format!("/staff/events/{event}/registrations"),
        format!("/staff/events/{event}/attendance-sheet"),
        format!("/staff/events/{event}/edit"),
        "/staff/groups/ict".to_owned(),
        "/staff/mail".to_owned(),
        "/staff/audit".to_owned(),
    ] {
        let response = app.get(&path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_inert(&path, &response.text().await.unwrap());
    }

    // Mail: the HTML part escapes, the subject is one line, the message goes to
    // the registrant only.
    let confirmation = &app.outbox_of_kind("registration_confirmed").await[0];
    assert_inert("the confirmation's HTML", &confirmation.body_html);
    assert!(confirmation.body_html.contains("&lt;script&gt;"));
    assert!(!confirmation.subject.contains(['\r', '\n']));
    assert!(confirmation.subject.contains("😀"));
    app.deliver_mail().await;
    let received = app.smtp.messages_to("eve@example.org");
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].to, ["eve@example.org"]);
    let headers = received[0].data.split("\r\n\r\n").next().unwrap();
    for line in headers.lines() {
        assert!(
            !line.to_ascii_lowercase().starts_with("bcc:"),
            "no Bcc header: {headers}"
        );
    }
    // The subject's non-ASCII words are encoded, its continuation lines folded.
    let subject: Vec<&str> = headers
        .lines()
        .skip_while(|l| !l.starts_with("Subject:"))
        .take_while(|l| l.starts_with("Subject:") || l.starts_with(' '))
        .collect();
    assert!(subject.concat().contains("=?utf-8?b?"), "{headers}");
}

#[actix_web::test]
async fn line_breaks_cannot_reach_mail_headers_and_overlong_fields_are_refused() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    // An event title becomes a subject: no line breaks.
    let response = app
        .post_json(
            "/api/v1/events",
            &event_body("ict", 20, "Forum\r\nBcc: victim@example.org"),
            Some(&token),
        )
        .await;
    let body = crate::helpers::assert_error(response, 422, "invalid_input").await;
    assert!(body["error"]["fields"]["title"].is_string(), "{body}");
    let event = app
        .published_event(&token, &event_body("ict", 21, "Forum"))
        .await;
    for (field, value) in [
        ("name", "Eve\nBcc: victim@example.org".to_owned()),
        (
            "email",
            "eve@example.org\r\nBcc: victim@example.org".to_owned(),
        ),
        ("name", "n".repeat(10_000)),
        ("organisation", "o".repeat(10_000)),
        ("note", "n".repeat(10_000)),
    ] {
        let mut person = json!({"name": "Eve", "email": "eve@example.org", "organisation": "Org",
                                "country": "SI", "language": "sl", "organisation_kind": "company"});
        person[field] = json!(value);
        let response = app
            .post_json(
                &format!("/api/v1/events/{event}/registrations"),
                &person,
                None,
            )
            .await;
        let body = crate::helpers::assert_error(response, 422, "invalid_input").await;
        assert!(
            body["error"]["fields"][field].is_string(),
            "{field}: {body}"
        );
    }
    // A 10,000-character title is refused too, and nothing was queued.
    let response = app
        .post_json(
            "/api/v1/events",
            &event_body("ict", 22, &"t".repeat(10_000)),
            Some(&token),
        )
        .await;
    crate::helpers::assert_error(response, 422, "invalid_input").await;
    assert!(app
        .outbox_of_kind("registration_confirmed")
        .await
        .is_empty());
}

/// A NUL character cannot be stored or compared by PostgreSQL: one that reached
/// a query failed the statement (a 500). Paths, queries and bodies now parse
/// into domain types first, so it never gets that far.
async fn nul_characters_never_reach_the_database(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("ict", 20, "Forum"))
        .await;
    let forged = "%00aaaaaaaaaaaaaaaaaaaaaaaa";
    for (path, expected) in [
        ("/api/v1/groups/%00".to_owned(), 404),
        ("/groups/%00".to_owned(), 404),
        ("/groups/ict%00/calendar".to_owned(), 404),
        ("/groups/%00/calendar.ics".to_owned(), 404),
        (format!("/api/v1/registrations/{forged}"), 404),
        (format!("/registrations/{forged}"), 404),
        (format!("/unsubscribe/{forged}"), 404),
        (format!("/invitations/{forged}/decline"), 404),
        ("/api/v1/events?group=%00".to_owned(), 422),
        ("/language/%00".to_owned(), 404),
    ] {
        let response = app.get(&path).await;
        assert_eq!(response.status(), expected, "{path}");
    }
    let response = app
        .post_json(
            "/api/v1/auth/tokens",
            &json!({"email": "admin\u{0}@clustercord.test", "password": "whatever it is"}),
            None,
        )
        .await;
    assert_eq!(response.status(), 401);
    let mut body = event_body("ict", 21, "Forum");
    body["group"] = json!("ict\u{0}");
    let response = app.post_json("/api/v1/events", &body, Some(&token)).await;
    crate::helpers::assert_error(response, 422, "invalid_input").await;
    let response = app
        .post_json(
            &format!("/api/v1/events/{event}/registrations"),
            &json!({"name": "N\u{0}", "email": "n\u{0}@example.org", "country": "SI"}),
            None,
        )
        .await;
    crate::helpers::assert_error(response, 422, "invalid_input").await;
    let response = app.get_as("/api/v1/groups/ict%00/members", &token).await;
    assert_eq!(response.status(), 404);
    sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    for path in ["/staff/groups/%00", "/staff/groups/ict%00/members"] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
}

#[actix_web::test]
async fn nul_characters_never_reach_the_database_postgres() {
    nul_characters_never_reach_the_database(Backend::Postgres).await;
}

#[actix_web::test]
async fn nul_characters_never_reach_the_database_sqlite() {
    nul_characters_never_reach_the_database(Backend::Sqlite).await;
}
