//! The stock-option notice: "Notice regarding Issuance of Stock-Compensation-Type Stock
//! Options (Stock Acquisition Rights)", in the structure of IIJ's notice of June 26,
//! 2013, and 「株式報酬型ストックオプション（新株予約権）の発行に関するお知らせ」 with the
//! same items (1) to (16). One document for both languages, every word from the
//! catalogue (`notice-option-…`), every term and figure from the scenario; the Japanese
//! filing adds 記 after the opening and 以上 at the end, and has no release line.

use chrono::Datelike;
use rust_decimal::Decimal;

use crate::domain::options::{AmountConvention, AmountPerRight, Ceiling};
use crate::domain::{Arg, Message};
use crate::i18n::Language;
use crate::report::summary::{exact_product_text, stated_product};
use crate::scenario::{FrequencyTerm, OptionResults, Scenario, VolatilitySource};

use super::doc::{Align, Block, Document, Inline, Table, heading, para};
use super::fmt::{percent, percent_exact, spelled, spelled_yen, words};
use super::style::{Style, yes_no};
use super::{
    company_identification, company_short, date_or, dateline, draft_banner, finish, labelled_note,
    terms_table, text,
};

fn line(text: String) -> Vec<Inline> {
    vec![Inline::Text(text)]
}

fn row(label: String, value: String) -> Vec<String> {
    vec![label, value]
}

/// A count with the unit the Japanese tables give it: "7" / "7名".
fn counted(st: Style, id: &'static str, n: u64) -> String {
    st.tell(Message::id(id).with("count", n))
}

/// "15 years", "1 year" / "15年".
fn term_text(st: Style, years: Decimal) -> String {
    let years = years.normalize();
    st.tell(
        Message::id("notice-option-years")
            .with("years", years.to_string())
            .with("one", yes_no(years == Decimal::ONE)),
    )
}

/// A split or consolidation as the footnote names it: "1:200 stock split" / "普通株式
/// 1株につき200株の割合での株式分割"; "2:1 share consolidation"; a ratio with no
/// whole-number inverse is stated as it is ("share consolidation at a ratio of 0.3").
fn split_words(st: Style, ratio: Decimal) -> String {
    let ratio = ratio.normalize();
    if ratio >= Decimal::ONE {
        return st.tell(Message::id("notice-option-split").with("ratio", ratio.to_string()));
    }
    let inverse = Decimal::ONE.checked_div(ratio).map(|i| i.normalize());
    let id = match inverse {
        Some(i) if i.scale() == 0 && i * ratio == Decimal::ONE => "notice-option-consolidation",
        _ => "notice-option-consolidation-at",
    };
    let per = inverse.unwrap_or_default();
    st.tell(
        Message::id(id)
            .with("ratio", ratio.to_string())
            .with("per", per.to_string()),
    )
}

