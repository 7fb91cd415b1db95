//! `Db`: the handles to the database. Reads run on a pool of connections off the
//! async executor; writes go through the writer thread (`group_commit`).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::Pool;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use super::group_commit::{group_commit, Job, Queued};
use super::url::{Conn, DatabaseUrl, Manager};
use super::{write_transaction, Backend, DbConnection, DbError};

const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");
const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");

/// Handles to the database. SQLite gets one writer connection, because its busy
/// handler is unfair to many writers, and a pool of readers; PostgreSQL one pool.
#[derive(Clone)]
pub struct Db {
    backend: Backend,
    url: DatabaseUrl,
    writer: Pool<Manager>,
    reader: Pool<Manager>,
    /// The queue of the thread that commits writes in groups (see `group_commit`):
    /// every write on SQLite, the writes that ask for it on PostgreSQL.
    queue: mpsc::Sender<Queued>,
    /// Counts writes run by this process, so caches of rendered pages can tell
    /// that the data under them may have changed.
    writes: Arc<Writes>,
}

/// What a write may have changed, for the count of writes a cached page checks.
#[derive(Clone, Copy)]
enum Scope {
    /// Anything.
    All,
    /// Only what belongs to this key (an event's registrations).
    Key(i64),
    /// Nothing a page shows: the mail sender's claims and delivery records.
    Unseen,
}

/// Writes finished by this process: all of unknown reach, and those of each key.
#[derive(Default)]
struct Writes {
    all: AtomicU64,
    by_key: std::sync::Mutex<std::collections::HashMap<i64, u64>>,
}

/// The writes that may have changed what a key shows, as `Db::write_count` tells.
pub type WriteCount = (u64, u64);

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
                .connection_timeout(Duration::from_secs(5))
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
        let writes: Arc<Writes> = Arc::default();
        if backend == Backend::Sqlite {
            super::checkpoint::start(url, Arc::downgrade(&writes))?;
        }
        let db = Db {
            backend,
            url: url.clone(),
            writer,
            reader,
            queue,
            writes,
        };
        Ok(db)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Where the database is, for the rare connection of its own outside the pools
    /// (the mail sender's liveness lock).
    pub fn url(&self) -> &DatabaseUrl {
        &self.url
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
        self.write_in(Scope::All, f).await
    }

    /// Like `write`, for writes that no page shows (the mail sender's claims and
    /// records of delivery): cached pages stay as they are.
    pub async fn write_unseen<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
    {
        self.write_in(Scope::Unseen, f).await
    }

    async fn write_in<T, E, F>(&self, scope: Scope, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
    {
        match self.backend {
            Backend::Sqlite => self.queued(None, scope, f).await,
            Backend::Postgres => {
                let _written = Written(self.writes.clone(), scope);
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
        self.queued(Some(key), Scope::Key(key), f).await
    }

    async fn queued<T, E, F>(&self, key: Option<i64>, scope: Scope, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
    {
        let written = Written(self.writes.clone(), scope);
        let (reply, answer) = tokio::sync::oneshot::channel::<Result<T, E>>();
        let job: Job = Box::new(move |conn| {
            let result = match conn {
                Some(conn) => f(conn),
                None => Err(DbError::Task("no writer connection".into()).into()),
            };
            Box::new(move |committed: Result<(), &DbError>| {
                let result = match committed {
                    Ok(()) => result,
                    Err(error) if error.is_unavailable() => {
                        Err(DbError::Unavailable(error.to_string()).into())
                    }
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

    /// How many writes this process has finished that may have changed what `key`
    /// shows (those of unknown reach, and those of the key); grows whenever it may
    /// have changed.
    pub fn write_count(&self, key: i64) -> WriteCount {
        let of_key = lock(&self.writes.by_key).get(&key).copied().unwrap_or(0);
        (self.writes.all.load(Ordering::Acquire), of_key)
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

    /// `transaction` for writes no page shows (see `write_unseen`).
    pub async fn transaction_unseen<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
    {
        self.write_unseen(move |conn| write_transaction(conn, f))
            .await
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
struct Written(Arc<Writes>, Scope);

impl Drop for Written {
    fn drop(&mut self) {
        match self.1 {
            Scope::All => {
                self.0.all.fetch_add(1, Ordering::AcqRel);
            }
            Scope::Key(key) => *lock(&self.0.by_key).entry(key).or_default() += 1,
            Scope::Unseen => {}
        }
    }
}

fn lock<T>(mutex: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
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
