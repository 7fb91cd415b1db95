//! What every handler can reach: the configuration, the database, the mailer and
//! the in-process limits and caches. Below the web faces, so they and the
//! extractors can name it without importing `startup`.

use std::sync::Arc;

use tera::Tera;

use crate::config::Config;
use crate::db::Db;
use crate::limits::{LoginThrottle, PublicRateLimit};
use crate::mail::{Composer, Mailer};
use crate::metrics::Metrics;

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
    /// Public event pages as rendered for anonymous visitors (see `pages::cache`).
    pub event_pages: crate::pages::cache::PageCache,
}
