//! Materials on the site: downloads (`/materials/{id}`, for whoever its
//! visibility admits: staff signed in or with a token, participants with their
//! manage link's `?token=`), and the staff pages that add, list and delete them.

use actix_session::Session;
use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};

use super::language::PageLanguage;
use super::{context, html, render, verify_csrf, PageError, PageResult, Reader};
use crate::domain::materials::{MaterialInput, MaterialKind, MAX_FILE_BYTES};
use crate::ops::materials::{self, Asker, Owner, Upload};
use crate::web::auth::{OptionalApiStaff, SessionStaff};
use crate::web::respond::see_other;
use crate::web::AppState;

/// A material as a list on a page shows it.
#[derive(serde::Serialize)]
pub struct MaterialShown {
    pub id: i64,
    pub title: String,
    pub kind: String,
    /// The language it is in, by its own name ("italiano").
    pub language: Option<String>,
    pub visibility: String,
    pub is_link: bool,
    /// "48 KB", for files.
    pub size: Option<String>,
    /// Where the download or link opens (with the participant's token).
    pub href: String,
}

/// Materials for a page; `token`: the manage link's, for participants.
pub fn shown(found: &[materials::Material], token: Option<&str>) -> Vec<MaterialShown> {
    found
        .iter()
        .map(|m| {
            let row = &m.row;
            let query = token.map(|t| format!("?token={t}")).unwrap_or_default();
            MaterialShown {
                id: row.id,
                title: row.title.clone(),
                kind: row.kind.clone(),
                language: row
                    .language
                    .as_deref()
                    .and_then(|l| crate::domain::Language::parse(l).ok())
                    .map(|l| l.endonym().to_owned()),
                visibility: row.visibility.clone(),
                is_link: row.url.is_some(),
                size: row.size.map(size_label),
                href: format!("/materials/{}{query}", row.id),
            }
        })
        .collect()
}

fn size_label(bytes: i64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} B"),
        b if b < 1024 * 1024 => format!("{} KB", (b + 1023) / 1024),
        b => format!("{:.1} MB", b as f64 / (1024.0 * 1024.0)),
    }
}

#[derive(serde::Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

/// A file as an attachment (never shown in the browser), or a step to a link.
pub async fn download(
    state: web::Data<AppState>,
    session: Option<SessionStaff>,
    bearer: OptionalApiStaff,
    id: web::Path<i64>,
    query: web::Query<TokenQuery>,
) -> PageResult {
    let staff = session.map(|s| s.0).or(bearer.0);
    let (id, token) = (id.into_inner(), query.into_inner().token);
    let (row, bytes) = state
        .db
        .read(move |conn| {
            let asker = Asker {
                staff: staff.as_ref(),
                token: token.as_deref(),
            };
            materials::open(conn, asker, id)
        })
        .await
        .map_err(PageError)?;
    if let Some(url) = row.url {
        return Ok(crate::web::respond::see_other(url));
    }
    let disposition = ContentDisposition {
        disposition: DispositionType::Attachment,
        parameters: vec![DispositionParam::Filename(
            row.file_name.unwrap_or_else(|| "material".into()),
        )],
    };
    Ok(HttpResponse::Ok()
        .content_type(
            row.content_type
                .unwrap_or_else(|| "application/octet-stream".into()),
        )
        .insert_header(disposition)
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(bytes.unwrap_or_default()))
}

/// Where a staff page of materials lives, and whose materials it shows.
fn page_of(owner: &Owner) -> String {
    match owner {
        Owner::Event(id) => format!("/staff/events/{id}/materials"),
        Owner::Group(slug) => format!("/staff/groups/{slug}/materials"),
    }
}

/// What a refused upload leaves on the page: the fields' errors and a message.
#[derive(Default)]
struct Said {
    errors: std::collections::BTreeMap<String, String>,
    /// What the refused form said, shown again.
    typed: std::collections::BTreeMap<String, String>,
    notice: Option<String>,
    status: Option<StatusCode>,
}

async fn staff_page(reader: &Reader<'_>, owner: Owner, said: Said) -> PageResult {
    let Reader {
        state,
        session,
        staff,
        language,
    } = *reader;
    let (user, key) = (staff.0.clone(), owner.clone());
    let view = state
        .db
        .read(move |conn| materials::staff_view(conn, &user, &key))
        .await?;
    let (group, event, found) = (view.group, view.event, view.materials);
    let lang = language.language;
    let zone = state.config.timezone;
    let told = view
        .last_told
        .map(|at| crate::domain::time::local_label_in(at, zone, lang));
    let mut ctx = context(session, Some(&staff.0), language);
    ctx.insert("group", &super::views::Group::of(group, lang));
    ctx.insert("event", &event.as_ref().map(super::views::Event::from));
    ctx.insert(
        "when",
        &event.as_ref().map(|e| super::views::when_in(e, language)),
    );
    ctx.insert("last_told", &told);
    ctx.insert("materials", &shown(&found, None));
    ctx.insert("action", &page_of(&owner));
    let kinds: Vec<&str> = MaterialKind::ALL.iter().map(|k| k.as_str()).collect();
    ctx.insert("kinds", &kinds);
    ctx.insert("errors", &said.errors);
    ctx.insert("typed", &said.typed);
    ctx.insert("notice", &said.notice);
    let status = said.status.unwrap_or(StatusCode::OK);
    Ok(html(status, render(state, "staff_materials.html", &ctx)?))
}

