//! Dilution and per-share effects (issue 11), against figures computed by hand: the
//! domain, the summary's figures and derivations in both languages, validation of the
//! capital section, and the scenario file.

use offering_desk::domain::dilution::{
    DilutionInputs, Earnings, NetIncomeBasis, compute_dilution, validate_capital,
};
use offering_desk::i18n::Language;
use offering_desk::report::{Figure, Value, summary};
use offering_desk::scenario::{self, Scenario, ScenarioResults, from_json, to_json, validate};
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

/// The sample (4,700,000 new shares, 700,000 allotment shares at most, 135 rights of
/// 200 shares) with 41,000,000 issued shares, 1,000,000 of them treasury shares, and a
/// net income of JPY 3,000,000,000.
fn with_capital() -> Scenario {
    let mut s = scenario::sample().unwrap();
    s.capital.issued_shares = Some(41_000_000);
    s.capital.treasury_shares = 1_000_000;
    s.capital.net_income = Some(d("3000000000"));
    s
}

fn inputs(earnings: Option<Earnings>) -> DilutionInputs {
    DilutionInputs {
        issued_shares: 41_000_000,
        treasury_shares: 1_000_000,
        new_shares: 4_700_000,
        allotment_shares: 700_000,
        option_rights: 135,
        shares_per_right: 200,
        earnings,
    }
}

fn dilution_figures(s: &Scenario) -> Vec<Figure> {
    summary(s, &ScenarioResults::compute(s))
        .into_iter()
        .filter(|f| f.section == "dilution")
        .collect()
}

fn get<'a>(figures: &'a [Figure], key: &str) -> &'a Figure {
    figures
        .iter()
        .find(|f| f.key == key)
        .unwrap_or_else(|| panic!("no figure {key}"))
}

#[test]
fn share_counts_and_ratios_match_a_hand_calculation() {
    let r = compute_dilution(&inputs(None)).unwrap();
    // 41,000,000 − 1,000,000 = 40,000,000 shares outstanding (the EPS base).
    assert_eq!(r.outstanding_before, 40_000_000);
    // 41,000,000 + 4,700,000 = 45,700,000; + 700,000 = 46,400,000.
    assert_eq!(r.issued_after_offering, 45_700_000);
    assert_eq!(r.issued_after_allotment, 46_400_000);
    // 4,700,000 ÷ 41,000,000 = 47 ÷ 410 = 0.11463414634146341463… (repeating 46341).
    assert!(
        r.offering
            .of_before
            .to_string()
            .starts_with("0.11463414634146341463414"),
        "{}",
        r.offering.of_before
    );
    // 4,700,000 ÷ 45,700,000 = 47 ÷ 457 = 0.10284463894967177242…
    assert!(
        r.offering
            .of_after
            .to_string()
            .starts_with("0.102844638949671772428"),
        "{}",
        r.offering.of_after
    );
    // 5,400,000 ÷ 41,000,000 = 54 ÷ 410 = 0.13170731707317073170…
    assert!(
        r.total
            .of_before
            .to_string()
            .starts_with("0.131707317073170731707"),
        "{}",
        r.total.of_before
    );
    assert_eq!(r.total.new_shares, 5_400_000);
    // 5,400,000 ÷ 46,400,000 = 27 ÷ 232 = 0.11637931034482758620…
    assert!(
        r.total
            .of_after
            .to_string()
            .starts_with("0.116379310344827586206"),
        "{}",
        r.total.of_after
    );
    // 135 rights × 200 shares = 27,000; ÷ 41,000,000 = 0.00065853658536585365…;
    // ÷ 46,400,000 = 0.00058189655172413793…
    assert_eq!(r.options.shares, 27_000);
    assert!(
        r.options
            .of_before
            .to_string()
            .starts_with("0.000658536585365853658"),
        "{}",
        r.options.of_before
    );
    assert!(
        r.options
            .of_after
            .to_string()
            .starts_with("0.000581896551724137931"),
        "{}",
        r.options.of_after
    );
    assert_eq!(r.per_share, None);
}

