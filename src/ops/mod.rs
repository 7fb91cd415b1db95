//! Use cases: one function per operation. Each takes a connection, checked domain
//! values and `now`, owns its transaction, and queues mail inside it.

pub mod accounts;
pub mod attendance;
pub mod attendance_import;
pub mod attendance_sheet;
pub mod audit;
pub mod b2b;
pub mod cancellations;
pub mod csv_import;
pub mod dashboard;
pub mod demo;
pub mod event_lists;
pub mod event_view;
pub mod events;
pub mod evidence;
pub mod exports;
pub mod groups;
pub mod invitations;
pub mod key_actions;
pub mod mail;
pub mod materials;
pub mod member_import;
pub mod members;
pub mod organisations;
pub mod plan_document;
pub mod plans;
pub mod privacy;
pub mod registrations;
pub mod reminders;
pub mod report_rows;
pub mod report_sheets;
pub mod report_snapshots;
pub mod reports;
pub mod sign_ups;
pub mod staff;
