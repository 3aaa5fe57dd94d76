//! Dialogs and messages as a user meets them: the unsaved-changes prompt carries its
//! command through a Save As, typed-path prompts are modal and keyboard-driven,
//! information fades while errors stay, and unsaved work reaches the recovery file
//! even when no frame is drawn (a minimised window).

mod common;

use std::path::PathBuf;

use common::*;
use eframe::egui::Key;
use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use offering_desk::scenario;
use offering_desk::ui::{Command, DeskApp, Panel, StartOptions};
use rust_decimal::Decimal;

fn click(h: &mut Harness<'static, DeskApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Clicks without waiting for the window to settle: the click starts a file-dialog
/// thread whose answer arrives a moment later (see `run_until`).
fn click_then_wait(h: &mut Harness<'static, DeskApp>, label: &str) {
    h.get_by_label(label).click();
    h.step();
}

/// Runs frames until `done` holds (the file-dialog thread answers within a moment).
fn run_until(h: &mut Harness<'static, DeskApp>, done: impl Fn(&Harness<'static, DeskApp>) -> bool) {
    for _ in 0..400 {
        if done(h) {
            return;
        }
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("condition not reached");
}

fn errors(h: &Harness<'static, DeskApp>) -> Vec<String> {
    h.state()
        .notices()
        .iter()
        .filter(|n| n.error)
        .map(|n| n.text.clone())
        .collect()
}

fn temp_path(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    (dir, path)
}

/// The sample has no file: "Save" in the prompt must ask where, then go on.
#[test]
fn save_in_the_unsaved_prompt_asks_where_and_then_starts_the_new_scenario() {
    let (_dir, path) = temp_path("kept.json");
    let mut h = harness();
    retype(&mut h, "Base price", "3,777");
    shortcut(&mut h, Key::N);
    assert!(shows(&h, "Save them before you start a new scenario?"));
    click_then_wait(&mut h, "Save");
    // No dialog service in tests: the typed-path prompt takes over.
    run_until(&mut h, |h| shows(h, "Save scenario as"));
    let field = h.get_by_role_and_label(Role::TextInput, "Path");
    assert!(field.is_focused(), "the path prompt takes the keyboard");
    field.type_text(&path.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.run();
    let saved = offering_desk::storage::load_scenario(&path).unwrap();
    assert_eq!(saved.offering.base_price, Decimal::from(3777));
    // …and the New that asked was carried out, with nothing contradictory said.
    assert_eq!(h.state().scenario().title, "Untitled scenario");
    assert_eq!(h.state().file_name(), "Untitled");
    assert!(!h.state().is_dirty());
    assert_eq!(errors(&h), Vec::<String>::new());
}

#[test]
fn cancelling_the_save_as_keeps_the_work_and_does_not_go_on() {
    let mut h = harness();
    retype(&mut h, "Base price", "3,777");
    shortcut(&mut h, Key::N);
    click_then_wait(&mut h, "Save");
    run_until(&mut h, |h| shows(h, "Save scenario as"));
    h.get_by_label("Cancel").click();
    // Steps, not `run`: the pointer is left over a field whose tooltip opens late.
    for _ in 0..8 {
        h.step();
    }
    assert!(!shows(&h, "Save scenario as"));
    assert_eq!(
        h.state().scenario().offering.base_price,
        Decimal::from(3777)
    );
    assert!(h.state().is_dirty());
    // A later save does not start a new scenario out of the blue.
    let (_dir, path) = temp_path("later.json");
    h.state_mut().push(Command::SaveAs(path.clone()));
    h.run();
    assert_eq!(h.state().file_name(), "later.json");
    assert_eq!(
        h.state().scenario().offering.base_price,
        Decimal::from(3777)
    );
}

#[test]
fn discard_then_a_failed_open_keeps_the_work_marked_unsaved() {
    let (dir, _) = temp_path("unused");
    let missing = dir.path().join("not-there.json");
    let mut h = harness();
    retype(&mut h, "Base price", "3,777");
    h.state_mut().push(Command::Open(missing));
    h.run();
    click(&mut h, "Discard changes");
    assert!(errors(&h).iter().any(|e| e.contains("Could not open")));
    assert_eq!(
        h.state().scenario().offering.base_price,
        Decimal::from(3777)
    );
    assert!(h.state().is_dirty(), "the work is still unsaved");
    assert!(shows(&h, "Unsaved changes"));
}

#[test]
fn a_path_prompt_is_modal_and_confirms_on_enter() {
    let (_dir, path) = temp_path("typed.json");
    let mut h = harness();
    click(&mut h, "File");
    click(&mut h, "Save to path…");
    let field = h.get_by_role_and_label(Role::TextInput, "Path");
    assert!(field.is_focused());
    // The menus and tabs behind it rest, and so do the shortcuts.
    assert!(h.get_by_label("File").accesskit_node().is_disabled());
    assert!(h.get_by_label("Summary").accesskit_node().is_disabled());
    shortcut(&mut h, Key::N);
    assert!(!shows(&h, "Save them before"));
    assert_eq!(h.state().file_name(), "Sample scenario (IIJ 2013)");
    h.get_by_role_and_label(Role::TextInput, "Path")
        .type_text(&path.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(!shows(&h, "Save scenario as"));
    assert!(path.exists());
    assert_eq!(h.state().file_name(), "typed.json");
    assert!(!h.get_by_label("File").accesskit_node().is_disabled());
}

#[test]
fn a_second_prompt_does_not_replace_the_one_being_typed_in() {
    let mut h = harness();
    click(&mut h, "File");
    click(&mut h, "Save to path…");
    h.get_by_role_and_label(Role::TextInput, "Path")
        .type_text("half-typed");
    h.run();
    // One prompt asked for by a command, one by a file dialog that is not available.
    h.state_mut().push(Command::OpenPathPrompt);
    h.state_mut()
        .push(Command::ExportDialog(offering_desk::report::Format::Csv));
    run_until(&mut h, |h| errors(h).len() == 2);
    assert!(shows(&h, "Save scenario as"));
    assert_eq!(field_text(&h, "Path"), "half-typed");
    for e in errors(&h) {
        assert_eq!(
            e,
            "Finish or cancel “Save scenario as” first, then try again."
        );
    }
}

#[test]
fn information_fades_and_errors_stay_until_dismissed() {
    let (dir, path) = temp_path("figures.csv");
    let mut h = harness();
    h.state_mut()
        .push(Command::Export(offering_desk::report::Format::Csv, path));
    h.run();
    assert!(shows(&h, "Exported"));
    h.state_mut().push(Command::Export(
        offering_desk::report::Format::Csv,
        dir.path().join("no-such-folder").join("x.csv"),
    ));
    h.run();
    assert!(shows(&h, "Could not export"));
    // The harness clock advances a quarter second a step: 8 s later…
    for _ in 0..32 {
        h.step();
    }
    assert!(!shows(&h, "Exported"), "information has faded");
    assert!(shows(&h, "Could not export"), "the error is still there");
    click(&mut h, "Dismiss");
    assert!(!shows(&h, "Could not export"));
    assert!(h.state().notices().is_empty());
}

#[test]
fn messages_do_not_push_the_form_down() {
    let mut h = harness();
    let before = h
        .get_by_role_and_label(Role::TextInput, "Base price")
        .rect();
    h.state_mut().push(Command::Export(
        offering_desk::report::Format::Csv,
        PathBuf::from("/no/such/folder/x.csv"),
    ));
    h.run();
    assert!(shows(&h, "Could not export"));
    let after = h
        .get_by_role_and_label(Role::TextInput, "Base price")
        .rect();
    assert_eq!(before, after);
}

#[test]
fn date_fields_take_japanese_and_era_forms() {
    let mut h = harness_on(Panel::Timetable);
    let label = "Calculation date";
    // 2013-07-10 is Heisei 25 (Heisei 1 = 1989), as the seed notice's base date.
    for (typed, expected) in [
        ("2013年7月9日", (2013, 7, 9)),
        ("2013/7/8", (2013, 7, 8)),
        ("H25.7.5", (2013, 7, 5)),
        ("平成25年7月10日", (2013, 7, 10)),
    ] {
        retype(&mut h, label, typed);
        let (y, m, d) = expected;
        assert_eq!(
            h.state().scenario().schedule.calculation_date,
            chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap(),
            "{typed}"
        );
    }
    retype(&mut h, label, "H31.5.1");
    assert!(shows(&h, "not in the Heisei era"));
}

/// eframe calls `App::logic` and no `App::ui` while the window is minimised, and
/// egui's clock stands still then: autosave must still happen.
#[test]
fn unsaved_work_is_kept_while_the_window_is_minimised() {
    use eframe::App;
    let data = tempfile::tempdir().unwrap();
    let mut h = harness_with(StartOptions {
        data_dir: Some(data.path().to_path_buf()),
        ..StartOptions::default()
    });
    retype(&mut h, "Base price", "3,888");
    let recovery = data.path().join("recovery.json");
    assert!(!recovery.exists());
    let ctx = h.ctx.clone();
    let mut frame = eframe::Frame::_new_kittest();
    let start = std::time::Instant::now();
    // Logic only, no frames: as eframe runs a minimised window.
    while start.elapsed() < std::time::Duration::from_secs(10) {
        h.state_mut().logic(&ctx, &mut frame);
        if std::fs::read_to_string(&recovery).is_ok_and(|t| t.contains("\"3888\"")) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("no recovery copy was written while minimised");
}

#[test]
fn the_sample_opens_with_no_messages() {
    let h = harness();
    assert!(h.state().notices().is_empty());
    assert_eq!(h.state().scenario(), &scenario::sample().unwrap());
}

/// The text the app put on the clipboard during the last step, if any.
fn copied(h: &Harness<'static, DeskApp>) -> Option<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            eframe::egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
}

#[test]
fn copy_summary_puts_cells_for_excel_on_the_clipboard() {
    let mut h = harness_on(Panel::Summary);
    h.get_by_label("Copy summary").click();
    // The copy happens in the frame that handles the click; look at that frame.
    let mut text = None;
    for _ in 0..4 {
        h.step();
        text = text.or_else(|| copied(&h));
    }
    let text = text.expect("something was copied");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], scenario::sample().unwrap().title);
    assert_eq!(lines[1], "section\titem\tvalue\tunit");
    // Seed 000's figures, one per row, as numbers a spreadsheet reads.
    for row in [
        "offering\tIssue price (selling price)\t3346\tJPY per share",
        "offering\tTotal amount of the issue price\t15726200000\tJPY",
        "offering\tPublic offering: stated capital increase\t7538800000\tJPY",
        "timetable\tPayment date\t2013-07-18\tdate",
    ] {
        assert!(lines.contains(&row), "{row:?} not in:\n{text}");
    }
    // Every row has four cells.
    assert!(lines[1..].iter().all(|l| l.split('\t').count() == 4));
}
