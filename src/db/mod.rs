//! Storage on SQLite or PostgreSQL from one code base: the connection enum, the
//! pools, migrations, and the few places where the two backends must differ.

pub mod schema;

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection, Pool, PooledConnection, R2D2Connection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");
const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");

#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Pg(PgConnection),
    Sqlite(SqliteConnection),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Postgres,
    Sqlite,
}

/// A checked `DATABASE_URL`: `sqlite://PATH` (or `sqlite:PATH`) or `postgres://...`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseUrl {
    backend: Backend,
    target: String,
}

impl DatabaseUrl {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            url::Url::parse(raw).map_err(|e| format!("not a valid PostgreSQL URL: {e}"))?;
            return Ok(Self {
                backend: Backend::Postgres,
                target: raw.to_owned(),
            });
        }
        let path = raw
            .strip_prefix("sqlite://")
            .or_else(|| raw.strip_prefix("sqlite:"))
            .ok_or_else(|| "must start with sqlite:// or postgres://".to_owned())?;
        if path.is_empty() {
            return Err("names no SQLite file (sqlite://clustercord.db)".into());
        }
        Ok(Self {
            backend: Backend::Sqlite,
            target: path.to_owned(),
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The URL without its password, for logs.
    pub fn redacted(&self) -> String {
        match self.backend {
            Backend::Sqlite => format!("sqlite://{}", self.target),
            Backend::Postgres => match url::Url::parse(&self.target) {
                Ok(mut url) if url.password().is_some() => {
                    let _ = url.set_password(Some("***"));
                    url.to_string()
                }
                _ => self.target.clone(),
            },
        }
    }

    fn connect(&self) -> ConnectionResult<DbConnection> {
        match self.backend {
            Backend::Postgres => PgConnection::establish(&self.target).map(DbConnection::Pg),
            Backend::Sqlite => {
                let mut conn = SqliteConnection::establish(&self.target)?;
                // FULL: an acknowledged write survives a power cut, not only a crash.
                // (batch_execute: sql_query would run only the first statement.)
                conn.batch_execute(
                    "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
                )
                .map_err(|e| ConnectionError::BadConnection(e.to_string()))?;
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }
}

/// Opens connections by the URL's scheme, so a PostgreSQL failure is reported as
/// itself rather than as "invalid URL" by the derived `establish`.
#[derive(Debug)]
pub struct Manager(DatabaseUrl);

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        self.0.connect().map_err(r2d2::Error::ConnectionError)
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.ping().map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        std::thread::panicking() || conn.is_broken()
    }
}

pub type Conn = PooledConnection<Manager>;

/// Handles to the database. SQLite gets one writer connection, because its busy
/// handler is unfair to many writers, and a pool of readers; PostgreSQL one pool.
#[derive(Clone)]
pub struct Db {
    backend: Backend,
    writer: Pool<Manager>,
    reader: Pool<Manager>,
    /// The queue of the thread that commits writes in groups (see `group_commit`):
    /// every write on SQLite, the writes that ask for it on PostgreSQL.
    queue: mpsc::Sender<Queued>,
    /// Counts writes run by this process, so caches of rendered pages can tell
    /// that the data under them may have changed.
    writes: Arc<AtomicU64>,
}

/// What a queued write leaves behind once it has run: it hands its result to the
/// waiting request when told whether the batch's commit succeeded.
type Finish = Box<dyn FnOnce(Result<(), &DbError>) + Send>;
/// A queued write: given the writer connection (or `None` when there is none to
/// give), it runs and returns how to finish.
type Job = Box<dyn FnOnce(Option<&mut DbConnection>) -> Finish + Send>;

struct Queued {
    /// Writes with the same key may share a transaction on PostgreSQL (SQLite
    /// groups everything: it has one writer anyway).
    key: Option<i64>,
    job: Job,
}

/// At most this many writes share one SQLite commit.
const MAX_BATCH: usize = 256;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
    #[error("no database connection: {0}")]
    Pool(#[from] r2d2::PoolError),
    #[error("database task failed: {0}")]
    Task(String),
    #[error("the database could not commit: {0}")]
    Commit(String),
}

impl Db {
    /// Opens the pools and checks that one connection can be made, reporting the
    /// database's own error when not.
    pub fn open(url: &DatabaseUrl, pool_size: u32) -> Result<Db, String> {
        url.connect()
            .map_err(|e| format!("cannot open {}: {e}", url.redacted()))?;
        // A SQLite file connection does not go stale: checking each one out with a
        // query would only cost a statement parse per request.
        let test_on_check_out = url.backend() == Backend::Postgres;
        let build = |size: u32| {
            Pool::builder()
                .max_size(size)
                .test_on_check_out(test_on_check_out)
                .min_idle(Some(1))
                .connection_timeout(Duration::from_secs(10))
                .build(Manager(url.clone()))
                .map_err(|e| format!("cannot open {}: {e}", url.redacted()))
        };
        let backend = url.backend();
        let (writer, reader) = match backend {
            Backend::Sqlite => (build(1)?, build(pool_size)?),
            Backend::Postgres => {
                let pool = build(pool_size)?;
                (pool.clone(), pool)
            }
        };
        let (queue, jobs) = mpsc::channel();
        let pool = writer.clone();
        let by_key = backend == Backend::Postgres;
        std::thread::Builder::new()
            .name("group-commit".into())
            .spawn(move || group_commit(&pool, &jobs, by_key))
            .map_err(|e| format!("cannot start the writer thread: {e}"))?;
        let db = Db {
            backend,
            writer,
            reader,
            queue,
            writes: Arc::default(),
        };
        Ok(db)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Applies the pending migrations of this backend. On PostgreSQL an advisory lock
    /// lets several processes start at once.
    pub fn migrate(&self) -> Result<Vec<String>, String> {
        let mut conn = self.writer.get().map_err(|e| e.to_string())?;
        let conn = &mut *conn;
        let run = |conn: &mut DbConnection, set: EmbeddedMigrations| {
            conn.run_pending_migrations(set)
                .map(|done| done.iter().map(ToString::to_string).collect())
                .map_err(|e| format!("migration failed: {e}"))
        };
        match self.backend {
            Backend::Sqlite => run(conn, SQLITE_MIGRATIONS),
            Backend::Postgres => {
                const LOCK: &str = "SELECT pg_advisory_lock(7243001)";
                const UNLOCK: &str = "SELECT pg_advisory_unlock(7243001)";
                diesel::sql_query(LOCK)
                    .execute(conn)
                    .map_err(|e| e.to_string())?;
                let result = run(conn, POSTGRES_MIGRATIONS);
                diesel::sql_query(UNLOCK)
                    .execute(conn)
                    .map_err(|e| e.to_string())?;
                result
            }
        }
    }

    /// Runs blocking reads on a reader connection, off the async executor.
    pub async fn read<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
    {
        run_blocking(self.reader.clone(), f).await
    }

    /// Runs `f` on the writer connection, off the async executor. `f` (an `ops`
    /// function) opens its own transaction where it needs one. Its result is handed
    /// back only once its writes are committed.
    pub async fn write<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
    {
        match self.backend {
            Backend::Sqlite => self.queued(None, f).await,
            Backend::Postgres => {
                let _written = Written(self.writes.clone());
                run_blocking(self.writer.clone(), f).await
            }
        }
    }

    /// Like `write`, for writes that contend for one row (`key`): registrations for
    /// one event. On PostgreSQL those waiting at once share one transaction on one
    /// connection, taking the row lock and paying the commit once for all.
    pub async fn write_grouped<T, E, F>(&self, key: i64, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
    {
        self.queued(Some(key), f).await
    }

    async fn queued<T, E, F>(&self, key: Option<i64>, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
    {
        let written = Written(self.writes.clone());
        let (reply, answer) = tokio::sync::oneshot::channel::<Result<T, E>>();
        let job: Job = Box::new(move |conn| {
            let result = match conn {
                Some(conn) => f(conn),
                None => Err(DbError::Task("no writer connection".into()).into()),
            };
            Box::new(move |committed: Result<(), &DbError>| {
                let result = match committed {
                    Ok(()) => result,
                    Err(error) => Err(DbError::Commit(error.to_string()).into()),
                };
                let _ = reply.send(result);
            })
        });
        // The answer is dropped unsent when the write panicked (its batch failed)
        // or the writer thread is gone.
        let stopped = || DbError::Task("the write did not complete".into());
        self.queue
            .send(Queued { key, job })
            .map_err(|_| stopped())?;
        let result = answer.await.map_err(|_| stopped())?;
        drop(written);
        result
    }

    /// How many writes this process has finished; grows whenever data may have changed.
    pub fn write_count(&self) -> u64 {
        self.writes.load(Ordering::Acquire)
    }

    /// Runs `f` in one write transaction on the writer, off the async executor.
    pub async fn transaction<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
    {
        self.write(move |conn| write_transaction(conn, f)).await
    }

    /// Whether the database answers a trivial statement.
    pub async fn ping(&self) -> Result<(), DbError> {
        self.read(|conn| Ok::<_, DbError>(conn.batch_execute("SELECT 1")?))
            .await
    }

    /// A connection for blocking code that is already off the executor (CLI, tests).
    pub fn writer_blocking(&self) -> Result<Conn, DbError> {
        Ok(self.writer.get()?)
    }
}

/// Counts a write as finished when dropped: whether it succeeded, failed or its
/// request went away, the data may have changed.
struct Written(Arc<AtomicU64>);

impl Drop for Written {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::AcqRel);
    }
}

async fn run_blocking<T, E, F>(pool: Pool<Manager>, f: F) -> Result<T, E>
where
    T: Send + 'static,
    E: From<DbError> + Send + 'static,
    F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
{
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().map_err(DbError::from)?;
        f(&mut conn)
    })
    .await
    .map_err(|e| DbError::Task(e.to_string()))?
}

