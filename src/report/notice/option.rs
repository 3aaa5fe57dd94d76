//! "Notice regarding Issuance of Stock-Compensation-Type Stock Options (Stock Acquisition
//! Rights)", in the structure of IIJ's notice of June 26, 2013, filled from the scenario.

use rust_decimal::Decimal;

use crate::domain::money::format_count;
use crate::i18n::Language;
use crate::scenario::{OptionResults, Scenario, VolatilitySource};

use super::doc::{Align, Block, Document, Inline, Table, heading, para};
use super::fmt::{
    date, join_and, jpy, jpy_exact, percent, percent_exact, shares, spelled, spelled_yen,
    split_phrase, words,
};
use super::style::Style;
use super::{company_identification, company_short, dateline, draft_banner, finish, text};
use crate::domain::options::{AmountConvention, AmountPerRight, Ceiling};
use crate::report::summary::{exact_product_text, stated_product};

pub const TITLE: &str =
    "Notice regarding Issuance of Stock-Compensation-Type Stock Options (Stock Acquisition Rights)";

fn item(label: &str, text: String) -> Vec<Inline> {
    vec![Inline::Text(format!("{label} {text}"))]
}

pub fn document(s: &Scenario, o: &OptionResults) -> Document {
    let st = Style::new(s, Language::English);
    let terms = &s.option;
    let groups: Vec<String> = terms
        .allotment
        .iter()
        .map(|g| g.name.trim().to_owned())
        .collect();
    let grantees = if groups.is_empty() {
        "[persons to be allotted]".to_owned()
    } else {
        join_and(&groups)
    };
    let spr = terms.shares_per_right;
    let mut b = vec![
        draft_banner(st, s),
        Block::Para(vec![Inline::Emph("For Immediate Release".into())]),
        heading(1, TITLE),
        para(format!(
            "{}{} announced that {} Board of Directors today resolved that \
             stock-compensation-type stock options (Stock Acquisition Rights) be issued to \
             {grantees} of {}, in accordance with the provisions of Article 236 Paragraph 1, \
             Article 238 Paragraphs 1 and 2 and Article 240 Paragraph 1 of the Companies Act, \
             as follows.",
            dateline(st, s, terms.resolution_date),
            company_identification(st, s),
            match s.company.short_name.trim() {
                "" => "its".to_owned(),
                short => format!("{short}'s"),
            },
            company_short(st, s, false),
        )),
        heading(
            2,
            "1. The reason for issuing the Stock Acquisition Rights as Stock Options",
        ),
        para(format!(
            "The purposes of issuing the Stock Acquisition Rights as Stock Options for {grantees} \
             of the Company are to further promote their motivation and incentives to contribute \
             to the enhancement of the mid- to long-term continuous business performance and \
             corporate value."
        )),
        heading(2, "2. Details of Issuance of Stock Acquisition Rights"),
        heading(3, "(1) Name of the stock acquisition rights"),
        para(terms.series_name.clone()),
        heading(
            3,
            format!(
                "(2) Maximum number of stock acquisition rights: {}",
                format_count(terms.max_rights.into())
            ),
        ),
        para(
            "The maximum number as described above is the number of planned allotments. If the \
             number of the stock acquisition rights to be allotted is decreased due to no \
             subscription for some of the rights, etc., then the number of the stock acquisition \
             rights to be issued shall be the number of the stock acquisition rights allotted.",
        ),
        heading(
            3,
            "(3) Class and number of shares to be issued upon exercise of stock acquisition rights",
        ),
        para(format!(
            "The class of shares to be issued upon exercise of stock acquisition rights shall be \
             common stock of the Company. The number of shares to be issued upon exercise of \
             each stock acquisition right (the \"Number of Shares Granted\") shall be {}. \
             However, in case the Company carries out a share split or share consolidation after \
             the date of allotment of the stock acquisition rights (the \"Allotment Date\") as \
             defined in (13), the Number of Shares Granted shall be adjusted according to the \
             following formula, with the resulting fractions of less than one share occurring \
             upon such adjustment rounded down.",
            spelled(spr.into())
        )),
        Block::Formula(vec![
            "Number of Shares Granted after adjustment".into(),
            "  = Number of Shares Granted before adjustment × Ratio of share split or share \
             consolidation"
                .into(),
        ]),
    ];
    b.push(para(
        "In the case of a share split, the Number of Shares Granted after adjustment shall apply \
         from the day after the record date of the said share split. Whereas, in the case of a \
         share consolidation, the Number of Shares Granted after adjustment shall apply from the \
         day the share consolidation becomes effective. Provided, however, that in cases where \
         the Company conducts a share split conditional on approval at a General Meeting of \
         Shareholders of the Company of a proposal to reduce surplus and increase capital stock \
         and capital reserve, and the record date for the share split shall be the day prior to \
         the day on which said shareholders' meeting closes, the Number of Shares Granted after \
         adjustment shall retroactively apply from the day after the day the applicable \
         shareholders' meeting closes and the day following the applicable record date.",
    ));
    b.push(para(
        "In case the Company carries out a merger, demerger or the like that makes it necessary \
         to adjust the Number of Shares Granted, the Company may make appropriate adjustment to \
         the Number of Shares Granted within a reasonable range.",
    ));
    let sp = &o.split;
    if sp.ratio != Decimal::ONE {
        b.push(Block::Note(vec![
            Inline::Strong("Illustration from the scenario:".into()),
            Inline::Text(format!(
                " at a ratio of {}, {} × {} = {} shares, rounded down to {} per right.",
                sp.ratio.normalize(),
                format_count(sp.shares_before.into()),
                sp.ratio.normalize(),
                sp.unrounded.normalize(),
                shares(sp.shares_after.into())
            )),
        ]));
    }
    b.push(heading(
        3,
        "(4) Value of assets to be contributed upon exercise of stock acquisition rights",
    ));
    b.push(para(format!(
        "The value of assets to be contributed upon exercise of stock acquisition rights shall \
         be determined by multiplying the price to be paid per share upon exercise of each stock \
         acquisition right (the \"exercise price\") by the Number of Shares Granted, and the \
         exercise price shall be {} ({} per stock acquisition right).",
        spelled_yen(terms.exercise_price),
        jpy(terms.exercise_price * Decimal::from(spr))
    )));
    b.push(heading(
        3,
        "(5) Exercise period of stock acquisition rights",
    ));
    b.push(para(format!(
        "From {} to {}",
        date(terms.exercise_period_start),
        date(terms.exercise_period_end)
    )));
    b.push(heading(
        3,
        "(6) Matters concerning increase in capital stock and capital reserve by the issuance \
         of shares upon exercise of stock acquisition rights",
    ));
    b.push(Block::List(vec![
        item(
            "1)",
            "Amount of increase in capital stock by issuing shares upon exercise of stock \
             acquisition rights shall be half of the upper limit of capital increase as \
             calculated pursuant to the provisions of Article 17, Paragraph 1 of the Ordinance \
             for Corporate Accounting, with the resulting fractions of less than one (1) yen \
             occurring upon such calculation rounded up to the nearest yen."
                .into(),
        ),
        item(
            "2)",
            "Amount of increase in capital reserve by issuing shares upon exercise of stock \
             acquisition rights shall be the upper limit of capital increase as described in 1) \
             above less the amount of increase in capital stock set out therein."
                .into(),
        ),
    ]));
    let e = &o.exercise;
    b.push(Block::Note(vec![
        Inline::Strong("Illustration from the scenario:".into()),
        Inline::Text(format!(
            " if {} stock acquisition rights are exercised:",
            format_count(e.rights_exercised.into())
        )),
    ]));
    b.push(Block::Table(
        Table::terms()
            .row(vec![
                "Book value of the stock acquisition rights".into(),
                jpy(e.book_value),
            ])
            .row(vec![
                "Amount paid upon exercise".into(),
                jpy(e.exercise_amount),
            ])
            .row(vec![
                "Upper limit of capital increase".into(),
                jpy(e.capital_increase_limit),
            ])
            .sub(vec![
                "Increase in capital stock (half, rounded up to the yen)".into(),
                jpy(e.stated_capital),
            ])
            .sub(vec![
                "Increase in capital reserve".into(),
                jpy(e.capital_reserve),
            ]),
    ));
    b.push(heading(
        3,
        "(7) Restriction on acquisition of stock acquisition rights by transfer",
    ));
    b.push(para(
        "Any acquisition of stock acquisition rights by transfer shall be subject to the \
         approval by resolution of the Board of Directors of the Company.",
    ));
    let [acquisition, restructuring, exercise] = terms.item_texts_in(Language::English);
    b.push(heading(
        3,
        "(8) Conditions for acquisition of stock acquisition rights",
    ));
    b.extend(text::blocks(acquisition));
    b.push(heading(
        3,
        "(9) Matters concerning the details of the issuance of stock acquisition rights \
         undergoing Organizational Restructuring",
    ));
    b.extend(text::blocks(restructuring));
    b.push(heading(
        3,
        "(10) Rules pertaining to fractions of less than one share arising from the exercise of \
         stock acquisition rights",
    ));
    b.push(para(
        "Fractions of less than one share in the number of shares to be granted to Stock \
         Acquisition Right Holders who exercised stock acquisition rights shall be rounded down.",
    ));
    b.push(heading(
        3,
        "(11) Other terms and conditions of exercising stock acquisition rights",
    ));
    b.extend(text::blocks(exercise));
    b.extend(valuation(s, o));
    b.push(heading(
        3,
        "(13) Date of allotment of the stock acquisition rights",
    ));
    b.push(para(date(terms.allotment_date)));
    b.push(heading(
        3,
        "(14) Date of payment of consideration in exchange of the stock acquisition rights",
    ));
    b.push(para(date(terms.allotment_date)));
    b.push(heading(
        3,
        "(15) Persons to be allotted stock acquisition rights, number of persons, and number \
         of stock acquisition rights to be allotted",
    ));
    b.push(Block::Table(allotment_table(o)));
    b.push(heading(
        3,
        "(16) Details in case of issuance of stock acquisition rights certificates",
    ));
    b.push(para(
        "There will be no issuance of stock acquisition rights certificates.",
    ));
    finish(st, TITLE, b, s)
}

