//! Materials of events and groups: adding files and links, who sees which
//! (the contract's visibility), downloads, deletion, and the "materials are
//! online" mail to an event's confirmed participants.

use chrono::{DateTime, Utc};

use crate::db::{write_transaction, DbConnection};
use crate::domain::mail::MailKind;
use crate::domain::materials::{self, NewMaterial, Viewer, Visibility};
use crate::domain::seats::SeatStatus;
use crate::domain::{EmailAddress, Language, StaffUser};
use crate::error::AppError;
use crate::mail::Composer;
use crate::ops::audit::About;
use crate::ops::event_view::event_email;
use crate::store::groups::GroupRow;
use crate::store::materials::{MaterialRow, NewMaterialRow};
use crate::store::{self};

/// What materials belong to: an event, or a group itself.
#[derive(Debug, Clone)]
pub enum Owner {
    Event(i64),
    Group(String),
}

/// A file as uploaded: its name as sent and its bytes.
pub struct Upload {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Upload {
    /// The file of a form, unless none was chosen (a form sends an empty one).
    pub fn of(file: Option<(String, Vec<u8>)>) -> Option<Upload> {
        file.filter(|(_, bytes)| !bytes.is_empty())
            .map(|(name, bytes)| Upload { name, bytes })
    }
}

/// Who asks: signed-in staff, and the token of a manage link if one came along.
#[derive(Clone, Copy, Default)]
pub struct Asker<'a> {
    pub staff: Option<&'a StaffUser>,
    pub token: Option<&'a str>,
}

/// A material with the slug of its group.
pub struct Material {
    pub group: String,
    pub row: MaterialRow,
}

fn unknown() -> AppError {
    AppError::NotFound("There is no such material.".into())
}

/// The group (and event) materials of `owner` belong to.
fn owner_of(
    conn: &mut DbConnection,
    owner: &Owner,
    staff: Option<&StaffUser>,
) -> Result<(GroupRow, Option<i64>), AppError> {
    match owner {
        Owner::Event(id) => {
            let event = crate::ops::event_view::visible(conn, staff, *id)?;
            Ok((event.group, Some(*id)))
        }
        Owner::Group(slug) => Ok((crate::ops::groups::find(conn, slug)?, None)),
    }
}

fn manages(staff: &StaffUser, group: &GroupRow) -> Result<(), AppError> {
    if staff.manages_group(group.id) {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "You do not coordinate this group.".into(),
        ))
    }
}

/// Whether `staff` may add materials to `owner` (asked before an upload is read).
pub fn may_add(conn: &mut DbConnection, staff: &StaffUser, owner: &Owner) -> Result<(), AppError> {
    let (group, _) = owner_of(conn, owner, Some(staff))?;
    manages(staff, &group)
}

/// Adds a file (`upload`) or a link (`material.url`) to an event or a group.
pub fn add(
    conn: &mut DbConnection,
    staff: &StaffUser,
    owner: &Owner,
    material: NewMaterial,
    upload: Option<Upload>,
    now: DateTime<Utc>,
) -> Result<Material, AppError> {
    write_transaction(conn, |conn| {
        let (group, event_id) = owner_of(conn, owner, Some(staff))?;
        manages(staff, &group)?;
        let name = upload.as_ref().map(|u| materials::file_name(&u.name));
        let content_type = upload.as_ref().map(|u| materials::content_type(&u.bytes));
        let row = NewMaterialRow {
            group_id: group.id,
            event_id,
            title: &material.title,
            kind: material.kind.as_str(),
            language: material.language.map(Language::code),
            visibility: material.visibility.as_str(),
            url: material.url.as_deref(),
            file_name: name.as_deref(),
            content_type: content_type.as_deref(),
            size: upload.as_ref().map(|u| u.bytes.len() as i64),
            data: upload.as_ref().map(|u| u.bytes.as_slice()),
            created_by: Some(staff.id),
            created_at: now.naive_utc(),
        };
        let id = store::materials::insert(conn, &row)?;
        let about = About::in_group(group.id, event_id);
        let subject = format!("material {id}");
        let action = "material.add";
        crate::ops::audit::record(
            conn,
            staff,
            about,
            action,
            &subject,
            Some(&material.title),
            now,
        )?;
        let row = store::materials::find(conn, id)?.ok_or_else(unknown)?;
        Ok(Material {
            group: group.slug,
            row,
        })
    })
}

/// How `asker` stands towards materials of `group` (and `event_id`).
fn viewer(
    conn: &mut DbConnection,
    asker: Asker<'_>,
    group: &GroupRow,
    event_id: Option<i64>,
) -> Result<Viewer, AppError> {
    if asker.staff.is_some_and(|s| s.manages_group(group.id)) {
        return Ok(Viewer::Staff);
    }
    let Some(token) = asker.token else {
        return Ok(Viewer::Anyone);
    };
    let Some(registration) = store::registrations::find_by_token(conn, token)? else {
        return Ok(Viewer::Anyone);
    };
    if registration.status != SeatStatus::Confirmed.as_str() {
        return Ok(Viewer::Anyone);
    }
    let fits = match event_id {
        Some(event) => registration.event_id == event,
        None => store::events::find(conn, registration.event_id)?
            .is_some_and(|e| e.group_id == group.id),
    };
    Ok(if fits {
        Viewer::Participant
    } else {
        Viewer::Anyone
    })
}

fn admits(row: &MaterialRow, viewer: Viewer) -> bool {
    Visibility::parse(&row.visibility).is_ok_and(|v| v.admits(viewer))
}

