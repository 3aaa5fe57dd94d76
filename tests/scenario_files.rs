//! Scenario documents: save then load gives the identical scenario, and every kind of
//! bad file is refused with a message naming what and where.

use offering_desk::scenario::{self, LoadError, SCHEMA_VERSION, from_json, to_json};
use offering_desk::storage;

fn sample_text() -> String {
    scenario::SAMPLE_SCENARIO_JSON.to_owned()
}

#[test]
fn save_then_load_gives_back_the_identical_scenario() {
    let original = scenario::sample().unwrap();
    let text = to_json(&original);
    let again = from_json(&text).unwrap();
    assert_eq!(original, again);
    // And the bytes are stable: saving the reloaded scenario writes the same text.
    assert_eq!(text, to_json(&again));
}

#[test]
fn amounts_are_written_as_decimal_strings() {
    let text = to_json(&scenario::sample().unwrap());
    assert!(text.contains("\"base_price\": \"3450\""), "{text:.400}");
    assert!(text.contains("\"discount_rate\": \"0.03\""));
    assert!(text.contains(&format!("\"schema_version\": {SCHEMA_VERSION}")));
}

#[test]
fn atomic_save_round_trips_through_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deal.json");
    let s = scenario::sample().unwrap();
    storage::save_scenario(&path, &s).unwrap();
    assert_eq!(storage::load_scenario(&path).unwrap(), s);
    // No temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn a_newer_schema_version_is_refused_clearly() {
    let text = sample_text().replacen(
        &format!("\"schema_version\": {SCHEMA_VERSION}"),
        "\"schema_version\": 99",
        1,
    );
    let err = from_json(&text).unwrap_err();
    assert_eq!(
        err,
        LoadError::NewerVersion {
            found: 99,
            supported: SCHEMA_VERSION
        }
    );
    assert!(err.to_string().contains("newer Offering Desk"));
}

#[test]
fn missing_or_bad_version_is_refused() {
    assert_eq!(from_json("{}").unwrap_err(), LoadError::MissingVersion);
    let text = sample_text().replacen(
        &format!("\"schema_version\": {SCHEMA_VERSION}"),
        "\"schema_version\": \"one\"",
        1,
    );
    assert!(matches!(
        from_json(&text).unwrap_err(),
        LoadError::BadVersion { .. }
    ));
}

#[test]
fn syntax_errors_give_line_and_column() {
    let err = from_json("{\n  \"schema_version\": 1,\n  oops\n}").unwrap_err();
    match err {
        LoadError::Syntax { line, .. } => assert_eq!(line, 3),
        other => panic!("expected a syntax error, got {other:?}"),
    }
    assert!(matches!(
        from_json(&sample_text()[..500]).unwrap_err(),
        LoadError::Syntax { .. }
    ));
}

#[test]
fn wrong_types_name_the_field_path() {
    let text = sample_text().replacen("\"new_shares\": 4700000", "\"new_shares\": \"many\"", 1);
    match from_json(&text).unwrap_err() {
        LoadError::Field { path, .. } => assert_eq!(path, "offering.new_shares"),
        other => panic!("expected a field error, got {other:?}"),
    }
    let text = sample_text().replacen("\"new_shares\": 4700000", "\"new_shares\": -5", 1);
    match from_json(&text).unwrap_err() {
        LoadError::Field { path, .. } => assert_eq!(path, "offering.new_shares"),
        other => panic!("expected a field error, got {other:?}"),
    }
    let text = sample_text().replacen(
        "\"calculation_date\": \"2013-07-10\"",
        "\"calculation_date\": \"2013-02-30\"",
        1,
    );
    match from_json(&text).unwrap_err() {
        LoadError::Field { path, .. } => assert_eq!(path, "schedule.calculation_date"),
        other => panic!("expected a field error, got {other:?}"),
    }
}

#[test]
fn duplicate_and_unknown_keys_are_refused() {
    let text = sample_text().replacen(
        "\"new_shares\": 4700000,",
        "\"new_shares\": 4700000,\n    \"new_shares\": 1,",
        1,
    );
    let err = from_json(&text).unwrap_err();
    assert!(err.to_string().contains("duplicate field"), "{err}");
    let text = sample_text().replacen("\"new_shares\": 4700000,", "\"new_share\": 4700000,", 1);
    assert!(matches!(
        from_json(&text).unwrap_err(),
        LoadError::Field { .. }
    ));
}

