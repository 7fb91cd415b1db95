//! The B2B meeting scheduler of an exchange forum: accepted one-to-one meeting
//! requests are placed into (slot, table) so that nobody is in two meetings of
//! one slot, no slot holds more meetings than there are tables, and nobody meets
//! in a slot they cannot attend. As many requests as these rules allow are placed;
//! each one left out carries a [`Reason`] the web layer can translate.
//!
//! # API
//!
//! ```text
//! schedule(&Problem) -> Schedule
//! check_placement(&Problem, current: &[Placement], request, slot, table) -> Result<(), Conflict>
//! free_table(&Problem, current: &[Placement], slot) -> Option<usize>
//! ```
//!
//! A slot is a number below `Problem::slots` (at most [`MAX_SLOTS`]); a person's
//! availability is a bitmask, bit `i` set when they can attend slot `i`. Tables
//! are numbered from 0. `Problem::fixed` holds the placements to keep: locked ones,
//! plus the previous schedule when not replanning. Earlier entries win a clash,
//! so the caller lists locked ones first. A fixed placement that breaks a rule
//! (availability changed, slot or table out of range, two in one seat) is not
//! kept: it is reported in `Schedule::dropped_fixed` and its request is placed
//! like any other. `Schedule::upper_bound` is a proven ceiling on what any valid
//! schedule keeping the same fixed placements could place; when it equals
//! `placed.len()` the schedule is optimal.
//!
//! # Method
//!
//! Leaving out tables and availability, this is edge colouring: people are
//! vertices, requests are edges, slots are colours, and the meetings of one slot
//! must form a matching. With per-person colour lists and a cap on each colour
//! class it is NP-hard, and a single greedy pass is not enough: six people who
//! all want to meet each other fit exactly into five slots of three tables (a
//! 1-factorisation of K6), and first-come placement in request order blocks
//! itself at the eleventh request. A well-ordered greedy pass fixes that case,
//! but on small random instances it still misses the optimum about one time in
//! fourteen (measured in the tests against exhaustive search). So the scheduler
//! works in three deterministic stages:
//!
//! 1. Greedy. Requests are taken most constrained first (fewest usable slots,
//!    then busiest people), except those between two people who have more
//!    requests than slots: some of those must go anyway, and dropping one
//!    relieves both people, so they come last. Each request goes into the slot
//!    that the fewest other waiting requests of its two people could still use.
//! 2. Repair by ejection chains, like augmenting paths in matching. An unplaced
//!    request goes into a slot where one meeting blocks it (or two, when both
//!    people are busy). Each evicted meeting must then be made up for: either
//!    it moves on to another slot the same way, or the person it freed takes
//!    another of their waiting requests into the place it left, which may evict
//!    another meeting in turn (an augmenting path in that slot's matching). A
//!    chain that ends in a free place gains one meeting. Failed branches are
//!    undone from a journal. Marks let each request move at most once per
//!    chain, and a node count bounds each search. When no chain exists, a
//!    sideways step (place the request, leave one blocker out) moves the search
//!    across the plateau. A short tabu keeps a meeting out of the slot it was
//!    just evicted from, now and then a step down is allowed, and the best state
//!    seen is kept. The whole stage has a counted work budget and stops early
//!    once the upper bound is reached.
//! 3. Small instances (at most [`EXACT_MAX_REQUESTS`] requests to place) still
//!    below the bound go to an exact branch and bound with a counted node
//!    budget. It either finds a better schedule or proves the repaired one
//!    optimal, and then `upper_bound` is lowered to it.
//!
//! How good this is (see `benches/meeting_schedule.rs`): with 300 people, 1,500
//! requests and 12 slots, stage 2 reaches the bound at once when tables are the
//! limit. When people's own slots are the limit, it places 1,300, 1,299 and
//! 1,283 of the proven optima (CBC, minutes each) of 1,303, 1,303 and 1,286, in
//! about 0.4 s: within 0.25 % of the optimum, not at it. On the small random
//! instances of the tests, stage 2 alone reaches the optimum every time.
//!
//! Why not a solver crate: an integer program would be exact, but a modelling
//! layer and a pure-Rust MIP backend add compile time to every build. At forum
//! sizes the repair comes within a few meetings of the optimum in well under a
//! second (the MIP takes minutes to prove it), and stage 3 covers the small
//! instances, where exactness is cheap.
//!
//! Randomness (the tie breaks of stage 2) comes from a fixed-seed generator, and
//! requests are sorted by id and people by profile id before anything else, so
//! the same requests and availabilities give the same schedule in any input order.
//! There is no wall-clock limit.
//!
//! Tables only matter through the count per slot, so they are handed out at the
//! end: fixed placements keep theirs, a new meeting takes the table one of its
//! people sat at in the slot before when it is free (so they need not walk), and
//! otherwise the smallest free table.

use std::collections::BTreeMap;

/// Availability is a `u64` bitmask, so a forum has at most this many slots;
/// a larger `Problem::slots` is treated as this many.
pub const MAX_SLOTS: usize = 64;

/// Above this many requests left to place, the exact stage is skipped: its node
/// budget would run out before proving anything.
pub const EXACT_MAX_REQUESTS: usize = 40;

const EXACT_NODE_LIMIT: u64 = 400_000;
const REPAIR_MOVES_BASE: u64 = 20_000;
const REPAIR_MOVES_PER_REQUEST: u64 = 1000;
const CHAIN_DEPTH: u32 = 64;
const CHAIN_NODES: u64 = 8000;
const SEED: u64 = 0x6d65_6574_696e_6773;

/// An accepted meeting request between the profiles `a` and `b`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Request {
    pub id: i64,
    pub a: i64,
    pub b: i64,
}

/// A meeting placed at `table` (0-based) in `slot`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Placement {
    pub request: i64,
    pub slot: usize,
    pub table: usize,
}

#[derive(Debug, Clone, Copy)]
pub struct Problem<'a> {
    pub slots: usize,
    pub tables: usize,
    /// Profile id to the slots they can attend; a missing profile attends none.
    pub available: &'a BTreeMap<i64, u64>,
    /// Accepted requests, in any order; ids are unique.
    pub requests: &'a [Request],
    /// Placements to keep, the ones to keep first when two clash.
    pub fixed: &'a [Placement],
}

/// Why a request has no meeting in the schedule. "Shared slot" is a slot both
/// people can attend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// `person` has not given any slot they can attend.
    NoAvailability { person: i64 },
    /// The two are never free in the same slot.
    NoCommonSlot,
    /// In every shared slot `person` already has another meeting.
    PersonBusy { person: i64 },
    /// In every shared slot both already have other meetings.
    BothBusy,
    /// In every shared slot all tables are taken.
    TablesFull,
    /// Every shared slot is blocked, but not all for one reason: in some one of
    /// them has another meeting, in others all tables are taken.
    Mixed,
    /// The request names one person twice, or its id is repeated.
    Invalid,
}

/// Why a placement breaks the rules against the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Conflict {
    /// No such accepted request (or it is [`Reason::Invalid`]).
    UnknownRequest,
    SlotOutOfRange,
    TableOutOfRange,
    /// `person` cannot attend that slot.
    NotAvailable {
        person: i64,
    },
    /// `person` already meets in that slot, in `request`.
    PersonBusy {
        person: i64,
        request: i64,
    },
    /// Every table of that slot is taken.
    SlotFull,
    /// That table is taken by `request`.
    TableTaken {
        request: i64,
    },
    /// A fixed placement for a request already fixed earlier in the list.
    Duplicate,
}

/// Plain English for logs and the API; pages translate the variant instead.
impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Conflict::UnknownRequest => write!(f, "no such accepted meeting request"),
            Conflict::SlotOutOfRange => write!(f, "no such slot"),
            Conflict::TableOutOfRange => write!(f, "no such table"),
            Conflict::NotAvailable { person } => {
                write!(f, "profile {person} is not available in that slot")
            }
            Conflict::PersonBusy { person, request } => write!(
                f,
                "profile {person} already has a meeting in that slot (request {request})"
            ),
            Conflict::SlotFull => write!(f, "every table of that slot is taken"),
            Conflict::TableTaken { request } => {
                write!(f, "that table is taken in that slot (request {request})")
            }
            Conflict::Duplicate => write!(f, "that request is already placed"),
        }
    }
}

impl std::error::Error for Conflict {}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// Every meeting, the kept fixed ones included, sorted by slot, then table.
    pub placed: Vec<Placement>,
    /// Requests without a meeting, sorted by request id.
    pub left_out: Vec<(i64, Reason)>,
    /// Fixed placements not kept, in the order given; their requests are in
    /// `placed` or `left_out` like the others.
    pub dropped_fixed: Vec<(Placement, Conflict)>,
    /// No valid schedule keeping the kept fixed placements places more.
    pub upper_bound: usize,
}

