//! Limits on what one client may cost us: a per-address rate limit on public POSTs
//! (CLUSTERCORD_RATE_LIMIT_PER_MINUTE), a growing wait after failed sign-ins, and
//! a deadline for request bodies that arrive too slowly.

use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{web, HttpMessage};

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

/// Failed sign-ins, counted per (account, client address) and per client address.
/// A few failures are free; after that each further one makes the next guess
/// wait twice as long (20 s, 40 s, 80 s ... up to 15 minutes). Because an
/// account's failures count only together with the address they came from,
/// nobody can lock the owner out from elsewhere; guessing stays slow all the same.
/// Keys are fixed-size (a hash of the folded address, an IP prefix) and the table
/// has a cap, so failed attempts cannot fill the memory.
pub struct LoginThrottle(Mutex<Failures>);

/// The account part of a key: SHA-256 of the address as typed, trimmed and folded
/// to lower case. Whatever length was sent, 32 bytes are kept.
type AccountKey = [u8; 32];

#[derive(Default)]
struct Failures {
    by_pair: HashMap<(AccountKey, IpAddr), Failed>,
    by_address: HashMap<IpAddr, Failed>,
}

#[derive(Clone, Copy)]
struct Failed {
    count: u32,
    last: Instant,
}

/// Failures allowed without waiting: per account and address, per address alone.
const FREE_PER_PAIR: u32 = 3;
const FREE_PER_ADDRESS: u32 = 10;
const FIRST_WAIT: Duration = Duration::from_secs(20);
const LONGEST_WAIT: Duration = Duration::from_secs(15 * 60);
/// A failure is forgotten this long after it happened (and its wait is over).
const MEMORY: Duration = Duration::from_secs(60 * 60);
/// Entries per table; beyond it the oldest go first.
const MAX_ENTRIES: usize = 50_000;

impl Failed {
    /// How long after `last` the next attempt must wait, given `free` failures.
    fn wait(&self, free: u32) -> Duration {
        if self.count < free {
            return Duration::ZERO;
        }
        let doublings = (self.count - free).min(16);
        (FIRST_WAIT * 2u32.pow(doublings)).min(LONGEST_WAIT)
    }

    fn retry_after(&self, free: u32, now: Instant) -> Option<Duration> {
        let until = self.last + self.wait(free);
        (until > now).then(|| until - now)
    }

    fn forgotten(&self, now: Instant) -> bool {
        now.duration_since(self.last) > MEMORY
    }
}

fn account_key(account: &str) -> AccountKey {
    use sha2::{Digest, Sha256};
    Sha256::digest(account.trim().to_lowercase().as_bytes()).into()
}

/// IPv6 clients are counted by their /64: one machine usually holds the whole
/// prefix and could otherwise take a fresh address for every guess. IPv4 clients
/// seen through an IPv6 socket (`::ffff:a.b.c.d`) count as themselves.
fn address_key(address: IpAddr) -> IpAddr {
    match address.to_canonical() {
        v4 @ IpAddr::V4(_) => v4,
        IpAddr::V6(v6) => {
            let mut octets = v6.octets();
            octets[8..].fill(0);
            IpAddr::from(octets)
        }
    }
}

/// Adds a failure under `key`, keeping the table under `MAX_ENTRIES`.
fn count_failure<K: std::hash::Hash + Eq>(table: &mut HashMap<K, Failed>, key: K, now: Instant) {
    if table.len() >= MAX_ENTRIES && !table.contains_key(&key) {
        table.retain(|_, failed| !failed.forgotten(now));
        if table.len() >= MAX_ENTRIES {
            let oldest = table.len() / 10;
            let mut ages: Vec<Instant> = table.values().map(|f| f.last).collect();
            ages.sort_unstable();
            let cutoff = ages[oldest];
            table.retain(|_, failed| failed.last > cutoff);
        }
    }
    let entry = table.entry(key).or_insert(Failed {
        count: 0,
        last: now,
    });
    entry.count = entry.count.saturating_add(1);
    entry.last = now;
}

