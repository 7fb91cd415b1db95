//! The `report` scenario: the participation report over 100,000 registrations of
//! 1,000 held events (the size of a whole programme), seeded straight into the
//! database, asked for over HTTP one request at a time.

use std::time::Instant;

use diesel::{Connection, PgConnection, RunQueryDsl, SqliteConnection};

use super::{client, fresh_database, token, Backend, Row, Server, Tally};

const EVENTS: i64 = 1_000;
const PER_EVENT: i64 = 100;
const ORGANISATIONS: i64 = 2_000;
const PEOPLE: i64 = 20_000;
const COUNTRIES: [&str; 8] = ["IT", "AT", "SI", "HR", "HU", "SK", "CZ", "PL"];

/// Runs the seed statements on the server's database, beside the running server.
fn execute(backend: Backend, url: &str, statements: &[String]) {
    match backend {
        Backend::Postgres => {
            let mut conn = PgConnection::establish(url).expect("the benchmark database");
            for sql in statements {
                diesel::sql_query(sql).execute(&mut conn).unwrap();
            }
        }
        Backend::Sqlite => {
            let path = url.trim_start_matches("sqlite://");
            let mut conn = SqliteConnection::establish(path).expect("the benchmark database");
            diesel::sql_query("PRAGMA busy_timeout = 10000")
                .execute(&mut conn)
                .unwrap();
            conn.transaction(|conn| {
                for sql in statements {
                    diesel::sql_query(sql).execute(conn)?;
                }
                Ok::<_, diesel::result::Error>(())
            })
            .unwrap();
        }
    }
}

fn inserts(table: &str, columns: &str, rows: impl Iterator<Item = String>) -> Vec<String> {
    let rows: Vec<String> = rows.collect();
    rows.chunks(500)
        .map(|chunk| format!("INSERT INTO {table} ({columns}) VALUES {}", chunk.join(",")))
        .collect()
}

fn seed(now: chrono::NaiveDateTime) -> Vec<String> {
    let at = |t: chrono::NaiveDateTime| t.format("'%Y-%m-%d %H:%M:%S'").to_string();
    let mut sql = inserts(
        "organisations",
        "id, key, country, name, kind, created_at",
        (1..=ORGANISATIONS).map(|n| {
            let kind = ["company", "cluster", "research", "agency"][n as usize % 4];
            let country = COUNTRIES[n as usize % 8];
            format!(
                "({n}, 'org{n}', '{country}', 'Organisation {n}', '{kind}', {})",
                at(now)
            )
        }),
    );
    sql.extend(inserts(
        "events",
        "id, group_id, kind, status, title, description, starts_at, ends_at, timezone, \
         venue_name, venue_address, venue_city, venue_country, confirmed_count, \
         waitlisted_count, sequence, created_at, updated_at, published_at, audience",
        (1..=EVENTS).map(|e| {
            let starts = now - chrono::Duration::hours(17 * e + 24);
            let kind = if e % 3 == 0 {
                "study_visit"
            } else {
                "exchange_forum"
            };
            let audience = if e % 10 == 0 { "public" } else { "closed" };
            format!(
                "({e}, {}, '{kind}', 'published', 'Forum {e}', '', {}, {}, 'Europe/Rome', \
                 'Hall', 'Street 1', 'Milano', 'IT', {PER_EVENT}, 0, 0, {}, {}, {}, '{audience}')",
                1 + e % 5,
                at(starts),
                at(starts + chrono::Duration::hours(8)),
                at(now),
                at(now),
                at(now)
            )
        }),
    ));
    sql.extend(inserts(
        "registrations",
        "event_id, name, email, email_key, organisation, country, language, organisation_kind, \
         status, manage_token, attendance, created_at, updated_at, confirmed_at, organisation_id",
        (1..=EVENTS).flat_map(|e| {
            (0..PER_EVENT).map(move |j| {
                let person = (e * 37 + j * 211) % PEOPLE;
                let organisation = person % ORGANISATIONS + 1;
                let country = COUNTRIES[organisation as usize % 8];
                let kind = ["company", "cluster", "research", "agency"][organisation as usize % 4];
                let attendance = match j % 10 {
                    8 => "'no_show'",
                    9 => "NULL",
                    _ => "'attended'",
                };
                let stamp = "'2025-01-01 00:00:00'";
                format!(
                    "({e}, 'Person {person}', 'p{person}@bench.example', 'p{person}@bench.example', \
                     'Organisation {organisation}', '{country}', 'en', '{kind}', 'confirmed', \
                     'bench-{e}-{j}', {attendance}, {stamp}, {stamp}, {stamp}, {organisation})"
                )
            })
        }),
    ));
    sql
}

/// Identity columns go on after the ids the seed chose (PostgreSQL only).
fn realign() -> Vec<String> {
    ["organisations", "events", "registrations"]
        .iter()
        .map(|t| {
            format!("SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT max(id) FROM {t}))")
        })
        .collect()
}

pub async fn report(backend: Backend, dir: &std::path::Path) -> Row {
    let url = fresh_database(backend, dir, "report");
    let server = Server::start(&url, None, &[]);
    let started = Instant::now();
    let now = chrono::Utc::now().naive_utc();
    let mut statements = seed(now);
    if backend == Backend::Postgres {
        statements.extend(realign());
        // What autovacuum does to a table this size soon after it is written:
        // statistics, and the visibility map that lets index-only scans skip the heap.
        statements.push("VACUUM ANALYZE".into());
    }
    let seed_url = url.clone();
    tokio::task::spawn_blocking(move || execute(backend, &seed_url, &statements))
        .await
        .unwrap();
    let seeded = started.elapsed();
    let http = client(1);
    let token = token(&http, &server.base).await;
    let today = now.date();
    let path = format!(
        "{}/api/v1/reports/participation?from={}&to={today}",
        server.base,
        today - chrono::Days::new(800)
    );
    let mut tally = Tally::default();
    let mut figures = serde_json::Value::Null;
    let begun = Instant::now();
    for n in 0..33 {
        let asked = Instant::now();
        let response = http.get(&path).bearer_auth(&token).send().await.unwrap();
        let status = response.status().as_u16();
        figures = response.json().await.unwrap();
        let took = asked.elapsed();
        // The first three warm the caches and are not counted.
        if n >= 3 {
            if status == 200 {
                tally.latencies.push(took);
            } else {
                *tally.errors.entry(status.to_string()).or_default() += 1;
            }
        }
    }
    let seconds = begun.elapsed().as_secs_f64();
    assert_eq!(figures["registrations"], EVENTS * PER_EVENT, "{figures}");
    Row::measured(
        "report 100k regs / 1k events, c=1".into(),
        tally,
        seconds,
        server.rss_mib(),
        format!(
            "seeded in {:.1} s; {} participations, {} people, {} organisations",
            seeded.as_secs_f64(),
            figures["participations"],
            figures["people"],
            figures["organisations"]
        ),
    )
}
