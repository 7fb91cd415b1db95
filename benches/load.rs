//! The load harness: starts clustercord on a fresh database, drives it over HTTP
//! on loopback, and prints one table. Run by hand, never in `cargo test`:
//!
//!     cargo bench --bench load -- <scenario> [--backend sqlite|postgres]
//!
//! Scenarios: register, flash-crowd, event-page, invite, report, baseline, all.
//! PostgreSQL: CLUSTERCORD_TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432).
//! Another server binary: CLUSTERCORD_BENCH_SERVER=path/to/clustercord.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::{Connection, PgConnection, RunQueryDsl};
use serde_json::{json, Value};

#[path = "load/report.rs"]
mod report;

const ADMIN: &str = "bench@example.org";
const PASSWORD: &str = "benchmark password";

#[derive(Clone, Copy, PartialEq)]
enum Backend {
    Sqlite,
    Postgres,
}

/// One row of the printed table.
struct Row {
    scenario: String,
    requests: usize,
    seconds: f64,
    p50: Duration,
    p99: Duration,
    max: Duration,
    errors: String,
    rss_mib: f64,
    note: String,
}

impl Row {
    fn measured(
        scenario: String,
        mut tally: Tally,
        seconds: f64,
        rss_mib: f64,
        note: String,
    ) -> Row {
        Row {
            scenario,
            requests: tally.latencies.len(),
            seconds,
            p50: tally.percentile(0.5),
            p99: tally.percentile(0.99),
            max: tally.percentile(1.0),
            errors: tally.errors(),
            rss_mib,
            note,
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn pg_server() -> String {
    std::env::var("CLUSTERCORD_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

/// A fresh database URL for one run.
fn fresh_database(backend: Backend, dir: &std::path::Path, name: &str) -> String {
    match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.join(format!("{name}.db")).display()),
        Backend::Postgres => {
            let server = pg_server();
            let mut admin = PgConnection::establish(&format!("{server}/postgres"))
                .expect("PostgreSQL for the benchmark");
            let db = format!("cc_bench_{name}").replace('-', "_");
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"))
                .execute(&mut admin);
            diesel::sql_query(format!("CREATE DATABASE {db}"))
                .execute(&mut admin)
                .unwrap();
            format!("{server}/{db}")
        }
    }
}

/// The clustercord server under test.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start(database_url: &str, smtp: Option<&str>, extra: &[(&str, &str)]) -> Server {
        let port = free_port();
        // CLUSTERCORD_BENCH_SERVER names another build (say, of the commit before a
        // change) to measure it with the same harness in the same run.
        let binary = std::env::var("CLUSTERCORD_BENCH_SERVER")
            .unwrap_or_else(|_| env!("CARGO_BIN_EXE_clustercord").to_owned());
        let mut command = Command::new(binary);
        command
            .arg("serve")
            .env("DATABASE_URL", database_url)
            .env("CLUSTERCORD_BIND", format!("127.0.0.1:{port}"))
            .env("CLUSTERCORD_ADMIN_EMAIL", ADMIN)
            .env("CLUSTERCORD_ADMIN_PASSWORD", PASSWORD)
            .env("CLUSTERCORD_RATE_LIMIT_PER_MINUTE", "0")
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        match smtp {
            Some(url) => command.env("CLUSTERCORD_SMTP_URL", url),
            None => command.env("CLUSTERCORD_NO_MAIL_SENDER", "true"),
        };
        for (k, v) in extra {
            command.env(k, v);
        }
        let child = command.spawn().expect("clustercord starts");
        let base = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        while reqwest::blocking_get_ok(&format!("{base}/health")).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "the server did not come up"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Server { child, base }
    }

    /// Peak resident memory so far (VmHWM), in MiB.
    fn peak_rss_mib(&self) -> f64 {
        rss(self.child.id(), "VmHWM")
    }

    fn rss_mib(&self) -> f64 {
        rss(self.child.id(), "VmRSS")
    }
}

fn rss(pid: u32, field: &str) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with(field)).map(str::to_owned))
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

