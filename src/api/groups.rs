//! `/api/v1/groups`: the thematic groups.

use actix_web::{web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::ApiJson;
use crate::domain::{values::optional_text, values::required_text, FieldErrors, Slug};
use crate::error::AppError;
use crate::ops;
use crate::store::groups::GroupRow;
use crate::web::auth::ApiStaff;
use crate::web::AppState;

#[derive(Serialize, ToSchema)]
pub struct GroupResponse {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub coordinating_organisation: Option<String>,
}

impl From<GroupRow> for GroupResponse {
    fn from(row: GroupRow) -> Self {
        GroupResponse {
            slug: row.slug,
            name: row.name,
            description: row.description,
            coordinating_organisation: row.coordinating_organisation,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct CreateGroupRequest {
    #[schema(required = true)]
    pub slug: Option<String>,
    #[schema(required = true)]
    pub name: Option<String>,
    pub description: Option<String>,
    pub coordinating_organisation: Option<String>,
}

impl CreateGroupRequest {
    fn parse(self) -> Result<ops::groups::NewGroup, AppError> {
        let mut errors = FieldErrors::new();
        let slug = errors
            .required("slug", self.slug)
            .and_then(|s| errors.check("slug", Slug::parse(&s)));
        let name = errors.check("name", required_text(self.name.as_deref(), 120));
        let description = errors.check(
            "description",
            crate::domain::values::optional_paragraphs(self.description.as_deref(), 2000),
        );
        let organisation = errors.check(
            "coordinating_organisation",
            optional_text(self.coordinating_organisation.as_deref(), 200),
        );
        match (slug, name, description, organisation) {
            (Some(slug), Some(name), Some(description), Some(coordinating_organisation))
                if errors.is_empty() =>
            {
                Ok(ops::groups::NewGroup {
                    slug,
                    name,
                    description: description.unwrap_or_default(),
                    coordinating_organisation,
                })
            }
            _ => Err(AppError::invalid(errors)),
        }
    }
}

/// The thematic groups, by name.
#[utoipa::path(get, path = "/api/v1/groups", responses((status = 200, body = [GroupResponse])))]
pub async fn list_groups(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let rows = state
        .db
        .read(|conn| Ok::<_, AppError>(crate::store::groups::list(conn)?))
        .await?;
    Ok(HttpResponse::Ok().json(
        rows.into_iter()
            .map(GroupResponse::from)
            .collect::<Vec<_>>(),
    ))
}

/// One thematic group.
#[utoipa::path(get, path = "/api/v1/groups/{slug}", params(("slug" = String, Path, description = "the group's slug")), responses(
    (status = 200, body = GroupResponse),
    (status = 404, body = crate::error::ErrorBody),
))]
pub async fn get_group(
    state: web::Data<AppState>,
    slug: web::Path<crate::domain::Slug>,
) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let row = state
        .db
        .read(move |conn| ops::groups::find(conn, &slug))
        .await?;
    Ok(HttpResponse::Ok().json(GroupResponse::from(row)))
}

/// Creates a thematic group (admins only).
#[utoipa::path(post, path = "/api/v1/groups", request_body = CreateGroupRequest,
    security(("bearer" = ["admin"])),
    responses(
        (status = 201, body = GroupResponse),
        (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody),
        (status = 422, body = crate::error::ErrorBody),
    ))]
pub async fn create_group(
    state: web::Data<AppState>,
    staff: ApiStaff,
    body: ApiJson<CreateGroupRequest>,
) -> Result<HttpResponse, AppError> {
    let admin = staff.admin()?;
    let new = body.0.parse()?;
    let now = chrono::Utc::now();
    let row = state
        .db
        .write(move |conn| ops::groups::create(conn, &admin, new, now))
        .await?;
    Ok(HttpResponse::Created().json(GroupResponse::from(row)))
}
