//! Strategic plans and key actions (CONTRACT.md, "Strategic plans and key actions"):
//! who reads and edits them, progress computed from events held and who attended,
//! progress set by hand with a reason, adoption freezing versions.

use serde_json::{json, Value};

use crate::helpers::{assert_error, event_body, spawn_app, Backend, TestApp};

/// An event of `group` held `days_ago` days ago, with each of `people` (email,
/// organisation, country) registered and marked attended.
pub async fn held_event(
    app: &TestApp,
    token: &str,
    group: &str,
    days_ago: i64,
    people: &[(&str, &str, &str)],
) -> i64 {
    let title = format!("Forum held {days_ago} days ago");
    let event = app
        .published_event(token, &event_body(group, 1, &title))
        .await;
    for (email, organisation, country) in people {
        let person = json!({"name": "P", "email": email, "organisation": organisation,
            "country": country});
        app.registered(event, &person).await;
    }
    app.move_event_back(event, days_ago + 1).await;
    let path = format!("/api/v1/events/{event}/registrations");
    let registrations: Vec<Value> = app.get_as(&path, token).await.json().await.unwrap();
    for registration in registrations {
        let id = registration["id"].as_i64().unwrap();
        let marked = app
            .client
            .put(app.url(&format!("{path}/{id}/attendance")))
            .bearer_auth(token)
            .json(&json!({"attendance": "attended"}))
            .send()
            .await
            .unwrap();
        assert_eq!(marked.status(), 200);
    }
    event
}

async fn action(app: &TestApp, token: &str, group: &str, body: Value) -> Value {
    let path = format!("/api/v1/groups/{group}/plan/actions");
    let response = app.post_json(&path, &body, Some(token)).await;
    let status = response.status();
    let json: Value = response.json().await.unwrap();
    assert_eq!(status, 201, "{json}");
    json
}

async fn plan(app: &TestApp, token: Option<&str>, group: &str) -> (u16, Value) {
    let path = format!("/api/v1/groups/{group}/plan");
    let response = match token {
        Some(token) => app.get_as(&path, token).await,
        None => app.get(&path).await,
    };
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

fn close(a: &Value, b: f64) -> bool {
    (a.as_f64().unwrap() - b).abs() < 1e-3
}

async fn only_the_groups_staff_edit_and_others_read_once_adopted(backend: Backend) {
    let app = spawn_app(backend).await;
    let own = app
        .coordinator_token("agri@example.org", &["agrifood"])
        .await;
    let other = app.coordinator_token("ict@example.org", &["ict"]).await;
    let body =
        json!({"title": "Agrifood meta-district", "summary": "Why and how.\n\nSecond paragraph."});
    assert_eq!(plan(&app, None, "agrifood").await.0, 404);
    let put = |token: &str, body: &Value| {
        let request = app
            .client
            .put(app.url("/api/v1/groups/agrifood/plan"))
            .bearer_auth(token)
            .json(body);
        async move { request.send().await.unwrap() }
    };
    assert_eq!(put(&other, &body).await.status(), 403);
    let created = put(&own, &body).await;
    assert_eq!(created.status(), 200);
    let created: Value = created.json().await.unwrap();
    assert_eq!(
        (created["status"].clone(), created["version"].clone()),
        (json!("draft"), json!(0))
    );
    assert_error(
        put(&own, &json!({"summary": "no title"})).await,
        422,
        "invalid_input",
    )
    .await;
    // Before the first adoption only the group's staff see it.
    assert_eq!(plan(&app, None, "agrifood").await.0, 404);
    assert_eq!(plan(&app, Some(&other), "agrifood").await.0, 404);
    assert_eq!(plan(&app, Some(&own), "agrifood").await.0, 200);
    let first = action(&app, &own, "agrifood", json!({"title": "Joint branding"})).await;
    let adopt = "/api/v1/groups/agrifood/plan/adopt";
    assert_eq!(app.post_empty(adopt, Some(&other)).await.status(), 403);
    let adopted: Value = app
        .post_empty(adopt, Some(&own))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (adopted["status"].clone(), adopted["version"].clone()),
        (json!("adopted"), json!(1))
    );
    assert!(adopted["adopted_at"].is_string());
    let (status, public) = plan(&app, None, "agrifood").await;
    assert_eq!(
        (status, public["title"].clone()),
        (200, json!("Agrifood meta-district"))
    );

    // A change after adoption makes it a draft; the version keeps what was adopted.
    let path = format!("/api/v1/actions/{}", first["id"]);
    let renamed = app
        .patch_json(&path, &json!({"title": "A shared brand"}), &own)
        .await;
    assert_eq!(renamed.status(), 200);
    assert_eq!(
        app.patch_json(&path, &json!({"title": "x"}), &other)
            .await
            .status(),
        403
    );
    assert_eq!(plan(&app, None, "agrifood").await.1["status"], "draft");
    let versions: Value = app
        .get("/api/v1/groups/agrifood/plan/versions")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(versions.as_array().unwrap().len(), 1);
    assert_eq!(versions[0]["version"], 1);
    let frozen: Value = app
        .get("/api/v1/groups/agrifood/plan/versions/1")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(frozen["actions"][0]["title"], "Joint branding");
    assert_eq!(frozen["status"], "adopted");
    assert_eq!(
        app.get("/api/v1/groups/agrifood/plan/versions/2")
            .await
            .status(),
        404
    );
    app.post_empty(adopt, Some(&own)).await;
    let versions: Value = app
        .get("/api/v1/groups/agrifood/plan/versions")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(versions[0]["version"], 2);

    // Deleting: other staff may not; the group's staff may, and it is gone.
    let delete = |token: &str| {
        let request = app.client.delete(app.url(&path)).bearer_auth(token);
        async move { request.send().await.unwrap().status() }
    };
    assert_eq!(delete(&other).await, 403);
    assert_eq!(delete(&own).await, 204);
    assert_eq!(delete(&own).await, 404);
    let audit: Value = app
        .get_as("/api/v1/audit", &app.admin_token().await)
        .await
        .json()
        .await
        .unwrap();
    let actions: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    for done in [
        "plan.change",
        "plan.adopt",
        "action.add",
        "action.change",
        "action.delete",
    ] {
        assert!(actions.contains(&done), "{done} not in {actions:?}");
    }
}

