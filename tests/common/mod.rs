//! Shared set-up for the UI tests: the real `eframe::App` in an egui_kittest harness,
//! at a realistic window size, with no display and no stored settings.
#![allow(dead_code)]

use eframe::egui::accesskit::Role;
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use offering_desk::ui::{DeskApp, Panel, StartOptions};

pub fn harness() -> Harness<'static, DeskApp> {
    harness_with(StartOptions::default())
}

pub fn harness_on(panel: Panel) -> Harness<'static, DeskApp> {
    harness_with(StartOptions {
        panel: Some(panel),
        ..StartOptions::default()
    })
}

pub fn harness_with(start: StartOptions) -> Harness<'static, DeskApp> {
    let mut h = Harness::builder()
        .with_size([1280.0, 900.0])
        .build_eframe(move |cc| DeskApp::new(cc, start));
    h.run();
    h
}

/// Selects all text in the text field labelled `label` and types `text` in its place.
pub fn retype(h: &mut Harness<'static, DeskApp>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label).focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    h.run();
}

/// The text currently shown in the text field labelled `label`.
pub fn field_text(h: &Harness<'static, DeskApp>, label: &str) -> String {
    h.get_by_role_and_label(Role::TextInput, label)
        .value()
        .unwrap_or_default()
}

/// True when some node's label contains `text`.
pub fn shows(h: &Harness<'static, DeskApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// Presses Ctrl (Cmd on macOS) + `key`.
pub fn shortcut(h: &mut Harness<'static, DeskApp>, key: Key) {
    h.key_press_modifiers(Modifiers::COMMAND, key);
    h.run();
}

/// Runs frames until the background read of a price CSV is over (the preview or a
/// message is then showing), then lets the window settle. Step, don't `run`, while a
/// read goes on: the worker asks for frames as it advances.
pub fn wait_for_import(h: &mut Harness<'static, DeskApp>) {
    let started = std::time::Instant::now();
    while h.state().importing() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(300),
            "the import did not finish"
        );
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    // The preview opens with a sizing frame and may move once more as its texts wrap:
    // let it settle before anything is clicked by position.
    for _ in 0..3 {
        h.step();
    }
    h.run();
}
