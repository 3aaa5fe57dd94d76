//! The message files: the same ids in English and Japanese, every id the code names
//! exists, plurals and placeholders render, and the window switches language.

mod common;

use std::collections::BTreeSet;

use common::*;
use egui_kittest::kittest::Queryable;
use offering_desk::i18n::{Language, message_ids, text, text_with};
use offering_desk::ui::{Command, Panel};

fn ids(language: Language) -> Vec<String> {
    let (ids, errors) = message_ids(language);
    assert!(errors.is_empty(), "{language:?}: {errors:?}");
    ids
}

#[test]
fn both_languages_have_the_same_messages_once_each() {
    let en = ids(Language::English);
    let ja = ids(Language::Japanese);
    assert!(en.len() >= 40, "too few messages: {en:?}");
    for (language, list) in [("en", &en), ("ja", &ja)] {
        let unique: BTreeSet<_> = list.iter().collect();
        assert_eq!(unique.len(), list.len(), "{language}.ftl repeats an id");
    }
    let en: BTreeSet<_> = en.into_iter().collect();
    let ja: BTreeSet<_> = ja.into_iter().collect();
    assert_eq!(
        en.difference(&ja).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "missing in ja.ftl"
    );
    assert_eq!(
        ja.difference(&en).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "missing in en.ftl"
    );
}

