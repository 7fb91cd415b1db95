//! The outbox: delivery to a real SMTP server, retries, refusals, and two senders.

use std::time::Duration;

use chrono::{TimeDelta, Utc};
use clustercord::config::Config;
use clustercord::db::{DatabaseUrl, Db};
use clustercord::mail::{Mailer, Transport};
use clustercord::worker::Worker;
use secrecy::SecretString;
use serde_json::Value;

use crate::helpers::{free_port, spawn_app, spawn_app_with, Backend, SmtpSink, TestApp};

async fn attempts_of(app: &TestApp, message: i64) -> Vec<(String, Option<String>)> {
    app.query(move |conn| {
        use clustercord::db::schema::outbox_attempts::dsl::*;
        use diesel::prelude::*;
        outbox_attempts
            .filter(outbox_id.eq(message))
            .order(id.asc())
            .select((outcome, error))
            .load(conn)
    })
    .await
}

async fn the_outbox_delivers_to_a_real_smtp_server(backend: Backend) {
    let app = spawn_app(backend).await;
    let id = app.queue_test_message("Ilona.Kovacs@example.hu").await;
    let report = app.deliver_mail().await;
    assert_eq!((report.sent, report.retried, report.failed), (1, 0, 0));
    let received = app.smtp.messages_to("Ilona.Kovacs@example.hu");
    assert_eq!(received.len(), 1);
    let row = app.outbox_row(id).await;
    assert_eq!(row.status, "sent");
    assert!(row.sent_at.is_some());
    let data = &received[0].data;
    assert!(
        data.contains(&format!("Message-ID: {}", row.message_id)),
        "{data}"
    );
    assert!(data.contains("Subject: clustercord test message"), "{data}");
    assert!(
        data.contains("multipart/alternative") && data.contains("text/html"),
        "{data}"
    );
    // Delivered once: a second round finds nothing due.
    assert_eq!(app.deliver_mail().await.sent, 0);
    assert_eq!(app.smtp.messages().len(), 1);
    assert_eq!(attempts_of(&app, id).await, vec![("sent".to_owned(), None)]);
}

async fn mail_is_kept_and_delivered_when_the_smtp_server_comes_up_later(backend: Backend) {
    let port = free_port();
    let app = spawn_app_with(backend, |config| {
        config.smtp_url = Some(SecretString::from(format!("smtp://127.0.0.1:{port}")));
    })
    .await;
    let id = app.queue_test_message("late@example.org").await;
    let start = Utc::now();

    let first = app.deliver_mail_at(start).await;
    assert_eq!((first.sent, first.retried), (0, 1));
    let row = app.outbox_row(id).await;
    assert_eq!((row.status.as_str(), row.attempts), ("pending", 1));
    assert!(row.last_error.as_deref().is_some_and(|e| !e.is_empty()));
    let wait = row.next_attempt_at - start.naive_utc();
    assert!(
        wait > TimeDelta::zero() && wait <= TimeDelta::seconds(10),
        "first retry after {wait}"
    );

    // Not due yet: nothing is tried.
    assert_eq!(app.deliver_mail_at(start).await, Default::default());
    // Still down at the next try: the wait doubles.
    let second_try = start + TimeDelta::seconds(11);
    let second = app.deliver_mail_at(second_try).await;
    assert_eq!(second.retried, 1);
    let row = app.outbox_row(id).await;
    assert_eq!(row.attempts, 2);
    // In whole seconds: PostgreSQL keeps microseconds, so the stored times are rounded.
    let seconds = |delta: TimeDelta| delta.as_seconds_f64().round() as i64;
    let second_wait = row.next_attempt_at - second_try.naive_utc();
    assert_eq!(
        seconds(second_wait),
        2 * seconds(wait),
        "the second wait ({second_wait}) is twice the first ({wait})"
    );

    let smtp = SmtpSink::start_on(port);
    let third = app.deliver_mail_at(start + TimeDelta::minutes(1)).await;
    assert_eq!(third.sent, 1);
    assert_eq!(smtp.messages_to("late@example.org").len(), 1);
    assert_eq!(app.outbox_row(id).await.status, "sent");
    let outcomes: Vec<String> = attempts_of(&app, id)
        .await
        .into_iter()
        .map(|(o, _)| o)
        .collect();
    assert_eq!(outcomes, ["retry", "retry", "sent"]);
}

