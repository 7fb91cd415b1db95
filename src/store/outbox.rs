//! The mail outbox: one row per message and recipient, and a row per delivery attempt.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{outbox, outbox_attempts, outbox_bodies};
use crate::db::DbConnection;
use crate::domain::mail::MailStatus;

/// A message with its bodies (`with_bodies`: they are kept in a table of their
/// own, written once, apart from the row the sender updates).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct OutboxRow {
    pub id: i64,
    pub message_id: String,
    pub kind: String,
    pub recipient: String,
    pub language: String,
    pub subject: String,
    #[diesel(select_expression = outbox_bodies::body_text)]
    pub body_text: String,
    #[diesel(select_expression = outbox_bodies::body_html)]
    pub body_html: String,
    pub reply_to: Option<String>,
    pub list_unsubscribe: Option<String>,
    pub attachment_name: Option<String>,
    pub attachment_content_type: Option<String>,
    #[diesel(select_expression = outbox_bodies::attachment_body)]
    pub attachment_body: Option<String>,
    pub dedup_key: Option<String>,
    pub event_id: Option<i64>,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub locked_until: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
    /// The sender process holding the claim (see `claim_due`).
    pub claimed_by: Option<i64>,
}

/// The messages joined to their bodies: where `OutboxRow`s are selected from.
pub fn with_bodies() -> diesel::dsl::InnerJoinOn<
    outbox::table,
    outbox_bodies::table,
    diesel::dsl::Eq<outbox_bodies::message_id, outbox::message_id>,
> {
    outbox::table
        .inner_join(outbox_bodies::table.on(outbox_bodies::message_id.eq(outbox::message_id)))
}

/// A message to queue, as rendered.
#[derive(Debug, Clone)]
pub struct NewOutbox {
    pub message_id: String,
    pub kind: String,
    pub recipient: String,
    pub language: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub reply_to: Option<String>,
    pub list_unsubscribe: Option<String>,
    pub attachment_name: Option<String>,
    pub attachment_content_type: Option<String>,
    pub attachment_body: Option<String>,
    pub dedup_key: Option<String>,
    pub event_id: Option<i64>,
    pub status: &'static str,
    pub next_attempt_at: NaiveDateTime,
    pub created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = outbox, treat_none_as_default_value = false)]
struct MessageRow<'a> {
    message_id: &'a str,
    kind: &'a str,
    recipient: &'a str,
    language: &'a str,
    subject: &'a str,
    reply_to: Option<&'a str>,
    list_unsubscribe: Option<&'a str>,
    attachment_name: Option<&'a str>,
    attachment_content_type: Option<&'a str>,
    dedup_key: Option<&'a str>,
    event_id: Option<i64>,
    status: &'a str,
    next_attempt_at: NaiveDateTime,
    created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = outbox_bodies, treat_none_as_default_value = false)]
struct BodiesRow<'a> {
    message_id: &'a str,
    body_text: &'a str,
    body_html: &'a str,
    attachment_body: Option<&'a str>,
}

impl NewOutbox {
    fn message(&self) -> MessageRow<'_> {
        MessageRow {
            message_id: &self.message_id,
            kind: &self.kind,
            recipient: &self.recipient,
            language: &self.language,
            subject: &self.subject,
            reply_to: self.reply_to.as_deref(),
            list_unsubscribe: self.list_unsubscribe.as_deref(),
            attachment_name: self.attachment_name.as_deref(),
            attachment_content_type: self.attachment_content_type.as_deref(),
            dedup_key: self.dedup_key.as_deref(),
            event_id: self.event_id,
            status: self.status,
            next_attempt_at: self.next_attempt_at,
            created_at: self.created_at,
        }
    }

    fn bodies(&self) -> BodiesRow<'_> {
        BodiesRow {
            message_id: &self.message_id,
            body_text: &self.body_text,
            body_html: &self.body_html,
            attachment_body: self.attachment_body.as_deref(),
        }
    }
}

/// Stores the bodies of messages whose rows are in.
fn insert_bodies<'a>(
    conn: &mut DbConnection,
    rows: impl Iterator<Item = &'a NewOutbox>,
) -> QueryResult<()> {
    let bodies: Vec<BodiesRow<'_>> = rows.map(NewOutbox::bodies).collect();
    for chunk in bodies.chunks(500) {
        crate::on_backend!(conn, |c| diesel::insert_into(outbox_bodies::table)
            .values(chunk)
            .execute(c)?);
    }
    Ok(())
}

