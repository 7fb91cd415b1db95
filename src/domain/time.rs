//! Instants are kept in UTC; people see them in the event's IANA time zone.

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use super::values::Invalid;

pub fn parse_timezone(raw: &str) -> Result<Tz, Invalid> {
    raw.trim().parse::<Tz>().map_err(|_| {
        let like = zones_like(raw);
        Invalid(match like.is_empty() {
            true => "must be an IANA time zone such as Europe/Rome".into(),
            false => format!(
                "must be an IANA time zone name: perhaps {}",
                like.join(" or ")
            ),
        })
    })
}

/// The IANA names whose city (the part after the last `/`) is `raw`, whatever
/// the letter case and with spaces for underscores: "rome" -> Europe/Rome,
/// "new york" -> America/New_York. At most three, the canonical first.
pub fn zones_like(raw: &str) -> Vec<&'static str> {
    let wanted = raw.trim().replace(' ', "_").to_lowercase();
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<&'static str> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|zone| zone.name())
        .filter(|name| {
            let city = name.rsplit('/').next().unwrap_or(name);
            city.to_lowercase() == wanted || name.to_lowercase() == wanted
        })
        .collect();
    // Continental names before the old aliases (Europe/Rome before Europe/Vatican...).
    found.sort_by_key(|name| (!name.starts_with(['E', 'A']), name.len()));
    found.truncate(3);
    found
}

/// A UTC instant shown in `zone`, e.g. "Tue 10 Mar 2027, 09:00 CET".
pub fn local_label(utc: NaiveDateTime, zone: Tz) -> String {
    zone.from_utc_datetime(&utc)
        .format("%a %-d %b %Y, %H:%M %Z")
        .to_string()
}

/// A UTC instant in `zone`, written the way `language` writes dates:
/// "mercoledì 10 marzo 2027, 09:00 CET", "Mittwoch, 10. März 2027, 09:00 CET".
pub fn local_label_in(utc: NaiveDateTime, zone: Tz, language: super::Language) -> String {
    use super::Language::*;
    let pattern = match language {
        En => return local_label(utc, zone),
        It => "%A %-d %B %Y, %H:%M %Z",
        De => "%A, %-d. %B %Y, %H:%M %Z",
        Hu => "%Y. %B %-d., %A, %H:%M %Z",
        Sk | Cs => "%A %-d. %B %Y, %H:%M %Z",
        Pl => "%A, %-d %B %Y, %H:%M %Z",
        Sl => "%A, %-d. %B %Y, %H:%M %Z",
    };
    let label = zone
        .from_utc_datetime(&utc)
        .format_localized(pattern, locale_of(language))
        .to_string();
    // Weekdays start with a small letter in these languages, whatever the locale data says.
    match language {
        It | Sk | Cs | Pl | Sl => lowercase_first(&label),
        _ => label,
    }
}

/// A local date, short, the way `language` writes it in a list: "Wed 10 Mar",
/// "Mi, 10. März", "márc. 10., sze".
pub fn day_label_in(date: NaiveDate, language: super::Language) -> String {
    use super::Language::*;
    let pattern = match language {
        En => return date.format("%a %-d %b").to_string(),
        It => "%a %-d %b",
        De | Sl => "%a, %-d. %b",
        Hu => "%b %-d., %a",
        Sk | Cs => "%a %-d. %b",
        Pl => "%a, %-d %b",
    };
    date.format_localized(pattern, locale_of(language))
        .to_string()
}

/// A calendar day with its year, the way `language` writes it: "30 Jun 2027",
/// "30. Juni 2027", "2027. jún. 30.".
pub fn date_label_in(date: NaiveDate, language: super::Language) -> String {
    use super::Language::*;
    let pattern = match language {
        En => return date.format("%-d %b %Y").to_string(),
        It | Pl => "%-d %b %Y",
        De | Sl | Sk | Cs => "%-d. %b %Y",
        Hu => "%Y. %b %-d.",
    };
    date.format_localized(pattern, locale_of(language))
        .to_string()
}

/// The seven weekdays from Monday, abbreviated and in full, in `language`.
pub fn weekdays_in(language: super::Language) -> Vec<(String, String)> {
    let locale = locale_of(language);
    // 2024-01-01 was a Monday.
    (1..=7)
        .filter_map(|day| NaiveDate::from_ymd_opt(2024, 1, day))
        .map(|date| {
            (
                date.format_localized("%a", locale).to_string(),
                date.format_localized("%A", locale).to_string(),
            )
        })
        .collect()
}