/// String literals in `src/` shaped like a message id of a known group ("menu-…").
fn ids_named_in_source() -> BTreeSet<String> {
    let groups: BTreeSet<String> = ids(Language::English)
        .iter()
        .filter_map(|id| id.split_once('-').map(|(g, _)| format!("\"{g}-")))
        .collect();
    let mut found = BTreeSet::new();
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            for group in &groups {
                for (at, _) in source.match_indices(group.as_str()) {
                    let rest = &source[at + 1..];
                    let end = rest.find('"').unwrap();
                    let id = &rest[..end];
                    // Only where a message is asked for: `tr(ui, "…")`, `tr_count(ui, "…"`,
                    // `say("…"`, `Message::id("…"`, any "err-…", or an arm of a `message_id`
                    // match (`=> "…"`); egui ids such as "menu-bar" are not messages.
                    let before = source[..at].trim_end();
                    let asks = before.ends_with("tr(ui,")
                        || before.ends_with("tr_count(ui,")
                        || before.ends_with("tr_args(ui,")
                        || before.ends_with("say(")
                        || before.ends_with("language,")
                        || before.ends_with("=>")
                        || before.ends_with("Message::id(")
                        || before.ends_with("Derivation::id(")
                        // A message id kept in a constant (`const C_TEN_DECIMALS: &str = …`).
                        || before.ends_with("&str =")
                        // A problem's message passed to a checker (`check_line(…, "err-…")`).
                        || group == "\"err-";
                    let shaped = id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if asks && shaped {
                        found.insert(id.to_owned());
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_id_the_code_names_is_in_the_files() {
    let named = ids_named_in_source();
    // The menus, themes, panels and status bar at least.
    assert!(named.len() >= 40, "{named:?}");
    let known: BTreeSet<String> = ids(Language::English).into_iter().collect();
    let unknown: Vec<_> = named.difference(&known).collect();
    assert!(
        unknown.is_empty(),
        "ids named in src/ but in no .ftl file: {unknown:?}"
    );
}

#[test]
fn plurals_and_placeholders_render_in_each_language() {
    let problems =
        |language, count: usize| text_with(language, "status-problems", &[("count", count.into())]);
    assert_eq!(problems(Language::English, 1), "⚠ 1 problem");
    assert_eq!(problems(Language::English, 3), "⚠ 3 problems");
    assert_eq!(problems(Language::Japanese, 1), "⚠ 問題が 1 件あります");
    assert_eq!(problems(Language::Japanese, 3), "⚠ 問題が 3 件あります");
    assert_eq!(
        text(Language::Japanese, "panel-options"),
        "ストック・オプション"
    );
    // An unknown id shows itself rather than nothing.
    assert_eq!(
        text(Language::Japanese, "no-such-message"),
        "no-such-message"
    );
}

#[test]
fn the_system_locale_picks_japanese_only_for_japanese() {
    for tag in ["ja", "ja-JP", "ja_JP.UTF-8", "JA-jp"] {
        assert_eq!(Language::from_locale(tag), Language::Japanese, "{tag}");
    }
    for tag in ["en-US", "C", "", "jav", "de_DE.UTF-8"] {
        assert_eq!(Language::from_locale(tag), Language::English, "{tag}");
    }
}

#[test]
fn view_language_switches_the_window_and_is_remembered() {
    let mut h = harness();
    assert!(shows_exactly(&h, "Stock options"));
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("日本語").click();
    h.run();
    assert_eq!(h.state().settings().language, Some(Language::Japanese));
    // The tabs, menus and status bar now speak Japanese; a Japanese tab label works.
    assert!(shows_exactly(&h, "表示"));
    assert!(shows_exactly(&h, "問題はありません"));
    assert!(!shows_exactly(&h, "Stock options"));
    h.get_by_label("ストック・オプション").click();
    h.run();
    assert_eq!(h.state().settings().panel, Panel::Options);

    h.state_mut().push(Command::SetLanguage(Language::English));
    h.run();
    assert!(shows_exactly(&h, "Stock options"));
    assert_eq!(h.state().settings().language, Some(Language::English));
}

#[test]
fn every_figure_has_its_label_in_both_languages() {
    use offering_desk::report;
    use offering_desk::scenario::{self, ScenarioResults};
    let s = scenario::sample().unwrap();
    let figures = report::summary(&s, &ScenarioResults::compute(&s));
    assert!(figures.len() > 60, "{}", figures.len());
    for f in &figures {
        // Allotment groups are named by the user, rows "(as stated)" by their figure.
        if f.key.starts_with("allotment_") && f.key.ends_with("_value")
            || f.key.starts_with("paid_condition_")
            || f.key.starts_with("paid_tier_")
            || f.key.ends_with("_stated")
        {
            continue;
        }
        let id = format!("fig-{}", f.key);
        // The English catalogue says what the summary says, word for word.
        assert_eq!(
            offering_desk::i18n::lookup(Language::English, &id).as_deref(),
            Some(f.label.as_str()),
            "{id}"
        );
        let ja = offering_desk::i18n::lookup(Language::Japanese, &id)
            .unwrap_or_else(|| panic!("{id} missing in ja.ftl"));
        assert_eq!(f.label_in(Language::Japanese), ja);
    }
    let issue = figures.iter().find(|f| f.key == "issue_price").unwrap();
    assert_eq!(issue.label_in(Language::Japanese), "発行価格（売出価格）");
    assert_eq!(issue.shown_in(Language::Japanese), "3,346円");
    assert_eq!(issue.shown_in(Language::English), "JPY 3,346");
    // The discount rate is shown as the notice states it, 3.01 %.
    let discount = figures.iter().find(|f| f.key == "discount_rate").unwrap();
    assert_eq!(discount.shown_in(Language::Japanese), "3.01 %");
    let payment = figures.iter().find(|f| f.key == "payment").unwrap();
    assert_eq!(payment.shown_in(Language::Japanese), "2013年7月18日（木）");
}

/// English words left in a Japanese text: runs of three or more ASCII letters, but for
/// the names of spreadsheet functions (ROUNDUP) and the one "e" of e^(−qT).
fn english_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3 && w.chars().any(|c| c.is_ascii_lowercase()))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_derivation_reads_in_japanese_with_no_english_left() {
    use offering_desk::report;
    use offering_desk::scenario::{self, ScenarioResults};
    let s = scenario::sample().unwrap();
    let figures = report::summary(&s, &ScenarioResults::compute(&s));
    let mut worded = 0;
    for f in &figures {
        let ja = f.explained_in(Language::Japanese);
        let en = f.explained_in(Language::English);
        assert_eq!(ja.is_empty(), en.is_empty(), "{}", f.key);
        assert!(english_words(&ja).is_empty(), "{}: {ja}", f.key);
        assert!(!ja.contains('{') && !ja.contains("der-"), "{}: {ja}", f.key);
        if let Some(stated) = &f.stated {
            assert!(english_words(&stated.rule_in(Language::Japanese)).is_empty());
        }
        let unit = f.unit.label_in(Language::Japanese);
        assert!(english_words(&unit).is_empty(), "{}: {unit}", f.key);
        worded += usize::from(!ja.is_empty());
    }
    assert!(worded > 40, "only {worded} derivations");
    let explained = |key: &str| {
        figures
            .iter()
            .find(|f| f.key == key)
            .unwrap_or_else(|| panic!("{key}"))
            .explained_in(Language::Japanese)
    };
    // Seed 000: 3,450 × (1 − 3.00 %) = 3,346.5, rounded down to 3,346.
    assert_eq!(
        explained("issue_price"),
        "3,450 × (1 − 3.00 %) = 3,346.5 → 切捨て → 3,346"
    );
    // Seed 000: half of 15,077,600,000 yen paid in, 7,538,800,000 yen, under art. 14.
    assert_eq!(
        explained("stated_capital"),
        "15,077,600,000 × 50.00 % = 7,538,800,000 → 1円未満の端数切上げ → \
         7,538,800,000（会社計算規則第14条）"
    );
    // The payment date: the 5th TSE business day after 2013-07-10, Marine Day (Monday
    // 2013-07-15) not counted.
    assert_eq!(
        explained("payment"),
        "算定基準日の5営業日後（東証）；海の日の2013年7月15日（月）を除く"
    );
    // Seed 001: the amount per right is C × 200 shares rounded up.
    let amount = explained("amount_per_right");
    assert!(amount.contains(" × 200株 = "), "{amount}");
    assert!(amount.contains(" → 1円未満の端数切上げ → "), "{amount}");
    assert_eq!(
        explained("dividend_yield").matches('；').count(),
        1,
        "two steps joined by the Japanese separator"
    );
    // A tick of 5 yen is named: 3,346.5 rounded down to a multiple of 5 is 3,345.
    let mut ticked = s.clone();
    ticked.offering.tick_size = Some(rust_decimal::Decimal::from(5));
    let figures = report::summary(&ticked, &ScenarioResults::compute(&ticked));
    let issue = figures.iter().find(|f| f.key == "issue_price").unwrap();
    assert_eq!(
        issue.explained_in(Language::Japanese),
        "3,450 × (1 − 3.00 %) = 3,346.5 → 切捨て（5円単位） → 3,345"
    );
    assert_eq!(
        issue.explained_in(Language::English),
        "3,450 × (1 − 3.00 %) = 3,346.5 → rounded down to a 5-yen tick → 3,345"
    );
}

#[test]
fn the_window_in_japanese_shows_figures_on_their_rows_in_japanese_form() {
    let h = japanese_on(Some(Panel::Offering));
    // Seed 000: issue price 3,346 yen, total 15,726,200,000 yen.
    assert_eq!(figure(&h, "発行価格（売出価格）"), "3,346円");
    assert_eq!(figure(&h, "発行価格の総額"), "15,726,200,000円");
    assert_eq!(figure(&h, "適用されたディスカウント率"), "3.01 %");
}

/// Every `field-…` message of a language, with its text.
fn field_labels(language: Language) -> Vec<(String, String)> {
    ids(language)
        .into_iter()
        .filter(|id| id.starts_with("field-"))
        .map(|id| {
            // A row of a list is numbered ("Group { $n }"): the sample has a first row of each.
            let label = text_with(language, &id, &[("n", 1.into())]);
            (id, label)
        })
        .collect()
}

/// The labels the window shows on all its panels, the timetable's offsets opened.
fn labels_on_every_panel(
    h: &mut egui_kittest::Harness<'static, offering_desk::ui::DeskApp>,
    language: Language,
) -> BTreeSet<String> {
    use egui_kittest::kittest::NodeT;
    let mut seen = BTreeSet::new();
    for panel in Panel::ALL {
        h.state_mut().push(Command::ShowPanel(panel));
        h.run();
        if panel == Panel::Timetable {
            let offsets = text(language, "timetable-offsets");
            let inside = text(language, "field-schedule-offsets-cover_end");
            if h.query_by_label(&offsets).is_some()
                && h.query_all_by_label(&inside).next().is_none()
            {
                h.get_by_label(&offsets).click();
                h.run();
            }
        }
        for node in h.query_all_by(|_| true) {
            if let Some(label) = node.accesskit_node().label() {
                seen.insert(label.trim().to_owned());
            }
        }
    }
    seen
}

#[test]
fn every_field_label_in_the_catalogue_is_the_one_the_window_shows() {
    for language in Language::ALL {
        let mut h = harness_with(offering_desk::ui::StartOptions {
            language: Some(language),
            ..offering_desk::ui::StartOptions::default()
        });
        let mut seen = labels_on_every_panel(&mut h, language);
        // The issue price and the spread have fields only in their other modes.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("modes.json");
        let text = std::fs::read_to_string("assets/scenarios/iij-2013.json").unwrap();
        let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
        json["offering"]["issue_price"] =
            serde_json::json!({ "method": "entered", "issue_price": "3346" });
        json["offering"]["amount_to_be_paid"] =
            serde_json::json!({ "method": "spread", "spread_rate": "0.0412" });
        std::fs::write(&path, serde_json::to_string(&json).unwrap()).unwrap();
        h.state_mut().push(Command::Open(path));
        h.run();
        seen.extend(labels_on_every_panel(&mut h, language));
        // The paid-in grant's fields: its exercise price taken from a close, then entered
        // with the metric simulated and early exercise (few path pairs, so the
        // background valuation ends at once).
        let text = std::fs::read_to_string("assets/scenarios/paid-in-example.json").unwrap();
        let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
        json["paid_option"]["valuation"]["pairs"] = serde_json::json!(1000);
        let simulated = serde_json::json!({
            "kind": "simulated",
            "last_actual": "8000000000",
            "drift": "0.05",
            "volatility": "0.2",
            "correlation": "0.3"
        });
        for (exercise_price, tiers_valued, multiple) in [
            (
                json["paid_option"]["exercise_price"].clone(),
                json["paid_option"]["performance"]["valuation"].clone(),
                serde_json::Value::Null,
            ),
            (
                serde_json::json!({ "kind": "entered", "yen": "3450" }),
                simulated,
                serde_json::json!("2"),
            ),
        ] {
            json["paid_option"]["exercise_price"] = exercise_price;
            json["paid_option"]["performance"]["valuation"] = tiers_valued;
            json["paid_option"]["exercise_multiple"] = multiple;
            let path = dir.path().join("paid.json");
            std::fs::write(&path, serde_json::to_string(&json).unwrap()).unwrap();
            h.state_mut().push(Command::Open(path));
            h.run();
            h.state_mut().push(Command::ShowPanel(Panel::Paid));
            for _ in 0..5 {
                if h.run_ok().is_some() {
                    break;
                }
            }
            for node in h.query_all_by(|_| true) {
                use egui_kittest::kittest::NodeT;
                if let Some(label) = node.accesskit_node().label() {
                    seen.insert(label.trim().to_owned());
                }
            }
        }
        let labels = field_labels(language);
        assert!(labels.len() >= 45, "{language:?}: {}", labels.len());
        let missing: Vec<_> = labels.iter().filter(|(_, l)| !seen.contains(l)).collect();
        assert!(missing.is_empty(), "{language:?}: not shown: {missing:?}");
    }
}

#[test]
fn typing_full_width_figures_into_a_japanese_field_recomputes() {
    let mut h = japanese_on(Some(Panel::Offering));
    // ２．５ % off 3,450 yen: 3,450 × 0.975 = 3,363.75 → rounded down → 3,363 yen.
    retype(&mut h, "ディスカウント率", "２．５");
    assert_eq!(figure(&h, "発行価格（売出価格）"), "3,363円");
    // 3,363 × 4,700,000 = 15,806,100,000 yen.
    assert_eq!(figure(&h, "発行価格の総額"), "15,806,100,000円");
    // The unit after a yen field and its rule on hover are Japanese too.
    assert!(shows_exactly(&h, "円"));
    assert!(!shows_exactly(&h, "JPY"));
}

#[test]
fn the_unsaved_changes_question_is_asked_in_japanese() {
    let mut h = japanese_on(Some(Panel::Offering));
    retype(&mut h, "ディスカウント率", "2.5");
    assert!(h.state().is_dirty());
    h.state_mut().push(Command::NewScenario);
    h.run();
    assert!(shows(
        &h,
        "には保存されていない変更があります。新しいシナリオを始める前に保存しますか？"
    ));
    h.get_by_label("キャンセル").click();
    h.run();
    // Cancel keeps the work as it was.
    assert!(h.state().is_dirty());
    assert!(!shows(&h, "新しいシナリオを始める前に保存しますか？"));
}

#[test]
fn the_summary_panel_names_the_scenario_and_company_in_the_windows_language() {
    for (language, title, company) in [
        (
            Language::Japanese,
            "IIJ 公募増資（2013年7月）及び第3回株式報酬型ストックオプション",
            "株式会社インターネットイニシアティブ",
        ),
        (
            Language::English,
            "IIJ follow-on offering (July 2013) and 3rd series stock-compensation options",
            "Internet Initiative Japan Inc.",
        ),
    ] {
        let h = harness_with(offering_desk::ui::StartOptions {
            language: Some(language),
            panel: Some(Panel::Summary),
            ..offering_desk::ui::StartOptions::default()
        });
        assert!(shows_exactly(&h, title), "{language:?}");
        assert!(shows_exactly(&h, company), "{language:?}");
    }
}

#[test]
fn a_typing_error_is_explained_in_japanese_and_the_value_kept() {
    let mut h = japanese_on(Some(Panel::Offering));
    retype(&mut h, "ディスカウント率", "abc");
    assert!(shows(
        &h,
        "「abc」は百分率として読めません。3、3%、3.0 % のように入力してください"
    ));
    // The figures keep the last valid entry (3 %): 3,346 yen.
    assert_eq!(figure(&h, "発行価格（売出価格）"), "3,346円");
    retype(&mut h, "算定基準日の価格", "三千");
    assert!(shows(&h, "「三千」は金額として読めません。"));
}

#[test]
fn a_value_out_of_range_is_refused_beside_its_field_in_japanese() {
    let mut h = japanese_on(Some(Panel::Offering));
    retype(&mut h, "ディスカウント率", "100");
    assert!(shows_exactly(&h, "⚠ 0 %以上100 %未満にしてください"));
    retype(&mut h, "資本金に計上する割合", "40");
    assert!(shows_exactly(
        &h,
        "⚠ 50 %から100 %にしてください。払込金額の2分の1以上を資本金とします（会社法第445条）"
    ));
    // The figures keep the last valid entries (3 %, one half): 3,346 yen.
    assert_eq!(figure(&h, "発行価格（売出価格）"), "3,346円");
}

#[test]
fn help_gives_the_formulas_and_their_legal_sources_in_each_language() {
    for (language, source, rule) in [
        (
            Language::Japanese,
            "会社法第445条第1項～第3項、会社計算規則第14条",
            "資本金等増加限度額（新株予約権の帳簿価額 ＋ 行使に際して払い込まれる金額）の2分の1",
        ),
        (
            Language::English,
            "Companies Act art. 445(1)–(3); Ordinance on Company Accounting art. 14",
            "Half of the capital-increase limit",
        ),
    ] {
        let mut h = harness_with(offering_desk::ui::StartOptions {
            language: Some(language),
            ..offering_desk::ui::StartOptions::default()
        });
        h.state_mut().push(Command::ShowHelp);
        h.run();
        assert!(shows_exactly(&h, source), "{language:?}");
        assert!(shows(&h, rule), "{language:?}");
    }
}

#[test]
fn a_date_that_cannot_be_read_is_explained_in_japanese() {
    let mut h = japanese_on(Some(Panel::Notices));
    // Heisei ended on 2019-04-30: H31.5.1 would be 2019-05-01, in Reiwa.
    retype(&mut h, "発行決議日（取締役会）", "H31.5.1");
    assert!(shows(
        &h,
        "「H31.5.1」は2019年5月1日で、平成の期間にありません"
    ));
    retype(&mut h, "発行決議日（取締役会）", "明日");
    assert!(shows(&h, "「明日」は日付として読めません。"));
    // The resolution date in the file is unchanged.
    assert_eq!(
        h.state().scenario().schedule.launch_resolution_date,
        chrono::NaiveDate::from_ymd_opt(2013, 7, 2)
    );
}

#[test]
fn the_timetable_warns_of_closed_days_in_japanese() {
    let mut h = japanese_on(Some(Panel::Timetable));
    // Delivery overridden onto a Saturday; the calculation date onto Marine Day.
    retype(&mut h, "受渡期日", "2013-07-20");
    assert!(shows_exactly(
        &h,
        "⚠ 2013年7月20日（土）は東証の営業日ではありません（土曜日）"
    ));
    // A fresh window: with delivery overridden, moving the calculation date would put
    // delivery before payment, and the edit would be refused.
    let mut h = japanese_on(Some(Panel::Timetable));
    retype(&mut h, "算定基準日", "2013-07-15");
    assert!(shows_exactly(
        &h,
        "⚠ 2013年7月15日（月）は東証の営業日ではありません（海の日）。算定基準日の価格とする終値がありません。"
    ));
}

#[test]
fn the_timetable_says_how_each_date_is_set_in_japanese() {
    let h = japanese_on(Some(Panel::Timetable));
    // Seed 000: payment 2013-07-18, the 5th TSE business day after 2013-07-10, counted
    // past Marine Day (Monday 2013-07-15).
    assert!(shows_exactly(&h, "算定基準日の5営業日後（東証）"));
    assert!(shows_exactly(&h, "払込期日の翌営業日（東証）"));
    assert!(shows(
        &h,
        "海の日（2013年7月15日（月））を除いて数えています"
    ));
    assert!(shows(
        &h,
        "⚠ 仮の日付：発行決議時のお知らせの日付を入力してください"
    ));
    assert!(!shows(&h, "TSE business day after"));
    // The closures below: the span, the holiday, the calendar's month and weekdays.
    assert!(shows(
        &h,
        "2013年7月10日（水） から 2013年8月5日（月） までの祝日と年末年始の休業日"
    ));
    assert!(shows_exactly(&h, "海の日"));
    assert!(shows_exactly(&h, "2013年7月"));
}

#[test]
fn a_shift_jis_broker_file_is_previewed_in_japanese() {
    let mut h = japanese_on(None);
    // tests/fixtures/broker/make.py: eight Friday closes, newest first, in Shift_JIS.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/broker/closes-sjis.csv");
    h.state_mut().push(Command::PreviewPrices(path));
    h.step();
    wait_for_import(&mut h);
    assert!(shows(
        &h,
        "2013-05-17 から 2013-07-05 までの終値 8 件（列「日付」と「終値」、文字コード Shift_JIS (CP932)）。"
    ));
    assert!(shows_exactly(&h, "除外した行はありません。"));
    h.get_by_label("株価履歴を置き換える").click();
    h.run();
    assert_eq!(h.state().scenario().price_history.closes.len(), 8);
    assert!(shows(&h, "closes-sjis.csv から終値 8 件を取り込みました。"));
    assert_eq!(
        h.state().scenario().price_history.source,
        "closes-sjis.csv から取込み"
    );
}

#[test]
fn a_rejected_price_line_is_explained_in_japanese() {
    let mut h = japanese_on(None);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("closes.csv");
    std::fs::write(
        &path,
        "日付,終値\n2013/07/08,3300\n2013/07/09,abc\n2013/07/10,3350\n2013/07/11,3400\n",
    )
    .unwrap();
    h.state_mut().push(Command::PreviewPrices(path));
    h.step();
    wait_for_import(&mut h);
    assert!(shows_exactly(
        &h,
        "3行目：終値「abc」は数値ではありません — 2013/07/09,abc"
    ));
}

#[test]
fn the_volatility_panel_speaks_japanese() {
    let h = japanese_on(Some(Panel::Volatility));
    // The bundled history: 1,868 closes, 2005-12-02 to 2013-07-11.
    assert!(shows_exactly(
        &h,
        "2005-12-02 から 2013-07-11 までの終値 1,868 件"
    ));
    assert!(shows_exactly(&h, "この σ を使う"));
    // σ measured over the notice's window: 42.5281 % (tests/reference/sample.json).
    assert_eq!(figure(&h, "株価変動性（年率）"), "42.5281 %");
}

#[test]
fn the_option_panel_says_where_sigma_came_from_in_japanese() {
    let h = japanese_on(Some(Panel::Options));
    // The sample's σ was measured on weekly closes from 2005-12-02 to 2013-07-11.
    assert!(shows_exactly(
        &h,
        "σ は株価履歴から算出（2005-12-02 から 2013-07-11、週次）"
    ));
    // The sample's amount per right (tests/reference/sample.json).
    assert_eq!(figure(&h, "新株予約権1個当たりの払込金額"), "665,119円");
    // Seed 001: at most 135 rights, and the allotment (95 + 40) takes all of them.
    assert!(shows_exactly(&h, "上限：135個。割当ては上限以内です。"));
    let h = harness_on(Panel::Options);
    assert!(shows_exactly(
        &h,
        "Maximum: 135 rights; the allotment is within it."
    ));
}

/// A problem read in Japanese: every placeholder filled, and Japanese words rather than
/// the English sentence (a message missing from ja.ftl would fall back to English).
fn reads_in_japanese(e: &offering_desk::domain::FieldError) -> Result<(), String> {
    let ja = e.message_in(Language::Japanese);
    let en = e.message();
    let japanese = ja
        .chars()
        .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c));
    if ja.contains("{$") || en.contains("{$") || !japanese || ja == en || ja.contains("must") {
        return Err(format!("{}: {en} / {ja}", e.field));
    }
    Ok(())
}

#[test]
fn every_problem_of_a_badly_filled_scenario_reads_in_japanese() {
    use chrono::NaiveDate;
    use offering_desk::scenario::{self, PricePoint, validate};
    use rust_decimal::Decimal;

    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let mut s = scenario::sample().unwrap();
    s.offering.new_shares = 0;
    s.offering.stated_capital_ratio = Decimal::new(4, 1);
    s.offering.estimated_expenses = Decimal::new(-1, 0);
    s.offering.base_price = Decimal::ZERO;
    s.schedule.offsets.payment = 1;
    s.company.short_name = "x".repeat(200);
    s.company.listing_codes = vec!["TSE:3774".into(), "TSE:3774".into(), " ".into()];
    s.option.share_price = Decimal::ZERO;
    s.option.volatility = Decimal::new(9, 0);
    s.option.risk_free_rate = Decimal::new(2, 0);
    s.option.dividend_split_ratio = Decimal::ZERO;
    s.option.later_split_ratio = Decimal::ZERO;
    s.option.shares_per_right = 0;
    s.option.max_rights = 0;
    s.option.rights_exercised = u32::MAX;
    s.option.exercise_period_end = day(2000, 1, 1);
    s.option.resolution_date = Some(day(2099, 1, 1));
    s.option.exercise_conditions = "x".repeat(20_001);
    s.price_history.closes = vec![
        PricePoint {
            date: day(2013, 7, 2),
            close: Decimal::ONE,
        },
        PricePoint {
            date: day(2013, 7, 1),
            close: Decimal::ZERO,
        },
    ];
    s.price_history.window_start = Some(day(2013, 7, 5));
    s.price_history.window_end = Some(day(2013, 7, 1));
    s.price_history.rolling_returns = 1;
    let problems = validate(&s);
    assert!(problems.len() >= 20, "{problems:#?}");
    let unread: Vec<String> = problems
        .iter()
        .filter_map(|p| reads_in_japanese(p).err())
        .collect();
    assert!(unread.is_empty(), "{unread:#?}");
    // Spot checks, in the words a Japanese form uses.
    let japanese = |field: &str| {
        problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.message_in(Language::Japanese))
            .unwrap_or_default()
    };
    assert_eq!(
        japanese("offering.stated_capital_ratio"),
        "50 %から100 %にしてください。払込金額の2分の1以上を資本金とします（会社法第445条）"
    );
    assert_eq!(
        japanese("company.listing_codes[1]"),
        "同じ上場コードを重ねて入力しないでください（TSE:3774が2回あります）"
    );
    assert_eq!(
        japanese("option.exercise_conditions"),
        "20,000文字以内にしてください（空欄なら2013年の開示の文言を用います）"
    );
}

