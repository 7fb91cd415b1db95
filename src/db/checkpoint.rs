//! SQLite's WAL checkpoints on a thread of their own. By default the connection
//! that commits past 1,000 pages of WAL copies them into the database file and
//! syncs it, inside its COMMIT: that is the writer thread, so every few batches
//! of sign-ups one commit took 10 to 20 ms instead of 2 or 3 (BENCHMARKS.md,
//! issue 17, third session). Here a connection of its own runs a passive
//! checkpoint several times a second, beside the writer, which no longer waits.
//! A passive checkpoint blocks no one; committed writes are durable in the WAL
//! before it runs (synchronous = FULL), so it changes nothing of what survives a
//! crash.

use std::sync::Weak;
use std::time::Duration;

use diesel::connection::SimpleConnection;

use super::url::DatabaseUrl;
use super::DbConnection;

/// How often the checkpoint runs: often enough that the WAL stays a few MB long
/// under the heaviest load measured.
const EVERY: Duration = Duration::from_millis(100);

/// Starts the thread; it ends once `alive` (held by every handle to the
/// database) is gone.
pub(super) fn start<T: Send + Sync + 'static>(
    url: &DatabaseUrl,
    alive: Weak<T>,
) -> Result<(), String> {
    let url = url.clone();
    std::thread::Builder::new()
        .name("sqlite-checkpoint".into())
        .spawn(move || {
            let mut conn: Option<DbConnection> = None;
            while alive.strong_count() > 0 {
                std::thread::sleep(EVERY);
                if conn.is_none() {
                    conn = url.connect().ok();
                }
                if let Some(c) = conn.as_mut() {
                    if let Err(error) = c.batch_execute("PRAGMA wal_checkpoint(PASSIVE)") {
                        tracing::warn!(%error, "WAL checkpoint failed");
                        conn = None;
                    }
                }
            }
        })
        .map(drop)
        .map_err(|e| format!("cannot start the checkpoint thread: {e}"))
}