pub fn document(s: &Scenario, o: &OptionResults, language: Language) -> Document {
    let st = Style::new(s, language);
    let terms = &s.option;
    let groups: Vec<String> = terms
        .allotment
        .iter()
        .map(|g| g.name.trim().to_owned())
        .collect();
    let grantees = if groups.is_empty() {
        st.say("notice-option-grantees-blank")
    } else {
        st.list(&groups)
    };
    let spr = terms.shares_per_right;
    let title = st.say("notice-option-title");
    let possessive = match s.company.short_name.trim() {
        "" => st.say("notice-company-possessive"),
        short => st.tell(Message::id("notice-possessive").with("short", short)),
    };
    let mut b = vec![draft_banner(st, s)];
    if !st.japanese() {
        b.push(Block::Para(vec![Inline::Emph(
            st.say("notice-for-immediate-release"),
        )]));
    }
    b.push(heading(1, title.clone()));
    b.push(para(
        st.tell(
            Message::id("notice-option-opening")
                .with("dateline", dateline(st, s, terms.resolution_date))
                .with("company", company_identification(st, s))
                .with("possessive", possessive)
                .with("grantees", grantees.as_str())
                .with("the_company", company_short(st, s, false))
                .with(
                    "resolved",
                    date_or(st, terms.resolution_date, "notice-blank-resolution-date"),
                ),
        ),
    ));
    if st.japanese() {
        b.push(para(st.say("notice-particulars")));
    }
    b.extend([
        heading(2, st.say("notice-option-reason-heading")),
        para(st.tell(Message::id("notice-option-reason").with("grantees", grantees.as_str()))),
        heading(2, st.say("notice-option-details-heading")),
        heading(3, st.say("notice-option-name-heading")),
        para(terms.series_name.clone()),
        heading(
            3,
            st.tell(Message::id("notice-option-maximum-heading").with("count", terms.max_rights)),
        ),
        para(st.say("notice-option-maximum")),
        heading(3, st.say("notice-option-shares-heading")),
        para(
            st.tell(
                Message::id("notice-option-shares")
                    .with("spelled", spelled(spr.into()))
                    .with("shares", st.shares(spr.into())),
            ),
        ),
        Block::Formula(
            st.say("notice-option-adjustment-formula")
                .lines()
                .map(str::to_owned)
                .collect(),
        ),
        para(st.say("notice-option-adjustment-effective")),
        para(st.say("notice-option-adjustment-other")),
    ]);
    let sp = &o.split;
    if sp.ratio != Decimal::ONE {
        b.push(labelled_note(
            st,
            "notice-option-illustration",
            st.tell(
                Message::id("notice-option-split-illustration")
                    .with("ratio", sp.ratio.normalize().to_string())
                    .with("before", u64::from(sp.shares_before))
                    .with("unrounded", sp.unrounded.normalize().to_string())
                    .with("after", st.shares(sp.shares_after.into())),
            ),
        ));
    }
    b.push(heading(3, st.say("notice-option-value-heading")));
    b.push(para(
        st.tell(
            Message::id("notice-option-value")
                .with("spelled", spelled_yen(terms.exercise_price))
                .with("price", st.yen(terms.exercise_price))
                .with(
                    "per_right",
                    st.yen(terms.exercise_price * Decimal::from(spr)),
                ),
        ),
    ));
    b.push(heading(3, st.say("notice-option-period-heading")));
    b.push(para(
        st.tell(
            Message::id("notice-option-period")
                .with("start", st.date(terms.exercise_period_start))
                .with("end", st.date(terms.exercise_period_end)),
        ),
    ));
    b.push(heading(3, st.say("notice-option-capital-heading")));
    b.push(Block::List(vec![
        line(st.say("notice-option-capital-stock")),
        line(st.say("notice-option-capital-reserve")),
    ]));
    let e = &o.exercise;
    b.push(labelled_note(
        st,
        "notice-option-illustration",
        st.tell(
            Message::id("notice-option-exercise-illustration")
                .with("count", u64::from(e.rights_exercised)),
        ),
    ));
    b.push(Block::Table(
        terms_table(st)
            .row(row(
                st.say("notice-option-book-value"),
                st.yen(e.book_value),
            ))
            .row(row(
                st.say("notice-option-exercise-amount"),
                st.yen(e.exercise_amount),
            ))
            .row(row(
                st.say("notice-option-capital-limit"),
                st.yen(e.capital_increase_limit),
            ))
            .sub(row(
                st.say("notice-option-capital-stock-increase"),
                st.yen(e.stated_capital),
            ))
            .sub(row(
                st.say("notice-option-capital-reserve-increase"),
                st.yen(e.capital_reserve),
            )),
    ));
    b.push(heading(3, st.say("notice-option-transfer-heading")));
    b.push(para(st.say("notice-option-transfer")));
    let [acquisition, restructuring, exercise] = terms.item_texts_in(language);
    b.push(heading(3, st.say("notice-option-acquisition-heading")));
    b.extend(text::blocks(acquisition));
    b.push(heading(3, st.say("notice-option-restructuring-heading")));
    b.extend(text::blocks(restructuring));
    b.push(heading(3, st.say("notice-option-fractions-heading")));
    b.push(para(st.say("notice-option-fractions")));
    b.push(heading(3, st.say("notice-option-exercise-heading")));
    b.extend(text::blocks(exercise));
    b.extend(valuation(st, s, o));
    b.push(heading(3, st.say("notice-option-allotment-date-heading")));
    b.push(para(st.date(terms.allotment_date)));
    b.push(heading(3, st.say("notice-option-payment-date-heading")));
    b.push(para(st.date(terms.allotment_date)));
    b.push(heading(3, st.say("notice-option-allottees-heading")));
    b.push(Block::Table(allotment_table(st, o)));
    b.push(heading(3, st.say("notice-option-certificates-heading")));
    b.push(para(st.say("notice-option-certificates")));
    finish(st, &title, b, s)
}

