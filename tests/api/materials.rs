//! Materials of events and groups (CONTRACT.md, "Materials"): files and links,
//! who sees each, downloads, the 25 MiB limit, deletion and the mail that says
//! they are online.

use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{assert_error, event_body, spawn_app, Backend, TestApp};

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

/// Uploads `bytes` as `name` with the given fields; returns the response.
pub async fn upload(
    app: &TestApp,
    path: &str,
    token: &str,
    name: &str,
    bytes: &[u8],
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_owned()),
    );
    for (key, value) in fields {
        form = form.text(key.to_string(), value.to_string());
    }
    app.client
        .post(app.url(path))
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn listed(app: &TestApp, path: &str, token: Option<&str>) -> Vec<String> {
    let response = match token {
        Some(token) => app.get_as(path, token).await,
        None => app.get(path).await,
    };
    assert_eq!(response.status(), 200, "{path}");
    let body: Vec<Value> = response.json().await.unwrap();
    body.iter()
        .map(|m| m["title"].as_str().unwrap().to_owned())
        .collect()
}

/// The resident memory of this process (the app runs inside it), in KiB.
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

async fn each_material_is_seen_by_whom_its_visibility_says(backend: Backend) {
    let app = spawn_app(backend).await;
    let own = app
        .coordinator_token("agri@example.org", &["agrifood"])
        .await;
    let other = app.coordinator_token("ict@example.org", &["ict"]).await;
    let event = app
        .published_event(&own, &event_body("agrifood", 10, "Olive oil forum"))
        .await;
    let other_event = app
        .published_event(&own, &event_body("agrifood", 30, "Wine forum"))
        .await;
    let capped = {
        let mut body = event_body("agrifood", 50, "Tiny visit");
        body["capacity"] = json!(1);
        app.published_event(&own, &body).await
    };
    let path = format!("/api/v1/events/{event}/materials");
    // A file: its type from the bytes, its name without folders.
    let minutes = upload(
        &app,
        &path,
        &own,
        "../../minutes.exe",
        PDF,
        &[
            ("title", "Minutes"),
            ("kind", "minutes"),
            ("language", "it"),
            ("visibility", "participants"),
        ],
    )
    .await;
    assert_eq!(minutes.status(), 201);
    let minutes: Value = minutes.json().await.unwrap();
    assert_eq!(
        minutes["file"],
        json!({"name": "minutes.exe", "size": PDF.len(), "content_type": "application/pdf"})
    );
    assert_eq!(
        (
            minutes["group"].clone(),
            minutes["event_id"].clone(),
            minutes["url"].clone()
        ),
        (json!("agrifood"), json!(event), Value::Null)
    );
    let slides = upload(
        &app,
        &path,
        &own,
        "slides.txt",
        b"<html><script>alert(1)</script>",
        &[
            ("title", "Slides"),
            ("kind", "slides"),
            ("visibility", "public"),
        ],
    )
    .await;
    let slides: Value = slides.json().await.unwrap();
    assert_eq!(slides["file"]["content_type"], "text/plain; charset=utf-8");
    let link = app
        .post_json(
            &path,
            &json!({"title": "Recording", "kind": "video", "visibility": "public",
                "url": "https://www.youtube.com/watch?v=forum"}),
            Some(&own),
        )
        .await;
    assert_eq!(link.status(), 201);
    let link: Value = link.json().await.unwrap();
    let sheet = upload(
        &app,
        &path,
        &own,
        "sheet.pdf",
        PDF,
        &[
            ("title", "Attendance sheet"),
            ("kind", "attendance_sheet"),
            ("visibility", "staff"),
        ],
    )
    .await;
    let sheet: Value = sheet.json().await.unwrap();
    // Refusals: a script link, another group's staff, a file without a title.
    let script = assert_error(
        app.post_json(
            &path,
            &json!({"title": "x", "kind": "video", "url": "javascript:alert(document.cookie)"}),
            Some(&own),
        )
        .await,
        422,
        "invalid_input",
    )
    .await;
    assert!(script["error"]["fields"]["url"].is_string());
    let stranger = upload(
        &app,
        &path,
        &other,
        "x.pdf",
        PDF,
        &[("title", "x"), ("kind", "other")],
    )
    .await;
    assert_eq!(stranger.status(), 403);
    assert_error(
        upload(&app, &path, &own, "x.pdf", PDF, &[("kind", "other")]).await,
        422,
        "invalid_input",
    )
    .await;

    // Who sees what: confirmed participants through their manage link.
    let confirmed = app.register(event, "ana@example.si", "SI").await;
    app.register(capped, "first@example.si", "SI").await;
    let waitlisted = app.register(capped, "second@example.si", "SI").await;
    let elsewhere = app.register(other_event, "eva@example.hu", "HU").await;
    let all = ["Minutes", "Slides", "Recording", "Attendance sheet"];
    assert_eq!(listed(&app, &path, None).await, ["Slides", "Recording"]);
    assert_eq!(
        listed(&app, &format!("{path}?token={confirmed}"), None).await,
        ["Minutes", "Slides", "Recording"]
    );
    for token in [&waitlisted, &elsewhere] {
        assert_eq!(
            listed(&app, &format!("{path}?token={token}"), None).await,
            ["Slides", "Recording"]
        );
    }
    assert_eq!(listed(&app, &path, Some(&own)).await, all);
    assert_eq!(
        listed(&app, &path, Some(&other)).await,
        ["Slides", "Recording"]
    );

    // Downloads: attachments that are never sniffed; hidden ones are 404.
    let file =
        |id: &Value, query: &str| format!("/materials/{id}{query}", id = id.as_i64().unwrap());
    assert_eq!(app.get(&file(&minutes["id"], "")).await.status(), 404);
    let wait = format!("?token={waitlisted}");
    assert_eq!(app.get(&file(&minutes["id"], &wait)).await.status(), 404);
    let download = app
        .get(&file(&minutes["id"], &format!("?token={confirmed}")))
        .await;
    assert_eq!(download.status(), 200);
    let header = |name: &str| download.headers()[name].to_str().unwrap().to_owned();
    assert!(
        header("content-disposition").starts_with("attachment"),
        "{}",
        header("content-disposition")
    );
    assert!(header("content-disposition").contains("minutes.exe"));
    assert_eq!(header("content-type"), "application/pdf");
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(download.bytes().await.unwrap().as_ref(), PDF);
    let redirect = app.get(&file(&link["id"], "")).await;
    assert_eq!(redirect.status(), 303);
    assert_eq!(
        redirect.headers()["location"],
        "https://www.youtube.com/watch?v=forum"
    );
    assert_eq!(
        app.get(&file(&sheet["id"], &format!("?token={confirmed}")))
            .await
            .status(),
        404
    );
    assert_eq!(
        app.get_as(&file(&sheet["id"], ""), &own).await.status(),
        200
    );
    assert_eq!(
        app.get_as(&file(&sheet["id"], ""), &other).await.status(),
        404
    );

    // Deletion: another group's staff do not learn it exists.
    let delete = |token: &str, id: &Value| {
        let request = app
            .client
            .delete(app.url(&format!("/api/v1/materials/{id}")))
            .bearer_auth(token);
        async move { request.send().await.unwrap().status() }
    };
    assert_eq!(delete(&other, &slides["id"]).await, 404);
    assert_eq!(delete(&own, &slides["id"]).await, 204);
    assert_eq!(app.get(&file(&slides["id"], "")).await.status(), 404);

    // A group's own materials, for its events' confirmed participants.
    let group_path = "/api/v1/groups/agrifood/materials";
    let guide = upload(
        &app,
        group_path,
        &own,
        "guide.pdf",
        PDF,
        &[("title", "Cluster guide"), ("kind", "report")],
    )
    .await;
    assert_eq!(guide.status(), 201);
    assert!(listed(&app, group_path, None).await.is_empty());
    assert_eq!(
        listed(&app, &format!("{group_path}?token={elsewhere}"), None).await,
        ["Cluster guide"]
    );
    assert!(listed(&app, "/api/v1/groups/ict/materials", Some(&own))
        .await
        .is_empty());

    // Materials go with their event.
    app.execute(move |conn| {
        use clustercord::db::schema::{events, registrations};
        use diesel::prelude::*;
        diesel::delete(registrations::table.filter(registrations::event_id.eq(event)))
            .execute(conn)?;
        diesel::delete(events::table.find(event)).execute(conn)
    })
    .await;
    let left: i64 = app
        .query(move |conn| {
            use clustercord::db::schema::materials;
            use diesel::prelude::*;
            materials::table
                .filter(materials::event_id.eq(event))
                .count()
                .get_result(conn)
        })
        .await;
    assert_eq!(left, 0);
}

