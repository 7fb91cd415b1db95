//! The staff pages of plans and materials, used as a coordinator uses them: a
//! plan written, actions added, edited (a hand-set progress needs its reason),
//! moved and deleted, a version adopted and compared; a file uploaded, a link
//! added, participants told, a material deleted.

use serde_json::Value;

use crate::helpers::{event_body, spawn_app, Backend, TestApp};
use crate::schedule_pages::sign_in_with;

fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
}

async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    client.post(app.url(path)).form(form).send().await.unwrap()
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

async fn text(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = client.get(app.url(path)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn a_coordinator_writes_adopts_and_compares_a_plan_on_the_pages(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app
        .coordinator_token("agri@example.org", &["agrifood"])
        .await;
    let event = app
        .published_event(&token, &event_body("agrifood", 12, "Olive forum"))
        .await;
    let client = browser();
    let csrf = sign_in_with(&app, &client, "agri@example.org", "coordinator password").await;
    let (status, empty) = text(&app, &client, "/staff/groups/agrifood/plan").await;
    assert_eq!(status, 200);
    assert!(empty.contains("Create the plan"), "{empty}");
    let saved = post(
        &app,
        &client,
        "/staff/groups/agrifood/plan",
        &[
            ("csrf_token", &csrf),
            ("title", "Agrifood meta-district"),
            ("summary", "Why.\n\nHow."),
        ],
    )
    .await;
    assert_eq!(location(&saved), "/staff/groups/agrifood/plan?done=saved");
    let added = post(
        &app,
        &client,
        "/staff/groups/agrifood/plan/actions",
        &[("csrf_token", &csrf), ("title", "Cold chain")],
    )
    .await;
    let edit = location(&added);
    assert!(
        edit.starts_with("/staff/actions/") && edit.ends_with("/edit"),
        "{edit}"
    );
    let (status, form) = text(&app, &client, &edit).await;
    assert_eq!(status, 200);
    assert!(
        form.contains("Olive forum"),
        "the group's events to link: {form}"
    );

    // By hand without a reason: refused beside the field, what was typed kept.
    let event_box = format!("event-{event}");
    let refused = post(
        &app,
        &client,
        &edit,
        &[
            ("csrf_token", &csrf),
            ("title", "Cold chain"),
            ("status", "in_progress"),
            ("owners", "Milano Metropoli, IT\nRRA Koroška, SI"),
            ("target_events", "2"),
            (&event_box, "on"),
            ("manual", "on"),
            ("progress_value", "40"),
            ("progress_reason", ""),
        ],
    )
    .await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(
        page.contains(r#"id="pr-error""#) && page.contains("RRA Koroška, SI"),
        "{page}"
    );
    let bad_number = post(
        &app,
        &client,
        &edit,
        &[
            ("csrf_token", &csrf),
            ("title", "Cold chain"),
            ("status", "planned"),
            ("target_events", "two"),
        ],
    )
    .await;
    assert_eq!(bad_number.status(), 422);
    let ok = post(
        &app,
        &client,
        &edit,
        &[
            ("csrf_token", &csrf),
            ("title", "Cold chain"),
            ("status", "in_progress"),
            ("owners", "Milano Metropoli, IT"),
            ("target_events", "2"),
            ("due", "2027-06-30"),
            (&event_box, "on"),
            ("manual", "on"),
            ("progress_value", "40"),
            ("progress_reason", "Contract with two carriers signed"),
        ],
    )
    .await;
    assert_eq!(ok.status(), 303, "{}", ok.text().await.unwrap());
    let plan: Value = app
        .get_as("/api/v1/groups/agrifood/plan", &token)
        .await
        .json()
        .await
        .unwrap();
    let action = &plan["actions"][0];
    assert_eq!(action["events"], serde_json::json!([event]));
    assert_eq!(action["progress"]["basis"], "manual");
    assert_eq!(action["owners"][0]["organisation"], "Milano Metropoli");

    // The event form offers the plan's actions and links a new event to those ticked.
    let (_, edit_form) = text(&app, &client, &format!("/staff/events/{event}/edit")).await;
    let action_id = plan["actions"][0]["id"].as_i64().unwrap();
    let serves = format!("serves-{action_id}");
    assert!(
        edit_form.contains(&format!(r#"name="{serves}" checked"#)),
        "{edit_form}"
    );
    let day = (chrono::Utc::now() + chrono::Duration::days(60))
        .format("%Y-%m-%d")
        .to_string();
    let mut form = crate::schedule_pages::study_visit_form(&csrf, &day);
    form.push((serves.clone(), "on".into()));
    let created = client
        .post(app.url("/staff/groups/agrifood/events"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 303, "{}", created.text().await.unwrap());
    let linked: Value = app
        .get_as("/api/v1/groups/agrifood/plan", &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        linked["actions"][0]["events"].as_array().unwrap().len(),
        2,
        "{linked}"
    );

    // Adopt, change, compare.
    let adopted = post(
        &app,
        &client,
        "/staff/groups/agrifood/plan/adopt",
        &[("csrf_token", &csrf)],
    )
    .await;
    assert_eq!(
        location(&adopted),
        "/staff/groups/agrifood/plan?done=adopted"
    );
    post(
        &app,
        &client,
        "/staff/groups/agrifood/plan/actions",
        &[("csrf_token", &csrf), ("title", "Joint brand")],
    )
    .await;
    let (status, compare) = text(&app, &client, "/staff/groups/agrifood/plan/versions/1").await;
    assert_eq!(status, 200);
    assert!(
        compare.contains("Joint brand") && compare.contains("added"),
        "{compare}"
    );
    let (_, public) = text(&app, &client, "/groups/agrifood/plan").await;
    assert!(
        public.contains("40 % achieved") && public.contains("Contract with two carriers signed"),
        "{public}"
    );
    let (_, editor) = text(&app, &client, "/staff/groups/agrifood/plan").await;
    let brand = editor.find("Joint brand").unwrap();
    let id: String = editor[..brand]
        .rsplit("/staff/actions/")
        .next()
        .unwrap()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let moved = post(
        &app,
        &client,
        &format!("/staff/actions/{id}/move"),
        &[("csrf_token", &csrf), ("step", "up")],
    )
    .await;
    assert_eq!(moved.status(), 303);
    let plan: Value = app
        .get("/api/v1/groups/agrifood/plan")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(plan["actions"][0]["title"], "Joint brand");
    let deleted = post(
        &app,
        &client,
        &format!("/staff/actions/{id}/delete"),
        &[("csrf_token", &csrf)],
    )
    .await;
    assert_eq!(
        location(&deleted),
        "/staff/groups/agrifood/plan?done=deleted"
    );

    // Materials from the staff page: a file, a link, the mail, a deletion.
    app.register(event, "ana@example.si", "SI").await;
    let page = format!("/staff/events/{event}/materials");
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", csrf.clone())
        .text("title", "Verbale")
        .text("kind", "minutes")
        .text("visibility", "participants")
        .part(
            "file",
            reqwest::multipart::Part::bytes(b"%PDF-1.4\n%%EOF\n".to_vec()).file_name("verbale.pdf"),
        );
    let uploaded = client
        .post(app.url(&page))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(location(&uploaded), format!("{page}?done=added"));
    let bad_link = reqwest::multipart::Form::new()
        .text("csrf_token", csrf.clone())
        .text("title", "Evil")
        .text("kind", "video")
        .text("url", "javascript:alert(1)");
    let refused = client
        .post(app.url(&page))
        .multipart(bad_link)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    // What was typed stays, so that only the link needs correcting.
    let again = refused.text().await.unwrap();
    assert!(
        again.contains(r#"value="Evil""#) && again.contains(r#"<option value="video" selected>"#),
        "{again}"
    );
    let (status, listed) = text(&app, &client, &page).await;
    assert_eq!(status, 200);
    assert!(
        listed.contains("Verbale") && listed.contains("/materials/"),
        "{listed}"
    );
    let told = post(
        &app,
        &client,
        &format!("{page}/announce"),
        &[("csrf_token", &csrf)],
    )
    .await;
    assert_eq!(location(&told), format!("{page}?done=told"));
    assert_eq!(app.outbox_of_kind("materials_online").await.len(), 1);
    // The page says they were told, so nobody sends it twice unawares.
    let (_, told_page) = text(&app, &client, &page).await;
    assert!(
        told_page.contains("They were last told on")
            && told_page.contains("Tell the participants again"),
        "{told_page}"
    );
    // The page says they were told, so nobody sends it twice unawares.
    let (_, told_page) = text(&app, &client, &page).await;
    assert!(
        told_page.contains("They were last told on")
            && told_page.contains("Tell the participants again"),
        "{told_page}"
    );
    let id: String = listed
        .split("/staff/materials/")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let gone = post(
        &app,
        &client,
        &format!("/staff/materials/{id}/delete"),
        &[("csrf_token", &csrf)],
    )
    .await;
    assert_eq!(location(&gone), format!("{page}?done=deleted"));
}

on_both_backends!(a_coordinator_writes_adopts_and_compares_a_plan_on_the_pages);
