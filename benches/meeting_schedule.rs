//! The B2B meeting scheduler on a forum-sized instance, run by hand:
//!
//!     cargo bench --bench meeting_schedule
//!
//! 300 participants, 1,500 accepted requests between random distinct pairs, 12
//! slots, each participant free for a random 8 to 12 of them; once with 40
//! tables (480 seats, so the tables are the limit) and once with 200 (the
//! people's own slots are). Seeds 2 and 3 are the same shape, to show the spread.
//! Everything is deterministic, so the placed counts repeat exactly.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use clustercord::domain::meeting_schedule::{schedule, Placement, Problem, Reason, Request};

const PEOPLE: i64 = 300;
const REQUESTS: usize = 1_500;
const SLOTS: usize = 12;

/// SplitMix64, so the instance is the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn instance(seed: u64) -> (BTreeMap<i64, u64>, Vec<Request>) {
    let mut rng = Rng(seed);
    let mut available = BTreeMap::new();
    for person in 1..=PEOPLE {
        let mut slots: Vec<usize> = (0..SLOTS).collect();
        for i in (1..SLOTS).rev() {
            slots.swap(i, rng.below(i as u64 + 1) as usize);
        }
        let free = 8 + rng.below(5) as usize;
        let mask = slots[..free].iter().fold(0u64, |m, s| m | 1 << s);
        available.insert(person, mask);
    }
    let mut pairs = BTreeSet::new();
    let mut requests = Vec::with_capacity(REQUESTS);
    while requests.len() < REQUESTS {
        let a = 1 + rng.below(PEOPLE as u64) as i64;
        let b = 1 + rng.below(PEOPLE as u64) as i64;
        if a != b && pairs.insert((a.min(b), a.max(b))) {
            requests.push(Request {
                id: 1 + requests.len() as i64,
                a,
                b,
            });
        }
    }
    (available, requests)
}

fn run(seed: u64, tables: usize) {
    let (available, requests) = instance(seed);
    let problem = Problem {
        slots: SLOTS,
        tables,
        available: &available,
        requests: &requests,
        fixed: &[],
    };
    let started = Instant::now();
    let first = schedule(&problem);
    let elapsed = started.elapsed();

    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    for (_, reason) in &first.left_out {
        let name = match reason {
            Reason::PersonBusy { .. } => "person busy".to_string(),
            other => format!("{other:?}"),
        };
        *reasons.entry(name).or_default() += 1;
    }

    // A second run that keeps every meeting, as when nothing is replanned.
    let fixed: Vec<Placement> = first.placed.clone();
    let again = Problem {
        fixed: &fixed,
        ..problem
    };
    let started = Instant::now();
    let second = schedule(&again);
    let second_elapsed = started.elapsed();
    assert!(first.placed.iter().all(|p| second.placed.contains(p)));

    println!(
        "seed {seed}, {tables:>3} tables: {:>7.1} ms, placed {:>4} of at most {:>4} ({:.2} %), \
         left out {:?}; second run {:.1} ms, placed {}",
        elapsed.as_secs_f64() * 1000.0,
        first.placed.len(),
        first.upper_bound,
        100.0 * first.placed.len() as f64 / first.upper_bound.max(1) as f64,
        reasons,
        second_elapsed.as_secs_f64() * 1000.0,
        second.placed.len(),
    );
}

fn main() {
    println!(
        "meeting_schedule: {PEOPLE} participants, {REQUESTS} requests, {SLOTS} slots, \
         8-12 free slots each"
    );
    for tables in [40, 200] {
        for seed in [1, 2, 3] {
            run(seed, tables);
        }
    }
}