impl Default for LoginThrottle {
    fn default() -> Self {
        LoginThrottle(Mutex::new(Failures::default()))
    }
}

impl LoginThrottle {
    fn failures(&self) -> std::sync::MutexGuard<'_, Failures> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Starts a sign-in attempt: refused (429) while this address, or this account
    /// from this address, must wait; otherwise counted as a failure at once, under
    /// the same lock, so that guesses sent in parallel cannot all pass before any is
    /// counted. `succeeded` takes the count back.
    pub fn begin(&self, account: &str, client: Option<IpAddr>) -> Result<(), AppError> {
        self.begin_at(account, client, Instant::now())
    }

    fn begin_at(
        &self,
        account: &str,
        client: Option<IpAddr>,
        now: Instant,
    ) -> Result<(), AppError> {
        let Some(address) = client.map(address_key) else {
            return Ok(());
        };
        let key = (account_key(account), address);
        let mut failures = self.failures();
        let by_pair = failures
            .by_pair
            .get(&key)
            .and_then(|f| f.retry_after(FREE_PER_PAIR, now));
        let by_address = failures
            .by_address
            .get(&address)
            .and_then(|f| f.retry_after(FREE_PER_ADDRESS, now));
        if let Some(wait) = by_pair.max(by_address) {
            return Err(AppError::RateLimited {
                retry_after_secs: wait.as_secs().max(1),
            });
        }
        count_failure(&mut failures.by_pair, key, now);
        count_failure(&mut failures.by_address, address, now);
        Ok(())
    }

    /// The right password from this address: its failures for the account are
    /// forgiven, and this attempt no longer counts against the address.
    pub fn succeeded(&self, account: &str, client: Option<IpAddr>) {
        let Some(address) = client.map(address_key) else {
            return;
        };
        let mut failures = self.failures();
        failures.by_pair.remove(&(account_key(account), address));
        if let Some(entry) = failures.by_address.get_mut(&address) {
            entry.count = entry.count.saturating_sub(1);
        }
    }

    /// Entries held, per (account, address) and per address.
    #[cfg(test)]
    fn len(&self) -> (usize, usize) {
        let failures = self.failures();
        (failures.by_pair.len(), failures.by_address.len())
    }
}

/// How fast a request body must arrive: within `grace`, or at `min_rate` bytes a
/// second on average once that has passed. From the config's `body_timeout` and
/// `body_min_rate`, registered as app data for `cut_slow_bodies`.
#[derive(Debug, Clone, Copy)]
pub struct BodyPace {
    pub grace: Duration,
    pub min_rate: u64,
}

/// A request body read at `BodyPace` (actix cuts slow headers itself, not slow
/// bodies). A body cut short gets `408`; a body sent with `Content-Length` also
/// loses its connection (actix drains a chunked one instead: see README).
struct SlowBody {
    inner: Option<actix_web::dev::Payload>,
    pace: BodyPace,
    /// Set at the first read: time spent before the handler reads (waiting for a
    /// database connection, say) is not the client's.
    started: Option<Instant>,
    received: u64,
    timer: Pin<Box<tokio::time::Sleep>>,
    timed_out: Arc<AtomicBool>,
}

impl SlowBody {
    /// When the body as received so far must be complete or have grown.
    fn deadline(&self, started: Instant) -> Instant {
        let rate = self.pace.min_rate.max(1) as f64;
        started + self.pace.grace + Duration::from_secs_f64(self.received as f64 / rate)
    }
}