async fn participants_are_told_the_materials_are_online_in_their_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("tourism", 10, "Wine routes forum"))
        .await;
    let announce = format!("/api/v1/events/{event}/materials/announce");
    // Nothing to tell before there is something participants may see.
    assert_error(
        app.post_empty(&announce, Some(&token)).await,
        409,
        "conflict",
    )
    .await;
    for (email, language) in [("gianni@example.it", "it"), ("hanna@example.at", "de")] {
        let person = json!({"name": "P", "email": email, "country": "IT", "language": language});
        app.registered(event, &person).await;
    }
    let path = format!("/api/v1/events/{event}/materials");
    upload(
        &app,
        &path,
        &token,
        "verbale.pdf",
        PDF,
        &[("title", "Verbale"), ("kind", "minutes")],
    )
    .await;
    let answer: Value = app
        .post_empty(&announce, Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(answer, json!({"queued": 2}));
    let mails = app.outbox_of_kind("materials_online").await;
    assert_eq!(mails.len(), 2);
    let italian = mails
        .iter()
        .find(|m| m.recipient == "gianni@example.it")
        .unwrap();
    assert!(
        italian.subject.starts_with("Materiali online"),
        "{}",
        italian.subject
    );
    assert!(
        italian.body_text.contains("/registrations/") && italian.body_text.contains("#materials")
    );
    let german = mails
        .iter()
        .find(|m| m.recipient == "hanna@example.at")
        .unwrap();
    assert!(
        german.subject.starts_with("Unterlagen online"),
        "{}",
        german.subject
    );
}

