//! The integration tests: one binary, a file per feature. Each test starts the real
//! app on a random port against a fresh SQLite file or PostgreSQL database.

#[macro_use]
mod helpers;

mod architecture;
mod audit;
mod auth;
mod authorization;
pub mod b2b;
mod b2b_pages;
mod browser;
mod cli;
mod crashes;
mod errors;
mod events;
mod groups;
mod hostile;
mod invitations;
mod languages;
mod mail;
pub mod materials;
mod outages;
mod outreach_pages;
mod pages;
mod parsers;
mod plan_pages;
pub mod plans;
mod privacy;
mod registration_pages;
mod registrations;
mod report_pages;
mod reports;
mod scale_out;
pub mod schedule_pages;
mod security;
mod staff_accounts;
mod staff_language;
mod storage;
mod system;
