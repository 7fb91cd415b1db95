//! Organisations and the participation report (CONTRACT.md, "Organisations and
//! reports"): every figure against data built for it, on both backends.

use serde_json::{json, Value};

use crate::helpers::{assert_error, event_body, spawn_app, Backend, TestApp};

/// A person at a held event: email, organisation, country, kind, attendance.
type Person<'a> = (&'a str, &'a str, &'a str, Option<&'a str>, Option<&'a str>);

/// An event of `group` held `days_ago` days ago (`kind`, `audience`), with each
/// person registered and marked as given.
pub async fn held(
    app: &TestApp,
    token: &str,
    group: &str,
    (kind, audience): (&str, &str),
    days_ago: i64,
    people: &[Person<'_>],
) -> i64 {
    let mut body = event_body(group, 1, &format!("{kind} {audience} {days_ago} days ago"));
    body["kind"] = json!(kind);
    body["audience"] = json!(audience);
    let event = app.published_event(token, &body).await;
    for (email, organisation, country, organisation_kind, _) in people {
        let mut person = json!({"name": format!("Person {email}"), "email": email,
            "organisation": organisation, "country": country});
        if let Some(k) = organisation_kind {
            person["organisation_kind"] = json!(k);
        }
        let answer = app.registered(event, &person).await;
        assert_eq!(answer["status"], "confirmed", "{answer}");
    }
    app.move_event_back(event, days_ago + 1).await;
    let path = format!("/api/v1/events/{event}/registrations");
    let registrations: Vec<Value> = app.get_as(&path, token).await.json().await.unwrap();
    for registration in registrations {
        let email = registration["email"].as_str().unwrap();
        let mark = people.iter().find(|p| p.0 == email).and_then(|p| p.4);
        let Some(mark) = mark else { continue };
        let id = registration["id"].as_i64().unwrap();
        let marked = app
            .client
            .put(app.url(&format!("{path}/{id}/attendance")))
            .bearer_auth(token)
            .json(&json!({"attendance": mark}))
            .send()
            .await
            .unwrap();
        assert_eq!(marked.status(), 200);
    }
    event
}

pub fn day(days_from_now: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::days(days_from_now))
        .date_naive()
        .to_string()
}

const A: Option<&str> = Some("attended");
const ABSENT: Option<&str> = Some("no_show");

/// The agrifood group's data of the tests: two events held in the period (a
/// closed forum across three countries, a public visit with Italians only), an
/// internal meeting that must not count, a forum before the period, and a plan
/// adopted with owners from two countries.
pub async fn scenario(app: &TestApp, token: &str) -> String {
    held(
        app,
        token,
        "agrifood",
        ("exchange_forum", "closed"),
        20,
        &[
            ("p1@agro.it", "Agro Srl", "IT", Some("company"), A),
            ("p2@agro.it", "agro  srl.", "IT", Some("company"), A),
            (
                "p3@pannon.hu",
                "Pannon Cluster Ltd.",
                "HU",
                Some("cluster"),
                A,
            ),
            (
                "p4@pannon.at",
                "Pannon Cluster Ltd",
                "AT",
                Some("cluster"),
                A,
            ),
            ("p5@unimi.it", "Milano Uni", "IT", Some("research"), ABSENT),
        ],
    )
    .await;
    held(
        app,
        token,
        "agrifood",
        ("study_visit", "public"),
        10,
        &[
            ("p1@agro.it", "AGRO SRL", "IT", Some("company"), A),
            ("p6@bio.it", "Bio Coop", "IT", None, A),
            ("p8@coop.it", "Cooperativa Bio", "IT", None, A),
        ],
    )
    .await;
    held(
        app,
        token,
        "agrifood",
        ("exchange_forum", "internal"),
        15,
        &[("p7@fr.fr", "Pôle Agri", "FR", Some("cluster"), A)],
    )
    .await;
    held(
        app,
        token,
        "agrifood",
        ("exchange_forum", "closed"),
        80,
        &[(
            "p3@pannon.hu",
            "pannon cluster ltd",
            "HU",
            Some("cluster"),
            A,
        )],
    )
    .await;
    // Another group's forum in the period: not in agrifood's report.
    held(
        app,
        token,
        "ict",
        ("exchange_forum", "closed"),
        5,
        &[("x@ict.es", "ICT SL", "ES", None, A)],
    )
    .await;
    let plan = app
        .client
        .put(app.url("/api/v1/groups/agrifood/plan"))
        .bearer_auth(token)
        .json(&json!({"title": "Agrifood meta-district"}))
        .send()
        .await
        .unwrap();
    assert_eq!(plan.status(), 200);
    let action = json!({"title": "Joint pilot", "owners": [
        {"organisation": "Agro Srl", "country": "IT"},
        {"organisation": "Pannon Cluster Ltd.", "country": "HU"}]});
    let answer = app
        .post_json("/api/v1/groups/agrifood/plan/actions", &action, Some(token))
        .await;
    assert_eq!(answer.status(), 201);
    let adopt = app
        .post_empty("/api/v1/groups/agrifood/plan/adopt", Some(token))
        .await;
    assert_eq!(adopt.status(), 200);
    format!("from={}&to={}&group=agrifood", day(-40), day(0))
}

