//! The `clustercord` binary: parse the command line, start logging, dispatch.

use std::process::ExitCode;

use clap::Parser;
use clustercord::cli::{Cli, Command};
use clustercord::config::Config;
use tracing_subscriber::EnvFilter;

// Measured against glibc's malloc (BENCHMARKS.md, issue 17, single runs): as fast
// or faster on both backends, with the resident set glibc reaches only with
// MALLOC_ARENA_MAX=2, which made it slower. `no_thp`: huge pages cost 20-60 MiB.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Before any other thread exists (see the crate's comment).
    alloc_tuning::purge_freed_memory_at_once();
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let config = match Config::from_settings(&cli.settings) {
        Ok(config) => config,
        Err(error) => {
            eprintln!("clustercord: {error}");
            return ExitCode::from(2);
        }
    };
    let command = cli.command.unwrap_or(Command::Serve);
    match actix_web::rt::System::new().block_on(clustercord::commands::run(command, config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("clustercord: {error:#}");
            ExitCode::FAILURE
        }
    }
}