fn allotment_table(o: &OptionResults) -> Table {
    let a = &o.allotment;
    let mut t = Table::new(
        &[
            "Persons to be allotted",
            "Number of persons",
            "Number of rights",
            "Shares upon exercise",
            "Amount paid for the rights",
        ],
        &[
            Align::Left,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Right,
        ],
    );
    for row in &a.rows {
        t = t.row(vec![
            row.name.clone(),
            format_count(row.persons.into()),
            format_count(row.rights.into()),
            format_count(row.shares),
            jpy(row.value),
        ]);
    }
    t.total(vec![
        "Total".into(),
        format_count(a.total_persons.into()),
        format_count(a.total_rights.into()),
        format_count(a.total_shares),
        jpy(a.total_value),
    ])
}

/// Item 5): where σ comes from, as the seed notice words it.
fn volatility_basis(s: &Scenario) -> String {
    match &s.option.volatility_source {
        VolatilitySource::Manual => "volatility of share price [basis to be described]".into(),
        VolatilitySource::History {
            window_start,
            window_end,
            frequency,
        } => {
            let from = window_start.map_or("the first close of the price history".into(), date);
            let to = window_end.map_or("the last close of the price history".into(), date);
            let closes = match frequency {
                crate::scenario::FrequencyTerm::Weekly => {
                    "the closing price of the common stock of the Company in regular trading for \
                     the last trading date of each week"
                }
                crate::scenario::FrequencyTerm::Daily => {
                    "the daily closing price of the common stock of the Company in regular \
                     trading"
                }
            };
            format!("volatility of share price computed based on {closes} between {from} and {to}.")
        }
    }
}

