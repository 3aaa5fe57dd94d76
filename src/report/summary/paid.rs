//! The paid-in grant's figures: its inputs as valued (exercise price, levels in yen,
//! the closes tested), the value with its uncertainty and probabilities, and the
//! amounts the notice states.

use rust_decimal::Decimal;

use super::{Derivation, Figure, Unit, Value, amount, digits, fig};
use crate::domain::Message;
use crate::domain::paid_option::ConditionKind;
use crate::domain::paid_option::valuation::MethodUsed;
use crate::scenario::{ExercisePriceTerms, PaidInputs, PaidOptionResults, PaidValued, Scenario};

const SECTION: &str = "paid_option";

/// Every figure of the grant; before it is valued, its inputs and a "not valued yet".
pub(super) fn paid_figures(s: &Scenario, p: &PaidOptionResults) -> Vec<Figure> {
    let mut v = input_figures(s, &p.inputs);
    match &p.valued {
        None => v.push(fig(
            SECTION,
            "paid_value_per_share",
            Value::Choice {
                key: "pending",
                label: "paid-not-valued",
            },
            Derivation::default(),
        )),
        Some(Err(e)) => v.push(fig(
            SECTION,
            "problem",
            Value::Refused(e.clone()),
            Derivation::default(),
        )),
        Some(Ok(valued)) => v.extend(value_figures(s, &p.inputs, valued)),
    }
    v
}

fn input_figures(s: &Scenario, i: &PaidInputs) -> Vec<Figure> {
    let r = &i.right;
    let closes = &r.closes;
    let strike_derivation = match s.paid_option.as_ref().map(|t| &t.exercise_price) {
        Some(ExercisePriceTerms::CloseOf { date }) => {
            Derivation::from(Message::id("der-paid-close-of").with("date", *date))
        }
        _ => Derivation::default(),
    };
    let mut v = vec![
        fig(
            SECTION,
            "paid_share_price",
            Value::Yen(
                s.paid_option
                    .as_ref()
                    .map_or(Decimal::ZERO, |t| t.share_price),
            ),
            Derivation::default(),
        )
        .in_unit(Unit::JpyPerShare),
        fig(
            SECTION,
            "paid_exercise_price",
            Value::Yen(i.exercise_price),
            strike_derivation,
        )
        .in_unit(Unit::JpyPerShare),
    ];
    for (n, (level, condition)) in i.levels.iter().zip(&r.conditions).enumerate() {
        let mut f = fig(
            SECTION,
            &format!("paid_condition_{}_level", n + 1),
            Value::Yen(*level),
            Derivation::default(),
        )
        .in_unit(Unit::JpyPerShare);
        f = named(
            f,
            Message::id("fig-paid-condition-level")
                .with("n", n + 1)
                .with("kind", kind_label(condition.kind)),
        );
        if let Some(t) = s.paid_option.as_ref().and_then(|t| t.conditions.get(n))
            && t.unit == crate::scenario::LevelUnit::OfExercisePrice
        {
            f.derivation = Derivation::from(
                Message::id("der-paid-level")
                    .with("fraction", super::percent(t.level, 2))
                    .with("price", amount(i.exercise_price))
                    .with("level", digits(*level)),
            );
        }
        v.push(f);
    }
    if let (Some(first), Some(last)) = (closes.dates.first(), closes.dates.last()) {
        v.push(
            fig(
                SECTION,
                "paid_closes",
                Value::Count(closes.dates.len() as u64),
                Derivation::default(),
            )
            .in_unit(Unit::Closes),
        );
        v.push(fig(
            SECTION,
            "paid_first_close",
            Value::Date(*first),
            Derivation::default(),
        ));
        v.push(fig(
            SECTION,
            "paid_last_close",
            Value::Date(*last),
            Derivation::default(),
        ));
        v.push(
            fig(
                SECTION,
                "paid_expiry_years",
                Value::Number {
                    value: closes.expiry_time(),
                    dp: 6,
                },
                Derivation::id("der-paid-time"),
            )
            .in_unit(Unit::Years),
        );
    }
    v.push(
        fig(
            SECTION,
            "paid_shares_per_right",
            Value::Shares(u64::from(i.shares_per_right)),
            Derivation::default(),
        )
        .in_unit(Unit::SharesPerRight),
    );
    v.push(
        fig(
            SECTION,
            "paid_rights",
            Value::Count(u64::from(i.rights)),
            Derivation::default(),
        )
        .in_unit(Unit::Rights),
    );
    v
}

