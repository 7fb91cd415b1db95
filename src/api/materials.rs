//! `/api/v1/.../materials`: files and links of an event or a group.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::materials::{MaterialInput, MAX_FILE_BYTES};
use crate::domain::Slug;
use crate::error::{AppError, ErrorBody};
use crate::ops::materials::{self, Asker, Material, Owner, Upload};
use crate::web::auth::{ApiStaff, OptionalApiStaff};
use crate::web::AppState;

#[derive(Serialize, ToSchema)]
pub struct FileResponse {
    pub name: String,
    pub size: i64,
    pub content_type: String,
}

#[derive(Serialize, ToSchema)]
pub struct MaterialResponse {
    pub id: i64,
    pub event_id: Option<i64>,
    pub group: String,
    pub title: String,
    pub kind: String,
    pub language: Option<String>,
    /// public, participants or staff
    pub visibility: String,
    /// A link's address; null for a file
    pub url: Option<String>,
    /// A file's name, size and type; null for a link
    pub file: Option<FileResponse>,
    pub created_at: String,
}

impl From<&Material> for MaterialResponse {
    fn from(material: &Material) -> Self {
        let row = &material.row;
        let file = match (&row.file_name, row.size, &row.content_type) {
            (Some(name), Some(size), Some(content_type)) => Some(FileResponse {
                name: name.clone(),
                size,
                content_type: content_type.clone(),
            }),
            _ => None,
        };
        MaterialResponse {
            id: row.id,
            event_id: row.event_id,
            group: material.group.clone(),
            title: row.title.clone(),
            kind: row.kind.clone(),
            language: row.language.clone(),
            visibility: row.visibility.clone(),
            url: row.url.clone(),
            file,
            created_at: row.created_at.and_utc().to_rfc3339(),
        }
    }
}

/// A file with the fields of `MaterialInput` (multipart/form-data).
#[derive(ToSchema)]
#[allow(dead_code)] // documents the multipart body
pub struct MaterialUpload {
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    title: String,
    kind: String,
    language: Option<String>,
    visibility: Option<String>,
}

#[derive(Deserialize, IntoParams)]
pub struct TokenQuery {
    /// The token of a participant's manage link
    pub token: Option<String>,
}

/// A file upload or a JSON link, checked into what `ops::materials::add` takes.
async fn input_of(
    req: &HttpRequest,
    payload: web::Payload,
) -> Result<(MaterialInput, Option<Upload>), AppError> {
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if !multipart {
        use actix_web::FromRequest;
        let mut payload = payload.into_inner();
        let json = crate::api::ApiJson::<MaterialInput>::from_request(req, &mut payload).await?;
        return Ok((json.0, None));
    }
    let mut form = crate::web::upload::read(req.headers(), payload, MAX_FILE_BYTES).await?;
    let input = MaterialInput::from_fields(&mut form.fields);
    let upload = Upload::of(form.file);
    if upload.is_none() {
        return Err(AppError::invalid_field(
            "file",
            "is required (and not empty)",
        ));
    }
    Ok((input, upload))
}

async fn create(
    state: web::Data<AppState>,
    staff: ApiStaff,
    owner: Owner,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    // Who may add here is known before the body is read.
    let (user, check) = (staff.0.clone(), owner.clone());
    state
        .db
        .read(move |conn| materials::may_add(conn, &user, &check))
        .await?;
    let (input, upload) = input_of(&req, payload).await?;
    let material = input.parse(upload.is_some()).map_err(AppError::invalid)?;
    let now = chrono::Utc::now();
    let added = state
        .db
        .write(move |conn| materials::add(conn, &staff.0, &owner, material, upload, now))
        .await?;
    Ok(HttpResponse::build(StatusCode::CREATED).json(MaterialResponse::from(&added)))
}

/// Adds a file (multipart, at most 25 MiB) or a link (JSON) to an event.
#[utoipa::path(post, path = "/api/v1/events/{id}/materials", security(("bearer" = [])),
    request_body(content((MaterialInput = "application/json"), (MaterialUpload = "multipart/form-data"))),
    responses(
    (status = 201, body = MaterialResponse), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody),
))]
pub async fn add_to_event(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    create(state, staff, Owner::Event(id.into_inner()), req, payload).await
}

/// Adds a file (multipart, at most 25 MiB) or a link (JSON) to a group.
#[utoipa::path(post, path = "/api/v1/groups/{slug}/materials", params(("slug" = String, Path, description = "the group's slug")), security(("bearer" = [])),
    request_body(content((MaterialInput = "application/json"), (MaterialUpload = "multipart/form-data"))),
    responses(
    (status = 201, body = MaterialResponse), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody),
))]
pub async fn add_to_group(
    state: web::Data<AppState>,
    staff: ApiStaff,
    slug: web::Path<Slug>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let owner = Owner::Group(slug.into_inner().to_string());
    create(state, staff, owner, req, payload).await
}

async fn listed(
    state: web::Data<AppState>,
    staff: OptionalApiStaff,
    owner: Owner,
    token: Option<String>,
) -> Result<HttpResponse, AppError> {
    let found = state
        .db
        .read(move |conn| {
            let asker = Asker {
                staff: staff.0.as_ref(),
                token: token.as_deref(),
            };
            materials::list(conn, asker, &owner)
        })
        .await?;
    let body: Vec<MaterialResponse> = found.iter().map(MaterialResponse::from).collect();
    Ok(HttpResponse::Ok().json(body))
}

/// The event's materials the caller may see (participants pass `?token=`).
#[utoipa::path(get, path = "/api/v1/events/{id}/materials", params(TokenQuery), responses(
    (status = 200, body = [MaterialResponse]), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn list_for_event(
    state: web::Data<AppState>,
    staff: OptionalApiStaff,
    id: web::Path<i64>,
    query: web::Query<TokenQuery>,
) -> Result<HttpResponse, AppError> {
    let owner = Owner::Event(id.into_inner());
    listed(state, staff, owner, query.into_inner().token).await
}

/// The group's own materials the caller may see.
#[utoipa::path(get, path = "/api/v1/groups/{slug}/materials", params(("slug" = String, Path, description = "the group's slug"), TokenQuery), responses(
    (status = 200, body = [MaterialResponse]), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn list_for_group(
    state: web::Data<AppState>,
    staff: OptionalApiStaff,
    slug: web::Path<Slug>,
    query: web::Query<TokenQuery>,
) -> Result<HttpResponse, AppError> {
    let owner = Owner::Group(slug.into_inner().to_string());
    listed(state, staff, owner, query.into_inner().token).await
}

/// Deletes a material.
#[utoipa::path(delete, path = "/api/v1/materials/{id}", security(("bearer" = [])), responses(
    (status = 204), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
))]
pub async fn delete(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    state
        .db
        .write(move |conn| materials::delete(conn, &staff.0, id, now))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Serialize, ToSchema)]
pub struct AnnounceResponse {
    /// Mails queued, one per confirmed participant
    pub queued: usize,
}

/// Tells the event's confirmed participants, each in their language, that its
/// materials are online (with their manage link to open them).
#[utoipa::path(post, path = "/api/v1/events/{id}/materials/announce", security(("bearer" = [])), responses(
    (status = 202, body = AnnounceResponse), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
))]
pub async fn announce(
    state: web::Data<AppState>,
    staff: ApiStaff,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (id, now) = (id.into_inner(), chrono::Utc::now());
    let queued = state
        .write_and_send(move |conn, composer| {
            materials::announce(conn, composer, &staff.0, id, now)
        })
        .await?;
    Ok(HttpResponse::build(StatusCode::ACCEPTED).json(AnnounceResponse { queued }))
}
