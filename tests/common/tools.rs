//! External programs some tests need (LibreOffice to recalculate a workbook, Chromium
//! to render a page), and what happens when one is missing:
//!
//! - under `CI=true` the test fails, saying what to install: CI must run every test;
//! - elsewhere the test is skipped, and says so with a `SKIPPED <test>: …` line
//!   written straight to the process's standard error. libtest captures `eprintln!`
//!   and shows it only for failing tests, so a skip printed that way would pass
//!   unseen; a direct write is not captured and appears in `cargo test`'s output.
//!
//! Include it without the UI harness of `common/mod.rs`:
//! `#[path = "common/tools.rs"] mod tools;`
#![allow(dead_code)]

use std::io::Write;
use std::process::Command;
use std::sync::Mutex;

/// A program a test runs, and how a Debian machine gets it.
pub struct Tool {
    /// What it is, for messages: "LibreOffice Calc".
    pub name: &'static str,
    /// Commands to try, in order.
    pub commands: &'static [&'static str],
    /// How to install it (Debian, as `.ci/run` does).
    pub install: &'static str,
}

pub const LIBREOFFICE: Tool = Tool {
    name: "LibreOffice Calc",
    commands: &["soffice", "libreoffice"],
    install: "apt-get install -y --no-install-recommends libreoffice-calc-nogui",
};

pub const CHROMIUM: Tool = Tool {
    name: "Chromium",
    commands: &["chromium", "chromium-browser", "google-chrome"],
    install: "apt-get install -y --no-install-recommends chromium",
};

/// True when running in CI (`CI=true`, or `1`, as CI services set it).
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1")
}

/// The command that runs `tool`, or `None` when it is not installed and the test
/// should return early. Under CI a missing tool panics with what to install.
pub fn require(tool: &Tool) -> Option<&'static str> {
    match find(tool) {
        Some(command) => Some(command),
        None if in_ci() => panic!(
            "{} is needed and not installed (tried {}): {}",
            tool.name,
            tool.commands.join(", "),
            tool.install
        ),
        None => {
            skipped(&format!(
                "{} is not installed ({})",
                tool.name, tool.install
            ));
            None
        }
    }
}

/// Writes "SKIPPED <test>: <why>" where `cargo test` shows it.
pub fn skipped(why: &str) {
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("test");
    // Not eprintln!: libtest would capture it.
    let _ = writeln!(std::io::stderr().lock(), "SKIPPED {test}: {why}");
}

/// Tools looked up so far: name and the command found, if any.
type Found = Vec<(&'static str, Option<&'static str>)>;

/// The first of the tool's commands that answers `--version`, looked up once per
/// test binary.
fn find(tool: &Tool) -> Option<&'static str> {
    static FOUND: Mutex<Found> = Mutex::new(Vec::new());
    let mut found = FOUND.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, command)) = found.iter().find(|(name, _)| *name == tool.name) {
        return *command;
    }
    let command = tool.commands.iter().copied().find(|command| {
        Command::new(command)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    found.push((tool.name, command));
    command
}