#[test]
fn validation_reports_every_problem_at_once() {
    let text = sample_text()
        .replacen(
            "\"discount_rate\": \"0.03\"",
            "\"discount_rate\": \"1.5\"",
            1,
        )
        .replacen("\"new_shares\": 4700000", "\"new_shares\": 0", 1)
        .replacen(
            "\"stated_capital_ratio\": \"0.5\"",
            "\"stated_capital_ratio\": \"0.4\"",
            1,
        )
        .replacen("\"max_rights\": 135", "\"max_rights\": 100", 1);
    match from_json(&text).unwrap_err() {
        LoadError::Invalid(problems) => {
            let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
            for want in [
                "offering.discount_rate",
                "offering.new_shares",
                "offering.stated_capital_ratio",
                "option.allotment",
            ] {
                assert!(fields.contains(&want), "{want} missing from {fields:?}");
            }
            assert!(
                problems
                    .iter()
                    .all(|p| p.message().starts_with("must") || p.message().contains("more than"))
            );
        }
        other => panic!("expected validation problems, got {other:?}"),
    }
}

#[test]
fn a_failed_load_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.json");
    std::fs::write(&path, "{ not json").unwrap();
    let err = storage::load_scenario(&path).unwrap_err().to_string();
    assert!(
        err.contains("broken.json") && err.contains("line 1"),
        "{err}"
    );
    std::fs::write(&path, [0xffu8, 0xfe, 0x00]).unwrap();
    let err = storage::load_scenario(&path).unwrap_err().to_string();
    assert!(err.contains("not UTF-8"), "{err}");
}

#[test]
fn saving_over_a_file_keeps_the_previous_version_as_bak() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deal.json");
    let mut s = scenario::sample().unwrap();
    storage::save_scenario(&path, &s).unwrap();
    let first = std::fs::read(&path).unwrap();
    assert!(
        !storage::backup_path(&path).exists(),
        "no backup of a new file"
    );
    s.offering.new_shares = 5_000_000;
    storage::save_scenario(&path, &s).unwrap();
    let bak = storage::backup_path(&path);
    assert_eq!(bak.file_name().unwrap(), "deal.json.bak");
    assert_eq!(std::fs::read(&bak).unwrap(), first);
    assert_eq!(storage::load_scenario(&path).unwrap(), s);
}

#[test]
fn a_failed_save_leaves_the_old_file_intact_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deal.json");
    let s = scenario::sample().unwrap();
    storage::save_scenario(&path, &s).unwrap();
    let before = std::fs::read(&path).unwrap();
    // Saving a changed scenario over the same file, when the backup cannot be made (a
    // folder has its name): the save is refused before anything is replaced.
    std::fs::create_dir(storage::backup_path(&path)).unwrap();
    let mut changed = s.clone();
    changed.offering.new_shares = 5_000_000;
    let err = storage::save_scenario(&path, &changed)
        .unwrap_err()
        .to_string();
    assert!(err.contains("deal.json"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(storage::load_scenario(&path).unwrap(), s);
    // A folder that does not exist: the message names it.
    let gone = dir.path().join("gone").join("deal.json");
    let err = storage::save_scenario(&gone, &s).unwrap_err().to_string();
    assert!(err.contains("gone"), "{err}");
}

#[test]
fn an_empty_price_history_is_refused_but_a_scenario_without_one_round_trips() {
    let text = sample_text();
    let start = text.find("\"closes\": [").unwrap();
    let end = start + text[start..].find(']').unwrap();
    let emptied = format!("{}\"closes\": []{}", &text[..start], &text[end + 1..]);
    match from_json(&emptied).unwrap_err() {
        LoadError::Field { path, message, .. } => {
            assert_eq!(path, "price_history.closes");
            assert!(message.contains("empty price history"), "{message}");
        }
        other => panic!("expected a field error, got {other:?}"),
    }
    // A new scenario has no history: it saves without `closes` and loads back.
    let new = offering_desk::scenario::Scenario::template(
        chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
    );
    let saved = to_json(&new);
    assert!(!saved.contains("\"closes\""));
    assert_eq!(from_json(&saved).unwrap(), new);
}

// ---------------------------------------------------------------- version 1 → 2

fn v1_text() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/scenario-v1.json"
    ))
    .unwrap()
}

