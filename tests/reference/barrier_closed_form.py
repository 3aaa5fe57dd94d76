#!/usr/bin/env python3
"""Independent reference values for tests/barrier_closed_form.rs: continuously monitored
single-barrier calls and a rebate paid at the hit, from Haug's formulas as printed
(The Complete Guide to Option Pricing Formulas, 2nd ed., 4.17.1, terms A-F), evaluated
literally with mpmath.

Rerun from the crate root with:

    pip install mpmath        # any mpmath >= 1.0
    python3 tests/reference/barrier_closed_form.py

and paste the two tables it prints over BARRIER_CALLS and REBATES in the test.

Every input is a binary64 value (printed with repr(), so Rust parses back the identical
double) and is taken exactly by mpmath; the formulas are evaluated with 50 significant digits
and each value is printed as the nearest double. Each is evaluated again with 90 digits and
the script aborts if the two disagree beyond 1e-40 relative: that guards against cancellation
inside the literal formulas (an out value is a difference of terms that can agree to many
digits).

The Rust code arranges the same quantities differently (plain calls at the spot and at the
spot reflected in the barrier); this script follows Haug's A-F term by term, so agreement is
a check of that arrangement too.
"""

import mpmath as mp

DIGITS = 50
CHECK_DIGITS = 90


def ncdf(x):
    return mp.erfc(-x / mp.sqrt(2)) / 2


def terms(S, X, H, T, v, r, q, eta):
    """Haug's A, B, C, D for a call (phi = 1); eta = 1 down, -1 up."""
    b = r - q
    s = v * mp.sqrt(T)
    mu = (b - v * v / 2) / (v * v)
    x1 = mp.log(S / X) / s + (1 + mu) * s
    x2 = mp.log(S / H) / s + (1 + mu) * s
    y1 = mp.log(H * H / (S * X)) / s + (1 + mu) * s
    y2 = mp.log(H / S) / s + (1 + mu) * s
    fwd = S * mp.exp((b - r) * T)
    disc = X * mp.exp(-r * T)
    A = fwd * ncdf(x1) - disc * ncdf(x1 - s)
    B = fwd * ncdf(x2) - disc * ncdf(x2 - s)
    C = fwd * (H / S) ** (2 * (mu + 1)) * ncdf(eta * y1) - disc * (H / S) ** (2 * mu) * ncdf(
        eta * y1 - eta * s
    )
    D = fwd * (H / S) ** (2 * (mu + 1)) * ncdf(eta * y2) - disc * (H / S) ** (2 * mu) * ncdf(
        eta * y2 - eta * s
    )
    return A, B, C, D


def barrier_call(kind, spot, strike, barrier, term, vol, r, q):
    S, X, H, T, v, R, Q = (mp.mpf(a) for a in (spot, strike, barrier, term, vol, r, q))
    eta = 1 if kind.startswith("Down") else -1
    A, B, C, D = terms(S, X, H, T, v, R, Q, eta)
    # Haug's table of combinations for calls, rebate K = 0.
    if X >= H:
        value = {"DownAndIn": C, "UpAndIn": A, "DownAndOut": A - C, "UpAndOut": mp.mpf(0)}[kind]
    else:
        value = {
            "DownAndIn": A - B + D,
            "UpAndIn": B - C + D,
            "DownAndOut": B - D,
            "UpAndOut": A - B + C - D,
        }[kind]
    return value


def rebate_at_hit(down, rebate, spot, barrier, term, vol, r, q):
    """Haug's F: K [(H/S)^(mu+lambda) N(eta z) + (H/S)^(mu-lambda) N(eta z - 2 eta lambda s)]."""
    K, S, H, T, v, R, Q = (mp.mpf(a) for a in (rebate, spot, barrier, term, vol, r, q))
    eta = 1 if down else -1
    s = v * mp.sqrt(T)
    mu = (R - Q - v * v / 2) / (v * v)
    lam = mp.sqrt(mu * mu + 2 * R / (v * v))
    z = mp.log(H / S) / s + lam * s
    return K * (
        (H / S) ** (mu + lam) * ncdf(eta * z)
        + (H / S) ** (mu - lam) * ncdf(eta * z - 2 * eta * lam * s)
    )


