//! The staff area in the reader's language, and the event form's protections:
//! a start in the past is asked about before it is saved, agenda rows are added
//! without saving, an event that has begun is not offered for invitations.

use serde_json::json;

use crate::helpers::{
    assert_error, event_body, spawn_app, Backend, TestApp, ADMIN_EMAIL, ADMIN_PASSWORD,
};
use crate::schedule_pages::sign_in_with;

/// A browser whose preferred language is `tag`: its own cookies, no redirects.
fn browser_in(tag: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::ACCEPT_LANGUAGE,
        reqwest::header::HeaderValue::from_str(tag).unwrap(),
    );
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .default_headers(headers)
        .build()
        .unwrap()
}

async fn page(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = client.get(app.url(path)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// The messages of a Fluent file by key, the first line of each.
fn messages(file: &str) -> Vec<(String, String)> {
    file.lines()
        .filter_map(|line| line.split_once(" = "))
        .filter(|(key, _)| !key.starts_with('#') && !key.starts_with(' '))
        .map(|(key, text)| (key.trim().to_owned(), text.trim().to_owned()))
        .collect()
}

/// English sentences of the staff area that German pages must not show: the
/// longer messages without placeables, HTML-escaped characters or a German twin.
fn english_only() -> Vec<String> {
    let english = messages(include_str!("../../locales/en/staff.ftl"));
    let german = messages(include_str!("../../locales/de/staff.ftl"));
    english
        .into_iter()
        .filter(|(key, text)| {
            text.len() >= 12
                && !text.contains(['{', '\'', '"', '&', '<', '>'])
                && german.iter().all(|(k, t)| k != key || t != text)
        })
        .map(|(_, text)| text)
        .collect()
}

/// The page without its links' addresses: a path such as `/staff/organisations`
/// is not English shown to the reader.
fn without_links(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("href=\"") {
        out.push_str(&rest[..at + 6]);
        rest = &rest[at + 6..];
        rest = &rest[rest.find('"').unwrap_or(rest.len())..];
    }
    out.push_str(rest);
    out
}

fn a_study_visit(csrf: &str, start: &str, end: &str) -> Vec<(String, String)> {
    [
        ("csrf_token", csrf),
        ("kind", "study_visit"),
        ("title", "Agrivoltaics study visit"),
        ("starts_at", start),
        ("ends_at", end),
        ("timezone", "Europe/Vienna"),
        ("venue_city", "Graz"),
        ("venue_country", "AT"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect()
}

fn day(days: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

#[actix_web::test]
async fn the_staff_area_speaks_the_language_of_the_browser() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("ict", 20, "Data spaces forum"))
        .await;
    let german = browser_in("de-AT,de;q=0.9,en;q=0.5");
    let (_, login) = page(&app, &german, "/staff/login").await;
    assert!(
        login.contains("lang=\"de\"") && login.contains("Anmeldung für Mitarbeitende"),
        "{login}"
    );
    sign_in_with(&app, &german, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let leaks = english_only();
    assert!(leaks.len() > 100, "{}", leaks.len());
    for path in [
        "/staff".to_owned(),
        "/staff/groups/ict".to_owned(),
        "/staff/groups/ict/events/new".to_owned(),
        "/staff/groups/ict/members".to_owned(),
        format!("/staff/events/{event}/registrations"),
        format!("/staff/events/{event}/invitations"),
        format!("/staff/events/{event}/cancel"),
        format!("/staff/events/{event}/attendance-sheet"),
        "/staff/accounts".to_owned(),
        "/staff/mail".to_owned(),
        "/staff/audit".to_owned(),
        "/staff/erase".to_owned(),
    ] {
        let (status, html) = page(&app, &german, &path).await;
        assert_eq!(status, 200, "{path}");
        assert!(html.contains("lang=\"de\""), "{path}");
        let html = without_links(&html);
        let left: Vec<&String> = leaks.iter().filter(|t| html.contains(t.as_str())).collect();
        assert!(left.is_empty(), "{path} shows English: {left:?}");
    }
    // Dates in the reader's language, in the event's zone.
    let (_, board) = page(&app, &german, "/staff").await;
    assert!(board.contains("Kommende Veranstaltungen"), "{board}");
    let (_, list) = page(&app, &german, "/staff/groups/ict").await;
    assert!(
        [
            "Montag",
            "Dienstag",
            "Mittwoch",
            "Donnerstag",
            "Freitag",
            "Samstag",
            "Sonntag"
        ]
        .iter()
        .any(|d| list.contains(&format!("{d}, "))),
        "{list}"
    );
    // A Slovenian reader gets Slovenian, a French one (not spoken here) English.
    let slovenian = browser_in("sl-SI");
    sign_in_with(&app, &slovenian, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let (_, board) = page(&app, &slovenian, "/staff").await;
    assert!(board.contains("lang=\"sl\""), "{board}");
    let french = browser_in("fr-FR");
    sign_in_with(&app, &french, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let (_, board) = page(&app, &french, "/staff").await;
    assert!(board.contains("Coming events"), "{board}");
}

async fn the_event_form_explains_itself_in_german_and_asks_about_the_past(backend: Backend) {
    let app = spawn_app(backend).await;
    let german = browser_in("de");
    let csrf = sign_in_with(&app, &german, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let post = |form: Vec<(String, String)>| {
        let request = german
            .post(app.url("/staff/groups/agrifood/events"))
            .form(&form);
        async move {
            let response = request.send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    let d = day(30);
    let (start, end) = (format!("{d}T09:00"), format!("{d}T17:00"));

    // An agenda row outside the event: the row is marked, in German.
    let mut form = a_study_visit(&csrf, &start, &end);
    for (k, v) in [
        ("agenda-0-starts_at", format!("{d}T07:00")),
        ("agenda-0-ends_at", format!("{d}T08:00")),
        ("agenda-0-title", "Frühstück".to_owned()),
    ] {
        form.push((k.to_owned(), v));
    }
    let (status, html) = post(form.clone()).await;
    assert_eq!(status, 422, "{html}");
    assert!(
        html.contains("Bitte korrigieren Sie die markierten Felder (1)."),
        "{html}"
    );
    assert!(
        html.contains("Diese Zeile muss zwischen Beginn und Ende der Veranstaltung liegen"),
        "{html}"
    );
    assert!(
        html.contains(r#"id="agenda-0-starts_at" name="agenda-0-starts_at" type="datetime-local""#)
            && html.contains(r#"aria-describedby="agenda-0-error""#),
        "{html}"
    );

    // "Add a row" shows one more row and saves nothing.
    let mut adding = a_study_visit(&csrf, &start, &end);
    adding.push(("rows".to_owned(), "3".to_owned()));
    adding.push(("add_row".to_owned(), "1".to_owned()));
    adding.push(("agenda-0-title".to_owned(), "Rundgang".to_owned()));
    let (status, html) = post(adding).await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains(r#"id="agenda-3-title""#), "{html}");
    assert!(!html.contains(r#"id="agenda-4-title""#), "{html}");
    assert!(
        html.contains("Rundgang") && !html.contains("field-error"),
        "{html}"
    );
    assert_eq!(events_of(&app, "agrifood").await, 0);

    // A start in the past is asked about, then saved once confirmed.
    let past = day(-3);
    let old = a_study_visit(&csrf, &format!("{past}T09:00"), &format!("{past}T17:00"));
    let (status, html) = post(old.clone()).await;
    assert_eq!(status, 409, "{html}");
    assert!(
        html.contains("Diese Veranstaltung liegt in der Vergangenheit")
            && html.contains(r#"name="confirm_past""#),
        "{html}"
    );
    assert_eq!(events_of(&app, "agrifood").await, 0);
    let mut confirmed = old;
    confirmed.push(("confirm_past".to_owned(), "on".to_owned()));
    let (status, html) = post(confirmed).await;
    assert_eq!(status, 303, "{html}");

    // A second event at that time: the overlap is named in German words.
    let mut again = a_study_visit(&csrf, &format!("{past}T10:00"), &format!("{past}T12:00"));
    again.push(("confirm_past".to_owned(), "on".to_owned()));
    let (status, html) = post(again).await;
    assert_eq!(status, 409, "{html}");
    assert!(
        html.contains("überschneiden") && html.contains("Agrivoltaics study visit"),
        "{html}"
    );
}

async fn an_event_that_has_begun_is_not_offered_for_invitations(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("ict", 5, "Forum to come"))
        .await;
    app.post_json(
        "/api/v1/groups/ict/members",
        &json!({"name": "Mia", "email": "mia@example.at", "country": "AT"}),
        Some(&token),
    )
    .await;
    // Time passes the start: the event has begun.
    app.move_event_back(event, 6).await;
    let refused = app
        .post_json(
            &format!("/api/v1/events/{event}/invitations"),
            &json!({"to": "group"}),
            Some(&token),
        )
        .await;
    assert_error(refused, 409, "conflict").await;
    assert_eq!(app.outbox_of_kind("invitation").await.len(), 0);

    sign_in_with(&app, &app.client, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let (_, html) = page(
        &app,
        &app.client,
        &format!("/staff/events/{event}/invitations"),
    )
    .await;
    assert!(
        html.contains("The event has begun") && !html.contains(r#"name="emails""#),
        "{html}"
    );
    let (_, list) = page(&app, &app.client, "/staff/groups/ict").await;
    assert!(
        !list.contains(&format!("/staff/events/{event}/invitations\"")),
        "{list}"
    );
}

/// How many events a group has, drafts included.
async fn events_of(app: &TestApp, slug: &'static str) -> i64 {
    app.query(move |conn| {
        use clustercord::db::schema::{events::dsl as e, thematic_groups::dsl as g};
        use diesel::prelude::*;
        e::events
            .inner_join(g::thematic_groups)
            .filter(g::slug.eq(slug))
            .count()
            .get_result(conn)
    })
    .await
}

on_both_backends!(
    the_event_form_explains_itself_in_german_and_asks_about_the_past,
    an_event_that_has_begun_is_not_offered_for_invitations,
);

/// An import's refused lines say why in the reader's language; the column keeps
/// the name it has in the file.
#[actix_web::test]
async fn an_imports_refused_lines_are_explained_in_slovenian() {
    let app = spawn_app(Backend::Sqlite).await;
    let slovenian = browser_in("sl");
    let csrf = sign_in_with(&app, &slovenian, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let csv = "name,email,organisation,country,language\n\
               Ana,ana@example.si,RRA,SI,sl\nBroken,broken,X,SI,sl\nFran,fran@example.si,X,SI,fr\n\
               Ana again,ana@example.si,RRA,SI,sl\n";
    let form = crate::helpers::csv_upload(&csrf, csv);
    let response = slovenian
        .post(app.url("/staff/groups/ict/members/import"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("email: mora biti e-poštni naslov") || html.contains("email: "),
        "{html}"
    );
    assert!(
        html.contains("language: mora biti ena od kod")
            && html.contains("ana@example.si je v datoteki že prej"),
        "{html}"
    );
    assert!(!html.contains("must be"), "{html}");
}

/// The links in our mail open in the recipient's language (an invitation's, an
/// account's) unless the reader chose another; the page that follows a new
/// password speaks it too.
#[actix_web::test]
async fn links_from_our_mail_open_in_the_recipients_language() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("ict", 20, "Data spaces forum"))
        .await;
    let member =
        json!({"name": "Ana", "email": "ana@example.si", "country": "SI", "language": "sl"});
    app.post_json("/api/v1/groups/ict/members", &member, Some(&token))
        .await;
    let path = format!("/api/v1/events/{event}/invitations");
    app.post_json(&path, &json!({"to": "group"}), Some(&token))
        .await;
    let mails = app.outbox_of_kind("invitation").await;
    let body = &mails[0].body_text;
    let at = body
        .find(&format!("/events/{event}?"))
        .expect("a register link");
    let link = body[at..].split_whitespace().next().unwrap().to_owned();
    let english = browser_in("en-GB");
    let (status, html) = page(&app, &english, &link).await;
    assert_eq!(status, 200);
    assert!(html.contains("lang=\"sl\""), "{html}");
    assert!(
        html.contains(r#"<option value="sl" selected>"#),
        "the language for our emails is the invitation's: {html}"
    );
    // A reader who chose German with the switcher keeps German.
    let chose = browser_in("en-GB");
    page(&app, &chose, "/language/de?next=/").await;
    let (_, html) = page(&app, &chose, &link).await;
    assert!(html.contains("lang=\"de\""), "{html}");

    let account = json!({"email": "eva@rra.hu", "name": "Éva", "role": "coordinator",
        "groups": ["ict"], "language": "hu"});
    app.post_json("/api/v1/staff", &account, Some(&token)).await;
    let link = crate::staff_accounts::link_token(&app, "eva@rra.hu").await;
    let response = english
        .get(app.url(&format!("/staff/password/{link}")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let remembered = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .any(|c| c.to_str().is_ok_and(|c| c.starts_with("lang=hu")));
    assert!(remembered, "{:?}", response.headers());
    let html = response.text().await.unwrap();
    assert!(html.contains("lang=\"hu\""), "{html}");
    let (_, login) = page(&app, &english, "/staff/login").await;
    assert!(login.contains("lang=\"hu\""), "{login}");
}

/// The dashboard offers no invitations for an event that has begun, and names the
/// programme's groups in the reader's words on the dashboard, the event form and
/// the accounts page; the event page's staff controls and the audit log speak
/// German; a file without the needed columns is refused in Slovenian.
#[actix_web::test]
async fn staff_pages_name_things_in_the_readers_words() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("ict", 1, "Data spaces forum"))
        .await;
    // Begun two days ago and still running, so that it is on the dashboard.
    app.execute(move |conn| {
        use clustercord::db::schema::events::dsl as e;
        use diesel::prelude::*;
        let starts: chrono::NaiveDateTime =
            e::events.find(event).select(e::starts_at).first(conn)?;
        diesel::update(e::events.find(event))
            .set(e::starts_at.eq(starts - chrono::TimeDelta::days(2)))
            .execute(conn)
    })
    .await;
    let german = browser_in("de");
    sign_in_with(&app, &german, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let (_, board) = page(&app, &german, "/staff").await;
    assert!(
        board.contains("Data spaces forum")
            && !board.contains(&format!("/staff/events/{event}/invitations")),
        "{board}"
    );
    let (_, form) = page(&app, &german, "/staff/groups/ict/events/new").await;
    assert!(form.contains("Veranstaltung für IKT planen"), "{form}");
    assert!(form.contains(r#"value="Europe/Brussels""#), "{form}");
    let coordinator = json!({"email": "c@example.org", "name": "C", "role": "coordinator",
        "groups": ["ict"], "language": "de"});
    app.post_json("/api/v1/staff", &coordinator, Some(&token))
        .await;
    let (_, accounts) = page(&app, &german, "/staff/accounts").await;
    assert!(
        accounts.contains(r#"<td data-label="Gruppen">IKT</td>"#),
        "{accounts}"
    );
    let (_, event_page) = page(&app, &german, &format!("/events/{event}")).await;
    assert!(
        event_page.contains("Veranstaltung bearbeiten"),
        "{event_page}"
    );
    let (_, audit) = page(&app, &german, "/staff/audit").await;
    assert!(
        audit.contains("Veranstaltung veröffentlicht") && !audit.contains("event.publish"),
        "{audit}"
    );

    let slovenian = browser_in("sl");
    let csrf = sign_in_with(&app, &slovenian, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let form = crate::helpers::csv_upload(&csrf, "name;organisation\nAna;RRA\n");
    let response = slovenian
        .post(app.url("/staff/groups/ict/members/import"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let html = response.text().await.unwrap();
    assert!(html.contains("nima stolpca email, country"), "{html}");
}