#[test]
fn a_version_1_file_gets_the_dateline_and_listing_it_printed_and_nothing_else() {
    let s = from_json(&v1_text()).unwrap();
    assert_eq!(s.schema_version, SCHEMA_VERSION);
    // Version 1 drafts printed "Tokyo, …" and "(the \"Company\", TSE:3774)".
    assert_eq!(s.company.dateline_city, "Tokyo");
    assert_eq!(s.company.listing_codes, ["TSE:3774"]);
    // What version 1 did not know stays unset: the drafts print placeholders for it.
    assert_eq!(s.company.short_name, "");
    assert_eq!(s.schedule.launch_resolution_date, None);
    assert_eq!(s.schedule.pricing_resolution_date, None);
    assert_eq!(s.option.resolution_date, None);
    assert_eq!(s.option.dividend_fiscal_year_end, None);
    assert_eq!(s.option.dividend_split_effective_date, None);
    assert_eq!(s.option.exercise_conditions, "");
    assert_eq!(s.drafts, scenario::DraftTerms::default());
    // Saved again, it is a version 2 file that loads to the same scenario.
    let saved = to_json(&s);
    assert!(saved.contains(&format!("\"schema_version\": {SCHEMA_VERSION}")));
    assert_eq!(from_json(&saved).unwrap(), s);

    // No securities code: no listing code to print.
    let text = v1_text().replacen(
        "\"securities_code\": \"3774\"",
        "\"securities_code\": \"\"",
        1,
    );
    assert!(from_json(&text).unwrap().company.listing_codes.is_empty());
}

#[test]
fn in_version_2_an_absent_field_means_not_given() {
    // The same keys left out of a version 2 file: empty, not the version 1 defaults.
    let text = sample_text()
        .replacen("\"dateline_city\": \"Tokyo\"", "\"short_name\": \"\"", 1)
        .replacen("\"short_name\": \"IIJ\",", "", 1);
    let s = from_json(&text).unwrap();
    assert_eq!(s.company.dateline_city, "");
    assert_eq!(s.company.short_name, "");
    assert_eq!(s.company.listing_codes, ["NASDAQ:IIJI", "TSE:3774"]);
}

#[test]
fn a_bad_version_1_file_is_refused_with_path_and_line() {
    let v1 = v1_text();
    let line_of = |needle: &str| v1[..v1.find(needle).unwrap()].matches('\n').count() + 1;
    let text = v1.replacen("\"new_shares\": 4700000", "\"new_shares\": \"many\"", 1);
    match from_json(&text).unwrap_err() {
        LoadError::Field { path, line, .. } => {
            assert_eq!(path, "offering.new_shares");
            assert_eq!(line, line_of("\"new_shares\""));
        }
        other => panic!("expected a field error, got {other:?}"),
    }
    // A key given twice is refused in an old file too (a JSON tree would keep the last).
    let text = v1.replacen(
        "\"new_shares\": 4700000,",
        "\"new_shares\": 4700000,\n    \"new_shares\": 1,",
        1,
    );
    let err = from_json(&text).unwrap_err();
    match &err {
        LoadError::Syntax { line, message, .. } => {
            assert_eq!(*line, line_of("\"new_shares\"") + 1);
            assert!(
                message.contains("duplicate field `new_shares`"),
                "{message}"
            );
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
    // A wrong type in a field the migration reads (it leaves it alone): path and line.
    let text = v1.replacen(
        "\"securities_code\": \"3774\"",
        "\"securities_code\": 3774",
        1,
    );
    match from_json(&text).unwrap_err() {
        LoadError::Field { path, line, .. } => {
            assert_eq!(path, "company.securities_code");
            assert_eq!(line, line_of("\"securities_code\""));
        }
        other => panic!("expected a field error, got {other:?}"),
    }
}

// ---------------------------------------------------------------- version 3 → 4

/// The version 3 fixture with items (8) and (11) typed in, as version 3 kept them: one
/// text for both drafts.
fn v3_with_items(acquisition: &str, exercise: &str) -> String {
    let v3 = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/scenario-v3.json"
    ))
    .unwrap();
    let anchor = "\"later_split_ratio\": \"1\",";
    assert!(v3.contains(anchor));
    v3.replacen(
        anchor,
        &format!(
            "{anchor}\n    \"acquisition_conditions\": {},\n    \"exercise_conditions\": {},",
            serde_json::Value::from(acquisition),
            serde_json::Value::from(exercise)
        ),
        1,
    )
}

