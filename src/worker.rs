//! The background worker `serve` runs beside the HTTP server: each round it
//! deletes mail past its retention (hourly), queues the reminders that are due
//! and delivers what the outbox holds. An entry point, like `startup`: it calls
//! the use cases and the sender, and nothing below calls it.

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::error::AppError;
use crate::mail::{deliver_due, Composer, DeliveryReport, Mailer};

/// How often the loop deletes mail past its retention.
const PURGE_EVERY: Duration = Duration::from_secs(3600);

/// The mail sender with the rounds around it; shared by `serve` and
/// `mail send-pending`.
#[derive(Clone)]
pub struct Worker {
    pub mailer: Mailer,
    /// Queues due reminders before each round: the composer and the hours ahead.
    reminders: Option<(Composer, u32)>,
    /// Days to keep sent and failed mail; `None` keeps it.
    retention_days: Option<u32>,
}

impl Worker {
    /// A worker that only delivers.
    pub fn new(mailer: Mailer) -> Self {
        Worker {
            mailer,
            reminders: None,
            retention_days: None,
        }
    }

    /// Makes each round queue the reminders due `hours` ahead first.
    pub fn with_reminders(mut self, composer: Composer, hours: u32) -> Self {
        self.reminders = Some((composer, hours));
        self
    }

    /// Makes the loop delete sent and failed mail older than `days`, hourly.
    pub fn with_retention(mut self, days: u32) -> Self {
        self.retention_days = Some(days);
        self
    }

    /// Queues due reminders (once per registration, whatever else runs), and the
    /// B2B session's reminders of unanswered requests and questions on outcomes.
    pub async fn queue_reminders(&self, now: DateTime<Utc>) -> Result<usize, AppError> {
        let Some((composer, hours)) = self.reminders.clone() else {
            return Ok(0);
        };
        self.mailer
            .db
            .write(move |conn| {
                let reminded = crate::ops::reminders::queue_due(conn, &composer, hours, now)?;
                Ok::<_, AppError>(reminded + crate::ops::b2b::follow_up_due(conn, &composer, now)?)
            })
            .await
    }

    /// Deletes the sent and failed mail that is past its retention.
    pub async fn purge_expired(&self, now: DateTime<Utc>) -> Result<usize, AppError> {
        let Some(days) = self.retention_days else {
            return Ok(0);
        };
        self.mailer
            .db
            .write(move |conn| crate::ops::mail::purge_expired(conn, days, now.naive_utc()))
            .await
    }

    /// One round as a cron job runs it (`mail send-pending`): reminders, retention,
    /// then delivery.
    pub async fn run_once(&self) -> Result<DeliveryReport, AppError> {
        self.queue_reminders(Utc::now()).await?;
        // Where a cron job delivers instead of `serve`, it also keeps the retention.
        self.purge_expired(Utc::now()).await?;
        deliver_due(&self.mailer, Utc::now()).await
    }

    /// Runs `run` on a thread of its own, at a lower CPU priority than the HTTP
    /// server's: mail can wait a moment, a page being read cannot. Without
    /// contention the thread gets a whole core; under load the scheduler gives
    /// the pages most of the CPU (measured in BENCHMARKS.md, "event page while
    /// mail goes out"). Resolves when the loop ends; an `Err` means it panicked.
    pub fn run_in_background(
        self,
        poll: Duration,
        stop: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<tokio::sync::oneshot::Receiver<()>> {
        let (ended, on_end) = tokio::sync::oneshot::channel();
        std::thread::Builder::new()
            .name("mail-worker".into())
            .spawn(move || {
                lower_this_threads_priority();
                // Its blocking threads (database calls, mail files) are started
                // from this one and inherit its priority.
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("a runtime for the mail worker");
                runtime.block_on(self.run(poll, stop));
                let _ = ended.send(());
            })?;
        Ok(on_end)
    }

    /// Works until `stop` resolves, looking for due mail every `poll` or when woken.
    /// A round that fails is logged and tried again at the next one.
    pub async fn run(self, poll: Duration, stop: impl std::future::Future<Output = ()>) {
        tracing::info!(transport = %self.mailer.transport.describe(), "mail sender started");
        tokio::pin!(stop);
        let mut purged_at: Option<Instant> = None;
        loop {
            if purged_at.is_none_or(|at| at.elapsed() >= PURGE_EVERY) {
                purged_at = Some(Instant::now());
                match self.purge_expired(Utc::now()).await {
                    Ok(0) => {}
                    Ok(purged) => tracing::info!(purged, "old mail deleted"),
                    Err(error) => tracing::warn!(%error, "deleting old mail failed; will retry"),
                }
            }
            if let Err(error) = self.queue_reminders(Utc::now()).await {
                tracing::warn!(%error, "queuing reminders failed; will retry");
            }
            match deliver_due(&self.mailer, Utc::now()).await {
                Ok(report) if report != DeliveryReport::default() => {
                    tracing::info!(?report, "mail delivered")
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "mail delivery round failed; will retry"),
            }
            tokio::select! {
                _ = &mut stop => break,
                _ = self.mailer.woken() => {}
                _ = tokio::time::sleep(poll) => {}
            }
        }
        tracing::info!("mail sender stopped");
    }
}

/// The nice value of the mail worker's thread: it gets about a tenth of a core's
/// share against a busy HTTP worker (CFS weights 110 against 1024).
#[cfg(target_os = "linux")]
const WORKER_NICE: i32 = 10;

#[cfg(target_os = "linux")]
fn lower_this_threads_priority() {
    // On Linux a thread id given as the process sets that thread's nice value only.
    let thread = rustix::thread::gettid();
    let current = rustix::process::getpriority_process(Some(thread)).unwrap_or(0);
    if let Err(error) = rustix::process::setpriority_process(Some(thread), current + WORKER_NICE) {
        tracing::warn!(%error, "the mail worker runs at the server's priority");
    }
}

#[cfg(not(target_os = "linux"))]
fn lower_this_threads_priority() {}
