//! Authorization, driven by the route table the API publishes (its OpenAPI
//! document), so that a new route cannot be forgotten: every operation that
//! declares bearer security refuses anonymous callers and unknown tokens, and an
//! operation without it must be on the list of public ones.

use clustercord::pages::ROUTES;
use serde_json::{json, Value};

use crate::helpers::{event_body, spawn_app, Backend, TestApp, ADMIN_EMAIL, ADMIN_PASSWORD};
use crate::pages::csrf_of;
use crate::schedule_pages::sign_in_with;

#[actix_web::test]
async fn every_secured_api_route_refuses_anonymous_and_unknown_callers() {
    let app = spawn_app(Backend::Sqlite).await;
    let coordinator = app.coordinator_token("coord@example.org", &["ict"]).await;
    let event = app
        .published_event(&coordinator, &event_body("ict", 30, "Visit"))
        .await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let mut secured = 0;
    let mut public = Vec::new();
    for (path, operations) in doc["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            let declared = operation["security"]
                .as_array()
                .is_some_and(|s| s.iter().any(|r| r.get("bearer").is_some()));
            if !declared {
                public.push(format!("{} {path}", method.to_uppercase()));
                continue;
            }
            secured += 1;
            let url = path
                .replace("{id}", &event.to_string())
                .replace("{registration_id}", "1")
                .replace("{slug}", "ict");
            assert!(!url.contains('{'), "unfilled parameter in {path}");
            for token in [None, Some("not-a-token")] {
                let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
                let mut request = app
                    .client
                    .request(method.clone(), app.url(&url))
                    .json(&Value::Object(Default::default()));
                if let Some(token) = token {
                    request = request.bearer_auth(token);
                }
                let response = request.send().await.unwrap();
                assert_eq!(
                    response.status(),
                    401,
                    "{method} {url} with token {token:?}"
                );
                let body: Value = response.json().await.unwrap();
                assert_eq!(body["error"]["code"], "unauthorized", "{method} {url}");
            }
        }
    }
    assert_eq!(secured, 47, "secured operations");
    // Anything else must be declared secured, or be added here on purpose.
    public.sort();
    assert_eq!(
        public,
        [
            "GET /api/v1/events",
            "GET /api/v1/events/{id}",
            "GET /api/v1/events/{id}/b2b",
            "GET /api/v1/events/{id}/b2b/participants",
            "GET /api/v1/events/{id}/materials",
            "GET /api/v1/groups",
            "GET /api/v1/groups/{slug}",
            "GET /api/v1/groups/{slug}/materials",
            "GET /api/v1/groups/{slug}/plan",
            "GET /api/v1/groups/{slug}/plan/versions",
            "GET /api/v1/groups/{slug}/plan/versions/{n}",
            "GET /api/v1/registrations/{token}",
            "GET /api/v1/registrations/{token}/b2b/agenda",
            "GET /api/v1/registrations/{token}/b2b/requests",
            "GET /health",
            "POST /api/v1/auth/tokens",
            "POST /api/v1/events/{id}/registrations",
            "POST /api/v1/registrations/{token}/b2b/meetings/{id}/outcome",
            "POST /api/v1/registrations/{token}/b2b/requests",
            "POST /api/v1/registrations/{token}/b2b/requests/{id}/accept",
            "POST /api/v1/registrations/{token}/b2b/requests/{id}/decline",
            "POST /api/v1/registrations/{token}/cancel",
            "POST /api/v1/staff/password",
            "PUT /api/v1/registrations/{token}/b2b/profile",
        ]
    );
}

/// The callers of the matrix.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Caller {
    Anonymous,
    OtherCoordinator,
    OwnCoordinator,
    Admin,
}

const CALLERS: [Caller; 4] = [
    Caller::Anonymous,
    Caller::OtherCoordinator,
    Caller::OwnCoordinator,
    Caller::Admin,
];

const OWN_EMAIL: &str = "own@example.org";
const OTHER_EMAIL: &str = "other@example.org";
const COORDINATOR_PASSWORD: &str = "coordinator password";

/// What a cell of the matrix expects.
#[derive(Clone, Copy, Debug)]
enum Expect {
    /// Past authorization: no 401/403/404, no 5xx, a GET page or document is 200.
    Allowed,
    /// Let in to a page of their own that must show none of the group's data.
    AllowedWithoutSecrets,
    /// 401 from the API.
    Unauthorized,
    /// A page sends the visitor to the sign-in form.
    SignIn,
    /// 403, or 404 for what the caller may not know exists; a 200 list may be
    /// answered only if it holds none of the group's data.
    Refused,
}

