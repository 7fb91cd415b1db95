//! The storage layer itself: concurrent writes share commits without mixing their
//! outcomes, and every foreign key's child column is indexed.

use clustercord::db::{write_transaction, DatabaseUrl, Db, DbError};
use diesel::connection::SimpleConnection;
use diesel::RunQueryDsl;

use crate::helpers::{Backend, TestDb};

fn open(test_db: &TestDb) -> Db {
    let db = Db::open(&DatabaseUrl::parse(&test_db.url).unwrap(), 4).unwrap();
    db.migrate().unwrap();
    db
}

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// 200 writes at once, every fifth failing after its insert: the failures leave
/// nothing behind, every other write is there, and each caller got its own answer
/// (they run in shared batches, one commit each: all of them on SQLite, the
/// grouped ones on PostgreSQL).
async fn simultaneous_writes_keep_their_own_outcomes(backend: Backend) {
    let test_db = TestDb::new(backend);
    let db = open(&test_db);
    db.write(|conn| {
        conn.batch_execute("CREATE TABLE t (n BIGINT NOT NULL)")
            .map_err(DbError::from)
    })
    .await
    .unwrap();
    let writes = (0..200).map(|n: i64| {
        let db = db.clone();
        async move {
            let write = move |conn: &mut clustercord::db::DbConnection| {
                write_transaction(conn, |conn| {
                    conn.batch_execute(&format!("INSERT INTO t (n) VALUES ({n})"))?;
                    if n % 5 == 0 {
                        return Err(DbError::Task(format!("write {n} refused")));
                    }
                    Ok(n)
                })
            };
            // Both paths: plain writes, and writes grouped by a key (three keys).
            if n % 2 == 0 {
                db.write(write).await
            } else {
                db.write_grouped(n % 3, write).await
            }
        }
    });
    let answers = futures_util::future::join_all(writes).await;
    for (n, answer) in answers.iter().enumerate() {
        match answer {
            Ok(got) => assert_eq!(*got, n as i64),
            Err(e) => {
                assert_eq!(n % 5, 0, "write {n} failed: {e}");
                assert!(e.to_string().contains(&format!("write {n} refused")));
            }
        }
    }
    assert_eq!(count(&db, "SELECT COUNT(*) AS n FROM t").await, 160);
    let refused = count(&db, "SELECT COUNT(*) AS n FROM t WHERE n % 5 = 0").await;
    assert_eq!(refused, 0, "a refused write left a row");
    // A page of key k is changed by the plain writes and by those of key k only.
    let counts: Vec<_> = (0..3).map(|key| db.write_count(key)).collect();
    assert!(counts.iter().all(|(all, _)| *all >= 100), "{counts:?}");
    let grouped: u64 = counts.iter().map(|(_, of_key)| of_key).sum();
    assert_eq!(grouped, 100, "{counts:?}");
    assert_eq!(db.write_count(7).1, 0, "no write of key 7");
    let before = db.write_count(1);
    db.write_unseen(|conn| {
        conn.batch_execute("INSERT INTO t (n) VALUES (1000)")
            .map_err(DbError::from)
    })
    .await
    .unwrap();
    assert_eq!(db.write_count(1), before, "a write no page shows");
}

on_both_backends!(
    simultaneous_writes_keep_their_own_outcomes,
    queued_messages_keep_their_bodies_through_the_upgrade,
);

/// The outbox's bodies move to a table of their own (migration 2026-12-09) with
/// every message queued before: each reads as it did, and is sent whole.
async fn queued_messages_keep_their_bodies_through_the_upgrade(backend: Backend) {
    use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};
    const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
    const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");
    let test_db = TestDb::new(backend);
    let url = DatabaseUrl::parse(&test_db.url).unwrap();
    let mut conn = url.connect().unwrap();
    let set = || match backend {
        Backend::Sqlite => SQLITE,
        Backend::Postgres => POSTGRES,
    };
    conn.run_pending_migrations(set()).unwrap();
    conn.revert_last_migration(set()).unwrap();
    conn.batch_execute(
        "INSERT INTO outbox (message_id, kind, recipient, language, subject, body_text, \
         body_html, attachment_body, status, next_attempt_at, created_at) VALUES \
         ('<m1@x>', 'test_message', 'a@example.org', 'en', 'Hello', 'Plain words', \
         '<p>Plain words</p>', 'BEGIN:VCALENDAR', 'pending', '2026-12-01 10:00:00', \
         '2026-12-01 10:00:00')",
    )
    .unwrap();
    conn.run_pending_migrations(set()).unwrap();
    let row = clustercord::store::outbox::find(&mut conn, 1)
        .unwrap()
        .expect("the message is still there");
    assert_eq!(
        (
            row.subject.as_str(),
            row.body_text.as_str(),
            row.body_html.as_str(),
            row.attachment_body.as_deref()
        ),
        (
            "Hello",
            "Plain words",
            "<p>Plain words</p>",
            Some("BEGIN:VCALENDAR")
        )
    );
    // And back: the bodies return to the outbox's rows.
    conn.revert_last_migration(set()).unwrap();
    #[derive(diesel::QueryableByName)]
    struct Body {
        #[diesel(sql_type = diesel::sql_types::Text)]
        body_html: String,
    }
    let back: Body = diesel::sql_query("SELECT body_html FROM outbox")
        .get_result(&mut conn)
        .unwrap();
    assert_eq!(back.body_html, "<p>Plain words</p>");
}

