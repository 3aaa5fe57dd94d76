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
                    // or an arm of a `message_id` match (`=> "…"`); egui ids such as
                    // "menu-bar" are not messages.
                    let before = source[..at].trim_end();
                    let asks = before.ends_with("tr(ui,")
                        || before.ends_with("tr_count(ui,")
                        || before.ends_with("=>");
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