/// chrono's locale data for a language.
fn locale_of(language: super::Language) -> chrono::Locale {
    use super::Language::*;
    match language {
        En => chrono::Locale::en_GB,
        It => chrono::Locale::it_IT,
        De => chrono::Locale::de_DE,
        Hu => chrono::Locale::hu_HU,
        Sk => chrono::Locale::sk_SK,
        Cs => chrono::Locale::cs_CZ,
        Pl => chrono::Locale::pl_PL,
        Sl => chrono::Locale::sl_SI,
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// An agenda item's time for `language`: only the times when it falls on the day
/// the event starts, the date too when not.
pub fn item_label_in(
    start: NaiveDateTime,
    end: NaiveDateTime,
    event_start: NaiveDateTime,
    zone: Tz,
    language: super::Language,
) -> String {
    let day = |t: NaiveDateTime| zone.from_utc_datetime(&t).date_naive();
    if day(start) == day(event_start) && day(end) == day(event_start) {
        format!(
            "{} – {}",
            local_time_label(start, zone),
            local_time_label(end, zone)
        )
    } else {
        span_label_in(start, end, zone, language)
    }
}

/// A span in `zone` for `language`, the date repeated only across midnight.
pub fn span_label_in(
    start: NaiveDateTime,
    end: NaiveDateTime,
    zone: Tz,
    language: super::Language,
) -> String {
    let same_day =
        zone.from_utc_datetime(&start).date_naive() == zone.from_utc_datetime(&end).date_naive();
    let end_label = if same_day {
        local_time_label(end, zone)
    } else {
        local_label_in(end, zone, language)
    };
    format!("{} – {}", local_label_in(start, zone, language), end_label)
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

/// A calendar month, as "2027-03" in URLs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month {
    pub first: NaiveDate,
}

impl Month {
    pub fn parse(raw: &str) -> Result<Month, Invalid> {
        NaiveDate::parse_from_str(&format!("{}-01", raw.trim()), "%Y-%m-%d")
            .map(|first| Month { first })
            .map_err(|_| Invalid("must be a month like 2027-03".into()))
    }

    pub fn containing(date: NaiveDate) -> Month {
        Month {
            first: date.with_day(1).unwrap_or(date),
        }
    }

    pub fn next(self) -> Month {
        Month {
            first: self
                .first
                .checked_add_months(Months::new(1))
                .unwrap_or(self.first),
        }
    }

    pub fn previous(self) -> Month {
        Month {
            first: self
                .first
                .checked_sub_months(Months::new(1))
                .unwrap_or(self.first),
        }
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        date.year() == self.first.year() && date.month() == self.first.month()
    }

    /// "2027-03"
    pub fn key(self) -> String {
        self.first.format("%Y-%m").to_string()
    }

    /// "March 2027"
    pub fn label(self) -> String {
        self.first.format("%B %Y").to_string()
    }

    /// The weeks (Monday to Sunday) that cover the month.
    pub fn weeks(self) -> Vec<[NaiveDate; 7]> {
        let monday =
            self.first - chrono::Days::new(u64::from(self.first.weekday().num_days_from_monday()));
        let mut weeks = Vec::new();
        let mut start = monday;
        while start <= self.next().first.pred_opt().unwrap_or(start) {
            let week: [NaiveDate; 7] = std::array::from_fn(|i| start + chrono::Days::new(i as u64));
            weeks.push(week);
            start = start + chrono::Days::new(7);
        }
        weeks
    }
}

/// The local calendar date of a UTC instant in `zone`.
pub fn local_date(utc: NaiveDateTime, zone: Tz) -> NaiveDate {
    zone.from_utc_datetime(&utc).date_naive()
}

/// The local days a span touches in `zone`, first to last; one that ends at
/// midnight does not reach into the next day.
pub fn local_days(
    starts_at: NaiveDateTime,
    ends_at: NaiveDateTime,
    zone: Tz,
) -> impl Iterator<Item = chrono::NaiveDate> {
    let first = local_date(starts_at, zone);
    let last = local_date(ends_at - chrono::TimeDelta::seconds(1), zone).max(first);
    first.iter_days().take_while(move |d| *d <= last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_city_name_suggests_its_zone() {
        assert_eq!(zones_like("Rome"), ["Europe/Rome"]);
        assert_eq!(zones_like("new york"), ["America/New_York"]);
        assert!(zones_like("Atlantis").is_empty());
        let error = parse_timezone("Rome").unwrap_err().to_string();
        assert!(error.contains("perhaps Europe/Rome"), "{error}");
    }
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
    fn a_month_is_covered_by_whole_weeks_from_monday() {
        let march = Month::parse("2027-03").unwrap();
        let weeks = march.weeks();
        assert_eq!(weeks[0][0], NaiveDate::from_ymd_opt(2027, 3, 1).unwrap()); // a Monday
        assert_eq!(weeks.len(), 5);
        assert_eq!(weeks[4][6], NaiveDate::from_ymd_opt(2027, 4, 4).unwrap());
        assert_eq!(march.next().key(), "2027-04");
        assert_eq!(Month::parse("2027-01").unwrap().previous().key(), "2026-12");
        assert_eq!(march.label(), "March 2027");
        assert!(Month::parse("2027-13").is_err());
        assert!(Month::parse("March").is_err());
    }

    #[test]
    fn dates_are_written_in_each_language() {
        use crate::domain::Language;
        let rome = parse_timezone("Europe/Rome").unwrap();
        let t = NaiveDate::from_ymd_opt(2027, 3, 10)
            .unwrap()
            .and_hms_opt(8, 0, 0)
            .unwrap();
        assert_eq!(
            local_label_in(t, rome, Language::It),
            "mercoledì 10 marzo 2027, 09:00 CET"
        );
        assert_eq!(
            local_label_in(t, rome, Language::De),
            "Mittwoch, 10. März 2027, 09:00 CET"
        );
        assert_eq!(
            local_label_in(t, rome, Language::En),
            "Wed 10 Mar 2027, 09:00 CET"
        );
        assert!(local_label_in(t, rome, Language::Cs).starts_with("středa"));
        for language in Language::ALL {
            assert!(local_label_in(t, rome, language).contains("2027"));
        }
        let later = t + chrono::TimeDelta::hours(1);
        assert_eq!(
            item_label_in(t, later, t, rome, Language::It),
            "09:00 CET – 10:00 CET"
        );
        let next_day = t + chrono::TimeDelta::days(1);
        let label = item_label_in(
            next_day,
            next_day + chrono::TimeDelta::hours(1),
            t,
            rome,
            Language::It,
        );
        assert!(label.starts_with("giovedì"), "{label}");
    }

    #[test]
    fn unknown_zones_are_refused() {
        assert!(parse_timezone("Europe/Atlantis").is_err());
        assert!(parse_timezone("").is_err());
    }
}