/// The writer thread: group commit. Every write waiting in the queue runs in
/// one transaction, each in its own savepoint (`write_transaction` nests), and all
/// are answered after the one COMMIT, so a burst of registrations pays for one
/// BEGIN and one fsync instead of one each. Nothing is acknowledged before it is
/// durable: when the commit fails, every write of the batch gets the error.
///
/// On PostgreSQL (`by_key`) a batch holds only writes with the same key, so it locks
/// one event's row: two processes' batches can then never deadlock on two rows.
fn group_commit(pool: &Pool<Manager>, jobs: &mpsc::Receiver<Queued>, by_key: bool) {
    let mut deferred: VecDeque<Queued> = VecDeque::new();
    loop {
        let first = match deferred.pop_front() {
            Some(queued) => queued,
            None => match jobs.recv() {
                Ok(queued) => queued,
                Err(_) => return,
            },
        };
        let key = first.key;
        let belongs = |q: &Queued| !by_key || (key.is_some() && q.key == key);
        let mut batch = vec![first.job];
        for queued in std::mem::take(&mut deferred) {
            if batch.len() < MAX_BATCH && belongs(&queued) {
                batch.push(queued.job);
            } else {
                deferred.push_back(queued);
            }
        }
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(queued) if belongs(&queued) => batch.push(queued.job),
                Ok(queued) => deferred.push_back(queued),
                Err(_) => break,
            }
        }
        let mut conn = match pool.get() {
            Ok(conn) => conn,
            Err(error) => {
                let error = DbError::from(error);
                for job in batch {
                    job(None)(Err(&error));
                }
                continue;
            }
        };
        if batch.len() == 1 {
            // Alone: the write's own transaction (or autocommit) is the commit.
            let job = batch.pop().expect("one job");
            let finish = job(Some(&mut conn));
            finish(Ok(()));
            continue;
        }
        run_batch(&mut conn, batch);
    }
}