async fn a_permanent_refusal_fails_at_once_with_the_servers_words(backend: Backend) {
    let app = spawn_app(backend).await;
    let id = app.queue_test_message("reject-me@example.org").await;
    let report = app.deliver_mail().await;
    assert_eq!(report.failed, 1);
    let row = app.outbox_row(id).await;
    assert_eq!(row.status, "failed");
    let error = row.last_error.unwrap();
    assert!(
        error.contains("550") || error.contains("Mailbox unavailable"),
        "{error}"
    );
    let failed: Vec<Value> = app
        .get_as("/api/v1/mail?status=failed", &app.admin_token().await)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["recipient"], "reject-me@example.org");
    assert_eq!(failed[0]["attempts"], 1);
}

async fn a_message_undelivered_for_a_day_is_given_up(backend: Backend) {
    let port = free_port();
    let app = spawn_app_with(backend, |config| {
        config.smtp_url = Some(SecretString::from(format!("smtp://127.0.0.1:{port}")));
    })
    .await;
    let id = app.queue_test_message("never@example.org").await;
    let report = app.deliver_mail_at(Utc::now() + TimeDelta::hours(25)).await;
    assert_eq!(report.failed, 1);
    let row = app.outbox_row(id).await;
    assert_eq!(row.status, "failed");
    assert!(row.last_error.unwrap().contains("gave up"));
}

/// A second sender on the same database, as a second `serve` process would have.
fn second_sender(app: &TestApp) -> Mailer {
    let url = DatabaseUrl::parse(&app.db.url).unwrap();
    let db = Db::open(&url, 2).unwrap();
    let mut config = Config::new(url);
    config.smtp_url = Some(SecretString::from(app.smtp.url()));
    Mailer::new(
        db,
        Transport::from_config(&config).unwrap(),
        config.mail_from.clone(),
        Duration::from_secs(120),
    )
}

async fn two_senders_never_send_the_same_message(backend: Backend) {
    let app = spawn_app(backend).await;
    let count = 40;
    for n in 0..count {
        app.queue_test_message(&format!("member{n}@example.org"))
            .await;
    }
    let other = second_sender(&app);
    let now = Utc::now();
    let (a, b) = futures_util::future::join(
        clustercord::mail::deliver_due(&app.state.mailer, now),
        clustercord::mail::deliver_due(&other, now),
    )
    .await;
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.sent + b.sent, count);
    let messages = app.smtp.messages();
    assert_eq!(messages.len(), count);
    for n in 0..count {
        assert_eq!(
            app.smtp
                .messages_to(&format!("member{n}@example.org"))
                .len(),
            1,
            "member{n}"
        );
    }
}

/// A message erased (a privacy request) while the sender has it in hand: the
/// others sent with it are recorded as sent, and none goes out a second time.
async fn a_message_erased_while_being_sent_leaves_the_others_recorded(backend: Backend) {
    let slow = SmtpSink::start_slow(Duration::from_millis(300));
    let url = slow.url();
    let app = spawn_app_with(backend, move |config| {
        config.smtp_url = Some(SecretString::from(url));
    })
    .await;
    let mut ids = Vec::new();
    for n in 0..4 {
        ids.push(app.queue_test_message(&format!("p{n}@example.org")).await);
    }
    let erase = async {
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
        app.execute(|conn| clustercord::store::outbox::delete_to(conn, "p0@example.org"))
            .await
    };
    let (report, erased) = tokio::join!(app.deliver_mail(), erase);
    assert_eq!(erased, 1);
    // The erased one was on its way already: it went out, and counts as sent.
    assert_eq!(report.sent, 4, "{report:?}");
    for id in &ids[1..] {
        assert_eq!(app.outbox_row(*id).await.status, "sent");
    }
    assert_eq!(app.deliver_mail().await.sent, 0);
    assert_eq!(slow.messages().len(), 4, "each message once");
}

