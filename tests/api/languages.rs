//! The public pages in the eight languages of the mail: chosen from the
//! browser's Accept-Language, or with the switcher, which remembers the choice.

use serde_json::{json, Value};

use crate::helpers::{event_body, spawn_app, visitor, Backend, TestApp};

async fn page(app: &TestApp, client: &reqwest::Client, path: &str, accept: &str) -> String {
    let response = client
        .get(app.url(path))
        .header("accept-language", accept)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{path}");
    assert_eq!(
        response.headers()["vary"],
        "Accept-Language, Cookie",
        "{path}"
    );
    response.text().await.unwrap()
}

/// A line of each language's pages file, to find on the page.
fn heading(language: &str) -> &'static str {
    match language {
        "en" => "Working together across borders",
        "de" => "Gemeinsam über Grenzen hinweg",
        "it" => "Lavorare insieme oltre i confini",
        "hu" => "Együttműködés határokon át",
        "sk" => "Spolupráca cez hranice",
        "cs" => "Spolupráce přes hranice",
        "pl" => "Współpraca ponad granicami",
        "sl" => "Sodelovanje prek meja",
        _ => unreachable!(),
    }
}

#[actix_web::test]
async fn every_public_page_speaks_the_browsers_language() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let mut body = event_body("ict", 20, "Forum of many tongues");
    body["capacity"] = json!(1);
    let event = app.published_event(&token, &body).await;
    let response = app
        .post_json(
            &format!("/api/v1/events/{event}/registrations"),
            &json!({"name": "Ana", "email": "ana@example.org", "organisation": "Org",
                    "country": "SI", "language": "sl", "organisation_kind": "company"}),
            None,
        )
        .await;
    let manage = response.json::<Value>().await.unwrap()["manage_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let kinds = [
        ("en", "Company"),
        ("de", "Unternehmen"),
        ("it", "Impresa"),
        ("hu", "Vállalat"),
        ("sk", "Firma"),
        ("cs", "Firma"),
        ("pl", "Firma"),
        ("sl", "Podjetje"),
    ];
    let expectations = [
        ("en", "Full name", "Your registration", "Exchange forum"),
        (
            "de",
            "Vollständiger Name",
            "Ihre Anmeldung",
            "Austauschforum",
        ),
        (
            "it",
            "Nome e cognome",
            "La tua iscrizione",
            "Forum di scambio",
        ),
        (
            "hu",
            "Teljes név",
            "Az Ön jelentkezése",
            "Tapasztalatcsere-fórum",
        ),
        (
            "sk",
            "Celé meno",
            "Vaša prihláška",
            "Fórum výmeny skúseností",
        ),
        (
            "cs",
            "Celé jméno",
            "Vaše přihláška",
            "Fórum pro výměnu zkušeností",
        ),
        (
            "pl",
            "Imię i nazwisko",
            "Twoje zgłoszenie",
            "Forum wymiany doświadczeń",
        ),
        (
            "sl",
            "Ime in priimek",
            "Vaša prijava",
            "Forum za izmenjavo izkušenj",
        ),
    ];
    for (code, name_label, manage_heading, kind) in expectations {
        let client = visitor();
        let accept = format!("{code}-XX;q=0.9, fr;q=0.8");
        let home = page(&app, &client, "/", &accept).await;
        assert!(home.contains(&format!(r#"<html lang="{code}">"#)), "{code}");
        assert!(home.contains(heading(code)), "{code} home");
        let group = page(&app, &client, "/groups/ict", &accept).await;
        assert!(
            group.contains(&format!(r#"<html lang="{code}">"#)),
            "{code} group"
        );
        // The same event page, cached for anonymous visitors, per language.
        let event_page = page(&app, &client, &format!("/events/{event}"), &accept).await;
        assert!(event_page.contains(name_label), "{code} form");
        assert!(event_page.contains(kind), "{code} kind");
        let manage_page = page(&app, &client, &format!("/registrations/{manage}"), &accept).await;
        assert!(manage_page.contains(manage_heading), "{code} manage");
        // Kinds of organisation: in the form's choices and on the manage page.
        let kind = kinds.iter().find(|(c, _)| *c == code).unwrap().1;
        assert!(
            event_page.contains(&format!(">{kind}</option>")),
            "{code} kinds"
        );
        assert!(manage_page.contains(&format!("({kind})")), "{code} kind");
    }
    // An unknown language falls back to English, the switcher's entries name
    // each language in itself.
    let english = page(&app, &visitor(), "/", "fr-FR, es").await;
    assert!(english.contains(r#"<html lang="en">"#) && english.contains(heading("en")));
    assert!(
        english.contains(r#"lang="hu" hreflang="hu">Magyar</a>"#),
        "{english}"
    );
}

#[actix_web::test]
async fn the_switcher_remembers_the_choice_over_the_browsers_language() {
    let app = spawn_app(Backend::Sqlite).await;
    let client = visitor();
    let home = page(&app, &client, "/groups/ict", "de").await;
    assert!(
        home.contains(r#"href="/language/sl?next=%2Fgroups%2Fict""#),
        "{home}"
    );
    let response = client
        .get(app.url("/language/sl?next=%2Fgroups%2Fict"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/groups/ict");
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        cookie.starts_with("lang=sl") && cookie.contains("Max-Age="),
        "{cookie}"
    );
    let again = page(&app, &client, "/", "de").await;
    assert!(
        again.contains(heading("sl")),
        "the choice beats Accept-Language"
    );
    assert!(again.contains(r#"aria-current="true">Slovenščina</a>"#));

    // Only this site's paths, only our languages.
    let response = client
        .get(app.url("/language/de?next=%2F%2Fevil.example"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["location"], "/");
    let response = client.get(app.url("/language/fr")).send().await.unwrap();
    assert_eq!(response.status(), 404);
}

#[actix_web::test]
async fn a_registration_without_a_chosen_language_gets_mail_in_the_pages_language() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("ict", 20, "Forum"))
        .await;
    let client = visitor();
    let page_html = page(&app, &client, &format!("/events/{event}"), "pl").await;
    let csrf = crate::pages::csrf_of(&page_html);
    // The form preselects the page's language for the mail.
    assert!(page_html.contains(r#"<option value="pl" selected>Polski</option>"#));
    let response = client
        .post(app.url(&format!("/events/{event}/register")))
        .header("accept-language", "pl")
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("name", "Piotr"),
            ("email", "piotr@example.org"),
            ("organisation", "Org"),
            ("country", "PL"),
            ("organisation_kind", "company"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let mail = app.outbox_of_kind("registration_confirmed").await;
    assert_eq!(mail[0].language, "pl");
    // A form with mistakes says so in the page's language.
    let response = client
        .post(app.url(&format!("/events/{event}/register")))
        .header("accept-language", "pl")
        .form(&[("csrf_token", csrf.as_str()), ("name", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("Popraw zaznaczone pola."));
    // Beside the fields too.
    assert!(page.contains("jest wymagane"), "{page}");
}

#[actix_web::test]
async fn month_calendars_speak_the_visitors_language() {
    let app = spawn_app(Backend::Sqlite).await;
    let client = visitor();
    let german = page(&app, &client, "/calendar?month=2027-03", "de").await;
    assert!(german.contains("Alle Gruppen: März 2027"), "{german}");
    assert!(
        german.contains(r#"<abbr title="Montag">Mo</abbr>"#),
        "{german}"
    );
    let polish = page(&app, &visitor(), "/groups/ict/calendar?month=2027-01", "pl").await;
    // The month stands alone: nominative, not the genitive of dates.
    assert!(polish.contains("styczeń 2027"), "{polish}");
    assert!(polish.contains("Poprzedni miesiąc"));
}

/// The programme's groups carry their names and descriptions in each language,
/// on the pages and in the mail; a group an admin adds keeps its own name.
#[actix_web::test]
async fn the_programmes_groups_are_named_in_the_readers_language() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let body =
        json!({"slug": "blue-economy", "name": "Blue Economy", "description": "Seas and ports."});
    assert_eq!(
        app.post_json("/api/v1/groups", &body, Some(&token))
            .await
            .status(),
        201
    );
    let client = visitor();
    let home = page(&app, &client, "/", "sl").await;
    assert!(
        home.contains("Agroživilstvo")
            && home.contains("Naravoslovje")
            && home.contains("Blue Economy"),
        "{home}"
    );
    let group = page(&app, &client, "/groups/energy-environment", "de").await;
    assert!(
        group.contains("Energie und Umwelt")
            && group.contains("Erneuerbare Energien, Effizienz und Umwelttechnologien."),
        "{group}"
    );
    let english = page(&app, &client, "/groups/energy-environment", "en").await;
    assert!(english.contains("Energy &amp; Environment"), "{english}");

    // A Hungarian invitee reads the group's name in Hungarian.
    let event = app
        .published_event(&token, &event_body("tourism", 14, "Wine roads"))
        .await;
    let member =
        json!({"name": "Réka", "email": "reka@example.hu", "country": "HU", "language": "hu"});
    app.post_json("/api/v1/groups/tourism/members", &member, Some(&token))
        .await;
    let path = format!("/api/v1/events/{event}/invitations");
    app.post_json(&path, &json!({"to": "group"}), Some(&token))
        .await;
    let mail = app.outbox_of_kind("invitation").await;
    assert!(
        mail[0].body_text.contains("Turizmus"),
        "{}",
        mail[0].body_text
    );
}