#[derive(serde::Deserialize)]
pub struct Done {
    done: Option<String>,
}

fn done_notice(done: &Done, language: &PageLanguage) -> Said {
    let key = match done.done.as_deref() {
        Some("added") => "mat-added",
        Some("deleted") => "mat-deleted",
        Some("told") => "mat-told",
        _ => return Said::default(),
    };
    Said {
        notice: Some(language.say(key, &[])),
        ..Said::default()
    }
}

pub async fn event_materials(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    done: web::Query<Done>,
    language: PageLanguage,
) -> PageResult {
    let reader = Reader::of(&state, &session, &staff, &language);
    let said = done_notice(&done, &language);
    staff_page(&reader, Owner::Event(id.into_inner()), said).await
}

pub async fn group_materials(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<crate::domain::Slug>,
    done: web::Query<Done>,
    language: PageLanguage,
) -> PageResult {
    let reader = Reader::of(&state, &session, &staff, &language);
    let said = done_notice(&done, &language);
    staff_page(&reader, Owner::Group(slug.into_inner().to_string()), said).await
}

async fn add(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    owner: Owner,
    req: HttpRequest,
    payload: web::Payload,
    language: PageLanguage,
) -> PageResult {
    let (user, check) = (staff.0.clone(), owner.clone());
    state
        .db
        .read(move |conn| materials::may_add(conn, &user, &check))
        .await?;
    let mut form = crate::web::upload::read(req.headers(), payload, MAX_FILE_BYTES).await?;
    verify_csrf(
        &session,
        form.fields.get("csrf_token").map_or("", String::as_str),
    )?;
    let typed = form.fields.clone();
    let input = MaterialInput::from_fields(&mut form.fields);
    let upload = Upload::of(form.file);
    let reader = Reader::of(&state, &session, &staff, &language);
    let material = match input.parse(upload.is_some()) {
        Ok(material) => material,
        Err(errors) => {
            let errors = errors
                .into_map()
                .into_iter()
                .map(|(f, m)| (f, super::language::field_error(language.language, &m)))
                .collect();
            let said = Said {
                errors,
                typed,
                status: Some(StatusCode::UNPROCESSABLE_ENTITY),
                ..Said::default()
            };
            return staff_page(&reader, owner, said).await;
        }
    };
    let (user, now, key) = (staff.0.clone(), chrono::Utc::now(), owner.clone());
    state
        .db
        .write(move |conn| materials::add(conn, &user, &key, material, upload, now))
        .await?;
    Ok(see_other(format!("{}?done=added", page_of(&owner))))
}

pub async fn add_to_event(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    req: HttpRequest,
    payload: web::Payload,
    language: PageLanguage,
) -> PageResult {
    let owner = Owner::Event(id.into_inner());
    add(state, session, staff, owner, req, payload, language).await
}

pub async fn add_to_group(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    slug: web::Path<crate::domain::Slug>,
    req: HttpRequest,
    payload: web::Payload,
    language: PageLanguage,
) -> PageResult {
    let owner = Owner::Group(slug.into_inner().to_string());
    add(state, session, staff, owner, req, payload, language).await
}

pub async fn delete(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<CsrfForm>,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (id, now, user) = (id.into_inner(), chrono::Utc::now(), staff.0.clone());
    let gone = state
        .db
        .write(move |conn| materials::delete(conn, &user, id, now))
        .await?;
    let owner = match gone.row.event_id {
        Some(event) => Owner::Event(event),
        None => Owner::Group(gone.group),
    };
    Ok(see_other(format!("{}?done=deleted", page_of(&owner))))
}

pub async fn announce(
    state: web::Data<AppState>,
    session: Session,
    staff: SessionStaff,
    id: web::Path<i64>,
    form: web::Form<CsrfForm>,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (id, now, user) = (id.into_inner(), chrono::Utc::now(), staff.0.clone());
    state
        .write_and_send(move |conn, composer| materials::announce(conn, composer, &user, id, now))
        .await?;
    Ok(see_other(format!("/staff/events/{id}/materials?done=told")))
}

#[derive(serde::Deserialize)]
pub struct CsrfForm {
    csrf_token: String,
}
