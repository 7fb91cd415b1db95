//! Transactions that behave the same on both backends, and the one error the
//! use cases need to recognise.

use diesel::connection::{AnsiTransactionManager, TransactionManager};
use diesel::prelude::*;

use super::{DbConnection, DbError};

/// On SQLite, BEGIN IMMEDIATE takes the write lock up front: a deferred transaction
/// that reads first can fail with SQLITE_BUSY when another process writes in between,
/// and the busy timeout does not cover that case.
pub(super) fn begin_immediate(conn: &mut DbConnection) -> QueryResult<()> {
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

impl DbError {
    /// Whether the database was out of reach rather than the statement wrong: no
    /// connection to be had, or the one in use lost (PostgreSQL restarting or shut
    /// down, the session terminated). The client may try again.
    pub fn is_unavailable(&self) -> bool {
        use diesel::result::{DatabaseErrorKind, Error};
        match self {
            DbError::Pool(_) | DbError::Unavailable(_) => true,
            DbError::Query(Error::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                _,
            )) => true,
            // A transaction whose connection broke cannot be rolled back either.
            DbError::Query(Error::BrokenTransactionManager) => true,
            DbError::Query(Error::DatabaseError(_, info)) => lost_connection(info.message()),
            DbError::Commit(message) => lost_connection(message),
            _ => false,
        }
    }
}

/// PostgreSQL's words when a session ends under it (SQLSTATE classes 08 and 57P,
/// which diesel reports only as text).
fn lost_connection(message: &str) -> bool {
    const SIGNS: [&str; 7] = [
        "terminating connection",
        "server closed the connection",
        "no connection to the server",
        "the database system is shutting down",
        "the database system is starting up",
        "connection to server",
        "could not receive data from server",
    ];
    SIGNS.iter().any(|sign| message.contains(sign))
}
