//! The printable attendance sheet of an event (EU-funded projects keep them,
//! signed, as proof): what it shows, for the staff page and the evidence pack.

use serde::Serialize;

use crate::domain::seats::SeatStatus;
use crate::domain::Language;
use crate::ops::event_view::EventView;
use crate::store::registrations::RegistrationRow;

#[derive(Debug, Serialize)]
pub struct SheetEvent {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub timezone: String,
}

#[derive(Debug, Serialize)]
pub struct SheetPerson {
    pub name: String,
    pub organisation: String,
    pub country: String,
}

/// The sheet of an event: its confirmed registrations, a signature column for
/// each local day it spans (at most 14).
#[derive(Debug, Serialize)]
pub struct Sheet {
    pub event: SheetEvent,
    pub group_name: String,
    pub when: String,
    pub location: String,
    pub participants: Vec<SheetPerson>,
    pub days: Vec<String>,
}

impl Sheet {
    pub fn of(event: &EventView, registrations: &[RegistrationRow], language: Language) -> Sheet {
        let (row, zone) = (&event.row, event.zone());
        Sheet {
            event: SheetEvent {
                id: row.id,
                title: row.title.clone(),
                kind: row.kind.clone(),
                timezone: row.timezone.clone(),
            },
            group_name: crate::i18n::group_name(language, &event.group.slug, &event.group.name),
            when: crate::domain::time::span_label_in(row.starts_at, row.ends_at, zone, language),
            location: event.location(),
            participants: registrations
                .iter()
                .filter(|r| r.status == SeatStatus::Confirmed.as_str())
                .map(|r| SheetPerson {
                    name: r.name.clone(),
                    organisation: r.organisation.clone(),
                    country: r.country.clone(),
                })
                .collect(),
            days: crate::domain::time::local_days(row.starts_at, row.ends_at, zone)
                .take(14)
                .map(|d| crate::domain::time::day_label_in(d, language))
                .collect(),
        }
    }

    /// Puts the sheet's parts into a template's context.
    pub fn insert_into(&self, ctx: &mut tera::Context) {
        ctx.insert("event", &self.event);
        ctx.insert("group_name", &self.group_name);
        ctx.insert("when", &self.when);
        ctx.insert("location", &self.location);
        ctx.insert("participants", &self.participants);
        ctx.insert("days", &self.days);
    }

    /// The sheet as a page of its own, its stylesheet inside (for a file that
    /// opens anywhere, as in the evidence pack).
    pub fn standalone(&self, tera: &tera::Tera, language: Language) -> anyhow::Result<String> {
        let mut ctx = tera::Context::new();
        ctx.insert("lang", language.code());
        self.insert_into(&mut ctx);
        let css = crate::templates::static_file("sheet.css")
            .map(|(bytes, _)| String::from_utf8_lossy(bytes).into_owned())
            .unwrap_or_default();
        ctx.insert("inline_css", &css);
        Ok(tera.render("pages/attendance_sheet.html", &ctx)?)
    }
}