#[test]
fn the_domains_refusals_read_in_japanese() {
    use chrono::NaiveDate;
    use offering_desk::domain::calendar;
    use offering_desk::domain::options::{BlackScholesInputs, black_scholes};

    let ok = BlackScholesInputs {
        spot: 1000.0,
        strike: 1.0,
        term_years: 4.0,
        volatility: 0.4,
        risk_free_rate: 0.003,
        dividend_yield: 0.01,
    };
    let mut refusals = Vec::new();
    for bad in [
        BlackScholesInputs { spot: -1.0, ..ok },
        BlackScholesInputs {
            term_years: 0.0,
            ..ok
        },
        BlackScholesInputs {
            volatility: 9.0,
            ..ok
        },
        BlackScholesInputs {
            risk_free_rate: 3.0,
            ..ok
        },
    ] {
        refusals.push(black_scholes(&bad).unwrap_err());
    }
    let far = NaiveDate::from_ymd_opt(2200, 1, 1).unwrap();
    refusals.push(calendar::is_business_day(far).unwrap_err());
    refusals.push(
        calendar::add_business_days(NaiveDate::from_ymd_opt(2013, 7, 11).unwrap(), 0).unwrap_err(),
    );
    refusals.push(calendar::holidays_in_year(1900).unwrap_err());
    let unread: Vec<String> = refusals
        .iter()
        .filter_map(|p| reads_in_japanese(p).err())
        .collect();
    assert!(unread.is_empty(), "{unread:#?}");
    assert_eq!(
        refusals[2].message_in(Language::Japanese),
        "0.0001から5まで（0.01 %～500 %）にしてください"
    );
    assert!(
        refusals[4]
            .message_in(Language::Japanese)
            .ends_with("2200年1月1日（水）は範囲外です"),
        "{}",
        refusals[4].message_in(Language::Japanese)
    );
}

