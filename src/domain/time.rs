//! Instants are kept in UTC; people see them in the event's IANA time zone.

use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use super::values::Invalid;

pub fn parse_timezone(raw: &str) -> Result<Tz, Invalid> {
    raw.trim()
        .parse::<Tz>()
        .map_err(|_| Invalid("must be an IANA time zone such as Europe/Rome".into()))
}

/// A UTC instant shown in `zone`, e.g. "Tue 10 Mar 2027, 09:00 CET".
pub fn local_label(utc: NaiveDateTime, zone: Tz) -> String {
    zone.from_utc_datetime(&utc)
        .format("%a %-d %b %Y, %H:%M %Z")
        .to_string()
}

/// Just the local time of day with the zone, e.g. "17:00 CET".
pub fn local_time_label(utc: NaiveDateTime, zone: Tz) -> String {
    zone.from_utc_datetime(&utc).format("%H:%M %Z").to_string()
}

/// A span in `zone`: "Wed 10 Mar 2027, 09:00 CET – 17:00 CET", with the date
/// repeated only when the span ends on another local day.
pub fn span_label(start: NaiveDateTime, end: NaiveDateTime, zone: Tz) -> String {
    let same_day =
        zone.from_utc_datetime(&start).date_naive() == zone.from_utc_datetime(&end).date_naive();
    let end_label = if same_day {
        local_time_label(end, zone)
    } else {
        local_label(end, zone)
    };
    format!("{} – {}", local_label(start, zone), end_label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn instants_are_shown_in_the_zone_with_its_abbreviation() {
        let rome = parse_timezone("Europe/Rome").unwrap();
        let winter = NaiveDate::from_ymd_opt(2027, 3, 10)
            .unwrap()
            .and_hms_opt(8, 0, 0)
            .unwrap();
        assert_eq!(local_label(winter, rome), "Wed 10 Mar 2027, 09:00 CET");
        let summer = NaiveDate::from_ymd_opt(2027, 7, 10)
            .unwrap()
            .and_hms_opt(8, 0, 0)
            .unwrap();
        assert_eq!(local_time_label(summer, rome), "10:00 CEST");
    }

    #[test]
    fn spans_repeat_the_date_only_across_midnight() {
        let rome = parse_timezone("Europe/Rome").unwrap();
        let day = NaiveDate::from_ymd_opt(2027, 3, 10).unwrap();
        let label = span_label(
            day.and_hms_opt(8, 0, 0).unwrap(),
            day.and_hms_opt(16, 0, 0).unwrap(),
            rome,
        );
        assert_eq!(label, "Wed 10 Mar 2027, 09:00 CET – 17:00 CET");
        let next = NaiveDate::from_ymd_opt(2027, 3, 11)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap();
        assert_eq!(
            span_label(day.and_hms_opt(8, 0, 0).unwrap(), next, rome),
            "Wed 10 Mar 2027, 09:00 CET – Thu 11 Mar 2027, 13:00 CET"
        );
    }

    #[test]
    fn unknown_zones_are_refused() {
        assert!(parse_timezone("Europe/Atlantis").is_err());
        assert!(parse_timezone("").is_err());
    }
}
