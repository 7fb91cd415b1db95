//! The writer thread: many writes share one transaction and one commit.

use std::collections::VecDeque;
use std::sync::mpsc;

use diesel::connection::{SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::r2d2::Pool;

use super::transaction::begin_immediate;
use super::url::Manager;
use super::{DbConnection, DbError};

/// What a queued write leaves behind once it has run: it hands its result to the
/// waiting request when told whether the batch's commit succeeded.
pub(super) type Finish = Box<dyn FnOnce(Result<(), &DbError>) + Send>;
/// A queued write: given the writer connection (or `None` when there is none to
/// give), it runs and returns how to finish.
pub(super) type Job = Box<dyn FnOnce(Option<&mut DbConnection>) -> Finish + Send>;

pub(super) struct Queued {
    /// Writes with the same key may share a transaction on PostgreSQL (SQLite
    /// groups everything: it has one writer anyway).
    pub key: Option<i64>,
    pub job: Job,
}

/// At most this many writes share one SQLite commit.
const MAX_BATCH: usize = 256;

/// The writer thread: group commit. Every write waiting in the queue runs in
/// one transaction, each in its own savepoint (`write_transaction` nests), and all
/// are answered after the one COMMIT, so a burst of registrations pays for one
/// BEGIN and one fsync instead of one each. Nothing is acknowledged before it is
/// durable: when the commit fails, every write of the batch gets the error.
///
/// On PostgreSQL (`by_key`) a batch holds only writes with the same key, so it locks
/// one event's row: two processes' batches can then never deadlock on two rows.
pub(super) fn group_commit(pool: &Pool<Manager>, jobs: &mpsc::Receiver<Queued>, by_key: bool) {
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
            let conn = &mut *conn;
            // A write that panics loses its own answer, not the writer thread.
            if let Ok(finish) =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(Some(conn))))
            {
                finish(Ok(()));
            }
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
