//! Limits on public POSTs: a per-address rate limit (CLUSTERCORD_RATE_LIMIT_PER_MINUTE)
//! and a lock on an account after repeated failed logins.

use std::collections::HashMap;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::AppError;

/// Public POSTs per client address and minute; `None` when the limit is off.
pub struct PublicRateLimit(Option<DefaultKeyedRateLimiter<IpAddr>>);

impl PublicRateLimit {
    pub fn per_minute(limit: u32) -> Self {
        PublicRateLimit(NonZeroU32::new(limit).map(|n| RateLimiter::keyed(Quota::per_minute(n))))
    }

    pub fn check(&self, address: Option<IpAddr>) -> Result<(), AppError> {
        let (Some(limiter), Some(address)) = (&self.0, address) else {
            return Ok(());
        };
        limiter.check_key(&address).map_err(|not_until| {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            AppError::RateLimited {
                retry_after_secs: wait.as_secs().max(1),
            }
        })?;
        // Forget addresses whose budget is full again, so the map stays small.
        if limiter.len() > 10_000 {
            limiter.retain_recent();
        }
        Ok(())
    }
}

/// Failed logins per account: after `MAX_FAILURES` within `WINDOW`, the account
/// refuses logins (429) until the window has passed.
#[derive(Default)]
pub struct LoginThrottle(Mutex<HashMap<String, (u32, Instant)>>);

const MAX_FAILURES: u32 = 5;
const WINDOW: Duration = Duration::from_secs(15 * 60);

impl LoginThrottle {
    pub fn check(&self, account: &str) -> Result<(), AppError> {
        let map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        match map.get(account) {
            Some((failures, since)) if *failures >= MAX_FAILURES && since.elapsed() < WINDOW => {
                Err(AppError::RateLimited {
                    retry_after_secs: (WINDOW - since.elapsed()).as_secs().max(1),
                })
            }
            _ => Ok(()),
        }
    }

    pub fn failed(&self, account: &str) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, (_, since)| since.elapsed() < WINDOW);
        let entry = map.entry(account.to_owned()).or_insert((0, Instant::now()));
        entry.0 += 1;
    }

    pub fn succeeded(&self, account: &str) {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(account);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rate_limit_refuses_past_its_quota_per_address() {
        let limit = PublicRateLimit::per_minute(2);
        let a = Some(IpAddr::from([127, 0, 0, 1]));
        let b = Some(IpAddr::from([127, 0, 0, 2]));
        assert!(limit.check(a).is_ok());
        assert!(limit.check(a).is_ok());
        assert!(matches!(limit.check(a), Err(AppError::RateLimited { .. })));
        assert!(limit.check(b).is_ok());
    }

    #[test]
    fn a_zero_limit_is_off() {
        let limit = PublicRateLimit::per_minute(0);
        for _ in 0..1000 {
            assert!(limit.check(Some(IpAddr::from([127, 0, 0, 1]))).is_ok());
        }
    }

    #[test]
    fn an_account_locks_after_five_failures_and_a_success_resets_it() {
        let throttle = LoginThrottle::default();
        for _ in 0..4 {
            throttle.failed("a@example.org");
        }
        assert!(throttle.check("a@example.org").is_ok());
        throttle.failed("a@example.org");
        assert!(throttle.check("a@example.org").is_err());
        assert!(throttle.check("b@example.org").is_ok());
        throttle.succeeded("a@example.org");
        assert!(throttle.check("a@example.org").is_ok());
    }
}
