//! The paid-in stock-option notice: 「第N回新株予約権（有償ストック・オプション）の発行に
//! 関するお知らせ」 and its English translation, with the items such notices give (the
//! number of rights, the shares, the amount to be paid per right and its basis, the
//! exercise price, the period, the conditions, the totals) and the valuation's inputs.
//! The basis of the amount uses the wording of these notices: a value computed by
//! Monte Carlo simulation, on which the amount is based (「…モンテカルロ・シミュレーション
//! によって算定した結果を参考に…」).

use rust_decimal::Decimal;

use crate::domain::Message;
use crate::domain::paid_option::ConditionKind;
use crate::domain::paid_option::valuation::MethodUsed;
use crate::i18n::Language;
use crate::scenario::{
    ExercisePriceTerms, LevelUnit, PaidOptionResults, PaidOptionTerms, PaidValued, PerformanceTest,
    PerformanceValuationTerms, Scenario,
};

use super::doc::{Block, Document, Inline, heading, para};
use super::fmt::percent_exact;
use super::style::Style;
use super::{company_identification, dateline, draft_banner, finish, terms_table};

fn row(label: String, value: String) -> Vec<String> {
    vec![label, value]
}

pub fn document(
    s: &Scenario,
    t: &PaidOptionTerms,
    p: &PaidOptionResults,
    v: &PaidValued,
    language: Language,
) -> Document {
    let st = Style::new(s, language);
    let i = &p.inputs;
    let title = st.say("notice-paid-title");
    let series = match t.series_name_in(st.language).trim() {
        "" => st.say("notice-paid-series-blank"),
        name => name.to_owned(),
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
            Message::id("notice-paid-opening")
                .with("dateline", dateline(st, s, None))
                .with("company", company_identification(st, s))
                .with("series", series.as_str()),
        ),
    ));
    if st.japanese() {
        b.push(para(st.say("notice-particulars")));
    }
    let shares_total = u64::from(i.shares_per_right) * u64::from(i.rights);
    b.extend([
        heading(2, st.say("notice-paid-purpose-heading")),
        para(st.say("notice-paid-purpose")),
        heading(2, st.say("notice-paid-details-heading")),
        heading(3, st.say("notice-paid-number-heading")),
        para(st.tell(Message::id("notice-paid-number").with("rights", i.rights))),
        heading(3, st.say("notice-paid-shares-heading")),
        para(
            st.tell(
                Message::id("notice-paid-shares")
                    .with("total", st.shares(shares_total))
                    .with("per_right", st.shares(i.shares_per_right.into())),
            ),
        ),
        heading(3, st.say("notice-paid-amount-heading")),
        para(
            st.tell(
                Message::id("notice-paid-amount")
                    .with("amount", st.yen(v.amount_per_right))
                    .with(
                        "per_share",
                        st.yen_exact(round6(v.valuation.value_per_share)),
                    ),
            ),
        ),
        para(basis(st, t, i.exercise_price, v)),
        heading(3, st.say("notice-paid-exercise-price-heading")),
        para(exercise_price_text(st, t, i.exercise_price)),
        heading(3, st.say("notice-paid-period-heading")),
        para(
            st.tell(
                Message::id("notice-paid-period")
                    .with("start", st.date(t.exercise_period_start))
                    .with("end", st.date(t.exercise_period_end)),
            ),
        ),
        heading(3, st.say("notice-paid-conditions-heading")),
    ]);
    let mut conditions: Vec<Vec<Inline>> = Vec::new();
    if let Some(perf) = &t.performance {
        conditions.push(vec![Inline::Text(performance_text(st, perf))]);
    }
    for (n, c) in t.conditions.iter().enumerate() {
        let level = i.levels.get(n).copied().unwrap_or_default();
        conditions.push(vec![Inline::Text(condition_text(
            st, c.kind, c.unit, c.level, level,
        ))]);
    }
    if conditions.is_empty() {
        b.push(para(st.say("notice-paid-no-conditions")));
    } else {
        b.push(Block::List(conditions));
    }
    b.push(heading(3, st.say("notice-paid-totals-heading")));
    b.push(Block::Table(
        terms_table(st)
            .row(row(
                st.say("notice-paid-total-payment"),
                st.yen(v.total_payment),
            ))
            .row(row(
                st.say("notice-paid-total-exercise"),
                st.yen(v.total_exercise),
            ))
            .total(row(
                st.say("notice-paid-total-raised"),
                st.yen(v.total_payment + v.total_exercise),
            )),
    ));
    b.push(heading(2, st.say("notice-paid-valuation-heading")));
    b.push(Block::Table(inputs_table(st, t, p, v)));
    finish(st, &title, b, s)
}

