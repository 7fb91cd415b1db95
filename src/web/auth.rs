//! Who is calling: the extractors that give handlers the signed-in staff user
//! (bearer token or session cookie), and the sign-in check. A route states who may call it in
//! one line: `let staff = staff.admin()?;` or `staff.manages(group_id)?;`.

use std::future::Future;
use std::pin::Pin;

use actix_session::SessionExt;
use actix_web::{dev::Payload, http::header, web, FromRequest, HttpRequest};

use crate::domain::StaffUser;
use crate::error::AppError;
use crate::secrets::hash_token;
use crate::web::AppState;

/// A staff user authenticated by `Authorization: Bearer TOKEN` (the JSON API).
pub struct ApiStaff(pub StaffUser);

/// For routes anyone may call that show staff more: `None` without an
/// Authorization header, the user with a valid token, 401 with a bad one.
pub struct OptionalApiStaff(pub Option<StaffUser>);

impl FromRequest for OptionalApiStaff {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        if !req.headers().contains_key(header::AUTHORIZATION) {
            return Box::pin(async { Ok(OptionalApiStaff(None)) });
        }
        let staff = ApiStaff::from_request(req, payload);
        Box::pin(async move { Ok(OptionalApiStaff(Some(staff.await?.0))) })
    }
}

/// A staff user authenticated by the session cookie (the HTML pages).
pub struct SessionStaff(pub StaffUser);

/// Session key holding the token of the staff session (`staff_sessions`): the
/// cookie alone opens nothing once the server has ended that session.
pub const SESSION_TOKEN: &str = "staff_session";

impl ApiStaff {
    pub fn admin(self) -> Result<StaffUser, AppError> {
        require_admin(self.0)
    }

    pub fn manages(&self, group_id: i64) -> Result<(), AppError> {
        require_group(&self.0, group_id)
    }
}

impl SessionStaff {
    pub fn admin(self) -> Result<StaffUser, AppError> {
        require_admin(self.0)
    }

    /// The user, if an admin (else 403), keeping the extractor for the page.
    pub fn clone_admin(&self) -> Result<StaffUser, AppError> {
        require_admin(self.0.clone())
    }

    pub fn manages(&self, group_id: i64) -> Result<(), AppError> {
        require_group(&self.0, group_id)
    }
}

fn require_admin(user: StaffUser) -> Result<StaffUser, AppError> {
    if user.is_admin() {
        Ok(user)
    } else {
        Err(AppError::Forbidden("Only an admin may do this.".into()))
    }
}

fn require_group(user: &StaffUser, group_id: i64) -> Result<(), AppError> {
    if user.manages_group(group_id) {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "You do not coordinate this group.".into(),
        ))
    }
}

pub fn bearer_token(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    (scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty())
        .then(|| token.trim().to_owned())
}

impl FromRequest for ApiStaff {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let token = bearer_token(req);
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let state = state.ok_or_else(|| AppError::internal(anyhow::anyhow!("no app state")))?;
            let token = token.ok_or_else(|| {
                AppError::Unauthorized("Sign in first: send Authorization: Bearer TOKEN.".into())
            })?;
            let hash = hash_token(&token);
            let now = chrono::Utc::now().naive_utc();
            let user = state
                .db
                .read(move |conn| crate::ops::staff::by_token(conn, &hash, now))
                .await?;
            user.map(ApiStaff).ok_or_else(|| {
                AppError::Unauthorized("The token is unknown or has expired.".into())
            })
        })
    }
}

impl FromRequest for SessionStaff {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let token = req
            .get_session()
            .get::<String>(SESSION_TOKEN)
            .ok()
            .flatten();
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let state = state.ok_or_else(|| AppError::internal(anyhow::anyhow!("no app state")))?;
            let signed_out = || AppError::Unauthorized("Please sign in.".into());
            let hash = hash_token(&token.ok_or_else(signed_out)?);
            let (policy, now) = (session_policy(&state), chrono::Utc::now().naive_utc());
            let found = state
                .db
                .read(move |conn| crate::ops::staff::by_session(conn, &hash, policy, now))
                .await?;
            let (user, touch) = found.ok_or_else(signed_out)?;
            if let Some(id) = touch {
                // Best effort: a page must not fail because its last use went unrecorded
                // (at worst the session ends that much earlier).
                let touched = state
                    .db
                    .write(move |conn| crate::ops::staff::touch_session(conn, id, now))
                    .await;
                if let Err(error) = touched {
                    tracing::warn!(%error, "could not record a session's use");
                }
            }
            Ok(SessionStaff(user))
        })
    }
}

pub fn session_policy(state: &AppState) -> crate::ops::staff::SessionPolicy {
    let delta = |d: std::time::Duration| {
        chrono::TimeDelta::from_std(d).unwrap_or(chrono::TimeDelta::hours(12))
    };
    crate::ops::staff::SessionPolicy {
        idle: delta(state.config.session_idle),
        absolute: delta(state.config.session_max),
    }
}

/// Checks the password of an attempt the throttle has let begin (and counted as a
/// failure): a success takes that count back. Logs the decision, never the
/// password nor a token.
pub async fn check_credentials(
    state: &AppState,
    email: &str,
    password: String,
    client: Option<std::net::IpAddr>,
) -> Result<Option<crate::domain::StaffUser>, AppError> {
    let attempt = email.to_owned();
    let user = state
        .db
        .read(move |conn| crate::ops::staff::authenticate(conn, &attempt, &password))
        .await?;
    match &user {
        Some(user) => {
            state.login_throttle.succeeded(email, client);
            tracing::info!(user = user.id, "sign-in accepted");
        }
        // The attempt was counted as a failure when it began (`LoginThrottle::begin`).
        None => tracing::warn!("sign-in refused: wrong email or password"),
    }
    Ok(user)
}
