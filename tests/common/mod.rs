//! Shared set-up for the UI tests: the real `eframe::App` in an egui_kittest harness,
//! at a realistic window size, with no display and no stored settings.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use eframe::egui::accesskit::Role;
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use offering_desk::i18n::{self, Language};
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

/// The window in Japanese on `panel` (the Offering panel when `None`).
pub fn japanese_on(panel: Option<Panel>) -> Harness<'static, DeskApp> {
    harness_with(StartOptions {
        language: Some(Language::Japanese),
        panel,
        ..StartOptions::default()
    })
}

/// The window on `start`, in English unless `start` names a language: tests that read
/// text pin the language, whatever the machine's locale.
pub fn harness_with(mut start: StartOptions) -> Harness<'static, DeskApp> {
    start.language.get_or_insert(Language::English);
    // A few more frames than kittest's default 4 before `run` gives up: a window with a
    // background job (a paid-in valuation) takes one or two frames more to settle when
    // the machine is loaded, and then settles.
    let mut h = Harness::builder()
        .with_size([1280.0, 900.0])
        .with_max_steps(12)
        .build_eframe(move |cc| DeskApp::new(cc, start));
    h.run();
    h
}

/// The text field labelled `label`: one line or several.
pub fn text_field<'h>(h: &'h Harness<'static, DeskApp>, label: &'h str) -> egui_kittest::Node<'h> {
    h.query_by_role_and_label(Role::TextInput, label)
        .or_else(|| h.query_by_role_and_label(Role::MultilineTextInput, label))
        .unwrap_or_else(|| panic!("no text field labelled {label:?}"))
}

/// Selects all text in the text field labelled `label` and types `text` in its place.
pub fn retype(h: &mut Harness<'static, DeskApp>, label: &str, text: &str) {
    text_field(h, label).focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    text_field(h, label).type_text(text);
    h.run();
}

/// The text currently shown in the text field labelled `label`.
pub fn field_text(h: &Harness<'static, DeskApp>, label: &str) -> String {
    text_field(h, label).value().unwrap_or_default()
}

