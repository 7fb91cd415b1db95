//! clustercord: exchange forums and study visits for transnational cluster
//! cooperation, on SQLite or PostgreSQL.

pub mod api;
pub mod auth;
pub mod calendar;
pub mod cli;
pub mod client;
pub mod commands;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod export;
pub mod headers;
pub mod i18n;
pub mod limits;
pub mod mail;
pub mod metrics;
pub mod ops;
pub mod pages;
pub mod startup;
pub mod state;
pub mod store;
pub mod templates;
