//! Answers both faces build the same way: a redirect after a form, a file to
//! download.

use actix_web::http::header;
use actix_web::HttpResponse;

use crate::export::ExportFile;

/// 303 to `location`: after a form, the browser GETs the page it lands on.
pub fn see_other(location: impl Into<String>) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location.into()))
        .finish()
}

/// A CSV file to download.
pub fn csv_download(file: ExportFile) -> HttpResponse {
    download("text/csv; charset=utf-8", &file.filename, file.body)
}

/// The media type of an XLSX workbook.
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// An XLSX workbook to download.
pub fn xlsx_download(file: ExportFile) -> HttpResponse {
    download(XLSX, &file.filename, file.body)
}

/// A file to download as `filename` (a name of our own making: no quotes).
pub fn download(content_type: &str, filename: &str, body: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type.to_owned())
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{filename}\""),
        ))
        .body(body)
}