async fn progress_is_computed_from_events_held_and_who_attended(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let body = json!({"title": "Plan"});
    app.client
        .put(app.url("/api/v1/groups/agrifood/plan"))
        .bearer_auth(&token)
        .json(&body)
        .send()
        .await
        .unwrap();
    let held = held_event(
        &app,
        &token,
        "agrifood",
        3,
        &[
            ("ana@x.si", "RRA Koroška", "SI"),
            ("jan@x.si", "rra  koroška.", "SI"),
            ("eva@x.hu", "Pannon", "HU"),
        ],
    )
    .await;
    let coming = app
        .published_event(&token, &event_body("agrifood", 20, "Coming forum"))
        .await;
    let other_group = app
        .published_event(&token, &event_body("ict", 20, "ICT forum"))
        .await;

    // Targets set: the mean of min(1, achieved / target).
    let targets = action(
        &app,
        &token,
        "agrifood",
        json!({"title": "Forums", "targets": {"events": 2, "participants": 4, "countries": 3},
            "events": [held, coming], "owners": [{"organisation": "Milano Metropoli", "country": "IT"}],
            "due": "2027-06-30"}),
    )
    .await;
    assert_eq!(
        targets["achieved"],
        json!({"events": 1, "participants": 3, "organisations": 2, "countries": 2})
    );
    assert!(
        close(
            &targets["progress"]["value"],
            (0.5 + 0.75 + 2.0 / 3.0) / 3.0
        ),
        "{targets}"
    );
    assert_eq!(targets["progress"]["basis"], "computed");
    assert_eq!(targets["owners"][0]["country"], "IT");
    assert_eq!(targets["due"], "2027-06-30");
    // No targets: held linked events over linked events; none linked is 0.
    let ratio = action(
        &app,
        &token,
        "agrifood",
        json!({"title": "Visits", "events": [held, coming]}),
    )
    .await;
    assert!(close(&ratio["progress"]["value"], 0.5), "{ratio}");
    let bare = action(&app, &token, "agrifood", json!({"title": "Bare"})).await;
    assert!(close(&bare["progress"]["value"], 0.0));
    // Sub-actions: a parent without targets takes their mean (dropped ones aside).
    let parent = action(&app, &token, "agrifood", json!({"title": "Parent"})).await;
    let pid = parent["id"].clone();
    action(
        &app,
        &token,
        "agrifood",
        json!({"title": "Sub 1", "parent_id": pid, "events": [held]}),
    )
    .await;
    action(
        &app,
        &token,
        "agrifood",
        json!({"title": "Sub 2", "parent_id": pid, "events": [coming]}),
    )
    .await;
    action(
        &app,
        &token,
        "agrifood",
        json!({"title": "Sub 3", "parent_id": pid, "status": "dropped", "events": [held]}),
    )
    .await;
    // Events of another group are refused, naming `events`.
    let refused = assert_error(
        app.post_json(
            "/api/v1/groups/agrifood/plan/actions",
            &json!({"title": "Cross", "events": [other_group]}),
            Some(&token),
        )
        .await,
        422,
        "invalid_input",
    )
    .await;
    assert!(
        refused["error"]["fields"]["events"].is_string(),
        "{refused}"
    );
    // A sub-action of a sub-action is refused.
    let subs: Value = plan(&app, Some(&token), "agrifood").await.1;
    let sub1 = subs["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Sub 1")
        .unwrap()["id"]
        .clone();
    assert_error(
        app.post_json(
            "/api/v1/groups/agrifood/plan/actions",
            &json!({"title": "Too deep", "parent_id": sub1}),
            Some(&token),
        )
        .await,
        422,
        "invalid_input",
    )
    .await;

    // A dropped top-level action is left out of the plan's progress.
    action(
        &app,
        &token,
        "agrifood",
        json!({"title": "Dropped", "status": "dropped", "events": [held]}),
    )
    .await;
    let (_, whole) = plan(&app, Some(&token), "agrifood").await;
    let of = |title: &str| {
        whole["actions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["title"] == title)
            .unwrap()
            .clone()
    };
    assert!(close(&of("Parent")["progress"]["value"], 0.5), "{whole}");
    let expected = ((0.5 + 0.75 + 2.0 / 3.0) / 3.0 + 0.5 + 0.0 + 0.5) / 4.0;
    assert!(close(&whole["progress"], expected), "{whole}");
    // Sub-actions follow their parent.
    let titles: Vec<&str> = whole["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        ["Forums", "Visits", "Bare", "Parent", "Sub 1", "Sub 2", "Sub 3", "Dropped"]
    );

    // By hand: a reason is required; null goes back to computed.
    let path = format!("/api/v1/actions/{}", bare["id"]);
    let missing = assert_error(
        app.patch_json(&path, &json!({"progress": {"value": 0.8}}), &token)
            .await,
        422,
        "invalid_input",
    )
    .await;
    assert!(missing["error"]["fields"]["progress.reason"].is_string());
    let empty = assert_error(
        app.patch_json(
            &path,
            &json!({"progress": {"value": 0.8, "reason": "  "}}),
            &token,
        )
        .await,
        422,
        "invalid_input",
    )
    .await;
    assert!(empty["error"]["fields"]["progress.reason"].is_string());
    let manual: Value = app
        .patch_json(
            &path,
            &json!({"progress": {"value": 0.8, "reason": "Brand registered"}}),
            &token,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        manual["progress"],
        json!({"value": 0.8, "basis": "manual", "reason": "Brand registered"})
    );
    let computed: Value = app
        .patch_json(&path, &json!({"progress": null}), &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        computed["progress"],
        json!({"value": 0.0, "basis": "computed", "reason": null})
    );

    // Never stale: attendance marked later counts at the next read.
    let person =
        json!({"name": "Late", "email": "late@x.at", "organisation": "Graz", "country": "AT"});
    let answer = app.registered(coming, &person).await;
    assert!(answer["id"].is_i64(), "{answer}");
    app.move_event_back(coming, 25).await;
    let (_, again) = plan(&app, Some(&token), "agrifood").await;
    let forums = again["actions"][0].clone();
    assert_eq!(forums["achieved"]["events"], 2, "{forums}");
}

on_both_backends!(
    only_the_groups_staff_edit_and_others_read_once_adopted,
    progress_is_computed_from_events_held_and_who_attended,
);

/// The plan on the site: its own page in the reader's language, a card on the
/// group's page, and on each event page the actions it serves and its public
/// materials; the manage link opens the participants' ones.
#[actix_web::test]
async fn the_plan_and_the_materials_are_on_the_pages() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    app.client
        .put(app.url("/api/v1/groups/agrifood/plan"))
        .bearer_auth(&token)
        .json(
            &json!({"title": "Agrifood meta-district", "summary": "First.\n\nSecond <b>bold</b>."}),
        )
        .send()
        .await
        .unwrap();
    let held = held_event(&app, &token, "agrifood", 3, &[("ana@x.si", "RRA", "SI")]).await;
    // A draft linked too: its title is not the public's yet.
    let draft = app
        .create_event(&token, &event_body("agrifood", 40, "Secret draft forum"))
        .await["id"]
        .clone();
    let served = action(
        &app,
        &token,
        "agrifood",
        json!({"title": "Shared cold chain", "events": [held, draft], "targets": {"events": 2},
            "owners": [{"organisation": "Milano Metropoli", "country": "IT"}], "due": "2027-06-30"}),
    )
    .await;
    // Not adopted yet: the public sees no plan, no card, no link.
    assert_eq!(app.get("/groups/agrifood/plan").await.status(), 404);
    let group = app.get("/groups/agrifood").await.text().await.unwrap();
    assert!(!group.contains("Agrifood meta-district"));
    let event_page = app
        .get(&format!("/events/{held}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!event_page.contains("Shared cold chain"));
    app.post_empty("/api/v1/groups/agrifood/plan/adopt", Some(&token))
        .await;

    let german = reqwest::Client::builder()
        .default_headers(
            [(reqwest::header::ACCEPT_LANGUAGE, "de".parse().unwrap())]
                .into_iter()
                .collect(),
        )
        .build()
        .unwrap();
    let page = german
        .get(app.url("/groups/agrifood/plan"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for text in [
        "Agrifood meta-district",
        "Schlüsselmaßnahmen",
        "Shared cold chain",
        "50 % erreicht",
        "Milano Metropoli (IT)",
        "1 von 2",
        "30. Jun 2027",
        "Second &lt;b&gt;bold&lt;&#x2F;b&gt;.",
        &format!("href=\"/events/{held}\""),
    ] {
        assert!(page.contains(text), "{text} missing: {page}");
    }
    assert!(!page.contains("Secret draft forum"), "{page}");
    let group = app.get("/groups/agrifood").await.text().await.unwrap();
    assert!(group.contains("href=\"/groups/agrifood/plan\""), "{group}");
    assert!(group.contains("Key actions: Shared cold chain"), "{group}");
    let anchor = format!("/groups/agrifood/plan#action-{}", served["id"]);

    let path = format!("/api/v1/events/{held}/materials");
    let pdf: &[u8] = b"%PDF-1.7\n%%EOF\n";
    for (title, visibility) in [
        ("Open slides", "public"),
        ("Minutes for us", "participants"),
    ] {
        let fields = [
            ("title", title),
            ("kind", "minutes"),
            ("visibility", visibility),
        ];
        let added = crate::materials::upload(&app, &path, &token, "m.pdf", pdf, &fields).await;
        assert_eq!(added.status(), 201);
    }
    let event_page = app
        .get(&format!("/events/{held}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(event_page.contains(&anchor), "{event_page}");
    assert!(event_page.contains("Open slides") && !event_page.contains("Minutes for us"));
    let manage: String = app
        .query(move |conn| {
            use clustercord::db::schema::registrations;
            use diesel::prelude::*;
            registrations::table
                .filter(registrations::event_id.eq(held))
                .select(registrations::manage_token)
                .first(conn)
        })
        .await;
    let mine = app
        .get(&format!("/registrations/{manage}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        mine.contains("Minutes for us") && mine.contains(&format!("?token={manage}")),
        "{mine}"
    );
}
