//! The `clustercord` binary: settings checks, `migrate`, `admin create`, `mail send-pending`.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use crate::helpers::{spawn_app, spawn_app_on, Backend, TestDb};

fn clustercord(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_clustercord"));
    command.args(args).env_clear().env("RUST_LOG", "warn");
    for (key, value) in env {
        command.env(key, value);
    }
    command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("the binary runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_bad_setting_stops_the_program_with_one_line_naming_it() {
    let cases = [
        ("CLUSTERCORD_SECRET_KEY", "too-short"),
        ("DATABASE_URL", "mysql://nope"),
        ("CLUSTERCORD_BIND", "everywhere"),
        ("CLUSTERCORD_SMTP_URL", "carrier-pigeon://x"),
    ];
    for (variable, value) in cases {
        let output = clustercord(&["serve"], &[(variable, value)], None);
        assert_eq!(output.status.code(), Some(2), "{variable}");
        let stderr = text(&output.stderr);
        assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
        assert!(stderr.contains(variable), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn an_unreachable_postgres_is_reported_as_itself() {
    let output = clustercord(
        &["migrate"],
        &[("DATABASE_URL", "postgres://postgres@127.0.0.1:1/none")],
        None,
    );
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("cannot open postgres://"), "{stderr}");
    assert!(
        !stderr.contains("Invalid connection url for multiconnection"),
        "{stderr}"
    );
}

#[test]
fn migrate_brings_a_new_database_up_to_date_once() {
    let db = TestDb::new(Backend::Sqlite);
    let first = clustercord(&["migrate"], &[("DATABASE_URL", &db.url)], None);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(
        text(&first.stdout).starts_with("15 migration(s) applied"),
        "{}",
        text(&first.stdout)
    );
    let second = clustercord(&["migrate"], &[("DATABASE_URL", &db.url)], None);
    assert!(text(&second.stdout).starts_with("0 migration(s) applied"));
}

async fn admin_create_makes_a_coordinator_who_can_sign_in(backend: Backend) {
    let db = TestDb::new(backend);
    let output = clustercord(
        &[
            "admin",
            "create",
            "--email",
            "Marta@Agency.pl",
            "--role",
            "coordinator",
            "--group",
            "agrifood",
        ],
        &[
            ("DATABASE_URL", &db.url),
            ("CLUSTERCORD_ADMIN_PASSWORD", "a long enough password"),
        ],
        None,
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("created coordinator Marta@Agency.pl"));

    let again = clustercord(
        &["admin", "create", "--email", "marta@agency.pl"],
        &[
            ("DATABASE_URL", &db.url),
            ("CLUSTERCORD_ADMIN_PASSWORD", "a long enough password"),
        ],
        None,
    );
    assert!(!again.status.success());
    assert!(text(&again.stderr).contains("exists already"));

    let app = spawn_app_on(db, |_| {}).await;
    let token = app
        .token_for("marta@agency.pl", "a long enough password")
        .await;
    let forbidden = app
        .post_json(
            "/api/v1/groups",
            &serde_json::json!({"slug": "x-y", "name": "X"}),
            Some(&token),
        )
        .await;
    assert_eq!(forbidden.status(), 403);
}

async fn mail_send_pending_delivers_what_is_due_and_exits(backend: Backend) {
    let app = spawn_app(backend).await;
    app.queue_test_message("cron@example.org").await;
    let output = clustercord(
        &["mail", "send-pending"],
        &[
            ("DATABASE_URL", &app.db.url),
            ("CLUSTERCORD_SMTP_URL", &app.smtp.url()),
        ],
        None,
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout).trim(), "sent 1, to retry 0, failed 0");
    assert_eq!(app.smtp.messages_to("cron@example.org").len(), 1);
}

on_both_backends!(
    admin_create_makes_a_coordinator_who_can_sign_in,
    mail_send_pending_delivers_what_is_due_and_exits,
    demo_fills_an_empty_database_once,
);

#[test]
fn admin_create_reads_the_password_from_standard_input() {
    let db = TestDb::new(Backend::Sqlite);
    let output = clustercord(
        &["admin", "create", "--email", "root@example.org"],
        &[("DATABASE_URL", &db.url)],
        Some("typed on standard input\n"),
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let short = clustercord(
        &["admin", "create", "--email", "x@example.org"],
        &[("DATABASE_URL", &db.url)],
        Some("short\n"),
    );
    assert!(!short.status.success());
    assert!(text(&short.stderr).contains("at least 12 characters"));
}

#[actix_web::test]
async fn admin_password_and_disable_end_what_the_account_had_open() {
    let db = TestDb::new(Backend::Sqlite);
    let env = |password: &'static str| {
        [
            ("DATABASE_URL", db.url.clone()),
            ("CLUSTERCORD_ADMIN_PASSWORD", password.to_owned()),
        ]
    };
    let run = |args: &[&str], env: &[(&str, String)]| {
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        clustercord(args, &env, None)
    };
    let created = run(
        &["admin", "create", "--email", "ops@example.org"],
        &env("the first password"),
    );
    assert!(created.status.success(), "{}", text(&created.stderr));
    let app = spawn_app_on(db.same_database(), |_| {}).await;
    let old = app.token_for("ops@example.org", "the first password").await;

    let changed = run(
        &["admin", "password", "--email", "ops@example.org"],
        &env("the second password"),
    );
    assert!(changed.status.success(), "{}", text(&changed.stderr));
    assert_eq!(app.get_as("/api/v1/mail", &old).await.status(), 401);
    let new = app
        .token_for("ops@example.org", "the second password")
        .await;
    assert_eq!(app.get_as("/api/v1/mail", &new).await.status(), 200);

    let disabled = run(
        &["admin", "disable", "--email", "ops@example.org"],
        &env("unused here!"),
    );
    assert!(disabled.status.success(), "{}", text(&disabled.stderr));
    assert_eq!(app.get_as("/api/v1/mail", &new).await.status(), 401);
    assert_eq!(
        app.create_token("ops@example.org", "the second password")
            .await
            .status(),
        401
    );
    let unknown = run(
        &["admin", "disable", "--email", "nobody@example.org"],
        &env("unused here!"),
    );
    assert!(!unknown.status.success());
    assert!(text(&unknown.stderr).contains("no active account"));
}

#[test]
fn help_explains_every_subcommand() {
    let output = clustercord(&["--help"], &[], None);
    let help = text(&output.stdout);
    for word in ["serve", "migrate", "admin", "mail"] {
        assert!(help.contains(word), "{help}");
    }
    let mail = text(&clustercord(&["mail", "--help"], &[], None).stdout);
    assert!(mail.contains("send-pending"), "{mail}");
}

mod crash {
    use super::*;

    /// `serve` is killed in the middle of a batch and started again: every queued
    /// message arrives, and none twice but those that were in flight.
    async fn a_killed_sender_loses_nothing_and_repeats_at_most_the_messages_in_flight(
        backend: Backend,
    ) {
        use std::time::{Duration, Instant};
        let app = spawn_app(backend).await;
        let slow = crate::helpers::SmtpSink::start_slow(Duration::from_millis(40));
        let count = 80;
        for n in 0..count {
            app.queue_test_message(&format!("batch{n}@example.org"))
                .await;
        }
        let serve = |smtp: &str| {
            Command::new(env!("CARGO_BIN_EXE_clustercord"))
                .arg("serve")
                .env_clear()
                .env("RUST_LOG", "warn")
                .env("DATABASE_URL", &app.db.url)
                .env("CLUSTERCORD_BIND", "127.0.0.1:0")
                .env("CLUSTERCORD_SMTP_URL", smtp)
                .env("CLUSTERCORD_MAIL_LEASE_SECONDS", "1")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("serve starts")
        };
        let wait_for = |what: &str, n: usize, limit: Duration| {
            let started = Instant::now();
            while slow.messages().len() < n {
                assert!(
                    started.elapsed() < limit,
                    "timed out waiting for {what}: {} of {n}",
                    slow.messages().len()
                );
                std::thread::sleep(Duration::from_millis(10));
            }
        };
        let mut first = serve(&slow.url());
        wait_for("the first messages", 5, Duration::from_secs(20));
        first.kill().unwrap(); // SIGKILL: no chance to finish or record anything
        first.wait().unwrap();
        let delivered_before_restart = slow.messages().len();
        assert!(
            delivered_before_restart < count,
            "the kill came too late to test anything"
        );

        let mut second = serve(&slow.url());
        let started = Instant::now();
        loop {
            let got: std::collections::HashSet<Vec<String>> =
                slow.messages().into_iter().map(|m| m.to).collect();
            if got.len() == count {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "only {} of {count} arrived",
                got.len()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(300));
        second.kill().unwrap();
        second.wait().unwrap();
        let total = slow.messages().len();
        let in_flight: usize = clustercord::cli::defaults::SMTP_CONNECTIONS
            .parse()
            .unwrap();
        assert!(total <= count + in_flight, "{} duplicates", total - count);
    }

    on_both_backends!(a_killed_sender_loses_nothing_and_repeats_at_most_the_messages_in_flight);
}

/// Two `serve` processes on one PostgreSQL database share the outbox: every
/// message goes out exactly once.
#[actix_web::test]
async fn two_serve_processes_on_postgres_never_send_a_message_twice() {
    use std::time::{Duration, Instant};
    let app = spawn_app(Backend::Postgres).await;
    let slow = crate::helpers::SmtpSink::start_slow(Duration::from_millis(10));
    let count = 60;
    for n in 0..count {
        app.queue_test_message(&format!("pair{n}@example.org"))
            .await;
    }
    let serve = || {
        Command::new(env!("CARGO_BIN_EXE_clustercord"))
            .arg("serve")
            .env_clear()
            .env("RUST_LOG", "warn")
            .env("DATABASE_URL", &app.db.url)
            .env("CLUSTERCORD_BIND", "127.0.0.1:0")
            .env("CLUSTERCORD_SMTP_URL", slow.url())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("serve starts")
    };
    let (mut one, mut two) = (serve(), serve());
    let started = Instant::now();
    while slow.messages().len() < count {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{} of {count} arrived",
            slow.messages().len()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(500));
    one.kill().unwrap();
    two.kill().unwrap();
    let _ = (one.wait(), two.wait());
    assert_eq!(slow.messages().len(), count, "a message was sent twice");
    let distinct: std::collections::HashSet<Vec<String>> =
        slow.messages().into_iter().map(|m| m.to).collect();
    assert_eq!(distinct.len(), count);
}

/// `clustercord demo` fills an empty database, on either backend, with what a
/// newcomer needs to see the product work; a database that holds data is left
/// alone. None of the made-up people's mail is sent.
async fn demo_fills_an_empty_database_once(backend: Backend) {
    let db = TestDb::new(backend);
    let env = [
        ("DATABASE_URL", db.url.as_str()),
        ("CLUSTERCORD_ADMIN_PASSWORD", "demo password 123"),
    ];
    let first = clustercord(&["demo"], &env, None);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let said = text(&first.stdout);
    assert!(
        said.contains("6 events") && said.contains("demo-admin@clustercord.example"),
        "{said}"
    );
    let again = clustercord(&["demo"], &env, None);
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("empty"),
        "{}",
        text(&again.stderr)
    );

    let app = spawn_app_on(db, |_| {}).await;
    let (countries, attended, materials, outbox): (i64, i64, i64, i64) = app
        .query(|conn| {
            use clustercord::db::schema::{materials, outbox, registrations};
            use diesel::prelude::*;
            let countries = registrations::table
                .select(registrations::country)
                .distinct()
                .load::<String>(conn)?
                .len() as i64;
            let attended = registrations::table
                .filter(registrations::attendance.eq("attended"))
                .count()
                .get_result(conn)?;
            let materials = materials::table.count().get_result(conn)?;
            let outbox = outbox::table.count().get_result(conn)?;
            Ok((countries, attended, materials, outbox))
        })
        .await;
    assert!(countries >= 7, "{countries} countries");
    assert!(
        attended > 10 && materials >= 4,
        "{attended} attended, {materials} materials"
    );
    assert_eq!(outbox, 0, "the demo's mail is not sent");
    for group in ["agrifood", "tourism"] {
        let plan: serde_json::Value = app
            .get(&format!("/api/v1/groups/{group}/plan"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(plan["status"], "adopted", "{plan}");
        assert!(plan["progress"].as_f64().unwrap() > 0.0, "{plan}");
    }
}
