//! r off the JGB yield curve, on a file in the Ministry of Finance's format
//! (tests/fixtures/jgb/make.py writes it, Shift_JIS, synthetic yields): era dates across
//! both era changes, missing tenors, holiday gaps, and the interpolations checked by hand.

use chrono::NaiveDate;
use offering_desk::domain::Message;
use offering_desk::domain::yield_curve::{
    Basis, CurveMethod, CurveRate, CurveRow, DATE_FIELD, ParsedCurve, TERM_FIELD, TenorYield,
    parse_curve, rate_for,
};
use offering_desk::i18n::Language;
use offering_desk::text_encoding::{TextEncoding, decode_text};
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn date(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn fixture() -> ParsedCurve {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/jgb/jgbcm-sjis.csv"
    ))
    .unwrap();
    let (text, encoding) = decode_text(&bytes).unwrap();
    assert_eq!(encoding, TextEncoding::ShiftJis);
    parse_curve(&text).unwrap()
}

fn curve() -> Vec<CurveRow> {
    fixture().rows
}

fn linear(day: NaiveDate, term: &str) -> CurveRate {
    rate_for(&curve(), day, d(term), CurveMethod::Linear).unwrap()
}

#[test]
fn the_ministrys_file_is_read_across_both_era_changes() {
    let p = fixture();
    assert_eq!(
        p.tenors,
        vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 40]
    );
    // Two title lines, the header on line 3.
    assert_eq!(p.header_line, 3);
    let dates: Vec<NaiveDate> = p.rows.iter().map(|r| r.date).collect();
    assert_eq!(
        dates,
        vec![
            // S64.1.5, S64.1.6 (Shōwa 64 = 1989), then H1.1.9, H1.1.10.
            date(1989, 1, 5),
            date(1989, 1, 6),
            date(1989, 1, 9),
            date(1989, 1, 10),
            // H25 = 2013; no row for Marine Day, Monday 2013-07-15.
            date(2013, 7, 9),
            date(2013, 7, 10),
            date(2013, 7, 11),
            date(2013, 7, 12),
            date(2013, 7, 16),
            // H31.4.25, H31.4.26, then R1.5.7, R1.5.8 (Reiwa 1 = 2019).
            date(2019, 4, 25),
            date(2019, 4, 26),
            date(2019, 5, 7),
            date(2019, 5, 8),
            // R6.4.1, then the Western 2024/4/2.
            date(2024, 4, 1),
            date(2024, 4, 2),
        ]
    );
    // Line 13 is H25.7.17 with "abc" for 3 years; line 16 is H31.5.1, which would be
    // 2019-05-01, Reiwa's first day.
    let rejected: Vec<(u64, String)> = p
        .rejected
        .iter()
        .map(|r| (r.line, r.reason.text(Language::English)))
        .collect();
    assert_eq!(
        rejected,
        vec![
            (
                13,
                "the 3-year yield \"abc\" is not a number in percent".to_owned()
            ),
            (
                16,
                "date \"H31.5.1\" would be 2019-05-01, which is not in the Heisei era".to_owned()
            ),
        ]
    );
    assert_eq!(
        p.rejected[1].reason.text(Language::Japanese),
        "基準日「H31.5.1」は2019年5月1日（水）にあたり、平成の期間にありません"
    );
    // 1989: no 15-, 25-, 30- or 40-year yield ("-").
    let tenors_1989: Vec<u32> = p.rows[0].yields.iter().map(|t| t.years).collect();
    assert_eq!(tenors_1989, vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20]);
    // Yields are fractions: 1.272 % is 0.01272; negative ones are kept.
    assert!(p.rows[6].yields.contains(&TenorYield {
        years: 15,
        rate: d("0.01272")
    }));
    assert!(p.rows[11].yields.contains(&TenorYield {
        years: 10,
        rate: d("-0.0005")
    }));
}