/// True when some node's label contains `text`: for messages and sentences, which
/// tests quote in part. A figure is checked whole and on its row with [`figure`] or
/// [`shows_exactly`]: "JPY 3,346" is also a part of "JPY 3,346.5".
pub fn shows(h: &Harness<'static, DeskApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// Presses Ctrl (Cmd on macOS) + `key`.
pub fn shortcut(h: &mut Harness<'static, DeskApp>, key: Key) {
    h.key_press_modifiers(Modifiers::COMMAND, key);
    h.run();
}

/// True when some node's label is exactly `text` (not merely contains it).
pub fn shows_exactly(h: &Harness<'static, DeskApp>, text: &str) -> bool {
    use egui_kittest::kittest::NodeT;
    h.query_all_by_label_contains(text).any(|n| {
        let n = n.accesskit_node();
        // Table cells pad figures with spaces to line them up.
        n.value().is_some_and(|v| v.trim() == text) || n.label().is_some_and(|l| l.trim() == text)
    })
}

/// The value of the figure labelled `row`: the text nearest to the label's right on
/// the same row. Ties a figure to its row, so a test cannot pass on the same number
/// shown elsewhere. Rows whose label is followed by an input field are fields, not
/// figures, and are passed over (the offering's "Amount to be paid" is both).
pub fn figure(h: &Harness<'static, DeskApp>, row: &str) -> String {
    let found: Vec<String> = h
        .query_all_by_role_and_label(Role::Label, row)
        .filter_map(|label| {
            let right = right_of(h, label.rect());
            match right.first() {
                Some((role, text)) if *role == Role::Label => Some(text.clone()),
                _ => None,
            }
        })
        .collect();
    match found.as_slice() {
        [one] => one.clone(),
        [] => panic!("no figure on a row labelled {row:?}"),
        many => panic!("several figures labelled {row:?}: {many:?}"),
    }
}

/// The text shown after the input field of the row labelled `row` (the effective date
/// beside a timetable override).
pub fn after_field(h: &Harness<'static, DeskApp>, row: &str) -> String {
    let field = h.get_by_role_and_label(Role::TextInput, row).rect();
    right_of(h, field)
        .into_iter()
        .find(|(role, _)| *role == Role::Label)
        .map(|(_, t)| t)
        .unwrap_or_else(|| panic!("nothing after the field of {row:?}"))
}

/// Nodes with text on the same row as `label`, to its right, nearest first.
fn right_of(h: &Harness<'static, DeskApp>, label: eframe::egui::Rect) -> Vec<(Role, String)> {
    use egui_kittest::kittest::NodeT;
    let mut found: Vec<(f32, Role, String)> = Vec::new();
    let nodes = h
        .query_all_by_role(Role::Label)
        .chain(h.query_all_by_role(Role::TextInput));
    for node in nodes {
        if node.accesskit_node().bounding_box().is_none() {
            continue;
        }
        let r = node.rect();
        // On the row: the spans overlap (cells of a tall row are centred, not aligned).
        let same_row = r.min.y < label.max.y && r.max.y > label.min.y;
        if !same_row || r.min.x < label.max.x {
            continue;
        }
        let n = node.accesskit_node();
        let role = n.role();
        // egui gives a label's text as its accessible value.
        let text = n
            .value()
            .or_else(|| n.label())
            .unwrap_or_default()
            .trim()
            .to_owned();
        if role == Role::TextInput || (role == Role::Label && !text.is_empty()) {
            found.push((r.min.x, role, text));
        }
    }
    found.sort_by(|a, b| a.0.total_cmp(&b.0));
    found
        .into_iter()
        .map(|(_, role, text)| (role, text))
        .collect()
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

/// A panel's English name, as its tab shows it.
pub fn panel_name(panel: Panel) -> String {
    i18n::text(Language::English, panel.message_id())
}

/// The sample with T = 12 years and r read off a one-day JGB curve by "Use this rate":
/// 0.860 % + (12 − 10) ÷ (15 − 10) × (1.272 % − 0.860 %) = 1.0248 % on 2013-07-11,
/// from a file called jgbcm_all.csv.
pub fn sample_with_r_from_the_curve() -> offering_desk::scenario::Scenario {
    use offering_desk::domain::yield_curve::{CurveMethod, parse_curve, rate_for};
    let curve = parse_curve(
        "国債金利情報\n基準日,1年,10年,15年,20年,40年\nH25.7.11,0.100,0.860,1.272,1.640,1.890\n",
    )
    .unwrap();
    let mut s = offering_desk::scenario::sample().unwrap();
    s.option.term_years = 12.into();
    let r = rate_for(
        &curve.rows,
        s.option.allotment_date,
        s.option.term_years,
        CurveMethod::Linear,
    )
    .unwrap();
    s.option.risk_free_rate = r.rate;
    s.option.risk_free_rate_source =
        offering_desk::scenario::RateSource::from_curve("jgbcm_all.csv", &r);
    s
}

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
pub struct Dropped(pub std::path::PathBuf);

impl eframe::egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Drops `paths` on the window together, and lets one frame take them.
pub fn drop_files(h: &mut Harness<'static, DeskApp>, paths: &[std::path::PathBuf]) {
    for path in paths {
        h.input_mut()
            .dropped_files
            .push(std::sync::Arc::new(Dropped(path.clone())));
    }
    h.step();
}

/// The bundled example's grant over one year (valued 2013-07-11, exercisable 2014-01-10
/// to 2014-07-10: 245 TSE closes) on 1,000 path pairs, so a debug build values it in a
/// moment; `edit` changes the JSON further.
pub fn paid_file(dir: &Path, edit: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let text = std::fs::read_to_string("assets/scenarios/paid-in-example.json").unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let paid = &mut json["paid_option"];
    paid["exercise_period_start"] = serde_json::json!("2014-01-10");
    paid["exercise_period_end"] = serde_json::json!("2014-07-10");
    paid["valuation"]["pairs"] = serde_json::json!(1000);
    // The example's tiers are tested on fiscal year-ends beyond this shortened period;
    // σ is the sample's measured one, which the values in the tests were computed with.
    paid.as_object_mut().unwrap().remove("performance");
    paid["volatility"] = serde_json::json!("0.425281");
    edit(&mut json);
    let path = dir.join("paid.json");
    std::fs::write(&path, serde_json::to_string(&json).unwrap()).unwrap();
    path
}

/// Runs frames 2 ms apart until `done` holds, at most `frames` of them: for work on a
/// background thread, which ends between frames. Returns whether `done` came to hold.
pub fn step_until(
    h: &mut Harness<'static, DeskApp>,
    frames: u32,
    done: impl Fn(&Harness<'static, DeskApp>) -> bool,
) -> bool {
    for _ in 0..frames {
        if done(h) {
            return true;
        }
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    done(h)
}