fn run_batch(conn: &mut DbConnection, batch: Vec<Job>) {
    type Tm = <DbConnection as Connection>::TransactionManager;
    if let Err(error) = begin_immediate(conn) {
        let error = DbError::from(error);
        for job in batch {
            job(None)(Err(&error));
        }
        return;
    }
    let started = std::time::Instant::now();
    let mut finished = Vec::with_capacity(batch.len());
    let mut jobs = batch.into_iter();
    for job in jobs.by_ref() {
        let conn = &mut *conn;
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(Some(conn)))) {
            Ok(finish) => finished.push(finish),
            // A write that panicked may have left anything behind: give up the
            // whole batch; its request's answer channel is already gone.
            Err(_) => {
                let error = DbError::Task("a write in the batch failed".into());
                // Whatever savepoints the write left open: end the whole transaction.
                // Diesel still counts it open, so the pool discards this connection.
                let _ = conn.batch_execute("ROLLBACK");
                for finish in finished {
                    finish(Err(&error));
                }
                for job in jobs {
                    job(None)(Err(&error));
                }
                return;
            }
        }
    }
    let ran = started.elapsed();
    let outcome = Tm::commit_transaction(conn).map_err(DbError::from);
    tracing::debug!(size = finished.len(), ?ran, total = ?started.elapsed(), "group commit");
    if outcome.is_err() {
        let _ = Tm::rollback_transaction(conn);
    }
    for finish in finished {
        finish(outcome.as_ref().map(|_| ()));
    }
}