#[test]
fn the_window_shows_how_each_figure_was_reached_in_japanese() {
    let mut h = japanese_on(Some(Panel::Offering));
    h.get_by_label("各数値の計算過程を表示する").click();
    h.run();
    // Seed 000: 3,450 yen less 3.00 %, rounded down to 3,346 yen; half of the
    // 15,077,600,000 yen paid in is stated capital.
    assert!(shows(&h, "3,450 × (1 − 3.00 %) = 3,346.5 → 切捨て → 3,346"));
    assert!(shows(
        &h,
        "15,077,600,000 × 50.00 % = 7,538,800,000 → 1円未満の端数切上げ → \
         7,538,800,000（会社計算規則第14条）"
    ));
    assert!(!shows(
        &h,
        "3,450 × (1 − 3.00 %) = 3,346.5 → rounded down → 3,346"
    ));
}

/// The string literals of a Rust source, outside comments and `#[cfg(test)]` modules,
/// with the line each starts on; `#[error("…")]` attributes are left out (an error's
/// English `Display`; every error type here also has `message_in`).
fn string_literals(source: &str) -> Vec<(usize, String)> {
    let source = source.split("#[cfg(test)]").next().unwrap_or("");
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let mut in_error_attribute = false;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            in_error_attribute = false;
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '#'
            && source[..].is_char_boundary(0)
            && chars[i..].starts_with(&['#', '[', 'e', 'r', 'r', 'o', 'r', '('])
        {
            in_error_attribute = true;
            i += 1;
        } else if c == '\''
            && next.is_some()
            && (chars.get(i + 2) == Some(&'\'') || next == Some('\\'))
        {
            // A char literal ('"', '\n'); a lifetime has no closing quote.
            i += if next == Some('\\') { 4 } else { 3 };
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && !chars
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_alphanumeric() || *p == '_')
        {
            let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
            if chars.get(i + 1 + hashes) != Some(&'"') {
                i += 1;
                continue;
            }
            let start = i + 2 + hashes;
            let mut j = start;
            while j < chars.len()
                && !(chars[j] == '"'
                    && chars[j + 1..].iter().take(hashes).all(|&h| h == '#')
                    && j + hashes < chars.len())
            {
                j += 1;
            }
            let text: String = chars[start..j.min(chars.len())].iter().collect();
            line += text.matches('\n').count();
            i = j + 1 + hashes;
        } else if c == '"' {
            let start_line = line;
            let mut text = String::new();
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    if chars.get(i + 1) == Some(&'\n') {
                        line += 1;
                        i += 2;
                        while i < chars.len() && chars[i].is_whitespace() {
                            line += usize::from(chars[i] == '\n');
                            i += 1;
                        }
                        continue;
                    }
                    text.push(chars[i + 1]);
                    i += 2;
                    continue;
                }
                line += usize::from(chars[i] == '\n');
                text.push(chars[i]);
                i += 1;
            }
            i += 1;
            if !in_error_attribute {
                out.push((start_line, text));
            }
        } else {
            i += 1;
        }
    }
    out
}

