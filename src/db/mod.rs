//! Storage on SQLite or PostgreSQL from one code base: the connection enum, the
//! pools, migrations, and the few places where the two backends must differ.

pub mod schema;

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
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
    #[error("no database connection: {0}")]
    Pool(#[from] r2d2::PoolError),
    #[error("database task failed: {0}")]
    Task(String),
}

impl Db {
    /// Opens the pools and checks that one connection can be made, reporting the
    /// database's own error when not.
    pub fn open(url: &DatabaseUrl, pool_size: u32) -> Result<Db, String> {
        url.connect()
            .map_err(|e| format!("cannot open {}: {e}", url.redacted()))?;
        let build = |size: u32| {
            Pool::builder()
                .max_size(size)
                .min_idle(Some(1))
                .connection_timeout(Duration::from_secs(10))
                .build(Manager(url.clone()))
                .map_err(|e| format!("cannot open {}: {e}", url.redacted()))
        };
        let db = match url.backend() {
            Backend::Sqlite => Db {
                backend: Backend::Sqlite,
                writer: build(1)?,
                reader: build(pool_size)?,
            },
            Backend::Postgres => {
                let pool = build(pool_size)?;
                Db {
                    backend: Backend::Postgres,
                    writer: pool.clone(),
                    reader: pool,
                }
            }
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
    /// function) opens its own transaction where it needs one.
    pub async fn write<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
    {
        run_blocking(self.writer.clone(), f).await
    }

    /// Runs `f` in one write transaction on the writer, off the async executor.
    pub async fn transaction<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
    {
        run_blocking(self.writer.clone(), move |conn| write_transaction(conn, f)).await
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

/// One transaction around `f`. On SQLite it begins IMMEDIATE, taking the write lock
/// up front: a deferred transaction that reads first can fail with SQLITE_BUSY when
/// another process writes in between, and the busy timeout does not cover that case.
pub fn write_transaction<T, E, F>(conn: &mut DbConnection, f: F) -> Result<T, E>
where
    E: From<DbError>,
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
{
    type Tm = <DbConnection as Connection>::TransactionManager;
    let begun = match conn {
        DbConnection::Sqlite(inner) => {
            AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")
        }
        DbConnection::Pg(_) => Tm::begin_transaction(conn),
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
