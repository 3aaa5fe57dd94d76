//! A saved scenario is always wholly the old version or wholly the new one: when the
//! saving process is killed at any moment, and when the save itself fails (read-only
//! folder, missing folder, a folder in the way).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use offering_desk::scenario::{self, Scenario, to_json};
use offering_desk::storage::{self, FileError};

/// Set by the parent test to the path the child saves to.
const CHILD_ENV: &str = "OFFERING_DESK_SAVE_CHILD";
/// The child prints these before and after each save: a kill whose last line is
/// SAVING landed inside a save.
const SAVING: &str = "OFFERING-DESK-SAVE-CHILD-SAVING";
const SAVED: &str = "OFFERING-DESK-SAVE-CHILD-SAVED";
/// At least this many rounds, and at least this many kills inside a save.
const ROUNDS: usize = 30;
const KILLS_INSIDE_A_SAVE: usize = 10;
/// Rounds at most, should kills keep landing between saves on a slow machine.
const MAX_ROUNDS: usize = 300;

/// Two versions that differ at the start, the middle and the end of the file.
fn versions() -> [Scenario; 2] {
    let a = scenario::sample().unwrap();
    let mut b = a.clone();
    b.title.push_str(" (revised)");
    b.offering.new_shares = 5_000_000;
    b.price_history
        .closes
        .truncate(b.price_history.closes.len() / 2);
    b.notes = "revised after the board meeting".into();
    // The last field of the file (schema version 3).
    b.notes_ja = "取締役会後に改訂".into();
    [a, b]
}

/// Run by the kill test as its child process: saves the two versions alternately
/// until it is killed (or, as a safety net should the parent die first, for 20 s).
/// Run as an ordinary test, it checks what the kill test relies on: the two versions
/// differ at the start, the middle and the end of the file, so a file cut anywhere is
/// neither.
#[test]
fn child_saves_in_a_loop() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        let [a, b] = versions().map(|v| to_json(&v));
        let (a, b) = (a.as_bytes(), b.as_bytes());
        assert_ne!(a[..200], b[..200], "the starts differ (the title)");
        assert_ne!(
            a[a.len() - 200..],
            b[b.len() - 200..],
            "the ends differ (the Japanese notes)"
        );
        assert_ne!(a.len(), b.len());
        return;
    };
    let path = PathBuf::from(path);
    let deadline = Instant::now() + Duration::from_secs(20);
    for version in versions().iter().cycle() {
        if Instant::now() > deadline {
            break;
        }
        println!("{SAVING}");
        storage::save_scenario(&path, version).unwrap();
        println!("{SAVED}");
    }
}