/// An English phrase: a word of three letters or more followed by a lower-case word.
fn english_phrase(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    words.windows(2).any(|w| {
        w[0].len() >= 3
            && w[0].chars().all(|c| c.is_ascii_alphabetic())
            && w[1].len() >= 2
            && w[1].chars().all(|c| c.is_ascii_lowercase())
    })
}

#[test]
fn no_sentence_is_hard_coded_in_the_window_or_the_exports() {
    // Keys, not words: values a workbook formula compares, units named by their key
    // (`unit-<key>` in the catalogue), a closure's English name mapped to Japanese.
    const KEYS: [(&str, &str); 13] = [
        ("report/csv_export.rs", "price history"),
        ("report/xlsx/inputs.rs", "discount on the base price"),
        (
            "report/xlsx/inputs.rs",
            "underwriting spread on the issue price",
        ),
        (
            "report/xlsx/inputs.rs",
            "price history, {} returns, {} to {}",
        ),
        ("report/xlsx/inputs.rs", "start of series"),
        ("report/xlsx/inputs.rs", "end of series"),
        ("ui/panels/options/terms.rs", "JPY per share"),
        ("ui/panels/offering.rs", "JPY per share"),
        ("ui/panels/timetable.rs", "business days"),
        ("ui/panels/volatility/settings.rs", "new per old share"),
        // The window cannot open: said on stderr before any language is known.
        ("ui/mod.rs", "error: cannot open the window: {e}"),
        ("report/fmt_ja.rs", ""),
        // A panic's message, for a developer.
        ("report/notice/doc.rs", "at least one line"),
    ];

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut dirs = vec![root.join("ui"), root.join("report")];
    let mut found = Vec::new();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let name = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let source = std::fs::read_to_string(&path).unwrap();
            for (line, text) in string_literals(&source) {
                let key = KEYS
                    .iter()
                    .any(|(file, key)| name == *file && (key.is_empty() || text == *key));
                if english_phrase(&text) && !key {
                    found.push(format!("src/{name}:{line}: {text:?}"));
                }
            }
        }
    }
    assert!(found.is_empty(), "hard-coded words:\n{}", found.join("\n"));
}

#[test]
fn the_japanese_window_edits_the_japanese_words_of_a_use_of_proceeds() {
    let mut h = japanese_on(Some(Panel::Offering));
    // The sample's Japanese purpose is what the Japanese window shows and edits.
    assert_eq!(
        field_text(&h, "使途 3"),
        "借入金の返済資金",
        "the Japanese text of the third use"
    );
    retype(&mut h, "使途 3", "借入金の返済");
    let u = &h.state().scenario().offering.uses_of_proceeds[2];
    assert_eq!(u.purpose_ja, "借入金の返済");
    assert_eq!(u.purpose, "to repay debt", "the English draft's words stay");
    // In English the same row shows and edits the English words.
    let mut h = harness_on(Panel::Offering);
    assert_eq!(field_text(&h, "Use 3"), "to repay debt");
    retype(&mut h, "Use 3", "to repay bank loans");
    let u = &h.state().scenario().offering.uses_of_proceeds[2];
    assert_eq!(u.purpose, "to repay bank loans");
    assert_eq!(u.purpose_ja, "借入金の返済資金");
}
