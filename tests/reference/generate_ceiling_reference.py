#!/usr/bin/env python3
"""Ceiling-sensitive reference cases for the amount per right (tests/exact_ceiling.rs).

Rerun from the crate root with:

    pip install mpmath        # any mpmath >= 1.0
    python3 tests/reference/generate_ceiling_reference.py > tests/reference/ceiling.json

The amount per right is C x N with any fraction of a yen rounded up.  Every case here has
C x N within 1e-6 yen of a whole yen (many within 1e-9, some by far less), on either side,
so a computation that loses the last digits of C rounds it the wrong way.  Inputs are
decimal strings taken exactly; q is dividend / (split ratio x S) as the notice defines it,
or a typed yield over 1.

For each case the script gives, with none of the app's code:

- C x N to 40 significant digits and its distance to the nearest whole yen;
- the exact ceiling: C x N is evaluated as N x A + N x P with A = S e^(-qT) - X e^(-rT) and
  the put P = X e^(-rT) N(-d2) - S e^(-qT) N(-d1) > 0 (no cancellation between C's own
  terms), at 100 significant digits, checked again at 150 (the script aborts if the two
  disagree in the decision).  Where r = q = 0, N x A = N (S - X) is a whole number and
  0 < N x P < 1, the ceiling is N x A + 1 whatever the size of P (it underflows any finite
  precision for sigma = 0.05);
- the spreadsheet figure: c = the double nearest C (Python's correctly rounded float() of
  C's 40-digit decimal; the script checks C is not within 1e-30 of a midpoint between
  doubles), p = the IEEE product c * N, then Excel's ROUNDUP(p, 0): p read to 15
  significant digits, halves up, then rounded up to a whole number.

Cases: (a) r = q = 0 with a 1-yen strike (the issue's S = 2,000, T = 10, sigma = 0.35 and
0.25, and more): C x N is a whole number plus a put of 1e-9 yen down to below 1e-300;
(b) r, q != 0, deep in the money: S solved with findroot so that C x N = k + target, with
targets of +-5e-7 and +-3e-10 yen, then rounded to 12 or 14 decimals and C x N recomputed
from the rounded S; (c) the same near the money and (d) out of the money, with targets of
+-5e-7 and +-2e-7 yen.
"""

import decimal
import json
import math

import mpmath as mp

DPS = 100
CHECK_DPS = 150
decimal.getcontext().prec = 200


def ncdf(x):
    return mp.erfc(-x / mp.sqrt(2)) / 2


def parts(case):
    """N x A, N x P and d1, at the working precision."""
    S, X, T, v, r = (mp.mpf(case[k]) for k in ("spot", "strike", "term_years", "volatility", "risk_free_rate"))
    q = mp.mpf(case["dividend"]["numerator"]) / mp.mpf(case["dividend"]["denominator"])
    n = case["shares"]
    sq = mp.sqrt(T)
    d1 = (mp.log(S / X) + (r - q + v * v / 2) * T) / (v * sq)
    d2 = d1 - v * sq
    ds = S * mp.exp(-q * T)
    dk = X * mp.exp(-r * T)
    return n * (ds - dk), n * (dk * ncdf(-d2) - ds * ncdf(-d1))


def exact_ceiling(case):
    """(ceiling, C x N, excess over the nearest whole yen), at DPS."""
    na, np_ = parts(case)
    total = na + np_
    nearest = mp.nint(total)
    excess = (na - nearest) + np_
    whole_forward = case["risk_free_rate"] == "0" and case["dividend"]["numerator"] == "0"
    if whole_forward and na == mp.nint(na) and 0 < np_ < 1:
        # N (S - X) whole and 0 < N P < 1: the next yen, however small P is.
        assert np_ > 0
        return int(mp.nint(na)) + 1, total, excess
    if abs(excess) < mp.mpf(10) ** (-(mp.mp.dps - 20)) * abs(total):
        raise SystemExit(f"{case['name']}: excess {excess} not resolved at {mp.mp.dps} digits")
    return int(mp.ceil(total)), total, excess


def excel_roundup(p):
    """Excel's ROUNDUP(p, 0) of a double p >= 0: p to 15 significant digits, half up."""
    d = decimal.Decimal(p)  # exact
    if d == 0:
        return 0
    exponent = d.adjusted()  # position of the leading digit
    quantum = decimal.Decimal(1).scaleb(exponent - 14)
    fifteen = d.quantize(quantum, rounding=decimal.ROUND_HALF_UP)
    return int(fifteen.to_integral_value(rounding=decimal.ROUND_CEILING))


def spreadsheet(case, total):
    n = case["shares"]
    c_text = mp.nstr(total / n, 40, strip_zeros=False)
    c = float(c_text)
    # Not within 1e-30 (relative) of a midpoint between two doubles.
    below, above = math.nextafter(c, 0.0), math.nextafter(c, math.inf)
    exact_c = total / n
    for neighbour in (below, above):
        midpoint = (mp.mpf(c) + mp.mpf(neighbour)) / 2
        assert abs(exact_c - midpoint) > mp.mpf("1e-30") * abs(exact_c), case["name"]
    return excel_roundup(c * n)


