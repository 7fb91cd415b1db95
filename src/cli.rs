//! The command line: `serve` (the default), `migrate`, `admin create`, `mail ...`.
//! Every setting is also an environment variable; `config` checks them.

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "clustercord",
    version,
    about = "Exchange forums and study visits for transnational cluster cooperation",
    long_about = "Schedules exchange forums and study visits per thematic group, takes \
                  registrations with seats, waiting lists and country-balanced delegations, \
                  and sends invitations and confirmations by email in eight languages.\n\n\
                  With no subcommand, `serve` runs."
)]
pub struct Cli {
    #[command(flatten)]
    pub settings: Settings,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web app and deliver queued mail (the default)
    Serve,
    /// Apply pending database migrations, then exit
    Migrate,
    /// Manage staff accounts
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Work with the mail outbox
    #[command(subcommand)]
    Mail(MailCommand),
    /// Fill an empty database with a believable example (two groups with adopted
    /// plans, events held and coming, registrations from nine countries,
    /// attendance, minutes) and an admin to sign in with; refused on a database
    /// that holds data. The admin's password is CLUSTERCORD_ADMIN_PASSWORD, else
    /// made up and printed.
    Demo,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create a staff account. The password is read from CLUSTERCORD_ADMIN_PASSWORD,
    /// else from standard input (first line).
    Create(AdminCreate),
    /// Set a new password for a staff account (from CLUSTERCORD_ADMIN_PASSWORD or
    /// standard input); every session and API token of the account ends
    Password(AdminAccount),
    /// Disable a staff account: sign-in refused, every session and API token ended
    Disable(AdminAccount),
}

#[derive(Debug, Args)]
pub struct AdminAccount {
    /// The account's email address
    #[arg(long)]
    pub email: String,
}

#[derive(Debug, Args)]
pub struct AdminCreate {
    /// The account's email address, used to log in
    #[arg(long)]
    pub email: String,
    /// admin (every group) or coordinator (only the groups given with --group)
    #[arg(long, default_value = "admin")]
    pub role: String,
    /// A thematic group the coordinator manages, by slug; repeat for several
    #[arg(long = "group", value_name = "SLUG")]
    pub groups: Vec<String>,
    /// The name shown to other staff (default: the email address)
    #[arg(long)]
    pub name: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// Deliver every message that is due, once, then exit
    SendPending,
    /// Queue a test message to check the mail settings, and deliver it
    Test {
        /// Where to send the test message
        #[arg(long)]
        to: String,
    },
}

/// The default of each setting that has one: the clap attributes below and
/// `Settings::default` (hence `Config::new`) both read them from here.
pub mod defaults {
    pub const DATABASE_URL: &str = "sqlite://clustercord.db";
    pub const BIND: &str = "127.0.0.1:8080";
    pub const MAIL_DIR: &str = "mail-outbox";
    pub const MAIL_FROM: &str = "Clustercord <noreply@localhost>";
    pub const REMINDER_HOURS: &str = "48";
    /// Most of the programme's partners keep Central European time.
    pub const TIMEZONE: &str = "Europe/Brussels";
    pub const MAIL_RETENTION_DAYS: &str = "90";
    pub const RATE_LIMIT_PER_MINUTE: &str = "60";
    pub const DB_POOL_SIZE: &str = "4";
    pub const MAIL_LEASE_SECONDS: &str = "120";
    /// lettre 0.11.23 leaves Nagle's algorithm on, so every message waits for the
    /// server's delayed ACK (~40 ms on Linux; lettre PR #1159, not released yet).
    /// With one message in flight per connection, sixteen connections made 254 a
    /// second to a loopback server (BENCHMARKS.md), few enough for most relays.
    pub const SMTP_CONNECTIONS: &str = "16";
    pub const SESSION_IDLE_HOURS: &str = "12";
    pub const SESSION_MAX_HOURS: &str = "24";
}