/// The materials of `owner` that `asker` may see.
pub fn list(
    conn: &mut DbConnection,
    asker: Asker<'_>,
    owner: &Owner,
) -> Result<Vec<Material>, AppError> {
    let (group, event_id) = owner_of(conn, owner, asker.staff)?;
    let viewer = viewer(conn, asker, &group, event_id)?;
    let rows = match event_id {
        Some(event) => store::materials::of_event(conn, event)?,
        None => store::materials::of_group(conn, group.id)?,
    };
    Ok(rows
        .into_iter()
        .filter(|r| admits(r, viewer))
        .map(|row| Material {
            group: group.slug.clone(),
            row,
        })
        .collect())
}

/// A material and its bytes (none for a link), if `asker` may see it; else 404.
pub fn open(
    conn: &mut DbConnection,
    asker: Asker<'_>,
    id: i64,
) -> Result<(MaterialRow, Option<Vec<u8>>), AppError> {
    let row = store::materials::find(conn, id)?.ok_or_else(unknown)?;
    let group = store::groups::find_by_id(conn, row.group_id)?;
    if !admits(&row, viewer(conn, asker, &group, row.event_id)?) {
        return Err(unknown());
    }
    let bytes = match row.url {
        Some(_) => None,
        None => store::materials::data(conn, id)?,
    };
    Ok((row, bytes))
}

/// Deletes a material (the group's staff only).
pub fn delete(
    conn: &mut DbConnection,
    staff: &StaffUser,
    id: i64,
    now: DateTime<Utc>,
) -> Result<Material, AppError> {
    write_transaction(conn, |conn| {
        let row = store::materials::find(conn, id)?.ok_or_else(unknown)?;
        let group = store::groups::find_by_id(conn, row.group_id)?;
        if !staff.manages_group(group.id) {
            // Staff of another group do not learn that it exists.
            return Err(unknown());
        }
        store::materials::delete(conn, id)?;
        let about = About::in_group(group.id, row.event_id);
        let subject = format!("material {id}");
        crate::ops::audit::record(
            conn,
            staff,
            about,
            "material.delete",
            &subject,
            Some(&row.title),
            now,
        )?;
        Ok(Material {
            group: group.slug,
            row,
        })
    })
}

/// Tells each confirmed participant of the event, in their language, that its
/// materials are online, with their manage link to open them. Returns how many.
pub fn announce(
    conn: &mut DbConnection,
    composer: &Composer,
    staff: &StaffUser,
    event_id: i64,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    write_transaction(conn, |conn| {
        let event = crate::ops::event_view::managed(conn, staff, event_id)?;
        let shown = store::materials::of_event(conn, event_id)?
            .iter()
            .filter(|r| admits(r, Viewer::Participant))
            .count();
        if shown == 0 {
            return Err(AppError::Conflict(
                "Add materials that participants may see before telling them.".into(),
            ));
        }
        let mut rows = Vec::new();
        for registration in store::registrations::for_event(conn, event_id)? {
            if registration.status != SeatStatus::Confirmed.as_str() {
                continue;
            }
            let Ok(to) = EmailAddress::parse(&registration.email) else {
                continue;
            };
            let language = Language::parse(&registration.language).unwrap_or_default();
            let kind = MailKind::MaterialsOnline;
            let mut email = event_email(
                &event,
                composer,
                kind,
                to,
                Some(&registration.name),
                language,
            );
            let path = format!("/registrations/{}#materials", registration.manage_token);
            email.context.insert("manage_url", &composer.link(&path));
            email.context.insert("count", &shown);
            rows.push(composer.compose(email, now.naive_utc()).map_err(|e| {
                AppError::internal(anyhow::Error::new(e).context("rendering materials_online"))
            })?);
        }
        store::outbox::insert_many(conn, &rows)?;
        let detail = format!("{} told", rows.len());
        let subject = format!("event {event_id}");
        crate::ops::audit::record(
            conn,
            staff,
            About::event(event_id),
            "material.announce",
            &subject,
            Some(&detail),
            now,
        )?;
        Ok(rows.len())
    })
}

/// What the holder of a manage link sees on their page: the event's materials
/// and its group's, as their registration admits (public ones at least).
pub fn for_participant(
    conn: &mut DbConnection,
    token: &str,
    event: &crate::ops::event_view::EventView,
) -> Result<Vec<Material>, AppError> {
    let asker = Asker {
        staff: None,
        token: Some(token),
    };
    let mut found = list(conn, asker, &Owner::Event(event.row.id))?;
    found.extend(list(conn, asker, &Owner::Group(event.group.slug.clone()))?);
    Ok(found)
}

/// What the staff page of `owner`'s materials shows.
pub struct StaffView {
    pub group: GroupRow,
    /// For an event's materials.
    pub event: Option<crate::ops::event_view::EventView>,
    /// Every material, for the group's staff.
    pub materials: Vec<Material>,
    /// When the participants were last told the materials are online.
    pub last_told: Option<chrono::NaiveDateTime>,
}

pub fn staff_view(
    conn: &mut DbConnection,
    staff: &StaffUser,
    owner: &Owner,
) -> Result<StaffView, AppError> {
    let event = match owner {
        Owner::Event(id) => Some(crate::ops::event_view::managed(conn, staff, *id)?),
        Owner::Group(_) => None,
    };
    let (group, _) = owner_of(conn, owner, Some(staff))?;
    manages(staff, &group)?;
    let asker = Asker {
        staff: Some(staff),
        token: None,
    };
    let materials = list(conn, asker, owner)?;
    let last_told = match &event {
        Some(event) => store::audit::last_about_event(conn, event.row.id, "material.announce")?,
        None => None,
    };
    Ok(StaffView {
        group,
        event,
        materials,
        last_told,
    })
}
