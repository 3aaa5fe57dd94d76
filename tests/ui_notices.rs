//! The notices panel: the company, the board's dates and the option notice's standard
//! items, edited in the window and kept in the scenario.

mod common;

use chrono::NaiveDate;
use common::*;
use egui_kittest::kittest::Queryable;
use offering_desk::i18n::Language;
use offering_desk::report::{ExportOptions, Format, render_with};
use offering_desk::scenario::{Scenario, ScenarioResults, wording};
use offering_desk::ui::{Command, Panel};

/// The option notice's Markdown draft of `s` in `language`.
fn option_notice(s: &Scenario, language: Language) -> String {
    let options = ExportOptions {
        language,
        ..ExportOptions::default()
    };
    let bytes = render_with(
        Format::OptionNoticeMd,
        s,
        &ScenarioResults::compute(s),
        options,
    )
    .unwrap();
    String::from_utf8(bytes).unwrap()
}

fn switch_to(h: &mut egui_kittest::Harness<'static, offering_desk::ui::DeskApp>, l: Language) {
    h.state_mut().push(Command::SetLanguage(l));
    h.run();
}

#[test]
fn the_sample_shows_the_company_as_the_notices_name_it() {
    let h = harness_on(Panel::Notices);
    // Seed 000's identification line: ("IIJ", …, NASDAQ:IIJI, TSE:3774), "Tokyo, July 10".
    assert_eq!(
        field_text(&h, "Company name"),
        "Internet Initiative Japan Inc."
    );
    assert_eq!(field_text(&h, "Short name"), "IIJ");
    assert_eq!(field_text(&h, "Listing codes"), "NASDAQ:IIJI, TSE:3774");
    assert_eq!(field_text(&h, "Dateline city"), "Tokyo");
    // "resolved at the meeting of the Board of Directors held on July 2, 2013".
    assert_eq!(field_text(&h, "Launch resolution (board)"), "2013-07-02");
    // Seed 001 is dated June 26, 2013, the day of the board's resolution.
    assert_eq!(field_text(&h, "Board resolution"), "2013-06-26");
    // Items left to the standard wording show it.
    assert_eq!(
        field_text(&h, "(8) Conditions for acquisition"),
        wording::ACQUISITION_CONDITIONS
    );
}

#[test]
fn company_fields_and_dates_are_kept_in_the_scenario() {
    let mut h = harness_on(Panel::Notices);
    retype(&mut h, "Short name", "ACME");
    retype(&mut h, "Listing codes", "TSE:9999、 NASDAQ:ACME ,");
    retype(&mut h, "Pricing resolution (board)", "平成25年7月10日");
    let s = h.state().scenario();
    assert_eq!(s.company.short_name, "ACME");
    assert_eq!(s.company.listing_codes, ["TSE:9999", "NASDAQ:ACME"]);
    assert_eq!(
        s.schedule.pricing_resolution_date,
        NaiveDate::from_ymd_opt(2013, 7, 10)
    );
    assert!(h.state().is_dirty());
}

#[test]
fn a_date_that_breaks_a_rule_is_refused_beside_its_field() {
    let mut h = harness_on(Panel::Notices);
    // The launch resolution must come on or before the calculation date (2013-07-10).
    retype(&mut h, "Launch resolution (board)", "2013-07-11");
    assert!(shows(
        &h,
        "must be on or before the calculation date (2013-07-10)"
    ));
    assert_eq!(
        h.state().scenario().schedule.launch_resolution_date,
        NaiveDate::from_ymd_opt(2013, 7, 2)
    );
    assert!(shows(&h, "1 problem"));
}

#[test]
fn an_item_edited_and_put_back_to_the_standard_wording() {
    let mut h = harness_on(Panel::Notices);
    let label = "(11) Other exercise conditions";
    retype(&mut h, label, "1) Partial exercise is not allowed.");
    assert_eq!(
        h.state().scenario().option.exercise_conditions,
        "1) Partial exercise is not allowed."
    );
    assert!(shows_exactly(&h, "Edited for this scenario."));
    h.get_by_label("Back to the standard wording")
        .click_accesskit();
    h.run();
    assert_eq!(h.state().scenario().option.exercise_conditions, "");
    assert_eq!(field_text(&h, label), wording::EXERCISE_CONDITIONS);
    // Typing the standard text itself stores nothing: the file stays small.
    retype(&mut h, label, wording::EXERCISE_CONDITIONS);
    assert_eq!(h.state().scenario().option.exercise_conditions, "");
}

