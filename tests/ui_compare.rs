//! The Compare tab and "Duplicate as variant", driven through the real window.

mod common;

use common::{drop_files, harness, harness_on, japanese_on, shows, shows_exactly};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use offering_desk::scenario::{IssuePriceTerms, sample, to_json};
use offering_desk::ui::{Command, DeskApp, Panel};

fn click(h: &mut Harness<'static, DeskApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// The sample with a 4 % discount, saved as `four.json` in `dir`: issue price
/// 3,450 × 0.96 = 3,312, 34 yen (1.02 %) under the seed's 3,346.
fn four_percent_file(dir: &std::path::Path) -> std::path::PathBuf {
    let mut s = sample().unwrap();
    s.offering.issue_price = IssuePriceTerms::Discount {
        discount_rate: "0.04".parse().unwrap(),
    };
    s.title = "Discount 4 %".into();
    let path = dir.join("four.json");
    std::fs::write(&path, to_json(&s)).unwrap();
    path
}

#[test]
fn a_file_compared_with_the_open_scenario_shows_its_changes() {
    let dir = tempfile::tempdir().unwrap();
    let four = four_percent_file(dir.path());
    let mut h = harness_on(Panel::Compare);
    assert!(shows(&h, "Add one or more scenario files"));

    h.state_mut().push(Command::AddToComparison(vec![four]));
    h.run();
    assert!(shows_exactly(&h, "four.json"));
    assert!(shows_exactly(&h, "Discount 4 %"));
    assert!(shows_exactly(&h, "−JPY 34 (−1.02 %)"));
    assert!(shows_exactly(&h, "+1.00 pt"));
    // Equal rows show until hidden.
    assert!(shows_exactly(&h, "Total amount to be paid"));
    click(&mut h, "Hide equal rows");
    assert!(!shows_exactly(&h, "Total amount to be paid"));
    assert!(shows_exactly(&h, "Issue price (selling price)"));

    // An edit of the open scenario is compared at once: with a 4 % discount too, the
    // issue price row is equal and hidden.
    let mut edited = h.state().scenario().clone();
    edited.offering.issue_price = IssuePriceTerms::Discount {
        discount_rate: "0.04".parse().unwrap(),
    };
    let path = dir.path().join("edited.json");
    std::fs::write(&path, to_json(&edited)).unwrap();
    h.state_mut().push(Command::Open(path));
    h.run();
    h.state_mut().push(Command::ShowPanel(Panel::Compare));
    h.run();
    assert!(!shows_exactly(&h, "Issue price (selling price)"));
}

#[test]
fn a_file_that_does_not_load_is_listed_and_the_others_compare() {
    let dir = tempfile::tempdir().unwrap();
    let four = four_percent_file(dir.path());
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{ not json").unwrap();
    let mut h = harness_on(Panel::Compare);
    h.state_mut()
        .push(Command::AddToComparison(vec![broken, four]));
    h.run();
    assert!(shows(&h, "broken.json was left out"));
    assert!(shows_exactly(&h, "−JPY 34 (−1.02 %)"));
    // Removing it leaves the comparison as it was.
    click(&mut h, "Remove from the comparison");
    assert!(!shows(&h, "broken.json was left out"));
    assert!(shows_exactly(&h, "−JPY 34 (−1.02 %)"));
}

#[test]
fn the_compare_tab_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let four = four_percent_file(dir.path());
    let mut h = japanese_on(Some(Panel::Compare));
    h.state_mut().push(Command::AddToComparison(vec![four]));
    h.run();
    assert!(shows_exactly(&h, "−34円（−1.02 %）"));
    assert!(shows_exactly(&h, "+1.00ポイント"));
    assert!(shows_exactly(&h, "発行価格（売出価格）") || shows(&h, "発行価格"));
    click(&mut h, "同じ行を隠す");
    assert!(shows_exactly(&h, "−34円（−1.02 %）"));
}

#[test]
fn duplicate_as_variant_keeps_the_base_file_and_compares_the_two() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.json");
    std::fs::write(&base, to_json(&sample().unwrap())).unwrap();
    let on_disk = std::fs::read(&base).unwrap();
    let mut h = harness();
    h.state_mut().push(Command::Open(base.clone()));
    h.run();
    click(&mut h, "File");
    click(&mut h, "Duplicate as variant");
    let title = h.state().scenario().title.clone();
    assert!(title.ends_with(" (variant 2)"), "{title}");
    assert!(h.state().is_dirty(), "the variant is unsaved work");
    assert!(shows(&h, "unsaved variant of base.json"));

    // Saving never touches the base: Save asks where to put the variant.
    h.state_mut().push(Command::ShowPanel(Panel::Compare));
    h.run();
    assert!(shows_exactly(&h, "base.json"));
    // Titles differ, every figure is equal: hiding equal rows leaves the title alone.
    click(&mut h, "Hide equal rows");
    assert!(shows_exactly(&h, title.as_str()));
    assert!(!shows_exactly(&h, "Issue price (selling price)"));
    assert_eq!(std::fs::read(&base).unwrap(), on_disk);
}

#[test]
fn scenario_files_dropped_on_the_compare_tab_join_the_comparison() {
    let dir = tempfile::tempdir().unwrap();
    let four = four_percent_file(dir.path());
    let mut two = sample().unwrap();
    two.offering.issue_price = IssuePriceTerms::Discount {
        discount_rate: "0.02".parse().unwrap(),
    };
    let two_path = dir.path().join("two.json");
    std::fs::write(&two_path, to_json(&two)).unwrap();
    let mut h = harness_on(Panel::Compare);
    drop_files(&mut h, &[four, two_path]);
    h.run();
    // Both are columns beside the open sample, none of them opened in its place.
    assert!(shows_exactly(&h, "four.json"));
    assert!(shows_exactly(&h, "two.json"));
    assert_eq!(h.state().scenario(), &sample().unwrap());
    // 3,450 × 0.98 = 3,381: 35 yen over 3,346, +1.0460 % → +1.05 %.
    assert!(shows_exactly(&h, "+JPY 35 (+1.05 %)"));
    assert!(shows_exactly(&h, "−JPY 34 (−1.02 %)"));
}

#[test]
fn a_scenario_file_dropped_on_another_tab_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    let four = four_percent_file(dir.path());
    let mut h = harness_on(Panel::Offering);
    drop_files(&mut h, &[four]);
    h.run();
    assert_eq!(h.state().scenario().title, "Discount 4 %");
}