fn value_figures(s: &Scenario, i: &PaidInputs, p: &PaidValued) -> Vec<Figure> {
    let val = &p.valuation;
    let num = |key: &str, value: f64, derivation: Derivation| {
        fig(SECTION, key, Value::Number { value, dp: 4 }, derivation).in_unit(Unit::JpyPerShare)
    };
    let share = |key: &str, fraction: f64| {
        fig(
            SECTION,
            key,
            Value::Percent { fraction, dp: 2 },
            Derivation::default(),
        )
    };
    let method = match val.method {
        MethodUsed::BlackScholes => Value::Choice {
            key: "black-scholes",
            label: "paid-method-black-scholes",
        },
        MethodUsed::Grid => Value::Choice {
            key: "deterministic-daily",
            label: "paid-method-grid",
        },
        MethodUsed::Simulation => Value::Choice {
            key: "monte-carlo-daily",
            label: "paid-method-simulation",
        },
    };
    let uncertainty_words = match &val.simulation {
        Some(sim) => Derivation::from(
            Message::id("der-paid-standard-error")
                .with("paths", 2 * sim.pairs)
                .with("seed", sim.seed.to_string()),
        ),
        None if val.grid.is_some() => Derivation::id("der-paid-error-estimate"),
        None => Derivation::id("der-paid-exact"),
    };
    let (low, high) = val.interval_95();
    let mut v = vec![
        fig(SECTION, "paid_method", method, Derivation::default()),
        num(
            "paid_value_per_share",
            val.value_per_share,
            Derivation::default(),
        ),
        num("paid_uncertainty", val.uncertainty, uncertainty_words),
    ];
    // A statistical interval: for a simulation, not for the grid's error bound.
    if val.grid.is_none() {
        v.push(num(
            "paid_interval_low",
            low,
            Derivation::id("der-paid-interval"),
        ));
        v.push(num(
            "paid_interval_high",
            high,
            Derivation::id("der-paid-interval"),
        ));
    }
    if let Some(sim) = &val.simulation {
        v.push(fig(
            SECTION,
            "paid_paths",
            Value::Count(2 * sim.pairs),
            Derivation::default(),
        ));
        v.push(fig(
            SECTION,
            "paid_seed",
            Value::Text(sim.seed.to_string()),
            Derivation::default(),
        ));
    }
    for (n, probability) in val.condition_probabilities.iter().enumerate() {
        let kind = i.right.conditions.get(n).map(|c| c.kind);
        let mut f = share(
            &format!("paid_condition_{}_probability", n + 1),
            *probability,
        );
        if let Some(kind) = kind {
            f = named(
                f,
                Message::id("fig-paid-condition-probability")
                    .with("n", n + 1)
                    .with("kind", kind_label(kind)),
            );
        }
        v.push(f);
    }
    v.push(share(
        "paid_exercisable_at_expiry",
        val.exercisable_at_expiry,
    ));
    let tiers = s
        .paid_option
        .as_ref()
        .and_then(|t| t.performance.as_ref())
        .map(|p| p.tiers.as_slice())
        .unwrap_or_default();
    for (n, probability) in val.tier_probabilities.iter().enumerate() {
        let f = share(&format!("paid_tier_{}_probability", n + 1), *probability);
        let threshold = tiers.get(n).map(|t| t.threshold).unwrap_or_default();
        v.push(named(
            f,
            Message::id("fig-paid-tier-probability")
                .with("n", n + 1)
                .with("threshold", digits(threshold)),
        ));
    }
    if !val.tier_probabilities.is_empty() {
        v.push(share("paid_expected_fraction", val.expected_fraction));
    }
    if i.right.early_exercise.is_some() {
        v.push(share("paid_early_exercised", val.early_exercised));
    }
    if let Some(c) = val.continuous {
        v.push(num(
            "paid_continuous_value",
            c,
            Derivation::id("der-paid-continuous"),
        ));
    }
    let exact = Decimal::from_f64_retain(val.value_per_share).unwrap_or_default()
        * Decimal::from(i.shares_per_right);
    v.push(
        fig(
            SECTION,
            "paid_amount_per_right",
            Value::Yen(p.amount_per_right),
            Derivation::from(
                Message::id("der-paid-per-right")
                    .with(
                        "value",
                        digits(
                            Decimal::from_f64_retain(val.value_per_share)
                                .unwrap_or_default()
                                .round_dp(6),
                        ),
                    )
                    .with("shares", i.shares_per_right)
                    .with("exact", digits(exact.round_dp(6)))
                    .with("amount", amount(p.amount_per_right)),
            ),
        )
        .in_unit(Unit::JpyPerRight),
    );
    v.push(fig(
        SECTION,
        "paid_total_payment",
        Value::Yen(p.total_payment),
        Derivation::from(
            Message::id("der-paid-total")
                .with("amount", amount(p.amount_per_right))
                .with("rights", i.rights)
                .with("total", amount(p.total_payment)),
        ),
    ));
    v.push(fig(
        SECTION,
        "paid_total_exercise",
        Value::Yen(p.total_exercise),
        Derivation::default(),
    ));
    v.push(fig(
        SECTION,
        "paid_total_raised",
        Value::Yen(p.total_payment + p.total_exercise),
        Derivation::default(),
    ));
    v
}

/// A condition's short name as the catalogue gives it ("forced exercise below").
fn kind_label(kind: ConditionKind) -> crate::domain::Arg {
    crate::domain::Arg::Label(match kind {
        ConditionKind::KnockOutBelow => "paid-kind-knock-out-below",
        ConditionKind::ForcedExerciseBelow => "paid-kind-forced-exercise-below",
        ConditionKind::KnockInAbove => "paid-kind-knock-in-above",
        ConditionKind::KnockOutAbove => "paid-kind-knock-out-above",
        ConditionKind::KnockInBelow => "paid-kind-knock-in-below",
    })
}

/// A figure labelled from data (a condition's number and kind), in both languages.
fn named(mut f: Figure, words: Message) -> Figure {
    f.label = words.text(crate::i18n::Language::English);
    f.label_words = Some(words);
    f
}
