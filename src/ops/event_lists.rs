//! Listing events for the API: what a viewer may see, with their groups and
//! agendas loaded in one query each.

use chrono::{DateTime, Utc};

use crate::db::DbConnection;
use crate::domain::events::EventKind;
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::ops::event_view::{corrupt, EventView};
use crate::store::events::AgendaRow;
use crate::store::{self};

pub struct ListFilter {
    pub group_slug: Option<String>,
    pub kind: Option<EventKind>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

/// Events the viewer may see, soonest first: published ones for everyone, and
/// every event of the groups a staff member coordinates.
pub fn list(
    conn: &mut DbConnection,
    viewer: Option<&StaffUser>,
    filter: ListFilter,
) -> Result<Vec<EventView>, AppError> {
    let group = match &filter.group_slug {
        Some(slug) => Some(crate::ops::groups::find(conn, slug)?),
        None => None,
    };
    let visibility = match viewer {
        None => store::event_lists::Visibility::Public,
        Some(staff) if staff.is_admin() => store::event_lists::Visibility::Everything,
        Some(staff) => store::event_lists::Visibility::Groups(staff.group_ids.clone()),
    };
    let rows = store::event_lists::list(
        conn,
        &store::event_lists::Filter {
            group_id: group.as_ref().map(|g| g.id),
            kind: filter.kind.map(EventKind::as_str),
            from: filter.from.map(|t| t.naive_utc()),
            to: filter.to.map(|t| t.naive_utc()),
            visibility,
            limit: 500,
        },
    )?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut agendas = store::events::agendas(conn, &ids)?;
    let groups = store::groups::list(conn)?;
    let views = rows
        .into_iter()
        .map(|row| {
            let agenda: Vec<AgendaRow> = agendas
                .iter()
                .filter(|a| a.event_id == row.id)
                .cloned()
                .collect();
            agendas.retain(|a| a.event_id != row.id);
            let group = groups
                .iter()
                .find(|g| g.id == row.group_id)
                .cloned()
                .ok_or_else(|| corrupt("group", row.group_id))?;
            Ok(EventView { row, group, agenda })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(views)
}
