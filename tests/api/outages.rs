//! PostgreSQL going away under load: restarted (on a server of the test's own, so
//! that the other tests on the shared one are not disturbed), or the app's sessions
//! terminated. Requests meanwhile get 503 with the contract's error body, never a
//! 500 and never a hang; the pool recovers by itself; every acknowledged
//! registration is kept and mailed.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::helpers::*;

/// A PostgreSQL server of the test's own: `initdb` into a temporary folder, its
/// own port, started and stopped with the machine's `pg_ctl`; gone when dropped.
struct OwnCluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    port: u16,
}

impl OwnCluster {
    fn start() -> OwnCluster {
        let bin = std::fs::read_dir("/usr/lib/postgresql")
            .ok()
            .and_then(|versions| {
                versions
                    .filter_map(Result::ok)
                    .map(|v| v.path().join("bin"))
                    .filter(|bin| bin.join("pg_ctl").exists())
                    .max()
            })
            .expect("these tests need PostgreSQL's server binaries (initdb, pg_ctl)");
        let dir = tempfile::Builder::new()
            .prefix("cc-pg-")
            .tempdir_in("/tmp")
            .unwrap();
        let cluster = OwnCluster {
            dir,
            bin,
            port: free_port(),
        };
        // PostgreSQL refuses to run as root: as root, run it as `postgres`.
        if is_root() {
            let owned = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(cluster.dir.path())
                .status()
                .unwrap();
            assert!(owned.success());
        }
        let data = cluster.data();
        cluster.run(
            "initdb",
            &[
                "-D",
                &data,
                "-A",
                "trust",
                "-U",
                "postgres",
                "--no-sync",
                "-E",
                "UTF8",
            ],
        );
        cluster.pg_ctl("start");
        cluster
    }

