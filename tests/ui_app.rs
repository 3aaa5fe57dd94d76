//! The app's habits, driven through the real window: menus, files, the unsaved-changes
//! prompt, problems, undo and redo.

mod common;

use std::path::PathBuf;

use common::*;
use eframe::egui::{self, Key, ViewportEvent, ViewportId};
use egui_kittest::kittest::Queryable;
use offering_desk::scenario;
use offering_desk::ui::{Panel, StartOptions};
use rust_decimal::Decimal;

fn click(h: &mut egui_kittest::Harness<'static, offering_desk::ui::DeskApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn request_close(h: &mut egui_kittest::Harness<'static, offering_desk::ui::DeskApp>) {
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    h.run();
}

#[test]
fn the_window_opens_on_the_sample_scenario() {
    let h = harness();
    assert_eq!(h.state().file_name(), "Sample scenario (IIJ 2013)");
    assert!(shows(&h, "No problems"));
    assert!(!h.state().is_dirty());
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut h = harness();
    retype(&mut h, "Base price", "3,500");
    request_close(&mut h);
    assert!(shows(&h, "Unsaved changes"));
    assert!(shows(&h, "Save them before you quit?"));
    // Cancel keeps the work and the window.
    click(&mut h, "Cancel");
    assert!(!shows(&h, "Save them before you quit?"));
    assert_eq!(
        h.state().scenario().offering.base_price,
        Decimal::from(3500)
    );
}

#[test]
fn closing_without_changes_does_not_ask() {
    let mut h = harness();
    request_close(&mut h);
    assert!(!shows(&h, "Save them before you quit?"));
}

#[test]
fn new_with_unsaved_changes_asks_and_discard_starts_fresh() {
    let mut h = harness();
    retype(&mut h, "Base price", "3,500");
    shortcut(&mut h, Key::N);
    assert!(shows(&h, "Save them before you start a new scenario?"));
    click(&mut h, "Discard changes");
    assert_eq!(h.state().file_name(), "Untitled");
    assert_eq!(h.state().scenario().title, "Untitled scenario");
    assert!(!h.state().is_dirty());
}

#[test]
fn undo_and_redo_through_the_edit_menu_and_shortcuts() {
    let mut h = harness();
    retype(&mut h, "Base price", "4,000");
    assert_eq!(
        h.state().scenario().offering.base_price,
        Decimal::from(4000)
    );
    click(&mut h, "Edit");
    // Menu items with a shortcut are labelled with it too ("Undo Ctrl+Z").
    h.get_by_label_contains("Undo").click();
    h.run();
    assert_eq!(
        h.state().scenario().offering.base_price,
        Decimal::from(3450)
    );
    assert_eq!(field_text(&h, "Base price"), "3,450");
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(
        h.state().scenario().offering.base_price,
        Decimal::from(4000)
    );
    shortcut(&mut h, Key::Z);
    assert_eq!(
        h.state().scenario().offering.base_price,
        Decimal::from(3450)
    );
    shortcut(&mut h, Key::Y);
    assert_eq!(
        h.state().scenario().offering.base_price,
        Decimal::from(4000)
    );
}

#[test]
fn problems_jump_to_the_first_invalid_field() {
    let mut h = harness();
    retype(&mut h, "New shares (public offering)", "many");
    assert!(shows(&h, "is not a whole number"));
    click(&mut h, "Summary");
    assert!(shows(&h, "Copy summary"));
    click(&mut h, "⚠ 1 problem");
    // Back on the offering panel, with the invalid field focused.
    let field = h.get_by_role_and_label(
        egui::accesskit::Role::TextInput,
        "New shares (public offering)",
    );
    assert!(field.is_focused());
}

fn temp_file(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    (dir, path)
}

#[test]
fn open_path_loads_a_file_and_a_bad_file_leaves_the_scenario_untouched() {
    let (_dir, good) = temp_file("deal.json");
    let mut s = scenario::sample().unwrap();
    s.offering.new_shares = 5_000_000;
    offering_desk::storage::save_scenario(&good, &s).unwrap();
    let bad = good.with_file_name("broken.json");
    std::fs::write(&bad, "{\"schema_version\": 1, \"title\": 3}").unwrap();

    let mut h = harness();
    h.state_mut()
        .push(offering_desk::ui::Command::Open(bad.clone()));
    h.run();
    assert!(shows(&h, "Could not open the file"));
    assert!(shows(&h, "broken.json"));
    assert_eq!(h.state().scenario(), &scenario::sample().unwrap());

    // File > Open path… typed by hand.
    click(&mut h, "File");
    click(&mut h, "Open path…");
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Path")
        .type_text(&good.display().to_string());
    h.run();
    click(&mut h, "OK");
    assert_eq!(h.state().scenario().offering.new_shares, 5_000_000);
    assert_eq!(h.state().file_name(), "deal.json");
    // 3,346 × 5,000,000
    assert_eq!(
        figure(&h, "Total amount of the issue price"),
        "JPY 16,730,000,000"
    );
}