pub fn insert(conn: &mut DbConnection, row: &NewOutbox) -> QueryResult<i64> {
    let id = diesel::insert_into(outbox::table)
        .values(row.message())
        .returning(outbox::id)
        .get_result(conn)?;
    insert_bodies(conn, std::iter::once(row))?;
    Ok(id)
}

/// Many messages in few statements (see `invitations::insert_many`).
pub fn insert_many(conn: &mut DbConnection, rows: &[NewOutbox]) -> QueryResult<()> {
    for chunk in rows.chunks(500) {
        let messages: Vec<MessageRow<'_>> = chunk.iter().map(NewOutbox::message).collect();
        crate::on_backend!(conn, |c| diesel::insert_into(outbox::table)
            .values(&messages)
            .execute(c)?);
    }
    insert_bodies(conn, rows.iter())
}

/// Inserts the messages whose dedup key is not taken yet; returns how many went in.
/// A concurrent insert of the same key is skipped, not an error.
pub fn insert_many_once(conn: &mut DbConnection, rows: &[NewOutbox]) -> QueryResult<usize> {
    let mut inserted = 0;
    for chunk in rows.chunks(500) {
        let messages: Vec<MessageRow<'_>> = chunk.iter().map(NewOutbox::message).collect();
        let went_in = crate::on_backend!(conn, |c| diesel::insert_into(outbox::table)
            .values(&messages)
            .on_conflict(outbox::dedup_key)
            .do_nothing()
            .execute(c)?);
        inserted += went_in;
        if went_in == 0 {
            continue;
        }
        // Message ids are new for every message: those found are this chunk's.
        let ids: Vec<&str> = chunk.iter().map(|row| row.message_id.as_str()).collect();
        let stored: std::collections::HashSet<String> = outbox::table
            .filter(outbox::message_id.eq_any(&ids))
            .select(outbox::message_id)
            .load::<String>(conn)?
            .into_iter()
            .collect();
        insert_bodies(
            conn,
            chunk.iter().filter(|row| stored.contains(&row.message_id)),
        )?;
    }
    Ok(inserted)
}

pub fn existing_dedup_keys(
    conn: &mut DbConnection,
    keys: &[String],
) -> QueryResult<std::collections::HashSet<String>> {
    let found: Vec<Option<String>> = outbox::table
        .filter(outbox::dedup_key.eq_any(keys))
        .select(outbox::dedup_key)
        .load(conn)?;
    Ok(found.into_iter().flatten().collect())
}

/// Puts a failed message back in line, as if queued now.
pub fn retry(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        outbox::table
            .find(id)
            .filter(outbox::status.eq(MailStatus::Failed.as_str())),
    )
    .set((
        outbox::status.eq(MailStatus::Pending.as_str()),
        outbox::next_attempt_at.eq(now),
        outbox::created_at.eq(now),
        outbox::locked_until.eq(None::<NaiveDateTime>),
    ))
    .execute(conn)
}

/// The advisory lock class of mail senders: a sender process holds
/// `pg_advisory_lock(SENDER_LOCKS, id)` on a connection of its own while it lives.
const SENDER_LOCKS: i32 = 7_243_002;

/// Takes this sender's lock on `conn` (PostgreSQL); false when another session holds
/// that id.
pub fn hold_sender_lock(conn: &mut diesel::PgConnection, sender: i64) -> QueryResult<bool> {
    #[derive(QueryableByName)]
    struct Taken {
        #[diesel(sql_type = diesel::sql_types::Bool)]
        taken: bool,
    }
    let taken: Taken = diesel::sql_query("SELECT pg_try_advisory_lock($1, $2) AS taken")
        .bind::<diesel::sql_types::Integer, _>(SENDER_LOCKS)
        .bind::<diesel::sql_types::Integer, _>(sender as i32)
        .get_result(conn)?;
    Ok(taken.taken)
}

/// The senders alive now: those whose lock some session holds (PostgreSQL).
fn live_senders(conn: &mut diesel::PgConnection) -> QueryResult<Vec<i64>> {
    #[derive(QueryableByName)]
    struct Live {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        id: i64,
    }
    let live: Vec<Live> = diesel::sql_query(
        "SELECT objid::bigint AS id FROM pg_locks \
         WHERE locktype = 'advisory' AND classid = $1 AND objsubid = 2 AND granted",
    )
    .bind::<diesel::sql_types::Integer, _>(SENDER_LOCKS)
    .get_results(conn)?;
    Ok(live.into_iter().map(|l| l.id).collect())
}

