//! Reading a `multipart/form-data` upload of one file and a few text fields, as
//! it streams in: a body announced larger than the limit is refused before any
//! of it is read, and one that grows past it is refused at that point, so that a
//! large upload never sits in memory whole before the 413.

use std::collections::BTreeMap;

use actix_multipart::Multipart;
use actix_web::http::header::{HeaderMap, CONTENT_LENGTH};
use actix_web::web;
use futures_util::StreamExt;

use crate::error::AppError;

/// What a form with one file sent.
#[derive(Default)]
pub struct UploadForm {
    pub fields: BTreeMap<String, String>,
    /// The file's name as sent and its bytes.
    pub file: Option<(String, Vec<u8>)>,
}

/// Text fields are short: a title, a kind, a token.
const FIELD_LIMIT: usize = 16 * 1024;
/// Room for the field names, boundaries and text fields around the file.
const ENVELOPE: usize = 256 * 1024;

fn too_large(limit: usize) -> AppError {
    AppError::PayloadTooLarge(format!(
        "The file is larger than {} MiB.",
        limit / (1024 * 1024)
    ))
}

fn unreadable(error: impl std::fmt::Display) -> AppError {
    AppError::invalid_field(
        "file",
        format!("could not be read as a form upload: {error}"),
    )
}

/// Reads the form, keeping at most `limit` bytes of file (the field `file`).
pub async fn read(
    headers: &HeaderMap,
    payload: web::Payload,
    limit: usize,
) -> Result<UploadForm, AppError> {
    let announced = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if announced.is_some_and(|length| length > limit + ENVELOPE) {
        return Err(too_large(limit));
    }
    let mut multipart = Multipart::new(headers, payload);
    let mut form = UploadForm::default();
    while let Some(field) = multipart.next().await {
        let mut field = field.map_err(unreadable)?;
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field
            .content_disposition()
            .and_then(|d| d.get_filename())
            .map(str::to_owned);
        let cap = if name == "file" { limit } else { FIELD_LIMIT };
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(unreadable)?;
            if bytes.len() + chunk.len() > cap {
                return Err(if name == "file" {
                    too_large(limit)
                } else {
                    AppError::invalid_field(&name, "is too long")
                });
            }
            bytes.extend_from_slice(&chunk);
        }
        if name == "file" {
            form.file = Some((file_name.unwrap_or_default(), bytes));
        } else if !name.is_empty() {
            let text = String::from_utf8(bytes)
                .map_err(|_| AppError::invalid_field(&name, "must be UTF-8 text"))?;
            form.fields.insert(name, text);
        }
    }
    Ok(form)
}
