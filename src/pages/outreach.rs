//! Staff pages for reaching people: sending invitations for an event, and the
//! outgoing mail with its delivery.

use std::collections::BTreeMap;

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::web;

use super::language::PageLanguage;
use super::{context, html, render, verify_csrf, CsrfForm, PageError, PageResult, Reader};
use crate::domain::mail::MailStatus;
use crate::domain::EmailAddress;
use crate::error::AppError;
use crate::ops::invitations::{self, Invitees};
use crate::web::auth::SessionStaff;
use crate::web::respond::see_other;
use crate::web::AppState;

/// What the invitations page says above its form, and the form as typed when it
/// is shown again (a list with a bad address keeps its text, choice and tick).
#[derive(Default)]
struct Said {
    notice: Option<String>,
    problem: Option<String>,
    typed: BTreeMap<String, String>,
    status: StatusCode,
}

async fn invitations_page(reader: &Reader<'_>, id: i64, said: Said) -> PageResult {
    let Reader {
        state,
        session,
        staff,
        language,
    } = *reader;
    let user = staff.0.clone();
    let (event, statuses) = state
        .db
        .read(move |conn| invitations::list(conn, &user, id))
        .await?;
    let statuses: Vec<_> = statuses
        .into_iter()
        .map(|mut invitation| {
            // Shown in the event's zone and the reader's words; the API keeps RFC 3339.
            if let Ok(at) = chrono::DateTime::parse_from_rfc3339(&invitation.invited_at) {
                let (at, zone) = (at.naive_utc(), event.zone());
                invitation.invited_at =
                    crate::domain::time::local_label_in(at, zone, language.language);
            }
            if let Ok(spoken) = crate::domain::Language::parse(&invitation.language) {
                invitation.language = spoken.endonym().to_owned();
            }
            invitation
        })
        .collect();
    let mut ctx = context(session, Some(&staff.0), language);
    ctx.insert(
        "open",
        &(event.row.starts_at > chrono::Utc::now().naive_utc()),
    );
    ctx.insert("event", &super::views::Event::from(&event));
    ctx.insert(
        "group",
        &super::views::Group::of(event.group.clone(), language.language),
    );
    ctx.insert("invitations", &statuses);
    ctx.insert("notice", &said.notice);
    ctx.insert("problem", &said.problem);
    ctx.insert("typed", &said.typed);
    Ok(html(said.status, render(state, "invitations.html", &ctx)?))
}

pub async fn invitations_list(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    language: PageLanguage,
) -> PageResult {
    let reader = Reader::of(&state, &session, &staff, &language);
    invitations_page(&reader, id.into_inner(), Said::default()).await
}

pub async fn invitations_send(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<BTreeMap<String, String>>,
    language: PageLanguage,
) -> PageResult {
    let form = form.into_inner();
    verify_csrf(&session, form.get("csrf_token").map_or("", String::as_str))?;
    let id = id.into_inner();
    let reader = Reader::of(&state, &session, &staff, &language);
    let refused = |status, problem: String| Said {
        problem: Some(problem),
        typed: form.clone(),
        status,
        notice: None,
    };
    let invitees = match invitees_of(&form, &language) {
        Ok(invitees) => invitees,
        Err(problem) => {
            let said = refused(StatusCode::UNPROCESSABLE_ENTITY, problem);
            return invitations_page(&reader, id, said).await;
        }
    };
    let resend = form.contains_key("resend");
    if matches!(invitees, Invitees::Group) && !form.contains_key("confirmed") {
        // A whole group is mailed only once the coordinator has seen how many.
        return confirm_group(&reader, id, resend).await;
    }
    let (user, now) = (staff.0.clone(), chrono::Utc::now());
    let invited = state
        .write_and_send(move |conn, composer| {
            invitations::invite(conn, composer, &user, id, invitees, resend, now)
        })
        .await;
    let said = match invited {
        Ok(report) => {
            let mut notice = language.say_count("inv-queued", report.queued as i64, &[]);
            if report.skipped > 0 {
                notice.push(' ');
                notice.push_str(&language.say_count("inv-skipped", report.skipped as i64, &[]));
            }
            Said {
                notice: Some(notice),
                ..Said::default()
            }
        }
        Err(AppError::Conflict(message)) => {
            let message = super::language::conflict_message(language.language, &message);
            refused(StatusCode::CONFLICT, message)
        }
        Err(other) => return Err(PageError(other)),
    };
    invitations_page(&reader, id, said).await
}

/// Asks before mailing a whole group, saying how many people it will reach.
async fn confirm_group(reader: &Reader<'_>, id: i64, resend: bool) -> PageResult {
    let Reader {
        state,
        session,
        staff,
        language,
    } = *reader;
    let user = staff.0.clone();
    let (event, count) = state
        .db
        .read(move |conn| {
            let count = invitations::group_count(conn, &user, id, resend)?;
            let (event, _) = invitations::list(conn, &user, id)?;
            Ok::<_, AppError>((event, count))
        })
        .await?;
    let mut ctx = context(session, Some(&staff.0), language);
    ctx.insert("event", &super::views::Event::from(&event));
    ctx.insert(
        "group",
        &super::views::Group::of(event.group.clone(), language.language),
    );
    ctx.insert("when", &super::views::when_in(&event, language));
    ctx.insert("count", &count);
    ctx.insert("resend", &resend);
    Ok(html(
        StatusCode::OK,
        render(state, "invite_confirm.html", &ctx)?,
    ))
}