fn allotment_table(st: Style, o: &OptionResults) -> Table {
    let a = &o.allotment;
    let head = [
        "notice-option-col-allottees",
        "notice-option-col-persons",
        "notice-option-col-rights",
        "notice-option-col-shares",
        "notice-option-col-paid",
    ]
    .map(|id| st.say(id));
    let mut t = Table::new(
        &head.each_ref().map(String::as_str),
        &[
            Align::Left,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Right,
        ],
    );
    let counts = |persons: u32, rights: u32, shares: u64| {
        [
            counted(st, "notice-option-persons", persons.into()),
            counted(st, "notice-option-rights", rights.into()),
            counted(st, "notice-option-share-count", shares),
        ]
    };
    for r in &a.rows {
        let [persons, rights, shares] = counts(r.persons, r.rights, r.shares);
        t = t.row(vec![
            r.name.clone(),
            persons,
            rights,
            shares,
            st.yen(r.value),
        ]);
    }
    let [persons, rights, shares] = counts(a.total_persons, a.total_rights, a.total_shares);
    t.total(vec![
        st.say("notice-option-total"),
        persons,
        rights,
        shares,
        st.yen(a.total_value),
    ])
}

/// Item 5): where σ comes from, as the seed notice words it.
fn volatility_basis(st: Style, s: &Scenario) -> String {
    match &s.option.volatility_source {
        VolatilitySource::Manual => st.say("notice-option-volatility-manual"),
        VolatilitySource::History {
            window_start,
            window_end,
            frequency,
        } => {
            let from = date_or(st, *window_start, "notice-option-history-first");
            let to = date_or(st, *window_end, "notice-option-history-last");
            let closes = match frequency {
                FrequencyTerm::Weekly => "notice-option-closes-weekly",
                FrequencyTerm::Daily => "notice-option-closes-daily",
            };
            st.tell(
                Message::id("notice-option-volatility-history")
                    .with("closes", Arg::Label(closes))
                    .with("from", from)
                    .with("to", to),
            )
        }
    }
}

/// Item 7) and, after a split or consolidation, its footnote naming it.
fn dividend_basis(st: Style, s: &Scenario, o: &OptionResults) -> Vec<Inline> {
    let terms = &s.option;
    let year = match terms.dividend_fiscal_year_end {
        Some(d) => st.tell(
            Message::id("notice-option-fiscal-year")
                .with("year", d.year().to_string())
                .with("month", d.format("%B").to_string())
                .with("month_number", d.month().to_string()),
        ),
        None => st.say("notice-option-last-fiscal-year"),
    };
    let mut inlines = line(st.tell(Message::id("notice-option-basis-dividend").with("year", year)));
    let ratio = o.dividend.split_ratio_since;
    if ratio != Decimal::ONE {
        let effective = match terms.dividend_split_effective_date {
            Some(d) => Arg::Message(Box::new(
                Message::id("notice-option-split-effective").with("date", st.date(d)),
            )),
            None => Arg::Text(String::new()),
        };
        let kind = if ratio > Decimal::ONE {
            "notice-option-the-split"
        } else {
            "notice-option-the-consolidation"
        };
        inlines.push(Inline::Break);
        inlines.push(Inline::Text(
            st.tell(
                Message::id("notice-option-split-footnote")
                    .with("company", company_short(st, s, true))
                    .with("split", split_words(st, ratio))
                    .with("effective", effective)
                    .with("kind", Arg::Label(kind)),
            ),
        ));
    }
    inlines
}

