//! The mailing list (with CSV import and export) and invitations in the reader's
//! language, declines and unsubscribes.

use serde_json::{json, Value};

use crate::helpers::{assert_error, event_body, spawn_app, Backend, TestApp};

const TWENTY: &str = "name,email,organisation,country,language\n\
Anna Rossi,anna@agri.it,Consorzio Latte,IT,it\n\
Marco Bianchi,marco@agri.it,Caseificio,IT,it\n\
Giulia Verdi,giulia@agri.it,Parco Tecnologico,IT,it\n\
Luca Neri,luca@agri.it,Coop Lodi,IT,it\n\
Hans Müller,hans@agrar.de,Bauernverband,DE,de\n\
Petra Schmidt,petra@agrar.de,Molkerei Süd,DE,de\n\
Jürgen Weber,juergen@agrar.de,Agrarcluster,DE,de\n\
Katrin Fischer,katrin@agrar.de,Hofladen,DE,de\n\
Bence Kovács,bence@agro.hu,Agrárklaszter,HU,hu\n\
Eszter Nagy,eszter@agro.hu,Tejüzem,HU,hu\n\
Zoltán Tóth,zoltan@agro.hu,Gazdakör,HU,hu\n\
Réka Szabó,reka@agro.hu,Pálinkafőzde,HU,hu\n\
Jan Novák,jan@agro.cz,Zemědělský klastr,CZ,cs\n\
Eva Dvořáková,eva@agro.cz,Mlékárna,CZ,cs\n\
Petr Černý,petr@agro.cz,Farma Černý,CZ,cs\n\
Tereza Svobodová,tereza@agro.cz,Sýrárna,CZ,cs\n\
Ana Kovač,ana@agro.si,Kmetijski grozd,SI,sl\n\
Luka Horvat,luka@agro.si,Mlekarna,SI,sl\n\
Maja Novak,maja@agro.si,Vinska klet,SI,sl\n\
Nina Zupan,nina@agro.si,Sirarna,SI,sl\n";

async fn import(app: &TestApp, token: &str, group: &str, csv: &str) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/api/v1/groups/{group}/members/import")))
        .bearer_auth(token)
        .header("content-type", "text/csv")
        .body(csv.to_owned())
        .send()
        .await
        .unwrap()
}

