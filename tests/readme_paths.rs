//! The README is a map of the code: every path it names exists, and every function or
//! type it names beside a source file is defined in that file. A moved file or a
//! renamed function fails here instead of misleading the next reader.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).expect("README.md is readable")
}

/// Files at the root of the repository that the README may name without a folder.
const ROOT_FILES: &[&str] = &["build.rs", "Cargo.toml", "README.md", "Cargo.lock"];

/// Build output the README names as where things go; made by a command, never in git.
const GENERATED: &[&str] = &["dist/", "target/"];

/// A repository path as the README writes it: `src/storage.rs`, `src/report/xlsx/`,
/// `tests/ui_*.rs`. Example file names (`deal.json`) and commands have no folder or
/// contain spaces, so they are not taken for paths.
fn is_path(token: &str) -> bool {
    let allowed = |c: char| c.is_ascii_alphanumeric() || "_.-/*".contains(c);
    !token.is_empty()
        && token.chars().all(allowed)
        && !token.starts_with('/')
        && !token.starts_with('-')
        && !GENERATED.iter().any(|g| token.starts_with(g))
        && (token.contains('/') || ROOT_FILES.contains(&token))
}

/// True when `pattern` (a path, a folder ending in `/`, or one `*` wildcard in the
/// file name) names something that exists.
fn exists(pattern: &str) -> bool {
    let path = root().join(pattern.trim_end_matches('/'));
    if !pattern.contains('*') {
        return if pattern.ends_with('/') {
            path.is_dir()
        } else {
            path.exists()
        };
    }
    let (dir, name) = match pattern.rsplit_once('/') {
        Some((d, n)) => (root().join(d), n),
        None => (root(), pattern),
    };
    let Some((head, tail)) = name.split_once('*') else {
        return false;
    };
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries.flatten().any(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.len() >= head.len() + tail.len() && n.starts_with(head) && n.ends_with(tail)
        })
    })
}

/// Every span in backticks, in order.
fn backticked(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// The first word of each line of the fenced block under `## Layout`.
fn layout_paths(text: &str) -> Vec<String> {
    let Some(section) = text.split("## Layout").nth(1) else {
        return Vec::new();
    };
    let block = section.split("```").nth(1).unwrap_or("");
    block
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|t| is_path(t))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_path_the_readme_names_exists() {
    let text = readme();
    let mut named: Vec<String> = backticked(&text)
        .into_iter()
        .filter(|t| is_path(t))
        .map(str::to_owned)
        .collect();
    let layout = layout_paths(&text);
    assert!(
        layout.len() >= 8,
        "the Layout block lists the folders: {layout:?}"
    );
    named.extend(layout);
    // The rule map alone names well over twenty files.
    assert!(named.len() > 30, "too few paths found: {named:?}");
    let missing: Vec<&String> = named.iter().filter(|p| !exists(p)).collect();
    assert!(
        missing.is_empty(),
        "README.md names paths that do not exist: {missing:?}"
    );
}

/// True when `file` defines `name` (a function, type, constant or module).
fn defines(file: &Path, name: &str) -> bool {
    let Ok(source) = std::fs::read_to_string(file) else {
        return false;
    };
    [
        "fn", "struct", "enum", "const", "type", "mod", "trait", "static",
    ]
    .iter()
    .any(|kind| {
        source
            .match_indices(&format!("{kind} {name}"))
            .any(|(i, m)| {
                let next = source[i + m.len()..].chars().next();
                !next.is_some_and(|c| c.is_alphanumeric() || c == '_')
            })
    })
}

#[test]
fn every_function_named_beside_a_source_file_is_defined_there() {
    let text = readme();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for line in text.lines().filter(|l| l.starts_with('|')) {
        let mut file: Option<&str> = None;
        for token in backticked(line) {
            if is_path(token) {
                file = token.ends_with(".rs").then_some(token);
            } else if let Some(f) = file
                && token.chars().all(|c| c.is_alphanumeric() || c == '_')
            {
                checked += 1;
                if !defines(&root().join(f), token) {
                    wrong.push(format!("{f} `{token}`"));
                }
            }
        }
    }
    assert!(checked >= 10, "only {checked} names checked");
    assert!(
        wrong.is_empty(),
        "README.md names definitions that are not in the file beside them: {wrong:?}"
    );
}

#[test]
fn the_checks_themselves_tell_paths_from_other_text() {
    // Paths, folders and wildcards are taken; commands and example names are not.
    assert!(is_path("src/storage.rs") && is_path("src/report/xlsx/") && is_path("tests/ui_*.rs"));
    assert!(is_path("build.rs"));
    for not_a_path in [
        "deal.json",
        "cargo test",
        "3,450",
        "-D",
        "/usr/bin/x",
        "NAME.json.bak",
    ] {
        assert!(!is_path(not_a_path), "{not_a_path}");
    }
    // A missing file, folder or wildcard is noticed.
    assert!(exists("src/storage.rs") && exists("src/report/xlsx/") && exists("tests/ui_*.rs"));
    for missing in [
        "src/domain/options.rs",
        "src/nowhere/",
        "tests/nothing_*.rs",
    ] {
        assert!(!exists(missing), "{missing}");
    }
    assert!(defines(
        &root().join("src/domain/money.rs"),
        "round_down_to_yen"
    ));
    assert!(!defines(&root().join("src/domain/money.rs"), "round_down"));
}