async fn report_of(app: &TestApp, token: &str, query: &str) -> Value {
    let response = app
        .get_as(&format!("/api/v1/reports/participation?{query}"), token)
        .await;
    let status = response.status();
    let body: Value = response.json().await.unwrap();
    assert_eq!(status, 200, "{body}");
    body
}

async fn organisations(app: &TestApp, token: &str, q: &str) -> Vec<Value> {
    let response = app
        .get_as(&format!("/api/v1/organisations?q={q}"), token)
        .await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn every_figure_of_the_contract(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let query = scenario(&app, &token).await;

    // Spellings folded: one Agro in Italy; Pannon in Hungary and Austria are two.
    let agro = organisations(&app, &token, "agro").await;
    assert_eq!(agro.len(), 1, "{agro:?}");
    assert_eq!(agro[0]["country"], "IT");
    assert_eq!(agro[0]["participations"], 3);
    assert_eq!(agro[0]["kind"], "company");
    let pannon = organisations(&app, &token, "PANNON-cluster").await;
    assert_eq!(pannon.len(), 2, "{pannon:?}");

    // Before merging, Bio Coop and Cooperativa Bio are two organisations.
    let before = report_of(&app, &token, &query).await;
    assert_eq!(before["organisations"], 5, "{before}");

    let bio = organisations(&app, &token, "biocoop").await;
    let coop = organisations(&app, &token, "cooperativa").await;
    let merge = format!("/api/v1/organisations/{}/merge", coop[0]["id"]);
    let merged = app
        .post_json(&merge, &json!({"into": bio[0]["id"]}), Some(&token))
        .await;
    assert_eq!(merged.status(), 200);
    let merged: Value = merged.json().await.unwrap();
    assert_eq!(merged["aliases"], json!(["Cooperativa Bio"]));
    assert_eq!(merged["participations"], 2);
    // The alias is matched from now on, and found by its own spelling.
    assert_eq!(
        organisations(&app, &token, "cooperativa").await[0]["id"],
        bio[0]["id"]
    );

    let figures = report_of(&app, &token, &query).await;
    assert_eq!(figures["groups"], json!(["agrifood"]));
    assert_eq!(
        figures["events"],
        json!({"held": 2, "exchange_forum": 1, "study_visit": 1, "closed": 1, "public": 1})
    );
    assert_eq!(figures["registrations"], 8, "{figures}");
    assert_eq!(figures["participations"], 7);
    assert_eq!(figures["no_shows"], 1);
    assert_eq!(figures["people"], 6);
    assert_eq!(figures["organisations"], 4);
    assert_eq!(figures["countries"], 3);
    assert_eq!(
        figures["by_country"],
        json!([
            {"country": "IT", "participations": 5, "people": 4, "organisations": 2,
             "b2b_meetings": 0, "b2b_agreements": 0},
            {"country": "AT", "participations": 1, "people": 1, "organisations": 1,
             "b2b_meetings": 0, "b2b_agreements": 0},
            {"country": "HU", "participations": 1, "people": 1, "organisations": 1,
             "b2b_meetings": 0, "b2b_agreements": 0},
        ])
    );
    assert_eq!(
        figures["by_organisation_kind"],
        json!([
            {"kind": "company", "participations": 3, "organisations": 1},
            {"kind": null, "participations": 2, "organisations": 1},
            {"kind": "cluster", "participations": 2, "organisations": 2},
        ])
    );
    // The visit had Italians only: its organisations did not cooperate across borders.
    assert_eq!(figures["cross_border_organisations"], 3);
    // Pannon (HU) came to a forum before the period.
    assert_eq!(figures["new_organisations"], 3);
    assert_eq!(figures["returning_organisations"], 1);
    assert_eq!(
        figures["indicators"],
        json!({"RCO81": 4, "RCO115": 1, "RCO87": 3, "RCO83": 1})
    );

    // Without a group: every group the caller may see (here both).
    let all = format!("from={}&to={}", day(-40), day(0));
    let everything = report_of(&app, &token, &all).await;
    assert_eq!(everything["events"]["held"], 3);
    assert_eq!(everything["countries"], 4);
}

async fn the_csv_and_the_workbook_hold_the_rows_behind_the_figures(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let query = scenario(&app, &token).await;
    let response = app
        .get_as(
            &format!("/api/v1/reports/participation.csv?{query}"),
            &token,
        )
        .await;
    assert_eq!(response.status(), 200);
    let text = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "event_id");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(
        rows.len(),
        8,
        "the confirmed registrations of the two events"
    );
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let attended = rows
        .iter()
        .filter(|r| &r[column("attendance")] == "attended")
        .count();
    assert_eq!(attended, 7);
    assert!(rows.iter().all(|r| &r[column("email")] != "p7@fr.fr"));
    let agro: Vec<&csv::StringRecord> = rows
        .iter()
        .filter(|r| &r[column("organisation_record")] == "Agro Srl")
        .collect();
    assert_eq!(agro.len(), 3, "three spellings, one organisation");

    let response = app
        .get_as(
            &format!("/api/v1/reports/participation.xlsx?{query}"),
            &token,
        )
        .await;
    assert_eq!(response.status(), 200);
    let bytes = response.bytes().await.unwrap().to_vec();
    use calamine::Reader;
    let mut workbook: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let names = workbook.sheet_names();
    assert_eq!(
        names,
        [
            "Summary",
            "By country",
            "By kind of organisation",
            "Events",
            "Participations"
        ]
    );
    let countries = workbook.worksheet_range("By country").unwrap();
    assert_eq!(countries.get((1, 0)).unwrap().to_string(), "IT");
    assert_eq!(countries.get((1, 1)).unwrap().to_string(), "5");
    let rows = workbook.worksheet_range("Participations").unwrap();
    assert_eq!(rows.height(), 9, "a header and the eight rows");

    // Both downloads name people: each is in the audit log.
    let log: Value = app
        .get_as("/api/v1/audit", &token)
        .await
        .json()
        .await
        .unwrap();
    let exports = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "export")
        .count();
    assert_eq!(exports, 2, "{log}");
}