def checked(function, *args):
    mp.mp.dps = CHECK_DIGITS
    fine = function(*args)
    mp.mp.dps = DIGITS
    value = function(*args)
    if abs(value - fine) > mp.mpf("1e-40") * abs(fine):
        raise SystemExit(f"{function.__name__}{args}: {value} vs {fine} at {CHECK_DIGITS} digits")
    return value


def f(x):
    """A Rust f64 literal that parses to the same double."""
    text = repr(float(x))
    return text if ("." in text or "e" in text or "inf" in text) else text + ".0"


def g(value):
    """The reference value rounded to the nearest double, in the shortest form that reads
    back as that double (within half an ulp of the 50-digit value)."""
    return f(value)


SPOT = 100.0
TERMS = [0.5, 1.0, 7.0, 15.0]
VOLATILITIES = [0.2, 0.4, 0.6]
# (r, q): positive carry, zero rates, a negative rate, a yield above the rate.
RATES = [(0.05, 0.02), (0.0, 0.0), (-0.002, 0.01), (0.01, 0.04)]
# (strike, barrier): each side with the barrier above and below the strike, and one barrier
# 1 % from the spot.
PAIRS = {
    "Down": [(100.0, 80.0), (120.0, 90.0), (70.0, 80.0), (85.0, 95.0), (90.0, 99.0)],
    "Up": [(90.0, 130.0), (100.0, 150.0), (80.0, 110.0), (140.0, 120.0), (100.0, 101.0)],
}


def main():
    mp.mp.dps = DIGITS
    print("// kind, spot, strike, barrier, term_years, volatility, risk_free_rate, dividend_yield, value")
    print("#[rustfmt::skip]")
    print("const BARRIER_CALLS: &[CallRow] = &[")
    index = 0
    for side in ("Down", "Up"):
        for strike, barrier in PAIRS[side]:
            for term in TERMS:
                for vol in VOLATILITIES:
                    r, q = RATES[index % len(RATES)]
                    index += 1
                    for kind in (side + "AndOut", side + "AndIn"):
                        value = checked(barrier_call, kind, SPOT, strike, barrier, term, vol, r, q)
                        print(
                            f"    ({kind}, {f(SPOT)}, {f(strike)}, {f(barrier)}, {f(term)}, "
                            f"{f(vol)}, {f(r)}, {f(q)}, {g(value)}),"
                        )
    print("];")
    print()
    print("// down, rebate, spot, barrier, term_years, volatility, risk_free_rate, dividend_yield, value")
    print("#[rustfmt::skip]")
    print("const REBATES: &[RebateRow] = &[")
    rebate_rates = RATES + [(-0.001, 0.0), (0.02, -0.01)]
    index = 0
    for down, barriers, rebate in (
        (True, [50.0, 80.0, 99.0], -30.0),
        (False, [101.0, 130.0, 200.0], 5.0),
    ):
        for barrier in barriers:
            for term in TERMS:
                for vol in VOLATILITIES:
                    r, q = rebate_rates[index % len(rebate_rates)]
                    index += 1
                    rebate_row(down, rebate, barrier, term, vol, r, q)
    # A negative rate with a negative yield, outside the band where lambda would be imaginary
    # (mu^2 + 2r/sigma^2 = 0.140625, 0.140625 and 0.0612 here).
    rebate_row(True, -30.0, 80.0, 7.0, 0.2, -0.005, -0.05)
    rebate_row(False, 5.0, 130.0, 7.0, 0.2, -0.005, -0.05)
    rebate_row(True, -30.0, 80.0, 7.0, 0.3, -0.001, -0.02)
    print("];")


def rebate_row(down, rebate, barrier, term, vol, r, q):
    value = checked(rebate_at_hit, down, rebate, SPOT, barrier, term, vol, r, q)
    print(
        f"    ({'true' if down else 'false'}, {f(rebate)}, {f(SPOT)}, {f(barrier)}, "
        f"{f(term)}, {f(vol)}, {f(r)}, {f(q)}, {g(value)}),"
    )


if __name__ == "__main__":
    main()