def case(name, spot, strike, term, sigma, r, shares, numerator="0", denominator="1"):
    return {
        "name": name,
        "spot": spot,
        "strike": strike,
        "term_years": term,
        "volatility": sigma,
        "risk_free_rate": r,
        "dividend": {"numerator": numerator, "denominator": denominator},
        "shares": shares,
    }


def with_spot(c, spot):
    """The case at another S; a dividend quotient D / (ratio x S) follows S."""
    out = dict(c, spot=spot, dividend=dict(c["dividend"]))
    if "ratio" in c:
        out["dividend"]["denominator"] = str(decimal.Decimal(c["ratio"]) * decimal.Decimal(spot))
    return out


def solved(name, base, target, places):
    """`base` with S moved so that C x N = k + target (k the whole yen nearest C x N at
    S), S then rounded to `places` decimals."""
    na, np_ = parts(base)
    k = mp.nint(na + np_)

    def f(s):
        trial = with_spot(base, mp.nstr(s, 60, strip_zeros=False))
        a, p = parts(trial)
        return a + p - k - mp.mpf(target)

    s = mp.findroot(f, mp.mpf(base["spot"]))
    rounded = decimal.Decimal(mp.nstr(s, 40, strip_zeros=False)).quantize(
        decimal.Decimal(1).scaleb(-places), rounding=decimal.ROUND_HALF_EVEN
    )
    return dict(with_spot(base, str(rounded)), name=name)


def cases():
    # (a) r = q = 0, 1-yen strike: N (S - 1) plus a tiny put.
    for spot, term, sigma, shares in [
        ("2000", "10", "0.35", 200),
        ("2000", "10", "0.25", 200),
        ("2000", "10", "0.2", 200),
        ("2000", "10", "0.1", 200),
        ("2000", "10", "0.05", 200),
        ("2000", "15", "0.3", 200),
        ("3509", "15", "0.3", 200),
        ("3509", "10", "0.25", 100),
        ("3509", "5", "0.4", 1000),
        ("1234.5", "10", "0.25", 2),
        ("1000.50", "10", "0.2", 2),
        ("58200", "10", "0.35", 100),
        ("820", "7", "0.3", 500),
        ("12000", "20", "0.3", 10),
        ("450", "3", "0.45", 1000),
        ("99999", "10", "0.4", 1),
    ]:
        yield case(f"zero rates, S {spot}, T {term}, sigma {sigma}, {shares} shares", spot, "1", term, sigma, "0", shares)

    # (b) deep in the money, r and q not 0: S solved for a target distance.
    deep = [
        case("IIJ-like", "3509", "1", "15", "0.425281", "0.0125", 200, "2500", "701800"),
        case("typed yield", "2987", "1", "15", "0.4869", "0.0123", 200, "0.0051"),
        case("negative rate", "3000", "1", "10", "0.3", "-0.001", 100, "0.002"),
        case("short term", "1520", "1", "3", "0.35", "0.002", 1000, "0.015"),
        case("long term", "8400", "1", "30", "0.28", "0.018", 100, "0.011"),
        case("high yield", "640", "1", "12", "0.45", "0.005", 300, "0.035"),
    ]
    deep[0]["ratio"] = "200"
    deep[0]["dividend"]["denominator"] = str(200 * 3509)
    for base in deep:
        for target, places in [("5e-7", 12), ("-5e-7", 12), ("3e-10", 14), ("-3e-10", 14)]:
            yield solved(f"{base['name']}, C x N = k {target}", base, target, places)

    # (c) near the money and (d) out of the money: within 1e-6 yen only (C is known to
    # about 1e-15 relative there).
    near = [
        case("at the money", "3000", "3000", "5", "0.3", "0.01", 200, "0.02"),
        case("in the money", "3300", "3000", "2", "0.25", "0.005", 100, "0.01"),
        case("out of the money", "2700", "3000", "2", "0.25", "0.005", 100, "0.01"),
        case("Hull", "42", "40", "0.5", "0.2", "0.1", 200),
        case("ordinary option", "1800", "2000", "7", "0.35", "0.003", 1000, "0.012"),
    ]
    for base in near:
        for target in ["5e-7", "-5e-7", "2e-7", "-2e-7"]:
            yield solved(f"{base['name']}, C x N = k {target}", base, target, 12)


def main():
    out = []
    for c in cases():
        c.pop("ratio", None)
        with mp.workdps(DPS):
            ceiling, total, excess = exact_ceiling(c)
            sheet = spreadsheet(c, total)
            row = dict(
                c,
                price_times_shares=mp.nstr(total, 40, strip_zeros=False),
                excess=mp.nstr(excess, 10),
                exact_ceiling=ceiling,
                spreadsheet_ceiling=sheet,
            )
        with mp.workdps(CHECK_DPS):
            again, total2, _ = exact_ceiling(c)
            if again != ceiling or spreadsheet(c, total2) != sheet:
                raise SystemExit(f"precision check failed for {c['name']}")
        if abs(mp.mpf(row["excess"])) >= mp.mpf("1e-6"):
            raise SystemExit(f"{c['name']}: not ceiling-sensitive ({row['excess']})")
        out.append(row)
    print(
        json.dumps(
            {
                "source": "tests/reference/generate_ceiling_reference.py, mpmath "
                f"{DPS} digits (checked at {CHECK_DPS})",
                "cases": out,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
