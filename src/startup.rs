//! The one wiring point: `build(Config)` opens and migrates the database, seeds the
//! reference data and the bootstrap admin, builds the mailer, binds the listener and
//! returns the application, ready to run beside its mail sender.

use std::net::TcpListener;
use std::sync::Arc;

use actix_session::{storage::CookieSessionStore, SessionMiddleware};
use actix_web::cookie::{Key, SameSite};
use actix_web::dev::Server;
use actix_web::middleware::{from_fn, Compress};
use actix_web::{web, App, HttpServer};
use anyhow::Context as _;
use secrecy::ExposeSecret;
use tera::Tera;
use tracing_actix_web::TracingLogger;

use crate::config::Config;
use crate::db::Db;
use crate::domain::Password;
use crate::mail::{Composer, Mailer, Transport};
use crate::web::AppState;
use crate::worker::Worker;
use crate::{api, ops, pages};

pub struct Application {
    port: u16,
    server: Server,
    state: web::Data<AppState>,
}

/// Opens the database and brings it up to date: migrations, the programme's
/// groups, the bootstrap admin. Idempotent; blocking.
pub fn prepare_database(config: &Config) -> anyhow::Result<Db> {
    let db = Db::open(&config.database_url, config.db_pool_size).map_err(anyhow::Error::msg)?;
    let applied = migrate(&db)?;
    if !applied.is_empty() {
        tracing::info!(?applied, "database migrated");
    }
    let now = chrono::Utc::now().naive_utc();
    let mut conn = db.writer_blocking()?;
    let seeded = ops::groups::seed(&mut conn, now)?;
    if seeded > 0 {
        tracing::info!(seeded, "thematic groups created");
    }
    if let Some((email, password)) = &config.bootstrap_admin {
        let password = Password::parse(password.expose_secret()).map_err(anyhow::Error::msg)?;
        if ops::staff::ensure_bootstrap_admin(&mut conn, email.clone(), password, now)? {
            tracing::info!(%email, "bootstrap admin created");
        }
    }
    Ok(db)
}

/// On SQLite, which one process serves, whatever mail it had claimed before it
/// stopped is no longer being sent: free it now rather than when its lease ends.
/// (On PostgreSQL the senders' liveness locks tell, see `mail::alive`.)
fn release_own_claims(db: &Db) -> anyhow::Result<()> {
    if db.backend() == crate::db::Backend::Sqlite {
        let mut conn = db.writer_blocking()?;
        let released = ops::mail::release_claims(&mut conn)?;
        if released > 0 {
            tracing::info!(released, "mail claimed before the last stop released");
        }
    }
    Ok(())
}

/// Runs the migrations, then the one data step SQL cannot do on both backends:
/// linking the registrations and members already held to their organisations
/// (names folded the Unicode way). Returns the migrations applied.
pub fn migrate(db: &Db) -> anyhow::Result<Vec<String>> {
    let applied = db.migrate().map_err(anyhow::Error::msg)?;
    let mut conn = db.writer_blocking()?;
    let linked = ops::organisations::link_unlinked(&mut conn, chrono::Utc::now())?;
    if linked > 0 {
        tracing::info!(
            linked,
            "registrations and members linked to their organisations"
        );
    }
    Ok(applied)
}

/// The mailer and composer of a configuration, for `serve` and the CLI alike.
pub fn mail_parts(
    config: &Config,
    db: Db,
    templates: Arc<Tera>,
) -> anyhow::Result<(Mailer, Composer)> {
    let transport = Transport::from_config(config).map_err(anyhow::Error::msg)?;
    let composer = Composer::new(templates, &config.public_url);
    let mailer = Mailer::new(db, transport, config.mail_from.clone(), config.mail_lease);
    Ok((mailer, composer))
}

/// The background worker of a configuration: delivery, reminders and retention.
pub fn worker(config: &Config, mailer: Mailer, composer: Composer) -> Worker {
    Worker::new(mailer)
        .with_reminders(composer, config.reminder_hours)
        .with_retention(config.mail_retention_days)
}

pub async fn build(config: Config) -> anyhow::Result<Application> {
    if !config.public_url_given {
        tracing::warn!(
            public_url = %config.public_url,
            "CLUSTERCORD_PUBLIC_URL is not set: links in mail point to this address"
        );
    }
    if config.secret_key_is_random {
        tracing::warn!(
            "CLUSTERCORD_SECRET_KEY is not set: using a random key; sessions end at every restart"
        );
    }
    let prepared = config.clone();
    let db = tokio::task::spawn_blocking(move || {
        let db = prepare_database(&prepared)?;
        release_own_claims(&db)?;
        anyhow::Ok(db)
    })
    .await??;
    let templates = Arc::new(crate::templates::load().context("loading templates")?);
    // Off the executor: on PostgreSQL the sender connects to take its lock.
    let (parts_config, parts_db, parts_templates) = (config.clone(), db.clone(), templates.clone());
    let (mailer, composer) =
        tokio::task::spawn_blocking(move || mail_parts(&parts_config, parts_db, parts_templates))
            .await??;
    let listener = TcpListener::bind(config.bind)
        .with_context(|| format!("cannot listen on {}", config.bind))?;
    let port = listener.local_addr()?.port();
    let state = web::Data::new(AppState::new(config, db, templates, composer, mailer)?);
    let server = server(state.clone(), listener)?;
    Ok(Application {
        port,
        server,
        state,
    })
}

