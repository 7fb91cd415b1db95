//! Materials on the site: downloads (`/materials/{id}`, for whoever its
//! visibility admits: staff signed in or with a token, participants with their
//! manage link's `?token=`), and the staff pages that add, list and delete them.

use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{web, HttpResponse};

use super::{PageError, PageResult};
use crate::ops::materials::{self, Asker};
use crate::web::auth::{OptionalApiStaff, SessionStaff};
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
