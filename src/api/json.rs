//! `ApiJson<T>`: a JSON body extractor whose failures are the contract's errors:
//! 415 for another content type, 413 past the body limit, 400 for broken JSON,
//! 422 naming the field for JSON of the wrong shape.

use std::future::Future;
use std::pin::Pin;

use actix_web::error::PayloadError;
use actix_web::{dev::Payload, web, FromRequest, HttpMessage, HttpRequest};
use serde::de::DeserializeOwned;

use crate::error::AppError;

pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for ApiJson<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_json = req.mime_type().ok().flatten().is_some_and(|m| {
            m.essence_str() == "application/json" || m.suffix().is_some_and(|s| s == "json")
        });
        let body = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            if !is_json {
                return Err(AppError::UnsupportedMediaType(
                    "Send the body as JSON with Content-Type: application/json.".into(),
                ));
            }
            let bytes = body
                .await
                .map_err(|error| match error.as_error::<PayloadError>() {
                    Some(PayloadError::Overflow) => {
                        AppError::PayloadTooLarge("The request body is too large.".into())
                    }
                    _ => AppError::InvalidJson(format!(
                        "The request body could not be read: {error}"
                    )),
                })?;
            parse(&bytes).map(ApiJson)
        })
    }
}

pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    // Every body of the contract is an object, but serde also reads a struct
    // from an array of its fields in order (`[null]` would pass for an optional
    // body), which the schema forbids.
    if bytes.trim_ascii_start().first() == Some(&b'[') {
        return Err(AppError::invalid_field(
            "body",
            "invalid type: sequence, expected a JSON object",
        ));
    }
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => {
                let message = describe(&inner);
                // serde names a missing field only in its message.
                let missing = message
                    .strip_prefix("missing field `")
                    .and_then(|rest| rest.strip_suffix('`'));
                let field = match (missing, path.as_str()) {
                    (Some(name), ".") => name.to_owned(),
                    (Some(name), parent) => format!("{parent}.{name}"),
                    (None, ".") => "body".to_owned(),
                    (None, _) => path,
                };
                AppError::invalid_field(&field, message)
            }
            _ => AppError::InvalidJson(format!("The body is not valid JSON: {inner}")),
        }
    })?;
    deserializer
        .end()
        .map_err(|e| AppError::InvalidJson(format!("The body is not valid JSON: {e}")))?;
    Ok(value)
}

/// serde's message without its " at line 1 column 9" suffix.
fn describe(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Sample {
        name: String,
        seats: Option<u32>,
    }

    #[test]
    fn broken_json_and_wrong_shapes_are_told_apart() {
        assert!(matches!(
            parse::<Sample>(b"{\"name\":"),
            Err(AppError::InvalidJson(_))
        ));
        assert!(matches!(
            parse::<Sample>(b"{\"name\":\"a\"} x"),
            Err(AppError::InvalidJson(_))
        ));
        match parse::<Sample>(br#"{"name":"a","seats":"many"}"#) {
            Err(AppError::InvalidInput { fields, .. }) => {
                assert!(fields.contains_key("seats"), "{fields:?}")
            }
            other => panic!("{other:?}"),
        }
        match parse::<Sample>(br#"{"seats":1}"#) {
            Err(AppError::InvalidInput { fields, .. }) => {
                assert!(fields.contains_key("name"), "{fields:?}")
            }
            other => panic!("{other:?}"),
        }
        assert!(parse::<Sample>(br#"{"name":"a"}"#).is_ok());
        match parse::<Sample>(br#" ["a", 1]"#) {
            Err(AppError::InvalidInput { fields, .. }) => {
                assert!(fields.contains_key("body"), "{fields:?}")
            }
            other => panic!("{other:?}"),
        }
    }
}
