//! `clustercord demo`: a believable example in an empty database, so that a
//! newcomer sees the product working in one command. Two groups with adopted
//! plans, forums and study visits held and coming, registrations from nine
//! countries with attendance, minutes and slides. Everything goes through the
//! use cases production uses; only the moving of held events into the past is
//! the seed's own (`store::demo`), and the mail the seed caused is not sent.

use chrono::{DateTime, Duration, Utc};
use serde_json::json;

use crate::db::DbConnection;
use crate::domain::event_input::EventInput;
use crate::domain::materials::MaterialInput;
use crate::domain::people::{NewRegistration, PersonFields};
use crate::domain::plans::{ActionInput, PlanInput};
use crate::domain::{EmailAddress, Language, Password, Role, StaffUser};
use crate::error::AppError;
use crate::mail::Composer;
use crate::ops::materials::{Owner, Upload};
use crate::store::{self};

/// What the seed made, to print.
pub struct Seeded {
    pub admin: String,
    pub events: usize,
    pub registrations: usize,
}

/// People from nine countries: name, address, organisation, country, language, kind.
const PEOPLE: [(&str, &str, &str, &str, &str, &str); 12] = [
    (
        "Giulia Ferri",
        "giulia.ferri@agrofood-lombardia.example",
        "Cluster Agrifood Lombardia",
        "IT",
        "it",
        "cluster",
    ),
    (
        "Marco Bassi",
        "m.bassi@caseificio-bassi.example",
        "Caseificio Bassi",
        "IT",
        "it",
        "company",
    ),
    (
        "Ana Novak",
        "ana.novak@rra-koroska.example",
        "RRA Koroška",
        "SI",
        "sl",
        "agency",
    ),
    (
        "Jure Kranjc",
        "jure@kmetija-kranjc.example",
        "Kmetija Kranjc",
        "SI",
        "sl",
        "company",
    ),
    (
        "Eszter Tóth",
        "eszter.toth@pannon-agro.example",
        "Pannon Agro Klaszter",
        "HU",
        "hu",
        "cluster",
    ),
    (
        "Lukas Huber",
        "lukas.huber@bio-austria.example",
        "Bio Austria Steiermark",
        "AT",
        "de",
        "company",
    ),
    (
        "Petra Dvořáková",
        "petra@rra-brno.example",
        "RRA Jižní Morava",
        "CZ",
        "cs",
        "agency",
    ),
    (
        "Marek Kováč",
        "marek.kovac@uniba.example",
        "Univerzita Komenského",
        "SK",
        "sk",
        "research",
    ),
    (
        "Agnieszka Nowak",
        "a.nowak@izba-krakow.example",
        "Izba Rolnicza Kraków",
        "PL",
        "pl",
        "chamber",
    ),
    (
        "Ivana Horvat",
        "ivana@hgk-osijek.example",
        "HGK Osijek",
        "HR",
        "en",
        "chamber",
    ),
    (
        "Sabine Keller",
        "s.keller@lfl-bayern.example",
        "LfL Bayern",
        "DE",
        "de",
        "public_authority",
    ),
    (
        "Tomáš Beneš",
        "tomas@vinarstvi-benes.example",
        "Vinařství Beneš",
        "CZ",
        "cs",
        "company",
    ),
];

/// A small but real PDF, for minutes.
const MINUTES_PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

fn invalid(e: crate::domain::FieldErrors) -> AppError {
    AppError::invalid(e)
}