/// Places the accepted requests of `problem`; see the module documentation.
pub fn schedule(problem: &Problem) -> Schedule {
    run(problem, Stages::ALL)
}

/// Whether `request` may be put at (`slot`, `table`) beside the `current`
/// placements (its own current placement, if any, is ignored, so this checks a
/// move). `problem.fixed` is not read.
pub fn check_placement(
    problem: &Problem,
    current: &[Placement],
    request: i64,
    slot: usize,
    table: usize,
) -> Result<(), Conflict> {
    let by_id = requests_by_id(problem.requests);
    let find = |id: i64| by_id.get(&id).copied().flatten();
    let req = find(request).ok_or(Conflict::UnknownRequest)?;
    let mut occupancy = Occupancy::default();
    for p in current.iter().filter(|p| p.request != request) {
        occupancy.add(find(p.request), *p);
    }
    occupancy.check(problem, &req, slot, table)
}

/// The smallest table free in `slot` beside `current`, if any, for a hand move
/// that does not name one.
pub fn free_table(problem: &Problem, current: &[Placement], slot: usize) -> Option<usize> {
    let mut taken: Vec<usize> = current
        .iter()
        .filter(|p| p.slot == slot)
        .map(|p| p.table)
        .collect();
    taken.sort_unstable();
    taken.dedup();
    smallest_missing(&taken).filter(|&t| t < problem.tables)
}

/// Each id to its request, or to `None` when the id repeats or the request
/// names one person twice: such a request is never placed.
fn requests_by_id(requests: &[Request]) -> BTreeMap<i64, Option<Request>> {
    let mut by_id = BTreeMap::new();
    for r in requests {
        by_id
            .entry(r.id)
            .and_modify(|v| *v = None)
            .or_insert((r.a != r.b).then_some(*r));
    }
    by_id
}

fn smallest_missing(sorted: &[usize]) -> Option<usize> {
    let mut next = 0usize;
    for &t in sorted {
        if t == next {
            next = next.checked_add(1)?;
        } else if t > next {
            break;
        }
    }
    Some(next)
}

fn slot_count(problem: &Problem) -> usize {
    problem.slots.min(MAX_SLOTS)
}

fn all_slots(slots: usize) -> u64 {
    if slots >= 64 {
        u64::MAX
    } else {
        (1u64 << slots) - 1
    }
}

fn availability(problem: &Problem, person: i64) -> u64 {
    problem.available.get(&person).copied().unwrap_or(0) & all_slots(slot_count(problem))
}

/// The rules of one placement against others, looked up by key; shared by the
/// hand move and the vetting of fixed placements so both say the same thing.
#[derive(Default)]
struct Occupancy {
    seat: BTreeMap<(usize, usize), i64>,
    person: BTreeMap<(i64, usize), i64>,
    load: BTreeMap<usize, usize>,
}

impl Occupancy {
    fn add(&mut self, req: Option<Request>, p: Placement) {
        self.seat.insert((p.slot, p.table), p.request);
        *self.load.entry(p.slot).or_default() += 1;
        if let Some(r) = req {
            self.person.insert((r.a, p.slot), p.request);
            self.person.insert((r.b, p.slot), p.request);
        }
    }

    fn check(
        &self,
        problem: &Problem,
        req: &Request,
        slot: usize,
        table: usize,
    ) -> Result<(), Conflict> {
        if slot >= slot_count(problem) {
            return Err(Conflict::SlotOutOfRange);
        }
        if table >= problem.tables {
            return Err(Conflict::TableOutOfRange);
        }
        for person in [req.a, req.b] {
            if availability(problem, person) & (1u64 << slot) == 0 {
                return Err(Conflict::NotAvailable { person });
            }
        }
        for person in [req.a, req.b] {
            if let Some(&request) = self.person.get(&(person, slot)) {
                return Err(Conflict::PersonBusy { person, request });
            }
        }
        if self.load.get(&slot).copied().unwrap_or(0) >= problem.tables {
            return Err(Conflict::SlotFull);
        }
        if let Some(&request) = self.seat.get(&(slot, table)) {
            return Err(Conflict::TableTaken { request });
        }
        Ok(())
    }
}

const NONE: u32 = u32::MAX;
const UNPLACED: u8 = u8::MAX;

fn bits(mut mask: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        if mask == 0 {
            None
        } else {
            let s = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            Some(s)
        }
    })
}

/// SplitMix64: the tie breaks must be reproducible, so no system randomness.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn bit_of(&mut self, mask: u64) -> usize {
        let k = self.below(mask.count_ones() as usize);
        bits(mask).nth(k).unwrap_or(0)
    }
}

/// Who meets where, with the indexes every move needs in constant time.
/// Requests and people are dense indexes here.
struct State {
    slots: usize,
    tables: usize,
    pa: Vec<u32>,
    pb: Vec<u32>,
    slot_of: Vec<u8>,
    /// `person * slots + slot` to the request they meet in, or `NONE`.
    at: Vec<u32>,
    busy: Vec<u64>,
    members: Vec<Vec<u32>>,
    /// Where a placed request sits in `members` of its slot.
    pos: Vec<u32>,
    /// Slots whose every table is taken.
    full: u64,
    placed: usize,
}

impl State {
    fn new(slots: usize, tables: usize, pa: Vec<u32>, pb: Vec<u32>, people: usize) -> State {
        let n = pa.len();
        State {
            slots,
            tables,
            pa,
            pb,
            slot_of: vec![UNPLACED; n],
            at: vec![NONE; people * slots],
            busy: vec![0; people],
            members: vec![Vec::new(); slots],
            pos: vec![0; n],
            full: if tables == 0 { all_slots(slots) } else { 0 },
            placed: 0,
        }
    }

    fn free_mask(&self, r: u32, usable: u64) -> u64 {
        let (a, b) = (self.pa[r as usize] as usize, self.pb[r as usize] as usize);
        usable & !(self.busy[a] | self.busy[b] | self.full)
    }

    fn occupant(&self, person: u32, s: usize) -> u32 {
        self.at[person as usize * self.slots + s]
    }

    fn place(&mut self, r: u32, s: usize) {
        let ri = r as usize;
        let (a, b) = (self.pa[ri] as usize, self.pb[ri] as usize);
        debug_assert_eq!(self.slot_of[ri], UNPLACED);
        debug_assert_eq!((self.busy[a] | self.busy[b] | self.full) & (1 << s), 0);
        self.slot_of[ri] = s as u8;
        self.at[a * self.slots + s] = r;
        self.at[b * self.slots + s] = r;
        self.busy[a] |= 1 << s;
        self.busy[b] |= 1 << s;
        self.pos[ri] = self.members[s].len() as u32;
        self.members[s].push(r);
        if self.members[s].len() >= self.tables {
            self.full |= 1 << s;
        }
        self.placed += 1;
    }

    fn remove(&mut self, r: u32) {
        let ri = r as usize;
        let s = self.slot_of[ri] as usize;
        let (a, b) = (self.pa[ri] as usize, self.pb[ri] as usize);
        self.slot_of[ri] = UNPLACED;
        self.at[a * self.slots + s] = NONE;
        self.at[b * self.slots + s] = NONE;
        self.busy[a] &= !(1 << s);
        self.busy[b] &= !(1 << s);
        let i = self.pos[ri] as usize;
        self.members[s].swap_remove(i);
        if let Some(&moved) = self.members[s].get(i) {
            self.pos[moved as usize] = i as u32;
        }
        self.full &= !(1 << s);
        self.placed -= 1;
    }
}

/// One ejection-chain move: `r` into `slot`, `evict` out of it, and those of
/// them that have another free slot straight into it.
struct Move {
    slot: usize,
    evict: [u32; 3],
    n_evict: usize,
    replace: [(u32, usize); 3],
    n_replace: usize,
    /// Unplaced afterwards minus unplaced before: -1 is a gain.
    cost: i32,
}

struct Solver {
    st: State,
    /// Per request: the slots both can attend, minus those the kept fixed
    /// placements block for good.
    usable: Vec<u64>,
    fixed: Vec<bool>,
    /// Per person: their requests that are not fixed.
    adj: Vec<Vec<u32>>,
    /// The requests the search may place: not fixed, with a usable slot.
    pool: Vec<u32>,
    rng: Rng,
    /// The moves of the ejection chain under way, to take back a failed branch.
    log: Vec<(u32, u8)>,
}