fn valuation(st: Style, s: &Scenario, o: &OptionResults) -> Vec<Block> {
    let terms = &s.option;
    let v = &o.valuation;
    let dv = &o.dividend;
    let per = &o.per_right;
    let term = term_text(st, terms.term_years);
    let spr = per.shares_per_right;
    let mut b = vec![
        heading(3, st.say("notice-option-method-heading")),
        para(st.say("notice-option-method")),
        Block::Formula(vec![
            st.say("notice-option-formula-c"),
            String::new(),
            st.say("notice-option-formula-d"),
        ]),
        Block::List(vec![
            line(st.say("notice-option-input-c")),
            line(
                st.tell(
                    Message::id("notice-option-basis-share-price")
                        .with("date", st.date(terms.allotment_date)),
                ),
            ),
            line(
                st.tell(
                    Message::id("notice-option-basis-exercise-price")
                        .with("spelled", spelled_yen(terms.exercise_price))
                        .with("price", st.yen(terms.exercise_price)),
                ),
            ),
            line(st.tell(Message::id("notice-option-basis-term").with("term", term.as_str()))),
            line(
                st.tell(
                    Message::id("notice-option-basis-volatility")
                        .with("basis", volatility_basis(st, s)),
                ),
            ),
            line(rate_basis(st, terms)),
            dividend_basis(st, s, o),
            line(st.say("notice-option-basis-normal")),
        ]),
        Block::Note(line(st.tell(
            Message::id("notice-option-figures-note").with("title", s.title_in(st.language)),
        ))),
    ];
    let mut t = Table::new(
        &[
            &st.say("notice-option-col-input"),
            &st.say("notice-option-col-value"),
        ],
        &[Align::Left, Align::Right],
    )
    .row(row(
        st.say("notice-option-input-c"),
        st.yen_exact(per.price_per_share),
    ))
    .row(row(
        st.say("notice-option-input-share-price"),
        st.yen(terms.share_price),
    ))
    .row(row(
        st.say("notice-option-input-exercise-price"),
        st.yen(terms.exercise_price),
    ))
    .row(row(st.say("notice-option-input-term"), term))
    .row(row(
        st.say("notice-option-input-volatility"),
        percent_exact(terms.volatility),
    ))
    .row(row(
        st.say("notice-option-input-rate"),
        percent_exact(terms.risk_free_rate),
    ))
    .row(row(
        st.say("notice-option-input-dividend"),
        percent(dv.rate, 6),
    ))
    .sub(row(
        st.say("notice-option-dividend-paid"),
        st.yen(dv.dividend_per_share),
    ));
    if dv.split_ratio_since != Decimal::ONE {
        t = t.sub(row(
            st.tell(
                Message::id("notice-option-dividend-adjusted")
                    .with("split", split_words(st, dv.split_ratio_since)),
            ),
            st.yen(dv.adjusted_dividend),
        ));
    }
    t = t
        .row(row(st.say("notice-option-d"), format!("{:.10}", v.d1)))
        .row(row(st.say("notice-option-d2"), format!("{:.10}", v.d2)))
        .row(row(
            st.say("notice-option-n"),
            format!("{:.10}, {:.10}", v.n_d1, v.n_d2),
        ));
    b.push(Block::Table(t));
    if matches!(terms.volatility_source, VolatilitySource::History { .. }) {
        b.push(labelled_note(
            st,
            "notice-option-price-history",
            s.price_history.source.trim().to_owned(),
        ));
    }
    let mut calculation = Table::new(
        &[
            &st.say("notice-option-col-calculation"),
            &st.say("notice-option-col-amount"),
        ],
        &[Align::Left, Align::Right],
    )
    .row(row(
        st.say("notice-option-calc-c"),
        st.yen_exact(per.stated_price()),
    ))
    .row(row(
        st.tell(Message::id("notice-option-calc-times-shares").with("words", words(spr.into()))),
        counted(st, "notice-option-share-count", spr.into()),
    ))
    .row(row(
        st.say("notice-option-calc-per-right"),
        st.yen_exact(stated_product(per)),
    ));
    let exact_product = exact_product_text(per);
    if !exact_product.is_empty() {
        calculation = calculation.sub(row(
            st.say("notice-option-calc-exact-product"),
            st.yen_written(&exact_product),
        ));
    }
    b.push(Block::Table(calculation.total(row(
        st.say("notice-option-calc-amount"),
        st.yen(per.amount),
    ))));
    if !per.conventions_agree() {
        b.push(convention_note(st, per));
    }
    b.push(para(st.say("notice-option-fair-value")));
    b
}