/// Kills the child if the parent panics before it does.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A small xorshift generator: the delays need no more, and the seed is printed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_or_the_new_file() {
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    println!("kill delays seeded with {seed}");
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deal.json");
    let versions = versions();
    let texts = versions.each_ref().map(to_json);
    let exe = std::env::current_exe().unwrap();

    let mut landed = [0usize; 2];
    let mut inside_a_save = 0;
    let mut round = 0;
    while round < ROUNDS || (inside_a_save < KILLS_INSIDE_A_SAVE && round < MAX_ROUNDS) {
        round += 1;
        let child = Command::new(&exe)
            .args([
                "--exact",
                "child_saves_in_a_loop",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut child = KillOnDrop(child);
        // Time one save, let a few more pass, then kill the child somewhere inside the
        // next one: the delay is a random fraction of a save, whatever the disk's speed.
        let stdout = child.0.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines().map_while(Result::ok);
        let mut next_saved = || {
            lines
                .by_ref()
                .find(|line| line.trim_end().ends_with(SAVED))
                .map(|_| Instant::now())
                .unwrap_or_else(|| panic!("round {round}: the child stopped saving"))
        };
        let first = next_saved();
        let save_time = next_saved() - first;
        for _ in 0..rng.below(2) {
            next_saved();
        }
        let delay = rng.below(save_time.as_micros() as u64 + 1);
        std::thread::sleep(Duration::from_micros(delay));
        child.0.kill().unwrap();
        child.0.wait().unwrap();
        // What the child said last tells whether the kill landed inside a save.
        let last = lines
            .filter(|l| l.ends_with(SAVING) || l.ends_with(SAVED))
            .last()
            .unwrap_or_default();
        if last.ends_with(SAVING) {
            inside_a_save += 1;
        }

        let text = std::fs::read_to_string(&path).unwrap();
        let which = texts.iter().position(|t| *t == text).unwrap_or_else(|| {
            panic!(
                "round {round}: the file is neither version ({} bytes)",
                text.len()
            )
        });
        landed[which] += 1;
        assert_eq!(storage::load_scenario(&path).unwrap(), versions[which]);
        let bak = storage::backup_path(&path);
        if bak.exists() {
            let backup = storage::load_scenario(&bak)
                .unwrap_or_else(|e| panic!("round {round}: the backup does not load: {e}"));
            assert!(versions.contains(&backup), "round {round}: odd backup");
        }
        // Anything else is an unfinished temporary file: hidden, named after the file,
        // never taken for it (not *.json) and not touched by loading.
        for name in names_in(dir.path()) {
            if name == "deal.json" || name == "deal.json.bak" {
                continue;
            }
            assert!(
                name.starts_with(".deal.json.") && name.ends_with(".tmp"),
                "round {round}: unexpected file {name}"
            );
        }
    }
    let leftovers = names_in(dir.path()).len() - 2;
    println!(
        "{round} kills, {inside_a_save} inside a save: old/new version {landed:?}, \
         {leftovers} unfinished temporary files"
    );
    assert!(
        inside_a_save >= KILLS_INSIDE_A_SAVE,
        "only {inside_a_save} of {round} kills landed inside a save: the test proved little"
    );
    assert!(
        landed[0] > 0 && landed[1] > 0,
        "both versions seen: {landed:?}"
    );
}

// ---------------------------------------------------------------- failed saves

/// Everything under `dir`, names and bytes (folders as `None`), to show a failed save
/// changed nothing.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Option<Vec<u8>>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p.clone());
                out.push((p, None));
            } else {
                out.push((p.clone(), Some(std::fs::read(&p).unwrap())));
            }
        }
    }
    out.sort();
    out
}

/// Saves `new` to `target`, expecting a failure that names `target` and leaves every
/// file under `root` as it was.
fn assert_save_fails_cleanly(case: &str, root: &Path, target: &Path) {
    let before = snapshot(root);
    let new = &versions()[1];
    let err = match storage::save_scenario(target, new) {
        Ok(_) => panic!("{case}: the save succeeded"),
        Err(e) => e,
    };
    assert!(matches!(err, FileError::Io { .. }), "{case}: {err:?}");
    let message = err.to_string();
    assert!(
        message.contains(&target.display().to_string()),
        "{case}: the message does not name {}: {message}",
        target.display()
    );
    assert_eq!(snapshot(root), before, "{case}: files changed");
}

#[test]
fn a_failed_save_names_the_path_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let old = &versions()[0];

    // The folder does not exist.
    assert_save_fails_cleanly(
        "missing folder",
        root,
        &root.join("no such folder").join("deal.json"),
    );

    // The "folder" is a file.
    std::fs::write(root.join("notes.txt"), "not a folder").unwrap();
    assert_save_fails_cleanly(
        "a file as the folder",
        root,
        &root.join("notes.txt").join("deal.json"),
    );

    // The target is a folder (with something in it).
    let folder = root.join("folder.json");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("inside.txt"), "keep me").unwrap();
    assert_save_fails_cleanly("a folder as the target", root, &folder);

    // The backup's name is taken by a folder: the backup cannot be made, so the file
    // is not replaced.
    let sub = root.join("bak-blocked");
    std::fs::create_dir(&sub).unwrap();
    let path = sub.join("deal.json");
    storage::save_scenario(&path, old).unwrap();
    std::fs::create_dir(storage::backup_path(&path)).unwrap();
    assert_save_fails_cleanly("a folder as the backup", root, &path);
    assert_eq!(storage::load_scenario(&path).unwrap(), *old);
}

