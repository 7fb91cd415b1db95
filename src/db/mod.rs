//! Storage on SQLite or PostgreSQL from one code base: the connection enum, the
//! pools, migrations, and the few places where the two backends must differ.

mod checkpoint;
mod group_commit;
mod pool;
pub mod schema;
mod transaction;
mod url;

use diesel::prelude::*;
use diesel::r2d2;

pub use pool::{Db, WriteCount};
pub use transaction::{is_unique_violation, write_transaction};
pub use url::{Conn, DatabaseUrl, Manager};

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
    /// The database was out of reach while a batch of writes ran (see
    /// `is_unavailable`); nothing of the batch was acknowledged.
    #[error("the database is not reachable: {0}")]
    Unavailable(String),
}

/// Runs `$body` with `$conn` bound to the backend's own connection: for the few
/// statements the multi-backend connection cannot run (batch inserts, row locks
/// that only PostgreSQL has). The one `match` on the backend outside `db/`'s own
/// code; each arm is checked by the compiler for its backend.
#[macro_export]
macro_rules! on_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        $crate::on_backend!($conn, postgres: |$c| $body, sqlite: |$c| $body)
    };
    ($conn:expr, postgres: |$pg:ident| $on_pg:expr, sqlite: |$lite:ident| $on_lite:expr) => {
        match $conn {
            $crate::db::DbConnection::Pg($pg) => $on_pg,
            $crate::db::DbConnection::Sqlite($lite) => $on_lite,
        }
    };
}