/// The settings of CONTRACT.md, as flags and environment variables. Kept as text
/// here so that `config` can say which variable is wrong, in one line.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// sqlite://FILE or postgres://user@host/db
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = defaults::DATABASE_URL,
        global = true
    )]
    pub database_url: String,
    /// Listen address
    #[arg(
        long,
        env = "CLUSTERCORD_BIND",
        default_value = defaults::BIND,
        global = true
    )]
    pub bind: String,
    /// Base of every link in emails (default: http:// and the listen address)
    #[arg(long, env = "CLUSTERCORD_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,
    /// smtp://host:port or smtps://user:pass@host; unset writes mail to files
    #[arg(
        long,
        env = "CLUSTERCORD_SMTP_URL",
        global = true,
        hide_env_values = true
    )]
    pub smtp_url: Option<String>,
    /// Where mail files go when no SMTP server is set
    #[arg(
        long,
        env = "CLUSTERCORD_MAIL_DIR",
        default_value = defaults::MAIL_DIR,
        global = true
    )]
    pub mail_dir: String,
    /// Sender of every email
    #[arg(
        long,
        env = "CLUSTERCORD_MAIL_FROM",
        default_value = defaults::MAIL_FROM,
        global = true
    )]
    pub mail_from: String,
    /// Bootstrap admin, created at start when no admin exists yet
    #[arg(long, env = "CLUSTERCORD_ADMIN_EMAIL", global = true)]
    pub admin_email: Option<String>,
    /// Password of the bootstrap admin
    #[arg(
        long,
        env = "CLUSTERCORD_ADMIN_PASSWORD",
        global = true,
        hide_env_values = true
    )]
    pub admin_password: Option<String>,
    /// Signs cookies and tokens; at least 64 bytes; random at each start when unset
    #[arg(
        long,
        env = "CLUSTERCORD_SECRET_KEY",
        global = true,
        hide_env_values = true
    )]
    pub secret_key: Option<String>,
    /// The time zone of the staff pages' own times (audit log, outgoing mail)
    #[arg(
        long,
        env = "CLUSTERCORD_TIMEZONE",
        default_value = defaults::TIMEZONE,
        global = true
    )]
    pub timezone: String,
    /// Reminders go this many hours before an event starts
    #[arg(
        long,
        env = "CLUSTERCORD_REMINDER_HOURS",
        default_value = defaults::REMINDER_HOURS,
        global = true
    )]
    pub reminder_hours: String,
    /// Sent and failed mail is deleted this many days after it was sent or written
    #[arg(
        long,
        env = "CLUSTERCORD_MAIL_RETENTION_DAYS",
        default_value = defaults::MAIL_RETENTION_DAYS,
        global = true
    )]
    pub mail_retention_days: String,
    /// Public POSTs allowed per client address per minute; 0 turns the limit off
    #[arg(
        long,
        env = "CLUSTERCORD_RATE_LIMIT_PER_MINUTE",
        default_value = defaults::RATE_LIMIT_PER_MINUTE,
        global = true
    )]
    pub rate_limit_per_minute: String,
    /// Database connections in the pool (readers on SQLite)
    #[arg(
        long,
        env = "CLUSTERCORD_DB_POOL_SIZE",
        default_value = defaults::DB_POOL_SIZE,
        global = true
    )]
    pub db_pool_size: String,
    /// HTTP worker threads (default: one per core)
    #[arg(long, env = "CLUSTERCORD_WORKERS", global = true)]
    pub workers: Option<String>,
    /// How long a message claimed by a sender stays reserved for it; after a crash
    /// it is sent again once this has passed
    #[arg(
        long,
        env = "CLUSTERCORD_MAIL_LEASE_SECONDS",
        default_value = defaults::MAIL_LEASE_SECONDS,
        global = true
    )]
    pub mail_lease_seconds: String,
    /// SMTP connections the sender keeps open and sends over at once
    #[arg(
        long,
        env = "CLUSTERCORD_SMTP_CONNECTIONS",
        default_value = defaults::SMTP_CONNECTIONS,
        global = true
    )]
    pub smtp_connections: String,
    /// A staff session ends after this many hours without a request
    #[arg(
        long,
        env = "CLUSTERCORD_SESSION_IDLE_HOURS",
        default_value = defaults::SESSION_IDLE_HOURS,
        global = true
    )]
    pub session_idle_hours: String,
    /// A staff session ends this many hours after sign-in, however busy
    #[arg(
        long,
        env = "CLUSTERCORD_SESSION_MAX_HOURS",
        default_value = defaults::SESSION_MAX_HOURS,
        global = true
    )]
    pub session_max_hours: String,
    /// Proxies whose X-Forwarded-For is believed: addresses or CIDR ranges,
    /// separated by commas (unset: the connection's address is the client's)
    #[arg(long, env = "CLUSTERCORD_TRUSTED_PROXIES", global = true)]
    pub trusted_proxies: Option<String>,
    /// When set, /metrics answers only `Authorization: Bearer <this token>`
    #[arg(
        long,
        env = "CLUSTERCORD_METRICS_TOKEN",
        global = true,
        hide_env_values = true
    )]
    pub metrics_token: Option<String>,
    /// Do not deliver mail from this process (another `serve` or a cron
    /// `mail send-pending` does)
    #[arg(long, env = "CLUSTERCORD_NO_MAIL_SENDER", global = true)]
    pub no_mail_sender: bool,
}

/// Every setting at its default, as if nothing were given.
impl Default for Settings {
    fn default() -> Self {
        Settings {
            database_url: defaults::DATABASE_URL.into(),
            bind: defaults::BIND.into(),
            public_url: None,
            smtp_url: None,
            mail_dir: defaults::MAIL_DIR.into(),
            mail_from: defaults::MAIL_FROM.into(),
            admin_email: None,
            admin_password: None,
            secret_key: None,
            timezone: defaults::TIMEZONE.into(),
            reminder_hours: defaults::REMINDER_HOURS.into(),
            mail_retention_days: defaults::MAIL_RETENTION_DAYS.into(),
            rate_limit_per_minute: defaults::RATE_LIMIT_PER_MINUTE.into(),
            db_pool_size: defaults::DB_POOL_SIZE.into(),
            workers: None,
            mail_lease_seconds: defaults::MAIL_LEASE_SECONDS.into(),
            smtp_connections: defaults::SMTP_CONNECTIONS.into(),
            session_idle_hours: defaults::SESSION_IDLE_HOURS.into(),
            session_max_hours: defaults::SESSION_MAX_HOURS.into(),
            trusted_proxies: None,
            metrics_token: None,
            no_mail_sender: false,
        }
    }
}