#[test]
fn a_tenor_gives_its_own_yield() {
    // The sample's allotment date and T: the 15-year yield of 2013-07-11, 1.272 %.
    let r = linear(date(2013, 7, 11), "15");
    assert_eq!(r.rate, d("0.01272"));
    assert_eq!(
        r.basis,
        Basis::Tenor(TenorYield {
            years: 15,
            rate: d("0.01272")
        })
    );
    assert!(!r.fell_back() && !r.rounded());
    assert_eq!(
        r.derivation()
            .iter()
            .map(|m| m.text(Language::English))
            .collect::<Vec<_>>(),
        vec!["JGB yield on 2013-07-11, 15 years: 1.272 %"]
    );
    // The day's whole curve comes with the rate.
    assert_eq!(r.day.yields.len(), 15);
    // The Western-dated row of 2024-04-02: 10 years, 0.750 %.
    assert_eq!(linear(date(2024, 4, 2), "10").rate, d("0.0075"));
}

#[test]
fn between_two_tenors_the_rate_lies_on_the_line_through_them() {
    // 2013-07-11, T = 12: 0.860 % + (12 − 10) ÷ (15 − 10) × (1.272 % − 0.860 %)
    //   = 0.860 % + 0.4 × 0.412 % = 0.860 % + 0.1648 % = 1.0248 %.
    let r = linear(date(2013, 7, 11), "12");
    assert_eq!(r.rate, d("0.010248"));
    assert_eq!(
        r.basis,
        Basis::Linear {
            lower: TenorYield {
                years: 10,
                rate: d("0.0086")
            },
            upper: TenorYield {
                years: 15,
                rate: d("0.01272")
            },
            weight: d("0.4"),
        }
    );
    assert_eq!(
        r.derivation()[0].text(Language::English),
        "JGB yields on 2013-07-11, linear between 10 and 15 years: \
         0.860 % + (12 − 10) ÷ (15 − 10) × (1.272 % − 0.860 %) = 1.0248 %"
    );
    // 2013-07-10 has no 15-year yield: T = 12 lies between 10 and 20 years,
    //   0.850 % + (12 − 10) ÷ (20 − 10) × (1.630 % − 0.850 %) = 0.850 % + 0.2 × 0.780 %
    //   = 0.850 % + 0.156 % = 1.006 %.
    let r = linear(date(2013, 7, 10), "12");
    assert_eq!(r.rate, d("0.01006"));
    assert!(matches!(
        r.basis,
        Basis::Linear { lower: TenorYield { years: 10, .. }, upper: TenorYield { years: 20, .. }, weight } if weight == d("0.2")
    ));
    // 1989-01-06 has no 15-year yield either: T = 15 is halfway between 10 and 20,
    //   4.810 % + 0.5 × (5.110 % − 4.810 %) = 4.810 % + 0.150 % = 4.960 %.
    assert_eq!(linear(date(1989, 1, 6), "15").rate, d("0.0496"));
    // T = 7.5 on 2013-07-11: halfway between 0.560 % and 0.680 %, 0.620 %.
    assert_eq!(linear(date(2013, 7, 11), "7.5").rate, d("0.0062"));
    // Negative yields, 2019-05-07, T = 12: −0.050 % + 0.4 × (0.145 % − (−0.050 %))
    //   = −0.050 % + 0.4 × 0.195 % = −0.050 % + 0.078 % = 0.028 %.
    let r = linear(date(2019, 5, 7), "12");
    assert_eq!(r.rate, d("0.00028"));
    assert!(
        r.derivation()[0]
            .text(Language::English)
            .ends_with("× (0.145 % − (-0.050 %)) = 0.028 %"),
        "{:?}",
        r.derivation()
    );
}

#[test]
fn an_interpolated_rate_is_rounded_half_up_to_six_decimals_of_a_percent() {
    // 2013-07-12 has no 8- or 9-year yield: T = 8 lies between 7 and 10 years,
    //   0.550 % + (8 − 7) ÷ (10 − 7) × (0.851 % − 0.550 %) = 0.550 % + 0.301 % ÷ 3
    //   = 0.550 % + 0.100333… % = 0.650333… %, rounded half up to 0.650333 %.
    let r = linear(date(2013, 7, 12), "8");
    assert!(r.rounded());
    assert_eq!(r.rate, d("0.00650333"));
    assert!(r.unrounded.to_string().starts_with("0.006503333333"));
    let words: Vec<String> = r
        .derivation()
        .iter()
        .map(|m| m.text(Language::English))
        .collect();
    assert_eq!(
        words[1],
        "rounded half up to 6 decimals of a percent: 0.650333 %"
    );
    // 2013-07-12, T = 8.5: 0.550 % + 1.5 × 0.301 % ÷ 3 = 0.550 % + 0.1505 % = 0.7005 %,
    // exact: no rounding.
    assert!(!linear(date(2013, 7, 12), "8.5").rounded());
}

