//! Who came: attendance marks and the participation figures an event's staff page
//! shows and the programme's reports count (by country, by kind of organisation).

use serde::Serialize;

use super::seats::SeatStatus;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attendance {
    Attended,
    NoShow,
}

impl Attendance {
    pub fn parse(raw: &str) -> Option<Attendance> {
        match raw {
            "attended" => Some(Attendance::Attended),
            "no_show" => Some(Attendance::NoShow),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Attendance::Attended => "attended",
            Attendance::NoShow => "no_show",
        }
    }

    /// The `attended` cell of an attendance sheet typed by hand: yes or no in the
    /// ways people write it (in English and the programme's languages), empty for
    /// not recorded.
    pub fn from_sheet(raw: Option<&str>) -> Result<Option<Attendance>, super::values::Invalid> {
        let Some(raw) = raw.map(str::trim).filter(|r| !r.is_empty()) else {
            return Ok(None);
        };
        const YES: [&str; 14] = [
            "yes", "y", "true", "1", "x", "attended", "present", "ja", "sì", "si", "igen", "áno",
            "ano", "tak",
        ];
        const NO: [&str; 13] = [
            "no", "n", "false", "0", "no_show", "absent", "nein", "nem", "nie", "ne", "assente",
            "no-show", "-",
        ];
        let folded = raw.to_lowercase();
        if YES.contains(&folded.as_str()) || folded == "da" {
            Ok(Some(Attendance::Attended))
        } else if NO.contains(&folded.as_str()) {
            Ok(Some(Attendance::NoShow))
        } else {
            Err(super::values::Invalid(
                "must be yes or no (or empty when not recorded)".into(),
            ))
        }
    }
}

/// One registration as the figures count it.
#[derive(Debug, Clone, Copy)]
pub struct Participant<'a> {
    pub status: SeatStatus,
    pub attendance: Option<Attendance>,
    pub country: &'a str,
    pub organisation_kind: Option<&'a str>,
}

/// Counts by status for one breakdown (a country, a kind of organisation).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Tally {
    pub key: String,
    pub confirmed: usize,
    pub waitlisted: usize,
    pub cancelled: usize,
    pub attended: usize,
}

impl Tally {
    fn named(key: impl Into<String>) -> Tally {
        Tally {
            key: key.into(),
            ..Tally::default()
        }
    }

    fn add(&mut self, participant: &Participant) {
        match participant.status {
            SeatStatus::Confirmed => self.confirmed += 1,
            SeatStatus::Waitlisted => self.waitlisted += 1,
            SeatStatus::Cancelled => self.cancelled += 1,
        }
        if participant.attendance == Some(Attendance::Attended) {
            self.attended += 1;
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    pub total: Tally,
    pub by_country: Vec<Tally>,
    pub by_organisation_kind: Vec<Tally>,
    pub seats_left: Option<i32>,
}

/// Participation in all, by country and by kind of organisation (most confirmed
/// first, then by name).
pub fn figures(participants: &[Participant], seats_left: Option<i32>) -> Figures {
    fn breakdown(participants: &[Participant], key: impl Fn(&Participant) -> String) -> Vec<Tally> {
        let mut tallies: Vec<Tally> = Vec::new();
        for participant in participants {
            let k = key(participant);
            let index = match tallies.iter().position(|t| t.key == k) {
                Some(i) => i,
                None => {
                    tallies.push(Tally::named(k));
                    tallies.len() - 1
                }
            };
            tallies[index].add(participant);
        }
        tallies.sort_by(|a, b| b.confirmed.cmp(&a.confirmed).then(a.key.cmp(&b.key)));
        tallies
    }
    let mut total = Tally::named("all");
    for participant in participants {
        total.add(participant);
    }
    Figures {
        by_country: breakdown(participants, |p| p.country.to_owned()),
        by_organisation_kind: breakdown(participants, |p| {
            p.organisation_kind.unwrap_or("unknown").to_owned()
        }),
        seats_left,
        total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_attendance_sheet_says_yes_or_no_in_many_ways() {
        for yes in ["yes", "Y", "1", "x", "attended", "Ja", "sì", "igen", "tak"] {
            assert_eq!(
                Attendance::from_sheet(Some(yes)),
                Ok(Some(Attendance::Attended)),
                "{yes}"
            );
        }
        for no in ["no", "N", "0", "absent", "no_show", "nein", "nem", "nie"] {
            assert_eq!(
                Attendance::from_sheet(Some(no)),
                Ok(Some(Attendance::NoShow)),
                "{no}"
            );
        }
        assert_eq!(Attendance::from_sheet(Some("  ")), Ok(None));
        assert_eq!(Attendance::from_sheet(None), Ok(None));
        assert!(Attendance::from_sheet(Some("maybe")).is_err());
    }

    fn participant(status: SeatStatus, country: &str) -> Participant<'_> {
        Participant {
            status,
            attendance: None,
            country,
            organisation_kind: None,
        }
    }

    #[test]
    fn figures_count_by_country_most_confirmed_first() {
        let mut came = participant(SeatStatus::Confirmed, "IT");
        came.attendance = Some(Attendance::Attended);
        let all = [
            participant(SeatStatus::Confirmed, "AT"),
            came,
            participant(SeatStatus::Confirmed, "IT"),
            participant(SeatStatus::Waitlisted, "AT"),
            participant(SeatStatus::Cancelled, "SI"),
        ];
        let figures = figures(&all, Some(3));
        assert_eq!(
            (
                figures.total.confirmed,
                figures.total.waitlisted,
                figures.total.cancelled
            ),
            (3, 1, 1)
        );
        assert_eq!(figures.total.attended, 1);
        let countries: Vec<(&str, usize)> = figures
            .by_country
            .iter()
            .map(|t| (t.key.as_str(), t.confirmed))
            .collect();
        assert_eq!(countries, [("IT", 2), ("AT", 1), ("SI", 0)]);
        assert_eq!(figures.by_organisation_kind[0].key, "unknown");
    }

    #[test]
    fn attendance_round_trips_its_words() {
        for mark in [Attendance::Attended, Attendance::NoShow] {
            assert_eq!(Attendance::parse(mark.as_str()), Some(mark));
        }
        assert_eq!(Attendance::parse("maybe"), None);
    }
}
