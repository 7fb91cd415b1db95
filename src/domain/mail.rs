//! What the outbox knows of a message: its kind (which names its templates) and
//! where its delivery stands.

use std::fmt;

/// Every message clustercord sends; each has `templates/email/<kind>/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MailKind {
    RegistrationConfirmed,
    RegistrationWaitlisted,
    RegistrationPromoted,
    RegistrationCancelled,
    /// Cancelled by the organisers, with their reason if they gave one.
    RegistrationCancelledByStaff,
    RegistrationLink,
    EventChanged,
    EventCancelled,
    Invitation,
    Reminder,
    /// An event's materials (minutes, slides) are online for its participants.
    MaterialsOnline,
    /// A participant asks another for a B2B meeting; the recipient answers.
    B2bRequest,
    /// The recipient accepted or declined; the sender is told.
    B2bAnswered,
    /// The participant's B2B agenda, one calendar entry per meeting.
    B2bAgenda,
    /// A request still unanswered the day before requests close.
    B2bReminder,
    /// Months after the event: what came of each meeting?
    B2bOutcome,
    /// A new staff account: the link to set its password.
    StaffInvitation,
    TestMessage,
}

impl MailKind {
    pub const ALL: [MailKind; 18] = [
        MailKind::RegistrationConfirmed,
        MailKind::RegistrationWaitlisted,
        MailKind::RegistrationPromoted,
        MailKind::RegistrationCancelled,
        MailKind::RegistrationCancelledByStaff,
        MailKind::RegistrationLink,
        MailKind::EventChanged,
        MailKind::EventCancelled,
        MailKind::Invitation,
        MailKind::Reminder,
        MailKind::MaterialsOnline,
        MailKind::B2bRequest,
        MailKind::B2bAnswered,
        MailKind::B2bAgenda,
        MailKind::B2bReminder,
        MailKind::B2bOutcome,
        MailKind::StaffInvitation,
        MailKind::TestMessage,
    ];

    /// The name stored in the outbox and of the template folder.
    pub fn as_str(self) -> &'static str {
        match self {
            MailKind::RegistrationConfirmed => "registration_confirmed",
            MailKind::RegistrationWaitlisted => "registration_waitlisted",
            MailKind::RegistrationPromoted => "registration_promoted",
            MailKind::RegistrationCancelled => "registration_cancelled",
            MailKind::RegistrationCancelledByStaff => "registration_cancelled_by_staff",
            MailKind::RegistrationLink => "registration_link",
            MailKind::EventChanged => "event_changed",
            MailKind::EventCancelled => "event_cancelled",
            MailKind::Invitation => "invitation",
            MailKind::Reminder => "reminder",
            MailKind::MaterialsOnline => "materials_online",
            MailKind::B2bRequest => "b2b_request",
            MailKind::B2bAnswered => "b2b_answered",
            MailKind::B2bAgenda => "b2b_agenda",
            MailKind::B2bReminder => "b2b_reminder",
            MailKind::B2bOutcome => "b2b_outcome",
            MailKind::StaffInvitation => "staff_invitation",
            MailKind::TestMessage => "test_message",
        }
    }
}

impl fmt::Display for MailKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a message's delivery stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailStatus {
    /// Waiting for (another) attempt.
    Pending,
    Sent,
    /// Given up; staff may put it back in line.
    Failed,
}

impl MailStatus {
    pub const ALL: [MailStatus; 3] = [MailStatus::Pending, MailStatus::Sent, MailStatus::Failed];

    pub fn as_str(self) -> &'static str {
        match self {
            MailStatus::Pending => "pending",
            MailStatus::Sent => "sent",
            MailStatus::Failed => "failed",
        }
    }

    pub fn parse(raw: &str) -> Option<MailStatus> {
        MailStatus::ALL.into_iter().find(|s| s.as_str() == raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_and_kinds_are_distinct() {
        for status in MailStatus::ALL {
            assert_eq!(MailStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(MailStatus::parse("lost"), None);
        let names: std::collections::HashSet<&str> =
            MailKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(names.len(), MailKind::ALL.len());
    }
}
