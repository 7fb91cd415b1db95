//! Mail back within seconds of a crash: `serve` killed with SIGKILL while the
//! confirmations it had claimed are still being sent. With the default two-minute
//! lease, what the dead process claimed must go out again at once: on SQLite the
//! next start releases it, on PostgreSQL the dead sender's lock is gone with it.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::helpers::*;

/// Kill -9 right after 60 acknowledged registrations, start again: all 60
/// confirmations arrive within 30 s (not after the lease).
async fn every_confirmation_arrives_after_serve_is_killed_and_started_again(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("ict", 30, "Forum before a crash"))
        .await;
    let slow = SmtpSink::start_slow(Duration::from_millis(400));
    let port = free_port();
    let mut first = serve(&app.db, &slow, port);
    wait_up(port).await;
    assert_eq!(
        nice_of(first.id(), "mail-worker"),
        nice_of(first.id(), "clustercord") + 10,
        "the mail worker yields the CPU to the pages"
    );
    let client = reqwest::Client::new();
    let url = format!("http://127.0.0.1:{port}/api/v1/events/{event}/registrations");
    let sign_ups = (0..60).map(|n| {
        let body = json!({"name": "Crash", "email": format!("crash{n}@example.org"),
                          "country": "SI", "organisation": "Crash Org"});
        let request = client.post(&url).json(&body);
        async move { request.send().await.expect("answer").status().as_u16() }
    });
    let statuses = futures_util::future::join_all(sign_ups).await;
    assert!(statuses.iter().all(|s| *s == 201), "{statuses:?}");
    // Killed while it holds claims: messages it has reserved and not yet sent.
    let claimed_now = || {
        app.query(|conn| {
            use clustercord::db::schema::outbox::dsl::*;
            use diesel::prelude::*;
            outbox
                .filter(status.eq("pending"))
                .filter(locked_until.is_not_null())
                .count()
                .get_result::<i64>(conn)
        })
    };
    let acknowledged = Instant::now();
    while claimed_now().await == 0 {
        assert!(
            acknowledged.elapsed() < Duration::from_secs(10),
            "nothing claimed"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    first.kill().unwrap();
    first.wait().unwrap();
    let before = slow.messages().len();
    let claimed = claimed_now().await;
    assert!(
        before < 60,
        "all were sent before the kill: nothing to test"
    );
    assert!(
        claimed > 0,
        "the dead process held no claim: nothing to test"
    );

    let mut second = serve(&app.db, &slow, port);
    let expected: HashSet<String> = (0..60).map(|n| format!("crash{n}@example.org")).collect();
    let took = wait_for_all(&slow, &expected, Duration::from_secs(30));
    second.kill().unwrap();
    second.wait().unwrap();
    eprintln!("{before} sent and {claimed} claimed at the kill; the rest within {took:?}");
    let sent = slow.messages().len();
    let in_flight: usize = clustercord::cli::defaults::SMTP_CONNECTIONS
        .parse()
        .unwrap();
    assert!(sent <= 60 + in_flight, "{sent} sent");
}

on_both_backends!(every_confirmation_arrives_after_serve_is_killed_and_started_again);

/// The nice value of the thread of process `pid` named `name` (Linux's /proc).
fn nice_of(pid: u32, name: &str) -> i64 {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).expect("/proc");
    for task in tasks.filter_map(Result::ok) {
        let comm = std::fs::read_to_string(task.path().join("comm")).unwrap_or_default();
        if comm.trim() == name {
            let stat = std::fs::read_to_string(task.path().join("stat")).unwrap();
            // After "pid (comm) ": state is field 3 and nice field 19.
            let fields: Vec<&str> = stat.rsplit_once(") ").unwrap().1.split(' ').collect();
            return fields[16].parse().unwrap();
        }
    }
    panic!("no thread named {name} in process {pid}");
}

/// Two `serve` processes share the outbox; one is killed mid-batch: the other sends
/// what the dead one had claimed within 30 s, and nothing twice but what was in
/// flight.
#[actix_web::test]
async fn the_survivor_sends_what_a_killed_sender_had_claimed() {
    let app = spawn_app(Backend::Postgres).await;
    let slow = SmtpSink::start_slow(Duration::from_millis(100));
    let count = 120;
    for n in 0..count {
        app.queue_test_message(&format!("pair{n}@example.org"))
            .await;
    }
    let (port_one, port_two) = (free_port(), free_port());
    let mut one = serve(&app.db, &slow, port_one);
    let mut two = serve(&app.db, &slow, port_two);
    let started = Instant::now();
    while slow.messages().len() < 10 {
        assert!(started.elapsed() < Duration::from_secs(20), "nothing sent");
        std::thread::sleep(Duration::from_millis(10));
    }
    one.kill().unwrap();
    one.wait().unwrap();
    let killed_at = slow.messages().len();
    assert!(killed_at < count, "all were sent before the kill");
    let expected: HashSet<String> = (0..count).map(|n| format!("pair{n}@example.org")).collect();
    let took = wait_for_all(&slow, &expected, Duration::from_secs(30));
    std::thread::sleep(Duration::from_millis(500));
    two.kill().unwrap();
    two.wait().unwrap();
    let sent = slow.messages().len();
    eprintln!("killed after {killed_at}; the survivor finished within {took:?}; {sent} sent");
    let in_flight: usize = clustercord::cli::defaults::SMTP_CONNECTIONS
        .parse()
        .unwrap();
    assert!(sent <= count + in_flight, "{} sent twice", sent - count);
}
