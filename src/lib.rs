//! clustercord: exchange forums and study visits for transnational cluster
//! cooperation, on SQLite or PostgreSQL.

pub mod api;
pub mod calendar;
pub mod cli;
pub mod commands;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod export;
pub mod i18n;
pub mod mail;
pub mod ops;
pub mod pages;
pub mod secrets;
pub mod startup;
pub mod store;
pub mod templates;
pub mod web;
pub mod worker;