async fn a_snapshot_stays_as_it_was_after_an_erasure(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let query = scenario(&app, &token).await;
    let live = report_of(&app, &token, &query).await;
    let body = json!({"from": day(-40), "to": day(0), "group": ["agrifood"],
        "label": "Period 3 report"});
    let created = app
        .post_json("/api/v1/reports/snapshots", &body, Some(&token))
        .await;
    assert_eq!(created.status(), 201);
    let created: Value = created.json().await.unwrap();
    assert_eq!(created["label"], "Period 3 report");
    assert_eq!(created["report"], live);

    // p2 attended the forum; erasing them keeps the participation without a name.
    let erased = app
        .post_json(
            "/api/v1/people/erase",
            &json!({"email": "p2@agro.it"}),
            Some(&token),
        )
        .await;
    assert_eq!(erased.status(), 200);
    // Someone marked later changes the live figures, never the snapshot.
    held(
        &app,
        &token,
        "agrifood",
        ("exchange_forum", "closed"),
        3,
        &[("late@x.si", "Late d.o.o.", "SI", None, A)],
    )
    .await;

    let path = format!("/api/v1/reports/snapshots/{}", created["id"]);
    let frozen: Value = app.get_as(&path, &token).await.json().await.unwrap();
    assert_eq!(frozen, created);
    let now = report_of(&app, &token, &query).await;
    assert_eq!(now["participations"], 8);
    assert_eq!(
        now["people"], 7,
        "the erased participation still counts as one person"
    );
    assert_eq!(now["by_country"][0]["participations"], 5);

    let text = app
        .get_as(
            &format!("/api/v1/reports/participation.csv?{query}"),
            &token,
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(!text.contains("p2@agro.it") && !text.contains("Person p2"));
    assert!(
        text.contains(",,,agro  srl.,"),
        "kept without name or email:\n{text}"
    );
    let log: Value = app
        .get_as("/api/v1/audit", &token)
        .await
        .json()
        .await
        .unwrap();
    assert!(log
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["action"] == "report.snapshot"));
}

