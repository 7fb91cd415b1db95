//! Pure types and rules of clustercord: no actix, diesel or lettre here.
//! Values are parsed into these types at the edge, so the rest of the code never
//! handles a raw string where a checked value belongs.

pub mod audience;
pub mod b2b;
pub mod event_input;
pub mod events;
pub mod fields;
pub mod groups;
pub mod mail;
pub mod materials;
pub mod meeting_schedule;
pub mod organisations;
pub mod participation;
pub mod people;
pub mod plans;
pub mod redirect;
pub mod reports;
pub mod seats;
pub mod staff;
pub mod time;
pub mod values;

pub use fields::FieldErrors;
pub use staff::{Role, StaffUser};
pub use values::{Country, EmailAddress, Language, LinkToken, Password, Slug};
