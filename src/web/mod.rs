//! What both web faces stand on: the shared application state, who is calling
//! (extractors), the client's address, limits, security headers, metrics and the
//! public page cache. Below `api` and `pages`, above the use cases.

pub mod auth;
pub mod batch;
pub mod client;
pub mod headers;
pub mod limits;
pub mod metrics;
pub mod page_cache;
pub mod query;
pub mod respond;
pub mod state;
pub mod stream;
pub mod upload;

pub use state::AppState;
