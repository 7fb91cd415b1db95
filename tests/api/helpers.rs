//! Starting the app for a test: a fresh database on the chosen backend, a real SMTP
//! server on loopback, and a client with one method per endpoint.

use std::collections::HashSet;
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::web;
use clustercord::config::Config;
use clustercord::db::DatabaseUrl;
use clustercord::domain::EmailAddress;
use clustercord::startup;
use clustercord::web::AppState;
use clustercord::worker::Worker;
use diesel::{Connection, PgConnection, RunQueryDsl};
use secrecy::SecretString;
use serde_json::{json, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Generates `sqlite::NAME` and `postgres::NAME` tests from `async fn NAME(Backend)`.
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[actix_web::test] async fn $name() { super::$name(crate::helpers::Backend::Sqlite).await } )*
        }
        mod postgres {
            $( #[actix_web::test] async fn $name() { super::$name(crate::helpers::Backend::Postgres).await } )*
        }
    };
}

pub const ADMIN_EMAIL: &str = "admin@clustercord.test";
pub const ADMIN_PASSWORD: &str = "admin password for tests";

/// PostgreSQL server for tests; override with CLUSTERCORD_TEST_POSTGRES_URL.
fn postgres_server() -> String {
    std::env::var("CLUSTERCORD_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

/// A database of the test server. Over loopback without TLS: libpq would
/// otherwise negotiate it with a server that has `ssl = on`, and OpenSSL's exit
/// handler then races the pools' threads still holding TLS sessions when the test
/// binary ends (seen: SIGSEGV in libcrypto.so.3 after every test had passed).
pub fn postgres_url(database: &str) -> String {
    let server = postgres_server();
    let local = [
        "@127.0.0.1",
        "@localhost",
        "//127.0.0.1",
        "//localhost",
        "@[::1]",
    ]
    .iter()
    .any(|host| server.contains(host));
    if local {
        format!("{server}/{database}?sslmode=disable")
    } else {
        format!("{server}/{database}")
    }
}

fn unique_name() -> String {
    format!(
        "cc_test_{}",
        clustercord::secrets::random_token(9)
            .to_lowercase()
            .replace(['-', '_'], "x")
    )
}

/// A database that exists for one test: an SQLite file in a temporary folder, or a
/// PostgreSQL database created here and dropped when the test ends.
pub struct TestDb {
    pub url: String,
    pub backend: Backend,
    postgres_name: Option<String>,
    pub dir: tempfile::TempDir,
}

impl TestDb {
    pub fn new(backend: Backend) -> TestDb {
        let dir = tempfile::tempdir().expect("temporary folder");
        match backend {
            Backend::Sqlite => {
                let url = format!("sqlite://{}", dir.path().join("clustercord.db").display());
                TestDb {
                    url,
                    backend,
                    postgres_name: None,
                    dir,
                }
            }
            Backend::Postgres => {
                let server = postgres_server();
                let name = unique_name();
                let mut admin = PgConnection::establish(&postgres_url("postgres")).unwrap_or_else(|e| {
                    panic!("PostgreSQL is needed for these tests at {server} (set CLUSTERCORD_TEST_POSTGRES_URL): {e}")
                });
                diesel::sql_query(format!("CREATE DATABASE {name}"))
                    .execute(&mut admin)
                    .expect("create database");
                TestDb {
                    url: postgres_url(&name),
                    backend,
                    postgres_name: Some(name),
                    dir,
                }
            }
        }
    }
}

impl TestDb {
    /// A PostgreSQL database that exists elsewhere (a test's own server); whoever
    /// made it drops it.
    pub fn at(url: String) -> TestDb {
        TestDb {
            url,
            backend: Backend::Postgres,
            postgres_name: None,
            dir: tempfile::tempdir().expect("temporary folder"),
        }
    }

    /// The same database again, for a second app (a restart, a second process);
    /// only the original drops it.
    pub fn same_database(&self) -> TestDb {
        TestDb {
            url: self.url.clone(),
            backend: self.backend,
            postgres_name: None,
            dir: tempfile::tempdir().expect("temporary folder"),
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = &self.postgres_name {
            if let Ok(mut admin) = PgConnection::establish(&postgres_url("postgres")) {
                let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&mut admin);
            }
        }
    }
}

/// One message as the SMTP server received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub to: Vec<String>,
    pub data: String,
}

/// A real SMTP server on loopback (mailin), keeping what it receives in memory.
/// Recipients containing "reject" are refused with 550.
#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    received: Arc<Mutex<Vec<Received>>>,
}