#[test]
fn a_version_3_item_in_japanese_becomes_the_japanese_text_and_an_english_one_stays() {
    use offering_desk::i18n::Language;
    use offering_desk::scenario::wording;

    let japanese = "1) 新株予約権の一部行使はできない。";
    let s = from_json(&v3_with_items("Not applicable.", japanese)).unwrap();
    assert_eq!(s.schema_version, SCHEMA_VERSION);
    assert_eq!(s.option.acquisition_conditions, "Not applicable.");
    assert_eq!(s.option.acquisition_conditions_ja, "");
    assert_eq!(s.option.exercise_conditions, "");
    assert_eq!(s.option.exercise_conditions_ja, japanese);
    assert_eq!(s.option.restructuring_terms, "");
    assert_eq!(s.option.restructuring_terms_ja, "");

    // Both drafts print what they printed in version 3: the typed text, in either
    // language, and the standard wording of their own language for item (9).
    assert_eq!(
        s.option.item_texts_in(Language::English),
        ["Not applicable.", wording::RESTRUCTURING_TERMS, japanese]
    );
    assert_eq!(
        s.option.item_texts_in(Language::Japanese),
        ["Not applicable.", wording::RESTRUCTURING_TERMS_JA, japanese]
    );

    // Saved, it is a version 4 file that loads to the same scenario and saves the same.
    let saved = to_json(&s);
    assert!(saved.contains(&format!("\"schema_version\": {SCHEMA_VERSION}")));
    assert!(saved.contains("\"exercise_conditions_ja\": \"1) 新株予約権"));
    assert!(!saved.contains("\"exercise_conditions\":"));
    assert!(saved.contains("\"acquisition_conditions\": \"Not applicable.\""));
    let again = from_json(&saved).unwrap();
    assert_eq!(again, s);
    assert_eq!(to_json(&again), saved);
}

#[test]
fn version_3_items_in_english_stay_english() {
    let s = from_json(&v3_with_items(
        "In case of a merger, the Company may acquire the rights.",
        "1) No partial exercise.",
    ))
    .unwrap();
    assert_eq!(
        s.option.acquisition_conditions,
        "In case of a merger, the Company may acquire the rights."
    );
    assert_eq!(s.option.exercise_conditions, "1) No partial exercise.");
    assert_eq!(s.option.acquisition_conditions_ja, "");
    assert_eq!(s.option.exercise_conditions_ja, "");
    assert_eq!(from_json(&to_json(&s)).unwrap(), s);
}

#[test]
fn in_version_4_each_language_keeps_its_own_text() {
    // The same Japanese text in a version 4 file's English field is not moved: from
    // version 4 on, the field says which draft the text is for.
    let text = sample_text().replacen(
        "\"later_split_ratio\": \"1\",",
        "\"later_split_ratio\": \"1\",\n    \"exercise_conditions\": \"1) 日本語\",\n    \
         \"exercise_conditions_ja\": \"1) 日本語の条件\",",
        1,
    );
    let s = from_json(&text).unwrap();
    assert_eq!(s.option.exercise_conditions, "1) 日本語");
    assert_eq!(s.option.exercise_conditions_ja, "1) 日本語の条件");
}

