//! `AppError`: the contract's error codes, and how each becomes an HTTP answer.
//! The cause of an internal error is logged once, with its chain, and never sent.

use std::collections::BTreeMap;

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

use crate::db::DbError;
use crate::domain::FieldErrors;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{message}")]
    InvalidInput {
        message: String,
        fields: BTreeMap<String, String>,
    },
    #[error("{0}")]
    InvalidJson(String),
    #[error("{0}")]
    UnsupportedMediaType(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    MethodNotAllowed(String),
    #[error("{0}")]
    Unauthorized(String),
    #[error("{0}")]
    Forbidden(String),
    /// Carries why, so that pages can say it in the visitor's language.
    #[error("{}", .0.message())]
    RegistrationClosed(crate::domain::events::Closed),
    #[error("{0}")]
    ScheduleConflict(Box<crate::domain::events::Overlap>),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    PayloadTooLarge(String),
    #[error("{0}")]
    RequestTimeout(String),
    #[error("too many requests; try again in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    #[error("{0}")]
    Unavailable(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    pub fn invalid(fields: FieldErrors) -> Self {
        let fields = fields.into_map();
        let message = match fields.len() {
            1 => "One field is invalid.".to_owned(),
            n => format!("{n} fields are invalid."),
        };
        AppError::InvalidInput { message, fields }
    }

    pub fn invalid_field(field: &str, message: impl Into<String>) -> Self {
        let mut fields = FieldErrors::new();
        fields.add(field, message);
        Self::invalid(fields)
    }

    pub fn internal(error: impl Into<anyhow::Error>) -> Self {
        AppError::Internal(error.into())
    }

    /// The same failure for another waiter of a batch that failed as a whole: the
    /// status and message are kept, an internal cause is logged once, by the first.
    pub fn again(&self) -> AppError {
        match self {
            AppError::Unavailable(message) => AppError::Unavailable(message.clone()),
            AppError::NotFound(message) => AppError::NotFound(message.clone()),
            AppError::Conflict(message) => AppError::Conflict(message.clone()),
            other => AppError::internal(anyhow::anyhow!("a batch failed: {other}")),
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            AppError::InvalidInput { .. } => "invalid_input",
            AppError::InvalidJson(_) => "invalid_json",
            AppError::UnsupportedMediaType(_) => "unsupported_media_type",
            AppError::NotFound(_) => "not_found",
            AppError::MethodNotAllowed(_) => "method_not_allowed",
            AppError::Unauthorized(_) => "unauthorized",
            AppError::Forbidden(_) => "forbidden",
            AppError::RegistrationClosed(_) => "registration_closed",
            AppError::ScheduleConflict(_) => "schedule_conflict",
            AppError::Conflict(_) => "conflict",
            AppError::PayloadTooLarge(_) => "payload_too_large",
            AppError::RequestTimeout(_) => "request_timeout",
            AppError::RateLimited { .. } => "rate_limited",
            AppError::Unavailable(_) => "unavailable",
            AppError::Internal(_) => "internal_error",
        }
    }

    /// The message a person reads; internal causes stay in the log.
    pub fn public_message(&self) -> String {
        match self {
            AppError::Internal(_) => "Something went wrong on our side. Please try again.".into(),
            other => other.to_string(),
        }
    }

    pub fn fields(&self) -> Option<&BTreeMap<String, String>> {
        match self {
            AppError::InvalidInput { fields, .. } if !fields.is_empty() => Some(fields),
            _ => None,
        }
    }
}

impl From<DbError> for AppError {
    fn from(error: DbError) -> Self {
        match error {
            DbError::Query(diesel::result::Error::NotFound) => {
                AppError::NotFound("Not found.".into())
            }
            // The pool's words name hosts and timeouts: for the log, not the client.
            cause if cause.is_unavailable() => {
                tracing::warn!(%cause, "no database connection");
                AppError::Unavailable(
                    "The database is not reachable right now. Please try again.".into(),
                )
            }
            other => AppError::Internal(other.into()),
        }
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(error: diesel::result::Error) -> Self {
        DbError::from(error).into()
    }
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// snake_case code, for programs
    pub code: String,
    /// what went wrong, for a person
    pub message: String,
    /// field -> what is wrong with it, where input was invalid
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<BTreeMap<String, String>>,
}

impl ErrorBody {
    pub fn of(error: &AppError) -> Self {
        ErrorBody {
            error: ErrorDetail {
                code: error.code().to_owned(),
                message: error.public_message(),
                fields: error.fields().cloned(),
            },
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::InvalidInput { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::InvalidJson(_) => StatusCode::BAD_REQUEST,
            AppError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::RegistrationClosed(_)
            | AppError::ScheduleConflict(_)
            | AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::RequestTimeout(_) => StatusCode::REQUEST_TIMEOUT,
            AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            AppError::Internal(cause) => {
                tracing::error!(error = %format!("{cause:#}"), "internal error")
            }
            AppError::Unavailable(message) => tracing::warn!(%message, "service unavailable"),
            _ => {}
        }
        let mut response = HttpResponse::build(self.status_code());
        if let AppError::RateLimited { retry_after_secs } = self {
            response.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
        }
        if let AppError::Unauthorized(_) = self {
            response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
        }
        response.json(ErrorBody::of(self))
    }
}
