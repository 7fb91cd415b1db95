//! Every diesel query of clustercord, one file per group of tables. Functions take
//! a connection and return rows converted to plain types; no HTTP, no rules.

pub mod audit;
pub mod b2b;
pub mod demo;
pub mod event_lists;
pub mod events;
pub mod groups;
pub mod invitations;
pub mod materials;
pub mod members;
pub mod organisations;
pub mod outbox;
pub mod plans;
pub mod registrations;
pub mod report_snapshots;
pub mod reports;
pub mod seats;
pub mod staff;

/// A condition of a hot query written out as SQL (`"outbox.status = 'pending'"`)
/// rather than with a bound value, for two reasons. A partial index is used only
/// for a condition that implies its own, which a bound value never does. And
/// diesel does not cache a statement holding literal SQL, so PostgreSQL plans it
/// afresh each time, with the table's size of the moment: a cached statement keeps
/// the plan chosen after its fifth run, and in a new database that plan is made
/// for nearly empty tables (a scan of every row of an event's registrations for
/// each batch of sign-ups, as measured; BENCHMARKS.md, issue 17, third session).
pub(crate) fn written_out(
    condition: &'static str,
) -> diesel::expression::SqlLiteral<diesel::sql_types::Bool> {
    diesel::dsl::sql::<diesel::sql_types::Bool>(condition)
}
