//! Staff tokens, the bootstrap admin, and the limits on guessing.

use crate::helpers::{
    assert_error, spawn_app, spawn_app_with, Backend, ADMIN_EMAIL, ADMIN_PASSWORD,
};
use serde_json::Value;

async fn the_bootstrap_admin_gets_a_token(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.create_token(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.unwrap();
    assert!(body["token"].as_str().unwrap().len() >= 43);
    assert!(chrono::DateTime::parse_from_rfc3339(body["expires_at"].as_str().unwrap()).is_ok());
    // The email is matched without case.
    assert_eq!(
        app.create_token(&ADMIN_EMAIL.to_uppercase(), ADMIN_PASSWORD)
            .await
            .status(),
        201
    );
}

async fn a_wrong_password_or_an_unknown_account_is_401(backend: Backend) {
    let app = spawn_app(backend).await;
    assert_error(
        app.create_token(ADMIN_EMAIL, "not the password at all")
            .await,
        401,
        "unauthorized",
    )
    .await;
    assert_error(
        app.create_token("nobody@example.org", ADMIN_PASSWORD).await,
        401,
        "unauthorized",
    )
    .await;
}

async fn a_forged_or_missing_token_is_401(backend: Backend) {
    let app = spawn_app(backend).await;
    let real = app.admin_token().await;
    // The real token with its last character changed.
    let last = if real.ends_with('A') { 'B' } else { 'A' };
    let forged = format!("{}{last}", &real[..real.len() - 1]);
    assert_error(
        app.get_as("/api/v1/mail", &forged).await,
        401,
        "unauthorized",
    )
    .await;
    assert_error(app.get("/api/v1/mail").await, 401, "unauthorized").await;
    assert_eq!(app.get_as("/api/v1/mail", &real).await.status(), 200);
}

async fn tokens_are_stored_hashed(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let stored: Vec<String> = app
        .query(|conn| {
            use clustercord::db::schema::api_tokens::dsl::*;
            use diesel::prelude::*;
            api_tokens.select(token_hash).load::<String>(conn)
        })
        .await;
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], token);
    assert_eq!(stored[0], clustercord::secrets::hash_token(&token));
}

on_both_backends!(
    the_bootstrap_admin_gets_a_token,
    a_wrong_password_or_an_unknown_account_is_401,
    a_forged_or_missing_token_is_401,
    tokens_are_stored_hashed,
);

#[actix_web::test]
async fn repeated_failed_logins_make_that_address_wait_with_429() {
    let app = spawn_app(Backend::Sqlite).await;
    for _ in 0..3 {
        assert_eq!(
            app.create_token(ADMIN_EMAIL, "wrong password guess")
                .await
                .status(),
            401
        );
    }
    // From this address even the right password waits now (other addresses do
    // not: see security::guesses_from_one_address_never_stop_the_owner...).
    let response = app.create_token(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert!(response.headers().contains_key("retry-after"));
    assert_error(response, 429, "rate_limited").await;
}

#[actix_web::test]
async fn public_posts_are_rate_limited_per_address() {
    let app = spawn_app_with(Backend::Sqlite, |config| config.rate_limit_per_minute = 3).await;
    for _ in 0..3 {
        assert_eq!(
            app.create_token("nobody@example.org", "whatever password")
                .await
                .status(),
            401
        );
    }
    let response = app
        .create_token("nobody@example.org", "whatever password")
        .await;
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after));
    assert_error(response, 429, "rate_limited").await;
}

#[actix_web::test]
async fn a_coordinator_sees_only_mail_about_their_groups() {
    let app = spawn_app(Backend::Sqlite).await;
    app.queue_test_message("someone@example.org").await;
    let admin = app.admin_token().await;
    // One confirmation about an event of their group, one about another group's.
    for (group, title) in [("tourism", "Coast forum"), ("ict", "Chip forum")] {
        let body = crate::helpers::event_body(group, 10, title);
        let event = app.published_event(&admin, &body).await;
        let person = serde_json::json!({"name": "P", "email": format!("p@{group}.example"), "country": "IT"});
        let registered = app
            .post_json(
                &format!("/api/v1/events/{event}/registrations"),
                &person,
                None,
            )
            .await;
        assert_eq!(registered.status(), 201);
    }
    let all: Vec<Value> = app
        .get_as("/api/v1/mail", &admin)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(all.len(), 3, "{all:?}");
    let coordinator = app
        .coordinator_token("coord@example.org", &["tourism"])
        .await;
    let theirs: Vec<Value> = app
        .get_as("/api/v1/mail", &coordinator)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        theirs.len(),
        1,
        "only the mail about their group: {theirs:?}"
    );
    assert_eq!(theirs[0]["recipient"], "p@tourism.example");
    assert!(theirs[0]["subject"]
        .as_str()
        .unwrap()
        .contains("Coast forum"));
}
