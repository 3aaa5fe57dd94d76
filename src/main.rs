//! `offering-desk`: the window with no subcommand, the command line with one.

// On Windows a windowed program, so no console window opens beside the desk from
// Explorer or the Start menu; the command line attaches to its caller's console.
#![cfg_attr(windows, windows_subsystem = "windows")]

mod console;

use std::process::ExitCode;

use clap::Parser;
use offering_desk::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help, --version and argument errors are for the console.
            console::attach_to_parent();
            e.exit();
        }
    };
    match cli.command {
        Some(command) => {
            console::attach_to_parent();
            let language = command.language();
            match cli::run(command, &mut std::io::stdout().lock()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {}", e.message_in(language));
                    ExitCode::FAILURE
                }
            }
        }
        None => offering_desk::ui::run(offering_desk::ui::StartOptions {
            file: cli.file,
            panel: cli.panel,
            theme: cli.theme,
            language: cli.lang,
            compare: cli.compare,
            data_dir: None,
        }),
    }
}