async fn coordinators_report_on_their_groups_only(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_token().await;
    let query = scenario(&app, &admin).await;
    let ict = app
        .coordinator_token("ict@clustercord.test", &["ict"])
        .await;
    let refused = app
        .get_as(&format!("/api/v1/reports/participation?{query}"), &ict)
        .await;
    assert_error(refused, 403, "forbidden").await;
    let own = report_of(&app, &ict, &format!("from={}&to={}", day(-40), day(0))).await;
    assert_eq!(own["groups"], json!(["ict"]));
    assert_eq!(own["participations"], 1);
    // Their snapshots are theirs; the admin's of agrifood is not found for them.
    let body = json!({"from": day(-40), "to": day(0), "group": ["agrifood"], "label": "P3"});
    let created: Value = app
        .post_json("/api/v1/reports/snapshots", &body, Some(&admin))
        .await
        .json()
        .await
        .unwrap();
    let path = format!("/api/v1/reports/snapshots/{}", created["id"]);
    assert_error(app.get_as(&path, &ict).await, 404, "not_found").await;
}

async fn a_bad_period_is_a_clear_error(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    for (query, field) in [
        ("to=2027-01-01", "from"),
        ("from=2027-02-01&to=2027-01-01", "to"),
        ("from=yesterday&to=2027-01-01", "from"),
        ("from=2027-01-01&to=2027-02-01&group=NOPE!", "group"),
    ] {
        let response = app
            .get_as(&format!("/api/v1/reports/participation?{query}"), &token)
            .await;
        let body = assert_error(response, 422, "invalid_input").await;
        assert!(
            body["error"]["fields"][field].is_string(),
            "{query}: {body}"
        );
    }
    let unknown = app
        .get_as(
            "/api/v1/reports/participation?from=2027-01-01&to=2027-02-01&group=nothing-here",
            &token,
        )
        .await;
    assert_error(unknown, 404, "not_found").await;
    let merge_self = app
        .post_json(
            "/api/v1/organisations/1/merge",
            &json!({"into": 1}),
            Some(&token),
        )
        .await;
    assert_error(merge_self, 404, "not_found").await;
}

