//! The paid-in stock-option notice draft: its items from the grant, the basis of the
//! amount in the notices' wording with the inputs listed, in English and Japanese.

use offering_desk::domain::FieldError;
use offering_desk::i18n::Language;
use offering_desk::report::{self, ExportError, ExportOptions, Format, Value, render_with};
use offering_desk::scenario::{self, Scenario, ScenarioResults};

fn example() -> Scenario {
    let mut s =
        scenario::from_json(include_str!("../assets/scenarios/paid-in-example.json")).unwrap();
    // Few pairs: a debug build values the grant in about a second.
    s.paid_option.as_mut().unwrap().valuation.pairs = Some(20_000);
    s
}

fn draft(format: Format, s: &Scenario, r: &ScenarioResults, language: Language) -> String {
    let options = ExportOptions {
        language,
        ..ExportOptions::default()
    };
    String::from_utf8(render_with(format, s, r, options).unwrap()).unwrap()
}

/// The Summary's amount per right, as each language prints it.
fn per_right(s: &Scenario, r: &ScenarioResults, language: Language) -> String {
    report::summary(s, r)
        .into_iter()
        .find(|f| f.key == "paid_amount_per_right")
        .map(|f| {
            assert!(matches!(f.value, Value::Yen(_)));
            f.shown_in(language)
        })
        .unwrap()
}

#[test]
fn the_japanese_draft_states_the_basis_as_such_notices_do() {
    let s = example();
    let r = ScenarioResults::compute_valued(&s);
    let md = draft(Format::PaidNoticeMd, &s, &r, Language::Japanese);
    assert!(md.contains(
        "# 第三者割当による新株予約権（有償ストック・オプション）の発行に関するお知らせ"
    ));
    assert!(md.contains(
        "下記のとおり第1回新株予約権（有償ストック・オプション）（以下「本新株予約権」という。）"
    ));
    assert!(md.contains(
        "一般的なオプション価格算定モデルであるモンテカルロ・シミュレーションによって算定した結果を参考に決定した"
    ));
    // The inputs listed in the basis.
    for input in [
        "株価3,509円",
        "行使価額3,450円",
        "ボラティリティ30%",
        "リスクフリーレート1.25%",
        "配当利回り0.76%",
    ] {
        assert!(md.contains(input), "{input}");
    }
    // The amount per right is the Summary's; 5,000 rights of 100 shares.
    let amount = per_right(&s, &r, Language::Japanese);
    assert!(
        md.contains(&format!("本新株予約権1個当たり {amount}")),
        "{amount}"
    );
    assert!(md.contains("当社普通株式 500,000株（本新株予約権1個当たり 100株）"));
    // The forced exercise at half of 3,450 yen, in the clause's words.
    assert!(md.contains("一度でも行使価額に50%を乗じた価格（1,725円）を下回った場合、新株予約権者は残存するすべての本新株予約権を行使価額で"));
    // 3,450 × 500,000 shares.
    assert!(
        md.contains("| 新株予約権の行使に際して出資される財産の価額の総額 | 1,725,000,000円 |")
    );
    assert!(md.contains("| 試行回数 | 40,000パス"));
    // The performance tiers in the clause's words.
    assert!(md.contains("2014年3月31日及び2015年3月31日に終了するいずれかの事業年度において、当社の営業利益が次の水準を超過した場合に限り"), "{md}");
    assert!(
        md.contains("| 業績条件 | 各水準の達成確率の想定：90%及び60% |"),
        "{md}"
    );
    assert!(md.trim_end().lines().any(|l| l == "以　上"));
}

#[test]
fn the_english_draft_is_its_translation() {
    let s = example();
    let r = ScenarioResults::compute_valued(&s);
    let html = draft(Format::PaidNoticeHtml, &s, &r, Language::English);
    assert!(
        html.contains(
            "Notice regarding Issuance of Stock Acquisition Rights (Paid-in Stock Options)"
        )
    );
    assert!(
        html.contains("with reference to the result of a calculation by Monte Carlo simulation")
    );
    // The Summary writes "JPY 17,076", a notice "JPY17,076".
    let amount = per_right(&s, &r, Language::English).replace("JPY ", "JPY");
    assert!(
        html.contains(&format!("{amount} per Stock Acquisition Right")),
        "{amount}"
    );
    assert!(html.contains("falls below 50% of the exercise price (JPY1,725) even once"));
    assert!(html.contains("on July 10, 2013."));
    // Each draft names the series and the metric in its own language.
    assert!(html.contains("issue the Series 1 Stock Acquisition Rights (Paid-in Stock Options)"));
    assert!(html.contains("only if the operating profit of the Company"));
    assert!(!html.contains("営業利益") && !html.contains("第1回"));
}

#[test]
fn without_a_grant_or_its_value_there_is_no_draft() {
    let sample = scenario::sample().unwrap();
    let r = ScenarioResults::compute(&sample);
    let err = render_with(Format::PaidNoticeMd, &sample, &r, ExportOptions::default()).unwrap_err();
    let ExportError::Incomplete { section, problem } = err else {
        panic!("{err:?}")
    };
    assert_eq!(section, "paid_option");
    assert_eq!(problem.field, "paid_option");
    // A grant not valued yet (the window's job still running): the draft waits.
    let s = example();
    let unvalued = ScenarioResults::compute(&s);
    let err = render_with(
        Format::PaidNoticeMd,
        &s,
        &unvalued,
        ExportOptions::default(),
    )
    .unwrap_err();
    assert!(
        matches!(&err, ExportError::Incomplete { problem: FieldError { field, .. }, .. } if field == "paid_option"),
        "{err:?}"
    );
    assert!(
        err.message_in(Language::English)
            .contains("still being valued")
    );
}
