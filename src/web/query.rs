//! Query strings whose keys repeat (`group=a&group=b`), which a serde query
//! extractor cannot read.

use actix_web::HttpRequest;

use crate::domain::reports::ReportQuery;
use crate::error::AppError;

/// The query string's pairs, decoded, in order.
pub fn pairs(req: &HttpRequest) -> Vec<(String, String)> {
    url::form_urlencoded::parse(req.query_string().as_bytes())
        .into_owned()
        .collect()
}

/// The value of `key`, the first time it appears.
pub fn first<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// A report's period and groups from the query string (422 when invalid).
pub fn report_query(pairs: &[(String, String)]) -> Result<ReportQuery, AppError> {
    ReportQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(AppError::invalid)
}
