//! Staff users and what each role may do.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Manages every group, creates groups and staff.
    Admin,
    /// Manages only the groups assigned to them.
    Coordinator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Coordinator => "coordinator",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, super::values::Invalid> {
        match raw.trim() {
            "admin" => Ok(Role::Admin),
            "coordinator" => Ok(Role::Coordinator),
            _ => Err(super::values::Invalid(
                "must be admin or coordinator".into(),
            )),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An authenticated staff member and the groups they coordinate.
#[derive(Debug, Clone)]
pub struct StaffUser {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub group_ids: Vec<i64>,
}

impl StaffUser {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// Whether this user may schedule, invite and see registrations for the group.
    pub fn manages_group(&self, group_id: i64) -> bool {
        self.is_admin() || self.group_ids.contains(&group_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: Role, group_ids: Vec<i64>) -> StaffUser {
        StaffUser {
            id: 1,
            email: "a@example.org".into(),
            display_name: "A".into(),
            role,
            group_ids,
        }
    }

    #[test]
    fn admins_manage_every_group() {
        assert!(user(Role::Admin, vec![]).manages_group(42));
    }

    #[test]
    fn coordinators_manage_only_their_groups() {
        let coordinator = user(Role::Coordinator, vec![1, 3]);
        assert!(coordinator.manages_group(3));
        assert!(!coordinator.manages_group(2));
    }

    #[test]
    fn roles_parse_from_their_names() {
        assert_eq!(Role::parse("admin").unwrap(), Role::Admin);
        assert_eq!(Role::parse("coordinator").unwrap(), Role::Coordinator);
        assert!(Role::parse("root").is_err());
    }
}