/// The value per share to six decimals, as the basis quotes it.
fn round6(v: f64) -> Decimal {
    Decimal::from_f64_retain(v)
        .unwrap_or_default()
        .round_dp_with_strategy(6, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// The basis of the amount: the method, who computed it, and on what.
fn basis(st: Style, t: &PaidOptionTerms, strike: Decimal, v: &PaidValued) -> String {
    let method = match v.valuation.method {
        MethodUsed::BlackScholes => "notice-paid-method-black-scholes",
        MethodUsed::Grid => "notice-paid-method-grid",
        MethodUsed::Simulation => "notice-paid-method-monte-carlo",
    };
    st.tell(
        Message::id("notice-paid-basis")
            .with("method", crate::domain::Arg::Label(method))
            .with("spot", st.yen(t.share_price))
            .with("strike", st.yen(strike))
            .with("volatility", percent_exact(t.volatility))
            .with("rate", percent_exact(t.risk_free_rate))
            .with("dividend", percent_exact(t.dividend_yield))
            .with("start", st.date(t.exercise_period_start))
            .with("end", st.date(t.exercise_period_end)),
    )
}

fn exercise_price_text(st: Style, t: &PaidOptionTerms, strike: Decimal) -> String {
    match &t.exercise_price {
        ExercisePriceTerms::CloseOf { date } => st.tell(
            Message::id("notice-paid-exercise-price-close")
                .with("date", st.date(*date))
                .with("price", st.yen(strike)),
        ),
        ExercisePriceTerms::Entered { .. } => {
            st.tell(Message::id("notice-paid-exercise-price-entered").with("price", st.yen(strike)))
        }
    }
}

/// A share-price condition in the notices' words: "If the closing price … falls below
/// 50 % of the exercise price (JPY1,725) even once, …".
fn condition_text(
    st: Style,
    kind: ConditionKind,
    unit: LevelUnit,
    level: Decimal,
    yen: Decimal,
) -> String {
    let level_words = match unit {
        LevelUnit::OfExercisePrice => st.tell(
            Message::id("notice-paid-level-of-price")
                .with("percent", percent_exact(level))
                .with("yen", st.yen(yen)),
        ),
        LevelUnit::Yen => st.yen(yen),
    };
    let id = match kind {
        ConditionKind::KnockOutBelow => "notice-paid-knock-out-below",
        ConditionKind::ForcedExerciseBelow => "notice-paid-forced-exercise-below",
        ConditionKind::KnockInAbove => "notice-paid-knock-in-above",
        ConditionKind::KnockOutAbove => "notice-paid-knock-out-above",
        ConditionKind::KnockInBelow => "notice-paid-knock-in-below",
    };
    st.tell(Message::id(id).with("level", level_words))
}

/// The performance condition: each tier's threshold and fraction, in the years tested.
fn performance_text(st: Style, perf: &crate::scenario::PerformanceTerms) -> String {
    let years: Vec<String> = perf.year_ends.iter().map(|d| st.date(*d)).collect();
    let tiers: Vec<String> = perf
        .tiers
        .iter()
        .map(|tier| {
            st.tell(
                Message::id("notice-paid-tier")
                    .with("threshold", st.yen(tier.threshold))
                    .with("fraction", percent_exact(tier.fraction)),
            )
        })
        .collect();
    let id = match perf.test {
        PerformanceTest::AnyYear => "notice-paid-performance-any-year",
        PerformanceTest::GivenYear => "notice-paid-performance-given-year",
    };
    st.tell(
        Message::id(id)
            .with("years", st.list(&years))
            .with("metric", perf.metric_in(st.language))
            .with("tiers", st.list(&tiers)),
    )
}

/// The valuation's inputs and results, as the basis lists them.
fn inputs_table(
    st: Style,
    t: &PaidOptionTerms,
    p: &PaidOptionResults,
    v: &PaidValued,
) -> super::doc::Table {
    let i = &p.inputs;
    let val = &v.valuation;
    let closes = &i.right.closes;
    let mut table = terms_table(st)
        .row(row(
            st.say("notice-paid-in-valuation-date"),
            st.date(t.valuation_date),
        ))
        .row(row(st.say("notice-paid-in-spot"), st.yen(t.share_price)))
        .row(row(
            st.say("notice-paid-in-strike"),
            st.yen(i.exercise_price),
        ))
        .row(row(
            st.say("notice-paid-in-term"),
            st.tell(
                Message::id("notice-paid-in-term-value")
                    .with("years", format!("{:.6}", closes.expiry_time()))
                    .with("closes", closes.dates.len()),
            ),
        ))
        .row(row(
            st.say("notice-paid-in-volatility"),
            percent_exact(t.volatility),
        ))
        .row(row(
            st.say("notice-paid-in-rate"),
            percent_exact(t.risk_free_rate),
        ))
        .row(row(
            st.say("notice-paid-in-dividend"),
            percent_exact(t.dividend_yield),
        ));
    if let Some(perf) = &t.performance {
        let how = match &perf.valuation {
            PerformanceValuationTerms::Probabilities { probabilities } => st.tell(
                Message::id("notice-paid-in-performance-probabilities").with(
                    "list",
                    st.list(
                        &probabilities
                            .iter()
                            .map(|p| percent_exact(*p))
                            .collect::<Vec<_>>(),
                    ),
                ),
            ),
            PerformanceValuationTerms::Simulated {
                drift,
                volatility,
                correlation,
                ..
            } => st.tell(
                Message::id("notice-paid-in-performance-simulated")
                    .with("drift", percent_exact(*drift))
                    .with("volatility", percent_exact(*volatility))
                    .with("correlation", correlation.normalize().to_string()),
            ),
        };
        table = table.row(row(st.say("notice-paid-in-performance"), how));
    }
    if let Some(m) = t.exercise_multiple {
        table = table.row(row(
            st.say("notice-paid-in-multiple"),
            st.tell(
                Message::id("notice-paid-in-multiple-value")
                    .with("multiple", m.normalize().to_string()),
            ),
        ));
    }
    let per_share = st.yen_exact(round6(val.value_per_share));
    table = match &val.simulation {
        Some(sim) => table
            .row(row(
                st.say("notice-paid-in-paths"),
                st.tell(
                    Message::id("notice-paid-in-paths-value")
                        .with("paths", 2 * sim.pairs)
                        .with("seed", sim.seed.to_string()),
                ),
            ))
            .row(row(st.say("notice-paid-in-value"), per_share))
            .row(row(
                st.say("notice-paid-in-standard-error"),
                st.yen_exact(round6(val.uncertainty)),
            )),
        None => {
            let table = table.row(row(st.say("notice-paid-in-value"), per_share));
            if val.grid.is_some() {
                table.row(row(
                    st.say("notice-paid-in-error-estimate"),
                    st.yen_exact(round6(val.uncertainty)),
                ))
            } else {
                table
            }
        }
    };
    table
}