impl futures_util::Stream for SlowBody {
    type Item = Result<web::Bytes, PayloadError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        let started = *this.started.get_or_insert_with(Instant::now);
        let Some(inner) = this.inner.as_mut() else {
            return Poll::Ready(None);
        };
        match Pin::new(inner).poll_next(cx) {
            Poll::Ready(Some(Ok(bytes))) => {
                this.received += bytes.len() as u64;
                Poll::Ready(Some(Ok(bytes)))
            }
            Poll::Ready(other) => Poll::Ready(other),
            Poll::Pending => {
                let deadline = tokio::time::Instant::from_std(this.deadline(started));
                if this.timer.deadline() != deadline {
                    this.timer.as_mut().reset(deadline);
                }
                if this.timer.as_mut().poll(cx).is_pending() {
                    return Poll::Pending;
                }
                // Dropping the payload unread tells actix not to reuse the connection.
                this.inner = None;
                this.timed_out.store(true, Ordering::Release);
                Poll::Ready(Some(Err(PayloadError::Io(std::io::Error::new(
                    std::io::ErrorKind::TimedOut,
                    "the request body arrived too slowly",
                )))))
            }
        }
    }
}

/// Middleware: every request with a body reads it through `SlowBody`.
pub async fn cut_slow_bodies(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let has_body = req.headers().contains_key(header::CONTENT_LENGTH)
        || req.headers().contains_key(header::TRANSFER_ENCODING);
    let pace = req.app_data::<BodyPace>().copied();
    let (Some(pace), true) = (pace, has_body) else {
        return Ok(next.call(req).await?.map_into_left_body());
    };
    let timed_out = Arc::new(AtomicBool::new(false));
    let body = SlowBody {
        inner: Some(req.take_payload()),
        pace,
        started: None,
        received: 0,
        timer: Box::pin(tokio::time::sleep(pace.grace)),
        timed_out: timed_out.clone(),
    };
    req.set_payload(actix_web::dev::Payload::from(
        Box::pin(body) as actix_http::BoxedPayloadStream
    ));
    let response = next.call(req).await?;
    if !timed_out.load(Ordering::Acquire) {
        return Ok(response.map_into_left_body());
    }
    let error = AppError::RequestTimeout("The request body arrived too slowly.".into());
    let mut answer = actix_web::ResponseError::error_response(&error);
    answer
        .head_mut()
        .set_connection_type(actix_http::ConnectionType::Close);
    let (req, _) = response.into_parts();
    Ok(ServiceResponse::new(req, answer).map_into_right_body())
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

    const ADMIN: &str = "admin@example.org";

    fn at(address: &str) -> Option<IpAddr> {
        Some(address.parse().unwrap())
    }

    #[test]
    fn failures_from_one_address_never_lock_the_owner_out_elsewhere() {
        let throttle = LoginThrottle::default();
        let now = Instant::now();
        for _ in 0..50 {
            let _ = throttle.begin_at(ADMIN, at("203.0.113.9"), now);
        }
        assert!(throttle.begin_at(ADMIN, at("203.0.113.9"), now).is_err());
        assert!(throttle.begin_at(ADMIN, at("198.51.100.7"), now).is_ok());
        // Guessing across accounts from one address: after ten, the address waits.
        for i in 0..FREE_PER_ADDRESS {
            let _ = throttle.begin_at(&format!("{i}@example.org"), at("203.0.113.9"), now);
        }
        assert!(throttle
            .begin_at("b@example.org", at("203.0.113.9"), now)
            .is_err());
        assert!(throttle
            .begin_at("b@example.org", at("198.51.100.7"), now)
            .is_ok());
    }

    #[test]
    fn each_failure_past_the_free_ones_doubles_the_wait() {
        let throttle = LoginThrottle::default();
        let start = Instant::now();
        let client = at("203.0.113.9");
        for _ in 0..FREE_PER_PAIR {
            assert!(throttle.begin_at(ADMIN, client, start).is_ok());
        }
        let retry = |now| match throttle.begin_at(ADMIN, client, now) {
            Err(AppError::RateLimited { retry_after_secs }) => retry_after_secs,
            _ => 0,
        };
        assert_eq!(retry(start), 20);
        // The wait is over: this attempt goes through (and counts).
        assert_eq!(retry(start + Duration::from_secs(21)), 0);
        assert_eq!(retry(start + Duration::from_secs(21)), 40);
        // So a guesser gets about a handful of tries in the first minute, then fewer.
        let mut now = start;
        let mut tries = 0;
        let fresh = LoginThrottle::default();
        while now < start + Duration::from_secs(600) {
            if fresh.begin_at(ADMIN, client, now).is_ok() {
                tries += 1;
            }
            now += Duration::from_secs(1);
        }
        // At 0, 1, 2, 22, 62, 142 and 302 s.
        assert_eq!(tries, 7, "guesses in ten minutes");
    }

    #[test]
    fn attempts_count_before_the_password_is_checked() {
        // Guesses in parallel: each one is counted as it begins, so no more than the
        // free ones get through however many arrive at once.
        let throttle = std::sync::Arc::new(LoginThrottle::default());
        let passed: usize = (0..16)
            .map(|_| {
                let throttle = throttle.clone();
                std::thread::spawn(move || throttle.begin(ADMIN, at("203.0.113.9")).is_ok())
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|t| usize::from(t.join().unwrap()))
            .sum();
        assert_eq!(passed, FREE_PER_PAIR as usize);
    }

    #[test]
    fn a_success_forgives_that_address_and_the_wait_ends() {
        let throttle = LoginThrottle::default();
        let now = Instant::now();
        let client = at("203.0.113.9");
        for _ in 0..FREE_PER_PAIR {
            assert!(throttle.begin_at(ADMIN, client, now).is_ok());
        }
        assert!(throttle.begin_at(ADMIN, client, now).is_err());
        throttle.succeeded(ADMIN, client);
        for _ in 0..FREE_PER_PAIR {
            assert!(throttle.begin_at(ADMIN, client, now).is_ok());
        }
        assert!(throttle.begin_at(ADMIN, client, now).is_err());
        assert!(throttle.begin_at(ADMIN, client, now + LONGEST_WAIT).is_ok());
    }

    #[test]
    fn keys_are_bounded_and_the_table_has_a_cap() {
        let throttle = LoginThrottle::default();
        let now = Instant::now();
        let long = "x".repeat(250_000);
        // Case and spaces fold into one key; any length makes 32 bytes.
        assert_eq!(account_key(" A@Example.org "), account_key("a@example.org"));
        assert_eq!(account_key(&long).len(), 32);
        let _ = throttle.begin_at(&long, at("203.0.113.9"), now);
        for i in 0..(MAX_ENTRIES + 5_000) {
            let octets = (i as u32).to_be_bytes();
            let _ = throttle.begin_at(&format!("{i}@example.org"), Some(IpAddr::from(octets)), now);
        }
        let (pairs, addresses) = throttle.len();
        assert!(
            pairs <= MAX_ENTRIES && addresses <= MAX_ENTRIES,
            "{pairs} {addresses}"
        );
    }

    #[test]
    fn ipv6_clients_count_by_their_64_prefix_and_mapped_ipv4_as_itself() {
        let throttle = LoginThrottle::default();
        let now = Instant::now();
        for i in 0..20 {
            let _ = throttle.begin_at(ADMIN, at(&format!("2001:db8::{i:x}")), now);
        }
        assert!(throttle.begin_at(ADMIN, at("2001:db8::ffff"), now).is_err());
        assert!(throttle.begin_at(ADMIN, at("2001:db8:0:1::1"), now).is_ok());
        for _ in 0..FREE_PER_PAIR {
            let _ = throttle.begin_at(ADMIN, at("::ffff:203.0.113.9"), now);
        }
        assert!(throttle.begin_at(ADMIN, at("203.0.113.9"), now).is_err());
        assert!(throttle
            .begin_at(ADMIN, at("::ffff:198.51.100.1"), now)
            .is_ok());
    }
}