/// Set when the read-only test runs itself as an unprivileged user: the folder to use.
#[cfg(unix)]
const READ_ONLY_CHILD_ENV: &str = "OFFERING_DESK_READ_ONLY_CHILD";
/// Printed by that run once the check has been made.
#[cfg(unix)]
const READ_ONLY_CHECKED: &str = "OFFERING-DESK-READ-ONLY-CHECKED";
/// The unprivileged user and group (nobody, nogroup).
#[cfg(unix)]
const NOBODY: u32 = 65534;

/// Root ignores folder permissions, and CI runs as root: there the test runs itself
/// again as user nobody, so the check is made wherever the suite runs.
#[cfg(unix)]
#[test]
fn a_save_into_a_read_only_folder_fails_and_keeps_the_old_file() {
    use std::os::unix::fs::{PermissionsExt, chown};
    use std::os::unix::process::CommandExt;

    if let Some(dir) = std::env::var_os(READ_ONLY_CHILD_ENV) {
        check_read_only_folder(Path::new(&dir));
        println!(
            "{READ_ONLY_CHECKED} as uid {}",
            effective_uid(Path::new(&dir))
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    if effective_uid(dir.path()) != 0 {
        check_read_only_folder(dir.path());
        return;
    }
    // As root: a copy of this test binary, and a folder, that nobody may use.
    let mode = |p: &Path, m: u32| std::fs::set_permissions(p, PermissionsExt::from_mode(m));
    mode(dir.path(), 0o755).unwrap();
    let exe = dir.path().join("save_faults");
    std::fs::copy(std::env::current_exe().unwrap(), &exe).unwrap();
    mode(&exe, 0o755).unwrap();
    let work = dir.path().join("work");
    std::fs::create_dir(&work).unwrap();
    chown(&work, Some(NOBODY), Some(NOBODY)).unwrap();
    let run = || {
        Command::new(&exe)
            .args([
                "--exact",
                "a_save_into_a_read_only_folder_fails_and_keeps_the_old_file",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(READ_ONLY_CHILD_ENV, &work)
            .uid(NOBODY)
            .gid(NOBODY)
            .output()
    };
    // A child forked by a test running in parallel (the kill test) may still hold the
    // copy open for writing for a moment: exec then fails with "text file busy".
    const TEXT_FILE_BUSY: i32 = 26;
    let mut out = run();
    for _ in 0..50 {
        match &out {
            Err(e) if e.raw_os_error() == Some(TEXT_FILE_BUSY) => {
                std::thread::sleep(Duration::from_millis(20));
                out = run();
            }
            _ => break,
        }
    }
    let out = out.expect("running the check as user nobody");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the check as user nobody failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(&format!("{READ_ONLY_CHECKED} as uid {NOBODY}")),
        "the check did not run as user nobody:\n{stdout}"
    );
}

/// The uid files are created with here: the effective user.
#[cfg(unix)]
fn effective_uid(dir: &Path) -> u32 {
    use std::os::unix::fs::MetadataExt;
    let probe = tempfile::NamedTempFile::new_in(dir).unwrap();
    probe.as_file().metadata().unwrap().uid()
}

/// Saving into a folder the user may not write to fails, names the file and leaves
/// the old file as it was. Panics if the folder is writable after all.
#[cfg(unix)]
fn check_read_only_folder(root: &Path) {
    use std::os::unix::fs::PermissionsExt;

    /// Gives the folder its permissions back, so the temporary folder can be removed.
    struct Writable<'a>(&'a Path);
    impl Drop for Writable<'_> {
        fn drop(&mut self) {
            let _ = std::fs::set_permissions(self.0, std::fs::Permissions::from_mode(0o755));
        }
    }

    let folder = root.join("read-only");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("deal.json");
    storage::save_scenario(&path, &versions()[0]).unwrap();

    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    let _restore = Writable(&folder);
    assert!(
        std::fs::write(folder.join("probe"), "").is_err(),
        "this user may write into a read-only folder: nothing would be tested"
    );
    assert_save_fails_cleanly("read-only folder", root, &path);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        to_json(&versions()[0])
    );
}