#[test]
fn eps_is_on_the_shares_excluding_treasury_shares_rounded_to_the_sen() {
    let r = compute_dilution(&inputs(Some(Earnings::NetIncome(d("3000000000"))))).unwrap();
    let p = r.per_share.unwrap();
    assert_eq!(p.basis, NetIncomeBasis::Entered);
    // 3,000,000,000 ÷ 40,000,000 = 75 exactly.
    assert_eq!(p.before.shares, 40_000_000);
    assert_eq!(p.before.exact, d("75"));
    assert_eq!(p.before.stated(), d("75"));
    // ÷ (40,000,000 + 4,700,000 = 44,700,000) = 30,000 ÷ 447 = 67.11409395973154362416…
    assert_eq!(p.after_offering.shares, 44_700_000);
    assert!(
        p.after_offering
            .exact
            .to_string()
            .starts_with("67.114093959731543624"),
        "{}",
        p.after_offering.exact
    );
    assert_eq!(p.after_offering.stated(), d("67.11"));
    // ÷ (44,700,000 + 700,000 = 45,400,000) = 30,000 ÷ 454 = 66.07929515418502202643…
    assert_eq!(p.after_allotment.shares, 45_400_000);
    assert!(
        p.after_allotment
            .exact
            .to_string()
            .starts_with("66.079295154185022026"),
        "{}",
        p.after_allotment.exact
    );
    assert_eq!(p.after_allotment.stated(), d("66.08"));

    // A loss on a count that lands on half a sen rounds away from zero:
    // −1,005 ÷ 200 = −5.025 → −5.03.
    let mut small = inputs(Some(Earnings::NetIncome(d("-1005"))));
    small.issued_shares = 200;
    small.treasury_shares = 0;
    let p = compute_dilution(&small).unwrap().per_share.unwrap();
    assert_eq!(p.before.exact, d("-5.025"));
    assert_eq!(p.before.stated(), d("-5.03"));
}

#[test]
fn eps_alone_gives_net_income_on_the_shares_excluding_treasury_shares() {
    let r = compute_dilution(&inputs(Some(Earnings::Eps(d("75.50"))))).unwrap();
    let p = r.per_share.unwrap();
    // 75.50 × 40,000,000 = 3,020,000,000.
    assert_eq!(p.net_income, d("3020000000"));
    assert_eq!(p.basis, NetIncomeBasis::FromEps(d("75.50")));
    assert_eq!(p.before.exact, d("75.50"));
    // 3,020,000,000 ÷ 44,700,000 = 30,200 ÷ 447 = 67.56152125279642058165… → 67.56.
    assert_eq!(p.after_offering.stated(), d("67.56"));
    // ÷ 45,400,000 = 30,200 ÷ 454 = 66.51982378854625550660… → 66.52.
    assert_eq!(p.after_allotment.stated(), d("66.52"));
}