/// Item 7) and, after a split or consolidation, its footnote naming it.
fn dividend_basis(s: &Scenario, o: &OptionResults) -> Vec<Inline> {
    let terms = &s.option;
    let year = terms
        .dividend_fiscal_year_end
        .map_or("the last fiscal year".to_owned(), |d| {
            d.format("the fiscal year ended %B, %Y").to_string()
        });
    let mut inlines = vec![Inline::Text(format!(
        "7) Dividend yield (q): Dividend per share (amount of dividend per share paid for \
         {year}) divided by the share price as set forth in 2) above."
    ))];
    let ratio = o.dividend.split_ratio_since;
    if ratio != Decimal::ONE {
        let what = split_phrase(ratio);
        let effective = terms
            .dividend_split_effective_date
            .map(|d| format!(" with an effective date of {}", date(d)))
            .unwrap_or_default();
        let adjusted_for = if ratio > Decimal::ONE {
            "the stock split"
        } else {
            "the share consolidation"
        };
        inlines.push(Inline::Break);
        inlines.push(Inline::Text(format!(
            "* {} conducted a {what} on common stock{effective}. Dividend yield above is \
             calculated based on the paid dividends per share for the fiscal year retroactively \
             adjusted to reflect {adjusted_for}.",
            company_short(Style::new(s, Language::English), s, true)
        )));
    }
    inlines
}

