//! Who an event is for, which decides where it counts: `closed` forums and visits
//! for invited or registered participants, `public` days open to anyone, and
//! `internal` meetings of the project itself, never counted in indicators.

use super::values::Invalid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Audience {
    #[default]
    Closed,
    Public,
    Internal,
}

impl Audience {
    pub const ALL: [Audience; 3] = [Audience::Closed, Audience::Public, Audience::Internal];

    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Closed => "closed",
            Audience::Public => "public",
            Audience::Internal => "internal",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        Audience::ALL
            .into_iter()
            .find(|a| a.as_str() == raw.trim())
            .ok_or_else(|| Invalid("must be closed, public or internal".into()))
    }

    /// Whether the event's participation counts in the programme's indicators.
    pub fn counts(self) -> bool {
        self != Audience::Internal
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_audience_reads_back_what_it_writes_and_internal_ones_do_not_count() {
        for audience in Audience::ALL {
            assert_eq!(Audience::parse(audience.as_str()).unwrap(), audience);
        }
        assert!(Audience::parse("everyone").is_err());
        assert_eq!(Audience::default(), Audience::Closed);
        assert!(!Audience::Internal.counts() && Audience::Public.counts());
    }
}