/// Fills an empty database; refuses one that holds events, plans or people.
pub fn seed(
    conn: &mut DbConnection,
    composer: &Composer,
    password: Password,
    now: DateTime<Utc>,
) -> Result<Seeded, AppError> {
    if !store::demo::is_empty(conn)? {
        return Err(AppError::Conflict(
            "This database holds events, plans or people already: the demo fills only an empty one."
                .into(),
        ));
    }
    let admin_email = "demo-admin@clustercord.example";
    let admin = crate::ops::staff::create(
        conn,
        crate::ops::staff::NewStaffUser {
            email: EmailAddress::parse(admin_email)
                .map_err(|e| AppError::internal(anyhow::anyhow!("{e}")))?,
            display_name: "Demo admin".into(),
            password,
            role: Role::Admin,
            group_slugs: Vec::new(),
        },
        now.naive_utc(),
    )?;
    let mut events = 0;
    let mut registrations = 0;
    for group in [Group::agrifood(), Group::tourism()] {
        let (made, registered) = seed_group(conn, composer, &admin, &group, now)?;
        events += made;
        registrations += registered;
    }
    // The programme's reporting periods: half years, the current one last, so
    // that the reports page opens on the period that holds the held events.
    let today = now.date_naive();
    for (label, from, to) in [
        (
            "Period 1",
            today - Duration::days(365),
            today - Duration::days(183),
        ),
        ("Period 2", today - Duration::days(182), today),
    ] {
        let period = crate::domain::reports::Period { from, to };
        crate::ops::report_snapshots::add_period(conn, &admin, label, period, now)?;
    }
    // The seed's people are made up: none of their mail is sent.
    store::demo::forget_queued_mail(conn)?;
    Ok(Seeded {
        admin: admin_email.into(),
        events,
        registrations,
    })
}

/// An example action: title, targets (events, participants, countries), and the
/// indices of the group's example events it is linked to.
type ExampleAction = (&'static str, [Option<u32>; 3], &'static [usize]);

/// One group's example: events (days from now, negative for held ones), a plan.
struct Group {
    slug: &'static str,
    events: [(&'static str, &'static str, i64); 3],
    plan: (&'static str, &'static str),
    actions: [ExampleAction; 3],
}

impl Group {
    fn agrifood() -> Group {
        Group {
            slug: "agrifood",
            events: [
                ("Exchange forum: short food supply chains", "exchange_forum", -40),
                ("Study visit: dairy cooperatives of Carinthia", "study_visit", -12),
                ("Exchange forum: traceability and labels", "exchange_forum", 30),
            ],
            plan: (
                "Agrifood meta-district: from farm to Alpine table",
                "Nine regions share one promise: food that travels less and tells where it comes from.\n\nThe key actions below turn the forums and visits into joint services, a shared brand and a common cold chain.",
            ),
            actions: [
                ("Shared cold chain between producers of three countries", [Some(3), Some(20), Some(4)], &[0, 1, 2]),
                ("A common label for short supply chains", [Some(2), None, Some(3)], &[0, 2]),
                ("Joint training on traceability", [None, None, None], &[]),
            ],
        }
    }

    fn tourism() -> Group {
        Group {
            slug: "tourism",
            events: [
                ("Exchange forum: wine routes across borders", "exchange_forum", -25),
                ("Study visit: slow tourism in the Karst", "study_visit", 45),
                ("Exchange forum: shared booking platform", "exchange_forum", 75),
            ],
            plan: (
                "Tourism meta-district: one journey, many regions",
                "Routes, packages and one booking platform that cross the borders travellers do not see.",
            ),
            actions: [
                ("Cross-border wine route", [Some(2), Some(15), Some(3)], &[0, 1]),
                ("Shared booking platform", [Some(1), None, None], &[2]),
                ("Joint presence at trade fairs", [None, None, None], &[]),
            ],
        }
    }
}