/// One of everything in group `ict`, made afresh for each cell so that one
/// caller's cancel or removal cannot change what the next one meets.
struct Fixture {
    event: i64,
    registration: i64,
    manage_token: String,
    member: i64,
    mail: i64,
    invitation_token: String,
    unsubscribe_token: String,
    /// A staff account (the group's own coordinator).
    staff: i64,
    /// A key action of the group's plan.
    action: i64,
    /// A public file of the event.
    material: i64,
    /// The registrant's organisation.
    organisation: i64,
    /// A report snapshot of the group.
    snapshot: i64,
    /// A reporting period.
    period: i64,
    /// An unused link to set that account's password.
    password_token: String,
    /// A B2B meeting of the event (its session, two profiles, an accepted request).
    meeting: i64,
    /// The request behind it, made to the fixture's registrant.
    request: i64,
    /// Text that only a caller entitled to the group's data may see.
    secrets: Vec<String>,
}

async fn fixture(app: &TestApp, own: &str, n: usize) -> Fixture {
    let title = format!("Matrix visit number {n}");
    let event = app
        .published_event(own, &event_body("ict", 10 + n as i64, &title))
        .await;
    let registrant = format!("registrant{n}@example.org");
    let response = app
        .post_json(
            &format!("/api/v1/events/{event}/registrations"),
            &json!({"name": "Rita Registrant", "email": registrant, "organisation": "Cluster Org",
                    "country": "SI", "language": "en", "organisation_kind": "company"}),
            None,
        )
        .await;
    assert_eq!(response.status(), 201, "registration of the fixture");
    let registered: Value = response.json().await.unwrap();
    let member_email = format!("member{n}@example.org");
    let response = app
        .post_json(
            "/api/v1/groups/ict/members",
            &json!({"name": "Mia Member", "email": member_email, "organisation": "Cluster Org",
                    "country": "AT", "language": "de", "organisation_kind": "company"}),
            Some(own),
        )
        .await;
    assert_eq!(response.status(), 201, "member of the fixture");
    let member = response.json::<Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    let response = app
        .post_json(
            &format!("/api/v1/events/{event}/invitations"),
            &json!({"emails": [member_email]}),
            Some(own),
        )
        .await;
    assert_eq!(response.status(), 202, "invitation of the fixture");
    let (mail, invitation_token, unsubscribe_token) = app
        .query(move |conn| {
            use clustercord::db::schema::{invitations, members, outbox};
            use diesel::prelude::*;
            let mail = outbox::table
                .filter(outbox::event_id.eq(event))
                .select(outbox::id)
                .first::<i64>(conn)?;
            let invitation = invitations::table
                .filter(invitations::event_id.eq(event))
                .select(invitations::token)
                .first::<String>(conn)?;
            let unsubscribe = members::table
                .find(member)
                .select(members::unsubscribe_token)
                .first::<String>(conn)?;
            Ok((mail, invitation, unsubscribe))
        })
        .await;
    let staff = app
        .query(move |conn| {
            use clustercord::db::schema::staff_users;
            use diesel::prelude::*;
            staff_users::table
                .filter(staff_users::email_key.eq(OWN_EMAIL))
                .select(staff_users::id)
                .first::<i64>(conn)
        })
        .await;
    let plan = app
        .client
        .put(app.url("/api/v1/groups/ict/plan"))
        .bearer_auth(own)
        .json(&json!({"title": "ICT plan of the matrix"}))
        .send()
        .await
        .unwrap();
    assert_eq!(plan.status(), 200, "plan of the fixture");
    let action: Value = app
        .post_json(
            "/api/v1/groups/ict/plan/actions",
            &json!({"title": format!("Matrix action {n}"), "events": [event]}),
            Some(own),
        )
        .await
        .json()
        .await
        .unwrap();
    let action = action["id"].as_i64().expect("action of the fixture");
    // Adopted, so that the public plan page and its versions open for anyone.
    let adopted = app
        .post_empty("/api/v1/groups/ict/plan/adopt", Some(own))
        .await;
    assert_eq!(adopted.status(), 200, "adoption of the fixture");
    let material = crate::materials::upload(
        app,
        &format!("/api/v1/events/{event}/materials"),
        own,
        "agenda.pdf",
        b"%PDF-1.7\n%%EOF\n",
        &[
            ("title", "Agenda"),
            ("kind", "agenda"),
            ("visibility", "public"),
        ],
    )
    .await
    .json::<Value>()
    .await
    .unwrap()["id"]
        .as_i64()
        .expect("material of the fixture");
    let registration_id = registered["id"].as_i64().unwrap();
    let organisation = app
        .query(move |conn| {
            use clustercord::db::schema::registrations;
            use diesel::prelude::*;
            registrations::table
                .find(registration_id)
                .select(registrations::organisation_id.assume_not_null())
                .first::<i64>(conn)
        })
        .await;
    let snapshot: Value = app
        .post_json("/api/v1/reports/snapshots", &snapshot_body(n), Some(own))
        .await
        .json()
        .await
        .unwrap();
    let snapshot = snapshot["id"].as_i64().expect("snapshot of the fixture");
    let period = app
        .query(move |conn| {
            let label = format!("Matrix period {n}");
            clustercord::store::report_snapshots::add_period(
                conn,
                &label,
                "2027-01-01",
                "2027-06-30",
            )
            .map(|row| row.id)
        })
        .await;
    let (request, meeting) = b2b_meeting(app, own, event, &registered, n).await;
    let password_token = clustercord::secrets::random_token(32);
    let hash = clustercord::secrets::hash_token(&password_token);
    app.execute(move |conn| {
        let now = chrono::Utc::now().naive_utc();
        clustercord::store::staff::insert_password_link(
            conn,
            staff,
            &hash,
            now,
            now + chrono::TimeDelta::days(7),
        )
    })
    .await;
    Fixture {
        event,
        registration: registered["id"].as_i64().unwrap(),
        manage_token: registered["manage_token"].as_str().unwrap().to_owned(),
        member,
        mail,
        invitation_token,
        unsubscribe_token,
        staff,
        action,
        material,
        organisation,
        snapshot,
        period,
        password_token,
        meeting,
        request,
        secrets: vec![title, registrant, member_email],
    }
}