/// Who claims, and when.
pub struct Claim {
    /// The claiming process's sender id (`mail::alive`).
    pub sender: i64,
    /// The messages that process is sending now.
    pub in_flight: Vec<i64>,
    pub now: NaiveDateTime,
    pub lease_until: NaiveDateTime,
}

/// Reserves up to `limit` due messages for the claiming sender and returns them.
/// The reservation is one statement, so two senders never hold the same row; on
/// PostgreSQL rows locked by another sender's claim are skipped, not waited for.
///
/// A claim ends when its message is recorded, or: when its own sender takes it
/// again (it is not sending it any more: a round failed half-way); on PostgreSQL
/// when its sender is no longer alive (its lock gone with its connection), however
/// recent, and never while it lives; on SQLite, which one process serves, when its
/// lease is over. A sender that finds its own lock gone claims nothing: others may
/// be taking its messages.
pub fn claim_due(
    conn: &mut DbConnection,
    claim: &Claim,
    limit: i64,
) -> QueryResult<Vec<OutboxRow>> {
    let Claim {
        sender,
        now,
        lease_until,
        ..
    } = *claim;
    let live = crate::on_backend!(conn,
        postgres: |pg| Some(live_senders(pg)?),
        sqlite: |_lite| None);
    if live.as_ref().is_some_and(|live| !live.contains(&sender)) {
        return Ok(Vec::new());
    }
    let by_lease = live.is_none();
    let live = live.unwrap_or_default();
    let flag = |on: bool| on.into_sql::<diesel::sql_types::Bool>();
    let free = || {
        let lease_over = outbox::locked_until.le(now);
        outbox::locked_until
            .is_null()
            .or(lease_over.and(outbox::claimed_by.is_null().or(flag(by_lease))))
            .or(outbox::claimed_by.ne_all(live.clone()).and(flag(!by_lease)))
            .or(outbox::claimed_by
                .eq(sender)
                .and(outbox::id.ne_all(claim.in_flight.clone())))
    };
    // The queue's own index holds the pending messages only (`outbox_pending`).
    let due = outbox::table
        .filter(super::written_out("outbox.status = 'pending'"))
        .filter(outbox::next_attempt_at.le(now))
        .filter(free())
        .order((outbox::next_attempt_at.asc(), outbox::id.asc()))
        .limit(limit)
        .select(outbox::id);
    // Callers run this inside a write transaction: the row locks taken here (or
    // SQLite's write lock) last until the lease is stored.
    let ids: Vec<i64> = crate::on_backend!(conn,
        postgres: |pg| due.for_update().skip_locked().load(pg)?,
        sqlite: |lite| due.load(lite)?);
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let claimed: Vec<i64> =
        diesel::update(outbox::table.filter(outbox::id.eq_any(ids)).filter(free()))
            .set((
                outbox::locked_until.eq(lease_until),
                outbox::claimed_by.eq(sender),
            ))
            .returning(outbox::id)
            .get_results(conn)?;
    let rows: Vec<OutboxRow> = with_bodies()
        .filter(outbox::id.eq_any(&claimed))
        .order(outbox::id.asc())
        .select(OutboxRow::as_select())
        .load(conn)?;
    if rows.len() < claimed.len() {
        // A row without bodies (written by something other than `insert`) can
        // never be sent: failed at once, for staff to see, not claimed forever.
        let found: std::collections::HashSet<i64> = rows.iter().map(|row| row.id).collect();
        let missing: Vec<(i64, Outcome)> = claimed
            .iter()
            .filter(|id| !found.contains(id))
            .map(|id| {
                let error = "the message has no body".to_owned();
                (*id, Outcome::Failed { error })
            })
            .collect();
        record_attempts(conn, &missing, now)?;
    }
    Ok(rows)
}

/// Frees every claim: at the start of the one process that serves a SQLite file,
/// whatever it had claimed before it stopped is no longer being sent.
pub fn release_claims(conn: &mut DbConnection) -> QueryResult<usize> {
    diesel::update(
        outbox::table
            .filter(outbox::status.eq(MailStatus::Pending.as_str()))
            .filter(outbox::locked_until.is_not_null()),
    )
    .set((
        outbox::locked_until.eq(None::<NaiveDateTime>),
        outbox::claimed_by.eq(None::<i64>),
    ))
    .execute(conn)
}

