//! The reports page as a coordinator uses it: the figures of a period with its
//! charts, the participations behind a country, the downloads, a report frozen,
//! and the reporting periods an admin sets.

use crate::helpers::{spawn_app, Backend, TestApp};
use crate::reports::{day, scenario};
use crate::schedule_pages::sign_in_with;

fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
}

async fn text(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = client.get(app.url(path)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn a_coordinator_reports_a_period_on_the_pages(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_token().await;
    let query = scenario(&app, &admin).await;
    app.coordinator_token("agri@example.org", &["agrifood"])
        .await;
    let client = browser();
    let csrf = sign_in_with(&app, &client, "agri@example.org", "coordinator password").await;

    let (status, dashboard) = text(&app, &client, "/staff").await;
    assert_eq!(status, 200);
    assert!(dashboard.contains("href=\"/staff/reports\""));

    let (status, page) = text(&app, &client, &format!("/staff/reports?{query}")).await;
    assert_eq!(status, 200, "{page}");
    for expected in [
        "Programme indicators",
        "RCO81",
        "<svg class=\"chart\"",
        "Participations by country",
        "Participations per month",
        "4 new, 1 returning",
        "name=\"csrf_token\"",
    ] {
        assert!(page.contains(expected), "{expected}:\n{page}");
    }
    // The Italian count links to the participations behind it.
    let italy = format!("/staff/reports/participations?{query}&country=IT");
    let link = italy.replace('&', "&amp;");
    assert!(page.contains(&link), "{link}");
    let (status, rows) = text(&app, &client, &italy).await;
    assert_eq!(status, 200);
    assert_eq!(rows.matches("<tr><td data-label").count(), 5, "{rows}");
    assert!(rows.contains("Person p1@agro.it") && !rows.contains("p3@pannon.hu"));
    let (_, no_shows) = text(
        &app,
        &client,
        &format!("/staff/reports/participations?{query}&show=no_shows"),
    )
    .await;
    assert!(no_shows.contains("Person p5@unimi.it") && no_shows.contains("did not come"));

    let xlsx = client
        .get(app.url(&format!("/staff/reports/participation.xlsx?{query}")))
        .send()
        .await
        .unwrap();
    assert_eq!(xlsx.status(), 200);
    assert!(xlsx.headers()["content-type"]
        .to_str()
        .unwrap()
        .contains("spreadsheetml"));

    // Another group's figures are not theirs.
    let ict = format!("/staff/reports?from={}&to={}&group=ict", day(-40), day(0));
    assert_eq!(text(&app, &client, &ict).await.0, 403);
    // A bad period is said on the page, in the reader's words.
    let (status, bad) = text(
        &app,
        &client,
        "/staff/reports?from=2027-02-01&to=2027-01-01",
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        bad.contains("must not be before from") || bad.contains("first day"),
        "{bad}"
    );

    let frozen = client
        .post(app.url("/staff/reports/snapshots"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("from", &day(-40)),
            ("to", &day(0)),
            ("group", "agrifood"),
            ("label", "Period 3 report"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(frozen.status(), 303);
    let location = frozen.headers()["location"].to_str().unwrap().to_owned();
    let (status, snapshot) = text(&app, &client, &location).await;
    assert_eq!(status, 200);
    assert!(snapshot.contains("Period 3 report") && snapshot.contains("do not change"));
    let (_, listed) = text(&app, &client, "/staff/reports").await;
    assert!(listed.contains(&format!("href=\"{location}\"")));
    // The frozen figures download as they were frozen.
    let frozen = client
        .get(app.url(&format!("{location}.xlsx")))
        .send()
        .await
        .unwrap();
    assert_eq!(frozen.status(), 200);
    let bytes = frozen.bytes().await.unwrap().to_vec();
    use calamine::Reader;
    let mut workbook: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        workbook.sheet_names(),
        ["Summary", "By country", "By kind of organisation"]
    );
    let summary = workbook.worksheet_range("Summary").unwrap();
    let participations = summary
        .rows()
        .find(|row| row[0] == "participations")
        .map(|row| row[1].to_string());
    assert_eq!(participations.as_deref(), Some("7"));
}

async fn an_admin_sets_the_reporting_periods(backend: Backend) {
    let app = spawn_app(backend).await;
    let client = browser();
    let csrf = sign_in_with(
        &app,
        &client,
        crate::helpers::ADMIN_EMAIL,
        crate::helpers::ADMIN_PASSWORD,
    )
    .await;
    let added = client
        .post(app.url("/staff/reports/periods"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("label", "Period 1"),
            ("from", "2026-01-01"),
            ("to", "2026-06-30"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(added.status(), 303);
    // The latest period that has begun is shown when none is asked for.
    let (_, page) = text(&app, &client, "/staff/reports").await;
    assert!(
        page.contains("aria-current=\"true\">Period 1</a>"),
        "{page}"
    );
    assert!(page.contains("2026-01-01 to 2026-06-30"));
    let twice = client
        .post(app.url("/staff/reports/periods"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("label", "Period 1"),
            ("from", "2026-07-01"),
            ("to", "2026-12-31"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(twice.status(), 422);
}

/// The id in the first link to an organisation's page named `name`.
fn organisation_link(page: &str, name: &str) -> String {
    let end = page
        .find(&format!("\">{name}</a>"))
        .unwrap_or_else(|| panic!("{name}:\n{page}"));
    let start = page[..end].rfind("/staff/organisations/").unwrap();
    page[start..end].to_owned()
}

async fn a_coordinator_merges_two_spellings_on_the_organisations_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_token().await;
    scenario(&app, &admin).await;
    app.coordinator_token("agri@example.org", &["agrifood"])
        .await;
    let client = browser();
    let csrf = sign_in_with(&app, &client, "agri@example.org", "coordinator password").await;
    let (_, dashboard) = text(&app, &client, "/staff").await;
    assert!(dashboard.contains("href=\"/staff/organisations\""));

    let (status, all) = text(&app, &client, "/staff/organisations").await;
    assert_eq!(status, 200);
    assert!(
        all.contains("Pannon Cluster") && all.contains("Bio Coop"),
        "{all}"
    );
    let (_, found) = text(&app, &client, "/staff/organisations?q=cooperativa").await;
    assert!(!found.contains("Bio Coop"), "{found}");
    let coop = organisation_link(&found, "Cooperativa Bio");
    let bio = organisation_link(&all, "Bio Coop");

    let (status, page) = text(&app, &client, &coop).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("/registrations\">"),
        "its registrations: {page}"
    );
    assert!(page.contains("attended"), "{page}");
    // It can be merged into another organisation of its country only.
    let bio_id = bio.rsplit('/').next().unwrap();
    assert!(page.contains(&format!("<option value=\"{bio_id}\">Bio Coop</option>")));
    assert!(!page.contains(">Pannon Cluster"), "{page}");

    let merged = client
        .post(app.url(&format!("{coop}/merge")))
        .form(&[("csrf_token", csrf.as_str()), ("into", bio_id)])
        .send()
        .await
        .unwrap();
    assert_eq!(merged.status(), 303);
    assert_eq!(merged.headers()["location"], bio.as_str());
    let (_, page) = text(&app, &client, &bio).await;
    assert!(
        page.contains("Also spelled") && page.contains("Cooperativa Bio"),
        "{page}"
    );
    // The alias is gone from the list, and found under the one it became.
    let (_, found) = text(&app, &client, "/staff/organisations?q=cooperativa").await;
    assert!(found.contains(">Bio Coop</a>"), "{found}");
    assert_eq!(text(&app, &client, &coop).await.0, 404);
    // A form without its token is refused.
    let forged = client
        .post(app.url(&format!("{bio}/merge")))
        .form(&[("into", "1")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
}

on_both_backends!(
    a_coordinator_merges_two_spellings_on_the_organisations_page,
    a_coordinator_reports_a_period_on_the_pages,
    an_admin_sets_the_reporting_periods,
);