    /// `pg_ctl` on a thread of its own: the app under test runs on this runtime.
    async fn pg_ctl_off_runtime(&self, action: &'static str) {
        let (bin, dir, port) = (self.bin.clone(), self.dir.path().to_owned(), self.port);
        let (done, finished) = tokio::sync::oneshot::channel();
        std::thread::spawn(move || {
            pg_ctl(&bin, &dir, port, action);
            let _ = done.send(());
        });
        finished.await.expect("pg_ctl ran");
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    fn url(&self, database: &str) -> String {
        format!(
            "postgres://postgres@127.0.0.1:{}/{database}?sslmode=disable",
            self.port
        )
    }

    fn create_database(&self, name: &str) -> String {
        use diesel::{Connection, RunQueryDsl};
        let mut admin = diesel::PgConnection::establish(&self.url("postgres")).unwrap();
        diesel::sql_query(format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .unwrap();
        self.url(name)
    }

    fn pg_ctl(&self, action: &str) {
        pg_ctl(&self.bin, self.dir.path(), self.port, action)
    }

    fn run(&self, program: &str, args: &[&str]) {
        run(&self.bin, program, args)
    }
}

/// `pg_ctl start`, or `stop` (fast: sessions are terminated, as a restart does),
/// on the cluster in `dir`.
fn pg_ctl(bin: &std::path::Path, dir: &std::path::Path, port: u16, action: &str) {
    let options = format!(
        "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60",
        dir.display()
    );
    let data = dir.join("data").display().to_string();
    let log = dir.join("log").display().to_string();
    let mut args = vec![action, "-D", &data, "-w", "-t", "30"];
    match action {
        "start" => args.extend(["-o", &options, "-l", &log]),
        "stop" => args.extend(["-m", "fast"]),
        _ => args.extend(["-m", "immediate"]),
    }
    run(bin, "pg_ctl", &args);
}

/// A PostgreSQL program, as `postgres` when we are root (it refuses to run as root).
fn postgres_program(bin: &std::path::Path, program: &str) -> Command {
    let path = bin.join(program);
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(&path);
        c
    } else {
        Command::new(&path)
    }
}

fn run(bin: &std::path::Path, program: &str, args: &[&str]) {
    let out = postgres_program(bin, program)
        .args(args)
        .output()
        .expect("PostgreSQL binary runs");
    assert!(
        out.status.success(),
        "{program} {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

impl Drop for OwnCluster {
    fn drop(&mut self) {
        let data = self.data();
        let stop = ["stop", "-D", &data, "-m", "immediate", "-w"];
        let _ = postgres_program(&self.bin, "pg_ctl").args(stop).output();
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// One answered sign-up: its address, status, error code, and when it was sent
/// and answered (from the start of the run).
#[derive(Debug, Clone)]
struct Answer {
    email: String,
    status: u16,
    code: Option<String>,
    sent: Duration,
    took: Duration,
}

/// How long each client waits between one answer and its next sign-up.
const PAUSE: Duration = Duration::from_millis(40);

/// Sign-ups from `clients` at once, each `PAUSE` after the last was answered,
/// until `done` is set.
async fn sign_ups_until(
    app: &TestApp,
    event: i64,
    clients: usize,
    run: Instant,
    done: Arc<AtomicBool>,
) -> Vec<Answer> {
    let answers = Arc::new(Mutex::new(Vec::new()));
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let tasks = (0..clients).map(|c| {
        let (client, answers, done) = (client.clone(), answers.clone(), done.clone());
        let url = app.url(&format!("/api/v1/events/{event}/registrations"));
        async move {
            let mut n = 0;
            while !done.load(Ordering::Relaxed) {
                n += 1;
                let email = format!("load{c}-{n}@example.org");
                let body = json!({"name": "Load", "email": email, "country": "IT",
                                  "organisation": "Load Org"});
                let sent = run.elapsed();
                let (status, code) = match client.post(&url).json(&body).send().await {
                    Ok(response) => {
                        let status = response.status().as_u16();
                        let body: Value = response.json().await.unwrap_or(Value::Null);
                        let code = body["error"]["code"].as_str().map(str::to_owned);
                        (status, code)
                    }
                    Err(error) => panic!("no answer to {email}: {error}"),
                };
                let took = run.elapsed() - sent;
                answers.lock().unwrap().push(Answer {
                    email,
                    status,
                    code,
                    sent,
                    took,
                });
                // A steady run, not the most the machine can take: at full speed
                // a debug build queues some 10,000 confirmations in the test's
                // nine seconds, and delivering them took longer than the wait on
                // a slower machine than this one.
                tokio::time::sleep(PAUSE).await;
            }
        }
    });
    futures_util::future::join_all(tasks).await;
    let answers = answers.lock().unwrap().clone();
    answers
}

/// What every outage must leave: 201 or 503 with the error body, nothing slow,
/// every acknowledged registration kept and its confirmation sent (twice at most
/// the messages that were in flight at each of the `outages`: sent, but their
/// sending not recorded).
async fn assert_survived(
    app: &TestApp,
    event: i64,
    answers: &[Answer],
    outages: usize,
) -> Vec<String> {
    for a in answers {
        assert!(
            a.status == 201 || (a.status == 503 && a.code.as_deref() == Some("unavailable")),
            "{a:?}"
        );
        assert!(a.took < Duration::from_secs(8), "a request hung: {a:?}");
    }
    let acknowledged: Vec<String> = answers
        .iter()
        .filter(|a| a.status == 201)
        .map(|a| a.email.clone())
        .collect();
    let kept: Vec<String> = app
        .query(move |conn| {
            use clustercord::db::schema::registrations::dsl::*;
            use diesel::prelude::*;
            registrations
                .filter(event_id.eq(event))
                .select(email)
                .load(conn)
        })
        .await;
    let kept: std::collections::HashSet<String> = kept.into_iter().collect();
    for email in &acknowledged {
        assert!(kept.contains(email), "{email} was acknowledged and lost");
    }
    // Every acknowledged sign-up's confirmation arrives, from the sender running
    // beside the load (a second delivery loop here would double the connections
    // the test SMTP server has threads for, and turn sends into retries).
    let started = Instant::now();
    loop {
        let got: std::collections::HashSet<String> =
            app.smtp.messages().into_iter().flat_map(|m| m.to).collect();
        let missing = acknowledged.iter().filter(|e| !got.contains(*e)).count();
        if missing == 0 {
            eprintln!(
                "{} confirmations arrived {:?} after the load ended",
                acknowledged.len(),
                started.elapsed()
            );
            break;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let waiting: Vec<String> = acknowledged
                .iter()
                .filter(|e| !got.contains(*e))
                .cloned()
                .collect();
            let rows = app
                .query(move |conn| {
                    use clustercord::db::schema::outbox::dsl::*;
                    use diesel::prelude::*;
                    outbox
                        .filter(recipient.eq_any(waiting))
                        .select((status, attempts, locked_until, claimed_by, last_error))
                        .load::<(
                            String,
                            i32,
                            Option<chrono::NaiveDateTime>,
                            Option<i64>,
                            Option<String>,
                        )>(conn)
                })
                .await;
            panic!(
                "{missing} confirmations of {} never arrived: {rows:?}",
                acknowledged.len()
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let sent = app.smtp.messages().len();
    let distinct: std::collections::HashSet<Vec<String>> =
        app.smtp.messages().into_iter().map(|m| m.to).collect();
    let in_flight: usize = clustercord::cli::defaults::SMTP_CONNECTIONS
        .parse()
        .unwrap();
    assert!(
        sent - distinct.len() <= in_flight * outages,
        "{sent} sent, {} distinct",
        distinct.len()
    );
    acknowledged
}

async fn forum(app: &TestApp) -> i64 {
    let token = app.admin_token().await;
    let mut body = event_body("ict", 30, "Forum under load");
    body["capacity"] = Value::Null;
    app.published_event(&token, &body).await
}

/// Runs the mail sender beside the load, as `serve` does.
fn sender_beside(app: &TestApp) {
    let worker = app.worker.clone();
    actix_web::rt::spawn(worker.run(Duration::from_millis(200), std::future::pending()));
}

#[actix_web::test]
async fn postgres_restarted_under_load_answers_503_then_recovers_within_seconds() {
    let cluster = OwnCluster::start();
    let url = cluster.create_database("outage");
    let app = spawn_app_on(TestDb::at(url), |_| {}).await;
    let event = forum(&app).await;
    sender_beside(&app);
    let run = Instant::now();
    let done = Arc::new(AtomicBool::new(false));
    let load = sign_ups_until(&app, event, 16, run, done.clone());
    let outage = async {
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let down = run.elapsed();
        cluster.pg_ctl_off_runtime("stop").await;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        cluster.pg_ctl_off_runtime("start").await;
        let back = run.elapsed();
        // Long enough after it is back to see the pool recover.
        tokio::time::sleep(Duration::from_secs(6)).await;
        done.store(true, Ordering::Relaxed);
        (down, back)
    };
    let (answers, (down, back)) = tokio::join!(load, outage);
    let during = answers
        .iter()
        .filter(|a| a.sent >= down && a.sent <= back)
        .count();
    assert!(during > 0, "no request was made during the outage");
    let recovered = answers
        .iter()
        .filter(|a| a.status == 201 && a.sent >= back)
        .map(|a| a.sent + a.took)
        .min()
        .expect("no sign-up succeeded after PostgreSQL was back");
    assert!(
        recovered - back < Duration::from_secs(5),
        "recovered {:?} after PostgreSQL was back",
        recovered - back
    );
    let acknowledged = assert_survived(&app, event, &answers, 1).await;
    assert!(
        acknowledged.len() > 20,
        "{} acknowledged",
        acknowledged.len()
    );
}

#[actix_web::test]
async fn sessions_terminated_under_load_answer_503_and_the_pool_recovers() {
    let app = spawn_app(Backend::Postgres).await;
    let event = forum(&app).await;
    sender_beside(&app);
    let database = app
        .db
        .url
        .rsplit('/')
        .next()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let run = Instant::now();
    let done = Arc::new(AtomicBool::new(false));
    let load = sign_ups_until(&app, event, 16, run, done.clone());
    let terminate = async {
        use diesel::{Connection, RunQueryDsl};
        let mut admin = diesel::PgConnection::establish(&postgres_url("postgres")).unwrap();
        let mut last = Duration::ZERO;
        for _ in 0..3 {
            tokio::time::sleep(Duration::from_millis(700)).await;
            diesel::sql_query(format!(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                 WHERE datname = '{database}' AND pid <> pg_backend_pid()"
            ))
            .execute(&mut admin)
            .unwrap();
            last = run.elapsed();
        }
        tokio::time::sleep(Duration::from_secs(5)).await;
        done.store(true, Ordering::Relaxed);
        last
    };
    let (answers, last) = tokio::join!(load, terminate);
    let recovered = answers
        .iter()
        .filter(|a| a.status == 201 && a.sent >= last)
        .map(|a| a.sent + a.took)
        .min()
        .expect("no sign-up succeeded after the sessions were terminated");
    assert!(recovered - last < Duration::from_secs(5));
    assert_survived(&app, event, &answers, 3).await;
}
