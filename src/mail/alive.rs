//! Who sends: each process that delivers mail has a sender id, written on the
//! messages it claims. On PostgreSQL it also holds an advisory lock under that id
//! on a connection of its own, for as long as it lives: the lock goes with the
//! process (even after `kill -9`, when its connection closes), and other senders
//! then take its claimed messages at once instead of waiting for the lease.

use std::collections::HashSet;
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use diesel::connection::SimpleConnection;
use rand::Rng;

use crate::db::{Backend, DatabaseUrl, Db, DbConnection};
use crate::store::outbox;

/// How often the lock's connection is checked, and re-made after it broke.
const CHECK_EVERY: Duration = Duration::from_secs(1);

/// This process's sender. Clones share the lock; it is given up when the last
/// one is dropped.
#[derive(Clone)]
pub struct Sender {
    pub id: i64,
    /// The messages this process is sending now. Its other claims were abandoned
    /// (a delivery round that failed half-way): it takes them again at once.
    in_flight: Arc<Mutex<HashSet<i64>>>,
    _holder: Option<Arc<mpsc::Sender<()>>>,
}

/// Messages being sent; no longer when dropped, whether recorded or abandoned.
pub struct Sending {
    in_flight: Arc<Mutex<HashSet<i64>>>,
    ids: Vec<i64>,
}

impl Drop for Sending {
    fn drop(&mut self) {
        let mut in_flight = lock(&self.in_flight);
        for id in &self.ids {
            in_flight.remove(id);
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

impl Sender {
    /// A new sender id and, on PostgreSQL, its lock, taken before this returns
    /// when the database answers (else as soon as it does).
    pub fn start(db: &Db) -> Sender {
        let mut id = new_id();
        if db.backend() == Backend::Sqlite {
            return Sender {
                id,
                in_flight: Arc::default(),
                _holder: None,
            };
        }
        let url = db.url().clone();
        let mut conn = None;
        for _ in 0..3 {
            match take_lock(&url, id) {
                Ok(Some(held)) => {
                    conn = Some(held);
                    break;
                }
                // Another live process drew the same id.
                Ok(None) => id = new_id(),
                Err(error) => {
                    tracing::warn!(%error, "mail sender lock not taken yet");
                    break;
                }
            }
        }
        let (stop, stopped) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("mail-sender-lock".into())
            .spawn(move || hold(&url, id, conn, &stopped));
        if let Err(error) = spawned {
            tracing::error!(%error, "cannot start the mail sender's lock thread");
        }
        Sender {
            id,
            in_flight: Arc::default(),
            _holder: Some(Arc::new(stop)),
        }
    }

    /// The messages being sent now, which no claim may take.
    pub fn in_flight(&self) -> Vec<i64> {
        lock(&self.in_flight).iter().copied().collect()
    }

    /// Marks `ids` as being sent until the returned guard is dropped.
    pub fn sending(&self, ids: impl IntoIterator<Item = i64>) -> Sending {
        let ids: Vec<i64> = ids.into_iter().collect();
        lock(&self.in_flight).extend(&ids);
        Sending {
            in_flight: self.in_flight.clone(),
            ids,
        }
    }
}

/// Within the range of PostgreSQL's `int4` lock keys.
fn new_id() -> i64 {
    i64::from(rand::rng().random_range(1..i32::MAX))
}

/// A connection holding the lock of `id`; `None` when another session holds it.
fn take_lock(url: &DatabaseUrl, id: i64) -> Result<Option<DbConnection>, String> {
    let mut conn = url.connect().map_err(|e| e.to_string())?;
    let DbConnection::Pg(pg) = &mut conn else {
        return Ok(None);
    };
    let taken = outbox::hold_sender_lock(pg, id).map_err(|e| e.to_string())?;
    Ok(taken.then_some(conn))
}

/// Keeps the lock until every `Sender` clone is gone, taking it again on a new
/// connection whenever the old one broke (PostgreSQL restarted, the session was
/// terminated).
fn hold(url: &DatabaseUrl, id: i64, mut conn: Option<DbConnection>, stopped: &mpsc::Receiver<()>) {
    loop {
        let alive = conn
            .as_mut()
            .is_some_and(|c| c.batch_execute("SELECT 1").is_ok());
        if !alive {
            // None while the database is away, or while our old session still
            // holds the lock (a terminated backend ends a moment later): tried again.
            conn = take_lock(url, id).ok().flatten();
            if conn.is_some() {
                tracing::info!(sender = id, "mail sender lock taken again");
            }
        }
        match stopped.recv_timeout(CHECK_EVERY) {
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            _ => return,
        }
    }
}