#[test]
fn save_to_a_typed_path_writes_the_scenario_and_clears_the_marker() {
    let (_dir, path) = temp_file("saved.json");
    let mut h = harness();
    retype(&mut h, "Discount rate", "4");
    assert!(h.state().is_dirty());
    click(&mut h, "File");
    click(&mut h, "Save to path…");
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Path")
        .type_text(&path.display().to_string());
    h.run();
    click(&mut h, "OK");
    assert!(!h.state().is_dirty());
    assert_eq!(h.state().file_name(), "saved.json");
    let reloaded = offering_desk::storage::load_scenario(&path).unwrap();
    assert_eq!(&reloaded, h.state().scenario());
}

#[test]
fn a_file_given_at_start_is_opened() {
    let (_dir, path) = temp_file("start.json");
    let mut s = scenario::sample().unwrap();
    s.title = "Opened at start".into();
    offering_desk::storage::save_scenario(&path, &s).unwrap();
    let h = harness_with(StartOptions {
        file: Some(path),
        panel: Some(Panel::Summary),
        ..StartOptions::default()
    });
    assert!(shows(&h, "Opened at start"));
}

#[test]
fn help_and_about_open_from_the_menu() {
    let mut h = harness();
    click(&mut h, "Help");
    click(&mut h, "About Offering Desk");
    assert!(shows(&h, "Version"));
    click(&mut h, "Close");
    click(&mut h, "Help");
    click(&mut h, "Formulas and sources");
    assert!(shows(&h, "Ordinance on Company Accounting art. 14"));
}

#[test]
fn dropping_a_csv_previews_it_and_replace_can_be_undone() {
    let (_dir, path) = temp_file("closes.csv");
    std::fs::write(
        &path,
        "日付,終値\n2024/01/04,\"1,000\"\n2024/01/05,1010\n2024/01/09,oops\n2024/01/10,995\n2024/01/11,1005\n",
    )
    .unwrap();
    let mut h = harness_on(Panel::Volatility);
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    // One frame takes the drop; the read then runs beside the frames.
    h.step();
    wait_for_import(&mut h);
    assert!(shows(&h, "Import price history"));
    assert!(shows(&h, "4 closes from 2024-01-04 to 2024-01-11"));
    assert!(shows(&h, "1 line rejected"));
    assert!(shows(&h, "line 4"));
    // Nothing is replaced before the user says so.
    assert_eq!(h.state().scenario().price_history.closes.len(), 1868);
    click(&mut h, "Replace price history");
    assert_eq!(h.state().scenario().price_history.closes.len(), 4);
    assert!(h.state().is_dirty());
    shortcut(&mut h, Key::Z);
    assert_eq!(h.state().scenario().price_history.closes.len(), 1868);
}

#[test]
fn export_from_the_window_writes_the_file_or_says_why_not() {
    let (dir, path) = temp_file("figures.csv");
    let mut h = harness();
    h.state_mut().push(offering_desk::ui::Command::Export(
        offering_desk::report::Format::Csv,
        path.clone(),
    ));
    h.run();
    assert!(shows(&h, "Exported"));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("15726200000")
    );

    let bad = dir.path().join("no-such-folder").join("figures.csv");
    h.state_mut().push(offering_desk::ui::Command::Export(
        offering_desk::report::Format::Csv,
        bad,
    ));
    h.run();
    assert!(shows(&h, "Could not export"));
    assert!(shows(&h, "no-such-folder"));
}

#[test]
fn the_export_menu_lists_every_format() {
    let mut h = harness();
    click(&mut h, "File");
    click(&mut h, "Export");
    for f in offering_desk::report::Format::ALL {
        assert!(shows(&h, &f.label()), "{}", f.label());
    }
}