/// Whom the form invites: the group, or every address of its list.
fn invitees_of(
    form: &BTreeMap<String, String>,
    language: &PageLanguage,
) -> Result<Invitees, String> {
    if form.get("to").is_some_and(|v| v == "group") {
        return Ok(Invitees::Group);
    }
    let list = addresses(form.get("emails").map_or("", String::as_str))
        .map_err(|bad| language.say("inv-bad-addresses", &[("list", &bad.join(", "))]))?;
    if list.is_empty() {
        return Err(language.say("inv-none-given", &[]));
    }
    Ok(Invitees::Addresses(list))
}

/// The addresses of the invitation form (separated by commas, semicolons, spaces or
/// lines), or every entry that is not an address, quoted.
fn addresses(raw: &str) -> Result<Vec<EmailAddress>, Vec<String>> {
    let parts = raw
        .split([',', ';', '\n', '\r', ' ', '\t'])
        .filter(|p| !p.trim().is_empty());
    let (mut list, mut bad) = (Vec::new(), Vec::new());
    for part in parts {
        match EmailAddress::parse(part) {
            Ok(email) => list.push(email),
            Err(_) => bad.push(format!("{part:?}")),
        }
    }
    match bad.is_empty() {
        true => Ok(list),
        false => Err(bad),
    }
}

/// The mail page's filters, as the form sends them.
#[derive(serde::Deserialize)]
pub struct MailQuery {
    status: Option<String>,
    event: Option<String>,
    /// A local day (the staff pages' zone), "2027-03-10".
    day: Option<String>,
}

pub async fn mail_list(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    query: web::Query<MailQuery>,
    language: PageLanguage,
) -> PageResult {
    let query = query.into_inner();
    let status = query.status.filter(|s| MailStatus::parse(s).is_some());
    let event = query.event.and_then(|e| e.trim().parse::<i64>().ok());
    let zone = state.config.timezone;
    let day = query
        .day
        .and_then(|d| chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok());
    // The day runs from local midnight to local midnight, in UTC as stored.
    let midnight = |date: chrono::NaiveDate| {
        use chrono::TimeZone;
        zone.from_local_datetime(&date.and_time(chrono::NaiveTime::MIN))
            .earliest()
            .map(|t| t.naive_utc())
    };
    let filter = crate::store::outbox::MailFilter {
        status: status.clone(),
        event_id: event,
        since: day.and_then(midnight),
        until: day.and_then(|d| d.succ_opt()).and_then(midnight),
        limit: 500,
        ..Default::default()
    };
    let user = staff.0.clone();
    let (rows, events) = state
        .db
        .read(move |conn| {
            let rows = crate::ops::mail::visible(conn, &user, filter)?;
            Ok::<_, AppError>((rows, crate::ops::mail::events_mailed(conn, &user)?))
        })
        .await?;
    let titles: BTreeMap<i64, String> = events.iter().cloned().collect();
    let messages: Vec<_> = rows
        .into_iter()
        .map(|row| super::views::MailLine::of(row, &titles, zone, &language))
        .collect();
    let mut ctx = context(&session, Some(&staff.0), &language);
    ctx.insert("messages", &messages);
    ctx.insert("events", &events);
    ctx.insert("status", &status);
    ctx.insert("event", &event);
    ctx.insert("day", &day.map(|d| d.to_string()));
    ctx.insert("zone", zone.name());
    ctx.insert(
        "filtered",
        &(status.is_some() || event.is_some() || day.is_some()),
    );
    Ok(html(StatusCode::OK, render(&state, "mail.html", &ctx)?))
}

/// One message as it was written: its text, on demand from the mail page.
pub async fn mail_message(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    language: PageLanguage,
) -> PageResult {
    let (user, id) = (staff.0.clone(), id.into_inner());
    let (row, title) = state
        .db
        .read(move |conn| crate::ops::mail::one(conn, &user, id))
        .await?;
    let titles: BTreeMap<i64, String> = row.event_id.zip(title).into_iter().collect();
    let zone = state.config.timezone;
    let body = row.body_text.clone();
    let mut ctx = context(&session, Some(&staff.0), &language);
    ctx.insert(
        "m",
        &super::views::MailLine::of(row, &titles, zone, &language),
    );
    ctx.insert("body", &body);
    // The text holds personal data and links that act (a manage page's key).
    let response = html(StatusCode::OK, render(&state, "mail_message.html", &ctx)?);
    Ok(super::registration::private(response))
}

pub async fn mail_retry(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<CsrfForm>,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (id, now, user) = (
        id.into_inner(),
        chrono::Utc::now().naive_utc(),
        staff.0.clone(),
    );
    state
        .write_and_send(move |conn, _| crate::ops::mail::retry(conn, &user, id, now))
        .await?;
    Ok(see_other("/staff/mail?status=failed"))
}