async fn the_evidence_pack_holds_what_an_auditor_asks_for(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let query = scenario(&app, &token).await;
    let visit = held(
        &app,
        &token,
        "agrifood",
        ("study_visit", "closed"),
        2,
        &[
            ("v1@farm.si", "Kmetija/Novak", "SI", None, A),
            ("v2@farm.hr", "OPG Horvat", "HR", None, ABSENT),
        ],
    )
    .await;
    let pdf = b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n";
    let uploaded = crate::materials::upload(
        &app,
        &format!("/api/v1/events/{visit}/materials"),
        &token,
        "signed sheet.pdf",
        pdf,
        &[
            ("title", "Signed sheet"),
            ("kind", "attendance_sheet"),
            ("visibility", "staff"),
        ],
    )
    .await;
    assert_eq!(uploaded.status(), 201);
    let response = app
        .get_as(&format!("/api/v1/reports/evidence.zip?{query}"), &token)
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/zip");
    let bytes = response.bytes().await.unwrap().to_vec();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut names: Vec<String> = zip.file_names().map(str::to_owned).collect();
    names.sort();
    let root = format!("evidence-{}-{}", day(-40), day(0));
    for file in [
        "README.txt",
        "summary.csv",
        "by-country.csv",
        "events.csv",
        "participations.csv",
    ] {
        assert!(
            names.contains(&format!("{root}/{file}")),
            "{file} in {names:?}"
        );
    }
    // Three events held (the internal one is not evidence), in date order.
    let folders: Vec<&String> = names
        .iter()
        .filter(|n| n.ends_with("/attendance.csv"))
        .collect();
    assert_eq!(folders.len(), 3, "{names:?}");
    assert!(
        folders[0].contains("/01 ") && folders[2].contains("/03 "),
        "{folders:?}"
    );
    let last = folders[2].trim_end_matches("attendance.csv").to_owned();
    let read = |zip: &mut zip::ZipArchive<std::io::Cursor<Vec<u8>>>, name: &str| {
        use std::io::Read;
        let mut file = zip
            .by_name(name)
            .unwrap_or_else(|_| panic!("{name} in {names:?}"));
        let mut out = Vec::new();
        file.read_to_end(&mut out).unwrap();
        out
    };
    let attendance = String::from_utf8(read(&mut zip, &format!("{last}attendance.csv"))).unwrap();
    assert!(
        attendance.contains("v1@farm.si") && attendance.contains("no_show"),
        "{attendance}"
    );
    let sheet = String::from_utf8(read(&mut zip, &format!("{last}attendance-sheet.html"))).unwrap();
    assert!(
        sheet.contains("Person v1@farm.si") && sheet.contains("<style>"),
        "{sheet}"
    );
    let agenda = String::from_utf8(read(&mut zip, &format!("{last}agenda.csv"))).unwrap();
    assert!(
        agenda.contains("Welcome") && agenda.contains("Round table"),
        "{agenda}"
    );
    let material = names
        .iter()
        .find(|n| n.starts_with(&format!("{last}materials/")))
        .expect("the uploaded sheet")
        .clone();
    assert!(material.ends_with("signed sheet.pdf"), "{material}");
    assert_eq!(read(&mut zip, &material), pdf);
    let summary = String::from_utf8(read(&mut zip, &format!("{root}/summary.csv"))).unwrap();
    assert!(summary.contains("events held,3"), "{summary}");
    let log: Value = app
        .get_as("/api/v1/audit", &token)
        .await
        .json()
        .await
        .unwrap();
    assert!(log
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["action"] == "export"
            && e["subject"].as_str().unwrap().starts_with("evidence pack")));
}