/// What became of one delivery attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    Retry { at: NaiveDateTime, error: String },
    Failed { error: String },
}

/// Records the attempts of claimed rows and their outcomes at once: one insert
/// into the attempts, one update for all that were sent, one for each other
/// outcome (those are rare). A message deleted meanwhile (an erasure while it was
/// being sent) is skipped rather than failing the record of the others, which
/// would then be sent again.
/// The sender records what finished while its previous record was being written,
/// so a busy sender costs one commit per few messages, not one each.
pub fn record_attempts(
    conn: &mut DbConnection,
    attempts: &[(i64, Outcome)],
    now: NaiveDateTime,
) -> QueryResult<()> {
    let ids: Vec<i64> = attempts.iter().map(|(id, _)| *id).collect();
    // Locked on PostgreSQL, so that no erasure deletes them before the insert.
    let present = outbox::table
        .filter(outbox::id.eq_any(&ids))
        .select(outbox::id);
    let present: std::collections::HashSet<i64> = crate::on_backend!(conn,
        postgres: |pg| present.for_update().load::<i64>(pg)?,
        sqlite: |lite| present.load::<i64>(lite)?)
    .into_iter()
    .collect();
    let attempts: Vec<&(i64, Outcome)> = attempts
        .iter()
        .filter(|(id, _)| present.contains(id))
        .collect();
    if attempts.is_empty() {
        return Ok(());
    }
    let label = |outcome: &Outcome| match outcome {
        Outcome::Sent => MailStatus::Sent.as_str(),
        Outcome::Retry { .. } => "retry",
        Outcome::Failed { .. } => MailStatus::Failed.as_str(),
    };
    let error = |outcome: &Outcome| match outcome {
        Outcome::Sent => None,
        Outcome::Retry { error, .. } | Outcome::Failed { error } => Some(error.clone()),
    };
    let rows: Vec<_> = attempts
        .iter()
        .map(|(id, outcome)| {
            (
                outbox_attempts::outbox_id.eq(*id),
                outbox_attempts::attempted_at.eq(now),
                outbox_attempts::outcome.eq(label(outcome)),
                outbox_attempts::error.eq(error(outcome)),
            )
        })
        .collect();
    crate::on_backend!(conn, |c| diesel::insert_into(outbox_attempts::table)
        .values(&rows)
        .execute(c)?);
    let attempted = outbox::attempts.eq(outbox::attempts + 1);
    let unlock = (
        outbox::locked_until.eq(None::<NaiveDateTime>),
        outbox::claimed_by.eq(None::<i64>),
    );
    let sent: Vec<i64> = attempts
        .iter()
        .filter(|(_, outcome)| *outcome == Outcome::Sent)
        .map(|(id, _)| *id)
        .collect();
    if !sent.is_empty() {
        diesel::update(outbox::table.filter(outbox::id.eq_any(&sent)))
            .set((
                outbox::status.eq(MailStatus::Sent.as_str()),
                outbox::sent_at.eq(now),
                attempted,
                unlock,
            ))
            .execute(conn)?;
    }
    for (id, outcome) in attempts {
        let row = outbox::table.find(*id);
        match outcome {
            Outcome::Sent => continue,
            Outcome::Retry { at, error } => diesel::update(row)
                .set((
                    outbox::next_attempt_at.eq(at),
                    outbox::last_error.eq(error),
                    attempted,
                    unlock,
                ))
                .execute(conn)?,
            Outcome::Failed { error } => diesel::update(row)
                .set((
                    outbox::status.eq(MailStatus::Failed.as_str()),
                    outbox::last_error.eq(error),
                    attempted,
                    unlock,
                ))
                .execute(conn)?,
        };
    }
    Ok(())
}

pub fn count_by_status(conn: &mut DbConnection) -> QueryResult<Vec<(String, i64)>> {
    outbox::table
        .group_by(outbox::status)
        .select((outbox::status, diesel::dsl::count_star()))
        .load(conn)
}

