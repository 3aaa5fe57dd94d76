//! The command line, run as a real process: outputs, JSON keys and error exits.

use std::process::{Command, Output};

use serde_json::Value;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_offering-desk"))
        .args(args)
        .output()
        .expect("binary runs")
}

fn json(args: &[&str]) -> Value {
    let out = run(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON on stdout")
}

fn sample_path() -> String {
    format!(
        "{}/assets/scenarios/iij-2013.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn prices_path() -> String {
    format!(
        "{}/assets/prices/iij-2005-2013-synthetic.csv",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn compute_json_has_the_seed_figures_as_decimal_strings() {
    let v = json(&["compute", &sample_path(), "--json"]);
    let o = &v["offering"];
    assert_eq!(o["issue_price"], "3346");
    assert_eq!(o["total_issue_price"], "15726200000");
    assert_eq!(o["total_amount_to_be_paid"], "15077600000");
    assert_eq!(o["stated_capital"], "7538800000");
    assert_eq!(o["additional_paid_in_capital"], "7538800000");
    assert_eq!(o["total_selling_price"], "2342200000");
    assert_eq!(o["allotment_total_amount_to_be_paid"], "2245600000");
    assert_eq!(o["allotment_stated_capital"], "1122800000");
    assert_eq!(o["allotment_additional_paid_in_capital"], "1122800000");
    assert_eq!(o["net_proceeds"], "17223200000");
    assert_eq!(v["timetable"]["payment"], "2013-07-18");
    assert_eq!(v["option"]["total_rights"], 135);
}

#[test]
fn compute_json_carries_the_figures_as_the_notices_state_them() {
    let v = json(&["compute", &sample_path(), "--json"]);
    let o = &v["offering"];
    // Seed 000 prints "Discount Rate 3.01%": (3,450 − 3,346) ÷ 3,450 = 0.030144927…
    assert!(
        o["discount_rate"]
            .as_str()
            .unwrap()
            .starts_with("0.0301449275362318840579"),
        "{}",
        o["discount_rate"]
    );
    assert_eq!(o["discount_rate_stated"], "0.0301");
    assert_eq!(
        o["discount_rate_stated_rounding"],
        "two decimals of a percent, half up"
    );
    // The spread, 138 ÷ 3,346 = 4.1243…% → 4.12 %.
    assert_eq!(o["spread_rate_stated"], "0.0412");
    let option = &v["option"];
    // C to ten decimals as the option notice prints it (mpmath 3,325.59236808056…).
    assert_eq!(option["price_per_share_stated"], "3325.5923680806");
    assert_eq!(option["price_times_shares_stated"], "665118.47361612");
    assert_eq!(option["amount_per_right"], "665119");
    assert_eq!(option["amount_convention"], "exact");
    // Only a figure that is not final has a status: the dates from fitted offsets.
    let t = &v["timetable"];
    assert_eq!(t["cover_end_status"], "assumed");
    assert_eq!(t["allotment_subscription_status"], "assumed");
    assert_eq!(t["allotment_payment_status"], "assumed");
    assert!(t["payment_status"].is_null());
    assert!(option["amount_per_right_status"].is_null());
}

#[test]
fn schedule_marks_the_dates_from_fitted_offsets() {
    let v = json(&["schedule", "--calculation-date", "2013-07-10", "--json"]);
    assert_eq!(v["allotment_subscription"], "2013-08-02");
    assert_eq!(v["allotment_subscription_status"], "assumed");
    assert_eq!(v["cover_end_status"], "assumed");
    assert!(v["delivery_status"].is_null());
    let out = run(&["schedule", "--calculation-date", "2013-07-10"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let line = text
        .lines()
        .find(|l| l.contains("Third-party allotment payment date"))
        .unwrap();
    assert!(
        line.contains("Mon 2013-08-05  assumed — set the date from the launch notice"),
        "{line}"
    );
}

#[test]
fn option_prints_both_roundings_where_they_differ() {
    // Issue 8: S = 2,000, X = 1, T = 10, σ = 0.25, r = q = 0, 200 shares. mpmath: C × 200
    // = 399,800 + 2.3177e-19 (tests/reference/ceiling.json); exact 399,801, a
    // double-precision spreadsheet 399,800.
    let args = [
        "option",
        "--spot",
        "2000",
        "--strike",
        "1",
        "--term-years",
        "10",
        "--volatility",
        "0.25",
        "--risk-free-rate",
        "0",
        "--shares-per-right",
        "200",
    ];
    let mut with_json = args.to_vec();
    with_json.push("--json");
    let v = json(&with_json);
    assert_eq!(v["amount_per_right"], "399801");
    assert_eq!(v["amount_per_right_exact"], "399801");
    assert_eq!(v["amount_per_right_spreadsheet"], "399800");
    let mut spreadsheet = with_json.clone();
    spreadsheet.extend(["--amount-convention", "spreadsheet"]);
    assert_eq!(json(&spreadsheet)["amount_per_right"], "399800");
    let out = run(&args);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(
            "1,999 × 200 shares = 399,800 (exact product: 399,800 + 2.3e-19) → fractions of a \
             yen rounded up → 399,801; a double-precision spreadsheet's ROUNDUP gives 399,800"
        ),
        "{text}"
    );
}

#[test]
fn compute_table_is_aligned_and_formatted_as_the_notice() {
    let out = run(&["compute", &sample_path()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("JPY 15,726,200,000"), "{text}");
    assert!(text.contains("3.01 %"));
    assert!(text.contains("3,450 × (1 − 3.00 %) = 3,346.5 → rounded down → 3,346"));
}

#[test]
fn option_json_keys_and_rounded_up_amount_per_right() {
    // Hull, Options, Futures and Other Derivatives: S=42, X=40, r=10 %, σ=20 %, T=0.5
    // → C = 4.7594 (textbook, 4 decimals).
    let v = json(&[
        "option",
        "--spot",
        "42",
        "--strike",
        "40",
        "--term-years",
        "0.5",
        "--volatility",
        "0.2",
        "--risk-free-rate",
        "0.1",
        "--dividend-yield",
        "0",
        "--shares-per-right",
        "200",
        "--json",
    ]);
    let c = v["price_per_share"].as_f64().unwrap();
    assert!((c - 4.7594).abs() < 5e-5, "{c}");
    for key in ["d1", "d2", "delta", "gamma", "vega", "theta", "rho"] {
        assert!(v[key].is_number(), "{key}");
    }
    // 4.75942… × 200 = 951.88… → rounded up → 952
    assert_eq!(v["amount_per_right"], "952");
}

#[test]
fn option_errors_name_the_flag_and_exit_non_zero() {
    let out = run(&[
        "option",
        "--spot",
        "0",
        "--strike",
        "1",
        "--term-years",
        "15",
        "--volatility",
        "0.4",
        "--risk-free-rate",
        "0.01",
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--spot"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn volatility_json_keys() {
    let v = json(&[
        "volatility",
        &prices_path(),
        "--from",
        "2005-12-02",
        "--to",
        "2013-07-11",
        "--split",
        "2012-10-01:200",
        "--json",
    ]);
    assert_eq!(v["first_date"], "2005-12-02");
    assert_eq!(v["last_date"], "2013-07-11");
    // The CSV holds the closes embedded in the sample scenario: the independent mpmath
    // computation of tests/reference/sample.json applies (398 weekly samples, σ =
    // 0.4252805395791216444…), to 1e-12 relative (f64 sums over 397 log returns).
    let reference: serde_json::Value =
        serde_json::from_str(include_str!("reference/sample.json")).unwrap();
    let r = &reference["volatility"];
    assert_eq!(v["samples"], r["samples"]);
    assert_eq!(v["returns"], r["returns"]);
    for (got, want) in [
        ("annualized_volatility", "annualized"),
        ("stdev_per_period", "stdev_per_period"),
        ("mean_return", "mean_return"),
    ] {
        let got = v[got].as_f64().unwrap();
        let want: f64 = r[want].as_str().unwrap().parse().unwrap();
        assert!(((got - want) / want).abs() < 1e-12, "{got} vs {want}");
    }
}

#[test]
fn volatility_reads_a_shift_jis_broker_file_as_its_utf8_twin() {
    // tests/fixtures/broker/make.py: one table of eight Friday closes, in both encodings.
    let fixture = |name: &str| {
        format!(
            "{}/tests/fixtures/broker/{name}",
            env!("CARGO_MANIFEST_DIR")
        )
    };
    let sjis = json(&["volatility", &fixture("closes-sjis.csv"), "--json"]);
    let utf8 = json(&["volatility", &fixture("closes-utf8.csv"), "--json"]);
    assert_eq!(sjis["encoding"], "Shift_JIS (CP932)");
    assert_eq!(utf8["encoding"], "UTF-8");
    assert_eq!(sjis["rows_read"], 8);
    assert_eq!(sjis["first_date"], "2013-05-17");
    assert_eq!(sjis["last_date"], "2013-07-05");
    assert_eq!(sjis["annualized_volatility"], utf8["annualized_volatility"]);
    let out = run(&["volatility", &fixture("closes-sjis.csv")]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("encoding               Shift_JIS (CP932)\n")
    );
}

#[test]
fn export_lang_ja_writes_both_notices_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("notice.md");
    let run_export = |format: &str, out: &std::path::Path| {
        run(&[
            "export",
            &sample_path(),
            "--lang",
            "ja",
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ])
    };
    let done = run_export("pricing-notice-md", &out);
    assert!(done.status.success(), "{}", text(&done.stderr));
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.contains("(2) 発行価格の総額 | 15,726,200,000円"));
    assert!(md.contains("(7) 払込期日 | 2013年7月18日（木）"));

    let option = dir.path().join("option.md");
    let done = run_export("option-notice-md", &option);
    assert!(done.status.success(), "{}", text(&done.stderr));
    let md = std::fs::read_to_string(&option).unwrap();
    assert!(md.contains("# 株式報酬型ストックオプション（新株予約権）の発行に関するお知らせ"));
    assert!(md.contains("**665,119円**"));
}

#[test]
fn compute_lang_ja_labels_the_table_in_japanese_and_lines_it_up() {
    let out = run(&["compute", &sample_path(), "--lang", "ja"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    let line = |label: &str| {
        table
            .lines()
            .find(|l| l.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("no {label} row:\n{table}"))
            .to_owned()
    };
    // Seed 000's figures, in yen as a Japanese table writes them.
    let issue = line("発行価格（売出価格）");
    let paid = line("払込金額の総額");
    assert!(issue.contains(" 3,346円  "), "{issue}");
    assert!(paid.contains(" 15,077,600,000円  "), "{paid}");
    // A kanji takes two columns in a terminal: the values end in the same column.
    let end = |l: &str, value: &str| {
        let upto = &l[..l.find(value).unwrap() + value.len()];
        upto.chars()
            .map(|c| if c.is_ascii() { 1 } else { 2 })
            .sum::<usize>()
    };
    assert_eq!(end(&issue, "3,346円"), end(&paid, "15,077,600,000円"));
    assert!(line("払込期日").contains("2013年7月18日（木）"));
}

#[test]
fn volatility_without_the_split_shows_the_crash() {
    let with = json(&[
        "volatility",
        &prices_path(),
        "--split",
        "2012-10-01:200",
        "--json",
    ]);
    let without = json(&["volatility", &prices_path(), "--json"]);
    assert!(
        without["annualized_volatility"].as_f64().unwrap()
            > 2.0 * with["annualized_volatility"].as_f64().unwrap()
    );
}

#[test]
fn volatility_bad_split_is_a_usage_error() {
    let out = run(&["volatility", &prices_path(), "--split", "2012-10-01:0"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--split"));
}

#[test]
fn calendar_lists_business_days_around_marine_day_2013() {
    let v = json(&[
        "calendar",
        "--from",
        "2013-07-12",
        "--to",
        "2013-07-17",
        "--json",
    ]);
    let days: Vec<&str> = v["business_days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap())
        .collect();
    assert_eq!(days, ["2013-07-12", "2013-07-16", "2013-07-17"]);
}

#[test]
fn calendar_refuses_dates_outside_the_table() {
    let out = run(&["calendar", "--from", "2013-01-01", "--to", "2099-01-01"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--to"));
}

#[test]
fn schedule_derives_the_seed_timetable() {
    let v = json(&["schedule", "--calculation-date", "2013-07-10", "--json"]);
    assert_eq!(v["subscription_start"], "2013-07-11");
    assert_eq!(v["subscription_end"], "2013-07-12");
    assert_eq!(v["payment"], "2013-07-18");
    assert_eq!(v["delivery"], "2013-07-19");
    assert_eq!(v["cover_start"], "2013-07-13");
    assert_eq!(v["cover_end"], "2013-07-29");
    assert_eq!(v["allotment_subscription"], "2013-08-02");
    assert_eq!(v["allotment_payment"], "2013-08-05");
}

#[test]
fn compute_on_a_missing_file_names_it() {
    let out = run(&["compute", "no-such-scenario.json"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-scenario.json"));
}

// ---------------------------------------------------------------- export

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The lines `export --out-dir DIR` prints for `formats` written from `stem`.json.
fn wrote_lines(dir: &std::path::Path, stem: &str, formats: &[(&str, &str)]) -> String {
    formats
        .iter()
        .map(|(file, label)| {
            format!(
                "wrote {} ({label})\n",
                dir.join(file.replace("STEM", stem)).display()
            )
        })
        .collect()
}

/// Every format, in the order `--all` writes them: file name and label.
const ALL: [(&str, &str); 7] = [
    ("STEM.xlsx", "Excel workbook (.xlsx)"),
    ("STEM-figures.csv", "Figures (.csv)"),
    ("STEM-prices.csv", "Price series (.csv)"),
    ("STEM-pricing-notice.md", "Pricing notice draft (.md)"),
    ("STEM-pricing-notice.html", "Pricing notice draft (.html)"),
    ("STEM-option-notice.md", "Stock-option notice draft (.md)"),
    (
        "STEM-option-notice.html",
        "Stock-option notice draft (.html)",
    ),
];

#[test]
fn export_all_creates_the_folder_and_lists_every_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("exports").join("2013");
    let out = run(&[
        "export",
        &sample_path(),
        "--all",
        "--out-dir",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(text(&out.stderr), "");
    assert!(out.status.success());
    assert_eq!(text(&out.stdout), wrote_lines(&dir, "iij-2013", &ALL));
    for (file, _) in ALL {
        assert!(
            dir.join(file.replace("STEM", "iij-2013")).is_file(),
            "{file}"
        );
    }
}

#[test]
fn export_all_adds_the_paid_in_notice_when_there_is_a_grant() {
    let tmp = tempfile::tempdir().unwrap();
    let example = std::fs::read_to_string(format!(
        "{}/assets/scenarios/paid-in-example.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    // Few pairs, so the debug build values it quickly.
    let quick = example.replace(
        "\"method\": \"auto\",",
        "\"method\": \"auto\", \"pairs\": 20000,",
    );
    assert_ne!(quick, example);
    let file = tmp.path().join("paid.json");
    std::fs::write(&file, quick).unwrap();
    let dir = tmp.path().join("out");
    let out = run(&[
        "export",
        file.to_str().unwrap(),
        "--all",
        "--out-dir",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(text(&out.stderr), "");
    assert!(out.status.success());
    let paid = [
        (
            "STEM-paid-option-notice.md",
            "Paid-in stock-option notice draft (.md)",
        ),
        (
            "STEM-paid-option-notice.html",
            "Paid-in stock-option notice draft (.html)",
        ),
    ];
    let every: Vec<(&str, &str)> = ALL.iter().chain(paid.iter()).copied().collect();
    assert_eq!(text(&out.stdout), wrote_lines(&dir, "paid", &every));
    let md = std::fs::read_to_string(dir.join("paid-paid-option-notice.md")).unwrap();
    assert!(md.contains("Monte Carlo simulation"));
}

#[test]
fn export_all_goes_on_past_a_failing_format_and_exits_non_zero() {
    // The sample without its price history: σ cannot be measured, so the workbook (which
    // has a Volatility sheet) fails; every other format is written.
    let tmp = tempfile::tempdir().unwrap();
    let sample = std::fs::read_to_string(sample_path()).unwrap();
    let start = sample.find("\"closes\": [").unwrap();
    let end = start + sample[start..].find("],").unwrap();
    let no_history = format!("{}{}", &sample[..start], &sample[end + 2..]);
    let file = tmp.path().join("deal.json");
    std::fs::write(&file, no_history).unwrap();
    let dir = tmp.path().join("out");
    let out = run(&[
        "export",
        file.to_str().unwrap(),
        "--all",
        "--out-dir",
        dir.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert_eq!(text(&out.stdout), wrote_lines(&dir, "deal", &ALL[1..]));
    assert_eq!(
        text(&out.stderr),
        format!(
            "error: 1 of 7 exports failed:\n  {}: cannot export while volatility has a problem: \
             price_history.window_start: needs at least 3 weekly samples in the window (2 \
             returns), found 0; widen the window\n",
            dir.join("deal.xlsx").display()
        )
    );
    assert!(!dir.join("deal.xlsx").exists());
    assert!(dir.join("deal-option-notice.html").is_file());
}

#[test]
fn export_refuses_a_format_that_contradicts_the_extension() {
    let tmp = tempfile::tempdir().unwrap();
    let target = tmp.path().join("deal.xlsx");
    let out = run(&[
        "export",
        &sample_path(),
        "--format",
        "csv",
        "--out",
        target.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert_eq!(text(&out.stdout), "");
    assert_eq!(
        text(&out.stderr),
        format!(
            "error: --format: csv writes a .csv file, but --out {} ends in .xlsx: change the \
             extension or leave out --format\n",
            target.display()
        )
    );
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);

    // The same extension is no contradiction: --format picks which Markdown draft.
    let notice = tmp.path().join("notice.md");
    let out = run(&[
        "export",
        &sample_path(),
        "--format",
        "option-notice-md",
        "--out",
        notice.to_str().unwrap(),
    ]);
    assert_eq!(
        text(&out.stdout),
        format!(
            "wrote {} (Stock-option notice draft (.md))\n",
            notice.display()
        )
    );
    assert!(
        std::fs::read_to_string(&notice)
            .unwrap()
            .contains("Stock Acquisition Rights")
    );
}

#[test]
fn export_no_bom_writes_plain_utf8_for_scripts() {
    let tmp = tempfile::tempdir().unwrap();
    let with = tmp.path().join("with.csv");
    let without = tmp.path().join("without.csv");
    for (path, extra) in [(&with, None), (&without, Some("--no-bom"))] {
        let mut args = vec![
            "export",
            sample_path_static(),
            "--out",
            path.to_str().unwrap(),
        ];
        args.extend(extra);
        assert!(run(&args).status.success());
    }
    let with = std::fs::read(with).unwrap();
    let without = std::fs::read(without).unwrap();
    assert_eq!(&with[..3], [0xEF, 0xBB, 0xBF]);
    assert!(without.starts_with(b"section,item,value,unit,key,rounding,status\n"));
    assert_eq!(&with[3..], without.as_slice());
}

fn sample_path_static() -> &'static str {
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/scenarios/iij-2013.json"
    )
}

#[test]
fn compute_lang_ja_says_what_is_wrong_with_a_scenario_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    let sample = std::fs::read_to_string(sample_path()).unwrap();
    let mut doc: Value = serde_json::from_str(&sample).unwrap();
    doc["offering"]["stated_capital_ratio"] = Value::String("0.4".into());
    std::fs::write(&bad, doc.to_string()).unwrap();
    let path = bad.to_str().unwrap();
    let out = run(&["compute", path, "--lang", "ja"]);
    assert!(!out.status.success());
    assert_eq!(
        text(&out.stderr),
        format!(
            "error: {path}: シナリオに問題が1件あります：\n  offering.stated_capital_ratio: \
             50 %から100 %にしてください。払込金額の2分の1以上を資本金とします（会社法第445条）\n"
        )
    );
    // English stays the default.
    let out = run(&["compute", path]);
    assert_eq!(
        text(&out.stderr),
        format!(
            "error: {path}: 1 problem in the scenario:\n  offering.stated_capital_ratio: \
             must be from 50 % to 100 %: at least half of the amount paid goes to stated \
             capital (Companies Act art. 445)\n"
        )
    );
}

#[test]
fn compute_in_japanese_prints_each_derivation_in_japanese() {
    let out = run(&["compute", &sample_path(), "--lang", "ja"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    // Seed 000: 3,450 yen less 3.00 %, rounded down to 3,346 yen.
    assert!(
        text.contains("3,346円  3,450 × (1 − 3.00 %) = 3,346.5 → 切捨て → 3,346"),
        "{text}"
    );
    assert!(text.contains("（会社計算規則第14条）"), "{text}");
    assert!(!text.contains("rounded"), "{text}");
}

#[test]
fn a_file_that_is_not_json_is_refused_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.json");
    std::fs::write(&path, "{\n  \"schema_version\": 3,\n  \"title\": \n}").unwrap();
    let path = path.to_str().unwrap();
    let en = run(&["compute", path]);
    assert!(!en.status.success());
    let en = String::from_utf8(en.stderr).unwrap();
    assert!(en.contains("not valid JSON (line 4, column 1)"), "{en}");
    let ja = run(&["compute", path, "--lang", "ja"]);
    assert!(!ja.status.success());
    let ja = String::from_utf8(ja.stderr).unwrap();
    assert!(ja.contains("JSON として読めません（4行1列）"), "{ja}");
    assert!(!ja.contains("not valid JSON"), "{ja}");
}

// ---------------------------------------------------------------- rate

/// tests/fixtures/jgb/make.py: the Ministry of Finance's layout, Shift_JIS, synthetic yields.
fn curve_path() -> String {
    format!(
        "{}/tests/fixtures/jgb/jgbcm-sjis.csv",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn rate_reads_r_off_the_jgb_curve_and_says_how() {
    let curve = curve_path();
    // The 15-year yield of 2013-07-11, 1.272 %.
    let v = json(&[
        "rate",
        "--curve",
        &curve,
        "--date",
        "2013-07-11",
        "--term-years",
        "15",
        "--json",
    ]);
    assert_eq!(v["risk_free_rate"], "0.01272");
    assert_eq!(v["basis"], "tenor");
    assert_eq!(v["date_used"], "2013-07-11");
    assert_eq!(v["fell_back"], false);
    assert_eq!(v["rows_read"], 15);
    assert_eq!(v["rows_rejected"], 2);
    assert_eq!(v["encoding"], "Shift_JIS (CP932)");
    assert_eq!(v["first_date"], "1989-01-05");

    // Marine Day 2013-07-15 → Friday 2013-07-12, which has no 8- or 9-year yield:
    // 0.550 % + (8 − 7) ÷ (10 − 7) × (0.851 % − 0.550 %) = 0.650333… % → 0.650333 %.
    let v = json(&[
        "rate",
        "--curve",
        &curve,
        "--date",
        "2013-07-15",
        "--term-years",
        "8",
        "--json",
    ]);
    assert_eq!(v["risk_free_rate"], "0.00650333");
    assert_eq!(v["date_used"], "2013-07-12");
    assert_eq!(v["fell_back"], true);
    assert_eq!(v["basis"], "linear");
    assert_eq!(v["method"], "linear");
    assert_eq!(
        v["tenors"],
        serde_json::json!([{"years": 7, "rate": "0.0055"}, {"years": 10, "rate": "0.00851"}])
    );
    assert!(v["weight"].as_str().unwrap().starts_with("0.33333"));
    let derivation = v["derivation"].as_str().unwrap();
    assert!(
        derivation.starts_with("2013-07-15 has no row in the curve"),
        "{derivation}"
    );
    assert!(derivation.ends_with("rounded half up to 6 decimals of a percent: 0.650333 %"));

    // The nearest tenor, as a table: 12 years is nearer 10 (0.860 %) than 15.
    let out = run(&[
        "rate",
        "--curve",
        &curve,
        "--date",
        "2013-07-11",
        "--term-years",
        "12",
        "--method",
        "nearest",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("risk-free rate r       0.0086 (0.860 %)\n"),
        "{text}"
    );
    assert!(text.contains("method                 nearest\n"), "{text}");
    assert!(text.contains(
        "  line 16: date \"H31.5.1\" would be 2019-05-01, which is not in the Heisei era\n"
    ));
    assert!(text.contains("encoding               Shift_JIS (CP932)\n"));
}

#[test]
fn rate_in_japanese_words_the_derivation_in_japanese() {
    let out = run(&[
        "rate",
        "--curve",
        &curve_path(),
        "--date",
        "2013-07-11",
        "--term-years",
        "12",
        "--lang",
        "ja",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            "2013年7月11日（木）の国債金利、10年と15年の間の線形補間：0.860 % + (12 − 10) ÷ \
             (15 − 10) × (1.272 % − 0.860 %) = 1.0248 %"
        ),
        "{text}"
    );
}

#[test]
fn rate_refusals_name_the_flag_and_the_accepted_range() {
    let curve = curve_path();
    let refused = |args: &[&str], expected: &str| {
        let mut all = vec!["rate", "--curve", &curve];
        all.extend_from_slice(args);
        let out = run(&all);
        assert!(!out.status.success(), "{args:?}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim_end(), expected, "{args:?}");
    };
    refused(
        &["--date", "2013-07-11", "--term-years", "45"],
        "error: --term-years: must be from 1 to 40 years, the tenors the curve has on 2013-07-11",
    );
    refused(
        &["--date", "1989-01-04", "--term-years", "5"],
        "error: --date: must be on or after 1989-01-05, the curve's first day (it covers \
         1989-01-05 to 2024-04-02)",
    );
    // In 1989 nothing beyond 20 years; in Japanese when asked.
    refused(
        &["--date", "1989-01-06", "--term-years", "25", "--lang", "ja"],
        "error: --term-years: 1989年1月6日（金）の金利曲線にある年限の1年から20年までにしてください",
    );
    // A price file is not a curve: its header names no tenor.
    let out = run(&[
        "rate",
        "--curve",
        &prices_path(),
        "--date",
        "2013-07-11",
        "--term-years",
        "15",
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "iij-2005-2013-synthetic.csv: column 2 of the header, \"Close\", is not a tenor"
        ),
        "{err}"
    );
}

#[test]
fn volatility_reads_the_close_column_asked_for() {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/sources/jquants.csv"
    );
    let sigma = |extra: &[&str]| {
        let mut args = vec!["volatility", file, "--frequency", "daily", "--json"];
        args.extend_from_slice(extra);
        json(&args)["annualized_volatility"].as_f64().unwrap()
    };
    // J-Quants' AdjustmentClose divides the closes before 2012-09-26 by 200: the same
    // series as the raw Close with the 1:200 split entered.
    let adjusted = sigma(&["--close-column", "AdjustmentClose"]);
    let split = sigma(&["--split", "2012-09-26:200"]);
    assert!((adjusted - split).abs() < 1e-12, "{adjusted} vs {split}");
    // The raw close without the split sees a fall of 99.5 %.
    assert!(sigma(&[]) > 10.0 * adjusted);
    let out = run(&["volatility", file, "--close-column", "Volume?"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Volume?"));
}

/// The sample with 41,000,000 issued shares (1,000,000 treasury shares) and a net income
/// of JPY 3,000,000,000, written to a file in `dir`.
fn sample_with_capital(dir: &std::path::Path) -> String {
    let text = std::fs::read_to_string(sample_path()).unwrap();
    let mut doc: Value = serde_json::from_str(&text).unwrap();
    doc["capital"] = serde_json::json!({
        "issued_shares": 41_000_000,
        "treasury_shares": 1_000_000,
        "net_income": "3000000000",
    });
    let path = dir.join("capital.json");
    std::fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn compute_shows_the_dilution_figures_in_each_language_and_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_with_capital(dir.path());
    // By hand: 4,700,000 ÷ 41,000,000 = 11.4634…% → 11.46 %; 41,000,000 + 4,700,000 +
    // 700,000 = 46,400,000; EPS 3,000,000,000 ÷ 44,700,000 = 67.1140… → 67.11.
    let v = json(&["compute", &path, "--json"]);
    let d = &v["dilution"];
    assert_eq!(d["shares_after_allotment"], 46_400_000);
    assert_eq!(d["dilution_offering_before_stated"], "0.1146");
    assert!(
        d["dilution_offering_before"]
            .as_str()
            .unwrap()
            .starts_with("0.114634146341463414634"),
        "{}",
        d["dilution_offering_before"]
    );
    assert_eq!(d["eps_before"], "75");
    assert_eq!(d["eps_after_offering_stated"], "67.11");
    assert_eq!(
        d["eps_after_offering_stated_rounding"],
        "to the sen (two decimals of a yen), half up"
    );

    let out = run(&["compute", &path]);
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("\nDILUTION\n"), "{table}");
    let row = table
        .lines()
        .find(|l| l.contains("Dilution, public offering (÷ issued shares before)"))
        .unwrap();
    assert!(row.contains("11.46 %"), "{row}");
    assert!(
        row.contains("4,700,000 new shares ÷ 41,000,000 issued shares before the offering"),
        "{row}"
    );

    let out = run(&["compute", &path, "--lang", "ja"]);
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("\n希薄化\n"), "{table}");
    let row = table
        .lines()
        .find(|l| l.contains("1株当たり当期純利益（公募増資後）"))
        .unwrap();
    assert!(row.contains("67.11円"), "{row}");
    assert!(row.contains("銭未満四捨五入"), "{row}");

    // The sample gives no issued shares: one line says what to enter.
    let v = json(&["compute", &sample_path(), "--json"]);
    assert_eq!(
        v["dilution"],
        serde_json::json!({"issued_shares": "not_entered"})
    );
}

#[test]
fn compute_refuses_treasury_shares_not_fewer_than_the_issued_shares() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_with_capital(dir.path());
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "\"treasury_shares\": 1000000",
        "\"treasury_shares\": 41000000",
    );
    std::fs::write(&path, text).unwrap();
    let out = run(&["compute", &path]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "capital.treasury_shares: must be from 0 to 40,999,999 shares: fewer than the \
             41,000,000 issued shares, which include them"
        ),
        "{stderr}"
    );
}

#[test]
fn compute_refuses_a_paid_in_level_already_crossed() {
    let tmp = tempfile::tempdir().unwrap();
    let example = std::fs::read_to_string(format!(
        "{}/assets/scenarios/paid-in-example.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    // 110 % of the exercise price 3,450 is 3,795, above the share price 3,509: a
    // "below" condition would be met on the valuation date already.
    let crossed = example.replace("\"level\": \"0.5\"", "\"level\": \"1.1\"");
    assert_ne!(crossed, example);
    let file = tmp.path().join("crossed.json");
    std::fs::write(&file, crossed).unwrap();
    for lang in ["en", "ja"] {
        let out = run(&["compute", file.to_str().unwrap(), "--lang", lang]);
        assert!(!out.status.success());
        assert_eq!(text(&out.stdout), "");
        let err = text(&out.stderr);
        assert!(err.contains("paid_option.conditions[0].level"), "{err}");
        assert!(err.contains("3,509") || err.contains("3509"), "{err}");
    }
}
