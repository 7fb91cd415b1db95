//! Staff accounts managed by admins: invite, set a password from the link, change,
//! disable (CONTRACT.md, "Staff accounts").

use serde_json::{json, Value};

use crate::helpers::{assert_error, spawn_app, Backend, TestApp, ADMIN_EMAIL};

/// The token of the newest set-password link mailed to `to`.
pub async fn link_token(app: &TestApp, to: &str) -> String {
    let mails = app.outbox_of_kind("staff_invitation").await;
    let mail = mails
        .iter()
        .rev()
        .find(|m| m.recipient == to)
        .expect("an invitation");
    let at = mail.body_text.find("/staff/password/").unwrap() + "/staff/password/".len();
    mail.body_text[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

async fn an_admin_invites_a_coordinator_who_sets_a_password_and_is_later_disabled(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let admin = app.admin_token().await;
    let body = json!({"email": "Mojca@RRA.si", "name": "Mojca Kranjc", "role": "coordinator",
        "groups": ["tourism", "agrifood"], "language": "sl"});
    let created = app.post_json("/api/v1/staff", &body, Some(&admin)).await;
    assert_eq!(created.status(), 201);
    let account: Value = created.json().await.unwrap();
    assert_eq!(account["email"], "Mojca@RRA.si");
    assert_eq!(account["role"], "coordinator");
    assert_eq!(account["groups"], json!(["agrifood", "tourism"]));
    assert_eq!(
        (account["active"].clone(), account["password_set"].clone()),
        (json!(true), json!(false))
    );
    let id = account["id"].as_i64().unwrap();
    // The same address again is a conflict, whatever its case.
    let again = json!({"email": "mojca@rra.si", "role": "coordinator", "groups": ["ict"]});
    assert_error(
        app.post_json("/api/v1/staff", &again, Some(&admin)).await,
        409,
        "conflict",
    )
    .await;

    // The mail, in Slovenian, holds a link; without a password nobody signs in.
    let mail = &app.outbox_of_kind("staff_invitation").await[0];
    assert!(mail.subject.contains("nastavite geslo"), "{}", mail.subject);
    let token = link_token(&app, "Mojca@RRA.si").await;
    assert_eq!(app.create_token("mojca@rra.si", "").await.status(), 401);
    let set = |password: &str| json!({"token": token, "password": password});
    let short = app
        .post_json("/api/v1/staff/password", &set("short"), None)
        .await;
    assert_error(short, 422, "invalid_input").await;
    let done = app
        .post_json(
            "/api/v1/staff/password",
            &set("a long coordinator password"),
            None,
        )
        .await;
    assert_eq!(done.status(), 204);
    let used = app
        .post_json(
            "/api/v1/staff/password",
            &set("another long password"),
            None,
        )
        .await;
    assert_error(used, 404, "not_found").await;
    let coordinator = app
        .token_for("mojca@rra.si", "a long coordinator password")
        .await;

    // Coordinators and strangers may not manage accounts.
    assert_error(
        app.get_as("/api/v1/staff", &coordinator).await,
        403,
        "forbidden",
    )
    .await;
    assert_error(app.get("/api/v1/staff").await, 401, "unauthorized").await;

    // A change of groups; then disabling ends the token at once.
    let path = format!("/api/v1/staff/{id}");
    let changed: Value = app
        .patch_json(
            &path,
            &json!({"groups": ["ict"], "name": "Mojca K."}),
            &admin,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (changed["groups"].clone(), changed["name"].clone()),
        (json!(["ict"]), json!("Mojca K."))
    );
    assert_eq!(changed["password_set"], true);
    let disabled: Value = app
        .patch_json(&path, &json!({"active": false}), &admin)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(disabled["active"], false);
    assert_error(
        app.get_as("/api/v1/events", &coordinator).await,
        401,
        "unauthorized",
    )
    .await;
    assert_eq!(
        app.create_token("mojca@rra.si", "a long coordinator password")
            .await
            .status(),
        401
    );
    let listed: Vec<Value> = app
        .get_as("/api/v1/staff", &admin)
        .await
        .json()
        .await
        .unwrap();
    assert!(
        listed.iter().any(|a| a["id"] == id && a["active"] == false),
        "{listed:?}"
    );

    // Every change is in the audit log.
    let audit: Vec<Value> = app
        .get_as("/api/v1/audit", &admin)
        .await
        .json()
        .await
        .unwrap();
    let actions: Vec<&str> = audit
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"staff.invite") && actions.contains(&"staff.change"),
        "{actions:?}"
    );
}

