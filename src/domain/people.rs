//! People as registrations and mailing lists know them.

use super::fields::FieldErrors;
use super::values::{
    optional_paragraphs, optional_text, required_text, Country, EmailAddress, Language,
};

#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub email: EmailAddress,
    pub organisation: String,
    pub country: Country,
    pub language: Language,
    pub organisation_kind: Option<String>,
}

/// The fields of a person as typed; `None` for a field left out.
#[derive(Debug, Clone, Copy, Default)]
pub struct PersonFields<'a> {
    pub name: Option<&'a str>,
    pub email: Option<&'a str>,
    pub organisation: Option<&'a str>,
    pub country: Option<&'a str>,
    pub language: Option<&'a str>,
    pub organisation_kind: Option<&'a str>,
}

impl Person {
    /// Checks every field, adding each problem to `errors`; `default_language`
    /// applies when none is given.
    pub fn parse(
        fields: PersonFields,
        default_language: Language,
        errors: &mut FieldErrors,
    ) -> Option<Person> {
        let name = errors.check("name", required_text(fields.name, 200));
        let email = errors.check("email", EmailAddress::parse(fields.email.unwrap_or("")));
        let organisation = errors.check("organisation", optional_text(fields.organisation, 200));
        let country = errors.check("country", Country::parse(fields.country.unwrap_or("")));
        let language = match fields.language.map(str::trim).filter(|l| !l.is_empty()) {
            Some(raw) => errors.check("language", Language::parse(raw)),
            None => Some(default_language),
        };
        let organisation_kind = errors.check(
            "organisation_kind",
            optional_text(fields.organisation_kind, 40),
        );
        Some(Person {
            name: name?,
            email: email?,
            organisation: organisation?.unwrap_or_default(),
            country: country?,
            language: language?,
            organisation_kind: organisation_kind?,
        })
    }
}

/// A checked member entry.
pub type NewMember = Person;

/// The raw fields of a member, from JSON or a CSV row.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct MemberInput {
    #[schema(required = true)]
    pub name: Option<String>,
    #[schema(required = true)]
    pub email: Option<String>,
    pub organisation: Option<String>,
    /// ISO 3166-1 alpha-2
    #[schema(required = true)]
    pub country: Option<String>,
    /// en it de hu sk cs pl sl; default en
    pub language: Option<String>,
    pub organisation_kind: Option<String>,
}

impl MemberInput {
    pub fn parse(&self) -> Result<NewMember, FieldErrors> {
        let mut errors = FieldErrors::new();
        let fields = PersonFields {
            name: self.name.as_deref(),
            email: self.email.as_deref(),
            organisation: self.organisation.as_deref(),
            country: self.country.as_deref(),
            language: self.language.as_deref(),
            organisation_kind: self.organisation_kind.as_deref(),
        };
        match Person::parse(fields, Language::En, &mut errors) {
            Some(person) if errors.is_empty() => Ok(person),
            _ => Err(errors),
        }
    }
}

/// Checks a kind of organisation against the codes the database knows
/// (`organisation_kinds`: code, label).
pub fn check_organisation_kind(
    known: &[(String, String)],
    kind: Option<&str>,
) -> Result<(), String> {
    match kind {
        Some(kind) if !known.iter().any(|(code, _)| code == kind) => {
            let codes: Vec<&str> = known.iter().map(|(c, _)| c.as_str()).collect();
            Err(format!("must be one of {}", codes.join(", ")))
        }
        _ => Ok(()),
    }
}

/// The code of a kind of organisation as a spreadsheet writes it: the code or
/// its English name, in any case ("Company", "Regional development agency").
/// Anything else stays as typed, for `check_organisation_kind` to refuse.
pub fn organisation_kind_code(known: &[(String, String)], typed: &str) -> String {
    let folded = typed.trim().to_lowercase();
    known
        .iter()
        .find(|(code, name)| *code == folded || name.to_lowercase() == folded)
        .map_or_else(|| typed.trim().to_owned(), |(code, _)| code.clone())
}

/// A checked registration: who, and what the organisers should know. Both the
/// JSON body and the HTML form parse into it.
#[derive(Debug, Clone)]
pub struct NewRegistration {
    pub person: Person,
    /// Dietary or accessibility needs.
    pub note: Option<String>,
}

impl NewRegistration {
    /// Every field checked, every error gathered; `default_language` applies when
    /// none is given.
    pub fn parse(
        fields: PersonFields,
        note: Option<&str>,
        default_language: Language,
    ) -> Result<NewRegistration, FieldErrors> {
        let mut errors = FieldErrors::new();
        let person = Person::parse(fields, default_language, &mut errors);
        let note = errors.check("note", optional_paragraphs(note, 1000));
        match (person, note) {
            (Some(person), Some(note)) if errors.is_empty() => Ok(NewRegistration { person, note }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let mut errors = FieldErrors::new();
        let fields = PersonFields {
            name: Some(" "),
            email: Some("x"),
            country: Some("ZZ"),
            language: Some("fr"),
            ..Default::default()
        };
        assert!(Person::parse(fields, Language::En, &mut errors).is_none());
        let reported: Vec<String> = errors.into_map().into_keys().collect();
        assert_eq!(reported, ["country", "email", "language", "name"]);
    }

    #[test]
    fn a_kind_of_organisation_is_read_by_its_code_or_its_name() {
        let known = vec![
            ("company".to_owned(), "Company".to_owned()),
            (
                "agency".to_owned(),
                "Regional development agency".to_owned(),
            ),
        ];
        assert_eq!(organisation_kind_code(&known, "Company"), "company");
        assert_eq!(
            organisation_kind_code(&known, " regional development AGENCY "),
            "agency"
        );
        assert_eq!(organisation_kind_code(&known, "agency"), "agency");
        assert_eq!(organisation_kind_code(&known, "Firma"), "Firma");
    }

    #[test]
    fn the_language_defaults_and_the_organisation_may_be_blank() {
        let mut errors = FieldErrors::new();
        let fields = PersonFields {
            name: Some("Ana"),
            email: Some("ana@example.si"),
            country: Some("si"),
            ..Default::default()
        };
        let person = Person::parse(fields, Language::Sl, &mut errors).unwrap();
        assert_eq!(
            (
                person.language,
                person.country.as_str(),
                person.organisation.as_str()
            ),
            (Language::Sl, "SI", "")
        );
    }
}
