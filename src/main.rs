//! `offering-desk`: the window with no subcommand, the command line with one.

use std::process::ExitCode;

use clap::Parser;
use offering_desk::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => match cli::run(command, &mut std::io::stdout().lock()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        None => offering_desk::ui::run(offering_desk::ui::StartOptions {
            file: cli.file,
            panel: cli.panel,
            theme: cli.theme,
            data_dir: None,
        }),
    }
}