fn valuation(s: &Scenario, o: &OptionResults) -> Vec<Block> {
    let terms = &s.option;
    let v = &o.valuation;
    let dv = &o.dividend;
    let per = &o.per_right;
    let term = terms.term_years.normalize();
    let term_text = if term == Decimal::ONE {
        "1 year".to_owned()
    } else {
        format!("{term} years")
    };
    let spr = per.shares_per_right;
    let line = |text: String| vec![Inline::Text(text)];
    let mut b = vec![
        heading(
            3,
            "(12) Method for calculating the amount to be paid upon allocation of stock \
             acquisition rights",
        ),
        para(
            "The amount to be paid upon allocation of each stock acquisition right shall be the \
             option price per share calculated based on the following figures from 2) to 7) \
             according to the formula of the Black-Scholes model, multiplied by the Number of \
             Shares Granted, with fractions of less than one yen being rounded up to the nearest \
             yen.",
        ),
        Block::Formula(vec![
            "C = S·e^(−qT)·N(d) − X·e^(−rT)·N(d − σ√T)".into(),
            String::new(),
            "here, d = [ ln(S / X) + (r − q + σ²/2)·T ] / (σ√T)".into(),
        ]),
        Block::List(vec![
            line("1) Option price per share (C)".into()),
            line(format!(
                "2) Share price (S): the closing price (base price for the next trading day when \
                 there is no closing price) of the common stock of the Company in regular trading \
                 on the Tokyo Stock Exchange on {}",
                date(terms.allotment_date)
            )),
            line(format!(
                "3) Exercise price (X): {}",
                spelled_yen(terms.exercise_price)
            )),
            line(format!("4) Expected remaining period (T): {term_text}")),
            line(format!("5) Volatility (σ): {}", volatility_basis(s))),
            line(
                "6) Risk-free interest rate (r): The interest rate on super-long-term Japanese \
                 government bonds with remaining years corresponding to the expected remaining \
                 period."
                    .into(),
            ),
            dividend_basis(s, o),
            line(
                "8) Cumulative distribution function of the standard normal distribution (N(·))"
                    .into(),
            ),
        ]),
        Block::Note(vec![Inline::Text(format!(
            "The figures below are those of the scenario \"{}\" as used in the calculation; \
             they are computed by Offering Desk, not taken from a filing.",
            s.title.trim()
        ))]),
    ];
    let mut t = Table::new(&["Input", "Value"], &[Align::Left, Align::Right])
        .row(vec![
            "1) Option price per share (C)".into(),
            jpy_exact(per.price_per_share),
        ])
        .row(vec!["2) Share price (S)".into(), jpy(terms.share_price)])
        .row(vec![
            "3) Exercise price (X)".into(),
            jpy(terms.exercise_price),
        ])
        .row(vec![
            "4) Expected remaining period (T)".into(),
            term_text.clone(),
        ])
        .row(vec![
            "5) Volatility (σ)".into(),
            percent_exact(terms.volatility),
        ])
        .row(vec![
            "6) Risk-free interest rate (r)".into(),
            percent_exact(terms.risk_free_rate),
        ])
        .row(vec!["7) Dividend yield (q)".into(), percent(dv.rate, 6)])
        .sub(vec![
            "Dividend per share, as paid".into(),
            jpy(dv.dividend_per_share),
        ]);
    if dv.split_ratio_since != Decimal::ONE {
        t = t.sub(vec![
            format!("Adjusted for the {}", split_phrase(dv.split_ratio_since)),
            jpy(dv.adjusted_dividend),
        ]);
    }
    t = t
        .row(vec!["d".into(), format!("{:.10}", v.d1)])
        .row(vec!["d − σ√T".into(), format!("{:.10}", v.d2)])
        .row(vec![
            "N(d), N(d − σ√T)".into(),
            format!("{:.10}, {:.10}", v.n_d1, v.n_d2),
        ]);
    b.push(Block::Table(t));
    if matches!(terms.volatility_source, VolatilitySource::History { .. }) {
        b.push(Block::Note(vec![
            Inline::Strong("Price history:".into()),
            Inline::Text(format!(" {}", s.price_history.source.trim())),
        ]));
    }
    let mut calculation = Table::new(&["Calculation", "Amount"], &[Align::Left, Align::Right])
        .row(vec![
            "Option price per share (C)".into(),
            jpy_exact(per.stated_price()),
        ])
        .row(vec![
            format!("× Number of Shares Granted ({})", words(spr.into())),
            format_count(spr.into()),
        ])
        .row(vec![
            "= Option price per stock acquisition right".into(),
            jpy_exact(stated_product(per)),
        ]);
    let exact_product = exact_product_text(per);
    if !exact_product.is_empty() {
        calculation = calculation.sub(vec![
            "C × Number of Shares Granted before C is rounded to ten decimals".into(),
            format!("JPY{exact_product}"),
        ]);
    }
    b.push(Block::Table(calculation.total(vec![
        "Amount to be paid per stock acquisition right (rounded up to the yen)".into(),
        jpy(per.amount),
    ])));
    if !per.conventions_agree() {
        b.push(convention_note(per));
    }
    b.push(para(
        "The option price to be calculated as described above is a fair value of the stock \
         acquisition rights. Accordingly, the issuance of the stock acquisition rights is not an \
         issuance of shares with favorable terms. The monetary remuneration claims of the person \
         who will be allotted the stock acquisition rights against the Company and their \
         obligations to pay for the allotment of the stock acquisition rights will be offset.",
    ));
    b
}

/// For the drafter: the two roundings of C × shares differ, and which one the draft uses.
fn convention_note(per: &AmountPerRight) -> Block {
    let figure = |c: Ceiling| match c {
        Ceiling::Decided(v) => jpy(v),
        Ceiling::Undecided { low, high } => format!("{} or {}", jpy(low), jpy(high)),
    };
    let (used, other) = match per.convention {
        AmountConvention::Exact => ("exact", "spreadsheet"),
        AmountConvention::Spreadsheet => ("spreadsheet", "exact"),
    };
    Block::Note(vec![
        Inline::Strong("Drafting note:".into()),
        Inline::Text(format!(
            " the two roundings of C × {} differ. Exact (the rule as written: any true \
             fraction of a yen rounded up): {}. Spreadsheet (ROUNDUP(C × {}, 0) in double \
             precision, as Excel computes it): {}. This draft uses the {used} figure (the \
             scenario's rounding convention); the {other} one is shown for comparison only.",
            per.shares_per_right,
            figure(per.exact),
            per.shares_per_right,
            figure(per.spreadsheet),
        )),
    ])
}