fn seed_group(
    conn: &mut DbConnection,
    composer: &Composer,
    admin: &StaffUser,
    group: &Group,
    now: DateTime<Utc>,
) -> Result<(usize, usize), AppError> {
    let mut ids = Vec::new();
    let mut registered = 0;
    for (index, (title, kind, days)) in group.events.iter().enumerate() {
        // Held events are scheduled ahead, filled, then moved into the past.
        let ahead = 20 + index as i64;
        let start = (now + Duration::days(ahead))
            .date_naive()
            .and_hms_opt(8, 0, 0)
            .unwrap()
            .and_utc();
        let input: EventInput = serde_json::from_value(json!({
            "group": group.slug, "kind": kind, "title": title,
            "audience": "closed",
            "description": "Partners of the cluster project meet to compare practice and plan joint actions.",
            "starts_at": start.to_rfc3339(), "ends_at": (start + Duration::hours(8)).to_rfc3339(),
            "timezone": "Europe/Ljubljana",
            "venue": {"name": "Regional development agency", "address": "Main square 1", "city": if group.slug == "agrifood" { "Klagenfurt" } else { "Sežana" }, "country": if group.slug == "agrifood" { "AT" } else { "SI" }},
            "capacity": 40,
            "agenda": [
                {"starts_at": start.to_rfc3339(), "ends_at": (start + Duration::hours(1)).to_rfc3339(), "title": "Welcome and round of introductions"},
                {"starts_at": (start + Duration::hours(1)).to_rfc3339(), "ends_at": (start + Duration::hours(4)).to_rfc3339(), "title": "Cases from the regions"},
                {"starts_at": (start + Duration::hours(5)).to_rfc3339(), "ends_at": (start + Duration::hours(8)).to_rfc3339(), "title": "Key actions: what we do next"}
            ]
        }))
        .map_err(|e| AppError::internal(anyhow::anyhow!("demo event: {e}")))?;
        let (slug, plan, _) = input.into_plan().map_err(invalid)?;
        let view = crate::ops::events::schedule(conn, admin, &slug, plan, true, now)?;
        crate::ops::events::publish(conn, admin, view.row.id, true, now)?;
        let id = view.row.id;
        let held = *days < 0;
        // The coming agrifood forum holds B2B meetings: everyone comes to it.
        let b2b = group.slug == "agrifood" && !held && *kind == "exchange_forum";
        let count = match (held, b2b) {
            (true, _) => 9 + index,
            (false, true) => PEOPLE.len(),
            (false, false) => 4,
        };
        for (name, email, organisation, country, language, kind) in
            PEOPLE.iter().cycle().skip(index * 3).take(count)
        {
            let fields = PersonFields {
                name: Some(name),
                email: Some(email),
                organisation: Some(organisation),
                country: Some(country),
                language: Some(language),
                organisation_kind: Some(kind),
            };
            let new = NewRegistration::parse(fields, None, Language::En).map_err(invalid)?;
            crate::ops::registrations::register(conn, composer, id, new, now)?;
            registered += 1;
        }
        if held {
            store::demo::backdate_event(conn, id, ahead - days)?;
            // Most came; one in six did not.
            for (n, registration) in store::registrations::for_event(conn, id)?
                .into_iter()
                .enumerate()
            {
                let attendance = if n % 6 == 5 {
                    crate::domain::participation::Attendance::NoShow
                } else {
                    crate::domain::participation::Attendance::Attended
                };
                crate::ops::attendance::mark_attendance(
                    conn,
                    admin,
                    id,
                    registration.id,
                    Some(attendance),
                    now,
                )?;
            }
            add_minutes(conn, admin, id, title, now)?;
        }
        if b2b {
            seed_b2b(conn, composer, admin, id, start, now)?;
        }
        ids.push(id);
    }
    seed_plan(conn, admin, group, &ids, now)?;
    Ok((ids.len(), registered))
}

/// A B2B session on a coming forum: two hours of 20-minute meetings at five
/// tables, every participant with a profile, and requests between people of
/// different countries, some accepted and some waiting for an answer, so that
/// a visitor can answer, schedule and publish.
fn seed_b2b(
    conn: &mut DbConnection,
    composer: &Composer,
    admin: &StaffUser,
    event_id: i64,
    start: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let fields = crate::domain::b2b::SessionFields {
        starts_at: Some(start + Duration::hours(5)),
        ends_at: Some(start + Duration::hours(7)),
        slot_minutes: Some(20),
        tables: Some(5),
        requests_close_at: Some(start - Duration::days(2)),
    };
    crate::ops::b2b::save_session(conn, admin, event_id, fields, now)?;
    let registrations = store::registrations::for_event(conn, event_id)?;
    let mut tokens = Vec::new();
    let mut profiles = Vec::new();
    for (n, registration) in registrations.iter().enumerate() {
        let (offers, seeks) = PROFILES[n % PROFILES.len()];
        // A few cannot stay for the whole session.
        let available: Option<Vec<i64>> = (n % 4 == 3).then(|| vec![0, 1, 2]);
        let participant = crate::ops::b2b::save_profile(
            conn,
            &registration.manage_token,
            Some(offers),
            Some(seeks),
            available.as_deref(),
            now,
        )?;
        tokens.push(registration.manage_token.clone());
        profiles.push((participant.profile.id, registration.country.clone()));
    }
    let count = profiles.len();
    for from in 0..count {
        for step in [1, 3, 5] {
            let to = (from + step) % count;
            if profiles[from].1 == profiles[to].1 {
                continue;
            }
            let Ok(request) = crate::ops::b2b::send_request(
                conn,
                composer,
                &tokens[from],
                profiles[to].0,
                Some("Shall we meet at the forum?"),
                now,
            ) else {
                continue;
            };
            // Two in three are accepted; the rest wait for an answer.
            if (from + step) % 3 != 0 {
                crate::ops::b2b::answer(conn, composer, &tokens[to], request.id, true, now)?;
            }
        }
    }
    Ok(())
}

