//! Seats: who is confirmed and who waits, and who moves up when a seat frees.

/// Where a registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeatStatus {
    Confirmed,
    Waitlisted,
    Cancelled,
}

impl SeatStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SeatStatus::Confirmed => "confirmed",
            SeatStatus::Waitlisted => "waitlisted",
            SeatStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(raw: &str) -> Option<SeatStatus> {
        match raw {
            "confirmed" => Some(SeatStatus::Confirmed),
            "waitlisted" => Some(SeatStatus::Waitlisted),
            "cancelled" => Some(SeatStatus::Cancelled),
            _ => None,
        }
    }
}

/// Why a registration is on the waiting list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitReason {
    /// Every seat is taken.
    Full,
    /// Seats are free, but the country's share of them is taken.
    CountryShare,
}

/// The limits of an event: total seats and seats per country, `None` for none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub capacity: Option<i32>,
    pub country_cap: Option<i32>,
}

impl Limits {
    /// Whether one more person from a country with `in_country` confirmed seats
    /// fits beside `confirmed` confirmed seats in all.
    pub fn fits(&self, confirmed: i32, in_country: i32) -> bool {
        self.capacity.is_none_or(|c| confirmed < c)
            && self.country_cap.is_none_or(|c| in_country < c)
    }

    /// The status of a new registration.
    pub fn decide(&self, confirmed: i32, in_country: i32) -> SeatStatus {
        if self.fits(confirmed, in_country) {
            SeatStatus::Confirmed
        } else {
            SeatStatus::Waitlisted
        }
    }

    /// Why someone from a country with `in_country` confirmed seats waits: every
    /// seat is taken, or seats are free but their country's share is taken.
    pub fn wait_reason(&self, confirmed: i32, in_country: i32) -> Option<WaitReason> {
        if !self.has_free_seat(confirmed) {
            Some(WaitReason::Full)
        } else if self.country_cap.is_some_and(|cap| in_country >= cap) {
            Some(WaitReason::CountryShare)
        } else {
            None
        }
    }

    /// Whether any seat at all is free, whoever asks.
    pub fn has_free_seat(&self, confirmed: i32) -> bool {
        self.capacity.is_none_or(|c| confirmed < c)
    }
}

/// A waiting registration: its id (arrival order) and country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting<C> {
    pub id: i64,
    pub country: C,
}

/// The earliest waiting registration that fits now. `confirmed_in` tells how many
/// confirmed seats a country holds.
pub fn next_to_promote<'a, C>(
    limits: &Limits,
    confirmed: i32,
    waiting: &'a [Waiting<C>],
    confirmed_in: impl Fn(&C) -> i32,
) -> Option<&'a Waiting<C>> {
    if !limits.has_free_seat(confirmed) {
        return None;
    }
    waiting
        .iter()
        .find(|w| limits.fits(confirmed, confirmed_in(&w.country)))
}

/// Refuses limits below what is already confirmed: seats are never taken back.
pub fn check_new_limits(
    limits: &Limits,
    confirmed: i32,
    most_in_one_country: i32,
) -> Result<(), (&'static str, String)> {
    if let Some(capacity) = limits.capacity {
        if capacity < confirmed {
            return Err((
                "capacity",
                format!("cannot be lower than the {confirmed} confirmed registrations"),
            ));
        }
    }
    if let Some(cap) = limits.country_cap {
        if cap < most_in_one_country {
            return Err((
                "country_cap",
                format!("cannot be lower than the {most_in_one_country} confirmed registrations of one country"),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_free_seat_with_the_country_share_taken_is_told_apart_from_full() {
        let limits = Limits {
            capacity: Some(10),
            country_cap: Some(2),
        };
        assert_eq!(limits.wait_reason(10, 0), Some(WaitReason::Full));
        assert_eq!(limits.wait_reason(3, 2), Some(WaitReason::CountryShare));
        assert_eq!(limits.wait_reason(3, 1), None);
    }

    const SEVEN_TWO: Limits = Limits {
        capacity: Some(7),
        country_cap: Some(2),
    };

    #[test]
    fn seats_are_confirmed_while_both_limits_hold() {
        assert_eq!(SEVEN_TWO.decide(0, 0), SeatStatus::Confirmed);
        assert_eq!(SEVEN_TWO.decide(6, 1), SeatStatus::Confirmed);
        assert_eq!(SEVEN_TWO.decide(7, 0), SeatStatus::Waitlisted);
        assert_eq!(SEVEN_TWO.decide(3, 2), SeatStatus::Waitlisted);
        let open = Limits {
            capacity: None,
            country_cap: None,
        };
        assert_eq!(open.decide(10_000, 10_000), SeatStatus::Confirmed);
    }

    #[test]
    fn the_earliest_waiting_person_who_fits_moves_up() {
        let waiting = vec![
            Waiting {
                id: 3,
                country: "IT",
            },
            Waiting {
                id: 5,
                country: "DE",
            },
            Waiting {
                id: 9,
                country: "DE",
            },
        ];
        // Italy is full: the German who came first moves up.
        let in_country = |c: &&str| if *c == "IT" { 2 } else { 1 };
        assert_eq!(
            next_to_promote(&SEVEN_TWO, 6, &waiting, in_country)
                .unwrap()
                .id,
            5
        );
        // No seat is free at all.
        assert!(next_to_promote(&SEVEN_TWO, 7, &waiting, in_country).is_none());
        // Every waiting country is at its cap.
        assert!(next_to_promote(&SEVEN_TWO, 5, &waiting, |_| 2).is_none());
    }

    #[test]
    fn limits_never_drop_below_what_is_confirmed() {
        assert!(check_new_limits(&SEVEN_TWO, 7, 2).is_ok());
        assert_eq!(
            check_new_limits(
                &Limits {
                    capacity: Some(6),
                    country_cap: None
                },
                7,
                2
            )
            .unwrap_err()
            .0,
            "capacity"
        );
        assert_eq!(
            check_new_limits(
                &Limits {
                    capacity: None,
                    country_cap: Some(1)
                },
                3,
                2
            )
            .unwrap_err()
            .0,
            "country_cap"
        );
    }
}
