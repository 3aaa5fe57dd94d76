#!/usr/bin/env python3
"""Independent reference figures for the bundled sample scenario (tests/sample_reference.rs).

Rerun from the crate root with:

    pip install mpmath        # any mpmath >= 1.0
    python3 tests/reference/generate_sample_reference.py > tests/reference/sample.json

Reads assets/scenarios/iij-2013.json and recomputes, with 50 significant digits and none
of the app's code:

- the historical volatility of its embedded price history: closes before each split's
  effective date divided by the split ratio; the closes cut to the window (inclusive);
  weekly samples = the last close of each Monday-Sunday week; log returns between
  consecutive samples; sample standard deviation (n - 1); times sqrt(52);
- the dividend yield q = dividend per share / split ratio / S;
- Black-Scholes d1, d2 and C per share, at the scenario's own sigma (the history's sigma
  rounded half up to 6 decimals, as "Use this sigma" stores it);
- the amount per right (C x shares per right, any fraction of a yen rounded up), the
  allotment per group and in total, and the capital on exercise (half of the
  capital-increase limit rounded up; the rest to the capital reserve).

Inputs are taken exactly as the decimal strings of the file.  Values are written as
strings with 30 significant digits; integers exactly.
"""

import datetime
import json
import sys
from pathlib import Path

import mpmath as mp

mp.mp.dps = 50

ROOT = Path(__file__).resolve().parents[2]


def d(text):
    return mp.mpf(text)


def ncdf(x):
    return mp.erfc(-x / mp.sqrt(2)) / 2


def date(text):
    return datetime.date.fromisoformat(text)


def percent_4dp(x):
    """sigma as the window prints it: a percent with 4 decimals, rounded half up."""
    return mp.nstr(mp.floor(x * 100 * 10**4 + mp.mpf("0.5")) / 10**4, 15) + " %"


def fixed(text, dp):
    whole, _, frac = text.partition(".")
    return whole + "." + (frac + "0" * dp)[:dp]


def volatility(history, window_start=None, splits=None, frequency=None):
    if window_start is not None:
        history = dict(history, window_start=window_start)
    if splits is not None:
        history = dict(history, splits=splits)
    if frequency is not None:
        history = dict(history, frequency=frequency)
    splits = [(date(s["effective_date"]), d(s["ratio"])) for s in history["splits"]]
    closes = []
    for c in history["closes"]:
        day, close = date(c["date"]), d(c["close"])
        for effective, ratio in splits:
            if day < effective:
                close /= ratio
        closes.append((day, close))
    start = date(history["window_start"]) if history["window_start"] else closes[0][0]
    end = date(history["window_end"]) if history["window_end"] else closes[-1][0]
    inside = [(day, c) for day, c in closes if start <= day <= end]
    if history["frequency"] == "weekly":
        weeks = {}
        for day, c in inside:
            weeks[day.isocalendar()[:2]] = (day, c)  # the last close of the ISO week wins
        samples = [weeks[k] for k in sorted(weeks)]
        periods = 52
    else:
        samples = inside
        periods = 252
    returns = [mp.log(b[1] / a[1]) for a, b in zip(samples, samples[1:])]
    n = len(returns)
    mean = mp.fsum(returns) / n
    var = mp.fsum((x - mean) ** 2 for x in returns) / (n - 1)
    sd = mp.sqrt(var)
    annual = sd * mp.sqrt(periods)
    return {
        "first_sample": samples[0][0].isoformat(),
        "last_sample": samples[-1][0].isoformat(),
        "samples": len(samples),
        "returns": n,
        "mean_return": mp.nstr(mean, 30),
        "stdev_per_period": mp.nstr(sd, 30),
        "annualized": mp.nstr(annual, 30),
        "annualized_6dp_half_up": fixed(mp.nstr(mp.floor(annual * 10**6 + mp.mpf("0.5")) / 10**6, 15), 6),
        "annualized_shown": fixed(percent_4dp(annual)[:-2], 4) + " %",
    }


def option(o):
    S, X, T, v, r = (d(o[k]) for k in ("share_price", "exercise_price", "term_years", "volatility", "risk_free_rate"))
    q = d(o["dividend_per_share"]) / d(o["dividend_split_ratio"]) / S
    sq = mp.sqrt(T)
    d1 = (mp.log(S / X) + (r - q + v * v / 2) * T) / (v * sq)
    d2 = d1 - v * sq
    call = S * mp.exp(-q * T) * ncdf(d1) - X * mp.exp(-r * T) * ncdf(d2)
    shares = o["shares_per_right"]
    per_right = int(mp.ceil(call * shares))
    groups = [
        {"name": g["name"], "rights": g["rights"], "shares": g["rights"] * shares, "value": g["rights"] * per_right}
        for g in o["allotment"]
    ]
    exercised = o["rights_exercised"]
    limit = exercised * per_right + exercised * shares * X
    assert limit == int(limit)
    stock = int(mp.ceil(limit / 2))
    return {
        "dividend_yield": mp.nstr(q, 30),
        "d1": mp.nstr(d1, 30),
        "d2": mp.nstr(d2, 30),
        "price_per_share": mp.nstr(call, 30),
        "price_times_shares": mp.nstr(call * shares, 30),
        "amount_per_right": per_right,
        "allotment": groups,
        "allotment_rights": sum(g["rights"] for g in groups),
        "allotment_shares": sum(g["shares"] for g in groups),
        "allotment_value": sum(g["value"] for g in groups),
        "exercise_capital_increase_limit": int(limit),
        "exercise_increase_in_capital_stock": stock,
        "exercise_increase_in_capital_reserve": int(limit) - stock,
    }


def main():
    scenario = json.loads((ROOT / "assets/scenarios/iij-2013.json").read_text(encoding="utf-8"))
    out = {
        "source": "tests/reference/generate_sample_reference.py on assets/scenarios/iij-2013.json, mpmath 50 digits",
        "volatility": volatility(scenario["price_history"]),
        # The variants the window tests try: a later window start, the split removed,
        # daily sampling.
        "volatility_from_2010_01_01": volatility(scenario["price_history"], window_start="2010-01-01"),
        "volatility_without_the_split": volatility(scenario["price_history"], splits=[]),
        "volatility_daily": volatility(scenario["price_history"], frequency="daily"),
        "option": option(scenario["option"]),
    }
    json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
