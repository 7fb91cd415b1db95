//! What each subcommand does; `main` only parses and dispatches.

use std::io::BufRead;

use anyhow::Context as _;
use secrecy::ExposeSecret;

use crate::cli::{AdminAccount, AdminCommand, AdminCreate, Command, MailCommand};
use crate::config::Config;
use crate::domain::{EmailAddress, Password, Role};
use crate::startup;

pub async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => serve(config).await,
        Command::Migrate => {
            let db = crate::db::Db::open(&config.database_url, 1).map_err(anyhow::Error::msg)?;
            let applied = tokio::task::spawn_blocking(move || startup::migrate(&db)).await??;
            println!(
                "{} migration(s) applied to {}",
                applied.len(),
                config.database_url.redacted()
            );
            Ok(())
        }
        Command::Admin(AdminCommand::Create(args)) => admin_create(args, config).await,
        Command::Admin(AdminCommand::Password(args)) => {
            let email = account_email(&args)?;
            let password = read_password(&email, &config)?;
            let done = email.clone();
            on_database(config, move |conn| {
                crate::ops::staff::change_password(conn, &email, password)
            })
            .await?;
            println!("new password set for {done}; its sessions and tokens have ended");
            Ok(())
        }
        Command::Admin(AdminCommand::Disable(args)) => {
            let email = account_email(&args)?;
            let done = email.clone();
            let now = chrono::Utc::now().naive_utc();
            on_database(config, move |conn| {
                crate::ops::staff::disable(conn, &email, now)
            })
            .await?;
            println!("{done} is disabled; its sessions and tokens have ended");
            Ok(())
        }
        Command::Mail(MailCommand::SendPending) => {
            let report = send_pending(&config).await?;
            println!(
                "sent {}, to retry {}, failed {}",
                report.sent, report.retried, report.failed
            );
            Ok(())
        }
        Command::Mail(MailCommand::Test { to }) => mail_test(&to, &config).await,
        Command::Demo => demo(&config).await,
    }
}

async fn demo(config: &Config) -> anyhow::Result<()> {
    let (password, made_up) = match &config.admin_password {
        Some(password) => (password.expose_secret().to_owned(), false),
        None => (crate::secrets::random_token(12), true),
    };
    let checked = Password::parse(&password).map_err(|e| anyhow::anyhow!("password: {e}"))?;
    let prepared = config.clone();
    let db = tokio::task::spawn_blocking(move || startup::prepare_database(&prepared)).await??;
    let templates = std::sync::Arc::new(crate::templates::load()?);
    let (_, composer) = startup::mail_parts(config, db.clone(), templates)?;
    let now = chrono::Utc::now();
    let seeded = db
        .write(move |conn| crate::ops::demo::seed(conn, &composer, checked, now))
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    println!(
        "demo data: {} events, {} registrations in agrifood and tourism, with adopted plans",
        seeded.events, seeded.registrations
    );
    let shown = if made_up {
        password.as_str()
    } else {
        "(CLUSTERCORD_ADMIN_PASSWORD)"
    };
    println!(
        "sign in at {}/staff/login as {} with password {shown}",
        config.public_url, seeded.admin
    );
    println!(
        "the public plan: {}/groups/agrifood/plan",
        config.public_url
    );
    Ok(())
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let bind = config.bind;
    let database = config.database_url.redacted();
    let app = startup::build(config).await?;
    tracing::info!(%bind, port = app.port(), %database, "clustercord is serving");
    app.run_until_stopped().await?;
    Ok(())
}

async fn admin_create(args: AdminCreate, config: Config) -> anyhow::Result<()> {
    let email = EmailAddress::parse(&args.email).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
    let role = Role::parse(&args.role).map_err(|e| anyhow::anyhow!("--role: {e}"))?;
    if role == Role::Admin && !args.groups.is_empty() {
        anyhow::bail!("--group: an admin manages every group; groups are for coordinators");
    }
    let password = read_password(&email, &config)?;
    let new = crate::ops::staff::NewStaffUser {
        display_name: args.name.unwrap_or_else(|| email.to_string()),
        email,
        password,
        role,
        group_slugs: args.groups,
    };
    let now = chrono::Utc::now().naive_utc();
    let user = on_database(config, move |conn| {
        crate::ops::staff::create(conn, new, now)
    })
    .await?;
    println!("created {} {} (id {})", user.role, user.email, user.id);
    Ok(())
}

fn account_email(args: &AdminAccount) -> anyhow::Result<EmailAddress> {
    EmailAddress::parse(&args.email).map_err(|e| anyhow::anyhow!("--email: {e}"))
}

/// The password for an account from the configuration (CLUSTERCORD_ADMIN_PASSWORD),
/// else the first line of standard input.
fn read_password(email: &EmailAddress, config: &Config) -> anyhow::Result<Password> {
    let raw = match &config.admin_password {
        Some(password) => password.expose_secret().to_owned(),
        None => {
            eprintln!("Password for {email} (one line):");
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .context("reading the password")?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    Password::parse(&raw).map_err(|e| anyhow::anyhow!("password: {e}"))
}

/// Runs one use case on a migrated database, off the async executor.
async fn on_database<T: Send + 'static>(
    config: Config,
    f: impl FnOnce(&mut crate::db::DbConnection) -> Result<T, crate::error::AppError> + Send + 'static,
) -> anyhow::Result<T> {
    tokio::task::spawn_blocking(move || -> anyhow::Result<T> {
        let db = startup::prepare_database(&config)?;
        let mut conn = db.writer_blocking()?;
        f(&mut conn).map_err(|e| anyhow::anyhow!("{e}"))
    })
    .await?
}

async fn send_pending(config: &Config) -> anyhow::Result<crate::mail::DeliveryReport> {
    let prepared = config.clone();
    let db = tokio::task::spawn_blocking(move || startup::prepare_database(&prepared)).await??;
    let templates = std::sync::Arc::new(crate::templates::load()?);
    let (mailer, composer) = startup::mail_parts(config, db, templates)?;
    startup::worker(config, mailer, composer)
        .run_once()
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))
}

async fn mail_test(to: &str, config: &Config) -> anyhow::Result<()> {
    let to = EmailAddress::parse(to).map_err(|e| anyhow::anyhow!("--to: {e}"))?;
    let prepared = config.clone();
    let db = tokio::task::spawn_blocking(move || startup::prepare_database(&prepared)).await??;
    let templates = std::sync::Arc::new(crate::templates::load()?);
    let (mailer, composer) = startup::mail_parts(config, db.clone(), templates)?;
    let now = chrono::Utc::now().naive_utc();
    db.write(move |conn| crate::ops::mail::queue_test_message(conn, &composer, to, now))
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let report = crate::mail::deliver_due(&mailer, chrono::Utc::now())
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    println!(
        "test message queued; sent {}, to retry {}, failed {}",
        report.sent, report.retried, report.failed
    );
    Ok(())
}