/// For the drafter: the two roundings of C × shares differ, and which one the draft uses.
fn convention_note(st: Style, per: &AmountPerRight) -> Block {
    let figure = |c: Ceiling| match c {
        Ceiling::Decided(v) => st.yen(v),
        Ceiling::Undecided { low, high } => st.tell(
            Message::id("notice-option-either")
                .with("low", st.yen(low))
                .with("high", st.yen(high)),
        ),
    };
    let (used, other) = match per.convention {
        AmountConvention::Exact => ("notice-option-exact", "notice-option-spreadsheet"),
        AmountConvention::Spreadsheet => ("notice-option-spreadsheet", "notice-option-exact"),
    };
    labelled_note(
        st,
        "notice-drafting-note",
        st.tell(
            Message::id("notice-option-conventions")
                .with("n", per.shares_per_right.to_string())
                .with("exact", figure(per.exact))
                .with("spreadsheet", figure(per.spreadsheet))
                .with("used", Arg::Label(used))
                .with("other", Arg::Label(other)),
        ),
    )
}

/// Item 6) of the valuation's basis: the notice's definition of r and, when r was read
/// off the Ministry of Finance's curve with "Use this rate", how (the day, the tenors
/// and the interpolation, as the summary derives it).
fn rate_basis(st: Style, terms: &crate::scenario::OptionTerms) -> String {
    let how = crate::report::summary::rate_derivation(terms);
    if how.is_empty() {
        return st.say("notice-option-basis-rate");
    }
    st.tell(Message::id("notice-option-basis-rate-curve").with("how", how.text(st.language)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn splits_and_consolidations_by_name() {
        let s = crate::scenario::sample().expect("sample");
        let en = Style::new(&s, Language::English);
        assert_eq!(split_words(en, d("200")), "1:200 stock split");
        assert_eq!(split_words(en, d("1.5")), "1:1.5 stock split");
        assert_eq!(split_words(en, d("0.5")), "2:1 share consolidation");
        assert_eq!(split_words(en, d("0.1")), "10:1 share consolidation");
        // 1 ÷ 0.3 has no whole-number form.
        assert_eq!(
            split_words(en, d("0.3")),
            "share consolidation at a ratio of 0.3"
        );
        let ja = Style::new(&s, Language::Japanese);
        assert_eq!(
            split_words(ja, d("200")),
            "普通株式1株につき200株の割合での株式分割"
        );
        assert_eq!(
            split_words(ja, d("0.5")),
            "普通株式2株につき1株の割合での株式併合"
        );
    }
}
