//! The thematic groups API.

use crate::helpers::{assert_error, spawn_app, spawn_app_on, Backend, TestDb};
use serde_json::{json, Value};

async fn the_five_programme_groups_exist_after_start(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/api/v1/groups").await;
    assert_eq!(response.status(), 200);
    let groups: Vec<Value> = response.json().await.unwrap();
    let mut slugs: Vec<&str> = groups.iter().map(|g| g["slug"].as_str().unwrap()).collect();
    slugs.sort();
    assert_eq!(
        slugs,
        [
            "agrifood",
            "energy-environment",
            "ict",
            "natural-sciences",
            "tourism"
        ]
    );
}

async fn restarting_on_the_same_database_seeds_nothing_twice(backend: Backend) {
    let first = spawn_app_on(TestDb::new(backend), |_| {}).await;
    let token = first.admin_token().await;
    let second = spawn_app_on(first.db.same_database(), |_| {}).await;
    let groups: Vec<Value> = second.get("/api/v1/groups").await.json().await.unwrap();
    assert_eq!(groups.len(), 5);
    // The admin of the first start still signs in; no second admin was made.
    assert!(!second.admin_token().await.is_empty());
    assert!(!token.is_empty());
    let admins = second
        .query(|conn| {
            use clustercord::db::schema::staff_users::dsl::*;
            use diesel::prelude::*;
            staff_users
                .filter(role.eq("admin"))
                .count()
                .get_result::<i64>(conn)
        })
        .await;
    assert_eq!(admins, 1);
}

async fn a_group_is_found_by_slug_and_an_unknown_one_is_404(backend: Backend) {
    let app = spawn_app(backend).await;
    let group: Value = app
        .get("/api/v1/groups/energy-environment")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(group["name"], "Energy & Environment");
    assert_error(
        app.get("/api/v1/groups/space-travel").await,
        404,
        "not_found",
    )
    .await;
}

async fn an_admin_creates_a_group_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let body = json!({"slug": "wood-industry", "name": "Wood Industry", "description": "Timber and furniture"});
    let response = app.post_json("/api/v1/groups", &body, Some(&token)).await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.unwrap();
    assert_eq!(created["slug"], "wood-industry");
    assert_eq!(app.get("/api/v1/groups/wood-industry").await.status(), 200);
    let again = assert_error(
        app.post_json("/api/v1/groups", &body, Some(&token)).await,
        422,
        "invalid_input",
    )
    .await;
    assert!(again["error"]["fields"]["slug"].is_string());
}

async fn only_admins_create_groups(backend: Backend) {
    let app = spawn_app(backend).await;
    let body = json!({"slug": "health", "name": "Health"});
    assert_error(
        app.post_json("/api/v1/groups", &body, None).await,
        401,
        "unauthorized",
    )
    .await;
    let coordinator = app.coordinator_token("coord@example.org", &["ict"]).await;
    assert_error(
        app.post_json("/api/v1/groups", &body, Some(&coordinator))
            .await,
        403,
        "forbidden",
    )
    .await;
}

on_both_backends!(
    the_five_programme_groups_exist_after_start,
    restarting_on_the_same_database_seeds_nothing_twice,
    a_group_is_found_by_slug_and_an_unknown_one_is_404,
    an_admin_creates_a_group_once,
    only_admins_create_groups,
);

#[actix_web::test]
async fn invalid_group_input_names_every_bad_field() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let long = "x".repeat(121);
    let cases = [
        (json!({}), vec!["slug", "name"]),
        (
            json!({"slug": "Bad Slug", "name": ""}),
            vec!["slug", "name"],
        ),
        (json!({"slug": "ok-slug", "name": long}), vec!["name"]),
        (json!({"slug": "-x", "name": "Fine"}), vec!["slug"]),
        (json!({"slug": 7, "name": "Fine"}), vec!["slug"]),
    ];
    for (body, fields) in cases {
        crate::helpers::assert_invalid_fields(
            app.post_json("/api/v1/groups", &body, Some(&token)).await,
            &fields,
            &body,
        )
        .await;
    }
}