/// What the demo's participants offer and seek at the B2B meetings.
const PROFILES: [(&str, &str); 6] = [
    (
        "Cold-chain logistics for small producers",
        "Producers who want to reach city markets",
    ),
    (
        "Traceability labels with QR codes",
        "Partners to pilot a shared label",
    ),
    (
        "Cheese ageing know-how and cellars",
        "Buyers and distributors abroad",
    ),
    (
        "Regional development funding advice",
        "Companies for a joint Interreg project",
    ),
    (
        "Food testing laboratory services",
        "Producers who need certification",
    ),
    (
        "Farm tourism and tasting events",
        "Wineries and dairies for packages",
    ),
];

fn add_minutes(
    conn: &mut DbConnection,
    admin: &StaffUser,
    event: i64,
    title: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let minutes: MaterialInput = serde_json::from_value(json!({
        "title": format!("Minutes: {title}"), "kind": "minutes", "language": "en", "visibility": "participants"
    }))
    .map_err(|e| AppError::internal(anyhow::anyhow!("demo minutes: {e}")))?;
    let upload = Upload {
        name: "minutes.pdf".into(),
        bytes: MINUTES_PDF.to_vec(),
    };
    let minutes = minutes.parse(true).map_err(invalid)?;
    crate::ops::materials::add(
        conn,
        admin,
        &Owner::Event(event),
        minutes,
        Some(upload),
        now,
    )?;
    let slides: MaterialInput = serde_json::from_value(json!({
        "title": "Recording of the round table", "kind": "video", "visibility": "public",
        "url": "https://www.youtube.com/results?search_query=interreg+cluster+cooperation"
    }))
    .map_err(|e| AppError::internal(anyhow::anyhow!("demo link: {e}")))?;
    let slides = slides.parse(false).map_err(invalid)?;
    crate::ops::materials::add(conn, admin, &Owner::Event(event), slides, None, now)?;
    Ok(())
}

fn seed_plan(
    conn: &mut DbConnection,
    admin: &StaffUser,
    group: &Group,
    events: &[i64],
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let (title, summary) = group.plan;
    let input = PlanInput {
        title: Some(title.into()),
        summary: Some(summary.into()),
    };
    crate::ops::plans::put(conn, admin, group.slug, input, now)?;
    let mut first = None;
    for (title, [target_events, participants, countries], linked) in group.actions {
        let input: ActionInput = serde_json::from_value(json!({
            "title": title,
            "status": if linked.is_empty() { "planned" } else { "in_progress" },
            "due": (now + Duration::days(300)).date_naive().to_string(),
            "owners": [{"organisation": PEOPLE[0].2, "country": "IT"}, {"organisation": PEOPLE[2].2, "country": "SI"}],
            "targets": {"events": target_events, "participants": participants, "countries": countries},
            "events": linked.iter().map(|i| events[*i]).collect::<Vec<_>>(),
        }))
        .map_err(|e| AppError::internal(anyhow::anyhow!("demo action: {e}")))?;
        let added = crate::ops::key_actions::add_action(conn, admin, group.slug, input, now)?;
        first.get_or_insert(added.row.id);
    }
    // A sub-action with progress set by hand, and its reason.
    let sub: ActionInput = serde_json::from_value(json!({
        "title": "Agreement with two logistics partners", "parent_id": first,
        "status": "done", "progress": {"value": 1.0, "reason": "Both agreements signed at the second forum."}
    }))
    .map_err(|e| AppError::internal(anyhow::anyhow!("demo sub-action: {e}")))?;
    crate::ops::key_actions::add_action(conn, admin, group.slug, sub, now)?;
    crate::ops::plan_document::adopt(conn, admin, group.slug, now)?;
    Ok(())
}