on_both_backends!(
    a_message_erased_while_being_sent_leaves_the_others_recorded,
    the_outbox_delivers_to_a_real_smtp_server,
    mail_is_kept_and_delivered_when_the_smtp_server_comes_up_later,
    a_permanent_refusal_fails_at_once_with_the_servers_words,
    a_message_undelivered_for_a_day_is_given_up,
    two_senders_never_send_the_same_message,
);

#[actix_web::test]
async fn without_smtp_mail_is_written_to_files() {
    let app = spawn_app_with(Backend::Sqlite, |config| config.smtp_url = None).await;
    let id = app.queue_test_message("files@example.org").await;
    assert_eq!(app.deliver_mail().await.sent, 1);
    let dir = app.db.dir.path().join("mail");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(files[0].extension().unwrap(), "eml");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(text.contains("To: files@example.org"));
    assert_eq!(app.outbox_row(id).await.status, "sent");
}

#[actix_web::test]
async fn the_serve_loop_delivers_queued_mail_by_itself() {
    let app = spawn_app(Backend::Sqlite).await;
    app.queue_test_message("loop@example.org").await;
    let worker = app.worker.clone();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let handle = actix_web::rt::spawn(worker.run(Duration::from_millis(50), async move {
        let _ = stopped.await;
    }));
    let smtp = app.smtp.clone();
    crate::helpers::eventually("the loop to deliver", || smtp.messages().len() == 1).await;
    let _ = stop.send(());
    handle.await.unwrap();
}

mod reminders_and_retries {
    use super::*;

    async fn reminders_go_once_to_each_confirmed_registrant(backend: Backend) {
        let app = spawn_app(backend).await;
        let token = app.admin_token().await;
        let mut soon = crate::helpers::event_body("ict", 1, "Tomorrow's forum");
        soon["capacity"] = serde_json::json!(2);
        let event = app.published_event(&token, &soon).await;
        let later = app
            .published_event(
                &token,
                &crate::helpers::event_body("ict", 5, "Next week's forum"),
            )
            .await;
        for (n, email) in ["a@example.it", "b@example.de", "c@example.hu"]
            .iter()
            .enumerate()
        {
            let lang = ["it", "de", "hu"][n];
            let body =
                serde_json::json!({"name": "P", "email": email, "country": "IT", "language": lang});
            app.post_json(
                &format!("/api/v1/events/{event}/registrations"),
                &body,
                None,
            )
            .await;
        }
        app.post_json(
            &format!("/api/v1/events/{later}/registrations"),
            &serde_json::json!({"name": "L", "email": "l@example.org", "country": "AT"}),
            None,
        )
        .await;

        // One of them is on the group's mailing list.
        let member = serde_json::json!({"name": "P", "email": "a@example.it", "country": "IT"});
        app.post_json("/api/v1/groups/ict/members", &member, Some(&token))
            .await;
        let now = Utc::now();
        assert_eq!(
            app.worker.queue_reminders(now).await.unwrap(),
            2,
            "the two confirmed, not the waiting one"
        );
        assert_eq!(app.worker.queue_reminders(now).await.unwrap(), 0);
        // Another process, and a restart, queue none again.
        let other = Worker::new(second_sender(&app)).with_reminders(app.state.composer.clone(), 48);
        assert_eq!(
            other
                .queue_reminders(now + TimeDelta::minutes(5))
                .await
                .unwrap(),
            0
        );
        let reminders = app.outbox_of_kind("reminder").await;
        let mut subjects: Vec<&str> = reminders.iter().map(|m| m.subject.as_str()).collect();
        subjects.sort();
        assert!(
            subjects[0].starts_with("Erinnerung: Tomorrow's forum"),
            "{subjects:?}"
        );
        assert!(
            subjects[1].starts_with("Promemoria: Tomorrow's forum"),
            "{subjects:?}"
        );
        assert!(reminders.iter().all(|m| m.attachment_body.is_some()));
        let to_member = reminders
            .iter()
            .find(|m| m.recipient == "a@example.it")
            .unwrap();
        assert!(to_member
            .list_unsubscribe
            .as_deref()
            .is_some_and(|u| u.contains("/unsubscribe/")));
        // Next week's event is reminded when its time comes.
        assert_eq!(
            app.worker
                .queue_reminders(now + TimeDelta::days(4))
                .await
                .unwrap(),
            1
        );
    }

