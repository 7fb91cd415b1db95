//! Health, metrics and the OpenAPI document.

use crate::helpers::{spawn_app, Backend};
use serde_json::Value;

async fn health_answers_ok_while_the_database_answers(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/health").await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        serde_json::json!({"status": "ok"})
    );
}

async fn metrics_count_requests_by_route_and_the_outbox(backend: Backend) {
    let app = spawn_app(backend).await;
    app.get("/api/v1/groups/ict").await;
    app.get("/api/v1/groups/agrifood").await;
    app.queue_test_message("someone@example.org").await;
    let text = app.get("/metrics").await.text().await.unwrap();
    assert!(
        text.contains(r#"clustercord_http_requests_total{method="GET",route="/api/v1/groups/{slug}",status="200"} 2"#),
        "{text}"
    );
    assert!(
        text.contains("clustercord_http_request_duration_seconds_bucket"),
        "{text}"
    );
    assert!(
        text.contains(r#"clustercord_outbox_messages{status="pending"} 1"#),
        "{text}"
    );
}

on_both_backends!(
    health_answers_ok_while_the_database_answers,
    metrics_count_requests_by_route_and_the_outbox
);

#[actix_web::test]
async fn health_is_503_when_the_database_is_gone() {
    let app = spawn_app(Backend::Postgres).await;
    let database = app.db.url.rsplit('/').next().unwrap();
    let name = database.split('?').next().unwrap().to_owned();
    // Ends every connection of the app and removes its database.
    use diesel::{Connection, RunQueryDsl};
    let mut admin =
        diesel::PgConnection::establish(&crate::helpers::postgres_url("postgres")).unwrap();
    diesel::sql_query(format!("DROP DATABASE {name} WITH (FORCE)"))
        .execute(&mut admin)
        .unwrap();
    let response = app.get("/health").await;
    assert_eq!(response.status(), 503);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "unavailable");
}

#[actix_web::test]
async fn the_openapi_document_describes_the_api() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app.get("/api/openapi.json").await;
    assert_eq!(response.status(), 200);
    let doc: Value = response.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/health",
        "/api/v1/auth/tokens",
        "/api/v1/groups",
        "/api/v1/groups/{slug}",
        "/api/v1/mail",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} missing");
    }
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
}

#[actix_web::test]
async fn pages_and_api_carry_security_headers() {
    let app = spawn_app(Backend::Sqlite).await;
    for path in ["/", "/api/v1/groups"] {
        let response = app.get(path).await;
        let headers = response.headers();
        assert_eq!(headers["x-content-type-options"], "nosniff");
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
    }
}