#[derive(Clone)]
struct SinkHandler {
    received: Arc<Mutex<Vec<Received>>>,
    to: Vec<String>,
    data: Vec<u8>,
    /// How long the server takes to accept each message.
    delay: Duration,
}

impl mailin_embedded::Handler for SinkHandler {
    fn rcpt(&mut self, to: &str) -> mailin_embedded::Response {
        if to.contains("reject") {
            mailin_embedded::response::NO_MAILBOX
        } else {
            mailin_embedded::response::OK
        }
    }

    fn data_start(
        &mut self,
        _domain: &str,
        _from: &str,
        _is8bit: bool,
        to: &[String],
    ) -> mailin_embedded::Response {
        self.to = to.to_vec();
        self.data.clear();
        mailin_embedded::response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> mailin_embedded::Response {
        std::thread::sleep(self.delay);
        let message = Received {
            to: self.to.clone(),
            data: String::from_utf8_lossy(&self.data).into_owned(),
        };
        self.received.lock().unwrap().push(message);
        mailin_embedded::response::OK
    }
}

/// The sink's threads for `senders` senders (one thread serves one connection,
/// and one spare).
fn sink_threads(senders: u32) -> u32 {
    let connections: u32 = clustercord::cli::defaults::SMTP_CONNECTIONS
        .parse()
        .unwrap();
    senders * connections + 1
}

impl SmtpSink {
    /// A server for the one sender of an app in the test process. Its threads
    /// live until the test process ends (the server has no way to stop), so it
    /// keeps no more than that sender's connections need: 64 threads for each of
    /// some 270 tests ran into the kernel's limit on memory mappings.
    pub fn start() -> SmtpSink {
        Self::start_with(
            TcpListener::bind("127.0.0.1:0").expect("bind SMTP"),
            Duration::ZERO,
            sink_threads(1),
        )
    }

    /// A server that takes `delay` to accept each message.
    pub fn start_slow(delay: Duration) -> SmtpSink {
        Self::start_with(
            TcpListener::bind("127.0.0.1:0").expect("bind SMTP"),
            delay,
            // Tests that run two `serve` processes at once.
            sink_threads(4),
        )
    }

    /// Starts on a port chosen earlier (for a server that comes up late).
    pub fn start_on(port: u16) -> SmtpSink {
        Self::start_with(
            TcpListener::bind(("127.0.0.1", port)).expect("bind SMTP on the reserved port"),
            Duration::ZERO,
            sink_threads(1),
        )
    }

    fn start_with(listener: TcpListener, delay: Duration, threads: u32) -> SmtpSink {
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let handler = SinkHandler {
            received: received.clone(),
            to: vec![],
            data: vec![],
            delay,
        };
        let mut server = mailin_embedded::Server::new(handler);
        server
            .with_name("sink.test")
            // One thread serves one connection.
            .with_num_threads(threads)
            .with_tcp_listener(listener);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        SmtpSink { port, received }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn messages(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    pub fn messages_to(&self, address: &str) -> Vec<Received> {
        self.messages()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(address)))
            .collect()
    }
}

/// A loopback port that nothing listens on (yet).
/// A fresh browser: its own cookies, redirects not followed.
pub fn visitor() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
}

/// The mailing-list import form: the CSRF token and `csv` as the chosen file.
pub fn csv_upload(csrf: &str, csv: &str) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new()
        .text("csrf_token", csrf.to_owned())
        .part(
            "file",
            reqwest::multipart::Part::bytes(csv.as_bytes().to_vec())
                .file_name("members.csv")
                .mime_str("text/csv")
                .unwrap(),
        )
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub state: web::Data<AppState>,
    /// The worker `serve` would run (reminders, retention, delivery); tests run
    /// its rounds themselves.
    pub worker: Worker,
    pub smtp: SmtpSink,
    pub db: TestDb,
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

