//! Several `serve` processes on one PostgreSQL database, as in production: a flash
//! crowd taken by two of them in turns confirms no more than the seats and the
//! country cap allow, and each of the two senders' messages goes out once.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use serde_json::{json, Value};

use crate::helpers::*;

#[actix_web::test]
async fn two_servers_take_a_flash_crowd_in_turns() {
    let app = spawn_app(Backend::Postgres).await;
    let token = app.admin_token().await;
    let mut body = event_body("ict", 30, "Forum behind two servers");
    body["capacity"] = json!(30);
    body["country_cap"] = json!(5);
    let event = app.published_event(&token, &body).await;
    let sink = SmtpSink::start_slow(Duration::ZERO);
    let ports = [free_port(), free_port()];
    let mut servers: Vec<_> = ports.iter().map(|p| serve(&app.db, &sink, *p)).collect();
    for port in ports {
        wait_up(port).await;
    }

    // 2,000 people at concurrency 256, every other one to the other server; seven
    // countries at five seats each could take 35 seats, so the capacity binds.
    let countries = ["IT", "DE", "HU", "SK", "CZ", "PL", "SI"];
    let crowd = 2000;
    let client = reqwest::Client::new();
    let started = Instant::now();
    let statuses: Vec<u16> = futures_util::stream::iter(0..crowd)
        .map(|n| {
            let url = format!(
                "http://127.0.0.1:{}/api/v1/events/{event}/registrations",
                ports[n % 2]
            );
            let body = json!({"name": format!("Crowd {n}"), "email": format!("crowd{n}@example.org"),
                              "country": countries[n % countries.len()]});
            let request = client.post(url).json(&body);
            async move { request.send().await.expect("an answer").status().as_u16() }
        })
        .buffer_unordered(256)
        .collect()
        .await;
    let answered = started.elapsed();
    assert!(statuses.iter().all(|s| *s == 201), "not all 201: {:?}", {
        let mut tally = HashMap::new();
        for s in &statuses {
            *tally.entry(s).or_insert(0) += 1;
        }
        tally
    });

    let list: Value = app
        .get_as(&format!("/api/v1/events/{event}/registrations"), &token)
        .await
        .json()
        .await
        .unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), crowd);
    let confirmed: Vec<&Value> = list.iter().filter(|r| r["status"] == "confirmed").collect();
    assert_eq!(confirmed.len(), 30, "exactly the seats");
    let mut per_country: HashMap<&str, usize> = HashMap::new();
    for r in &confirmed {
        *per_country
            .entry(r["country"].as_str().unwrap())
            .or_default() += 1;
    }
    assert!(per_country.values().all(|n| *n <= 5), "{per_country:?}");
    let positions: BTreeSet<i64> = list
        .iter()
        .filter_map(|r| r["waitlist_position"].as_i64())
        .collect();
    assert_eq!(
        positions,
        (1..=(crowd as i64 - 30)).collect::<BTreeSet<_>>(),
        "one place in the queue each, no gaps"
    );

    let expected: HashSet<String> = (0..crowd)
        .map(|n| format!("crowd{n}@example.org"))
        .collect();
    let mailed = wait_for_all(&sink, &expected, Duration::from_secs(60));
    // Both senders are alive: a message either of them claimed is the other's to
    // leave alone, so nothing may arrive twice.
    std::thread::sleep(Duration::from_millis(1500));
    for server in &mut servers {
        server.kill().unwrap();
        server.wait().unwrap();
    }
    let mut per_address: HashMap<String, usize> = HashMap::new();
    for message in sink.messages() {
        for to in message.to {
            *per_address.entry(to).or_default() += 1;
        }
    }
    let twice: Vec<_> = per_address.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "mailed more than once: {twice:?}");
    eprintln!("two servers: {crowd} answered in {answered:?}, all mailed {mailed:?} later");
}