#[test]
fn the_summary_states_each_figure_with_its_derivation() {
    let figures = dilution_figures(&with_capital());
    let shown = |key: &str| get(&figures, key).shown_in(Language::English);
    assert_eq!(shown("issued_shares"), "41,000,000 shares");
    assert_eq!(shown("shares_outstanding"), "40,000,000 shares");
    assert_eq!(shown("shares_after_offering"), "45,700,000 shares");
    assert_eq!(shown("shares_after_allotment"), "46,400,000 shares");
    // The ratios as notices print them, two decimals of a percent half up (values above).
    assert_eq!(shown("dilution_offering_before"), "11.46 %");
    assert_eq!(shown("dilution_offering_after"), "10.28 %");
    assert_eq!(shown("dilution_total_before"), "13.17 %");
    assert_eq!(shown("dilution_total_after"), "11.64 %");
    assert_eq!(shown("option_potential_shares"), "27,000 shares");
    assert_eq!(shown("option_potential_before"), "0.07 %");
    assert_eq!(shown("option_potential_after"), "0.06 %");
    assert_eq!(shown("net_income"), "JPY 3,000,000,000");
    assert_eq!(shown("eps_before"), "JPY 75");
    assert_eq!(shown("eps_after_offering"), "JPY 67.11");
    assert_eq!(shown("eps_after_allotment"), "JPY 66.08");

    let explained = |key: &str| get(&figures, key).explained_in(Language::English);
    assert_eq!(
        explained("shares_outstanding"),
        "41,000,000 issued − 1,000,000 treasury shares = 40,000,000 (the base of EPS)"
    );
    assert_eq!(
        explained("shares_after_allotment"),
        "45,700,000 + 700,000 new shares (third-party allotment, maximum) = 46,400,000"
    );
    assert_eq!(
        explained("dilution_offering_before"),
        "4,700,000 new shares ÷ 41,000,000 issued shares before the offering (treasury \
         shares included) = 11.4634 % → shown to two decimals, rounded half up"
    );
    assert_eq!(
        explained("dilution_total_after"),
        "5,400,000 new shares ÷ 46,400,000 issued shares after them = 11.6379 % → shown \
         to two decimals, rounded half up"
    );
    assert_eq!(
        explained("option_potential_shares"),
        "135 rights (maximum) × 200 shares per right"
    );
    assert_eq!(
        explained("eps_after_offering"),
        "3,000,000,000 ÷ 44,700,000 shares (40,000,000 excluding treasury shares + \
         4,700,000 new) = 67.1141 → to the sen, rounded half up → 67.11"
    );
    assert_eq!(
        explained("eps_before"),
        "3,000,000,000 ÷ 40,000,000 shares excluding treasury shares = 75 → to the sen, \
         rounded half up → 75"
    );
    let stated = get(&figures, "eps_after_allotment")
        .stated
        .as_ref()
        .unwrap();
    assert_eq!(
        stated.rule_in(Language::English),
        "to the sen (two decimals of a yen), half up"
    );

    // The same in Japanese: 株 and 円, the derivations in Japanese words.
    let ja = |key: &str| get(&figures, key).shown_in(Language::Japanese);
    assert_eq!(ja("shares_after_allotment"), "46,400,000株");
    assert_eq!(ja("eps_after_offering"), "67.11円");
    assert_eq!(
        get(&figures, "dilution_offering_after").explained_in(Language::Japanese),
        "新株式4,700,000株 ÷ 増資後の発行済株式総数45,700,000株 = 10.2845 % → \
         小数点以下第2位まで表示（四捨五入）"
    );
    assert_eq!(
        get(&figures, "eps_after_allotment").explained_in(Language::Japanese),
        "3,000,000,000 ÷ 45,400,000株（自己株式を除く40,000,000株 + 新株式5,400,000株） = \
         66.0793 → 銭未満四捨五入 → 66.08"
    );
    for f in &figures {
        assert_eq!(
            f.label_in(Language::Japanese),
            offering_desk::i18n::text(Language::Japanese, &format!("fig-{}", f.key))
        );
    }
}

#[test]
fn eps_given_instead_of_net_income_is_said_in_the_derivation() {
    let mut s = with_capital();
    s.capital.net_income = None;
    s.capital.eps = Some(d("75.5"));
    let figures = dilution_figures(&s);
    let net = get(&figures, "net_income");
    assert_eq!(net.value, Value::Yen(d("3020000000")));
    assert_eq!(
        net.explained_in(Language::English),
        "no net income entered: EPS 75.50 × 40,000,000 shares excluding treasury shares = \
         3,020,000,000"
    );
    assert_eq!(
        get(&figures, "eps_before").explained_in(Language::English),
        "entered"
    );
    assert_eq!(
        get(&figures, "eps_after_offering").shown_in(Language::English),
        "JPY 67.56"
    );
}

#[test]
fn without_the_issued_shares_one_line_says_what_to_enter() {
    let s = scenario::sample().unwrap();
    let figures = dilution_figures(&s);
    assert_eq!(figures.len(), 1, "{figures:#?}");
    let f = &figures[0];
    assert_eq!(f.key, "issued_shares");
    assert_eq!(f.shown_in(Language::English), "not entered");
    assert_eq!(f.shown_in(Language::Japanese), "未入力");
    assert!(
        f.explained_in(Language::English)
            .starts_with("enter the issued shares before the offering"),
        "{}",
        f.explained()
    );
    // Earnings alone give nothing either: the shares are what EPS is divided by.
    let mut s = s;
    s.capital.net_income = Some(d("3000000000"));
    assert_eq!(dilution_figures(&s).len(), 1);
    // Without earnings, the share figures and no EPS.
    let mut s = with_capital();
    s.capital.net_income = None;
    let figures = dilution_figures(&s);
    assert!(figures.iter().any(|f| f.key == "dilution_total_after"));
    assert!(
        figures
            .iter()
            .all(|f| !f.key.starts_with("eps") && f.key != "net_income")
    );
}

