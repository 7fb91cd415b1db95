//! The event form's part in the plan: which key actions of the group's plan an
//! event serves, offered as boxes to tick and saved with the event.

use super::event_form::Values;
use super::PageError;
use crate::web::auth::SessionStaff;
use crate::web::AppState;

/// The form's name of the box for action `id`.
fn key(id: i64) -> String {
    format!("serves-{id}")
}

/// The key actions of the group's plan, (id, title, sub-action?), for the form.
pub(super) async fn plan_actions(
    state: &AppState,
    staff: &SessionStaff,
    slug: &str,
) -> Result<Vec<(i64, String, bool)>, PageError> {
    let (viewer, slug) = (staff.0.clone(), slug.to_owned());
    Ok(state
        .db
        .read(move |conn| crate::ops::plans::titles(conn, &viewer, &slug))
        .await?)
}

/// Ticks the boxes of the actions `event` (of `group`) serves, for the form of an
/// event as it is.
pub(super) async fn tick_served(
    state: &AppState,
    staff: &SessionStaff,
    group: crate::store::groups::GroupRow,
    event: i64,
    values: &mut Values,
) -> Result<(), PageError> {
    let viewer = staff.0.clone();
    let served = state
        .db
        .read(move |conn| crate::ops::plans::serving(conn, Some(&viewer), &group, event))
        .await?;
    for (id, _) in served {
        values.insert(key(id), "on".into());
    }
    Ok(())
}

/// The actions whose boxes the form ticked.
pub(super) fn ticked(values: &Values) -> Vec<i64> {
    values
        .keys()
        .filter_map(|k| k.strip_prefix("serves-"))
        .filter_map(|id| id.parse().ok())
        .collect()
}