/// A file over 25 MiB is refused with 413 as soon as its length is known, and
/// the server does not take it into memory.
async fn a_file_over_25_mib_is_refused_without_reading_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("ict", 10, "Forum"))
        .await;
    let before = rss_kib();
    let host = app.address.trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(&host).await.unwrap();
    let size = 26 * 1024 * 1024;
    let head = format!(
        "POST /api/v1/events/{event}/materials HTTP/1.1\r\nHost: {host}\r\n\
         Authorization: Bearer {token}\r\n\
         Content-Type: multipart/form-data; boundary=XX\r\nContent-Length: {size}\r\n\r\n\
         --XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    // Some of the body, not all: the answer must not wait for the rest.
    let _ = stream.write_all(&vec![b'x'; 256 * 1024]).await;
    let mut answer = vec![0; 4096];
    let read = tokio::time::timeout(std::time::Duration::from_secs(10), stream.read(&mut answer))
        .await
        .expect("an answer before the body is complete")
        .unwrap();
    let answer = String::from_utf8_lossy(&answer[..read]);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("payload_too_large"), "{answer}");
    // The answer came with 256 KiB of 26 MiB sent: the server read no more than
    // that. The process's memory (other tests run in it too) is printed for the
    // record and checked loosely: far below the file's size.
    let grown = rss_kib().saturating_sub(before);
    println!("RSS grew by {grown} KiB during the refused 26 MiB upload");
    assert!(grown < 16 * 1024, "RSS grew by {grown} KiB");
}

on_both_backends!(
    each_material_is_seen_by_whom_its_visibility_says,
    participants_are_told_the_materials_are_online_in_their_language,
    a_file_over_25_mib_is_refused_without_reading_it,
);
