//! Authorization, driven by the route table the API publishes (its OpenAPI
//! document), so that a new route cannot be forgotten: every operation that
//! declares bearer security refuses anonymous callers and unknown tokens, and an
//! operation without it must be on the list of public ones.

use serde_json::Value;

use crate::helpers::{event_body, spawn_app, Backend};

#[actix_web::test]
async fn every_secured_api_route_refuses_anonymous_and_unknown_callers() {
    let app = spawn_app(Backend::Sqlite).await;
    let coordinator = app.coordinator_token("coord@example.org", &["ict"]).await;
    let event = app
        .published_event(&coordinator, &event_body("ict", 30, "Visit"))
        .await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let mut secured = 0;
    let mut public = Vec::new();
    for (path, operations) in doc["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            let declared = operation["security"]
                .as_array()
                .is_some_and(|s| s.iter().any(|r| r.get("bearer").is_some()));
            if !declared {
                public.push(format!("{} {path}", method.to_uppercase()));
                continue;
            }
            secured += 1;
            let url = path
                .replace("{id}", &event.to_string())
                .replace("{registration_id}", "1")
                .replace("{slug}", "ict");
            assert!(!url.contains('{'), "unfilled parameter in {path}");
            for token in [None, Some("not-a-token")] {
                let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
                let mut request = app
                    .client
                    .request(method.clone(), app.url(&url))
                    .json(&Value::Object(Default::default()));
                if let Some(token) = token {
                    request = request.bearer_auth(token);
                }
                let response = request.send().await.unwrap();
                assert_eq!(
                    response.status(),
                    401,
                    "{method} {url} with token {token:?}"
                );
                let body: Value = response.json().await.unwrap();
                assert_eq!(body["error"]["code"], "unauthorized", "{method} {url}");
            }
        }
    }
    assert_eq!(secured, 19, "secured operations");
    // Anything else must be declared secured, or be added here on purpose.
    public.sort();
    assert_eq!(
        public,
        [
            "GET /api/v1/events",
            "GET /api/v1/events/{id}",
            "GET /api/v1/groups",
            "GET /api/v1/groups/{slug}",
            "GET /api/v1/registrations/{token}",
            "GET /health",
            "POST /api/v1/auth/tokens",
            "POST /api/v1/events/{id}/registrations",
            "POST /api/v1/registrations/{token}/cancel",
        ]
    );
}