impl Solver {
    fn greedy(&mut self) {
        let mut degree = vec![0u32; self.st.busy.len()];
        for &r in &self.pool {
            degree[self.st.pa[r as usize] as usize] += 1;
            degree[self.st.pb[r as usize] as usize] += 1;
        }
        let mut reach = vec![0u64; self.st.busy.len()];
        for &r in &self.pool {
            reach[self.st.pa[r as usize] as usize] |= self.usable[r as usize];
            reach[self.st.pb[r as usize] as usize] |= self.usable[r as usize];
        }
        let over = |p: u32| degree[p as usize] > reach[p as usize].count_ones();
        let mut order = self.pool.clone();
        order.sort_by_key(|&r| {
            let ri = r as usize;
            let (a, b) = (self.st.pa[ri], self.st.pb[ri]);
            let load = degree[a as usize] + degree[b as usize];
            (
                over(a) && over(b),
                self.usable[ri].count_ones(),
                std::cmp::Reverse(load),
                r,
            )
        });
        for r in order {
            let free = self.st.free_mask(r, self.usable[r as usize]);
            if free == 0 {
                continue;
            }
            let ri = r as usize;
            let people = [self.st.pa[ri], self.st.pb[ri]];
            let best = bits(free).min_by_key(|&s| {
                let mut demand = 0u32;
                for &p in &people {
                    for &o in &self.adj[p as usize] {
                        if o != r
                            && self.st.slot_of[o as usize] == UNPLACED
                            && self.st.free_mask(o, self.usable[o as usize]) & (1 << s) != 0
                        {
                            demand += 1;
                        }
                    }
                }
                (demand, self.st.members[s].len(), s)
            });
            if let Some(s) = best {
                self.st.place(r, s);
            }
        }
    }

    /// Tries the move of `r` into `s` on the state and takes it back, returning
    /// what it would do; `None` when a fixed meeting is in the way.
    fn evaluate(&mut self, r: u32, s: usize) -> Option<Move> {
        let ri = r as usize;
        let mut mv = Move {
            slot: s,
            evict: [NONE; 3],
            n_evict: 0,
            replace: [(NONE, 0); 3],
            n_replace: 0,
            cost: 0,
        };
        for p in [self.st.pa[ri], self.st.pb[ri]] {
            let o = self.st.occupant(p, s);
            if o != NONE && !mv.evict[..mv.n_evict].contains(&o) {
                if self.fixed[o as usize] {
                    return None;
                }
                mv.evict[mv.n_evict] = o;
                mv.n_evict += 1;
            }
        }
        if self.st.members[s].len() + 1 - mv.n_evict > self.st.tables {
            let extra = self.pick_extra(s, &mv.evict[..mv.n_evict])?;
            mv.evict[mv.n_evict] = extra;
            mv.n_evict += 1;
        }
        for &e in &mv.evict[..mv.n_evict] {
            self.st.remove(e);
        }
        self.st.place(r, s);
        for i in 0..mv.n_evict {
            let e = mv.evict[i];
            let free = self.st.free_mask(e, self.usable[e as usize]);
            if free != 0 {
                let t = self.rng.bit_of(free);
                self.st.place(e, t);
                mv.replace[mv.n_replace] = (e, t);
                mv.n_replace += 1;
            }
        }
        mv.cost = (mv.n_evict - mv.n_replace) as i32 - 1;
        for &(e, _) in &mv.replace[..mv.n_replace] {
            self.st.remove(e);
        }
        self.st.remove(r);
        for &e in &mv.evict[..mv.n_evict] {
            self.st.place(e, s);
        }
        Some(mv)
    }

    /// Which meeting of the full slot `s` to evict: one that can move straight
    /// to another free slot if there is one, so the chain ends at once.
    fn pick_extra(&mut self, s: usize, evicted: &[u32]) -> Option<u32> {
        let members = &self.st.members[s];
        let n = members.len();
        if n == 0 {
            return None;
        }
        let start = self.rng.below(n);
        let mut fallback = None;
        for k in 0..n {
            let m = members[(start + k) % n];
            if self.fixed[m as usize] || evicted.contains(&m) {
                continue;
            }
            if self.st.free_mask(m, self.usable[m as usize]) & !(1 << s) != 0 {
                return Some(m);
            }
            fallback.get_or_insert(m);
        }
        fallback
    }

    /// Stage 2; leaves the state at the best one seen.
    fn repair(&mut self, budget: u64, target: usize) {
        let n = self.st.slot_of.len();
        let slots = self.st.slots;
        let mut open: Vec<u32> = Vec::new();
        let mut open_pos = vec![NONE; n];
        for &r in &self.pool {
            if self.st.slot_of[r as usize] == UNPLACED {
                open_pos[r as usize] = open.len() as u32;
                open.push(r);
            }
        }
        let mut tabu = vec![0u64; n * slots];
        let mut best = self.st.slot_of.clone();
        let mut best_placed = self.st.placed;
        let mut marks = vec![0u32; n];
        let (mut work, mut iter) = (0u64, 0u64);

        while work < budget && !open.is_empty() && self.st.placed < target {
            iter += 1;
            work += 1;
            let r = open[self.rng.below(open.len())];
            let ri = r as usize;
            let mut nodes = CHAIN_NODES;
            marks[ri] = iter as u32;
            let chained = self.augment(r, CHAIN_DEPTH, iter as u32, &mut marks, &mut nodes);
            if chained {
                for k in 0..self.log.len() {
                    let t = self.log[k].0;
                    let ti = t as usize;
                    let placed = self.st.slot_of[ti] != UNPLACED;
                    if placed && open_pos[ti] != NONE {
                        let i = open_pos[ti] as usize;
                        open.swap_remove(i);
                        if let Some(&moved) = open.get(i) {
                            open_pos[moved as usize] = i as u32;
                        }
                        open_pos[ti] = NONE;
                    } else if !placed && open_pos[ti] == NONE {
                        open_pos[ti] = open.len() as u32;
                        open.push(t);
                    }
                }
            }
            self.log.clear();
            work += CHAIN_NODES - nodes;
            let chosen = if chained {
                if self.st.placed > best_placed {
                    best_placed = self.st.placed;
                    best.clone_from(&self.st.slot_of);
                }
                continue;
            } else {
                let mut chosen: Option<(i32, u64, Move)> = None;
                for s in bits(self.usable[ri]) {
                    let Some(mv) = self.evaluate(r, s) else {
                        continue;
                    };
                    // A gain is always allowed, even back into a tabu slot.
                    if mv.cost >= 0 && tabu[ri * slots + s] > iter {
                        continue;
                    }
                    let tie = self.rng.next();
                    if chosen
                        .as_ref()
                        .is_none_or(|(c, t, _)| (mv.cost, tie) < (*c, *t))
                    {
                        chosen = Some((mv.cost, tie, mv));
                    }
                }
                // Sideways steps walk the plateau; an occasional step down gets
                // out of a dead end, and the best state is kept anyway.
                chosen
                    .filter(|(cost, _, _)| *cost <= 0 || (*cost == 1 && self.rng.below(16) == 0))
                    .map(|(_, _, mv)| mv)
            };
            let Some(mv) = chosen else {
                continue;
            };
            let tenure = 2 + self.rng.below(8) as u64;
            for &e in &mv.evict[..mv.n_evict] {
                self.st.remove(e);
                tabu[e as usize * slots + mv.slot] = iter + tenure;
                open_pos[e as usize] = open.len() as u32;
                open.push(e);
            }
            let placed_now =
                std::iter::once((r, mv.slot)).chain(mv.replace[..mv.n_replace].iter().copied());
            for (p, s) in placed_now {
                self.st.place(p, s);
                let i = open_pos[p as usize] as usize;
                open.swap_remove(i);
                if let Some(&moved) = open.get(i) {
                    open_pos[moved as usize] = i as u32;
                }
                open_pos[p as usize] = NONE;
            }
            if self.st.placed > best_placed {
                best_placed = self.st.placed;
                best.clone_from(&self.st.slot_of);
            }
        }
        self.restore(&best);
    }