mod reqwest {
    pub use ::reqwest::*;
    /// A health probe without a runtime.
    pub fn blocking_get_ok(url: &str) -> std::io::Result<()> {
        use std::io::{Read, Write};
        let address = url
            .trim_start_matches("http://")
            .split('/')
            .next()
            .unwrap()
            .to_owned();
        let mut stream = std::net::TcpStream::connect(address)?;
        stream.write_all(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")?;
        let mut answer = String::new();
        stream.read_to_string(&mut answer)?;
        if answer.starts_with("HTTP/1.1 200") {
            Ok(())
        } else {
            Err(std::io::Error::other("not yet"))
        }
    }
}

async fn token(client: &reqwest::Client, base: &str) -> String {
    let response: Value = client
        .post(format!("{base}/api/v1/auth/tokens"))
        .json(&json!({"email": ADMIN, "password": PASSWORD}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    response["token"].as_str().unwrap().to_owned()
}

async fn published_event(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    capacity: Value,
    country_cap: Value,
) -> i64 {
    let start = chrono::Utc::now() + chrono::Duration::days(30);
    let body = json!({
        "group": "ict", "kind": "study_visit", "title": "Benchmark study visit",
        "starts_at": start.to_rfc3339(), "ends_at": (start + chrono::Duration::hours(8)).to_rfc3339(),
        "timezone": "Europe/Rome", "capacity": capacity, "country_cap": country_cap,
        "venue": {"name": "Palazzo", "address": "Corso Monforte 35", "city": "Milano", "country": "IT"},
        "agenda": [{"starts_at": start.to_rfc3339(), "ends_at": (start + chrono::Duration::hours(2)).to_rfc3339(), "title": "Welcome", "place": "Hall"}],
        "allow_overlap": true,
    });
    let created: Value = client
        .post(format!("{base}/api/v1/events"))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = created["id"].as_i64().expect("event created");
    client
        .post(format!("{base}/api/v1/events/{id}/publish"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    id
}

/// Latencies and failures of a run.
#[derive(Default)]
struct Tally {
    latencies: Vec<Duration>,
    errors: std::collections::BTreeMap<String, usize>,
}

impl Tally {
    fn percentile(&mut self, p: f64) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        self.latencies.sort_unstable();
        let index = ((self.latencies.len() as f64 - 1.0) * p).round() as usize;
        self.latencies[index]
    }

    fn errors(&self) -> String {
        if self.errors.is_empty() {
            "0".into()
        } else {
            self.errors
                .iter()
                .map(|(k, v)| format!("{k}:{v}"))
                .collect::<Vec<_>>()
                .join(" ")
        }
    }
}

/// Runs `concurrency` loops of `request` until `duration` has passed or `total`
/// requests were made. `request(n)` returns the status.
async fn drive<F, Fut>(
    concurrency: usize,
    duration: Duration,
    total: Option<usize>,
    request: F,
) -> (Tally, f64, usize)
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<u16, String>> + Send,
{
    let request = Arc::new(request);
    let counter = Arc::new(AtomicUsize::new(0));
    let tally = Arc::new(Mutex::new(Tally::default()));
    let started = Instant::now();
    let workers: Vec<_> = (0..concurrency)
        .map(|_| {
            let (request, counter, tally) = (request.clone(), counter.clone(), tally.clone());
            tokio::spawn(async move {
                loop {
                    let n = counter.fetch_add(1, Ordering::Relaxed);
                    if total.is_some_and(|t| n >= t)
                        || (total.is_none() && started.elapsed() >= duration)
                    {
                        break;
                    }
                    let sent = Instant::now();
                    let outcome = request(n).await;
                    let took = sent.elapsed();
                    let mut tally = tally.lock().unwrap();
                    tally.latencies.push(took);
                    match outcome {
                        Ok(status) if status < 400 => {}
                        Ok(status) => *tally.errors.entry(status.to_string()).or_default() += 1,
                        Err(e) => *tally.errors.entry(e).or_default() += 1,
                    }
                }
            })
        })
        .collect();
    for worker in workers {
        worker.await.unwrap();
    }
    let seconds = started.elapsed().as_secs_f64();
    let tally = Arc::try_unwrap(tally).ok().unwrap().into_inner().unwrap();
    let n = tally.latencies.len();
    (tally, seconds, n)
}

fn client(concurrency: usize) -> reqwest::Client {
    reqwest::Client::builder()
        .pool_max_idle_per_host(concurrency)
        .build()
        .unwrap()
}

async fn register(backend: Backend, dir: &std::path::Path, concurrency: usize) -> Row {
    let server = Server::start(
        &fresh_database(backend, dir, &format!("register{concurrency}")),
        None,
        &[],
    );
    let http = client(concurrency);
    let token = token(&http, &server.base).await;
    let event = published_event(&http, &server.base, &token, Value::Null, Value::Null).await;
    let url = format!("{}/api/v1/events/{event}/registrations", server.base);
    let countries = ["IT", "DE", "HU", "SK", "CZ", "PL", "SI", "AT"];
    let (http2, url2) = (http.clone(), url.clone());
    let (tally, seconds, _) = drive(concurrency, Duration::from_secs(20), None, move |i| {
        let (http, url) = (http2.clone(), url2.clone());
        async move {
            let body = json!({"name": format!("Person {i}"), "email": format!("p{i}@example.org"), "organisation": "Org",
                              "country": countries[i % 8], "language": "it", "note": "vegetarian"});
            http.post(url).json(&body).send().await.map(|r| r.status().as_u16()).map_err(|e| e.to_string())
        }
    })
    .await;
    Row::measured(
        format!("register c={concurrency}"),
        tally,
        seconds,
        server.rss_mib(),
        format!("peak RSS {:.1} MiB", server.peak_rss_mib()),
    )
}

/// 2,000 sign-ups at once for 30 seats, country cap 5; with `servers` 2, two
/// `serve` processes on one database take the crowd in turns (PostgreSQL only).
async fn flash_crowd(backend: Backend, dir: &std::path::Path, servers: usize) -> Row {
    let database = fresh_database(backend, dir, &format!("flash{servers}"));
    let server = Server::start(&database, None, &[]);
    let others: Vec<Server> = (1..servers)
        .map(|_| Server::start(&database, None, &[]))
        .collect();
    let http = client(256);
    let token = token(&http, &server.base).await;
    let event = published_event(&http, &server.base, &token, json!(30), json!(5)).await;
    let urls: Vec<String> = std::iter::once(&server)
        .chain(&others)
        .map(|s| format!("{}/api/v1/events/{event}/registrations", s.base))
        .collect();
    let countries = ["IT", "DE", "HU", "SK", "CZ", "PL", "SI"];
    let (http2, urls2) = (http.clone(), Arc::new(urls));
    let (tally, seconds, _) = drive(256, Duration::from_secs(60), Some(2000), move |i| {
        let (http, url) = (http2.clone(), urls2[i % urls2.len()].clone());
        async move {
            let body = json!({"name": format!("Crowd {i}"), "email": format!("crowd{i}@example.org"), "country": countries[i % 7]});
            http.post(url).json(&body).send().await.map(|r| r.status().as_u16()).map_err(|e| e.to_string())
        }
    })
    .await;
    let list: Vec<Value> = http
        .get(format!(
            "{}/api/v1/events/{event}/registrations",
            server.base
        ))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let confirmed: Vec<&Value> = list.iter().filter(|r| r["status"] == "confirmed").collect();
    let mut per_country = std::collections::HashMap::new();
    for r in &confirmed {
        *per_country
            .entry(r["country"].as_str().unwrap().to_owned())
            .or_insert(0) += 1;
    }
    let cap_held = per_country.values().all(|n| *n <= 5);
    Row::measured(
        format!("flash-crowd c=256, {servers} server(s)"),
        tally,
        seconds,
        server.rss_mib(),
        format!(
            "{} confirmed (want 30), cap held: {cap_held}, all answered in {seconds:.2} s",
            confirmed.len()
        ),
    )
}

async fn event_page(backend: Backend, dir: &std::path::Path) -> Row {
    let server = Server::start(&fresh_database(backend, dir, "page"), None, &[]);
    let http = client(64);
    let token = token(&http, &server.base).await;
    let event = published_event(&http, &server.base, &token, json!(30), Value::Null).await;
    let url = format!("{}/events/{event}", server.base);
    let (http2, url2) = (http.clone(), url.clone());
    let (tally, seconds, _) = drive(64, Duration::from_secs(15), None, move |_| {
        let (http, url) = (http2.clone(), url2.clone());
        async move {
            let response = http.get(url).send().await.map_err(|e| e.to_string())?;
            let status = response.status().as_u16();
            response.bytes().await.map_err(|e| e.to_string())?;
            Ok(status)
        }
    })
    .await;
    Row::measured(
        "event-page c=64".into(),
        tally,
        seconds,
        server.rss_mib(),
        format!("peak RSS {:.1} MiB", server.peak_rss_mib()),
    )
}

/// An SMTP server on loopback that counts what it accepts.
#[derive(Clone)]
struct Counter(Arc<AtomicUsize>);

impl mailin_embedded::Handler for Counter {
    fn data_end(&mut self) -> mailin_embedded::Response {
        self.0.fetch_add(1, Ordering::Relaxed);
        mailin_embedded::response::OK
    }
}

async fn invite(backend: Backend, dir: &std::path::Path) -> Row {
    let accepted = Arc::new(AtomicUsize::new(0));
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let smtp = format!("smtp://{}", listener.local_addr().unwrap());
    let mut sink = mailin_embedded::Server::new(Counter(accepted.clone()));
    sink.with_name("bench")
        .with_num_threads(64)
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = sink.serve();
    });
    let server = Server::start(&fresh_database(backend, dir, "invite"), Some(&smtp), &[]);
    let http = client(4);
    let token = token(&http, &server.base).await;
    let mut csv = String::from("name,email,organisation,country,language\n");
    let languages = ["en", "it", "de", "hu", "sk", "cs", "pl", "sl"];
    for i in 0..10_000 {
        csv.push_str(&format!(
            "Member {i},member{i}@example.org,Org {},IT,{}\n",
            i % 300,
            languages[i % 8]
        ));
    }
    let imported = http
        .post(format!("{}/api/v1/groups/ict/members/import", server.base))
        .bearer_auth(&token)
        .header("content-type", "text/csv")
        .body(csv)
        .send()
        .await
        .unwrap();
    assert_eq!(imported.status(), 200);
    let event = published_event(&http, &server.base, &token, json!(400), Value::Null).await;
    let sent = Instant::now();
    let response = http
        .post(format!("{}/api/v1/events/{event}/invitations", server.base))
        .bearer_auth(&token)
        .json(&json!({"to": "group"}))
        .send()
        .await
        .unwrap();
    let answered = sent.elapsed();
    let status = response.status().as_u16();
    let started = Instant::now();
    while accepted.load(Ordering::Relaxed) < 10_000 && started.elapsed() < Duration::from_secs(300)
    {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let delivered = started.elapsed().as_secs_f64() + answered.as_secs_f64();
    let count = accepted.load(Ordering::Relaxed);
    Row {
        scenario: "invite 10,000".into(),
        requests: 1,
        seconds: delivered,
        p50: answered,
        p99: answered,
        max: answered,
        errors: if status == 202 { "0".into() } else { status.to_string() },
        rss_mib: server.rss_mib(),
        note: format!(
            "request {:.2} s; {count} accepted by SMTP in {delivered:.1} s = {:.0} mails/s; peak RSS {:.1} MiB",
            answered.as_secs_f64(),
            count as f64 / delivered,
            server.peak_rss_mib()
        ),
    }
}

/// The machine's ceiling: a bare insert plus a conditional update in one write
/// transaction, through the same storage layer and settings, at concurrency 64.
async fn baseline(backend: Backend, dir: &std::path::Path) -> Row {
    use clustercord::db::{DatabaseUrl, Db, DbError};
    let url = DatabaseUrl::parse(&fresh_database(backend, dir, "baseline")).unwrap();
    let db = Db::open(&url, 4).unwrap();
    db.migrate().unwrap();
    db.write(|conn| {
        use diesel::connection::SimpleConnection;
        conn.batch_execute(
            "CREATE TABLE bench_counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL); \
             CREATE TABLE bench_rows (id BIGINT, note TEXT NOT NULL); \
             INSERT INTO bench_counter (id, n) VALUES (1, 0);",
        )
        .map_err(DbError::from)
    })
    .await
    .unwrap();
    let db = Arc::new(db);
    let (tally, seconds, _) = drive(64, Duration::from_secs(15), None, move |i| {
        let db = db.clone();
        async move {
            db.transaction(move |conn| -> Result<(), DbError> {
                use diesel::connection::SimpleConnection;
                conn.batch_execute(&format!(
                    "INSERT INTO bench_rows (id, note) VALUES ({i}, 'row'); \
                     UPDATE bench_counter SET n = n + 1 WHERE id = 1 AND n >= 0;"
                ))?;
                Ok(())
            })
            .await
            .map(|_| 200)
            .map_err(|e| e.to_string())
        }
    })
    .await;
    Row::measured(
        "baseline c=64".into(),
        tally,
        seconds,
        0.0,
        "insert + conditional update, one transaction, no HTTP".into(),
    )
}

fn print(backend: Backend, rows: &[Row]) {
    let name = if backend == Backend::Sqlite {
        "SQLite"
    } else {
        "PostgreSQL"
    };
    println!(
        "\nclustercord load harness, {name}, {} cores",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!(
        "| scenario | requests | req/s | p50 ms | p99 ms | max ms | errors | RSS MiB | note |"
    );
    println!("|---|---:|---:|---:|---:|---:|---|---:|---|");
    for r in rows {
        println!(
            "| {} | {} | {:.0} | {:.1} | {:.1} | {:.1} | {} | {:.1} | {} |",
            r.scenario,
            r.requests,
            r.requests as f64 / r.seconds,
            r.p50.as_secs_f64() * 1000.0,
            r.p99.as_secs_f64() * 1000.0,
            r.max.as_secs_f64() * 1000.0,
            r.errors,
            r.rss_mib,
            r.note
        );
    }
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let scenario = args.first().cloned().unwrap_or_else(|| "all".into());
    let backend = match args
        .iter()
        .position(|a| a == "--backend")
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
    {
        Some("postgres") => Backend::Postgres,
        _ => Backend::Sqlite,
    };
    let dir = tempfile::tempdir().unwrap();
    let mut rows = Vec::new();
    let all = scenario == "all";
    if all || scenario == "baseline" {
        rows.push(baseline(backend, dir.path()).await);
    }
    if all || scenario == "register" {
        rows.push(register(backend, dir.path(), 16).await);
        rows.push(register(backend, dir.path(), 64).await);
    }
    if all || scenario == "flash-crowd" {
        rows.push(flash_crowd(backend, dir.path(), 1).await);
        if backend == Backend::Postgres {
            rows.push(flash_crowd(backend, dir.path(), 2).await);
        }
    }
    if all || scenario == "event-page" {
        rows.push(event_page(backend, dir.path()).await);
    }
    if all || scenario == "invite" {
        rows.push(invite(backend, dir.path()).await);
    }
    if all || scenario == "report" {
        rows.push(report::report(backend, dir.path()).await);
    }
    if rows.is_empty() {
        eprintln!("unknown scenario {scenario:?}: register, flash-crowd, event-page, invite, report, baseline or all");
        std::process::exit(2);
    }
    print(backend, &rows);
}