#[test]
fn the_japanese_window_edits_the_japanese_text_of_an_item_and_leaves_the_english_one() {
    let mut h = japanese_on(Some(Panel::Notices));
    let ja_label = "(8) 新株予約権の取得条項";
    let en_label = "(8) Conditions for acquisition";
    // Left empty, each box shows the standard wording its window's draft prints.
    assert_eq!(field_text(&h, ja_label), wording::ACQUISITION_CONDITIONS_JA);
    assert_eq!(
        field_text(&h, "(11) その他の行使の条件"),
        wording::EXERCISE_CONDITIONS_JA
    );
    assert!(shows_exactly(&h, "お知らせの標準の文言です。"));

    // The company's own condition, typed in the English window, is the English text.
    let english = "The Company does not acquire the stock acquisition rights.";
    switch_to(&mut h, Language::English);
    retype(&mut h, en_label, english);
    assert_eq!(h.state().scenario().option.acquisition_conditions, english);
    assert_eq!(h.state().scenario().option.acquisition_conditions_ja, "");

    // The Japanese draft has no text of its own yet: it prints the English one, never
    // the standard wording; the Japanese box shows it and says so.
    switch_to(&mut h, Language::Japanese);
    assert_eq!(field_text(&h, ja_label), english);
    assert!(shows(&h, "この項目の和文はまだありません"));
    let en_before = option_notice(h.state().scenario(), Language::English);
    let ja_before = option_notice(h.state().scenario(), Language::Japanese);
    assert!(ja_before.contains(english));

    // Typed in the Japanese window, the text is the Japanese draft's alone.
    let japanese = "当社は本新株予約権を取得しない。";
    retype(&mut h, ja_label, japanese);
    let s = h.state().scenario();
    assert_eq!(s.option.acquisition_conditions_ja, japanese);
    assert_eq!(s.option.acquisition_conditions, english);
    let ja_after = option_notice(s, Language::Japanese);
    assert_ne!(ja_after, ja_before);
    assert!(ja_after.contains(japanese));
    assert!(!ja_after.contains(english));
    assert_eq!(option_notice(s, Language::English), en_before);
    assert!(shows_exactly(&h, "このシナリオ用に編集されています。"));
    assert!(!shows(&h, "この項目の和文はまだありません"));

    // The English window still shows the English text.
    switch_to(&mut h, Language::English);
    assert_eq!(field_text(&h, en_label), english);

    // Back in Japanese, the button lets the Japanese draft print the English text again.
    switch_to(&mut h, Language::Japanese);
    h.get_by_label("英文の文言を使う").click_accesskit();
    h.run();
    assert_eq!(h.state().scenario().option.acquisition_conditions_ja, "");
    assert_eq!(field_text(&h, ja_label), english);
    assert_eq!(
        option_notice(h.state().scenario(), Language::Japanese),
        ja_before
    );
}

#[test]
fn a_japanese_item_with_no_english_text_is_what_the_english_draft_prints() {
    let mut h = japanese_on(Some(Panel::Notices));
    let japanese = "1) 各新株予約権の一部行使はできない。";
    retype(&mut h, "(11) その他の行使の条件", japanese);
    assert_eq!(h.state().scenario().option.exercise_conditions_ja, japanese);
    assert_eq!(h.state().scenario().option.exercise_conditions, "");
    // Typing the Japanese standard wording itself stores nothing.
    retype(
        &mut h,
        "(11) その他の行使の条件",
        wording::EXERCISE_CONDITIONS_JA,
    );
    assert_eq!(h.state().scenario().option.exercise_conditions_ja, "");
    retype(&mut h, "(11) その他の行使の条件", japanese);

    // The English window shows the text its draft prints, and why.
    switch_to(&mut h, Language::English);
    let label = "(11) Other exercise conditions";
    assert_eq!(field_text(&h, label), japanese);
    assert!(shows(&h, "No English text for this item yet"));
    assert!(
        option_notice(h.state().scenario(), Language::English)
            .contains("各新株予約権の一部行使はできない。")
    );
    // Typing the English standard wording stores it: the draft prints it, not the
    // Japanese text.
    retype(&mut h, label, wording::EXERCISE_CONDITIONS);
    assert_eq!(
        h.state().scenario().option.exercise_conditions,
        wording::EXERCISE_CONDITIONS
    );
    assert!(shows_exactly(&h, "Edited for this scenario."));
    assert!(shows_exactly(&h, "Use the Japanese text instead"));
}
