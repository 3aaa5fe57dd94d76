#!/usr/bin/env python3
"""Independent Black-Scholes reference values for tests/black_scholes.rs.

Rerun from the crate root with:

    pip install mpmath        # any mpmath >= 1.0
    python3 tests/reference/generate_bs_reference.py > tests/reference/black_scholes.csv

Every input is a binary64 value (written with repr(), so Rust parses back the identical
double) and is taken *exactly* by mpmath; the formula is then evaluated with 60 significant
digits, so the CSV holds the exact formula value at the exact double inputs, rounded to
17 significant digits.  Every case is evaluated again with 100 digits and the script aborts
if any value disagrees beyond 1e-30 relative: that guards against cancellation inside the
formula at 60 digits (deep out of the money the two terms agree to about 10 digits).

Columns: inputs, then price and the Greeks (delta, gamma, vega per 1.00 of sigma, theta per
year = -dC/dT, rho per 1.00 of r), d1, d2, cond_abs = sum over every input p of
|p * dC/dp|: the change of C when every input moves by one relative unit (eps * cond_abs is
the size of the error that rounding the inputs to doubles alone can cause; the Rust test uses
it as the documented absolute fallback where 1e-12 relative is out of reach), and the put
P = X e^(-rT) N(-d2) - S e^(-qT) N(-d1) (the part of C the amount per right's exact ceiling
takes from double precision; tests/black_scholes.rs checks the evaluation's error bounds
against price and put).
"""

import itertools

import mpmath as mp

mp.mp.dps = 60


def ncdf(x):
    return mp.erfc(-x / mp.sqrt(2)) / 2


def npdf(x):
    return mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)


def reference(spot, strike, term, vol, r, q):
    S, X, T, v, R, Q = (mp.mpf(a) for a in (spot, strike, term, vol, r, q))
    sq = mp.sqrt(T)
    d1 = (mp.log(S / X) + (R - Q + v * v / 2) * T) / (v * sq)
    d2 = d1 - v * sq
    ds = S * mp.exp(-Q * T)  # discounted spot
    dk = X * mp.exp(-R * T)  # discounted strike
    call = ds * ncdf(d1) - dk * ncdf(d2)
    delta = mp.exp(-Q * T) * ncdf(d1)
    gamma = mp.exp(-Q * T) * npdf(d1) / (S * v * sq)
    vega = ds * npdf(d1) * sq
    theta = -ds * npdf(d1) * v / (2 * sq) - R * dk * ncdf(d2) + Q * ds * ncdf(d1)
    rho = X * T * mp.exp(-R * T) * ncdf(d2)
    cond = (
        abs(S * delta)
        + abs(dk * ncdf(d2))  # |X dC/dX|
        + abs(v * vega)
        + abs(T * theta)
        + abs(R * rho)
        + abs(Q * T * ds * ncdf(d1))  # |q dC/dq|
    )
    # The put, from its own tails: the part of C the amount per right's exact ceiling takes
    # from double precision (C = S e^(-qT) - X e^(-rT) + P).
    put = dk * ncdf(-d2) - ds * ncdf(-d1)
    return [call, delta, gamma, vega, theta, rho, d1, d2, cond, put]


def fmt(x):
    return mp.nstr(x, 17, min_fixed=0, max_fixed=0, strip_zeros=False)


def cases():
    # Main grid: moneyness x term x volatility x rates (q above r in two of the rate pairs).
    spot = 3000.0
    ratios = [1e-4, 1e-2, 0.5, 0.9, 1.0, 1.1, 2.0, 100.0, 1e4]  # S / X
    terms = [1.0 / 365.0, 0.25, 1.0, 5.0, 15.0, 40.0]
    vols = [0.001, 0.05, 0.3, 1.0, 3.0]
    rates = [(0.02, 0.005), (-0.005, 0.0), (0.0, 0.0), (0.01, 0.03)]
    for ratio, term, vol, (r, q) in itertools.product(ratios, terms, vols, rates):
        yield spot, spot / ratio, term, vol, r, q
    # The 1-yen strike (stock-compensation options): what the desk prices most.
    for spot, term, vol in itertools.product(
        [2500.0, 3000.0, 3421.5], [10.0, 15.0, 20.0], [0.3, 0.45, 0.5, 0.55]
    ):
        yield spot, 1.0, term, vol, 0.02, 0.005
    yield 2987.0, 1.0, 15.0, 0.4869, 0.0123, 0.0051
    yield 3000.0, 1.0, 15.0, 0.5, -0.001, 0.0
    # Near the money with tiny sigma*sqrt(T): the two terms nearly cancel.
    for strike in [2999.0, 3000.0, 3001.0, 3000.3, 2999.97]:
        for term, vol in [(1.0 / 365.0, 0.001), (0.1, 0.002), (1.0, 0.01)]:
            yield 3000.0, strike, term, vol, 0.001, 0.0
    # Forward exactly or nearly at the strike: ln(S/X) cancels the drift (r - q) T.
    yield 3000.0, 3000.0 * float(mp.exp(mp.mpf(0.01) - mp.mpf(0.03))), 1.0, 0.05, 0.01, 0.03
    yield 3000.0, 2900.0, 2.0, 0.3, -0.02, 0.03
    # Ill-conditioned on purpose: ln(S/X) of about 0.4 and 1.5 cancelled by (r - q)T with a
    # tiny sigma*sqrt(T): rounding the inputs alone moves C by up to about 1e-12 relative.
    yield 3000.0, 3000.0 * float(mp.exp(mp.mpf("0.4"))), 2.0, 0.001, 0.2, 0.0
    yield 3000.0, 3000.0 * float(mp.exp(mp.mpf("1.5"))), 2.0, 0.001, 0.75, 0.0
    yield 3000.0, 3000.0 * float(mp.exp(mp.mpf("1.5"))), 2.0, 0.001, 0.8, 0.05
    # Extremes of the accepted ranges.
    yield 3000.0, 3000.0, 100.0, 5.0, 0.05, 0.0
    yield 3000.0, 3000.0, 100.0, 0.001, -1.0, 1.0
    yield 3000.0, 3000.0, 0.5, 5.0, 1.0, -1.0
    yield 1e-3, 1e3, 1.0, 0.3, 0.0, 0.0
    yield 42.0, 40.0, 0.5, 0.2, 0.1, 0.0  # Hull
    yield 42.0, 40.0, 0.5, 0.2, 0.1, 0.03
    # Deep out of the money but still far above underflow.
    for strike, vol in [(6000.0, 0.05), (4500.0, 0.02), (3300.0, 0.005), (30000.0, 0.3)]:
        yield 3000.0, strike, 1.0, vol, 0.01, 0.0
    # S / X overflows or underflows a double: ln(S/X) taken as ln S - ln X.
    yield 1e200, 1e-200, 1.0, 0.3, 0.01, 0.0
    yield 1e-200, 1e200, 1.0, 0.3, 0.01, 0.0


def main():
    print("spot,strike,term_years,volatility,risk_free_rate,dividend_yield,"
          "price,delta,gamma,vega,theta,rho,d1,d2,cond_abs,put")
    for case in cases():
        values = reference(*case)
        with mp.workdps(100):
            check = reference(*case)
        for a, b in zip(values, check):
            if abs(a - b) > mp.mpf("1e-30") * abs(b):
                raise SystemExit(f"precision check failed for {case}")
        print(",".join([repr(float(c)) for c in case] + [fmt(v) for v in values]))


if __name__ == "__main__":
    main()
