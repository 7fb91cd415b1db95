//! The coordinator's pages for the mailing list, invitations and outgoing mail.

use crate::helpers::{event_body, spawn_app, Backend, ADMIN_EMAIL, ADMIN_PASSWORD};
use crate::schedule_pages::sign_in;

#[actix_web::test]
async fn a_coordinator_imports_members_invites_them_and_watches_the_mail() {
    let app = spawn_app(Backend::Sqlite).await;
    let csrf = sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;

    // Add one by hand; a mistake is shown next to its field.
    let bad = app
        .client
        .post(app.url("/staff/groups/agrifood/members"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("name", "Ana"),
            ("email", "nope"),
            ("country", "SI"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains(r#"id="m-email-error""#));
    let added = app
        .client
        .post(app.url("/staff/groups/agrifood/members"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("name", "Ana Kovač"),
            ("email", "ana@agro.si"),
            ("country", "SI"),
            ("language", "sl"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(added.status(), 303);

    // Import a spreadsheet through the upload form.
    let csv = "name,email,organisation,country,language\nHans Müller,hans@agrar.de,Bauernverband,DE,de\nBroken,broken,X,DE,de\n";
    let form = crate::helpers::csv_upload(&csrf, csv);
    let imported = app
        .client
        .post(app.url("/staff/groups/agrifood/members/import"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(imported.status(), 200);
    let page = imported.text().await.unwrap();
    assert!(
        page.contains("1 added, 0 updated, 1 refused") && page.contains("Line 3"),
        "{page}"
    );
    assert!(page.contains("Hans Müller") && page.contains("Ana Kovač"));
    let export = app
        .get("/staff/groups/agrifood/members.csv")
        .await
        .text()
        .await
        .unwrap();
    assert!(export.contains("hans@agrar.de"));

    // Invite the group to a published event.
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("agrifood", 20, "Honey forum"))
        .await;
    let sent = app
        .client
        .post(app.url(&format!("/staff/events/{event}/invitations")))
        .form(&[("csrf_token", csrf.as_str()), ("to", "group")])
        .send()
        .await
        .unwrap();
    // The whole group is mailed only after a look at how many it reaches.
    let asked = sent.text().await.unwrap();
    assert!(
        asked.contains("2 people will get an invitation by email"),
        "{asked}"
    );
    assert!(app.outbox_of_kind("invitation").await.is_empty());
    let sent = app
        .client
        .post(app.url(&format!("/staff/events/{event}/invitations")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("to", "group"),
            ("confirmed", "1"),
        ])
        .send()
        .await
        .unwrap();
    let page = sent.text().await.unwrap();
    assert!(
        page.contains("2 invitations queued; they go out within a minute."),
        "{page}"
    );
    assert!(page.contains("ana@agro.si") && page.contains("invited"));
    let invite_list = |emails: &'static str| {
        let request = app
            .client
            .post(app.url(&format!("/staff/events/{event}/invitations")))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("to", "list"),
                ("emails", emails),
            ]);
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    let listed = invite_list("guest@example.org\nnot-an-address").await;
    assert!(
        listed.contains(
            "These are not email addresses: &quot;not-an-address&quot;. Nothing was sent."
        ),
        "{listed}"
    );
    // Every bad entry is named at once, as the API reports them all.
    let listed = invite_list("guest@example.org\nfirst-bad; second@bad@x\nok@example.org").await;
    assert!(
        listed.contains(
            "not email addresses: &quot;first-bad&quot;, &quot;second@bad@x&quot;. Nothing was sent."
        ),
        "{listed}"
    );
    // Nothing was invited: the two members of the group invitation, no more.
    assert!(listed.contains("Invited (2)"), "{listed}");

    // A refused message shows with its error and can be retried.
    app.queue_test_message("reject-me@example.org").await;
    app.deliver_mail().await;
    let mail = app
        .get("/staff/mail?status=failed")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        mail.contains("reject-me@example.org") && mail.contains("Retry"),
        "{mail}"
    );
    let end = mail.find("/retry").unwrap() + "/retry".len();
    let start = mail[..end].rfind("/staff/mail/").unwrap();
    let action = mail[start..end].to_owned();
    let retried = app
        .client
        .post(app.url(&action))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(retried.status(), 303);
    let all = app.get("/staff/mail").await.text().await.unwrap();
    assert!(
        all.contains("Einladung: Honey forum") && all.contains("Vabilo: Honey forum"),
        "{all}"
    );
}

#[actix_web::test]
async fn outreach_pages_are_for_the_groups_staff_only() {
    let app = spawn_app(Backend::Sqlite).await;
    assert_eq!(
        app.get("/staff/groups/agrifood/members").await.status(),
        303
    );
    assert_eq!(app.get("/staff/mail").await.status(), 303);
    app.coordinator_token("tour@example.org", &["tourism"])
        .await;
    sign_in(&app, "tour@example.org", "coordinator password").await;
    assert_eq!(
        app.get("/staff/groups/agrifood/members").await.status(),
        403
    );
    assert_eq!(app.get("/staff/groups/tourism/members").await.status(), 200);
    assert_eq!(app.get("/staff/mail").await.status(), 200);
}

/// A list with a bad address comes back as typed: the addresses, the choice of
/// "these addresses" (not the whole group, which the next click would invite) and
/// the tick to send again.
#[actix_web::test]
async fn a_refused_invitation_list_keeps_what_was_typed_and_chosen() {
    let app = spawn_app(Backend::Sqlite).await;
    let csrf = sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("agrifood", 20, "Wine forum"))
        .await;
    let typed = "guest@example.org\nnot-an-address";
    let response = app
        .client
        .post(app.url(&format!("/staff/events/{event}/invitations")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("to", "list"),
            ("emails", typed),
            ("resend", "on"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("guest@example.org\nnot-an-address</textarea>"),
        "the list is kept: {page}"
    );
    assert!(page.contains(r#"value="list" checked"#), "{page}");
    assert!(!page.contains(r#"value="group" checked"#), "{page}");
    assert!(page.contains(r#"name="resend" checked"#), "{page}");
    assert!(page.contains(r#"aria-invalid="true""#), "{page}");
    assert!(app.outbox_of_kind("invitation").await.is_empty());
}

/// Importing with no file chosen says to choose one, and imports nothing.
#[actix_web::test]
async fn an_import_without_a_file_asks_for_one() {
    let app = spawn_app(Backend::Sqlite).await;
    let csrf = sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", csrf)
        .part(
            "file",
            reqwest::multipart::Part::bytes(Vec::new())
                .file_name("")
                .mime_str("application/octet-stream")
                .unwrap(),
        );
    let response = app
        .client
        .post(app.url("/staff/groups/agrifood/members/import"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("Choose a file to import"), "{page}");
}

/// Removing a member asks first, naming them, and says it was done.
#[actix_web::test]
async fn removing_a_member_asks_first_and_says_so_after() {
    let app = spawn_app(Backend::Sqlite).await;
    let csrf = sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let token = app.admin_token().await;
    let member =
        serde_json::json!({"name": "Lena Berg", "email": "lena@agrar.at", "country": "AT"});
    let added: serde_json::Value = app
        .post_json("/api/v1/groups/agrifood/members", &member, Some(&token))
        .await
        .json()
        .await
        .unwrap();
    let id = added["id"].as_i64().unwrap();
    let list = app
        .get("/staff/groups/agrifood/members")
        .await
        .text()
        .await
        .unwrap();
    let ask = format!("/staff/groups/agrifood/members/{id}/remove");
    assert!(list.contains(&format!(r#"href="{ask}""#)), "{list}");
    let page = app.get(&ask).await.text().await.unwrap();
    assert!(
        page.contains("Remove Lena Berg from the mailing list?"),
        "{page}"
    );
    let listed: Vec<serde_json::Value> = app
        .get_as("/api/v1/groups/agrifood/members", &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1, "nothing removed by asking");
    let done = app
        .client
        .post(app.url(&ask))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 303);
    let back = done.headers()["location"].to_str().unwrap().to_owned();
    let page = app.get(&back).await.text().await.unwrap();
    assert!(page.contains("Removed from the mailing list."), "{page}");
    assert!(!page.contains("Lena Berg"), "{page}");
}

/// The mail page: when, to whom and about which event; filters by status, event
/// and day; a message's text on its own page, for the staff of its group only.
async fn the_mail_page_filters_and_shows_a_message_on_demand(backend: Backend) {
    use serde_json::json;
    let app = spawn_app(backend).await;
    let coordinator = app.coordinator_token("coord@example.org", &["ict"]).await;
    let admin = app.admin_token().await;
    let forum = app
        .published_event(&coordinator, &event_body("ict", 20, "Cloud forum"))
        .await;
    let visit = app
        .published_event(&admin, &event_body("tourism", 21, "Wine roads"))
        .await;
    for (event, email) in [(forum, "ana@example.si"), (visit, "jan@example.cz")] {
        let body = json!({"emails": [email]});
        let path = format!("/api/v1/events/{event}/invitations");
        assert_eq!(
            app.post_json(&path, &body, Some(&admin)).await.status(),
            202
        );
    }
    sign_in(&app, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let page = |path: String| {
        let request = app.client.get(app.url(&path));
        async move {
            let response = request.send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    let (_, all) = page("/staff/mail".into()).await;
    assert!(
        all.contains("ana@example.si") && all.contains("jan@example.cz"),
        "{all}"
    );
    assert!(
        all.contains(r#"<td data-label="Event">Cloud forum</td>"#),
        "{all}"
    );
    let (_, one) = page(format!("/staff/mail?event={forum}")).await;
    assert!(
        one.contains("ana@example.si") && !one.contains("jan@example.cz"),
        "{one}"
    );
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Brussels)
        .format("%Y-%m-%d");
    let (_, day) = page(format!("/staff/mail?day={today}&status=pending")).await;
    assert!(day.contains("ana@example.si"), "{day}");
    let (_, none) = page("/staff/mail?day=2001-01-01".into()).await;
    assert!(none.contains("No messages match these filters."), "{none}");
    let (_, sent) = page("/staff/mail?status=sent".into()).await;
    assert!(!sent.contains("ana@example.si"), "{sent}");

    // The text on demand, behind the "Read" link.
    let at = one.find("href=\"/staff/mail/").unwrap() + "href=\"".len();
    let link: String = one[at..].chars().take_while(|c| *c != '"').collect();
    let (status, message) = page(link.clone()).await;
    assert_eq!(status, 200, "{message}");
    assert!(
        message.contains("Cloud forum") && message.contains("&#x2F;invitations&#x2F;"),
        "{message}"
    );
    // Another group's coordinator cannot read it.
    app.coordinator_token("tour@example.org", &["tourism"])
        .await;
    sign_in(&app, "tour@example.org", "coordinator password").await;
    let (status, _) = page(link).await;
    assert_eq!(status, 404);
    let (_, theirs) = page("/staff/mail".into()).await;
    assert!(
        theirs.contains("jan@example.cz") && !theirs.contains("ana@example.si"),
        "{theirs}"
    );
}

on_both_backends!(the_mail_page_filters_and_shows_a_message_on_demand);