    /// Places the unplaced `r` by an ejection chain if there is one: `r` into
    /// a slot where one meeting blocks it, that meeting on to another slot the
    /// same way, and so on until one lands in a free place. Where both people
    /// are busy, both meetings are pushed on, each by a chain of its own. Marks
    /// keep each request to one move per search, as in Kuhn's matching
    /// algorithm, and `nodes` bounds the work. On failure the state is as it was.
    fn augment(
        &mut self,
        r: u32,
        depth: u32,
        stamp: u32,
        marks: &mut [u32],
        nodes: &mut u64,
    ) -> bool {
        let ri = r as usize;
        let free = self.st.free_mask(r, self.usable[ri]);
        if free != 0 {
            let s = self.rng.bit_of(free);
            self.place_logged(r, s);
            return true;
        }
        if depth == 0 || *nodes == 0 {
            return false;
        }
        *nodes -= 1;
        let mut steps = [(0usize, NONE, NONE); MAX_SLOTS];
        let mut n = 0;
        for s in bits(self.usable[ri]) {
            if let Some((e1, e2)) = self.blockers(r, s) {
                let unmarked = |e: u32| e == NONE || marks[e as usize] != stamp;
                if unmarked(e1) && unmarked(e2) {
                    steps[n] = (s, e1, e2);
                    n += 1;
                }
            }
        }
        if n == 0 {
            return false;
        }
        let start = self.rng.below(n);
        // Shortest chains first: a single blocker that can step straight aside.
        for k in 0..n {
            let (s, e, other) = steps[(start + k) % n];
            if other != NONE {
                continue;
            }
            let free = self.st.free_mask(e, self.usable[e as usize]) & !(1 << s);
            if free != 0 {
                self.remove_logged(e);
                self.place_logged(r, s);
                let t = self.rng.bit_of(free);
                self.place_logged(e, t);
                return true;
            }
        }
        for pass in [false, true] {
            for k in 0..n {
                let (s, e1, e2) = steps[(start + k) % n];
                if (e2 != NONE) != pass
                    || marks[e1 as usize] == stamp
                    || (e2 != NONE && marks[e2 as usize] == stamp)
                {
                    continue;
                }
                let mark = self.log.len();
                marks[e1 as usize] = stamp;
                self.remove_logged(e1);
                if e2 != NONE {
                    marks[e2 as usize] = stamp;
                    self.remove_logged(e2);
                }
                self.place_logged(r, s);
                if self.resolve(e1, s, depth - 1, stamp, marks, nodes)
                    && (e2 == NONE || self.resolve(e2, s, depth - 1, stamp, marks, nodes))
                {
                    return true;
                }
                self.rollback(mark);
            }
        }
        false
    }

    /// Makes up for `e`, just evicted from slot `s`: either `e` is placed
    /// elsewhere by a chain, or the place it left in `s` goes to another
    /// waiting request of the person it freed there, which may in turn evict a
    /// meeting that must be made up for (an augmenting path in the matching of
    /// slot `s`). On failure the state is as it was.
    fn resolve(
        &mut self,
        e: u32,
        s: usize,
        depth: u32,
        stamp: u32,
        marks: &mut [u32],
        nodes: &mut u64,
    ) -> bool {
        if self.augment(e, depth, stamp, marks, nodes) {
            return true;
        }
        if depth == 0 || *nodes == 0 || self.st.full & (1 << s) != 0 {
            return false;
        }
        *nodes -= 1;
        let ei = e as usize;
        for x in [self.st.pa[ei], self.st.pb[ei]] {
            if self.st.busy[x as usize] & (1 << s) != 0 {
                continue;
            }
            let waiting = self.adj[x as usize].len();
            let start = if waiting == 0 {
                0
            } else {
                self.rng.below(waiting)
            };
            for pass in [false, true] {
                for k in 0..waiting {
                    let u = self.adj[x as usize][(start + k) % waiting];
                    let ui = u as usize;
                    if marks[ui] == stamp
                        || self.st.slot_of[ui] != UNPLACED
                        || self.usable[ui] & (1 << s) == 0
                    {
                        continue;
                    }
                    let y = if self.st.pa[ui] == x {
                        self.st.pb[ui]
                    } else {
                        self.st.pa[ui]
                    };
                    let f = self.st.occupant(y, s);
                    if !pass && f == NONE {
                        marks[ui] = stamp;
                        self.place_logged(u, s);
                        return true;
                    }
                    if pass && f != NONE && marks[f as usize] != stamp && !self.fixed[f as usize] {
                        let mark = self.log.len();
                        marks[ui] = stamp;
                        marks[f as usize] = stamp;
                        self.remove_logged(f);
                        self.place_logged(u, s);
                        if self.resolve(f, s, depth - 1, stamp, marks, nodes) {
                            return true;
                        }
                        self.rollback(mark);
                    }
                }
            }
        }
        false
    }

    fn place_logged(&mut self, r: u32, s: usize) {
        self.st.place(r, s);
        self.log.push((r, UNPLACED));
    }

    fn remove_logged(&mut self, r: u32) {
        self.log.push((r, self.st.slot_of[r as usize]));
        self.st.remove(r);
    }

    /// Undoes the logged moves back to `mark`, last first.
    fn rollback(&mut self, mark: usize) {
        while self.log.len() > mark {
            let Some((r, was)) = self.log.pop() else {
                break;
            };
            if was == UNPLACED {
                self.st.remove(r);
            } else {
                self.st.place(r, was as usize);
            }
        }
    }

    /// The meetings to evict so that `r` fits in `s` (the second `NONE` when
    /// one is enough), unless a fixed one is in the way.
    fn blockers(&mut self, r: u32, s: usize) -> Option<(u32, u32)> {
        let oa = self.st.occupant(self.st.pa[r as usize], s);
        let ob = self.st.occupant(self.st.pb[r as usize], s);
        let (e1, e2) = match (oa, ob) {
            (NONE, NONE) => (self.pick_extra(s, &[])?, NONE),
            (o, NONE) | (NONE, o) => (o, NONE),
            (x, y) if x == y => (x, NONE),
            (x, y) => (x, y),
        };
        let movable = |e: u32| e == NONE || !self.fixed[e as usize];
        (movable(e1) && movable(e2)).then_some((e1, e2))
    }

    fn restore(&mut self, solution: &[u8]) {
        for &r in &self.pool {
            if self.st.slot_of[r as usize] != UNPLACED {
                self.st.remove(r);
            }
        }
        for &r in &self.pool.clone() {
            if solution[r as usize] != UNPLACED {
                self.st.place(r, solution[r as usize] as usize);
            }
        }
    }

    /// Stage 3: returns whether the search finished, i.e. the state it leaves is
    /// optimal.
    fn exact(&mut self) -> bool {
        let mut order = self.pool.clone();
        order.sort_by_key(|&r| (self.usable[r as usize].count_ones(), r));
        let mut best = self.st.slot_of.clone();
        let mut best_placed = self.st.placed;
        self.restore(&vec![UNPLACED; best.len()]);
        let mut nodes = 0u64;
        let done = self.branch(&order, 0, &mut best_placed, &mut best, &mut nodes);
        self.restore(&best);
        done
    }

    fn branch(
        &mut self,
        order: &[u32],
        i: usize,
        best_placed: &mut usize,
        best: &mut Vec<u8>,
        nodes: &mut u64,
    ) -> bool {
        *nodes += 1;
        if *nodes > EXACT_NODE_LIMIT {
            return false;
        }
        let placed = self.st.placed;
        if i == order.len() {
            if placed > *best_placed {
                *best_placed = placed;
                best.clone_from(&self.st.slot_of);
            }
            return true;
        }
        let rest = &order[i..];
        let could = rest
            .iter()
            .filter(|&&o| self.st.free_mask(o, self.usable[o as usize]) != 0)
            .count();
        let room: usize = self
            .st
            .members
            .iter()
            .map(|m| self.st.tables.saturating_sub(m.len()).min(rest.len()))
            .sum();
        if placed + could.min(room) <= *best_placed {
            return true;
        }
        let r = order[i];
        for s in bits(self.st.free_mask(r, self.usable[r as usize])) {
            self.st.place(r, s);
            let done = self.branch(order, i + 1, best_placed, best, nodes);
            self.st.remove(r);
            if !done {
                return false;
            }
        }
        self.branch(order, i + 1, best_placed, best, nodes)
    }

    /// A ceiling on the requests of the pool any schedule could add to the
    /// fixed ones: each slot holds at most its free tables and half the people
    /// who could meet in it; each person keeps at most as many meetings as their
    /// requests can be matched to distinct slots (Hall), so the rest must go,
    /// and one dropped request relieves at most two such people.
    fn pool_bound(&self) -> usize {
        let people = self.st.busy.len();
        let slots = self.st.slots;
        let mut union = vec![0u64; people];
        let mut degree = vec![0usize; people];
        let mut per_slot = vec![0usize; slots];
        for &r in &self.pool {
            let (a, b) = (
                self.st.pa[r as usize] as usize,
                self.st.pb[r as usize] as usize,
            );
            let u = self.usable[r as usize];
            union[a] |= u;
            union[b] |= u;
            degree[a] += 1;
            degree[b] += 1;
            for s in bits(u) {
                per_slot[s] += 1;
            }
        }
        let mut slot_bound = 0usize;
        for (s, (&requests_in, members)) in per_slot.iter().zip(&self.st.members).enumerate() {
            let people_in = union.iter().filter(|u| *u & (1 << s) != 0).count();
            let room = self.st.tables.saturating_sub(members.len());
            slot_bound += room.min(people_in / 2).min(requests_in);
        }
        let mut theirs: Vec<Vec<u64>> = vec![Vec::new(); people];
        for &r in &self.pool {
            let u = self.usable[r as usize];
            theirs[self.st.pa[r as usize] as usize].push(u);
            theirs[self.st.pb[r as usize] as usize].push(u);
        }
        let excess: Vec<usize> = (0..people)
            .map(|p| degree[p] - slot_matching(&theirs[p], slots))
            .collect();
        let mut shared = vec![0usize; people];
        for &r in &self.pool {
            let (a, b) = (
                self.st.pa[r as usize] as usize,
                self.st.pb[r as usize] as usize,
            );
            if excess[a] > 0 && excess[b] > 0 {
                shared[a] += 1;
                shared[b] += 1;
            }
        }
        let total: usize = excess.iter().sum();
        let doubled: usize = (0..people).map(|p| excess[p].min(shared[p])).sum();
        let max_one = excess.iter().copied().max().unwrap_or(0);
        let dropped = max_one.max(total - doubled / 2);
        let person_bound = self.pool.len().saturating_sub(dropped);
        self.pool.len().min(slot_bound).min(person_bound)
    }
}

