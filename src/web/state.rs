//! What every handler can reach: the configuration, the database, the mailer and
//! the in-process limits and caches. Below the web faces, so they and the
//! extractors can name it without importing `startup`.

use std::sync::Arc;

use tera::Tera;

use crate::config::Config;
use crate::db::{Db, DbConnection};
use crate::domain::people::NewRegistration;
use crate::error::AppError;
use crate::mail::{Composer, Mailer};
use crate::ops::registrations::Registered;
use crate::ops::sign_ups::SignUp;
use crate::web::batch::Batches;
use crate::web::limits::{LoginThrottle, PublicRateLimit};
use crate::web::metrics::Metrics;
use crate::web::page_cache::PageCache;

/// What every handler can reach.
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub templates: Arc<Tera>,
    pub composer: Composer,
    pub mailer: Mailer,
    pub metrics: Metrics,
    pub rate_limit: PublicRateLimit,
    pub login_throttle: LoginThrottle,
    /// Public event pages as rendered for anonymous visitors (see `web::page_cache`).
    pub event_pages: PageCache,
    /// Sign-ups waiting for their event's next batch (see `web::batch`).
    sign_ups: Batches<SignUp, Registered>,
}

impl AppState {
    /// Runs a use case that may queue mail, on the writer, then wakes the sender so
    /// that the mail leaves now rather than at its next poll. Every handler that
    /// queues mail writes through here (or `register`).
    pub async fn write_and_send<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection, &Composer) -> Result<T, AppError> + Send + 'static,
    {
        let composer = self.composer.clone();
        let done = self.db.write(move |conn| f(conn, &composer)).await?;
        self.mailer.wake();
        Ok(done)
    }

    /// Registers for an event (`ops::sign_ups`): decided together with the other
    /// sign-ups for the event that arrive meanwhile, answered after the commit.
    pub async fn register(
        &self,
        event_id: i64,
        new: NewRegistration,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Registered, AppError> {
        let composer = self.composer.clone();
        let done = self
            .sign_ups
            .submit(&self.db, event_id, (new, now), move |conn, batch| {
                crate::ops::sign_ups::register_many(conn, &composer, event_id, batch)
            })
            .await?;
        self.mailer.wake();
        Ok(done)
    }

    /// The state of a configuration, with fresh limits, metrics and page cache.
    pub fn new(
        config: Config,
        db: Db,
        templates: Arc<Tera>,
        composer: Composer,
        mailer: Mailer,
    ) -> anyhow::Result<AppState> {
        Ok(AppState {
            rate_limit: PublicRateLimit::per_minute(config.rate_limit_per_minute),
            login_throttle: LoginThrottle::default(),
            event_pages: PageCache::new(std::time::Duration::from_secs(1)),
            sign_ups: Batches::default(),
            metrics: Metrics::new()?,
            config: Arc::new(config),
            db,
            templates,
            composer,
            mailer,
        })
    }
}