async fn accounts_refuse_what_makes_no_sense(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_token().await;
    let cases = [
        (json!({"email": "x", "role": "boss"}), vec!["email", "role"]),
        (
            json!({"email": "a@b.org", "role": "admin", "groups": ["ict"]}),
            vec!["groups"],
        ),
        (
            json!({"email": "a@b.org", "role": "coordinator"}),
            vec!["groups"],
        ),
    ];
    for (body, fields) in cases {
        let error = assert_error(
            app.post_json("/api/v1/staff", &body, Some(&admin)).await,
            422,
            "invalid_input",
        )
        .await;
        let named: Vec<&str> = error["error"]["fields"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(named, fields, "{body}");
    }
    let unknown = json!({"email": "a@b.org", "role": "coordinator", "groups": ["nowhere"]});
    assert_error(
        app.post_json("/api/v1/staff", &unknown, Some(&admin)).await,
        422,
        "invalid_input",
    )
    .await;
    // The last active admin stays one.
    let listed: Vec<Value> = app
        .get_as("/api/v1/staff", &admin)
        .await
        .json()
        .await
        .unwrap();
    let me = listed.iter().find(|a| a["email"] == ADMIN_EMAIL).unwrap()["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/staff/{me}");
    assert_error(
        app.patch_json(&path, &json!({"active": false}), &admin)
            .await,
        409,
        "conflict",
    )
    .await;
    assert_error(
        app.patch_json(
            &path,
            &json!({"role": "coordinator", "groups": ["ict"]}),
            &admin,
        )
        .await,
        409,
        "conflict",
    )
    .await;
    assert_error(
        app.patch_json("/api/v1/staff/424242", &json!({"name": "X"}), &admin)
            .await,
        404,
        "not_found",
    )
    .await;
}

/// The account's language: its invitation's, changed by an admin, cleared to
/// leave it to the browser; the staff area speaks it from sign-in on. A new link
/// replaces the old ones, for an unanswered invitation or a forgotten password.
async fn an_account_has_a_language_and_gets_a_new_link_when_asked(backend: Backend) {
    use crate::schedule_pages::sign_in_with;
    let app = spawn_app(backend).await;
    let admin = app.admin_token().await;
    let body = json!({"email": "petra@rra-brno.cz", "name": "Petra", "role": "coordinator",
        "groups": ["ict"], "language": "cs"});
    let account: Value = app
        .post_json("/api/v1/staff", &body, Some(&admin))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(account["language"], "cs");
    let id = account["id"].as_i64().unwrap();
    let first = link_token(&app, "petra@rra-brno.cz").await;

    // The link again: a new one works, the first no longer does.
    let path = format!("/api/v1/staff/{id}/invitation");
    let again = app.post_empty(&path, Some(&admin)).await;
    assert_eq!(again.status(), 202);
    assert_eq!(app.outbox_of_kind("staff_invitation").await.len(), 2);
    let second = link_token(&app, "petra@rra-brno.cz").await;
    assert_ne!(first, second);
    let set = |token: &str| json!({"token": token, "password": "a long password for Brno"});
    let stale = app
        .post_json("/api/v1/staff/password", &set(&first), None)
        .await;
    assert_error(stale, 404, "not_found").await;
    let done = app
        .post_json("/api/v1/staff/password", &set(&second), None)
        .await;
    assert_eq!(done.status(), 204);
    // A coordinator may not send links.
    let coordinator = app
        .token_for("petra@rra-brno.cz", "a long password for Brno")
        .await;
    let refused = app.post_empty(&path, Some(&coordinator)).await;
    assert_error(refused, 403, "forbidden").await;

    // Signed in, the staff area is in Czech though the browser asks for English.
    let browser = crate::helpers::visitor();
    sign_in_with(
        &app,
        &browser,
        "petra@rra-brno.cz",
        "a long password for Brno",
    )
    .await;
    let home = browser
        .get(app.url("/staff"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    let home = home.text().await.unwrap();
    assert!(home.contains(r#"<html lang="cs">"#), "{home}");

    // Changed to Slovenian, then left to the browser; a made-up language is refused.
    let patch = |language: &str| json!({"language": language});
    let changed: Value = app
        .patch_json(&format!("/api/v1/staff/{id}"), &patch("sl"), &admin)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(changed["language"], "sl");
    let cleared: Value = app
        .patch_json(&format!("/api/v1/staff/{id}"), &patch(""), &admin)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(cleared["language"], Value::Null);
    let bad = app
        .patch_json(&format!("/api/v1/staff/{id}"), &patch("fr"), &admin)
        .await;
    assert_error(bad, 422, "invalid_input").await;

    // A disabled account gets no link.
    let off = app
        .patch_json(
            &format!("/api/v1/staff/{id}"),
            &json!({"active": false}),
            &admin,
        )
        .await;
    assert_eq!(off.status(), 200);
    assert_error(app.post_empty(&path, Some(&admin)).await, 409, "conflict").await;
}

on_both_backends!(
    an_account_has_a_language_and_gets_a_new_link_when_asked,
    an_admin_invites_a_coordinator_who_sets_a_password_and_is_later_disabled,
    accounts_refuse_what_makes_no_sense
);

/// The same with no command line: an admin invites a coordinator on the accounts
/// page, the coordinator sets a password from the mail's link and signs in.
#[actix_web::test]
async fn an_admin_invites_from_the_page_and_the_coordinator_sets_a_password() {
    let app = spawn_app(Backend::Sqlite).await;
    let csrf =
        crate::schedule_pages::sign_in(&app, ADMIN_EMAIL, crate::helpers::ADMIN_PASSWORD).await;
    let page = app.get("/staff/accounts").await.text().await.unwrap();
    assert!(page.contains("Invite someone"), "{page}");
    let invite = |fields: Vec<(&'static str, &'static str)>| {
        let mut form = vec![("csrf_token", csrf.clone())];
        form.extend(fields.into_iter().map(|(k, v)| (k, v.to_owned())));
        let request = app.client.post(app.url("/staff/accounts")).form(&form);
        async move { request.send().await.unwrap() }
    };
    // No group ticked for a coordinator: refused beside the groups, as typed.
    let refused = invite(vec![("email", "tina@rra.si"), ("role", "coordinator")]).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(
        page.contains("a coordinator needs at least one group"),
        "{page}"
    );
    assert!(page.contains(r#"value="tina@rra.si""#), "{page}");
    let sent = invite(vec![
        ("email", "tina@rra.si"),
        ("name", "Tina Novak"),
        ("role", "coordinator"),
        ("group-tourism", "on"),
        ("language", "sl"),
    ])
    .await;
    assert_eq!(sent.status(), 303);
    let page = app
        .get("/staff/accounts?done=invited")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Tina Novak") && page.contains("invited, no password yet"),
        "{page}"
    );

    // Tina, in another browser, opens the link.
    let tina = crate::helpers::visitor();
    let token = link_token(&app, "tina@rra.si").await;
    let link = app.url(&format!("/staff/password/{token}"));
    let form_page = tina.get(&link).send().await.unwrap().text().await.unwrap();
    let tina_csrf = crate::pages::csrf_of(&form_page);
    let post = |password: &str, again: &str| {
        tina.post(&link).form(&[
            ("csrf_token", tina_csrf.as_str()),
            ("password", password),
            ("password_again", again),
        ])
    };
    let differ = post("a long tourism password", "another one")
        .send()
        .await
        .unwrap();
    assert_eq!(differ.status(), 422);
    let set = post("a long tourism password", "a long tourism password")
        .send()
        .await
        .unwrap();
    assert_eq!(set.status(), 303);
    assert_eq!(set.headers()["location"], "/staff/login?welcome=1");
    let again = tina.get(&link).send().await.unwrap();
    assert_eq!(again.status(), 404, "the link works once");
    crate::schedule_pages::sign_in_with(&app, &tina, "tina@rra.si", "a long tourism password")
        .await;
    let home = tina
        .get(app.url("/staff"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // Her account says Slovenian: the staff area speaks it from sign-in on.
    assert!(home.contains("Pozdravljeni, Tina Novak"), "{home}");
    assert!(
        !home.contains("/staff/accounts"),
        "coordinators do not manage accounts"
    );
    assert_eq!(
        tina.get(app.url("/staff/accounts"))
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
}

/// The staff home is a dashboard: coming events with seats, waiting list,
/// deadline and invitations; drafts to publish; failed mail; for admins the last
/// actions. A coordinator sees only their groups'.
#[actix_web::test]
async fn the_staff_home_shows_what_needs_doing() {
    let app = spawn_app(Backend::Sqlite).await;
    let admin = app.admin_token().await;
    let mut body = crate::helpers::event_body("ict", 9, "Cloud forum");
    body["capacity"] = json!(1);
    body["registration_deadline"] = json!((chrono::Utc::now()
        + chrono::TimeDelta::days(5)
        + chrono::TimeDelta::hours(2))
    .to_rfc3339());
    let event = app.published_event(&admin, &body).await;
    app.create_event(
        &admin,
        &crate::helpers::event_body("ict", 20, "Draft robotics day"),
    )
    .await;
    app.create_event(
        &admin,
        &crate::helpers::event_body("tourism", 20, "Draft wine day"),
    )
    .await;
    for email in ["one@example.it", "two@example.it"] {
        app.register(event, email, "IT").await;
    }
    app.post_json(
        &format!("/api/v1/events/{event}/invitations"),
        &json!({"emails": ["guest@example.org"]}),
        Some(&admin),
    )
    .await;
    app.queue_test_message("reject-this@example.org").await;
    app.deliver_mail().await;

    crate::schedule_pages::sign_in(&app, ADMIN_EMAIL, crate::helpers::ADMIN_PASSWORD).await;
    let home = app.get("/staff").await.text().await.unwrap();
    for text in [
        "Cloud forum",
        "1 of 1",
        "registration closes in 5 days",
        "1 sent: 0 registered, 0 declined",
        "Draft robotics day",
        "Draft wine day",
        "reject-this@example.org",
        "event published",
    ] {
        assert!(home.contains(text), "{text} missing: {home}");
    }
    // The waiting list is counted: one confirmed, one waiting.
    assert!(
        home.contains(r#"<td data-label="Waiting">1</td>"#),
        "{home}"
    );

    // A coordinator of tourism sees their draft only, and no audit log.
    let coordinator = crate::helpers::visitor();
    app.coordinator_token("tour@example.org", &["tourism"])
        .await;
    crate::schedule_pages::sign_in_with(
        &app,
        &coordinator,
        "tour@example.org",
        "coordinator password",
    )
    .await;
    let home = coordinator
        .get(app.url("/staff"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(home.contains("Draft wine day"), "{home}");
    assert!(
        !home.contains("Draft robotics day") && !home.contains("Cloud forum"),
        "{home}"
    );
    // Their own group's last actions, no other group's.
    assert!(home.contains("Last staff actions"), "{home}");
}