/// Which stages run; all of them outside the tests, which switch some off to
/// show what each one is for.
#[derive(Clone, Copy)]
struct Stages {
    repair: bool,
    exact: bool,
}

impl Stages {
    const ALL: Stages = Stages {
        repair: true,
        exact: true,
    };
}

/// How many of these requests (each a mask of the slots it may use) can be
/// given distinct slots: Kuhn's augmenting paths, at most 64 slots.
fn slot_matching(requests: &[u64], slots: usize) -> usize {
    fn try_place(i: usize, requests: &[u64], owner: &mut [usize], seen: &mut u64) -> bool {
        for s in bits(requests[i] & !*seen) {
            *seen |= 1 << s;
            if owner[s] == usize::MAX || try_place(owner[s], requests, owner, seen) {
                owner[s] = i;
                return true;
            }
        }
        false
    }
    let mut owner = vec![usize::MAX; slots];
    let mut matched = 0;
    for i in 0..requests.len() {
        let mut seen = 0u64;
        if try_place(i, requests, &mut owner, &mut seen) {
            matched += 1;
        }
    }
    matched
}

fn run(problem: &Problem, stages: Stages) -> Schedule {
    let slots = slot_count(problem);
    let tables = problem.tables;

    let mut sorted = problem.requests.to_vec();
    sorted.sort_by_key(|r| (r.id, r.a, r.b));
    let mut valid: Vec<Request> = Vec::with_capacity(sorted.len());
    let mut left_out: Vec<(i64, Reason)> = Vec::new();
    for (i, r) in sorted.iter().enumerate() {
        let repeated =
            (i > 0 && sorted[i - 1].id == r.id) || sorted.get(i + 1).is_some_and(|n| n.id == r.id);
        if repeated || r.a == r.b {
            if left_out.last().is_none_or(|(id, _)| *id != r.id) {
                left_out.push((r.id, Reason::Invalid));
            }
        } else {
            valid.push(*r);
        }
    }

    let mut person_ids: Vec<i64> = valid.iter().flat_map(|r| [r.a, r.b]).collect();
    person_ids.sort_unstable();
    person_ids.dedup();
    let index = |p: i64| person_ids.binary_search(&p).map_or(NONE, |i| i as u32);
    let avail: Vec<u64> = person_ids
        .iter()
        .map(|&p| availability(problem, p))
        .collect();
    // Lower profile id first, so that which of the two asked changes nothing.
    let pa: Vec<u32> = valid.iter().map(|r| index(r.a.min(r.b))).collect();
    let pb: Vec<u32> = valid.iter().map(|r| index(r.a.max(r.b))).collect();
    let common: Vec<u64> = (0..valid.len())
        .map(|i| avail[pa[i] as usize] & avail[pb[i] as usize])
        .collect();
    let mut st = State::new(slots, tables, pa, pb, person_ids.len());

    let mut fixed = vec![false; valid.len()];
    let mut table_of: Vec<Option<usize>> = vec![None; valid.len()];
    let mut dropped_fixed = Vec::new();
    let mut occupancy = Occupancy::default();
    for &f in problem.fixed {
        let Ok(ri) = valid.binary_search_by_key(&f.request, |r| r.id) else {
            dropped_fixed.push((f, Conflict::UnknownRequest));
            continue;
        };
        let outcome = if fixed[ri] {
            Err(Conflict::Duplicate)
        } else {
            occupancy.check(problem, &valid[ri], f.slot, f.table)
        };
        match outcome {
            Ok(()) => {
                occupancy.add(Some(valid[ri]), f);
                fixed[ri] = true;
                table_of[ri] = Some(f.table);
                st.place(ri as u32, f.slot);
            }
            Err(conflict) => dropped_fixed.push((f, conflict)),
        }
    }
    let kept = st.placed;

    let usable: Vec<u64> = (0..valid.len())
        .map(|ri| {
            if fixed[ri] {
                0
            } else {
                st.free_mask(ri as u32, common[ri])
            }
        })
        .collect();
    let pool: Vec<u32> = (0..valid.len() as u32)
        .filter(|&r| usable[r as usize] != 0)
        .collect();
    let mut adj = vec![Vec::new(); person_ids.len()];
    for &r in &pool {
        adj[st.pa[r as usize] as usize].push(r);
        adj[st.pb[r as usize] as usize].push(r);
    }
    let mut solver = Solver {
        st,
        usable,
        fixed,
        adj,
        pool,
        rng: Rng(SEED),
        log: Vec::new(),
    };

    let mut upper_bound = kept + solver.pool_bound();
    solver.greedy();
    if stages.repair && solver.st.placed < upper_bound {
        let budget = REPAIR_MOVES_BASE + REPAIR_MOVES_PER_REQUEST * solver.pool.len() as u64;
        solver.repair(budget, upper_bound);
    }
    if stages.exact
        && solver.st.placed < upper_bound
        && solver.pool.len() <= EXACT_MAX_REQUESTS
        && solver.exact()
    {
        upper_bound = solver.st.placed;
    }
    // The search keeps its best state, which may leave a request with a free
    // slot it never got back to; placing it costs nothing, and afterwards every
    // reason below is a fact about the schedule.
    for r in solver.pool.clone() {
        let free = solver.st.free_mask(r, solver.usable[r as usize]);
        if solver.st.slot_of[r as usize] == UNPLACED && free != 0 {
            solver.st.place(r, free.trailing_zeros() as usize);
        }
    }
    let st = &solver.st;
    debug_assert!(st.placed <= upper_bound);

    let mut placed = Vec::with_capacity(st.placed);
    for s in 0..slots {
        let mut taken: Vec<usize> = st.members[s]
            .iter()
            .filter_map(|&r| table_of[r as usize])
            .collect();
        taken.sort_unstable();
        let mut waiting: Vec<u32> = st.members[s]
            .iter()
            .copied()
            .filter(|&r| table_of[r as usize].is_none())
            .collect();
        waiting.sort_unstable();
        let mut rest = Vec::new();
        for r in waiting {
            let before = |p: u32| {
                let o = if s > 0 { st.occupant(p, s - 1) } else { NONE };
                if o == NONE {
                    None
                } else {
                    table_of[o as usize]
                }
            };
            let (a, b) = (st.pa[r as usize], st.pb[r as usize]);
            let same = [before(a), before(b)]
                .into_iter()
                .flatten()
                .find(|t| taken.binary_search(t).is_err());
            match same {
                Some(t) => {
                    table_of[r as usize] = Some(t);
                    let at = taken.binary_search(&t).unwrap_or_else(|i| i);
                    taken.insert(at, t);
                }
                None => rest.push(r),
            }
        }
        for r in rest {
            let t = smallest_missing(&taken).unwrap_or(0);
            table_of[r as usize] = Some(t);
            let at = taken.binary_search(&t).unwrap_or_else(|i| i);
            taken.insert(at, t);
        }
        for &r in &st.members[s] {
            placed.push(Placement {
                request: valid[r as usize].id,
                slot: s,
                table: table_of[r as usize].unwrap_or(0),
            });
        }
    }
    placed.sort_by_key(|p| (p.slot, p.table));

    for (ri, r) in valid.iter().enumerate() {
        if st.slot_of[ri] != UNPLACED {
            continue;
        }
        let (a, b) = (st.pa[ri] as usize, st.pb[ri] as usize);
        let (lo, hi) = (person_ids[a], person_ids[b]);
        let reason = if avail[a] == 0 {
            Reason::NoAvailability { person: lo }
        } else if avail[b] == 0 {
            Reason::NoAvailability { person: hi }
        } else if common[ri] == 0 {
            Reason::NoCommonSlot
        } else {
            let shared = common[ri];
            let a_busy = shared & !st.busy[a] == 0;
            let b_busy = shared & !st.busy[b] == 0;
            let full = shared & !st.full == 0;
            debug_assert_eq!(shared & !(st.busy[a] | st.busy[b] | st.full), 0);
            match (a_busy, b_busy, full) {
                (true, true, _) => Reason::BothBusy,
                (true, false, _) => Reason::PersonBusy { person: lo },
                (false, true, _) => Reason::PersonBusy { person: hi },
                (false, false, true) => Reason::TablesFull,
                (false, false, false) => Reason::Mixed,
            }
        };
        left_out.push((r.id, reason));
    }
    left_out.sort_by_key(|(id, _)| *id);

    Schedule {
        placed,
        left_out,
        dropped_fixed,
        upper_bound,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn everyone(people: impl IntoIterator<Item = i64>, mask: u64) -> BTreeMap<i64, u64> {
        people.into_iter().map(|p| (p, mask)).collect()
    }

    fn requests(pairs: &[(i64, i64)]) -> Vec<Request> {
        pairs
            .iter()
            .enumerate()
            .map(|(i, &(a, b))| Request {
                id: i as i64 + 1,
                a,
                b,
            })
            .collect()
    }

    fn at(request: i64, slot: usize, table: usize) -> Placement {
        Placement {
            request,
            slot,
            table,
        }
    }

    /// Every rule of the contract, checked on the output alone: the seats, the
    /// people, availability, the fixed placements and why they were dropped,
    /// every request accounted for once, every reason true, and nothing left out
    /// that could simply be added.
    fn assert_valid(problem: &Problem, s: &Schedule) {
        let slots = problem.slots.min(MAX_SLOTS);
        let avail = |p: i64| problem.available.get(&p).copied().unwrap_or(0) & all_slots(slots);
        let valid: BTreeMap<i64, Request> = requests_by_id(problem.requests)
            .into_iter()
            .filter_map(|(id, r)| r.map(|r| (id, r)))
            .collect();
        let mut seats = BTreeSet::new();
        let mut person_slot = BTreeSet::new();
        let mut load = vec![0usize; slots];
        let mut placed_ids = BTreeSet::new();
        for p in &s.placed {
            let r = valid
                .get(&p.request)
                .expect("only valid requests are placed");
            assert!(placed_ids.insert(p.request), "{p:?} placed twice");
            assert!(
                p.slot < slots && p.table < problem.tables,
                "{p:?} out of range"
            );
            assert!(seats.insert((p.slot, p.table)), "{p:?}: table used twice");
            for person in [r.a, r.b] {
                assert!(
                    avail(person) & (1 << p.slot) != 0,
                    "{p:?}: {person} not available"
                );
                assert!(
                    person_slot.insert((person, p.slot)),
                    "{p:?}: {person} twice"
                );
            }
            load[p.slot] += 1;
            assert!(load[p.slot] <= problem.tables);
        }
        assert!(s
            .placed
            .windows(2)
            .all(|w| (w[0].slot, w[0].table) < (w[1].slot, w[1].table)));
        assert!(
            s.placed.len() <= s.upper_bound,
            "bound below what was placed"
        );

        assert!(
            s.left_out.windows(2).all(|w| w[0].0 < w[1].0),
            "left_out sorted, once each"
        );
        let all_ids: BTreeSet<i64> = problem.requests.iter().map(|r| r.id).collect();
        let left_ids: BTreeSet<i64> = s.left_out.iter().map(|(id, _)| *id).collect();
        assert!(placed_ids.is_disjoint(&left_ids));
        assert_eq!(
            &placed_ids | &left_ids,
            all_ids,
            "every request placed or left out"
        );

        let busy = |p: i64, slot: usize| person_slot.contains(&(p, slot));
        let full = |slot: usize| load[slot] >= problem.tables;
        for &(id, reason) in &s.left_out {
            let Some(r) = valid.get(&id) else {
                assert_eq!(reason, Reason::Invalid);
                continue;
            };
            let shared = avail(r.a) & avail(r.b);
            for slot in bits(shared) {
                assert!(
                    busy(r.a, slot) || busy(r.b, slot) || full(slot),
                    "request {id} left out but fits in slot {slot}"
                );
            }
            let every = |f: &dyn Fn(usize) -> bool| shared != 0 && bits(shared).all(f);
            match reason {
                Reason::NoAvailability { person } => {
                    assert!(person == r.a || person == r.b);
                    assert_eq!(avail(person), 0);
                }
                Reason::NoCommonSlot => {
                    assert!(avail(r.a) != 0 && avail(r.b) != 0 && shared == 0)
                }
                Reason::PersonBusy { person } => {
                    assert!(person == r.a || person == r.b);
                    assert!(every(&|slot| busy(person, slot)));
                }
                Reason::BothBusy => assert!(every(&|slot| busy(r.a, slot) && busy(r.b, slot))),
                Reason::TablesFull => assert!(every(&|slot| full(slot))),
                Reason::Mixed => {
                    assert!(!every(&|slot| busy(r.a, slot)));
                    assert!(!every(&|slot| busy(r.b, slot)));
                    assert!(!every(&|slot| full(slot)));
                    assert!(shared != 0);
                }
                Reason::Invalid => panic!("request {id} is valid"),
            }
        }

        // Replays the vetting of the fixed list with the public check.
        let mut kept: Vec<Placement> = Vec::new();
        let mut dropped = s.dropped_fixed.iter().peekable();
        for f in problem.fixed {
            let conflict = dropped.next_if(|(d, _)| d == f).map(|(_, c)| *c);
            match conflict {
                Some(Conflict::Duplicate) => {
                    assert!(kept.iter().any(|k| k.request == f.request))
                }
                Some(c) => {
                    assert!(kept.iter().all(|k| k.request != f.request));
                    assert_eq!(
                        check_placement(problem, &kept, f.request, f.slot, f.table),
                        Err(c)
                    );
                }
                None => {
                    assert!(
                        kept.iter().all(|k| k.request != f.request),
                        "{f:?} kept twice"
                    );
                    assert_eq!(
                        check_placement(problem, &kept, f.request, f.slot, f.table),
                        Ok(())
                    );
                    assert!(s.placed.contains(f), "{f:?} not kept");
                    kept.push(*f);
                }
            }
        }
        assert!(dropped.next().is_none(), "dropped_fixed in the order given");
    }

    /// The optimum by exhaustive search, written apart from the scheduler: each
    /// request in turn into every slot it fits, or not at all. `kept` are
    /// placed beforehand.
    fn brute_force(problem: &Problem, kept: &[Placement]) -> usize {
        struct Search<'a> {
            reqs: Vec<(i64, i64, u64)>,
            tables: usize,
            busy: BTreeMap<i64, u64>,
            load: Vec<usize>,
            best: usize,
            _p: std::marker::PhantomData<&'a ()>,
        }
        fn go(s: &mut Search, i: usize, placed: usize) {
            if placed + (s.reqs.len() - i) <= s.best {
                return;
            }
            if i == s.reqs.len() {
                s.best = placed;
                return;
            }
            let (a, b, shared) = s.reqs[i];
            for slot in bits(shared) {
                let taken = s.busy[&a] | s.busy[&b];
                if taken & (1 << slot) == 0 && s.load[slot] < s.tables {
                    *s.busy.get_mut(&a).unwrap() |= 1 << slot;
                    *s.busy.get_mut(&b).unwrap() |= 1 << slot;
                    s.load[slot] += 1;
                    go(s, i + 1, placed + 1);
                    s.load[slot] -= 1;
                    *s.busy.get_mut(&a).unwrap() &= !(1 << slot);
                    *s.busy.get_mut(&b).unwrap() &= !(1 << slot);
                }
            }
            go(s, i + 1, placed);
        }
        let avail = |p: i64| problem.available.get(&p).copied().unwrap_or(0);
        let mut search = Search {
            reqs: Vec::new(),
            tables: problem.tables,
            busy: BTreeMap::new(),
            load: vec![0; problem.slots],
            best: 0,
            _p: std::marker::PhantomData,
        };
        for r in problem.requests {
            search.busy.insert(r.a, 0);
            search.busy.insert(r.b, 0);
            if kept.iter().all(|k| k.request != r.id) {
                search.reqs.push((r.a, r.b, avail(r.a) & avail(r.b)));
            }
        }
        for k in kept {
            let r = problem.requests.iter().find(|r| r.id == k.request).unwrap();
            *search.busy.get_mut(&r.a).unwrap() |= 1 << k.slot;
            *search.busy.get_mut(&r.b).unwrap() |= 1 << k.slot;
            search.load[k.slot] += 1;
        }
        go(&mut search, 0, 0);
        search.best + kept.len()
    }

    struct Instance {
        slots: usize,
        tables: usize,
        available: BTreeMap<i64, u64>,
        requests: Vec<Request>,
    }

    impl Instance {
        fn problem<'a>(&'a self, fixed: &'a [Placement]) -> Problem<'a> {
            Problem {
                slots: self.slots,
                tables: self.tables,
                available: &self.available,
                requests: &self.requests,
                fixed,
            }
        }
    }

    /// `people` with a random availability of `p_avail` per slot, each pair
    /// requested with chance `p_pair`, ids scattered so id order is not pair order.
    fn random_instance(
        rng: &mut Rng,
        people: i64,
        slots: usize,
        tables: usize,
        p_avail: u64,
        p_pair: u64,
    ) -> Instance {
        let available = (0..people)
            .map(|p| {
                let mask = (0..slots)
                    .filter(|_| rng.next() % 100 < p_avail)
                    .fold(0u64, |m, s| m | 1 << s);
                (p * 7 + 3, mask)
            })
            .collect();
        let mut requests = Vec::new();
        for a in 0..people {
            for b in a + 1..people {
                if rng.next() % 100 < p_pair {
                    let id = (rng.next() % 1_000_000) as i64 * 100 + requests.len() as i64;
                    requests.push(Request {
                        id,
                        a: a * 7 + 3,
                        b: b * 7 + 3,
                    });
                }
            }
        }
        Instance {
            slots,
            tables,
            available,
            requests,
        }
    }

    fn shuffle<T>(rng: &mut Rng, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, rng.below(i + 1));
        }
    }

    #[test]
    fn six_people_who_all_want_to_meet_fit_into_five_slots_of_three_tables() {
        let available = everyone(1..=6, 0b11111);
        let mut pairs = Vec::new();
        for a in 1..=6 {
            for b in a + 1..=6 {
                pairs.push((a, b));
            }
        }
        let requests = requests(&pairs);
        let problem = Problem {
            slots: 5,
            tables: 3,
            available: &available,
            requests: &requests,
            fixed: &[],
        };
        let s = schedule(&problem);
        assert_valid(&problem, &s);
        assert_eq!(s.placed.len(), 15);
        assert!(s.left_out.is_empty());
        assert_eq!(s.upper_bound, 15);
    }

    #[test]
    fn what_cannot_fit_is_left_out_with_its_reason() {
        let mut available = BTreeMap::from([(1, 0b01), (2, 0b10)]);
        available.extend(everyone(3..=5, 0b01));
        available.extend(everyone(6..=11, 0b10));
        let requests = requests(&[
            (1, 2),   // 1: never free together
            (3, 4),   // 2 and 3: person 3 has one slot for two meetings
            (3, 5),   //
            (6, 7),   // 4, 5, 6: three meetings for the two tables of slot 1
            (8, 9),   //
            (10, 11), //
            (12, 3),  // 7: person 12 gave no availability
            (13, 13), // 8: with oneself
        ]);
        let problem = Problem {
            slots: 2,
            tables: 2,
            available: &available,
            requests: &requests,
            fixed: &[],
        };
        let s = schedule(&problem);
        assert_valid(&problem, &s);
        assert_eq!(s.placed.len(), 3);
        assert_eq!(s.upper_bound, 3);
        let reasons: Vec<Reason> = s.left_out.iter().map(|(_, r)| *r).collect();
        assert_eq!(
            reasons,
            [
                Reason::NoCommonSlot,
                Reason::PersonBusy { person: 3 },
                Reason::TablesFull,
                Reason::NoAvailability { person: 12 },
                Reason::Invalid,
            ]
        );
        assert_eq!(s.left_out[0].0, 1);
        assert_eq!(
            &s.left_out[3..],
            [
                (7, Reason::NoAvailability { person: 12 }),
                (8, Reason::Invalid)
            ]
        );
    }

    /// Each case fixes every request but the first, so the reason of request 1
    /// is forced; people 1 and 2 are free in both slots.
    #[test]
    fn a_request_blocked_by_locked_meetings_says_by_what() {
        let reason = |pairs: &[(i64, i64)], tables: usize, fixed: &[Placement]| {
            let available = everyone(1..=8, 0b11);
            let requests = requests(pairs);
            let problem = Problem {
                slots: 2,
                tables,
                available: &available,
                requests: &requests,
                fixed,
            };
            let s = schedule(&problem);
            assert_valid(&problem, &s);
            assert!(s.dropped_fixed.is_empty());
            assert_eq!(s.left_out.len(), 1);
            s.left_out[0]
        };
        let one_busy = [at(2, 0, 0), at(3, 1, 0)];
        assert_eq!(
            reason(&[(1, 2), (1, 3), (1, 4)], 2, &one_busy),
            (1, Reason::PersonBusy { person: 1 })
        );
        assert_eq!(
            reason(&[(2, 1), (2, 3), (2, 4)], 2, &one_busy),
            (1, Reason::PersonBusy { person: 2 })
        );
        assert_eq!(
            reason(
                &[(1, 2), (1, 3), (2, 4), (1, 5), (2, 6)],
                3,
                &[at(2, 0, 0), at(3, 0, 1), at(4, 1, 0), at(5, 1, 1)]
            ),
            (1, Reason::BothBusy)
        );
        assert_eq!(
            reason(&[(1, 2), (3, 4), (5, 6)], 1, &[at(2, 0, 0), at(3, 1, 0)]),
            (1, Reason::TablesFull)
        );
        // Slot 0: person 1 is busy, a table is free; slot 1: both tables taken.
        assert_eq!(
            reason(
                &[(1, 2), (1, 3), (4, 5), (6, 7)],
                2,
                &[at(2, 0, 0), at(3, 1, 0), at(4, 1, 1)]
            ),
            (1, Reason::Mixed)
        );
    }

    #[test]
    fn fixed_placements_keep_their_slot_and_table_and_new_meetings_fill_around_them() {
        let mut rng = Rng(11);
        let inst = random_instance(&mut rng, 20, 6, 4, 75, 35);
        let first = schedule(&inst.problem(&[]));
        assert_valid(&inst.problem(&[]), &first);

        // A second run keeps everything placed, whatever was added since.
        let mut more = inst.requests.clone();
        more.extend(
            requests(&[(3, 10), (10, 17), (17, 24)])
                .iter()
                .map(|r| Request {
                    id: r.id + 10_000_000_000,
                    ..*r
                }),
        );
        let grown = Instance {
            requests: more,
            slots: inst.slots,
            tables: inst.tables,
            available: inst.available.clone(),
        };
        let second = schedule(&grown.problem(&first.placed));
        assert_valid(&grown.problem(&first.placed), &second);
        assert!(second.dropped_fixed.is_empty());
        assert!(first.placed.iter().all(|p| second.placed.contains(p)));
        assert!(second.placed.len() >= first.placed.len());

        // Replanning with a third of it locked keeps the locked ones only.
        let locked: Vec<Placement> = first.placed.iter().copied().step_by(3).collect();
        let replanned = schedule(&inst.problem(&locked));
        assert_valid(&inst.problem(&locked), &replanned);
        assert!(locked.iter().all(|p| replanned.placed.contains(p)));
        assert!(replanned.placed.len() >= locked.len());
    }

    #[test]
    fn fixed_placements_that_break_a_rule_are_dropped_and_placed_again() {
        let mut available = everyone(1..=8, 0b111);
        available.insert(1, 0b011); // no longer free in slot 2
        let requests = requests(&[(1, 2), (3, 4), (5, 6), (7, 8), (1, 3), (2, 7)]);
        let fixed = [
            at(1, 2, 0),  // person 1 not available
            at(2, 0, 5),  // no table 5
            at(3, 7, 0),  // no slot 7
            at(99, 0, 0), // no such request
            at(4, 1, 1),  // kept
            at(4, 0, 0),  // request 4 fixed twice
            at(5, 1, 1),  // table taken by 4
            at(6, 1, 0),  // person 7 meets in 4
        ];
        let problem = Problem {
            slots: 3,
            tables: 2,
            available: &available,
            requests: &requests,
            fixed: &fixed,
        };
        let s = schedule(&problem);
        assert_valid(&problem, &s);
        let conflicts: Vec<Conflict> = s.dropped_fixed.iter().map(|(_, c)| *c).collect();
        assert_eq!(
            conflicts,
            [
                Conflict::NotAvailable { person: 1 },
                Conflict::TableOutOfRange,
                Conflict::SlotOutOfRange,
                Conflict::UnknownRequest,
                Conflict::Duplicate,
                Conflict::TableTaken { request: 4 },
                Conflict::PersonBusy {
                    person: 7,
                    request: 4
                },
            ]
        );
        assert!(s.placed.contains(&at(4, 1, 1)));
        assert_eq!(s.placed.len(), 6, "all re-placed: {s:?}");
        assert_eq!(s.upper_bound, 6);
    }

    #[test]
    fn a_person_keeps_their_table_into_the_next_slot_when_it_is_free() {
        let available = everyone(1..=5, 0b11);
        let requests = requests(&[(1, 2), (1, 3), (4, 5)]);
        let mut only_second = available.clone();
        only_second.insert(3, 0b10);
        let problem = Problem {
            slots: 2,
            tables: 3,
            available: &only_second,
            requests: &requests,
            fixed: &[at(1, 0, 2)],
        };
        let s = schedule(&problem);
        assert_valid(&problem, &s);
        assert!(s.placed.contains(&at(2, 1, 2)), "{s:?}");
    }

    #[test]
    fn same_input_same_schedule_in_any_order() {
        let mut rng = Rng(5);
        for round in 0..20 {
            let inst = random_instance(
                &mut rng,
                12 + round % 9,
                3 + round as usize % 4,
                1 + round as usize % 4,
                70,
                45,
            );
            let problem = inst.problem(&[]);
            let first = schedule(&problem);
            assert_valid(&problem, &first);
            assert_eq!(schedule(&problem), first);
            let mut shuffled = inst.requests.clone();
            shuffle(&mut rng, &mut shuffled);
            for r in shuffled.iter_mut().step_by(2) {
                std::mem::swap(&mut r.a, &mut r.b);
            }
            let other = Problem {
                requests: &shuffled,
                ..problem
            };
            let again = schedule(&other);
            assert_valid(&other, &again);
            assert_eq!(again, first, "round {round}");
        }
    }

    #[test]
    fn reaches_the_exhaustive_optimum_on_small_random_instances() {
        let mut rng = Rng(2024);
        let greedy = Stages {
            repair: false,
            exact: false,
        };
        let repair = Stages {
            repair: true,
            exact: false,
        };
        let (mut short, mut greedy_misses, mut repair_misses, mut loose) = (0, 0, 0, 0);
        let rounds = 600;
        for _ in 0..rounds {
            let people = 4 + rng.below(4) as i64;
            let slots = 2 + rng.below(3);
            let tables = 1 + rng.below(3);
            let p_avail = 50 + rng.below(41) as u64;
            let p_pair = 40 + rng.below(41) as u64;
            let inst = random_instance(&mut rng, people, slots, tables, p_avail, p_pair);
            let problem = inst.problem(&[]);
            let optimum = brute_force(&problem, &[]);
            let s = schedule(&problem);
            assert_valid(&problem, &s);
            assert!(optimum <= s.upper_bound);
            let why = format!("{:?} {:?} {slots} {tables}", inst.available, inst.requests);
            assert_eq!(s.placed.len(), optimum, "{why}");
            assert_eq!(s.upper_bound, optimum, "proven optimal: {why}");

            let g = run(&problem, greedy);
            let r = run(&problem, repair);
            assert_valid(&problem, &g);
            assert_valid(&problem, &r);
            short += usize::from(optimum < inst.requests.len());
            greedy_misses += usize::from(g.placed.len() < optimum);
            repair_misses += usize::from(r.placed.len() < optimum);
            loose += usize::from(r.upper_bound > optimum);
        }
        println!(
            "{rounds} instances, {short} where not all fit; short of the optimum: \
             greedy alone {greedy_misses}, greedy + repair {repair_misses}; \
             computed bound above the optimum (before the exact stage) {loose}"
        );
        // Measured: greedy alone misses on 42 of these 600, greedy + repair on
        // none; the exact stage proves the 9 where the bound is loose.
        assert_eq!(repair_misses, 0);
    }

    #[test]
    fn reaches_the_exhaustive_optimum_around_fixed_placements() {
        let mut rng = Rng(77);
        for _ in 0..150 {
            let people = 4 + rng.below(4) as i64;
            let slots = 2 + rng.below(3);
            let tables = 1 + rng.below(3);
            let inst = random_instance(&mut rng, people, slots, tables, 70, 60);
            // Random fixed placements, valid or not, like a stale schedule.
            let mut fixed = Vec::new();
            for r in &inst.requests {
                if rng.below(4) == 0 {
                    fixed.push(at(r.id, rng.below(slots + 1), rng.below(tables + 1)));
                }
            }
            let problem = inst.problem(&fixed);
            let s = schedule(&problem);
            assert_valid(&problem, &s);
            let kept: Vec<Placement> = fixed
                .iter()
                .filter(|f| !s.dropped_fixed.iter().any(|(d, _)| d == *f))
                .copied()
                .collect();
            let optimum = brute_force(&problem, &kept);
            assert!(optimum <= s.upper_bound);
            assert_eq!(s.placed.len(), optimum);
        }
    }

    /// Edge colouring theory gives these optima: K2n splits into 2n-1 perfect
    /// matchings, K7 needs 7 colours of at most 3 edges, and a bipartite graph
    /// needs only as many colours as its largest degree (König). Checked with
    /// greedy + repair alone, so that the exact stage cannot hide a weakness.
    #[test]
    fn complete_graphs_fit_as_edge_colouring_says() {
        let repair = Stages {
            repair: true,
            exact: false,
        };
        let complete = |n: i64| {
            let mut pairs = Vec::new();
            for a in 1..=n {
                for b in a + 1..=n {
                    pairs.push((a, b));
                }
            }
            requests(&pairs)
        };
        let bipartite = |n: i64| {
            let mut pairs = Vec::new();
            for a in 1..=n {
                for b in 1..=n {
                    pairs.push((a, 100 + b));
                }
            }
            requests(&pairs)
        };
        let cases = [
            (complete(8), 7, 4, 28),
            (complete(10), 9, 5, 45),
            (complete(12), 11, 6, 66),
            (complete(7), 7, 3, 21),
            (bipartite(6), 6, 6, 36),
            (bipartite(8), 8, 8, 64),
            (bipartite(5), 5, 3, 15),
        ];
        for (requests, slots, tables, optimum) in cases {
            let mut available = everyone(1..=12, all_slots(slots));
            available.extend(everyone(101..=112, all_slots(slots)));
            let problem = Problem {
                slots,
                tables,
                available: &available,
                requests: &requests,
                fixed: &[],
            };
            let s = run(&problem, repair);
            assert_valid(&problem, &s);
            assert_eq!(s.placed.len(), optimum, "{} requests", requests.len());
            assert_eq!(s.upper_bound, optimum);
        }
    }

    #[test]
    fn a_larger_instance_is_valid_and_within_its_bound() {
        let mut rng = Rng(99);
        for (people, slots, tables) in [(60, 8, 10), (80, 12, 40), (40, 6, 3)] {
            let inst = random_instance(&mut rng, people, slots, tables, 80, 12);
            let problem = inst.problem(&[]);
            let s = schedule(&problem);
            assert_valid(&problem, &s);
            assert_eq!(schedule(&problem), s);
        }
    }

    #[test]
    fn a_hand_move_is_checked_against_the_other_meetings() {
        let mut available = everyone(1..=6, 0b11);
        available.insert(7, 0b01);
        let requests = requests(&[(1, 2), (3, 4), (1, 5), (5, 7), (5, 6)]);
        let problem = Problem {
            slots: 2,
            tables: 2,
            available: &available,
            requests: &requests,
            fixed: &[],
        };
        let current = [at(1, 0, 0), at(2, 0, 1)];
        let check =
            |request, slot, table| check_placement(&problem, &current, request, slot, table);
        assert_eq!(
            check(3, 0, 0),
            Err(Conflict::PersonBusy {
                person: 1,
                request: 1
            })
        );
        assert_eq!(check(4, 1, 0), Err(Conflict::NotAvailable { person: 7 }));
        assert_eq!(check(5, 0, 0), Err(Conflict::SlotFull));
        assert_eq!(check(5, 2, 0), Err(Conflict::SlotOutOfRange));
        assert_eq!(check(5, 1, 2), Err(Conflict::TableOutOfRange));
        assert_eq!(check(1, 0, 1), Err(Conflict::TableTaken { request: 2 }));
        assert_eq!(check(99, 1, 0), Err(Conflict::UnknownRequest));
        assert_eq!(check(1, 1, 1), Ok(()));
        assert_eq!(check(5, 1, 0), Ok(()));
        assert_eq!(free_table(&problem, &current, 0), None);
        assert_eq!(free_table(&problem, &current, 1), Some(0));
        assert_eq!(free_table(&problem, &[at(2, 1, 0)], 1), Some(1));
    }

    #[test]
    fn degenerate_problems_place_nothing_and_say_why() {
        let available = everyone(1..=4, u64::MAX);
        let requests = requests(&[(1, 2), (3, 4)]);
        for (slots, tables) in [(0, 3), (3, 0)] {
            let problem = Problem {
                slots,
                tables,
                available: &available,
                requests: &requests,
                fixed: &[],
            };
            let s = schedule(&problem);
            assert_valid(&problem, &s);
            assert!(s.placed.is_empty());
            assert_eq!(s.upper_bound, 0);
        }
        let problem = Problem {
            slots: 200,
            tables: usize::MAX,
            available: &available,
            requests: &requests,
            fixed: &[],
        };
        let s = schedule(&problem);
        assert_valid(&problem, &s);
        assert_eq!(s.placed.len(), 2);
    }
}
