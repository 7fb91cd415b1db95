//! The staff home: for the caller's groups, what needs them today — the coming
//! events with their seats, waiting lists, deadlines and invitations; the drafts
//! not yet published; mail that failed; the last staff actions (a coordinator's:
//! those about their groups).

use chrono::{DateTime, Utc};

use crate::db::DbConnection;
use crate::domain::events::EventStatus;
use crate::domain::StaffUser;
use crate::error::AppError;
use crate::ops::event_view::EventView;
use crate::store::{self, event_lists::SummaryFilter, outbox::OutboxRow};

/// How many coming events, drafts, failed messages and actions it shows.
const SHOWN: usize = 10;

/// A coming event and how its invitations went.
pub struct Coming {
    pub event: EventView,
    pub invited: usize,
    pub registered: usize,
    pub declined: usize,
}

pub struct Dashboard {
    pub coming: Vec<Coming>,
    pub drafts: Vec<EventView>,
    pub failed_mail: Vec<OutboxRow>,
    /// The audit log's newest entries the caller may read.
    pub recent: Vec<crate::ops::audit::Entry>,
}

pub fn for_staff(
    conn: &mut DbConnection,
    staff: &StaffUser,
    now: DateTime<Utc>,
) -> Result<Dashboard, AppError> {
    // Admins see every group in one list; coordinators their groups'.
    let groups: Vec<Option<i64>> = match staff.is_admin() {
        true => vec![None],
        false => staff.group_ids.iter().copied().map(Some).collect(),
    };
    let mut rows = Vec::new();
    for group_id in groups {
        let filter = SummaryFilter {
            group_id,
            after: now.naive_utc(),
            past: false,
            all_statuses: true,
            limit: 200,
        };
        rows.extend(store::event_lists::summaries(conn, &filter)?);
    }
    rows.sort_by_key(|row| row.starts_at);
    let (mut coming, mut drafts) = (Vec::new(), Vec::new());
    for row in rows {
        let status = EventStatus::parse(&row.status).ok();
        let wanted = match status {
            Some(EventStatus::Published) => coming.len() < SHOWN,
            Some(EventStatus::Draft) => drafts.len() < SHOWN,
            _ => false,
        };
        if !wanted {
            continue;
        }
        let Some(event) = crate::ops::event_view::load(conn, row.id)? else {
            continue;
        };
        if status == Some(EventStatus::Draft) {
            drafts.push(event);
            continue;
        }
        let (_, invitations) = crate::ops::invitations::list(conn, staff, row.id)?;
        let count = |status: &str| invitations.iter().filter(|i| i.status == status).count();
        coming.push(Coming {
            invited: invitations.len(),
            registered: count("registered"),
            declined: count("declined"),
            event,
        });
    }
    let failed = store::outbox::MailFilter {
        status: Some(crate::domain::mail::MailStatus::Failed.as_str().to_owned()),
        limit: SHOWN as i64,
        ..Default::default()
    };
    let failed_mail = crate::ops::mail::visible(conn, staff, failed)?;
    // Admins see every entry, coordinators those about their groups.
    let newest = crate::ops::audit::Wanted {
        limit: Some(SHOWN as i64),
        ..Default::default()
    };
    let recent = crate::ops::audit::read(conn, staff, newest)?;
    Ok(Dashboard {
        coming,
        drafts,
        failed_mail,
        recent,
    })
}
