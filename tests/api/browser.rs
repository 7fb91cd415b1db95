//! The main flows in a real browser: headless Chromium from Debian driven over
//! WebDriver (chromedriver), with screenshots at phone and desktop widths kept in
//! `test-artifacts/browser/` and every page checked by axe-core.
//!
//! These tests need `/usr/bin/chromedriver` and axe-core from npm; `.ci/run`
//! installs both and runs them right after `cargo test`:
//! `AXE_CORE_JS=... cargo test --test api browser:: -- --ignored`.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

use crate::helpers::{free_port, spawn_app, Backend, TestApp};

const PHONE: (u32, u32) = (390, 844);
const DESKTOP: (u32, u32) = (1280, 900);

/// A chromedriver process and one headless Chromium session on it.
struct Browser {
    client: Client,
    driver: Child,
    artifacts: PathBuf,
    axe: String,
    /// Serious or critical accessibility violations, per page.
    violations: Vec<String>,
}

impl Browser {
    async fn start(name: &str) -> Browser {
        Browser::start_in(name, "en-GB").await
    }

    /// A browser whose interface and preferred language are `tag` ("de-DE").
    async fn start_in(name: &str, tag: &str) -> Browser {
        let axe_path = std::env::var("AXE_CORE_JS")
            .expect("AXE_CORE_JS names axe.min.js from npm's axe-core (.ci/run installs it)");
        let axe = std::fs::read_to_string(&axe_path).expect("axe-core's axe.min.js");
        let port = free_port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver (apt-get install chromium chromium-driver)");
        let profile = tempfile::tempdir().unwrap().keep();
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({"binary": "/usr/bin/chromium", "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", format!("--lang={tag}"),
                format!("--accept-lang={tag}"),
                format!("--user-data-dir={}", profile.display()),
            ], "prefs": {"intl.accept_languages": tag}}),
        );
        let url = format!("http://127.0.0.1:{port}");
        let mut attempt = 0;
        let client = loop {
            match ClientBuilder::native()
                .capabilities(capabilities.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(_) if attempt < 50 => {
                    attempt += 1;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(error) => panic!("no WebDriver session: {error}"),
            }
        };
        let artifacts = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("test-artifacts/browser")
            .join(name);
        std::fs::create_dir_all(&artifacts).unwrap();
        Browser {
            client,
            driver,
            artifacts,
            axe,
            violations: Vec::new(),
        }
    }

    async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("navigation");
    }

    async fn text(&self) -> String {
        self.client
            .find(Locator::Css("main"))
            .await
            .expect("a main element")
            .text()
            .await
            .unwrap()
    }

    async fn type_into(&self, id: &str, value: &str) {
        let field = self
            .client
            .find(Locator::Id(id))
            .await
            .unwrap_or_else(|e| panic!("field #{id}: {e}"));
        field.clear().await.unwrap();
        field.send_keys(value).await.unwrap();
    }

    /// Sets a field whose widget typing cannot fill the same way in every locale
    /// (datetime-local, select), as the user's choice would.
    async fn choose(&self, id: &str, value: &str) {
        self.client
            .execute(
                "const f = document.getElementById(arguments[0]); f.value = arguments[1];
                 f.dispatchEvent(new Event('change', {bubbles: true})); return f.value;",
                vec![json!(id), json!(value)],
            )
            .await
            .unwrap_or_else(|e| panic!("field #{id}: {e}"));
    }

    /// Ticks a checkbox (or picks a radio button) as a click would.
    async fn tick(&self, id: &str) {
        let field = self
            .client
            .find(Locator::Id(id))
            .await
            .unwrap_or_else(|e| panic!("field #{id}: {e}"));
        field.click().await.unwrap();
    }

    /// Clicks a form's button or a link and waits for the page it leads to: the old page's
    /// button goes stale, the new document finishes loading.
    async fn submit(&self, css: &str) {
        let button = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"));
        button.clone().click().await.unwrap();
        for _ in 0..200 {
            if button.tag_name().await.is_err() {
                let ready = self
                    .client
                    .execute("return document.readyState;", vec![])
                    .await
                    .unwrap_or_default();
                if ready == "complete" {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("{css}: no new page after 5 s");
    }

    /// At phone width, whether the page fits: nothing makes it scroll sideways.
    async fn fits_a_phone(&self) -> bool {
        self.client.set_window_size(PHONE.0, PHONE.1).await.unwrap();
        let wide = self
            .client
            .execute(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;",
                vec![],
            )
            .await
            .unwrap();
        wide == json!(false)
    }

    /// The checks every staff page passes at phone width: no sideways scrolling,
    /// axe-core, and screenshots at both widths.
    async fn fits_and_looks_right(&mut self, name: &str) {
        assert!(
            self.fits_a_phone().await,
            "{name} scrolls sideways at 390 px"
        );
        self.check_accessibility(name).await;
        self.screenshots(name, None).await;
    }

    async fn path(&self) -> String {
        let url = self.client.current_url().await.unwrap();
        match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        }
    }

    /// Screenshots of the current page at phone and desktop widths, scrolled to
    /// `anchor` when given.
    async fn screenshots(&self, name: &str, anchor: Option<&str>) {
        for (label, (width, height)) in [("phone", PHONE), ("desktop", DESKTOP)] {
            self.client.set_window_size(width, height).await.unwrap();
            if let Some(anchor) = anchor {
                self.client
                    .execute(
                        "document.getElementById(arguments[0]).scrollIntoView();",
                        vec![json!(anchor)],
                    )
                    .await
                    .unwrap();
            }
            let png = self.client.screenshot().await.unwrap();
            assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
            std::fs::write(self.artifacts.join(format!("{name}-{label}.png")), png).unwrap();
        }
        self.client
            .set_window_size(DESKTOP.0, DESKTOP.1)
            .await
            .unwrap();
    }

    /// Runs axe-core on the current page; keeps its report and notes serious
    /// and critical violations.
    async fn check_accessibility(&mut self, name: &str) {
        self.client
            .execute(&format!("{}\nreturn true;", self.axe), vec![])
            .await
            .expect("axe-core loads");
        let report = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {resultTypes: ['violations']})
                    .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,
                        help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))))
                    .catch(e => done({error: String(e)}));",
                vec![],
            )
            .await
            .expect("axe-core runs");
        assert!(report.get("error").is_none(), "axe on {name}: {report}");
        std::fs::write(
            self.artifacts.join(format!("{name}-axe.json")),
            serde_json::to_vec_pretty(&report).unwrap(),
        )
        .unwrap();
        for violation in report.as_array().unwrap() {
            if matches!(violation["impact"].as_str(), Some("serious" | "critical")) {
                self.violations.push(format!("{name}: {violation}"));
            }
        }
    }

    /// The checker itself: a page with an image without a text alternative must
    /// give a critical violation, or a clean report means nothing.
    async fn check_the_checker(&mut self) {
        self.client
            .execute(
                "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/static/favicon.svg\">');",
                vec![],
            )
            .await
            .unwrap();
        let before = self.violations.len();
        self.check_accessibility("self-check").await;
        let found: Vec<String> = self.violations.drain(before..).collect();
        assert!(
            found.iter().any(|v| v.contains("image-alt")),
            "axe-core did not see an image without alt: {found:?}"
        );
    }

    async fn finish(mut self) {
        assert!(
            self.violations.is_empty(),
            "serious accessibility violations:\n{}",
            self.violations.join("\n")
        );
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// A published ICT event `days` ahead with two people registered.
async fn event_with_two_registrants(app: &TestApp, token: &str, days: i64, title: &str) -> i64 {
    let body = crate::helpers::event_body("ict", days, title);
    let event = app.published_event(token, &body).await;
    for (name, email) in [
        ("Ana Novak", "ana@example.si"),
        ("Jan Horák", "jan@example.cz"),
    ] {
        let body =
            json!({"name": name, "email": email, "country": "SI", "organisation": "Cluster"});
        let path = format!("/api/v1/events/{event}/registrations");
        app.post_json(&path, &body, None).await;
    }
    event
}

fn future_day(days: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

/// Registers through the event page's form as a new visitor; returns the manage
/// page's path.
async fn register(browser: &Browser, app: &TestApp, event: i64, name: &str, email: &str) -> String {
    browser.client.delete_all_cookies().await.unwrap();
    browser.goto(&app.url(&format!("/events/{event}"))).await;
    browser.type_into("reg-name", name).await;
    browser.type_into("reg-email", email).await;
    browser.type_into("reg-organisation", "Cluster Org").await;
    browser.choose("reg-kind", "company").await;
    browser.type_into("reg-country", "SI").await;
    browser.choose("reg-language", "sl").await;
    browser.submit("#register form button[type=submit]").await;
    let path = browser.path().await;
    assert!(
        path.starts_with("/registrations/"),
        "{path}: {}",
        browser.text().await
    );
    path.split('?').next().unwrap().to_owned()
}

#[actix_web::test]
#[ignore = "needs Chromium, chromedriver and axe-core: .ci/run runs it"]
async fn a_study_visit_from_scheduling_to_a_promoted_waitlist_in_a_real_browser() {
    let app = spawn_app(Backend::Sqlite).await;
    app.coordinator_token("coord@example.org", &["ict"]).await;
    let mut browser = Browser::start("study-visit").await;

    // The coordinator signs in, schedules a study visit with one seat, publishes it.
    browser.goto(&app.url("/")).await;
    browser.check_accessibility("home").await;
    browser.goto(&app.url("/groups/ict")).await;
    browser.check_accessibility("group").await;
    browser.goto(&app.url("/calendar")).await;
    browser.check_accessibility("calendar").await;
    browser.goto(&app.url("/staff/login")).await;
    browser.check_accessibility("login").await;
    browser.type_into("email", "coord@example.org").await;
    browser.type_into("password", "coordinator password").await;
    browser.submit("main form button[type=submit]").await;
    assert_eq!(browser.path().await, "/staff", "{}", browser.text().await);
    browser.goto(&app.url("/staff/groups/ict/events/new")).await;
    browser.check_accessibility("event-form").await;
    browser.choose("kind", "study_visit").await;
    browser.type_into("title", "Smart grids study visit").await;
    browser
        .type_into("description", "Two substations and a control room.")
        .await;
    let day = future_day(30);
    browser.choose("starts_at", &format!("{day}T09:00")).await;
    browser.choose("ends_at", &format!("{day}T17:00")).await;
    browser.type_into("timezone", "Europe/Ljubljana").await;
    browser.type_into("venue_name", "Energy Hub").await;
    browser.type_into("venue_city", "Ljubljana").await;
    browser.type_into("venue_country", "SI").await;
    browser
        .type_into("host_organisation", "Slovenian Energy Cluster")
        .await;
    browser.type_into("capacity", "1").await;
    browser.submit("#save").await;
    let path = browser.path().await;
    assert!(
        path.starts_with("/staff/groups/ict?scheduled="),
        "{path}: {}",
        browser.text().await
    );
    let event: i64 = path.rsplit('=').next().unwrap().parse().unwrap();
    browser.check_accessibility("staff-group").await;
    browser
        .submit(&format!(
            "form[action='/staff/events/{event}/publish'] button"
        ))
        .await;
    assert!(
        browser.text().await.contains("published"),
        "{}",
        browser.text().await
    );

    // A visitor registers and gets the seat; the event page and its form are
    // photographed at both widths.
    browser.client.delete_all_cookies().await.unwrap();
    browser.goto(&app.url(&format!("/events/{event}"))).await;
    browser.check_accessibility("event").await;
    browser.screenshots("event-page", None).await;
    browser
        .screenshots("registration-form", Some("register"))
        .await;
    let first = register(&browser, &app, event, "Ana Novak", "ana@example.org").await;
    assert!(
        browser.text().await.contains("Confirmed"),
        "{}",
        browser.text().await
    );
    browser.check_accessibility("manage").await;
    browser.screenshots("manage-page", None).await;

    // A second visitor lands on the waiting list.
    let second = register(&browser, &app, event, "Bojan Kralj", "bojan@example.org").await;
    assert!(
        browser.text().await.contains("On the waiting list"),
        "{}",
        browser.text().await
    );

    // The first cancels from the manage link; the second is confirmed.
    browser.client.delete_all_cookies().await.unwrap();
    browser.goto(&app.url(&first)).await;
    browser.submit("form[action$='/cancel'] button").await;
    assert!(
        browser.text().await.contains("Cancelled"),
        "{}",
        browser.text().await
    );
    browser.goto(&app.url(&second)).await;
    let page = browser.text().await;
    assert!(
        page.contains("Confirmed") && page.contains("Bojan Kralj"),
        "{page}"
    );

    let statuses: Vec<String> = app
        .registration_statuses(event)
        .await
        .into_iter()
        .map(|(_, status)| status)
        .collect();
    assert_eq!(statuses, ["cancelled", "confirmed"]);
    // The switcher at the page's foot: the event page in German, remembered.
    browser.goto(&app.url(&format!("/events/{event}"))).await;
    browser.submit("a[hreflang='de']").await;
    assert_eq!(browser.path().await, format!("/events/{event}"));
    browser.goto(&app.url("/")).await;
    browser.goto(&app.url(&format!("/events/{event}"))).await;
    let page = browser.text().await;
    assert!(page.contains("Vollständiger Name"), "{page}");
    browser.check_accessibility("event-de").await;
    browser.screenshots("event-page-de", None).await;

    browser.check_the_checker().await;
    browser.finish().await;
}

#[actix_web::test]
#[ignore = "needs Chromium, chromedriver and axe-core: .ci/run runs it"]
async fn sign_out_ends_the_session_and_no_link_leads_off_the_site_in_a_real_browser() {
    use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD};
    let app = spawn_app(Backend::Sqlite).await;
    let browser = Browser::start("security").await;

    // Someone guesses the admin's password from another address...
    let guesser = reqwest::Client::builder()
        .local_address("127.0.0.2".parse::<std::net::IpAddr>().unwrap())
        .build()
        .unwrap();
    for _ in 0..8 {
        guesser
            .post(app.url("/api/v1/auth/tokens"))
            .json(&json!({"email": ADMIN_EMAIL, "password": "a wrong guess!!"}))
            .send()
            .await
            .unwrap();
    }
    // ...and the admin still signs in from theirs.
    browser.goto(&app.url("/staff/login")).await;
    browser.type_into("email", ADMIN_EMAIL).await;
    browser.type_into("password", ADMIN_PASSWORD).await;
    browser.submit("main form button[type=submit]").await;
    assert_eq!(browser.path().await, "/staff", "{}", browser.text().await);
    browser.goto(&app.url("/staff/mail")).await;
    assert_eq!(browser.path().await, "/staff/mail");
    let cookie = browser
        .client
        .get_named_cookie("clustercord_session")
        .await
        .expect("a session cookie")
        .into_owned();

    // Signing out in the browser; the cookie copied before, replayed in a browser
    // that has nothing else, gets the sign-in page.
    browser.submit("form[action='/staff/logout'] button").await;
    assert_eq!(browser.path().await, "/");
    browser.client.delete_all_cookies().await.unwrap();
    browser.client.add_cookie(cookie).await.unwrap();
    browser.goto(&app.url("/staff/mail")).await;
    assert!(
        browser.path().await.starts_with("/staff/login"),
        "{}",
        browser.path().await
    );

    // The probe's redirect: Chromium drops the tab and would have gone to
    // //evil.example; it stays on the site now.
    for next in ["/%09/evil.example", "/%0a/x", "//evil.example"] {
        browser
            .goto(&app.url(&format!("/language/de?next={next}")))
            .await;
        let url = browser.client.current_url().await.unwrap();
        assert_eq!(url.host_str(), Some("127.0.0.1"), "{next}: {url}");
        assert_eq!(url.path(), "/", "{next}: {url}");
    }
    browser.finish().await;
}

/// An admin invites a coordinator from the accounts page; the coordinator sets a
/// password from the mailed link and signs in; no command line on the way. The
/// accounts page and the password page pass axe-core, at phone and desktop widths.
#[actix_web::test]
#[ignore = "needs Chromium and chromedriver: cargo test --test api browser:: -- --ignored"]
async fn an_admin_invites_a_coordinator_who_sets_a_password_in_a_real_browser() {
    use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD};
    let app = spawn_app(Backend::Sqlite).await;
    let mut browser = Browser::start("accounts").await;
    browser.goto(&app.url("/staff/login")).await;
    browser.type_into("email", ADMIN_EMAIL).await;
    browser.type_into("password", ADMIN_PASSWORD).await;
    browser.submit("main form button[type=submit]").await;
    browser.submit("a[href='/staff/accounts']").await;
    assert_eq!(browser.path().await, "/staff/accounts");
    browser.check_accessibility("accounts").await;
    browser.type_into("a-email", "petra@rra-brno.cz").await;
    browser.type_into("a-name", "Petra Dvořáková").await;
    browser.tick("group-ict").await;
    browser.choose("a-language", "cs").await;
    browser
        .submit("form[action='/staff/accounts'] button[type=submit]")
        .await;
    assert_eq!(browser.path().await, "/staff/accounts?done=invited");
    let listed = browser.text().await;
    assert!(
        listed.contains("Petra Dvořáková") && listed.contains("invited, no password yet"),
        "{listed}"
    );
    browser.screenshots("accounts-page", None).await;

    // A staff table with its actions, at phone width as cards.
    let token = app.admin_token().await;
    let event = event_with_two_registrants(&app, &token, 12, "Data spaces forum").await;
    browser
        .goto(&app.url(&format!("/staff/events/{event}/registrations")))
        .await;
    browser.check_accessibility("staff-registrations").await;
    browser
        .screenshots("staff-registrations", Some("people-heading"))
        .await;
    // Inviting the whole group asks first, saying how many it reaches.
    let member =
        json!({"name": "Mia", "email": "mia@example.at", "country": "AT", "language": "de"});
    app.post_json("/api/v1/groups/ict/members", &member, Some(&token))
        .await;
    browser
        .goto(&app.url(&format!("/staff/events/{event}/invitations")))
        .await;
    browser
        .submit("form[action$='/invitations'] button[type=submit]")
        .await;
    let asked = browser.text().await;
    assert!(asked.contains("1 person will get an invitation"), "{asked}");
    browser.check_accessibility("invite-confirm").await;
    browser.screenshots("invite-confirm", None).await;
    browser
        .submit("form[action$='/invitations'] button[type=submit]")
        .await;
    assert!(
        browser.text().await.contains("1 invitation queued"),
        "{}",
        browser.text().await
    );

    // The dashboard shows that event with its seats.
    browser.goto(&app.url("/staff")).await;
    assert!(browser.text().await.contains("Data spaces forum"));
    browser.check_accessibility("dashboard").await;
    browser.screenshots("dashboard", None).await;
    browser
        .goto(&app.url(&format!("/staff/events/{event}/registrations")))
        .await;
    // At phone width nothing makes the page scroll sideways, also once the event
    // has begun and each row offers attendance (a select and a button).
    assert!(
        browser.fits_a_phone().await,
        "the page scrolls sideways at 390 px"
    );
    app.move_event_back(event, 13).await;
    browser
        .goto(&app.url(&format!("/staff/events/{event}/registrations")))
        .await;
    let offered = browser
        .client
        .find(Locator::Css("select[name=attendance]"))
        .await;
    assert!(offered.is_ok(), "no attendance select on the page");
    browser
        .fits_and_looks_right("staff-registrations-begun")
        .await;
    browser
        .goto(&app.url(&format!("/staff/events/{event}/attendance-sheet")))
        .await;
    browser.fits_and_looks_right("attendance-sheet").await;
    browser.goto(&app.url("/staff")).await;
    browser
        .client
        .set_window_size(DESKTOP.0, DESKTOP.1)
        .await
        .unwrap();

    // Petra opens the link from her mail in this browser, signed out.
    browser.submit("form[action='/staff/logout'] button").await;
    let mails = app.outbox_of_kind("staff_invitation").await;
    let body = &mails[0].body_text;
    assert!(
        mails[0].subject.contains("nastavte si heslo"),
        "{}",
        mails[0].subject
    );
    let at = body.find("/staff/password/").unwrap();
    let link: String = body[at..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    browser.goto(&app.url(&link)).await;
    browser.check_accessibility("set-password").await;
    browser.screenshots("set-password", None).await;
    browser
        .type_into("password", "a long password for Brno")
        .await;
    browser
        .type_into("password_again", "a long password for Brno")
        .await;
    browser.submit("main form button[type=submit]").await;
    assert_eq!(browser.path().await, "/staff/login?welcome=1");
    browser.type_into("email", "petra@rra-brno.cz").await;
    browser
        .type_into("password", "a long password for Brno")
        .await;
    browser.submit("main form button[type=submit]").await;
    assert_eq!(browser.path().await, "/staff");
    assert!(browser.text().await.contains("Petra Dvořáková"));
    browser.finish().await;
}

#[actix_web::test]
#[ignore = "needs Chromium, chromedriver and axe-core: .ci/run runs it"]
async fn a_coordinator_works_in_german_on_a_phone_in_a_real_browser() {
    let app = spawn_app(Backend::Sqlite).await;
    app.coordinator_token("lena@ecoplus.at", &["ict"]).await;
    let token = app.admin_token().await;
    let event = event_with_two_registrants(&app, &token, 9, "Digital twins forum").await;
    let member =
        json!({"name": "Mia", "email": "mia@example.at", "country": "AT", "language": "de"});
    app.post_json("/api/v1/groups/ict/members", &member, Some(&token))
        .await;
    let mut browser = Browser::start_in("staff-de", "de-DE").await;
    assert!(browser.fits_a_phone().await);

    // The browser asks for German: the sign-in page and the dashboard speak it.
    browser.goto(&app.url("/staff/login")).await;
    assert!(
        browser.text().await.contains("Anmeldung für Mitarbeitende"),
        "{}",
        browser.text().await
    );
    browser.type_into("email", "lena@ecoplus.at").await;
    browser.type_into("password", "coordinator password").await;
    browser.submit("main form button[type=submit]").await;
    assert_eq!(browser.path().await, "/staff");
    let board = browser.text().await;
    assert!(
        board.contains("Kommende Veranstaltungen") && board.contains("Digital twins forum"),
        "{board}"
    );
    browser.fits_and_looks_right("dashboard-de").await;

    // An agenda row outside the event's hours is marked where it is, in German.
    browser.goto(&app.url("/staff/groups/ict/events/new")).await;
    assert!(
        browser.fits_a_phone().await,
        "the event form scrolls sideways"
    );
    let day = future_day(45);
    browser.type_into("title", "Smart-Factory-Forum").await;
    browser.choose("starts_at", &format!("{day}T09:00")).await;
    browser.choose("ends_at", &format!("{day}T13:00")).await;
    browser.type_into("timezone", "Europe/Vienna").await;
    browser.type_into("venue_city", "Linz").await;
    browser.type_into("venue_country", "AT").await;
    browser
        .choose("agenda-0-starts_at", &format!("{day}T14:00"))
        .await;
    browser
        .choose("agenda-0-ends_at", &format!("{day}T15:00"))
        .await;
    browser.type_into("agenda-0-title", "Rundgang").await;
    browser.submit("#save").await;
    let refused = browser.text().await;
    assert!(
        refused.contains("Bitte korrigieren Sie die markierten Felder (1).")
            && refused
                .contains("Diese Zeile muss zwischen Beginn und Ende der Veranstaltung liegen"),
        "{refused}"
    );
    let marked = browser
        .client
        .find(Locator::Id("agenda-0-starts_at"))
        .await
        .unwrap()
        .attr("aria-invalid")
        .await
        .unwrap();
    assert_eq!(marked.as_deref(), Some("true"));
    // At 1280 px the row's fields sit side by side without covering each other.
    browser
        .client
        .set_window_size(DESKTOP.0, DESKTOP.1)
        .await
        .unwrap();
    let overlaps = browser
        .client
        .execute(
            "const r = id => document.getElementById(id).getBoundingClientRect();
             const [a, b, c] = ['agenda-0-starts_at', 'agenda-0-ends_at', 'agenda-0-title'].map(r);
             return a.right > b.left + 1 || (b.top === c.top && b.right > c.left + 1);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(overlaps, json!(false), "agenda fields overlap at 1280 px");
    browser.check_accessibility("agenda-error-de").await;
    browser
        .screenshots("agenda-error-de", Some("agenda-0-error"))
        .await;
    // Another row without saving; then the times are put right and it is saved.
    browser.submit("button[name=add_row]").await;
    assert!(browser
        .client
        .find(Locator::Id("agenda-3-title"))
        .await
        .is_ok());
    browser
        .choose("agenda-0-starts_at", &format!("{day}T10:00"))
        .await;
    browser
        .choose("agenda-0-ends_at", &format!("{day}T11:00"))
        .await;
    browser.submit("#save").await;
    assert!(
        browser
            .path()
            .await
            .starts_with("/staff/groups/ict?scheduled="),
        "{}",
        browser.text().await
    );
    assert!(browser.text().await.contains("als Entwurf gespeichert"));
    browser.fits_and_looks_right("staff-group-de").await;

    // Registrations and the mailing list, as cards on the phone.
    for (path, name) in [
        (
            format!("/staff/events/{event}/registrations"),
            "registrations-de",
        ),
        ("/staff/groups/ict/members".to_owned(), "members-de"),
    ] {
        browser.goto(&app.url(&path)).await;
        browser.fits_and_looks_right(name).await;
    }
    // Inviting the group asks first, in German, and says how many.
    browser
        .goto(&app.url(&format!("/staff/events/{event}/invitations")))
        .await;
    browser
        .submit("form[action$='/invitations'] button[type=submit]")
        .await;
    let asked = browser.text().await;
    assert!(
        asked.contains("1 Person erhält eine Einladung per E-Mail"),
        "{asked}"
    );
    browser.fits_and_looks_right("invite-confirm-de").await;
    browser.finish().await;
}

/// A coordinator uploads the minutes of a held forum from the materials page; the
/// public reads the group's plan, follows an action to its event, and a
/// participant opens the minutes from their manage link. Every page passes
/// axe-core and fits a phone.
#[actix_web::test]
#[ignore = "needs Chromium, chromedriver and axe-core: .ci/run runs it"]
async fn a_plan_and_its_minutes_in_a_real_browser() {
    use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD};
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    app.client
        .put(app.url("/api/v1/groups/agrifood/plan"))
        .bearer_auth(&token)
        .json(&json!({"title": "Agrifood meta-district", "summary": "Food that travels less."}))
        .send()
        .await
        .unwrap();
    let held = crate::plans::held_event(
        &app,
        &token,
        "agrifood",
        3,
        &[
            ("ana@example.si", "RRA Koroška", "SI"),
            ("jan@example.cz", "RRA Brno", "CZ"),
        ],
    )
    .await;
    let body = json!({"title": "Shared cold chain", "events": [held],
        "targets": {"events": 2, "countries": 3},
        "owners": [{"organisation": "Milano Metropoli", "country": "IT"}]});
    app.post_json("/api/v1/groups/agrifood/plan/actions", &body, Some(&token))
        .await;
    app.post_empty("/api/v1/groups/agrifood/plan/adopt", Some(&token))
        .await;

    let mut browser = Browser::start("plans").await;
    browser.goto(&app.url("/staff/login")).await;
    browser.type_into("email", ADMIN_EMAIL).await;
    browser.type_into("password", ADMIN_PASSWORD).await;
    browser.submit("main form button[type=submit]").await;
    browser
        .goto(&app.url(&format!("/staff/events/{held}/materials")))
        .await;
    let file = std::env::temp_dir().join(format!("minutes-{held}.pdf"));
    std::fs::write(&file, b"%PDF-1.4\n%%EOF\n").unwrap();
    browser.type_into("m-title", "Minutes of the forum").await;
    browser.choose("m-kind", "minutes").await;
    browser
        .client
        .find(Locator::Id("m-file"))
        .await
        .unwrap()
        .send_keys(file.to_str().unwrap())
        .await
        .unwrap();
    browser.submit("#m-save").await;
    assert!(
        browser.path().await.ends_with("?done=added"),
        "{}",
        browser.path().await
    );
    assert!(browser.text().await.contains("Minutes of the forum"));
    browser.fits_and_looks_right("staff-materials").await;
    browser.goto(&app.url("/staff/groups/agrifood/plan")).await;
    browser.fits_and_looks_right("plan-editor").await;
    browser.submit("a[href$='/edit'].button").await;
    browser.fits_and_looks_right("action-form").await;

    // The public: the plan, an action's event, the minutes through the manage link.
    browser.client.delete_all_cookies().await.unwrap();
    browser.goto(&app.url("/groups/agrifood/plan")).await;
    let plan = browser.text().await;
    assert!(
        plan.contains("Shared cold chain") && plan.contains("58 % achieved"),
        "{plan}"
    );
    browser.fits_and_looks_right("plan-page").await;
    browser.submit(&format!("a[href='/events/{held}']")).await;
    assert_eq!(browser.path().await, format!("/events/{held}"));
    browser.fits_and_looks_right("event-with-materials").await;
    let manage: String = app
        .query(move |conn| {
            use clustercord::db::schema::registrations;
            use diesel::prelude::*;
            registrations::table
                .filter(registrations::event_id.eq(held))
                .select(registrations::manage_token)
                .first(conn)
        })
        .await;
    browser
        .goto(&app.url(&format!("/registrations/{manage}")))
        .await;
    assert!(browser.text().await.contains("Minutes of the forum"));
    browser.fits_and_looks_right("manage-with-materials").await;
    browser.finish().await;
}

/// A coordinator's reports page: the figures of a period with its charts, the
/// participations behind a country, a report frozen, and the organisations, at
/// phone and desktop widths, axe-core clean.
#[actix_web::test]
#[ignore = "needs Chromium, chromedriver and axe-core: .ci/run runs it"]
async fn the_reports_page_in_a_real_browser() {
    use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD};
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let query = crate::reports::scenario(&app, &token).await;
    let mut browser = Browser::start("reports").await;
    browser.goto(&app.url("/staff/login")).await;
    browser.type_into("email", ADMIN_EMAIL).await;
    browser.type_into("password", ADMIN_PASSWORD).await;
    browser.submit("main form button[type=submit]").await;
    browser
        .goto(&app.url(&format!("/staff/reports?{query}")))
        .await;
    let page = browser.text().await;
    assert!(
        page.contains("RCO87") && page.contains("Participations by country"),
        "{page}"
    );
    browser.fits_and_looks_right("reports").await;
    browser
        .submit(&format!(
            "a[href='/staff/reports/participations?{}&country=IT']",
            query
        ))
        .await;
    assert!(browser.text().await.contains("Person p1@agro.it"));
    browser.fits_and_looks_right("report-rows").await;
    browser
        .goto(&app.url(&format!("/staff/reports?{query}")))
        .await;
    browser.type_into("s-label", "Period 3 report").await;
    browser
        .submit("form[action='/staff/reports/snapshots'] button")
        .await;
    assert!(browser
        .path()
        .await
        .starts_with("/staff/reports/snapshots/"));
    assert!(browser.text().await.contains("Period 3 report"));
    browser.fits_and_looks_right("report-snapshot").await;
    // The organisations: one found by a spelling merged or not, its page.
    browser.goto(&app.url("/staff/organisations?q=bio")).await;
    assert!(browser.text().await.contains("Cooperativa Bio"));
    browser.fits_and_looks_right("organisations").await;
    browser.submit("td a[href^='/staff/organisations/']").await;
    assert!(browser
        .text()
        .await
        .contains("Merge into another organisation"));
    browser.fits_and_looks_right("organisation").await;
    browser.finish().await;
}