#[test]
fn the_nearest_tenor_takes_the_longer_one_halfway() {
    let nearest = |day, term| {
        rate_for(&curve(), day, d(term), CurveMethod::NearestTenor)
            .unwrap()
            .rate
    };
    // 2013-07-11: 12 is nearer 10 (0.860 %) than 15; 12.5 is halfway, so 15 (1.272 %);
    // 13 is nearer 15.
    assert_eq!(nearest(date(2013, 7, 11), "12"), d("0.0086"));
    assert_eq!(nearest(date(2013, 7, 11), "12.5"), d("0.01272"));
    assert_eq!(nearest(date(2013, 7, 11), "13"), d("0.01272"));
    // 2013-07-12, T = 8: 7 years (0.550 %), one year away; 10 years is two.
    assert_eq!(nearest(date(2013, 7, 12), "8"), d("0.0055"));
    let r = rate_for(
        &curve(),
        date(2013, 7, 11),
        d("12"),
        CurveMethod::NearestTenor,
    )
    .unwrap();
    assert_eq!(
        r.derivation()[0].text(Language::English),
        "JGB yield on 2013-07-11 of the tenor nearest to T = 12 years, 10 years: 0.860 %"
    );
}

#[test]
fn a_day_without_a_row_uses_the_last_business_day_before_it() {
    // Marine Day, Monday 2013-07-15, and the weekend before: Friday 2013-07-12,
    // 15 years 1.260 %.
    for day in [13, 14, 15] {
        let r = linear(date(2013, 7, day), "15");
        assert_eq!(r.date_used, date(2013, 7, 12));
        assert_eq!(r.rate, d("0.0126"));
        assert!(r.fell_back());
    }
    let r = linear(date(2013, 7, 15), "15");
    assert_eq!(
        r.derivation()[0].text(Language::English),
        "2013-07-15 has no row in the curve (a holiday or a weekend): the last day before \
         it, 2013-07-12, is used"
    );
    assert_eq!(
        r.derivation()[0].text(Language::Japanese),
        "2013年7月15日（月）は金利曲線に行がありません（休日）。その前の最後の日 \
         2013年7月12日（金） を用います"
    );
    // The ten closed days of 2019 (and 2019-05-01, whose row was rejected): H31.4.26,
    // 20 years 0.390 %.
    for day in [date(2019, 4, 27), date(2019, 5, 1), date(2019, 5, 6)] {
        let r = linear(day, "20");
        assert_eq!((r.date_used, r.rate), (date(2019, 4, 26), d("0.0039")));
    }
    // Saturday 1989-01-07, the last day of Shōwa, and Sunday 1989-01-08, the first of
    // Heisei: Friday S64.1.6. Monday 1989-01-09 has its own row, H1.1.9.
    assert_eq!(linear(date(1989, 1, 7), "10").date_used, date(1989, 1, 6));
    assert_eq!(linear(date(1989, 1, 8), "10").date_used, date(1989, 1, 6));
    let r = linear(date(1989, 1, 9), "10");
    assert_eq!((r.date_used, r.rate), (date(1989, 1, 9), d("0.0482")));
}

fn refusal(day: NaiveDate, term: &str) -> (String, Message) {
    let e = rate_for(&curve(), day, d(term), CurveMethod::Linear).unwrap_err();
    (e.field, e.problem)
}

