//! Rendered public pages kept in memory for a moment, so a crowd on one event page
//! costs one set of reads and one render instead of one per visitor.
//!
//! A page is reused only while no write that may change it has finished in this
//! process since it was rendered (`Db::write_count`: writes of unknown reach and
//! those of its event; delivering mail or registering for another event leave it
//! alone) and for at most `ttl` (the bound for writes made by
//! other instances on a shared PostgreSQL). Per-visitor parts are not cached: the
//! page is rendered with a marker where the CSRF token goes, and each visitor's token
//! is put in its place.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::db::WriteCount;

/// Beyond this many pages, expired ones are dropped before a new one is kept.
const MAX_PAGES: usize = 1024;

pub struct PageCache {
    ttl: Duration,
    marker: String,
    pages: Mutex<HashMap<String, Cached>>,
}

struct Cached {
    at: Instant,
    writes: WriteCount,
    body: Arc<str>,
}

impl PageCache {
    pub fn new(ttl: Duration) -> Self {
        PageCache {
            ttl,
            // Random, so that no text on a page can ever be mistaken for it.
            marker: crate::secrets::random_token(24),
            pages: Mutex::default(),
        }
    }

    /// What to render in place of the visitor's CSRF token.
    pub fn marker(&self) -> &str {
        &self.marker
    }

    /// The page under `key` if it is still current.
    pub fn get(&self, key: &str, writes: WriteCount) -> Option<Arc<str>> {
        let pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        pages
            .get(key)
            .filter(|page| page.writes == writes && page.at.elapsed() < self.ttl)
            .map(|page| page.body.clone())
    }

    /// Keeps a page rendered from data read after `writes` writes had finished.
    pub fn put(&self, key: String, writes: WriteCount, body: Arc<str>) {
        if self.ttl.is_zero() {
            return;
        }
        let mut pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        if pages.len() >= MAX_PAGES {
            let ttl = self.ttl;
            pages.retain(|_, page| page.at.elapsed() < ttl);
            if pages.len() >= MAX_PAGES {
                pages.clear();
            }
        }
        let at = Instant::now();
        pages.insert(key, Cached { at, writes, body });
    }

    /// The cached page with this visitor's token in place of the marker.
    pub fn personalise(&self, page: &str, csrf_token: &str) -> String {
        page.replace(&self.marker, csrf_token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_reused_until_a_write_or_the_ttl() {
        let cache = PageCache::new(Duration::from_secs(60));
        let page: Arc<str> = format!("<input value=\"{}\">", cache.marker()).into();
        cache.put("event:1".into(), (7, 3), page);
        let hit = cache.get("event:1", (7, 3)).expect("cached");
        assert_eq!(cache.personalise(&hit, "tok"), "<input value=\"tok\">");
        assert!(
            cache.get("event:1", (8, 3)).is_none(),
            "a write happened since"
        );
        assert!(
            cache.get("event:1", (7, 4)).is_none(),
            "the event was written"
        );
        assert!(cache.get("event:2", (7, 3)).is_none());

        let expired = PageCache::new(Duration::ZERO);
        expired.put("event:1".into(), (7, 3), "x".into());
        assert!(expired.get("event:1", (7, 3)).is_none());
    }
}