/// Which messages to list: `group_ids` limits a coordinator to mail about their
/// groups' events; the rest are the reader's filters (written in `since..until`).
#[derive(Debug, Default, Clone)]
pub struct MailFilter {
    pub status: Option<String>,
    pub group_ids: Option<Vec<i64>>,
    pub event_id: Option<i64>,
    pub since: Option<NaiveDateTime>,
    pub until: Option<NaiveDateTime>,
    pub limit: i64,
}

/// The newest messages that pass `filter`.
pub fn list(conn: &mut DbConnection, filter: &MailFilter) -> QueryResult<Vec<OutboxRow>> {
    use crate::db::schema::events;
    let mut query = with_bodies()
        .select(OutboxRow::as_select())
        .order(outbox::id.desc())
        .limit(filter.limit)
        .into_boxed();
    if let Some(status) = &filter.status {
        query = query.filter(outbox::status.eq(status.clone()));
    }
    if let Some(group_ids) = &filter.group_ids {
        let group_events = events::table
            .filter(events::group_id.eq_any(group_ids.clone()))
            .select(events::id.nullable());
        query = query.filter(outbox::event_id.eq_any(group_events));
    }
    if let Some(event_id) = filter.event_id {
        query = query.filter(outbox::event_id.eq(event_id));
    }
    if let Some(since) = filter.since {
        query = query.filter(outbox::created_at.ge(since));
    }
    if let Some(until) = filter.until {
        query = query.filter(outbox::created_at.lt(until));
    }
    query.load(conn)
}

/// The events that mail was written about (in `group_ids` when given), newest
/// first, as (id, title): the choices of the mail page's filter.
pub fn events_mailed(
    conn: &mut DbConnection,
    group_ids: Option<&[i64]>,
) -> QueryResult<Vec<(i64, String)>> {
    use crate::db::schema::events;
    let mailed = outbox::table
        .filter(outbox::event_id.is_not_null())
        .select(outbox::event_id.assume_not_null());
    let mut query = events::table
        .filter(events::id.eq_any(mailed))
        .order(events::starts_at.desc())
        .limit(200)
        .select((events::id, events::title))
        .into_boxed();
    if let Some(group_ids) = group_ids {
        query = query.filter(events::group_id.eq_any(group_ids.to_vec()));
    }
    query.load(conn)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<OutboxRow>> {
    with_bodies()
        .filter(outbox::id.eq(id))
        .select(OutboxRow::as_select())
        .first(conn)
        .optional()
}

diesel::define_sql_function!(fn lower(text: diesel::sql_types::Text) -> diesel::sql_types::Text);

pub fn count_to(conn: &mut DbConnection, email_key: &str) -> QueryResult<i64> {
    outbox::table
        .filter(lower(outbox::recipient).eq(email_key))
        .count()
        .get_result(conn)
}

/// Deletes every message to an address (by its key), sent or not, with its
/// delivery attempts. The recipient is stored as typed, hence `lower`.
pub fn delete_to(conn: &mut DbConnection, email_key: &str) -> QueryResult<usize> {
    let ids: Vec<i64> = outbox::table
        .filter(lower(outbox::recipient).eq(email_key))
        .select(outbox::id)
        .load(conn)?;
    delete_ids(conn, &ids)
}

/// Deletes these messages with their delivery attempts.
fn delete_ids(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<usize> {
    for chunk in ids.chunks(500) {
        diesel::delete(outbox_attempts::table.filter(outbox_attempts::outbox_id.eq_any(chunk)))
            .execute(conn)?;
        let messages = outbox::table
            .filter(outbox::id.eq_any(chunk))
            .select(outbox::message_id);
        diesel::delete(outbox_bodies::table.filter(outbox_bodies::message_id.eq_any(messages)))
            .execute(conn)?;
        diesel::delete(outbox::table.filter(outbox::id.eq_any(chunk))).execute(conn)?;
    }
    Ok(ids.len())
}

/// Deletes mail that is done with: sent before `cutoff`, or failed and written
/// before it. Waiting mail is never deleted here.
pub fn purge_finished_before(conn: &mut DbConnection, cutoff: NaiveDateTime) -> QueryResult<usize> {
    let ids: Vec<i64> = outbox::table
        .filter(
            outbox::status
                .eq(MailStatus::Sent.as_str())
                .and(outbox::sent_at.lt(cutoff))
                .or(outbox::status
                    .eq(MailStatus::Failed.as_str())
                    .and(outbox::created_at.lt(cutoff))),
        )
        .select(outbox::id)
        .load(conn)?;
    delete_ids(conn, &ids)
}
