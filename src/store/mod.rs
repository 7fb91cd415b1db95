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