/// On SQLite, BEGIN IMMEDIATE takes the write lock up front: a deferred transaction
/// that reads first can fail with SQLITE_BUSY when another process writes in between,
/// and the busy timeout does not cover that case.
fn begin_immediate(conn: &mut DbConnection) -> QueryResult<()> {
    type Tm = <DbConnection as Connection>::TransactionManager;
    match conn {
        DbConnection::Sqlite(inner) => {
            AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")
        }
        DbConnection::Pg(_) => Tm::begin_transaction(conn),
    }
}

/// One transaction around `f`: BEGIN IMMEDIATE on SQLite (see `begin_immediate`),
/// or a savepoint when the writer thread has already opened the batch's transaction.
pub fn write_transaction<T, E, F>(conn: &mut DbConnection, f: F) -> Result<T, E>
where
    E: From<DbError>,
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
{
    type Tm = <DbConnection as Connection>::TransactionManager;
    let nested = Tm::transaction_manager_status_mut(conn)
        .transaction_depth()
        .map_err(DbError::from)?
        .is_some();
    let begun = if nested {
        Tm::begin_transaction(conn)
    } else {
        begin_immediate(conn)
    };
    begun.map_err(DbError::from)?;
    match f(conn) {
        Ok(value) => match Tm::commit_transaction(conn) {
            Ok(()) => Ok(value),
            Err(error) => {
                let _ = Tm::rollback_transaction(conn);
                Err(DbError::from(error).into())
            }
        },
        Err(error) => {
            Tm::rollback_transaction(conn).map_err(DbError::from)?;
            Err(error)
        }
    }
}

/// Whether a diesel error is a unique-constraint violation (a concurrent duplicate).
pub fn is_unique_violation(error: &diesel::result::Error) -> bool {
    matches!(
        error,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_urls_select_the_backend_by_scheme() {
        let sqlite = DatabaseUrl::parse("sqlite://clustercord.db").unwrap();
        assert_eq!(sqlite.backend(), Backend::Sqlite);
        assert_eq!(sqlite.target, "clustercord.db");
        assert_eq!(
            DatabaseUrl::parse("sqlite:/tmp/x.db").unwrap().target,
            "/tmp/x.db"
        );
        let pg = DatabaseUrl::parse("postgres://app:secret@db:5432/cc").unwrap();
        assert_eq!(pg.backend(), Backend::Postgres);
        assert!(!pg.redacted().contains("secret"));
        assert!(DatabaseUrl::parse("mysql://x").is_err());
        assert!(DatabaseUrl::parse("sqlite://").is_err());
        assert!(DatabaseUrl::parse("clustercord.db").is_err());
    }

    #[test]
    fn sqlite_connections_get_every_pragma() {
        let dir = tempfile::tempdir().unwrap();
        let url =
            DatabaseUrl::parse(&format!("sqlite://{}", dir.path().join("p.db").display())).unwrap();
        let DbConnection::Sqlite(mut conn) = url.connect().unwrap() else {
            panic!("not SQLite")
        };
        #[derive(QueryableByName)]
        struct Value {
            #[diesel(sql_type = diesel::sql_types::Text)]
            value: String,
        }
        let mut pragma = |name: &str| {
            diesel::sql_query(format!(
                "SELECT CAST((SELECT * FROM pragma_{name}) AS TEXT) AS value"
            ))
            .get_result::<Value>(&mut conn)
            .unwrap()
            .value
        };
        assert_eq!(pragma("journal_mode"), "wal");
        assert_eq!(pragma("foreign_keys"), "1");
        assert_eq!(pragma("busy_timeout"), "5000");
        assert_eq!(pragma("synchronous"), "2");
    }
}
