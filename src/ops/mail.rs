//! Queuing mail in the caller's transaction.

use chrono::NaiveDateTime;
use tera::Context;

use crate::db::DbConnection;
use crate::domain::{EmailAddress, Language};
use crate::error::AppError;
use crate::mail::{Composer, OutgoingEmail};
use crate::store;

/// Renders the email and inserts it into the outbox; returns the outbox id.
pub fn queue(
    conn: &mut DbConnection,
    composer: &Composer,
    email: OutgoingEmail,
    now: NaiveDateTime,
) -> Result<i64, AppError> {
    let row = composer
        .compose(email, now)
        .map_err(|e| AppError::internal(anyhow::Error::new(e).context("rendering an email")))?;
    Ok(store::outbox::insert(conn, &row)?)
}

/// A message that checks the mail settings end to end (`clustercord mail test`).
pub fn queue_test_message(
    conn: &mut DbConnection,
    composer: &Composer,
    to: EmailAddress,
    now: NaiveDateTime,
) -> Result<i64, AppError> {
    let mut context = Context::new();
    context.insert("queued_at", &now.and_utc().to_rfc3339());
    queue(
        conn,
        composer,
        OutgoingEmail::new("test_message", to, Language::En, context),
        now,
    )
}
