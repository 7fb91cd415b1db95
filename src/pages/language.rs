//! The language of the public pages: the visitor's own choice (a cookie the
//! language switcher sets), else the first of the browser's `Accept-Language`
//! that we speak, else English.

use std::future::{ready, Ready};

use actix_web::cookie::{time::Duration, Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::http::header::{self, AcceptLanguage, Header, Preference};
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
use tera::Context;

use super::{PageError, PageResult};
use crate::domain::Language;
use crate::error::AppError;

/// The cookie that remembers a visitor's choice.
pub const COOKIE: &str = "lang";

/// The page's language and where the visitor is, for the switcher to return to.
pub struct PageLanguage {
    pub language: Language,
    path: String,
}

impl PageLanguage {
    /// Gives the page its language and the switcher its way back.
    pub fn insert_into(&self, ctx: &mut Context) {
        ctx.insert("lang", self.language.code());
        ctx.insert("here", &self.path);
        ctx.insert("language_choices", &choices());
    }
}

/// Every language as `[code, name in itself]`, for switchers and selects.
pub fn choices() -> Vec<[&'static str; 2]> {
    Language::ALL
        .iter()
        .map(|l| [l.code(), l.endonym()])
        .collect()
}

/// The choice made with the switcher wins; then the browser's ranked languages,
/// by their primary subtag (`de-AT` is German); then English.
pub fn negotiate(chosen: Option<&str>, accepted: &[String]) -> Language {
    chosen
        .and_then(|code| Language::parse(code).ok())
        .or_else(|| {
            accepted.iter().find_map(|tag| {
                let primary = tag.split(['-', '_']).next().unwrap_or_default();
                Language::parse(primary).ok()
            })
        })
        .unwrap_or_default()
}

impl FromRequest for PageLanguage {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let accepted: Vec<String> = AcceptLanguage::parse(req)
            .map(|header| {
                header
                    .ranked()
                    .into_iter()
                    .filter_map(|preference| match preference {
                        Preference::Specific(tag) => Some(tag.to_string()),
                        Preference::Any => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let chosen = req.cookie(COOKIE);
        let path = req
            .uri()
            .path_and_query()
            .map_or("/", |p| p.as_str())
            .to_owned();
        ready(Ok(PageLanguage {
            language: negotiate(chosen.as_ref().map(|c| c.value()), &accepted),
            path,
        }))
    }
}

#[derive(serde::Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// The switcher: remembers the choice for a year and goes back to the page.
pub async fn choose(code: web::Path<String>, next: web::Query<Next>) -> PageResult {
    let language = Language::parse(&code).map_err(|_| {
        PageError(AppError::NotFound(
            "We do not have the site in that language.".into(),
        ))
    })?;
    let back = super::same_site_path(next.next.as_deref()).unwrap_or("/");
    let cookie = Cookie::build(COOKIE, language.code())
        .path("/")
        .max_age(Duration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .finish();
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, back.to_owned()))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .cookie(cookie)
        .finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_choice_then_the_browser_then_english() {
        assert_eq!(negotiate(Some("sl"), &tags(&["de-AT"])), Language::Sl);
        assert_eq!(negotiate(Some("xx"), &tags(&["de-AT", "en"])), Language::De);
        assert_eq!(negotiate(None, &tags(&["fr-FR", "pl"])), Language::Pl);
        assert_eq!(negotiate(None, &tags(&["fr", "es"])), Language::En);
        assert_eq!(negotiate(None, &[]), Language::En);
        assert_eq!(negotiate(None, &tags(&["HU-hu"])), Language::Hu);
    }
}
