//! Requests that write to one key (the registrations of one event) gathered into
//! one call of a use case that decides them together.
//!
//! Group commit alone shares the COMMIT between writes but still runs each one's
//! statements on their own: a sign-up takes a dozen round trips, and on PostgreSQL
//! those are what limit how many an event takes per second. Here the first request
//! for a key becomes the batch's leader: it queues one write, and every request that
//! arrives for that key before the write starts joins it. The use case then reads
//! the event once, decides every seat in memory and inserts the rows in a few
//! statements. Each request gets its own answer, only after the commit.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::db::{Db, DbConnection};
use crate::error::AppError;

/// What one batch returns: an answer per item, in the items' order; `Err` when the
/// whole batch failed (nothing of it was written).
pub type BatchResult<O> = Result<Vec<Result<O, AppError>>, AppError>;

type Reply<O> = tokio::sync::oneshot::Sender<Result<O, AppError>>;
/// Per key, the items waiting with where each one's answer goes.
type Waiting<I, O> = Arc<Mutex<HashMap<i64, Vec<(I, Reply<O>)>>>>;

/// Items waiting for their key's next batch.
pub struct Batches<I, O> {
    waiting: Waiting<I, O>,
}

impl<I, O> Default for Batches<I, O> {
    fn default() -> Self {
        Batches {
            waiting: Arc::default(),
        }
    }
}

impl<I: Send + 'static, O: Send + 'static> Batches<I, O> {
    /// Adds `item` to the next batch of `key` and waits for its answer. `run` is
    /// called (by the leader's request only) on the writer with every item gathered
    /// by then, and must answer them in order.
    pub async fn submit<F>(&self, db: &Db, key: i64, item: I, run: F) -> Result<O, AppError>
    where
        F: FnOnce(&mut DbConnection, Vec<I>) -> BatchResult<O> + Send + 'static,
    {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let leads = {
            let mut waiting = lock(&self.waiting);
            let queue = waiting.entry(key).or_default();
            queue.push((item, reply));
            queue.len() == 1
        };
        if leads {
            // A task of its own: the leader's client may go away, the others'
            // answers must still come.
            tokio::spawn(lead(db.clone(), self.waiting.clone(), key, run));
        }
        answer
            .await
            .map_err(|_| AppError::internal(anyhow::anyhow!("the batch ended without an answer")))?
    }
}

async fn lead<I, O, F>(db: Db, waiting: Waiting<I, O>, key: i64, run: F)
where
    I: Send + 'static,
    O: Send + 'static,
    F: FnOnce(&mut DbConnection, Vec<I>) -> BatchResult<O> + Send + 'static,
{
    // Filled when the write starts; the replies wait here for the commit.
    let replies: Arc<Mutex<Vec<Reply<O>>>> = Arc::default();
    let slot = replies.clone();
    let outcome = db
        .write_grouped(key, move |conn| {
            let batch = lock(&waiting).remove(&key).unwrap_or_default();
            let (items, senders): (Vec<I>, Vec<Reply<O>>) = batch.into_iter().unzip();
            *lock(&slot) = senders;
            let (size, started) = (items.len(), std::time::Instant::now());
            let outcome = run(conn, items);
            tracing::debug!(key, size, took = ?started.elapsed(), "batch decided");
            outcome
        })
        .await;
    let senders = std::mem::take(&mut *lock(&replies));
    match outcome {
        Ok(answers) => {
            for (sender, answer) in senders.into_iter().zip(answers) {
                let _ = sender.send(answer);
            }
        }
        Err(error) => {
            for sender in senders {
                let _ = sender.send(Err(error.again()));
            }
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}