fn server(state: web::Data<AppState>, listener: TcpListener) -> anyhow::Result<Server> {
    let config = state.config.clone();
    let key = Key::from(config.secret_key_bytes());
    let workers = config.workers;
    let blocking_threads = config.db_pool_size as usize + 1;
    let server = HttpServer::new(move || {
        let session = SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
            .cookie_name("clustercord_session".into())
            .cookie_secure(config.cookies_secure())
            .cookie_http_only(true)
            .cookie_same_site(SameSite::Lax)
            .build();
        // The first `wrap` is the innermost: a body cut short becomes a 408 that the
        // metrics count and the security headers cover.
        App::new()
            .wrap(from_fn(crate::web::limits::cut_slow_bodies))
            .wrap(from_fn(crate::web::metrics::record))
            .wrap(session)
            .wrap(from_fn(crate::web::headers::no_store_when_private))
            .wrap(crate::web::headers::security())
            .wrap(Compress::default())
            .wrap(TracingLogger::<crate::web::client::ClientSpan>::new())
            .app_data(state.clone())
            .app_data(crate::web::client::TrustedProxies(
                config.trusted_proxies.clone(),
            ))
            .app_data(crate::web::limits::BodyPace {
                grace: config.body_timeout,
                min_rate: config.body_min_rate,
            })
            .app_data(web::PayloadConfig::new(config.body_limit))
            .app_data(web::FormConfig::default().limit(config.body_limit))
            .configure(api::extractor_config)
            .route("/health", web::get().to(api::system::health))
            .route("/metrics", web::get().to(api::system::metrics))
            .route("/api/openapi.json", web::get().to(api::system::openapi))
            .configure(api::routes)
            .service(web::scope("/api").default_service(web::to(api::not_found)))
            .configure(pages::routes)
    })
    .workers(workers)
    // Database work runs on blocking threads and waits for a pooled connection
    // anyway; more threads than connections (plus one for the writer queue) would
    // only add stacks and malloc arenas to the resident memory.
    .worker_max_blocking_threads(blocking_threads)
    .shutdown_timeout(20)
    .listen(listener)?
    .run();
    Ok(server)
}

impl Application {
    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> web::Data<AppState> {
        self.state.clone()
    }

    /// The worker `run_until_stopped` runs beside the server.
    pub fn worker(&self) -> Worker {
        let state = &self.state;
        worker(&state.config, state.mailer.clone(), state.composer.clone())
    }

    /// Serves until SIGTERM or Ctrl-C; with `CLUSTERCORD_NO_MAIL_SENDER` unset, the
    /// worker runs beside the server. Whichever stops first is reported: the server
    /// stopping ends the worker; the worker ending (it only ends when told, so a
    /// panic) stops the server and fails, so that a supervisor starts us again.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        if !self.state.config.mail_sender {
            self.server.await?;
            tracing::info!("HTTP server stopped");
            return Ok(());
        }
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let poll = self.state.config.mail_poll_interval;
        let mut worker = self
            .worker()
            .run_in_background(poll, async move {
                let _ = stopped.await;
            })
            .context("cannot start the mail worker's thread")?;
        let handle = self.server.handle();
        let mut server = self.server;
        tokio::select! {
            served = &mut server => {
                tracing::info!("HTTP server stopped; stopping the worker");
                let _ = stop.send(());
                let worked = worker.await;
                if let Err(error) = &worked {
                    tracing::error!(%error, "the worker failed while stopping");
                }
                served?;
                worked.context("the worker failed while stopping")
            }
            worked = &mut worker => {
                let why = match &worked {
                    Ok(()) => "it returned".to_owned(),
                    Err(_) => "it panicked".to_owned(),
                };
                tracing::error!(%why, "the worker stopped; stopping the HTTP server");
                handle.stop(true).await;
                let _ = server.await;
                anyhow::bail!("the background worker stopped: {why}")
            }
        }
    }

    /// Serves without the worker (tests deliver mail themselves).
    pub async fn run_server_only(self) -> std::io::Result<()> {
        self.server.await
    }
}