/// SQLite's WAL is copied into the database file by a thread of its own, not by
/// the writer inside its commits: 8 MB written in 40 commits, far under the
/// writer's own threshold of 64 MB, are in the database file within seconds.
#[actix_web::test]
async fn the_wal_is_checkpointed_beside_the_writer() {
    let test_db = TestDb::new(Backend::Sqlite);
    let db = open(&test_db);
    db.write(|conn| {
        conn.batch_execute("CREATE TABLE blobs (b BLOB NOT NULL)")
            .map_err(DbError::from)
    })
    .await
    .unwrap();
    let file = test_db.url.trim_start_matches("sqlite://").to_owned();
    let before = std::fs::metadata(&file).unwrap().len();
    for _ in 0..40 {
        db.write(|conn| {
            conn.batch_execute(
                "INSERT INTO blobs (b) SELECT randomblob(4000) FROM \
                 (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) \
                 SELECT i FROM n)",
            )
            .map_err(DbError::from)
        })
        .await
        .unwrap();
    }
    let written = 40 * 50 * 4000;
    crate::helpers::eventually("the WAL checkpointed into the database file", || {
        std::fs::metadata(&file).unwrap().len() >= before + written
    })
    .await;
}

async fn count(db: &Db, sql: &'static str) -> i64 {
    let rows: Vec<Count> = db
        .read(move |conn| diesel::sql_query(sql).load(conn).map_err(DbError::from))
        .await
        .unwrap();
    rows[0].n
}

#[derive(diesel::QueryableByName)]
struct Name {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
}

#[derive(diesel::QueryableByName)]
struct ForeignKey {
    #[diesel(sql_type = diesel::sql_types::Text)]
    from: String,
}

#[derive(diesel::QueryableByName)]
struct IndexColumn {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
}

/// A foreign key without an index on its child column makes SQLite scan the child
/// table whenever a parent row is deleted or its key touched (that once cost a
/// scan of the whole outbox per registration).
#[actix_web::test]
async fn every_foreign_key_has_an_index_on_sqlite() {
    let test_db = TestDb::new(Backend::Sqlite);
    let db = open(&test_db);
    let mut conn = db.writer_blocking().unwrap();
    let tables: Vec<Name> = diesel::sql_query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name NOT LIKE '__diesel%'",
    )
    .load(&mut *conn)
    .unwrap();
    let mut missing = Vec::new();
    for table in tables {
        let keys: Vec<ForeignKey> = diesel::sql_query(format!(
            "SELECT \"from\" FROM pragma_foreign_key_list('{}')",
            table.name
        ))
        .load(&mut *conn)
        .unwrap();
        // The first column of any index (primary keys included) serves the lookup.
        let leading: Vec<IndexColumn> = diesel::sql_query(format!(
            "SELECT ii.name AS name FROM pragma_index_list('{0}') il, \
             pragma_index_info(il.name) ii WHERE ii.seqno = 0",
            table.name
        ))
        .load(&mut *conn)
        .unwrap();
        for key in keys {
            if !leading.iter().any(|c| c.name == key.from) {
                missing.push(format!("{}.{}", table.name, key.from));
            }
        }
    }
    let allowed = [
        "members.organisation_kind",
        "registrations.organisation_kind",
    ];
    missing.retain(|m| !allowed.contains(&m.as_str()));
    assert!(
        missing.is_empty(),
        "foreign keys without an index: {missing:?}"
    );
}