/// A B2B session on the event, the fixture's registrant and one more with
/// profiles, a request between them accepted and placed; the request's and the
/// meeting's ids.
async fn b2b_meeting(
    app: &TestApp,
    own: &str,
    event: i64,
    registrant: &Value,
    n: usize,
) -> (i64, i64) {
    let row: Value = app
        .get(&format!("/api/v1/events/{event}"))
        .await
        .json()
        .await
        .unwrap();
    let day = |hour: u32| crate::b2b::on_day(&row, hour, 0);
    let session = json!({"starts_at": day(14), "ends_at": day(16), "slot_minutes": 30, "tables": 2,
                         "requests_close_at": day(8)});
    let put = |path: String, body: Value, token: Option<&str>| {
        let mut request = app.client.put(app.url(&path)).json(&body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };
    let response = put(format!("/api/v1/events/{event}/b2b"), session, Some(own))
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "B2B session of the fixture");
    let other: Value = app
        .post_json(
            &format!("/api/v1/events/{event}/registrations"),
            &json!({"name": "Bob Broker", "email": format!("broker{n}@example.org"),
                    "organisation": "Broker Org", "country": "DE"}),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    let mut profiles = Vec::new();
    for token in [&registrant["manage_token"], &other["manage_token"]] {
        let token = token.as_str().unwrap();
        let path = format!("/api/v1/registrations/{token}/b2b/profile");
        let profile: Value = put(path, json!({"offers": "Matrix offers"}), None)
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        profiles.push(profile["id"].as_i64().expect("profile of the fixture"));
    }
    // The partner asks the fixture's registrant, whose manage link opens the
    // request's page and its answer.
    let from = other["manage_token"].as_str().unwrap();
    let to = registrant["manage_token"].as_str().unwrap();
    let request: Value = app
        .post_json(
            &format!("/api/v1/registrations/{from}/b2b/requests"),
            &json!({"to": profiles[0]}),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    let id = request["id"].as_i64().expect("request of the fixture");
    let path = format!("/api/v1/registrations/{to}/b2b/requests/{id}/accept");
    assert_eq!(app.post_empty(&path, None).await.status(), 200);
    let schedule: Value = app
        .post_json(
            &format!("/api/v1/events/{event}/b2b/schedule"),
            &json!({}),
            Some(own),
        )
        .await
        .json()
        .await
        .unwrap();
    let meeting = schedule["meetings"][0]["id"]
        .as_i64()
        .expect("meeting of the fixture");
    (id, meeting)
}

/// A route pattern with its parameters filled from the fixture. Parameters are
/// named `{name}` or `{name:regex}`; `{id}` means what the segment before it names.
fn fill(pattern: &str, fixture: &Fixture) -> String {
    let mut previous = "";
    let mut segments = Vec::new();
    for segment in pattern.split('/') {
        let filled = match (segment.find('{'), segment.rfind('}')) {
            (Some(open), Some(close)) => {
                let name = segment[open + 1..close].split(':').next().unwrap();
                let value = match (name, previous) {
                    ("slug", _) => "ict".to_owned(),
                    ("id", "events") => fixture.event.to_string(),
                    ("id", "members") => fixture.member.to_string(),
                    ("id", "mail") => fixture.mail.to_string(),
                    ("id", "staff") => fixture.staff.to_string(),
                    ("id", "accounts") => fixture.staff.to_string(),
                    ("id", "actions") => fixture.action.to_string(),
                    ("id", "materials") => fixture.material.to_string(),
                    ("id", "organisations") => fixture.organisation.to_string(),
                    ("id", "snapshots") => fixture.snapshot.to_string(),
                    ("id", "periods") => fixture.period.to_string(),
                    ("id", "meetings") => fixture.meeting.to_string(),
                    ("id", "requests") => fixture.request.to_string(),
                    ("n", "versions") => "1".to_owned(),
                    ("token", "password") => fixture.password_token.clone(),
                    ("registration_id", _) => fixture.registration.to_string(),
                    ("token", "registrations") => fixture.manage_token.clone(),
                    ("token", "invitations") => fixture.invitation_token.clone(),
                    ("token", "unsubscribe") => fixture.unsubscribe_token.clone(),
                    ("path", _) => "style.css".to_owned(),
                    ("code", "language") => "de".to_owned(),
                    _ => panic!("no value for {{{name}}} after {previous:?} in {pattern}"),
                };
                format!("{}{value}{}", &segment[..open], &segment[close + 1..])
            }
            _ => segment.to_owned(),
        };
        previous = segment;
        segments.push(filled);
    }
    let path = segments.join("/");
    // A report is asked for a period (and here the group).
    if path.contains("/reports/") && !path.contains("/snapshots") && !path.contains("/periods") {
        return format!("{path}?{}", report_query());
    }
    path
}

fn report_query() -> String {
    let today = chrono::Utc::now().date_naive();
    format!(
        "from={}&to={today}&group=ict",
        today - chrono::Days::new(365)
    )
}

fn snapshot_body(n: usize) -> Value {
    let today = chrono::Utc::now().date_naive();
    json!({"from": (today - chrono::Days::new(365)).to_string(), "to": today.to_string(),
        "group": ["ict"], "label": format!("Matrix report {n}")})
}

/// Operations open to every staff member: organisations are shared by the
/// groups (merging two spellings is everyone's clean-up, and audited).
const ANY_STAFF: [&str; 2] = [
    "GET /api/v1/organisations",
    "POST /api/v1/organisations/{id}/merge",
];

async fn assert_cell(
    response: reqwest::Response,
    expect: Expect,
    cell: &str,
    method: &str,
    secrets: &[String],
) {
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_owned())
        .unwrap_or_default();
    // Every answer, refusals and redirects included, carries the security headers.
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    assert!(
        header("content-security-policy").contains("frame-ancestors 'none'"),
        "{cell}: CSP"
    );
    assert_eq!(header("x-content-type-options"), "nosniff", "{cell}");
    let body = response.text().await.unwrap_or_default();
    assert!(status < 500, "{cell}: {status} {body}");
    match expect {
        Expect::Allowed | Expect::AllowedWithoutSecrets => {
            assert!(
                ![401, 403, 404].contains(&status) && !location.starts_with("/staff/login"),
                "{cell}: expected to be let in, got {status} {location} {body}"
            );
            if method == "GET" {
                // A page, or a step elsewhere on the site (the language switcher).
                assert!(status == 200 || status == 303, "{cell}: {status} {body}");
            }
            if matches!(expect, Expect::AllowedWithoutSecrets) {
                for secret in secrets {
                    assert!(!body.contains(secret.as_str()), "{cell}: shows {secret}");
                }
            }
        }
        Expect::Unauthorized => assert_eq!(status, 401, "{cell}: {body}"),
        Expect::SignIn => assert!(
            status == 303 && location.starts_with("/staff/login"),
            "{cell}: expected the sign-in form, got {status} {location}"
        ),
        Expect::Refused => {
            if status == 200 && method == "GET" {
                for secret in secrets {
                    assert!(!body.contains(secret.as_str()), "{cell}: shows {secret}");
                }
            } else {
                assert!(
                    status == 403 || status == 404,
                    "{cell}: expected 403 or 404, got {status} {location} {body}"
                );
            }
        }
    }
}

/// A browser signed in through the form, and its session's CSRF token; an
/// anonymous one gets its token from the sign-in page.
async fn browser(app: &TestApp, credentials: Option<(&str, &str)>) -> (reqwest::Client, String) {
    let client = crate::helpers::visitor();
    let csrf = match credentials {
        Some((email, password)) => sign_in_with(app, &client, email, password).await,
        None => {
            let page = client.get(app.url("/staff/login")).send().await.unwrap();
            csrf_of(&page.text().await.unwrap())
        }
    };
    (client, csrf)
}

/// Every page of the route table (`pages::ROUTES`, the table that also serves
/// them) as anonymous, another group's coordinator, the group's coordinator and an
/// admin; token pages also with a token that opens nothing.
#[actix_web::test]
async fn every_page_admits_exactly_the_callers_its_route_table_names() {
    let app = spawn_app(Backend::Sqlite).await;
    let own = app.coordinator_token(OWN_EMAIL, &["ict"]).await;
    app.coordinator_token(OTHER_EMAIL, &["agrifood"]).await;
    let mut browsers = Vec::new();
    for caller in CALLERS {
        let credentials = match caller {
            Caller::Anonymous => None,
            Caller::OtherCoordinator => Some((OTHER_EMAIL, COORDINATOR_PASSWORD)),
            Caller::OwnCoordinator => Some((OWN_EMAIL, COORDINATOR_PASSWORD)),
            Caller::Admin => Some((ADMIN_EMAIL, ADMIN_PASSWORD)),
        };
        browsers.push(browser(&app, credentials).await);
    }
    let mut n = 0;
    let mut cells = 0;
    for route in ROUTES {
        // The sign-out ends the session: it comes last, below.
        if route.path == "/staff/logout" {
            continue;
        }
        for (caller, (client, csrf)) in CALLERS.iter().zip(&browsers) {
            use clustercord::pages::Access;
            let expect = match (route.access, caller) {
                (Access::Public | Access::Token, _) => Expect::Allowed,
                (_, Caller::Anonymous) => Expect::SignIn,
                (Access::Staff, Caller::OtherCoordinator) => Expect::AllowedWithoutSecrets,
                (Access::Staff, _) | (_, Caller::Admin) => Expect::Allowed,
                (Access::Group, Caller::OwnCoordinator) => Expect::Allowed,
                _ => Expect::Refused,
            };
            n += 1;
            let fixture = fixture(&app, &own, n).await;
            let url = fill(route.path, &fixture);
            let cell = format!("{caller:?} {} {url}", route.method);
            let send = |url: String| {
                let request = if route.method == "GET" {
                    client.get(app.url(&url))
                } else if url.ends_with("/import") {
                    // The forms that upload a file.
                    let file = reqwest::multipart::Part::text("name,email\n")
                        .file_name("members.csv")
                        .mime_str("text/csv")
                        .unwrap();
                    client.post(app.url(&url)).multipart(
                        reqwest::multipart::Form::new()
                            .text("csrf_token", csrf.clone())
                            .part("file", file),
                    )
                } else {
                    client
                        .post(app.url(&url))
                        .form(&[("csrf_token", csrf.as_str())])
                };
                request.send()
            };
            let response = send(url.clone()).await.unwrap();
            assert_cell(response, expect, &cell, route.method, &fixture.secrets).await;
            cells += 1;
            if route.access == Access::Token {
                // A made-up token opens nothing, whoever holds it.
                let forged = url.replace(
                    [
                        &fixture.manage_token,
                        &fixture.invitation_token,
                        &fixture.unsubscribe_token,
                        &fixture.password_token,
                    ]
                    .into_iter()
                    .find(|t| url.contains(t.as_str()))
                    .unwrap()
                    .as_str(),
                    &clustercord::secrets::random_token(24),
                );
                let response = send(forged.clone()).await.unwrap();
                assert_eq!(
                    response.status(),
                    404,
                    "{caller:?} {} {forged}",
                    route.method
                );
            }
        }
    }
    for (caller, (client, csrf)) in CALLERS.iter().zip(&browsers) {
        let response = client
            .post(app.url("/staff/logout"))
            .form(&[("csrf_token", csrf.as_str())])
            .send()
            .await
            .unwrap();
        assert_cell(
            response,
            Expect::Allowed,
            &format!("{caller:?} logout"),
            "POST",
            &[],
        )
        .await;
        // Signed out: the staff area asks for the sign-in again.
        let response = client.get(app.url("/staff")).send().await.unwrap();
        assert_cell(
            response,
            Expect::SignIn,
            &format!("{caller:?} after logout"),
            "GET",
            &[],
        )
        .await;
        cells += 1;
    }
    assert!(ROUTES.len() >= 42, "the route table lists every page");
    assert!(cells >= 4 * ROUTES.len(), "{cells} cells");
}

/// A body that passes the input checks of the operations that take one, so that
/// the answer shows authorization, not validation.
fn api_body(method: &str, path: &str, n: usize) -> Option<Value> {
    let body = match (method, path) {
        ("POST", "/api/v1/events") => event_body("ict", 500 + n as i64, "Made in the matrix"),
        ("PATCH", "/api/v1/events/{id}") => json!({"title": "Renamed in the matrix"}),
        ("POST", "/api/v1/groups") => json!({"slug": format!("matrix-{n}"), "name": "Matrix group",
            "description": "A group of the matrix", "coordinating_organisation": "Agency"}),
        ("POST", "/api/v1/groups/{slug}/members") => json!({"name": "New Member",
            "email": format!("new{n}@example.org"), "organisation": "Org", "country": "HR",
            "language": "de", "organisation_kind": "company"}),
        ("PUT", "/api/v1/events/{id}/registrations/{registration_id}/attendance") => {
            json!({"attendance": null})
        }
        ("POST", "/api/v1/events/{id}/invitations") => {
            json!({"emails": [format!("guest{n}@example.org")]})
        }
        ("POST", "/api/v1/people/erase") => json!({"email": format!("erased{n}@example.org")}),
        ("POST", "/api/v1/reports/snapshots") => snapshot_body(n),
        ("POST", "/api/v1/staff") => json!({"email": format!("staff{n}@example.org"),
            "role": "coordinator", "groups": ["ict"]}),
        ("PATCH", "/api/v1/staff/{id}") => json!({"name": "Renamed in the matrix"}),
        ("PUT", "/api/v1/groups/{slug}/plan") => json!({"title": "Retitled in the matrix"}),
        ("POST", "/api/v1/groups/{slug}/plan/actions") => json!({"title": "Added in the matrix"}),
        ("PATCH", "/api/v1/actions/{id}") => json!({"status": "in_progress"}),
        ("POST", "/api/v1/events/{id}/materials") | ("POST", "/api/v1/groups/{slug}/materials") => {
            json!({"title": "Linked in the matrix", "kind": "video", "url": "https://example.org/v"})
        }
        (_, "/api/v1/groups/{slug}/members/import") => return None,
        (_, "/api/v1/events/{id}/attendance/import") => return None,
        _ => json!({}),
    };
    Some(body)
}

/// Every secured operation of the OpenAPI document as each caller: admins may do
/// everything, coordinators what their group owns, and operations that name the
/// role `admin` only admins.
#[actix_web::test]
async fn every_api_operation_admits_exactly_the_callers_its_security_names() {
    let app = spawn_app(Backend::Sqlite).await;
    let own = app.coordinator_token(OWN_EMAIL, &["ict"]).await;
    let other = app.coordinator_token(OTHER_EMAIL, &["agrifood"]).await;
    let admin = app.admin_token().await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let mut n = 0;
    let mut admin_only = Vec::new();
    for (path, operations) in doc["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            let Some(roles) = operation["security"].as_array().and_then(|s| {
                s.iter()
                    .find_map(|r| r.get("bearer"))
                    .and_then(|roles| roles.as_array())
            }) else {
                continue;
            };
            let for_admins = roles.iter().any(|r| r == "admin");
            let method = method.to_uppercase();
            if for_admins {
                admin_only.push(format!("{method} {path}"));
            }
            for caller in CALLERS {
                let any_staff = ANY_STAFF.contains(&format!("{method} {path}").as_str());
                let (token, expect) = match caller {
                    Caller::Anonymous => (None, Expect::Unauthorized),
                    Caller::OtherCoordinator if any_staff => {
                        (Some(&other), Expect::AllowedWithoutSecrets)
                    }
                    Caller::OtherCoordinator => (Some(&other), Expect::Refused),
                    Caller::OwnCoordinator if for_admins => (Some(&own), Expect::Refused),
                    Caller::OwnCoordinator => (Some(&own), Expect::Allowed),
                    Caller::Admin => (Some(&admin), Expect::Allowed),
                };
                n += 1;
                let fixture = fixture(&app, &own, n).await;
                let url = fill(path, &fixture);
                let mut request = app.client.request(
                    reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
                    app.url(&url),
                );
                request = match api_body(&method, path, n) {
                    Some(body) => request.json(&body),
                    None => request.header("content-type", "text/csv").body(format!(
                        "name,email,organisation,country,language,organisation_kind\n\
                         Imported Person,imported{n}@example.org,Org,HR,de,company\n"
                    )),
                };
                if let Some(token) = token {
                    request = request.bearer_auth(token);
                }
                let response = request.send().await.unwrap();
                let cell = format!("{caller:?} {method} {url}");
                assert_cell(response, expect, &cell, &method, &fixture.secrets).await;
                // Refused before the body is looked at: an empty one changes
                // nothing, except where the group is named only in the body.
                let names_group = path.contains('{');
                if caller == Caller::OtherCoordinator && method != "GET" && names_group {
                    let request = app.client.request(
                        reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
                        app.url(&url),
                    );
                    let request = match api_body(&method, path, n) {
                        Some(_) => request.json(&json!({})),
                        None => request.header("content-type", "text/csv").body(""),
                    };
                    let response = request.bearer_auth(&other).send().await.unwrap();
                    let cell = format!("{cell} with an empty body");
                    assert_cell(response, expect, &cell, &method, &fixture.secrets).await;
                }
            }
        }
    }
    // The two routes outside both tables (startup.rs): public and read-only.
    for path in ["/metrics", "/api/openapi.json"] {
        let response = app.get(path).await;
        assert_cell(
            response,
            Expect::Allowed,
            &format!("Anonymous GET {path}"),
            "GET",
            &[],
        )
        .await;
    }
    admin_only.sort();
    assert_eq!(
        admin_only,
        [
            "GET /api/v1/audit",
            "GET /api/v1/staff",
            "PATCH /api/v1/staff/{id}",
            "POST /api/v1/groups",
            "POST /api/v1/people/erase",
            "POST /api/v1/staff",
            "POST /api/v1/staff/{id}/invitation"
        ]
    );
}