#[test]
fn saving_over_a_file_changed_on_disk_asks_first() {
    let (_dir, path) = temp_file("shared.json");
    offering_desk::storage::save_scenario(&path, &scenario::sample().unwrap()).unwrap();
    let mut h = harness_with(StartOptions {
        file: Some(path.clone()),
        ..StartOptions::default()
    });
    retype(&mut h, "Base price", "3,600");
    // Another program rewrites the file meanwhile.
    let mut theirs = scenario::sample().unwrap();
    theirs.title = "Edited elsewhere".into();
    offering_desk::storage::save_scenario(&path, &theirs).unwrap();
    shortcut(&mut h, Key::S);
    assert!(shows(&h, "Changed on disk"));
    click(&mut h, "Cancel");
    assert_eq!(
        offering_desk::storage::load_scenario(&path).unwrap().title,
        "Edited elsewhere"
    );
    assert!(h.state().is_dirty());
    shortcut(&mut h, Key::S);
    click(&mut h, "Overwrite");
    let saved = offering_desk::storage::load_scenario(&path).unwrap();
    assert_eq!(saved.offering.base_price, Decimal::from(3600));
    assert!(!h.state().is_dirty());
}

/// Runs frames until `done` holds, advancing the harness clock; panics after a while.
fn run_until(
    h: &mut egui_kittest::Harness<'static, offering_desk::ui::DeskApp>,
    done: impl Fn() -> bool,
) {
    for _ in 0..400 {
        if done() {
            return;
        }
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("condition not reached");
}

#[test]
fn unsaved_work_survives_a_kill_and_is_offered_at_the_next_start() {
    let data = tempfile::tempdir().unwrap();
    let start = || StartOptions {
        data_dir: Some(data.path().to_path_buf()),
        ..StartOptions::default()
    };
    let recovery_file = data.path().join("recovery.json");
    {
        let mut h = harness_with(start());
        retype(&mut h, "Base price", "3,777");
        // Written a moment after editing pauses.
        run_until(&mut h, || {
            std::fs::read_to_string(&recovery_file).is_ok_and(|t| t.contains("\"3777\""))
        });
        // Dropped without a clean exit: as after a crash or a kill.
    }
    let mut h = harness_with(start());
    assert!(shows(&h, "Restore unsaved work?"));
    click(&mut h, "Restore");
    assert_eq!(
        h.state().scenario().offering.base_price,
        Decimal::from(3777)
    );
    assert!(h.state().is_dirty());
    // Saving makes the recovery copy unnecessary: it goes.
    let (_dir, path) = temp_file("restored.json");
    h.state_mut().push(offering_desk::ui::Command::SaveAs(path));
    h.run();
    run_until(&mut h, || !recovery_file.exists());
}

#[test]
fn discarding_recovered_work_removes_it() {
    let data = tempfile::tempdir().unwrap();
    let mut s = scenario::sample().unwrap();
    s.title = "Left behind".into();
    offering_desk::storage::recovery::write(
        data.path(),
        &s,
        &offering_desk::storage::recovery::RecoveryMeta::default(),
    )
    .unwrap();
    let mut h = harness_with(StartOptions {
        data_dir: Some(data.path().to_path_buf()),
        ..StartOptions::default()
    });
    assert!(shows(&h, "Left behind"));
    click(&mut h, "Discard them");
    assert!(!data.path().join("recovery.json").exists());
    assert_eq!(h.state().scenario(), &scenario::sample().unwrap());
}

#[test]
fn in_japanese_the_window_exports_japanese_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = japanese_on(None);
    let pricing = dir.path().join("pricing.md");
    h.state_mut().push(offering_desk::ui::Command::Export(
        offering_desk::report::Format::PricingNoticeMd,
        pricing.clone(),
    ));
    h.run();
    // The notice that says so is Japanese too.
    assert!(shows(
        &h,
        &format!("{} に書き出しました", pricing.display())
    ));
    let text = std::fs::read_to_string(&pricing).unwrap();
    assert!(text.contains("# 発行価格及び売出価格等の決定に関するお知らせ"));
    assert!(text.contains("(1) 発行価格（募集価格） | 1株につき3,346円"));

    let option = dir.path().join("option.md");
    h.state_mut().push(offering_desk::ui::Command::Export(
        offering_desk::report::Format::OptionNoticeMd,
        option.clone(),
    ));
    h.run();
    // The sample's amount per right (tests/reference/sample.json), in the Japanese draft.
    let text = std::fs::read_to_string(&option).unwrap();
    assert!(text.contains("新株予約権1個当たりの払込金額（1円未満切上げ）** | **665,119円**"));
}
