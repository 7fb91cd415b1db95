//! `DATABASE_URL` parsed, and how a connection is opened for each backend (the
//! SQLite pragmas) and pooled.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection, PooledConnection, R2D2Connection};

use super::{Backend, DbConnection};

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

    /// A connection of its own, outside the pools.
    pub fn connect(&self) -> ConnectionResult<DbConnection> {
        match self.backend {
            Backend::Postgres => PgConnection::establish(&self.target).map(DbConnection::Pg),
            Backend::Sqlite => {
                let mut conn = SqliteConnection::establish(&self.target)?;
                // FULL: an acknowledged write survives a power cut, not only a crash.
                // (batch_execute: sql_query would run only the first statement.)
                // The WAL is checkpointed by a thread of its own (`checkpoint`).
                conn.batch_execute(&format!(
                    "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; \
                     PRAGMA wal_autocheckpoint = {};",
                    SELF_CHECKPOINT_PAGES
                ))
                .map_err(|e| ConnectionError::BadConnection(e.to_string()))?;
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }
}

/// How many pages of WAL a committing connection lets grow before it checkpoints
/// itself (SQLite's default is 1,000): the thread of `checkpoint` does it beside
/// the writer, and this is the safety net for when that thread cannot keep up or
/// is gone.
const SELF_CHECKPOINT_PAGES: u32 = 16_384;

/// Opens connections by the URL's scheme, so a PostgreSQL failure is reported as
/// itself rather than as "invalid URL" by the derived `establish`.
#[derive(Debug)]
pub struct Manager(pub(super) DatabaseUrl);

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
        #[derive(QueryableByName)]
        struct Pages {
            #[diesel(sql_type = diesel::sql_types::Integer)]
            wal_autocheckpoint: i32,
        }
        // Not a table-valued pragma: asked as itself.
        let pages: Pages = diesel::sql_query("PRAGMA wal_autocheckpoint")
            .get_result(&mut conn)
            .unwrap();
        assert_eq!(pages.wal_autocheckpoint, 16_384);
    }
}