#[test]
fn version_4_uses_of_proceeds_typed_in_japanese_become_the_japanese_texts() {
    // A version 4 file with one text per use: the first use typed in Japanese (for the
    // Japanese draft), the second in English.
    let v4 = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/scenario-v4.json"
    ))
    .unwrap()
    .replacen(
        "\"for capital investment for the Network Services and Systems Integration business\"",
        "\"設備投資資金\"",
        1,
    )
    .replacen("\"by the end of March 2015\"", "\"2015年3月末まで\"", 1);
    let s = from_json(&v4).unwrap();
    let [first, second, ..] = s.offering.uses_of_proceeds.as_slice() else {
        panic!("the sample has three uses");
    };
    assert_eq!(
        (first.purpose.as_str(), first.purpose_ja.as_str()),
        ("", "設備投資資金")
    );
    assert_eq!(
        (first.deadline.as_str(), first.deadline_ja.as_str()),
        ("", "2015年3月末まで")
    );
    assert_eq!(
        second.purpose,
        "to repay debt for network equipment leased by the end of March 2013"
    );
    assert_eq!(second.purpose_ja, "");
    // Each draft prints what it printed in version 4: the one text there is.
    assert_eq!(
        first.texts_in(offering_desk::i18n::Language::English),
        ("設備投資資金", "2015年3月末まで")
    );
    assert_eq!(
        second.texts_in(offering_desk::i18n::Language::Japanese).0,
        "to repay debt for network equipment leased by the end of March 2013"
    );
    assert_eq!(from_json(&to_json(&s)).unwrap(), s);
}

// ---------------------------------------------------------------- version 5 → 6

#[test]
fn a_version_4_file_had_its_r_typed_in() {
    let v4 = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/scenario-v4.json"
    ))
    .unwrap();
    assert!(!v4.contains("risk_free_rate_source"));
    let s = from_json(&v4).unwrap();
    assert_eq!(s.schema_version, SCHEMA_VERSION);
    assert_eq!(
        s.option.risk_free_rate_source,
        offering_desk::scenario::RateSource::Manual
    );
    assert_eq!(s.option.risk_free_rate.to_string(), "0.0125");
    let saved = to_json(&s);
    assert!(saved.contains("\"risk_free_rate_source\": {\n      \"kind\": \"manual\"\n    },"));
    assert_eq!(from_json(&saved).unwrap(), s);
}

#[test]
fn r_read_off_the_jgb_curve_keeps_its_day_and_derivation_in_the_file() {
    use offering_desk::domain::yield_curve::{CurveMethod, parse_curve, rate_for};
    use offering_desk::scenario::{RateCheck, RateSource, check_rate};

    let curve = parse_curve(
        "国債金利情報\n基準日,1年,10年,15年,20年,40年\nH25.7.10,0.1,0.85,-,1.63,1.88\n\
         H25.7.11,0.100,0.860,1.272,1.640,1.890\n",
    )
    .unwrap();
    let mut s = scenario::sample().unwrap();
    // 2013-07-11, T = 12: 0.860 % + (12 − 10) ÷ (15 − 10) × (1.272 % − 0.860 %) = 1.0248 %.
    s.option.term_years = 12.into();
    let r = rate_for(
        &curve.rows,
        s.option.allotment_date,
        s.option.term_years,
        CurveMethod::Linear,
    )
    .unwrap();
    s.option.risk_free_rate = r.rate;
    s.option.risk_free_rate_source = RateSource::from_curve("jgbcm_all.csv", &r);
    assert_eq!(check_rate(&s.option), RateCheck::Current);

    let saved = to_json(&s);
    for kept in [
        "\"kind\": \"jgb_curve\"",
        "\"file\": \"jgbcm_all.csv\"",
        "\"valuation_date\": \"2013-07-11\"",
        "\"term_years\": \"12\"",
        "\"method\": \"linear\"",
        "\"rate\": \"0.010248\"",
        // The whole day, every tenor.
        "\"date\": \"2013-07-11\"",
        "\"years\": 40,\n            \"rate\": \"0.0189\"",
    ] {
        assert!(saved.contains(kept), "{kept} in\n{saved}");
    }
    // Only the day used: not the file's other days.
    assert!(!saved.contains("2013-07-10\",\n        \"yields\""));
    let again = from_json(&saved).unwrap();
    assert_eq!(again, s);
    assert_eq!(to_json(&again), saved);
    // The derivation reads again off the kept day, with no file.
    let derived = again
        .option
        .risk_free_rate_source
        .derivation()
        .unwrap()
        .unwrap();
    assert_eq!(derived, r);
}