/// A project that starts mid-way records a forum held last month and imports
/// who came from a spreadsheet: rows become participations the report counts,
/// bad rows are reported by line, and no one is mailed.
async fn a_past_event_is_recorded_with_its_attendance(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let mut body = event_body("agrifood", -30, "Forum held before clustercord");
    body["capacity"] = json!(2);
    let event = app.published_event(&token, &body).await;
    let outbox_before = app.outbox_of_kind("registration_confirmed").await.len();
    let csv = "Name;Email;Organisation;Country;Kind;Attended\n\
        Ana Novak;ana@kmetija.si;Kmetija Novak;SI;company;yes\n\
        Ivo Horvat;ivo@opg.hr;OPG Horvat;HR;;no\n\
        Eva Kiss;eva@agro.hu;Agro Kft;HU;research;x\n\
        Bad Row;not-an-address;X;IT;;yes\n\
        Odd Mark;odd@x.it;X;IT;;maybe\n\
        Ana Again;ANA@kmetija.si;Kmetija Novak;SI;;yes\n";
    let path = format!("/api/v1/events/{event}/attendance/import");
    let response = app
        .client
        .post(app.url(&path))
        .bearer_auth(&token)
        .header("content-type", "text/csv")
        .body(csv)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let report: Value = response.json().await.unwrap();
    assert_eq!(status, 200, "{report}");
    assert_eq!(report["added"], 3, "{report}");
    assert_eq!(report["updated"], 0);
    let lines: Vec<i64> = report["refused"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["line"].as_i64().unwrap())
        .collect();
    assert_eq!(lines, [5, 6, 7], "{report}");
    // Importing again marks the same registrations (Ivo came after all).
    let again = app
        .client
        .post(app.url(&path))
        .bearer_auth(&token)
        .header("content-type", "text/csv")
        .body("name,email,country,attended\nIvo Horvat,ivo@opg.hr,HR,yes\n")
        .send()
        .await
        .unwrap();
    let again: Value = again.json().await.unwrap();
    assert_eq!(
        (again["added"].clone(), again["updated"].clone()),
        (json!(0), json!(1))
    );
    assert_eq!(
        app.outbox_of_kind("registration_confirmed").await.len(),
        outbox_before
    );
    let figures = report_of(
        &app,
        &token,
        &format!("from={}&to={}&group=agrifood", day(-40), day(0)),
    )
    .await;
    assert_eq!(figures["participations"], 3, "{figures}");
    assert_eq!(figures["countries"], 3);
    assert_eq!(figures["registrations"], 3);
    let kmetija = organisations(&app, &token, "kmetija").await;
    assert_eq!(kmetija.len(), 1);
    // An event still to come takes registrations, not an attendance import.
    let coming = app
        .published_event(&token, &event_body("agrifood", 10, "Forum to come"))
        .await;
    let refused = app
        .client
        .post(app.url(&format!("/api/v1/events/{coming}/attendance/import")))
        .bearer_auth(&token)
        .header("content-type", "text/csv")
        .body("name,email,country\nA,a@b.it,IT\n")
        .send()
        .await
        .unwrap();
    assert_error(refused, 409, "conflict").await;
}

/// Registrations and members held from before organisations were records are
/// linked to them at the first start after the upgrade (`startup::migrate`).
async fn rows_held_before_the_upgrade_are_linked_at_start(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    scenario(&app, &token).await;
    let member = json!({"name": "M", "email": "m@agro.it", "organisation": "Agro S.R.L.",
        "country": "IT"});
    let added = app
        .post_json("/api/v1/groups/agrifood/members", &member, Some(&token))
        .await;
    assert_eq!(added.status(), 201);
    let expected = organisations(&app, &token, "").await.len();
    app.execute(|conn| {
        use clustercord::db::schema::{members, organisations, registrations};
        use diesel::prelude::*;
        diesel::update(registrations::table)
            .set(registrations::organisation_id.eq(None::<i64>))
            .execute(conn)?;
        diesel::update(members::table)
            .set(members::organisation_id.eq(None::<i64>))
            .execute(conn)?;
        diesel::delete(organisations::table).execute(conn)
    })
    .await;
    assert!(organisations(&app, &token, "").await.is_empty());
    let db = app.state.db.clone();
    tokio::task::spawn_blocking(move || clustercord::startup::migrate(&db))
        .await
        .unwrap()
        .unwrap();
    let linked = organisations(&app, &token, "").await;
    assert_eq!(linked.len(), expected, "{linked:?}");
    let agro = organisations(&app, &token, "agro").await;
    assert_eq!(
        agro.len(),
        1,
        "the member's spelling folds to the same: {agro:?}"
    );
    let unlinked = app
        .query(|conn| {
            use clustercord::db::schema::{members, registrations};
            use diesel::prelude::*;
            let r: i64 = registrations::table
                .filter(registrations::organisation_id.is_null())
                .count()
                .get_result(conn)?;
            let m: i64 = members::table
                .filter(members::organisation_id.is_null())
                .count()
                .get_result(conn)?;
            Ok(r + m)
        })
        .await;
    assert_eq!(unlinked, 0);
}

on_both_backends!(
    a_past_event_is_recorded_with_its_attendance,
    the_evidence_pack_holds_what_an_auditor_asks_for,
    rows_held_before_the_upgrade_are_linked_at_start,
    every_figure_of_the_contract,
    the_csv_and_the_workbook_hold_the_rows_behind_the_figures,
    a_snapshot_stays_as_it_was_after_an_erasure,
    coordinators_report_on_their_groups_only,
    a_bad_period_is_a_clear_error,
);
