//! A response body written by blocking code as it goes (a ZIP of an evidence
//! pack): chunks go to the client as they are written, and the writer waits
//! while the client is slower, so that memory holds a few chunks, not the file.

use std::io::{self, Write};

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::HttpResponse;
use tokio::sync::mpsc;

use crate::db::{Db, DbConnection};
use crate::error::AppError;

/// Bytes gathered before a chunk goes out.
const CHUNK: usize = 64 * 1024;
/// Chunks waiting for the client at most.
const QUEUED: usize = 8;

pub struct BodyWriter {
    tx: mpsc::Sender<Result<Bytes, io::Error>>,
    buf: Vec<u8>,
}

impl BodyWriter {
    fn send(&mut self, item: Result<Bytes, io::Error>) -> io::Result<()> {
        self.tx
            .blocking_send(item)
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
    }

    /// Ends the body with an error: the client sees a broken download, never a
    /// file that looks whole.
    fn fail(mut self, error: &AppError) {
        let _ = self.send(Err(io::Error::other(error.to_string())));
    }
}

impl Write for BodyWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK {
            self.flush()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::take(&mut self.buf));
        self.send(Ok(chunk))
    }
}

/// Answers with `filename` (of our own making) while `job` writes it on a read
/// connection; an error after the first byte breaks the download.
pub fn download<F>(db: &Db, content_type: &str, filename: &str, job: F) -> HttpResponse
where
    F: FnOnce(&mut DbConnection, &mut BodyWriter) -> Result<(), AppError> + Send + 'static,
{
    let (tx, mut rx) = mpsc::channel(QUEUED);
    let db = db.clone();
    actix_web::rt::spawn(async move {
        let done = db
            .read(move |conn| {
                let mut writer = BodyWriter {
                    tx,
                    buf: Vec::with_capacity(CHUNK),
                };
                match job(conn, &mut writer)
                    .and_then(|()| writer.flush().map_err(AppError::internal))
                {
                    Ok(()) => Ok(()),
                    Err(error) => {
                        writer.fail(&error);
                        Err(error)
                    }
                }
            })
            .await;
        if let Err(error) = done {
            tracing::warn!(%error, "a streamed download broke off");
        }
    });
    let body = futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx));
    HttpResponse::Ok()
        .content_type(content_type.to_owned())
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{filename}\""),
        ))
        .streaming(body)
}

/// The evidence pack of a report: checked and recorded in the audit log, then
/// streamed (for both faces).
pub async fn evidence_pack(
    state: &crate::web::AppState,
    staff: crate::domain::StaffUser,
    query: crate::domain::reports::ReportQuery,
    language: crate::domain::Language,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<HttpResponse, AppError> {
    let pack = state
        .db
        .write(move |conn| crate::ops::evidence::prepare(conn, &staff, &query, language, now))
        .await?;
    let (filename, tera) = (pack.filename.clone(), state.templates.clone());
    Ok(download(
        &state.db,
        "application/zip",
        &filename,
        move |conn, out| crate::ops::evidence::write(conn, &pack, &tera, out),
    ))
}