#[test]
fn the_capital_inputs_are_refused_with_their_field_and_accepted_range() {
    let field_of = |errors: Vec<offering_desk::domain::FieldError>| {
        errors
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        field_of(validate_capital(Some(0), 0, None, None)),
        [
            "capital.issued_shares: must be a whole number of shares from 1 to 10,000,000,000 \
          (treasury shares included), or empty"
        ]
    );
    assert_eq!(
        field_of(validate_capital(Some(41_000_000), 41_000_000, None, None)),
        [
            "capital.treasury_shares: must be from 0 to 40,999,999 shares: fewer than the \
          41,000,000 issued shares, which include them"
        ]
    );
    assert!(validate_capital(Some(41_000_000), 40_999_999, None, None).is_empty());
    assert_eq!(
        field_of(validate_capital(None, 0, Some(d("1")), Some(d("2")))),
        [
            "capital.eps: must be empty when net income (capital.net_income) is given: enter \
          net income or EPS, not both"
        ]
    );
    assert_eq!(
        field_of(validate_capital(None, 0, None, Some(d("1.005")))),
        [
            "capital.eps: must be from JPY −1,000,000,000 to JPY 1,000,000,000 per share in \
          yen and sen (two decimals at most; negative for a loss), or empty"
        ]
    );
    assert_eq!(
        field_of(validate_capital(
            None,
            0,
            Some(d("1000000000000000001")),
            None
        ))
        .len(),
        1
    );
    // A loss and a negative EPS are accepted.
    assert!(validate_capital(Some(1), 0, Some(d("-5000000")), None).is_empty());
    assert!(validate_capital(Some(1), 0, None, Some(d("-12.34"))).is_empty());

    // In a scenario: validation names the field, and the Japanese reads in Japanese.
    let mut s = with_capital();
    s.capital.treasury_shares = 41_000_000;
    s.capital.eps = Some(d("75"));
    let problems = validate(&s);
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["capital.treasury_shares", "capital.eps"]);
    assert_eq!(
        problems[0].message_in(Language::Japanese),
        "0株から40,999,999株までにしてください。自己株式は発行済株式総数41,000,000株に\
         含まれるため、それより少なくなります"
    );
    // The results say so instead of computing.
    let r = ScenarioResults::compute(&s);
    assert_eq!(r.dilution.unwrap_err().field, "capital.treasury_shares");
}

#[test]
fn the_capital_section_is_kept_in_the_file_and_left_out_when_empty() {
    let sample = scenario::sample().unwrap();
    assert!(!to_json(&sample).contains("\"capital\""));
    let s = with_capital();
    let text = to_json(&s);
    assert!(
        text.contains(
            "\"capital\": {\n    \"issued_shares\": 41000000,\n    \"treasury_shares\": \
             1000000,\n    \"net_income\": \"3000000000\"\n  },"
        ),
        "{text}"
    );
    assert_eq!(from_json(&text).unwrap(), s);
    // Both earnings bases in a file: refused, naming EPS and net income.
    let both = text.replace(
        "\"net_income\": \"3000000000\"",
        "\"net_income\": \"3000000000\",\n    \"eps\": \"75\"",
    );
    let e = from_json(&both).unwrap_err().to_string();
    assert!(
        e.contains("capital.eps: must be empty when net income (capital.net_income)"),
        "{e}"
    );
    // An unknown key in the section is refused at its path.
    let typo = text.replace("\"treasury_shares\"", "\"treasury\"");
    let e = from_json(&typo).unwrap_err().to_string();
    assert!(
        e.starts_with("capital.treasury: unknown field `treasury`"),
        "{e}"
    );
}

#[test]
fn a_version_6_file_loads_with_no_capital_entered() {
    let v6 = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/scenario-v6.json"
    ))
    .unwrap();
    let s = from_json(&v6).unwrap();
    assert_eq!(s.schema_version, scenario::SCHEMA_VERSION);
    assert!(s.capital.is_empty());
    assert_eq!(ScenarioResults::compute(&s).dilution, Ok(None));
}
