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
    /// The language of their pages and mail, when their account sets one.
    pub language: Option<super::Language>,
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

/// A staff account as an admin types it, from the JSON body or the accounts page.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct AccountInput {
    #[schema(required = true)]
    pub email: Option<String>,
    /// Shown to other staff; the address when left out
    pub name: Option<String>,
    /// admin or coordinator
    #[schema(required = true)]
    pub role: Option<String>,
    /// The slugs of the groups a coordinator manages (an admin manages all)
    pub groups: Option<Vec<String>>,
    /// The language of the invitation mail: en it de hu sk cs pl sl; default en
    pub language: Option<String>,
}

/// A checked new account.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: super::EmailAddress,
    pub name: String,
    pub role: Role,
    pub groups: Vec<String>,
    pub language: super::Language,
}

impl AccountInput {
    /// Every field checked, every error gathered.
    pub fn parse(&self) -> Result<NewAccount, super::FieldErrors> {
        let mut errors = super::FieldErrors::new();
        let email = errors.check(
            "email",
            super::EmailAddress::parse(self.email.as_deref().unwrap_or("")),
        );
        let name = errors.check(
            "name",
            super::values::optional_text(self.name.as_deref(), 200),
        );
        let role = errors.check("role", Role::parse(self.role.as_deref().unwrap_or("")));
        let language = match self
            .language
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            Some(raw) => errors.check("language", super::Language::parse(raw)),
            None => Some(super::Language::En),
        };
        let groups = self.groups.clone().unwrap_or_default();
        if let Some(role) = role {
            if let Err(message) = check_groups(role, &groups) {
                errors.add("groups", message);
            }
        }
        match (email, name, role, language) {
            (Some(email), Some(name), Some(role), Some(language)) if errors.is_empty() => {
                Ok(NewAccount {
                    name: name.unwrap_or_else(|| email.to_string()),
                    email,
                    role,
                    groups,
                    language,
                })
            }
            _ => Err(errors),
        }
    }
}

/// An admin manages every group and is given none; a coordinator needs at least one.
pub fn check_groups(role: Role, groups: &[String]) -> Result<(), String> {
    match (role, groups.is_empty()) {
        (Role::Admin, false) => {
            Err("an admin manages every group; groups are for coordinators".into())
        }
        (Role::Coordinator, true) => Err("a coordinator needs at least one group".into()),
        _ => Ok(()),
    }
}

/// A change to an account: the fields given.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct AccountPatch {
    pub name: Option<String>,
    /// admin or coordinator
    pub role: Option<String>,
    /// Replaces the groups
    pub groups: Option<Vec<String>>,
    /// false: sign-in refused, sessions and tokens ended; true: allowed again
    pub active: Option<bool>,
    /// The language of their pages and mail: en, it, de, hu, sk, cs, pl or sl;
    /// an empty string leaves it to their browser
    pub language: Option<String>,
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
            language: None,
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