async fn members_are_added_once_per_address_and_removed(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app
        .coordinator_token("agri@example.org", &["agrifood"])
        .await;
    let path = "/api/v1/groups/agrifood/members";
    let member = json!({"name": "Anna Rossi", "email": "Anna@Agri.IT", "organisation": "Consorzio", "country": "IT", "language": "it", "organisation_kind": "company"});
    let created = app.post_json(path, &member, Some(&token)).await;
    assert_eq!(created.status(), 201);
    let id = created.json::<Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    let mut changed = member.clone();
    changed["email"] = json!("anna@agri.it");
    changed["organisation"] = json!("Consorzio Latte");
    let again = app.post_json(path, &changed, Some(&token)).await;
    assert_eq!(again.status(), 200);
    assert_eq!(
        again.json::<Value>().await.unwrap()["organisation"],
        "Consorzio Latte"
    );
    let list: Vec<Value> = app.get_as(path, &token).await.json().await.unwrap();
    assert_eq!(list.len(), 1);

    let other = app.coordinator_token("ict@example.org", &["ict"]).await;
    assert_error(app.get(path).await, 401, "unauthorized").await;
    assert_error(app.get_as(path, &other).await, 403, "forbidden").await;
    assert_error(
        app.post_json(path, &member, Some(&other)).await,
        403,
        "forbidden",
    )
    .await;
    let bad = assert_error(
        app.post_json(path, &json!({"email": "x", "country": "ZZ"}), Some(&token))
            .await,
        422,
        "invalid_input",
    )
    .await;
    assert_eq!(bad["error"]["fields"].as_object().unwrap().len(), 3);

    let delete = app
        .client
        .delete(app.url(&format!("{path}/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(delete.status(), 204);
    let again = app
        .client
        .delete(app.url(&format!("{path}/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_error(again, 404, "not_found").await;
}

async fn a_csv_import_reports_each_row_and_a_broken_file_imports_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let with_mistakes = format!("{TWENTY}Bad Country,bad@agri.it,X,XX,it\nAnna Again,anna@agri.it,Y,IT,it\n,nobody@agri.it,Z,IT,en\n");
    let report: Value = import(&app, &token, "agrifood", &with_mistakes)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(report["added"], 20);
    assert_eq!(report["updated"], 0);
    let refused = report["refused"].as_array().unwrap();
    assert_eq!(
        refused
            .iter()
            .map(|r| r["line"].as_u64().unwrap())
            .collect::<Vec<_>>(),
        [22, 23, 24]
    );
    assert!(refused[0]["reason"].as_str().unwrap().contains("country"));
    assert!(refused[1]["reason"].as_str().unwrap().contains("earlier"));

    // Importing again updates rather than duplicates; a semicolon sheet works too.
    let semicolons = "name;email;country;language\nAnna Rossi;anna@agri.it;IT;de\n";
    let report: Value = import(&app, &token, "agrifood", semicolons)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (report["added"].as_i64(), report["updated"].as_i64()),
        (Some(0), Some(1))
    );

    // A file that is not CSV, or lacks columns, changes nothing.
    let broken =
        format!("{TWENTY}\"unclosed,quote@x.org,IT\n").replace("anna@agri.it", "anna2@agri.it");
    assert_error(
        import(&app, &token, "tourism", &broken).await,
        422,
        "invalid_input",
    )
    .await;
    assert_error(
        import(&app, &token, "tourism", "email,name\na@b.org,A\n").await,
        422,
        "invalid_input",
    )
    .await;
    let members: Vec<Value> = app
        .get_as("/api/v1/groups/tourism/members", &token)
        .await
        .json()
        .await
        .unwrap();
    assert!(members.is_empty(), "nothing half-imported");
    let wrong_type = app
        .post_json(
            "/api/v1/groups/tourism/members/import",
            &json!({}),
            Some(&token),
        )
        .await;
    assert_error(wrong_type, 415, "unsupported_media_type").await;

    let export = app
        .get_as("/api/v1/groups/agrifood/members.csv", &token)
        .await
        .bytes()
        .await
        .unwrap();
    let mut reader = csv::Reader::from_reader(&export[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 20);
    assert!(rows.iter().any(|r| &r[0] == "Réka Szabó"));
}

async fn invitations_go_to_each_member_in_their_language_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    import(&app, &token, "agrifood", TWENTY).await;
    // Nina unsubscribes from the group's invitations.
    let members: Vec<Value> = app
        .get_as("/api/v1/groups/agrifood/members", &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(members.len(), 20);
    let draft = app
        .create_event(&token, &event_body("agrifood", 30, "Cheese forum"))
        .await["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/events/{draft}/invitations");
    assert_error(
        app.post_json(&path, &json!({"to": "group"}), Some(&token))
            .await,
        409,
        "conflict",
    )
    .await;
    app.post_empty(&format!("/api/v1/events/{draft}/publish"), Some(&token))
        .await;

    let sent = app
        .post_json(&path, &json!({"to": "group"}), Some(&token))
        .await;
    assert_eq!(sent.status(), 202);
    assert_eq!(
        sent.json::<Value>().await.unwrap(),
        json!({"queued": 20, "skipped": 0})
    );
    let again: Value = app
        .post_json(&path, &json!({"to": "group"}), Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again, json!({"queued": 0, "skipped": 20}));

    let mails = app.outbox_of_kind("invitation").await;
    assert_eq!(mails.len(), 20);
    let subject_of = |to: &str| {
        mails
            .iter()
            .find(|m| m.recipient == to)
            .unwrap()
            .subject
            .clone()
    };
    assert!(subject_of("anna@agri.it").starts_with("Invito: Cheese forum"));
    assert!(subject_of("hans@agrar.de").starts_with("Einladung: Cheese forum"));
    assert!(subject_of("bence@agro.hu").starts_with("Meghívó: Cheese forum"));
    assert!(subject_of("jan@agro.cz").starts_with("Pozvánka: Cheese forum"));
    assert!(subject_of("ana@agro.si").starts_with("Vabilo: Cheese forum"));
    let hans = mails
        .iter()
        .find(|m| m.recipient == "hans@agrar.de")
        .unwrap();
    assert!(hans.body_text.contains("Jetzt anmelden"));
    assert!(
        hans.body_text.contains("email=hans%40agrar.de")
            && hans.body_text.contains("country=DE")
            && hans.body_text.contains("organisation=Bauernverband"),
        "{}",
        hans.body_text
    );
    // The link opens the form filled with what the mailing list knows.
    let at = hans.body_text.find("/events/").unwrap();
    let link: String = hans.body_text[at..]
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '#')
        .collect();
    let form = app.get(&link).await.text().await.unwrap();
    for value in [
        r#"value="Hans Müller""#,
        r#"value="DE""#,
        r#"value="Bauernverband""#,
    ] {
        assert!(form.contains(value), "{value} in {form}");
    }
    assert!(hans
        .list_unsubscribe
        .as_deref()
        .unwrap()
        .contains("/unsubscribe/"));

    app.deliver_mail().await;
    let received = &app.smtp.messages_to("hans@agrar.de")[0].data;
    assert!(received.contains("List-Unsubscribe: <"), "{received}");
    assert!(received.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
    assert!(received.contains("text/calendar"));
    assert!(
        received.contains(&format!("Reply-To: {}", crate::helpers::ADMIN_EMAIL)),
        "{received}"
    );

    // Resending goes to everyone again; Nina, once unsubscribed, is skipped.
    let nina_link = mails
        .iter()
        .find(|m| m.recipient == "nina@agro.si")
        .unwrap()
        .list_unsubscribe
        .clone()
        .unwrap();
    let unsubscribe_path = nina_link
        .split_once("/unsubscribe/")
        .map(|(_, t)| format!("/unsubscribe/{t}"))
        .unwrap();
    let one_click = app
        .client
        .post(app.url(&unsubscribe_path))
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(one_click.status(), 200);
    let resent: Value = app
        .post_json(&path, &json!({"to": "group", "resend": true}), Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(resent, json!({"queued": 19, "skipped": 1}));
}

async fn invitees_register_or_decline_and_the_coordinator_sees_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.admin_token().await;
    let event = app
        .published_event(&token, &event_body("tourism", 30, "Wine routes forum"))
        .await;
    let path = format!("/api/v1/events/{event}/invitations");
    let bad = assert_error(
        app.post_json(
            &path,
            &json!({"emails": ["ok@example.org", "not-an-address"]}),
            Some(&token),
        )
        .await,
        422,
        "invalid_input",
    )
    .await;
    assert!(bad["error"]["fields"]["emails[1]"].is_string());
    assert_error(
        app.post_json(&path, &json!({}), Some(&token)).await,
        422,
        "invalid_input",
    )
    .await;
    let sent: Value = app
        .post_json(&path, &json!({"emails": ["yes@example.org", "no@example.org", "maybe@example.org", "YES@example.org"]}), Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(sent, json!({"queued": 3, "skipped": 0}));

    let mails = app.outbox_of_kind("invitation").await;
    assert!(mails[0]
        .subject
        .starts_with("Invitation: Wine routes forum"));
    let decline_link = |to: &str| {
        let body = &mails.iter().find(|m| m.recipient == to).unwrap().body_text;
        let start = body.find("/invitations/").unwrap();
        body[start..].split_whitespace().next().unwrap().to_owned()
    };
    let link = decline_link("no@example.org");
    let form = app.get(&link).await.text().await.unwrap();
    let declined = app
        .client
        .post(app.url(&link))
        .form(&[("csrf_token", crate::pages::csrf_of(&form))])
        .send()
        .await
        .unwrap();
    assert_eq!(declined.status(), 200);
    assert!(declined.text().await.unwrap().contains("Thank you"));
    app.post_json(
        &format!("/api/v1/events/{event}/registrations"),
        &json!({"name": "Yes", "email": "yes@example.org", "country": "AT"}),
        None,
    )
    .await;

    let statuses: Vec<Value> = app.get_as(&path, &token).await.json().await.unwrap();
    let status_of =
        |email: &str| statuses.iter().find(|s| s["email"] == email).unwrap()["status"].clone();
    assert_eq!(status_of("yes@example.org"), "registered");
    assert_eq!(status_of("no@example.org"), "declined");
    assert_eq!(status_of("maybe@example.org"), "invited");
    let other = app.coordinator_token("ict@example.org", &["ict"]).await;
    assert_error(app.get_as(&path, &other).await, 403, "forbidden").await;
    assert_error(
        app.post_json(&path, &json!({"to": "group"}), Some(&other))
            .await,
        403,
        "forbidden",
    )
    .await;
    assert_eq!(app.get("/invitations/unknown/decline").await.status(), 404);
    assert_eq!(
        app.client
            .post(app.url("/unsubscribe/unknown"))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
}

on_both_backends!(
    members_are_added_once_per_address_and_removed,
    a_csv_import_reports_each_row_and_a_broken_file_imports_nothing,
    invitations_go_to_each_member_in_their_language_once,
    invitees_register_or_decline_and_the_coordinator_sees_it,
);

/// The pages reached from an invitation speak the reader's language: the decline
/// page the invitee's (a Hungarian member), the unsubscribe page and the error
/// pages the browser's or the chosen one; both link pages offer the switcher.
#[actix_web::test]
async fn link_pages_and_error_pages_follow_the_readers_language() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.admin_token().await;
    let member =
        json!({"name": "Bence", "email": "bence@agro.hu", "country": "HU", "language": "hu"});
    app.post_json("/api/v1/groups/agrifood/members", &member, Some(&token))
        .await;
    let event = app
        .published_event(&token, &event_body("agrifood", 30, "Paprika forum"))
        .await;
    app.post_json(
        &format!("/api/v1/events/{event}/invitations"),
        &json!({"to": "group"}),
        Some(&token),
    )
    .await;
    let mail = &app.outbox_of_kind("invitation").await[0];
    let after = |marker: &str| {
        let at = mail.body_text.find(marker).unwrap() + marker.len();
        let token: String = mail.body_text[at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        token
    };
    let decline = format!("/invitations/{}/decline", after("/invitations/"));
    let page = app.get(&decline).await.text().await.unwrap();
    assert!(page.contains(r#"<html lang="hu">"#), "{page}");
    assert!(page.contains("Nem tudok eljönni"), "{page}");
    assert!(
        page.contains(r#"class="languages""#),
        "the switcher: {page}"
    );
    let unsubscribe = format!("/unsubscribe/{}", after("/unsubscribe/"));
    let hungarian = |path: String| {
        let request = app
            .client
            .get(app.url(&path))
            .header("accept-language", "hu-HU,hu;q=0.9");
        async move { request.send().await.unwrap() }
    };
    let page = hungarian(unsubscribe).await.text().await.unwrap();
    assert!(page.contains("Nem kér több meghívót?"), "{page}");
    assert!(page.contains(r#"class="languages""#), "{page}");
    let missing = hungarian("/events/987654".into()).await;
    assert_eq!(missing.status(), 404);
    let page = missing.text().await.unwrap();
    assert!(page.contains("Az oldal nem található"), "{page}");
    assert!(page.contains("Vissza a tematikus csoportokhoz"), "{page}");
    assert!(
        !page.contains("There is no event"),
        "no English on a Hungarian page: {page}"
    );
}