/// Test defaults: port 0, two workers, no rate limit, the test admin, mail to a
/// fresh SMTP sink, and no background sender (tests deliver with `deliver_mail`).
pub fn test_config(db: &TestDb, smtp: &SmtpSink) -> Config {
    let mut config = Config::new(DatabaseUrl::parse(&db.url).unwrap());
    config.bind = "127.0.0.1:0".parse().unwrap();
    config.workers = 2;
    config.db_pool_size = 4;
    config.rate_limit_per_minute = 0;
    config.mail_sender = false;
    config.smtp_url = Some(SecretString::from(smtp.url()));
    config.mail_dir = db.dir.path().join("mail");
    config.bootstrap_admin = Some((
        EmailAddress::parse(ADMIN_EMAIL).unwrap(),
        SecretString::from(ADMIN_PASSWORD.to_owned()),
    ));
    config
}

pub async fn spawn_app_with(backend: Backend, adjust: impl FnOnce(&mut Config)) -> TestApp {
    let db = TestDb::new(backend);
    spawn_app_on(db, adjust).await
}

/// Starts the app on an existing test database.
pub async fn spawn_app_on(db: TestDb, adjust: impl FnOnce(&mut Config)) -> TestApp {
    let smtp = SmtpSink::start();
    let mut config = test_config(&db, &smtp);
    config.public_url = "http://127.0.0.1:0".into();
    adjust(&mut config);
    let app = startup::build(config).await.expect("the app starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    let (state, worker) = (app.state(), app.worker());
    actix_web::rt::spawn(app.run_server_only());
    let client = visitor();
    TestApp {
        address,
        client,
        state,
        worker,
        smtp,
        db,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request")
    }

    pub async fn get_as(&self, path: &str, token: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .expect("request")
    }

    pub async fn post_json(
        &self,
        path: &str,
        body: &Value,
        token: Option<&str>,
    ) -> reqwest::Response {
        let mut request = self.client.post(self.url(path)).json(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.expect("request")
    }

    pub async fn create_token(&self, email: &str, password: &str) -> reqwest::Response {
        self.post_json(
            "/api/v1/auth/tokens",
            &json!({"email": email, "password": password}),
            None,
        )
        .await
    }

    /// A bearer token of the bootstrap admin.
    pub async fn admin_token(&self) -> String {
        self.token_for(ADMIN_EMAIL, ADMIN_PASSWORD).await
    }

    pub async fn token_for(&self, email: &str, password: &str) -> String {
        let response = self.create_token(email, password).await;
        assert_eq!(response.status(), 201, "token for {email}");
        response.json::<Value>().await.unwrap()["token"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// Creates a coordinator of the given groups through the same code as
    /// `clustercord admin create`, and returns their token.
    pub async fn coordinator_token(&self, email: &str, groups: &[&str]) -> String {
        use clustercord::domain::{Password, Role};
        let new = clustercord::ops::staff::NewStaffUser {
            email: EmailAddress::parse(email).unwrap(),
            display_name: email.to_owned(),
            password: Password::parse("coordinator password").unwrap(),
            role: Role::Coordinator,
            group_slugs: groups.iter().map(|s| s.to_string()).collect(),
        };
        let now = chrono::Utc::now().naive_utc();
        self.state
            .db
            .write(move |conn| clustercord::ops::staff::create(conn, new, now))
            .await
            .expect("coordinator created");
        self.token_for(email, "coordinator password").await
    }

    /// Runs the sender once, as the background loop would at `now`.
    pub async fn deliver_mail_at(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> clustercord::mail::DeliveryReport {
        clustercord::mail::deliver_due(&self.state.mailer, now)
            .await
            .expect("delivery round")
    }

    pub async fn deliver_mail(&self) -> clustercord::mail::DeliveryReport {
        self.deliver_mail_at(chrono::Utc::now()).await
    }

    /// Queues the test message to `to`, as `clustercord mail test` does.
    pub async fn queue_test_message(&self, to: &str) -> i64 {
        let composer = self.state.composer.clone();
        let to = EmailAddress::parse(to).unwrap();
        let now = chrono::Utc::now().naive_utc();
        self.state
            .db
            .write(move |conn| clustercord::ops::mail::queue_test_message(conn, &composer, to, now))
            .await
            .expect("queued")
    }

    /// Runs a diesel query on the app's database, for assertions.
    pub async fn query<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut clustercord::db::DbConnection) -> diesel::QueryResult<T> + Send + 'static,
    ) -> T {
        self.state
            .db
            .read(move |conn| f(conn).map_err(clustercord::error::AppError::from))
            .await
            .expect("query")
    }

    /// Runs diesel statements on the app's writer, for test setup.
    pub async fn execute<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut clustercord::db::DbConnection) -> diesel::QueryResult<T> + Send + 'static,
    ) -> T {
        self.state
            .db
            .write(move |conn| f(conn).map_err(clustercord::error::AppError::from))
            .await
            .expect("statement")
    }

    pub async fn patch_json(&self, path: &str, body: &Value, token: &str) -> reqwest::Response {
        self.client
            .patch(self.url(path))
            .json(body)
            .bearer_auth(token)
            .send()
            .await
            .expect("request")
    }

    pub async fn post_empty(&self, path: &str, token: Option<&str>) -> reqwest::Response {
        let mut request = self.client.post(self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.expect("request")
    }

    /// Sends every body to `path` at the same moment; returns each answer's status.
    pub async fn post_all(&self, path: &str, bodies: Vec<Value>, token: Option<&str>) -> Vec<u16> {
        let requests = bodies.into_iter().map(|body| {
            let mut request = self.client.post(self.url(path)).json(&body);
            if let Some(token) = token {
                request = request.bearer_auth(token);
            }
            async move { request.send().await.expect("request").status().as_u16() }
        });
        futures_util::future::join_all(requests).await
    }

    /// The event's registrations as an admin sees them, in arrival order:
    /// (email, status).
    pub async fn registration_statuses(&self, event: i64) -> Vec<(String, String)> {
        let body: Value = self
            .get_as(
                &format!("/api/v1/events/{event}/registrations"),
                &self.admin_token().await,
            )
            .await
            .json()
            .await
            .unwrap();
        body.as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["email"].as_str().unwrap().to_owned(),
                    r["status"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    }

    /// Schedules an event and returns its JSON; panics unless 201.
    pub async fn create_event(&self, token: &str, body: &Value) -> Value {
        let response = self.post_json("/api/v1/events", body, Some(token)).await;
        let status = response.status();
        let json: Value = response.json().await.unwrap();
        assert_eq!(status, 201, "{json}");
        json
    }

    /// Schedules and publishes an event; returns its id.
    pub async fn published_event(&self, token: &str, body: &Value) -> i64 {
        let id = self.create_event(token, body).await["id"].as_i64().unwrap();
        let response = self
            .post_empty(&format!("/api/v1/events/{id}/publish"), Some(token))
            .await;
        assert_eq!(response.status(), 200);
        id
    }

    /// Registers `email` as a visitor does (the public API), so that seats, counts
    /// and mail are what production leaves behind; returns the manage token.
    pub async fn register(&self, event_id: i64, email: &str, country: &str) -> String {
        let body = serde_json::json!({"name": "Test Person", "email": email, "country": country});
        let path = format!("/api/v1/events/{event_id}/registrations");
        let response = self.post_json(&path, &body, None).await;
        assert_eq!(response.status(), 201, "registering {email}");
        let answer: Value = response.json().await.unwrap();
        answer["manage_token"].as_str().unwrap().to_owned()
    }

    /// Cancels a registration through its manage link, as its holder does.
    /// Registers `person` (a registration body) for `event` through the API and
    /// returns the answer's body.
    pub async fn registered(&self, event: i64, person: &Value) -> Value {
        let path = format!("/api/v1/events/{event}/registrations");
        self.post_json(&path, person, None)
            .await
            .json()
            .await
            .unwrap()
    }

    pub async fn cancel_registration(&self, token: &str) {
        let path = format!("/api/v1/registrations/{token}/cancel");
        assert_eq!(self.post_empty(&path, None).await.status(), 200);
    }

    /// Moves an event `days` days into the past, as time would (no seat changes).
    pub async fn move_event_back(&self, event_id: i64, days: i64) {
        self.execute(move |conn| {
            use clustercord::db::schema::events::dsl as e;
            use diesel::prelude::*;
            let shift = chrono::TimeDelta::days(days);
            let (starts, ends): (chrono::NaiveDateTime, chrono::NaiveDateTime) = e::events
                .find(event_id)
                .select((e::starts_at, e::ends_at))
                .first(conn)?;
            diesel::update(e::events.find(event_id))
                .set((e::starts_at.eq(starts - shift), e::ends_at.eq(ends - shift)))
                .execute(conn)
        })
        .await;
    }

    pub async fn outbox_of_kind(&self, kind: &str) -> Vec<clustercord::store::outbox::OutboxRow> {
        let kind = kind.to_owned();
        self.query(move |conn| {
            use clustercord::db::schema::outbox::dsl as o;
            use diesel::prelude::*;
            clustercord::store::outbox::with_bodies()
                .filter(o::kind.eq(kind))
                .order(o::id.asc())
                .select(clustercord::store::outbox::OutboxRow::as_select())
                .load(conn)
        })
        .await
    }

    pub async fn outbox_row(&self, id: i64) -> clustercord::store::outbox::OutboxRow {
        self.state
            .db
            .read(move |conn| {
                Ok::<_, clustercord::error::AppError>(clustercord::store::outbox::find(conn, id)?)
            })
            .await
            .unwrap()
            .expect("outbox row")
    }
}

/// A valid event body for `group`, `days` from now, 09:00 to 17:00 in Rome.
pub fn event_body(group: &str, days: i64, title: &str) -> Value {
    use chrono::{Duration, TimeZone};
    let date = (chrono::Utc::now() + Duration::days(days)).date_naive();
    let rome = chrono_tz::Europe::Rome;
    let at = |hour: u32| {
        rome.from_local_datetime(&date.and_hms_opt(hour, 0, 0).unwrap())
            .unwrap()
            .to_rfc3339()
    };
    json!({
        "group": group,
        "kind": "exchange_forum",
        "title": title,
        "description": "Best practice exchange",
        "starts_at": at(9),
        "ends_at": at(17),
        "timezone": "Europe/Rome",
        "venue": {"name": "Palazzo Isimbardi", "address": "Corso Monforte 35", "city": "Milano", "country": "IT"},
        "capacity": 30,
        "agenda": [
            {"starts_at": at(9), "ends_at": at(10), "title": "Welcome", "speaker": "Anna Rossi"},
            {"starts_at": at(10), "ends_at": at(12), "title": "Round table"}
        ]
    })
}

/// Waits until `check` holds, for at most five seconds.
pub async fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let started = Instant::now();
    while !check() {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "timed out waiting for {what}"
        );
        actix_web::rt::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Asserts the contract's error body and returns it.
pub async fn assert_error(response: reqwest::Response, status: u16, code: &str) -> Value {
    assert_eq!(response.status().as_u16(), status, "status");
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    assert!(
        content_type.starts_with("application/json"),
        "content type {content_type}"
    );
    let body: Value = response.json().await.expect("JSON error body");
    assert_eq!(body["error"]["code"], code, "{body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    body
}

/// Asserts a 422 `invalid_input` naming exactly `expected` fields (in any order).
pub async fn assert_invalid_fields(
    response: reqwest::Response,
    expected: &[&str],
    context: &Value,
) {
    let error = assert_error(response, 422, "invalid_input").await;
    let mut reported: Vec<String> = error["error"]["fields"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let mut expected: Vec<String> = expected.iter().map(|f| f.to_string()).collect();
    reported.sort();
    expected.sort();
    assert_eq!(reported, expected, "{context}");
}

/// `serve` on the test's database, mailing to `smtp`, on its own port; no lease
/// setting (the default, 120 s).
pub fn serve(db: &TestDb, smtp: &SmtpSink, port: u16) -> Child {
    Command::new(env!("CARGO_BIN_EXE_clustercord"))
        .arg("serve")
        .env_clear()
        .env("RUST_LOG", "warn")
        .env("DATABASE_URL", &db.url)
        .env("CLUSTERCORD_BIND", format!("127.0.0.1:{port}"))
        .env("CLUSTERCORD_SMTP_URL", smtp.url())
        .env("CLUSTERCORD_RATE_LIMIT_PER_MINUTE", "0")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve starts")
}

pub async fn wait_up(port: u16) {
    let started = Instant::now();
    let url = format!("http://127.0.0.1:{port}/health");
    while reqwest::get(&url).await.map(|r| r.status().as_u16()).ok() != Some(200) {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "serve never came up"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until every address of `expected` has a message; returns how long it took.
pub fn wait_for_all(smtp: &SmtpSink, expected: &HashSet<String>, limit: Duration) -> Duration {
    let started = Instant::now();
    loop {
        let got: HashSet<String> = smtp.messages().into_iter().flat_map(|m| m.to).collect();
        let missing = expected.difference(&got).count();
        if missing == 0 {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < limit,
            "{missing} of {} never arrived",
            expected.len()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}
