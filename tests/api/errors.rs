//! Bad requests get the contract's error body, never a 5xx.

use crate::helpers::{assert_error, spawn_app, Backend};

#[actix_web::test]
async fn malformed_json_is_400_with_the_error_body() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app
        .client
        .post(app.url("/api/v1/auth/tokens"))
        .header("content-type", "application/json")
        .body(r#"{"email": "a@b.org", "password": "#)
        .send()
        .await
        .unwrap();
    assert_error(response, 400, "invalid_json").await;
}

#[actix_web::test]
async fn json_of_the_wrong_shape_is_422_naming_the_field() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app
        .post_json(
            "/api/v1/auth/tokens",
            &serde_json::json!({"email": "a@b.org"}),
            None,
        )
        .await;
    let body = assert_error(response, 422, "invalid_input").await;
    assert!(body["error"]["fields"]["password"].is_string(), "{body}");
}

#[actix_web::test]
async fn a_wrong_content_type_is_415() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app
        .client
        .post(app.url("/api/v1/auth/tokens"))
        .header("content-type", "text/plain")
        .body("email=a")
        .send()
        .await
        .unwrap();
    assert_error(response, 415, "unsupported_media_type").await;
}

#[actix_web::test]
async fn an_oversized_body_is_413() {
    let app = spawn_app(Backend::Sqlite).await;
    let huge = format!(
        r#"{{"email": "a@b.org", "password": "{}"}}"#,
        "x".repeat(300 * 1024)
    );
    let response = app
        .client
        .post(app.url("/api/v1/auth/tokens"))
        .header("content-type", "application/json")
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_error(response, 413, "payload_too_large").await;
}

#[actix_web::test]
async fn unknown_api_routes_and_methods_answer_json() {
    let app = spawn_app(Backend::Sqlite).await;
    assert_error(app.get("/api/v1/nothing-here").await, 404, "not_found").await;
    assert_error(app.get("/api/elsewhere").await, 404, "not_found").await;
    let delete = app
        .client
        .delete(app.url("/api/v1/groups"))
        .send()
        .await
        .unwrap();
    assert_error(delete, 405, "method_not_allowed").await;
}

#[actix_web::test]
async fn a_bad_query_is_422() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let body = assert_error(
        app.get_as("/api/v1/mail?status=lost", &token).await,
        422,
        "invalid_input",
    )
    .await;
    assert!(body["error"]["fields"]["status"].is_string());
}