#[test]
fn a_term_beyond_the_longest_tenor_of_the_day_is_refused() {
    // 2013-07-11: tenors 1 to 40 years.
    let (field, problem) = refusal(date(2013, 7, 11), "45");
    assert_eq!(field, TERM_FIELD);
    assert_eq!(
        problem.text(Language::English),
        "must be from 1 to 40 years, the tenors the curve has on 2013-07-11"
    );
    assert_eq!(
        problem.text(Language::Japanese),
        "2013年7月11日（木）の金利曲線にある年限の1年から40年までにしてください"
    );
    // 1989-01-06: nothing beyond 20 years.
    let (field, problem) = refusal(date(1989, 1, 6), "25");
    assert_eq!(field, TERM_FIELD);
    assert_eq!(
        problem.text(Language::English),
        "must be from 1 to 20 years, the tenors the curve has on 1989-01-06"
    );
    assert!(rate_for(&curve(), date(1989, 1, 6), d("20"), CurveMethod::Linear).is_ok());
    // Below the shortest tenor, with either method.
    for method in [CurveMethod::Linear, CurveMethod::NearestTenor] {
        assert!(rate_for(&curve(), date(2013, 7, 11), d("0.5"), method).is_err());
    }
}

#[test]
fn a_date_the_curve_does_not_cover_is_refused_naming_what_it_covers() {
    // Before the first row, S64.1.5.
    let (field, problem) = refusal(date(1989, 1, 4), "5");
    assert_eq!(field, DATE_FIELD);
    assert_eq!(
        problem.text(Language::English),
        "must be on or after 1989-01-05, the curve's first day (it covers 1989-01-05 to \
         2024-04-02)"
    );
    // Weeks after the last row: the file does not cover the date.
    let (field, problem) = refusal(date(2024, 5, 1), "5");
    assert_eq!(field, DATE_FIELD);
    assert_eq!(
        problem.text(Language::English),
        "the curve has no day within 14 days before 2024-05-01: its last day before it is \
         2024-04-02 (it covers 1989-01-05 to 2024-04-02); import a file that covers 2024-05-01"
    );
    // The gap between 1989 and 2013 in this file is refused the same way.
    assert_eq!(refusal(date(2000, 1, 4), "5").0, DATE_FIELD);
}

/// The sample with r read off the fixture for its allotment date and T = `term`.
fn sample_with_curve(term: &str) -> offering_desk::scenario::Scenario {
    use offering_desk::scenario::{self, RateSource};
    let mut s = scenario::sample().unwrap();
    s.option.term_years = d(term);
    let r = rate_for(
        &curve(),
        s.option.allotment_date,
        s.option.term_years,
        CurveMethod::Linear,
    )
    .unwrap();
    s.option.risk_free_rate = r.rate;
    s.option.risk_free_rate_source = RateSource::from_curve("jgbcm-sjis.csv", &r);
    s
}

fn explained(s: &offering_desk::scenario::Scenario, language: Language) -> String {
    use offering_desk::report;
    use offering_desk::scenario::ScenarioResults;
    report::summary(s, &ScenarioResults::compute(s))
        .into_iter()
        .find(|f| f.key == "risk_free_rate")
        .unwrap()
        .explained_in(language)
}

#[test]
fn the_summary_says_where_r_came_from_in_both_languages() {
    // A rate typed in says nothing more than before.
    let typed = offering_desk::scenario::sample().unwrap();
    assert_eq!(explained(&typed, Language::English), "");

    let s = sample_with_curve("12");
    assert_eq!(
        explained(&s, Language::English),
        "from the Ministry of Finance's JGB yield curve (jgbcm-sjis.csv), by linear \
         interpolation; JGB yields on 2013-07-11, linear between 10 and 15 years: 0.860 % + \
         (12 − 10) ÷ (15 − 10) × (1.272 % − 0.860 %) = 1.0248 %"
    );
    assert_eq!(
        explained(&s, Language::Japanese),
        "財務省 国債金利情報（jgbcm-sjis.csv）から線形補間により算出；2013年7月11日（木）の\
         国債金利、10年と15年の間の線形補間：0.860 % + (12 − 10) ÷ (15 − 10) × (1.272 % − \
         0.860 %) = 1.0248 %"
    );

    // T changed after "Use this rate": the derivation says what r was read for.
    let mut stale = s.clone();
    stale.option.term_years = d("15");
    let text = explained(&stale, Language::English);
    assert!(
        text.ends_with(
            "⚠ not current: read off the curve for 2013-07-11 and T = 12 years, it was \
             1.0248 %; the option's allotment date, T or r has changed since"
        ),
        "{text}"
    );
    assert!(
        explained(&stale, Language::Japanese).contains("⚠ 最新ではありません"),
        "{}",
        explained(&stale, Language::Japanese)
    );
}
