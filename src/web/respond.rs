//! Answers both faces build the same way: a redirect after a form, a file to
//! download.

use actix_web::http::header;
use actix_web::HttpResponse;

use crate::export::CsvFile;

/// 303 to `location`: after a form, the browser GETs the page it lands on.
pub fn see_other(location: impl Into<String>) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location.into()))
        .finish()
}

/// A CSV file to download.
pub fn csv_download(file: CsvFile) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}\"", file.filename),
        ))
        .body(file.body)
}
