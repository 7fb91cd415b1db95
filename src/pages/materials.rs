//! Materials on the site: downloads (`/materials/{id}`, for whoever its
//! visibility admits: staff signed in or with a token, participants with their
//! manage link's `?token=`), and the staff pages that add, list and delete them.

use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{web, HttpResponse};

use super::{PageError, PageResult};
use crate::ops::materials::{self, Asker};
use crate::web::auth::{OptionalApiStaff, SessionStaff};
use crate::web::AppState;

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