/// B2B meetings at a forum, from the pages people use: staff set the session on
/// the staff page; Giulia (Italian) saves her profile, filters the catalogue by
/// country and asks Bernd for a meeting; Bernd (German, his own browser) opens the
/// link in his mail and accepts; staff schedule and publish; Giulia's page shows
/// the agenda. Every page passes axe-core and fits a phone, in the reader's
/// language.
#[actix_web::test]
#[ignore = "needs Chromium, chromedriver and axe-core: .ci/run runs it"]
async fn b2b_meetings_from_the_catalogue_to_the_agenda_in_a_real_browser() {
    use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD};
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let event_json = app
        .create_event(
            &token,
            &crate::helpers::event_body("ict", 30, "Smart manufacturing forum"),
        )
        .await;
    let event = event_json["id"].as_i64().unwrap();
    app.post_empty(&format!("/api/v1/events/{event}/publish"), Some(&token))
        .await;
    let mut people = Vec::new();
    for (name, email, organisation, country, language, kind) in [
        (
            "Giulia Bianchi",
            "giulia@robotica.it",
            "Robotica Lombarda",
            "IT",
            "it",
            "company",
        ),
        (
            "Bernd Müller",
            "bernd@sensorik.de",
            "Sensorik Institut",
            "DE",
            "de",
            "research",
        ),
        (
            "Zala Kovač",
            "zala@grozd.si",
            "Inovacijski grozd",
            "SI",
            "sl",
            "cluster",
        ),
    ] {
        let registered = app
            .registered(
                event,
                &json!({"name": name, "email": email, "organisation": organisation,
                        "country": country, "language": language, "organisation_kind": kind}),
            )
            .await;
        people.push(registered["manage_token"].as_str().unwrap().to_owned());
    }
    let (giulia, bernd, zala) = (&people[0], &people[1], &people[2]);

    // Staff set the session on the staff page: local times in the event's zone.
    let mut staff = Browser::start("b2b").await;
    staff.goto(&app.url("/staff/login")).await;
    staff.type_into("email", ADMIN_EMAIL).await;
    staff.type_into("password", ADMIN_PASSWORD).await;
    staff.submit("main form button[type=submit]").await;
    staff
        .goto(&app.url(&format!("/staff/events/{event}/b2b")))
        .await;
    staff.fits_and_looks_right("staff-b2b-new").await;
    let local = |hour: u32| crate::b2b::on_day(&event_json, hour, 0)[..16].to_owned();
    staff.choose("starts_at", &local(14)).await;
    staff.choose("ends_at", &local(16)).await;
    staff.choose("slot_minutes", "20").await;
    staff.type_into("tables", "4").await;
    staff.choose("requests_close_at", &local(8)).await;
    staff
        .submit(&format!("form[action='/staff/events/{event}/b2b'] button"))
        .await;
    assert_eq!(
        staff.path().await,
        format!("/staff/events/{event}/b2b?done=session"),
        "{}",
        staff.text().await
    );

    // Bernd and Zala have profiles already (the API, as another client would).
    for (holder, offers) in [
        (bernd, "Industrial sensor networks and test beds"),
        (zala, "Cluster services for SMEs in wood processing"),
    ] {
        let response = app
            .client
            .put(app.url(&format!("/api/v1/registrations/{holder}/b2b/profile")))
            .json(&json!({"offers": offers, "seeks": "Partners for Horizon Europe calls"}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
    }

    // Giulia, in an Italian browser, goes from her manage page to the B2B page and
    // saves her profile without the last slot.
    let mut giulias = Browser::start_in("b2b", "it-IT").await;
    giulias
        .goto(&app.url(&format!("/registrations/{giulia}")))
        .await;
    giulias
        .submit(&format!("a[href='/registrations/{giulia}/b2b']"))
        .await;
    assert!(
        giulias.text().await.contains("Il suo profilo B2B"),
        "{}",
        giulias.text().await
    );
    giulias.fits_and_looks_right("b2b-profile-new-it").await;
    giulias
        .type_into("offers", "Collaborative robots for small workshops")
        .await;
    giulias
        .type_into("seeks", "Sensor makers and test beds")
        .await;
    giulias
        .client
        .find(Locator::Css("input[name=slot][value='5']"))
        .await
        .expect("the last slot's box")
        .click()
        .await
        .unwrap();
    giulias
        .submit("form[action$='/b2b/profile'] button[type=submit]")
        .await;
    assert_eq!(
        giulias.path().await,
        format!("/registrations/{giulia}/b2b?done=profile"),
        "{}",
        giulias.text().await
    );
    let unticked = giulias
        .client
        .execute(
            "return [...document.querySelectorAll('input[name=slot]')].map(b => b.checked);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(unticked, json!([true, true, true, true, true, false]));
    giulias.fits_and_looks_right("b2b-profile-it").await;
    giulias
        .screenshots("b2b-profile-slots-it", Some("profile-heading"))
        .await;

    // The catalogue, then only Germany; she asks Bernd with a message.
    giulias
        .submit(&format!(
            "a[href='/registrations/{giulia}/b2b/participants']"
        ))
        .await;
    let all = giulias.text().await;
    assert!(
        all.contains("Bernd Müller") && all.contains("Zala Kovač"),
        "{all}"
    );
    giulias.fits_and_looks_right("catalogue-it").await;
    giulias.choose("country", "DE").await;
    giulias
        .submit("form[role=search] button[type=submit]")
        .await;
    assert!(giulias.path().await.contains("country=DE"));
    let filtered = giulias.text().await;
    assert!(
        filtered.contains("Bernd Müller") && !filtered.contains("Zala Kovač"),
        "{filtered}"
    );
    giulias.fits_and_looks_right("catalogue-de-only-it").await;
    let message = giulias
        .client
        .find(Locator::Css("form[action$='/b2b/requests'] textarea"))
        .await
        .expect("the ask form")
        .attr("id")
        .await
        .unwrap()
        .unwrap();
    giulias
        .type_into(&message, "Parliamo di robot e sensori?")
        .await;
    giulias
        .screenshots("catalogue-ask-it", Some(&message))
        .await;
    giulias
        .submit("form[action$='/b2b/requests'] button[type=submit]")
        .await;
    assert_eq!(
        giulias.path().await,
        format!("/registrations/{giulia}/b2b?done=sent"),
        "{}",
        giulias.text().await
    );
    assert!(giulias.text().await.contains("Bernd Müller"));
    giulias
        .screenshots("b2b-sent-it", Some("sent-heading"))
        .await;

    // Bernd opens the link of his German mail in his own browser and accepts.
    let mails = app.outbox_of_kind("b2b_request").await;
    assert_eq!(mails.len(), 1);
    let body = &mails[0].body_text;
    let at = body.find("/registrations/").expect("a link in the mail");
    let link: String = body[at..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    assert!(link.contains(&format!("{bernd}/b2b/requests/")), "{link}");
    let mut bernds = Browser::start_in("b2b", "de-DE").await;
    bernds.goto(&app.url(&link)).await;
    let request = bernds.text().await;
    assert!(
        request.contains("Parliamo di robot e sensori?")
            && request.contains("Giulia Bianchi")
            && request.contains("Annehmen"),
        "{request}"
    );
    bernds.fits_and_looks_right("request-de").await;
    bernds
        .submit("form[action$='/accept'] button[type=submit]")
        .await;
    assert_eq!(
        bernds.path().await,
        format!("/registrations/{bernd}/b2b?done=accepted"),
        "{}",
        bernds.text().await
    );
    bernds.fits_and_looks_right("b2b-accepted-de").await;

    // Staff schedule and publish on their page; the table plan has both.
    staff
        .goto(&app.url(&format!("/staff/events/{event}/b2b")))
        .await;
    staff.submit("form[action$='/b2b/schedule'] button").await;
    assert!(
        staff.path().await.ends_with("?done=scheduled"),
        "{}",
        staff.text().await
    );
    assert!(
        staff.text().await.contains("1 of at most 1"),
        "{}",
        staff.text().await
    );
    staff.submit("form[action$='/b2b/publish'] button").await;
    assert!(
        staff.path().await.ends_with("?done=published"),
        "{}",
        staff.text().await
    );
    staff.fits_and_looks_right("staff-b2b").await;
    staff
        .screenshots("staff-b2b-figures", Some("figures-heading"))
        .await;
    staff
        .screenshots("staff-b2b-meetings", Some("meetings-heading"))
        .await;
    // An agenda to each profile, Zala's saying no meeting could be placed.
    assert_eq!(app.outbox_of_kind("b2b_agenda").await.len(), 3);
    staff
        .submit(&format!("a[href='/staff/events/{event}/b2b/tables']"))
        .await;
    let plan = staff
        .client
        .find(Locator::Css("body"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        plan.contains("Giulia Bianchi") && plan.contains("Bernd Müller"),
        "{plan}"
    );
    staff.fits_and_looks_right("staff-b2b-tables").await;

    // Giulia's page shows her agenda.
    giulias
        .goto(&app.url(&format!("/registrations/{giulia}/b2b")))
        .await;
    let agenda = giulias
        .client
        .find(Locator::Id("agenda"))
        .await
        .expect("the agenda")
        .text()
        .await
        .unwrap();
    assert!(
        agenda.contains("Bernd Müller, Sensorik Institut (DE)"),
        "{agenda}"
    );
    assert!(giulias.fits_a_phone().await, "the agenda scrolls sideways");
    giulias.check_accessibility("b2b-agenda-it").await;
    giulias.screenshots("b2b-agenda-it", Some("agenda")).await;

    staff.finish().await;
    giulias.finish().await;
    bernds.finish().await;
}
