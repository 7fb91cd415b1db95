//! Registering from the event page, and the holder's manage page.

use std::collections::BTreeMap;

use actix_session::Session;
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};

use super::language::PageLanguage;
use super::public::RegistrationForm;
use super::{html, render, verify_csrf, CsrfForm, PageResult};
use crate::domain::people::{NewRegistration, PersonFields};
use crate::domain::time::span_label_in;
use crate::domain::{FieldErrors, Language};
use crate::error::AppError;
use crate::ops::registrations::{self, Registered};
use crate::web::auth::SessionStaff;
use crate::web::respond::see_other;
use crate::web::AppState;

type Values = BTreeMap<String, String>;

/// The event page again, with the registration form as typed and what went wrong.
struct FormAgain<'a> {
    state: &'a AppState,
    session: &'a Session,
    staff: Option<&'a SessionStaff>,
    id: i64,
    values: &'a Values,
    language: &'a PageLanguage,
}

impl FormAgain<'_> {
    async fn page(
        &self,
        status: StatusCode,
        errors: Values,
        problem: Option<String>,
    ) -> PageResult {
        let form = RegistrationForm {
            values: self.values.clone(),
            errors,
            problem,
        };
        let (state, session, staff) = (self.state, self.session, self.staff);
        let ctx = super::public::event_context(state, session, staff, self.id, form, self.language)
            .await?;
        Ok(html(status, render(state, "event.html", &ctx)?))
    }
}

/// The form's fields as the domain parses them (blank ones count as left out);
/// without a choice, mail comes in the language the visitor reads the site in.
fn parse_form(values: &Values, language: Language) -> Result<NewRegistration, FieldErrors> {
    let field = |key: &str| {
        values
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.trim().is_empty())
    };
    let fields = PersonFields {
        name: field("name"),
        email: field("email"),
        organisation: field("organisation"),
        country: field("country"),
        language: field("language"),
        organisation_kind: field("organisation_kind"),
    };
    NewRegistration::parse(fields, field("note"), language)
}

pub async fn register(
    req: HttpRequest,
    state: web::Data<AppState>,
    session: Session,
    staff: Option<SessionStaff>,
    id: web::Path<i64>,
    form: web::Form<Vec<(String, String)>>,
    language: PageLanguage,
) -> PageResult {
    let (id, lang) = (id.into_inner(), language.language);
    let values = super::checked_form(&session, form.into_inner())?;
    state.rate_limit.check(crate::web::client::of(&req))?;
    let (staff, language) = (staff.as_ref(), &language);
    let again = FormAgain {
        state: &state,
        session: &session,
        staff,
        id,
        values: &values,
        language,
    };
    let new = match parse_form(&values, lang) {
        Ok(new) => new,
        Err(errors) => {
            let problem = crate::i18n::text(lang, "register-correct", &[]);
            return again
                .page(StatusCode::UNPROCESSABLE_ENTITY, errors.into_map(), problem)
                .await;
        }
    };
    let now = chrono::Utc::now();
    let registered = state.register(id, new, now).await;
    again.answer(registered).await
}

impl FormAgain<'_> {
    /// Where a registration leads: its manage page, or the form again saying why not.
    async fn answer(&self, registered: Result<Registered, AppError>) -> PageResult {
        let lang = self.language.language;
        let say = |key: &str| crate::i18n::text(lang, key, &[]);
        let again = self;
        match registered {
            Ok(Registered::Created(view)) => Ok(see_other(format!(
                "/registrations/{}?new=1",
                view.row.manage_token
            ))),
            // The manage link may have been queued again for its holder.
            Ok(Registered::Existing(_)) => {
                again
                    .page(StatusCode::OK, Values::new(), say("register-existing"))
                    .await
            }
            Err(AppError::InvalidInput { fields, .. }) => {
                again
                    .page(StatusCode::UNPROCESSABLE_ENTITY, fields, None)
                    .await
            }
            Err(AppError::RegistrationClosed(closed)) => {
                // The same reason as the page's closed section, in the page's language.
                let reason = super::language::closed_reason(lang, closed);
                again
                    .page(StatusCode::CONFLICT, Values::new(), Some(reason))
                    .await
            }
            Err(other) => Err(other.into()),
        }
    }
}

#[derive(serde::Deserialize)]
pub struct ManageQuery {
    new: Option<String>,
}

pub async fn manage(
    state: web::Data<AppState>,
    session: Session,
    token: web::Path<crate::domain::LinkToken>,
    query: web::Query<ManageQuery>,
    language: PageLanguage,
) -> PageResult {
    let token = token.into_inner();
    let (view, event, reason, found, b2b) = state
        .db
        .read(move |conn| {
            let (view, event) = registrations::by_token(conn, &token)?;
            let reason = registrations::wait_reason(conn, &event, &view)?;
            let found = crate::ops::materials::for_participant(conn, &token, &event)?;
            let b2b = crate::ops::b2b::session_at(conn, &event)?.is_some();
            Ok::<_, AppError>((view, event, reason, found, b2b))
        })
        .await?;
    let country_share = reason == Some(crate::domain::seats::WaitReason::CountryShare);
    let mut ctx = super::context(&session, None, &language);
    ctx.insert("csrf_token", &super::csrf_token(&session));
    ctx.insert(
        "registration",
        &super::views::Registration::from(view.clone()),
    );
    ctx.insert("token", &view.row.manage_token);
    let token = Some(view.row.manage_token.as_str());
    ctx.insert("materials", &super::materials::shown(&found, token));
    ctx.insert("event", &super::views::Event::from(&event));
    let (row, zone) = (&event.row, event.zone());
    ctx.insert(
        "when",
        &span_label_in(row.starts_at, row.ends_at, zone, language.language),
    );
    let kind = view
        .row
        .organisation_kind
        .as_deref()
        .map(|code| super::language::organisation_kind(language.language, code, code));
    ctx.insert("organisation_kind", &kind);
    ctx.insert("location", &event.location());
    ctx.insert("just_registered", &query.new.is_some());
    ctx.insert("b2b", &b2b);
    ctx.insert("country_share", &country_share);
    // Begun: the registration is a record now, no longer to be cancelled here.
    ctx.insert(
        "started",
        &(chrono::Utc::now().naive_utc() >= event.row.starts_at),
    );
    // The language by its own name ("slovenščina"), not its code.
    let written_in = crate::domain::Language::parse(&view.row.language)
        .map(|l| l.endonym().to_owned())
        .unwrap_or_else(|_| view.row.language.clone());
    ctx.insert("registration_language", &written_in);
    let response = html(StatusCode::OK, render(&state, "manage.html", &ctx)?);
    Ok(private(response))
}

/// The manage page is personal: no caches, no referrer carrying the token away.
pub(super) fn private(mut response: HttpResponse) -> HttpResponse {
    let headers = response.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        header::HeaderValue::from_static("no-referrer"),
    );
    response
}

pub async fn cancel(
    state: web::Data<AppState>,
    session: Session,
    token: web::Path<crate::domain::LinkToken>,
    form: web::Form<CsrfForm>,
) -> PageResult {
    verify_csrf(&session, &form.csrf_token)?;
    let (token, now) = (token.into_inner(), chrono::Utc::now());
    let back = format!("/registrations/{token}");
    state
        .write_and_send(move |conn, composer| {
            crate::ops::cancellations::cancel_by_token(conn, composer, &token, now)
        })
        .await?;
    Ok(see_other(back))
}