/// A manage link opens its own registration and no other: the page shows that
/// registrant's data only, and cancelling through it cancels only that one.
#[actix_web::test]
async fn a_manage_token_opens_only_its_registration() {
    let app = spawn_app(Backend::Sqlite).await;
    let own = app.coordinator_token(OWN_EMAIL, &["ict"]).await;
    let first = fixture(&app, &own, 1).await;
    let second = fixture(&app, &own, 2).await;
    let page = app
        .get(&format!("/registrations/{}", first.manage_token))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("registrant1@example.org"), "{page}");
    assert!(page.contains("Rita Registrant") && page.contains("Cluster Org"));
    assert!(!page.contains("registrant2@example.org"));
    let own_view: Value = app
        .get(&format!("/api/v1/registrations/{}", first.manage_token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(own_view["id"], first.registration);
    let response = app
        .post_empty(
            &format!("/api/v1/registrations/{}/cancel", first.manage_token),
            None,
        )
        .await;
    assert_eq!(response.status(), 200);
    let statuses: Vec<(i64, String)> = app
        .query(|conn| {
            use clustercord::db::schema::registrations::dsl as r;
            use diesel::prelude::*;
            // The fixture's own registrants (the B2B partner is another).
            r::registrations
                .filter(r::name.eq("Rita Registrant"))
                .order(r::id.asc())
                .select((r::id, r::status))
                .load(conn)
        })
        .await;
    assert_eq!(
        statuses,
        [
            (first.registration, "cancelled".to_owned()),
            (second.registration, "confirmed".to_owned())
        ]
    );
}