    async fn a_failed_message_can_be_retried_by_staff(backend: Backend) {
        let app = spawn_app(backend).await;
        let id = app.queue_test_message("reject-this@example.org").await;
        app.deliver_mail().await;
        assert_eq!(app.outbox_row(id).await.status, "failed");
        let admin = app.admin_token().await;
        let coordinator = app.coordinator_token("c@example.org", &["ict"]).await;
        let path = format!("/api/v1/mail/{id}/retry");
        crate::helpers::assert_error(
            app.post_empty(&path, Some(&coordinator)).await,
            404,
            "not_found",
        )
        .await;
        let retried = app.post_empty(&path, Some(&admin)).await;
        assert_eq!(retried.status(), 200);
        assert_eq!(retried.json::<Value>().await.unwrap()["status"], "pending");
        crate::helpers::assert_error(app.post_empty(&path, Some(&admin)).await, 409, "conflict")
            .await;
        app.deliver_mail().await;
        assert_eq!(app.outbox_row(id).await.attempts, 2);
    }

    on_both_backends!(
        reminders_go_once_to_each_confirmed_registrant,
        a_failed_message_can_be_retried_by_staff
    );
}

/// Sent and failed mail holds personal data: it goes after the retention
/// period (90 days by default); waiting mail is never deleted.
#[actix_web::test]
async fn mail_past_its_retention_is_deleted_and_waiting_mail_is_kept() {
    let app = spawn_app(Backend::Sqlite).await;
    let mut ids = Vec::new();
    for to in [
        "old-sent@example.org",
        "old-failed@example.org",
        "recent@example.org",
    ] {
        ids.push(app.queue_test_message(to).await);
    }
    app.deliver_mail().await;
    let waiting = app.queue_test_message("waiting@example.org").await;
    let long_ago = chrono::Utc::now().naive_utc() - chrono::Duration::days(91);
    let (sent, failed) = (ids[0], ids[1]);
    app.execute(move |conn| {
        use clustercord::db::schema::outbox::dsl as o;
        use diesel::prelude::*;
        diesel::update(o::outbox.find(sent))
            .set(o::sent_at.eq(long_ago))
            .execute(conn)?;
        diesel::update(o::outbox.find(failed))
            .set((o::status.eq("failed"), o::created_at.eq(long_ago)))
            .execute(conn)?;
        diesel::update(o::outbox.find(waiting))
            .set(o::created_at.eq(long_ago))
            .execute(conn)
    })
    .await;
    let purged = app.worker.purge_expired(chrono::Utc::now()).await.unwrap();
    assert_eq!(purged, 2);
    let left: Vec<i64> = app
        .query(|conn| {
            use clustercord::db::schema::outbox::dsl as o;
            use diesel::prelude::*;
            o::outbox.select(o::id).order(o::id.asc()).load(conn)
        })
        .await;
    assert_eq!(left, [ids[2], waiting]);
}
