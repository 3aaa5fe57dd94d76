#!/usr/bin/env python3
"""Deterministic reference values for daily-monitored barrier calls (issue 15).

Method
------
Backward induction on a uniform grid in x = ln S.  Between two consecutive
monitoring dates the value is carried back by convolving with the exact
Gaussian transition density of x over that interval (the step length is the
actual calendar-day gap / 365, so weekends and holidays give longer steps).
The monitoring condition is applied at every monitoring date, including the
expiry date.  No condition applies at the valuation date itself.

Numerical details (all chosen so that the grid error has a clean expansion in
even powers of h, which Richardson extrapolation then removes):

* The value is carried in the share numeraire, U = V / S.  The backward step
  then reads  U(x, t_{i-1}) = e^{-q dt} * integral U(y, t_i) phi_s(y - x - m) dy
  with s = sigma sqrt(dt), m = (r - q + sigma^2/2) dt.  This is exactly the
  discounted risk-neutral expectation of V under GBM (change of numeraire),
  and keeps |U| <= about 1 everywhere, so the FFT round-off stays ~1e-15.
* The integral is the trapezoidal rule on the grid (spectrally accurate for the
  smooth Gaussian kernel: aliasing error ~ exp(-2 pi^2 s^2 / h^2) is far below
  1e-30 for every grid used).  The kernel is cut at 12 s.
* The barrier ln H and the spot ln S0 are both grid nodes (h = ln(S0/H)/m).
  Across the barrier the value jumps; the node at the barrier gets the mean of
  the left and right limits (trapezoidal rule on each side), so the local
  error is -h^2/12 f'(a) + h^4/720 f'''(a) - ...  (Euler-Maclaurin): even
  powers of h.
* The last step (last business day before expiry -> expiry) is done in closed
  form, so the kink of max(S-K,0) and the barrier test at expiry never meet the
  grid.
* Knock-in = plain call - knock-out on the same grid (same h, same node
  alignment; the plain call's grid extends past the barrier).  The plain call
  on the grid is also reported next to the Black-Scholes price.
* Error estimate: runs at h0 = ~0.004 and h0/2, h0/4, h0/8 (h0 = ln(S0/H)/m).
  From the three finest, a = V_{h0/2}, b = V_{h0/4}, c = V_{h0/8}:
  R1 = (4b - a)/3,  R2 = (4c - b)/3  (h^2 term removed),
  R  = (16 R2 - R1)/15 (h^4 term removed too) is the reported value, and
  max(|R - R2|, |R - the same extrapolation from h0, h0/2, h0/4|) is the
  reported error estimate -- a pessimistic one: it is the size of the last
  correction applied, or the change from dropping the finest grid.
  The successive-difference ratios (expected 4 for an h^2 leading error) are
  printed as the convergence check.

Usage:  python3 tests/reference/generate_daily_barrier_reference.py [--dates FILE] [--out JSON] [--quick]
Needs numpy only.
"""

import argparse
import datetime as dt
import json
import math
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
VALUATION = dt.date(2026, 12, 7)
SQRT2 = math.sqrt(2.0)
KERNEL_STDS = 12.0


def ncdf(x):
    return 0.5 * math.erfc(-x / SQRT2)


_erfc = np.frompyfunc(math.erfc, 1, 1)   # numpy has no erfc; exact, only called once per run


def ncdf_arr(x):
    x = np.asarray(x, dtype=float)
    return 0.5 * np.asarray(_erfc(-x / SQRT2), dtype=float)


# ----------------------------------------------------------------------------
# closed forms
# ----------------------------------------------------------------------------

def bs_call(S, K, T, r, q, sig):
    sq = sig * math.sqrt(T)
    d1 = (math.log(S / K) + (r - q + 0.5 * sig * sig) * T) / sq
    return S * math.exp(-q * T) * ncdf(d1) - K * math.exp(-r * T) * ncdf(d1 - sq)


def piece_over_S(S, K, a, b, tau, r, q, sig):
    """e^{-r tau} E[(S_tau - K) 1{a < S_tau < b}] / S   for an array S (closed form).

    a = 0 means no lower bound, b = inf means no upper bound."""
    S = np.asarray(S, dtype=float)
    sq = sig * math.sqrt(tau)
    lnF = np.log(S) + (r - q) * tau

    def n1n2(level):
        if level <= 0.0:
            return np.ones_like(S), np.ones_like(S)
        if math.isinf(level):
            return np.zeros_like(S), np.zeros_like(S)
        d1 = (lnF - math.log(level) + 0.5 * sq * sq) / sq
        return ncdf_arr(d1), ncdf_arr(d1 - sq)

    a1, a2 = n1n2(a)
    b1, b2 = n1n2(b)
    return math.exp(-q * tau) * (a1 - b1) - (K / S) * math.exp(-r * tau) * (a2 - b2)


def continuous_down_out_call(S, K, H, T, r, q, sig):
    """Continuously monitored down-and-out call, H <= K (Merton / Reiner-Rubinstein)."""
    assert H <= K
    lam = (r - q + 0.5 * sig * sig) / (sig * sig)
    sq = sig * math.sqrt(T)
    y = math.log(H * H / (S * K)) / sq + lam * sq
    cdi = (S * math.exp(-q * T) * (H / S) ** (2 * lam) * ncdf(y)
           - K * math.exp(-r * T) * (H / S) ** (2 * lam - 2) * ncdf(y - sq))
    return bs_call(S, K, T, r, q, sig) - cdi


# ----------------------------------------------------------------------------
# the grid engine
# ----------------------------------------------------------------------------

KINDS = ("plain", "ko_down", "ko_up", "fe_down")


def _fast_len(n):
    """smallest 2^a 3^b 5^c >= n"""
    best = 1 << (n - 1).bit_length()
    f5 = 1
    while f5 < best:
        f35 = f5
        while f35 < best:
            f = f35
            while f < n:
                f *= 2
            best = min(best, f)
            f35 *= 3
        f5 *= 5
    return best


class Convolver:
    """trapezoidal-rule convolution of a grid function with a Gaussian, via FFT."""

    def __init__(self, n, h, max_half_width):
        self.n = n
        self.h = h
        self.M = max_half_width
        self.L = _fast_len(n + 2 * self.M + 1)
        self.cache = {}

    def kernel_fft(self, s, mean):
        key = (round(s, 15), round(mean, 15))
        kf = self.cache.get(key)
        if kf is None:
            M = self.M
            k = np.arange(-M, M + 1)
            z = (k * self.h - mean) / s
            c = self.h * np.exp(-0.5 * z * z) / (s * math.sqrt(2 * math.pi))
            c[np.abs(z) > KERNEL_STDS] = 0.0
            c_rev = c[::-1].copy()
            kf = np.fft.rfft(c_rev, self.L)
            self.cache[key] = kf
        return kf

    def apply(self, u, s, mean):
        kf = self.kernel_fft(s, mean)
        y = np.fft.irfft(np.fft.rfft(u, self.L) * kf, self.L)
        return y[self.M:self.M + self.n]


def grid_value(kind, S0, K, H, r, q, sig, times, h, top_stds=11.0, bottom_stds=11.0,
               return_grid=False):
    """Value per share at S0 of a call with condition `kind` monitored at `times`.

    times: increasing array of monitoring times (years), last one = expiry.
    h: grid step in ln S; ln(S0/H) must be an integer multiple of h (checked).
    kind:  plain    no condition
           ko_down  worthless at the first close < H
           ko_up    worthless at the first close > H
           fe_down  at the first close < H the holder receives S - K
    The grid always has ln H and ln S0 as nodes; for 'plain' it extends on
    both sides of ln H, so knock-in = plain - knock-out uses the same nodes.
    """
    times = np.asarray(times, dtype=float)
    T = times[-1]
    dts = np.diff(np.concatenate(([0.0], times)))
    x0 = math.log(S0)
    xb = math.log(H)
    m = (x0 - xb) / h
    mi = int(round(m))
    if abs(m - mi) > 1e-9:
        raise ValueError("ln(S0/H) is not a multiple of h")
    s_max = sig * math.sqrt(dts.max())
    drift_u = r - q + 0.5 * sig * sig          # drift of x in the share measure
    mean_max = abs(drift_u) * dts.max()
    kw = KERNEL_STDS * s_max + mean_max        # kernel half-width in x
    M = int(math.ceil(kw / h)) + 1
    sT = sig * math.sqrt(T)
    hi_pad = top_stds * sT + abs(drift_u) * T + kw
    lo_pad = bottom_stds * sT + abs(drift_u) * T + kw

    # node j has x = xb + j*h; choose the index range
    if kind == "ko_down":
        j_lo = 0                                   # nothing below the barrier matters
        j_hi = int(math.ceil((x0 + hi_pad - xb) / h))
    elif kind == "fe_down":
        j_lo = -M - 1                              # one kernel width below the barrier
        j_hi = int(math.ceil((x0 + hi_pad - xb) / h))
    elif kind == "ko_up":
        j_lo = int(math.floor((x0 - lo_pad - xb) / h))
        j_hi = 0
    elif kind == "plain":
        j_lo = int(math.floor((min(x0, xb) - lo_pad - xb) / h))
        j_hi = int(math.ceil((max(x0, xb) + hi_pad - xb) / h))
    else:
        raise ValueError(kind)
    j = np.arange(j_lo, j_hi + 1)
    x = xb + j * h
    S = np.exp(x)
    n = len(x)
    ib = -j_lo            # index of the barrier node
    i0 = ib + mi          # index of the spot node
    conv = Convolver(n, h, M)

    # ---- last step in closed form: value at the last monitoring date before expiry
    # of what the expiry close pays (the condition at expiry included)
    tau = dts[-1]
    if kind == "plain":
        U = piece_over_S(S, K, K, math.inf, tau, r, q, sig)
    elif kind == "ko_down":
        U = piece_over_S(S, K, max(K, H), math.inf, tau, r, q, sig)
    elif kind == "ko_up":
        U = piece_over_S(S, K, K, max(H, K), tau, r, q, sig) if H > K else np.zeros(n)
    elif kind == "fe_down":
        # (S-K)^+ if S >= H, S-K if S < H
        U = (piece_over_S(S, K, max(K, H), math.inf, tau, r, q, sig)
             + piece_over_S(S, K, 0.0, H, tau, r, q, sig))
    dead_fe = 1.0 - K / S  # forced-exercise value over S

    def condition(C):
        """C = continuation value (over S) on the grid at a monitoring date.
        Returns the array used as integrand for the previous step: the dead
        side replaced, the barrier node holding the mean of both limits."""
        W = C.copy()
        if kind == "ko_down":
            W[:ib] = 0.0
            W[ib] = 0.5 * C[ib]
        elif kind == "ko_up":
            W[ib + 1:] = 0.0
            W[ib] = 0.5 * C[ib]
        elif kind == "fe_down":
            W[:ib] = dead_fe[:ib]
            W[ib] = 0.5 * (C[ib] + dead_fe[ib])
        return W

    # monitoring dates t_1 .. t_{N-1} (t_N = expiry was folded into the closed form)
    N = len(times)
    W = condition(U)                               # condition at t_{N-1}
    for k in range(N - 2, -1, -1):                 # step from t_{k+1} back to t_k
        d = dts[k]                                 # t_{k+1} - t_k  (t_0 = 0 when k = 0)
        C = math.exp(-q * d) * conv.apply(W, sig * math.sqrt(d), drift_u * d)
        W = condition(C) if k > 0 else C           # no condition at the valuation date
    value = S0 * W[i0]
    if return_grid:
        return value, dict(h=h, nodes=n, x_min=float(x[0]), x_max=float(x[-1]),
                           kernel_half_width_nodes=M)
    return value


# ----------------------------------------------------------------------------
# cases, Richardson
# ----------------------------------------------------------------------------

def load_times(dates_file, expiry):
    with open(dates_file) as f:
        dates = [dt.date.fromisoformat(l.strip()) for l in f if l.strip()]
    dates = [d for d in dates if VALUATION < d <= expiry]
    if dates[-1] != expiry:
        raise SystemExit(f"expiry {expiry} is not a business day in {dates_file}")
    days = np.array([(d - VALUATION).days for d in dates], dtype=float)
    return days / 365.0, dates


def richardson(vals):
    """vals = [V_h, V_h/2, V_h/4, ...] (3 or more levels).

    The reported value comes from the three finest levels, call them
    a = V_k, b = V_k/2, c = V_k/4:
        R1 = (4b - a)/3,  R2 = (4c - b)/3  (h^2 term removed),
        value = (16 R2 - R1)/15            (h^4 term removed too).
    error_estimate = max(|value - R2|, |value - value from the next-coarser
    triple|) when a fourth (coarser) level exists, else |value - R2|."""
    v = vals
    R1 = (4 * v[-2] - v[-3]) / 3
    R2 = (4 * v[-1] - v[-2]) / 3
    R = (16 * R2 - R1) / 15
    err = abs(R - R2)
    out = dict(R1=R1, R2=R2, value=R)
    if len(v) >= 4:
        P1 = (4 * v[-3] - v[-4]) / 3
        Rc = (16 * R1 - P1) / 15
        out["value_coarser_triple"] = Rc
        err = max(err, abs(R - Rc))
    out["error_estimate"] = err
    out["ratios"] = [(v[i] - v[i + 1]) / (v[i + 1] - v[i + 2]) if v[i + 1] != v[i + 2] else float("nan")
                     for i in range(len(v) - 2)]
    return out


def value_case(case, times, h_target, levels):
    S0, K, H, r, q, sig = (case[k] for k in ("S", "K", "H", "r", "q", "sigma"))
    span = abs(math.log(S0 / H))
    m0 = max(1, int(round(span / h_target)))
    h0 = span / m0
    kind = case["kind"]
    vals, plains, kos, grids = [], [], [], []
    for lvl in range(levels):
        h = h0 / 2 ** lvl
        if kind in ("ki_up", "ki_down"):
            ko_kind = "ko_up" if kind == "ki_up" else "ko_down"
            ko, g = grid_value(ko_kind, S0, K, H, r, q, sig, times, h, return_grid=True)
            pl, gp = grid_value("plain", S0, K, H, r, q, sig, times, h, return_grid=True)
            vals.append(pl - ko)
            plains.append(pl)
            kos.append(ko)
            grids.append(dict(knock_out=g, plain=gp))
        else:
            v, g = grid_value(kind, S0, K, H, r, q, sig, times, h, return_grid=True)
            vals.append(v)
            grids.append(g)
    res = richardson(vals)
    res["raw"] = vals
    res["h"] = [h0 / 2 ** l for l in range(levels)]
    res["grids"] = grids
    if plains:
        res["plain_raw"] = plains
        res["knock_out_raw"] = kos
        res["plain_richardson"] = richardson(plains)["value"]
        res["knock_out_richardson"] = richardson(kos)["value"]
    return res


KIND_TEXT = {
    "ko_down": "knock-out below H (first close < H: worthless)",
    "ko_up": "knock-out above H (first close > H: worthless)",
    "ki_up": "knock-in above H (= plain - knock-out above, same grid)",
    "ki_down": "knock-in below H (= plain - knock-out below, same grid)",
    "fe_down": "forced exercise below H (first close < H: receive S - K that day)",
}


def cases():
    base = dict(S=1000.0, K=1000.0, q=0.01, r=0.005, sigma=0.40, expiry="2031-12-05")
    out = []

    def add(name, **kw):
        c = dict(base)
        c.update(kw)
        c["name"] = name
        out.append(c)

    add("ko_down_500", kind="ko_down", H=500.0)
    add("ko_down_800", kind="ko_down", H=800.0)
    add("ko_up_1500", kind="ko_up", H=1500.0)
    add("ki_up_1500", kind="ki_up", H=1500.0)
    add("ki_down_800", kind="ki_down", H=800.0)
    add("fe_down_500", kind="fe_down", H=500.0)
    add("fe_down_800", kind="fe_down", H=800.0)
    add("ko_down_800_sigma25_2y", kind="ko_down", H=800.0, sigma=0.25, expiry="2028-12-05")
    add("ko_down_800_r0", kind="ko_down", H=800.0, r=0.0)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dates", default=os.path.join(HERE, "dates-2026-12-07-to-2031-12-05.txt"))
    ap.add_argument("--out", default=os.path.join(HERE, "daily_barrier.json"))
    ap.add_argument("--h", type=float, default=0.004, help="coarsest grid step in ln S")
    ap.add_argument("--levels", type=int, default=4, help="number of grids: h, h/2, h/4, ...; the finest three are extrapolated")
    ap.add_argument("--quick", action="store_true", help="skip the checks")
    args = ap.parse_args()

    t_start = time.time()
    results = []
    print(f"dates file: {args.dates}")
    for c in cases():
        expiry = dt.date.fromisoformat(c["expiry"])
        times, dates = load_times(args.dates, expiry)
        t0 = time.time()
        res = value_case(c, times, args.h, args.levels)
        el = time.time() - t0
        entry = dict(
            name=c["name"], kind=c["kind"], description=KIND_TEXT[c["kind"]],
            S=c["S"], K=c["K"], H=c["H"], r=c["r"], q=c["q"], sigma=c["sigma"],
            valuation_date=VALUATION.isoformat(), expiry=c["expiry"],
            monitoring_dates=len(times), first_monitoring=dates[0].isoformat(),
            T_years=float(times[-1]), time_convention="calendar days / 365",
            value=res["value"], error_estimate=res["error_estimate"],
            relative_error_estimate=res["error_estimate"] / abs(res["value"]),
            grid=dict(method="Gaussian-density convolution on uniform ln S grid, "
                             "trapezoid with half-weight barrier node, FFT, share numeraire, "
                             "last step closed form",
                      h=res["h"], raw_values=res["raw"],
                      richardson_h2_removed_finest_pairs=[res["R1"], res["R2"]],
                      extrapolation_used="value=(16*R2-R1)/15 from the three finest h; "
                                         "error=max(|value-R2|, |value-value from the coarser triple|)",
                      value_from_coarser_triple=res.get("value_coarser_triple"),
                      convergence_ratios=res["ratios"],
                      kernel_cut_stds=KERNEL_STDS, details=res["grids"]),
            seconds=el,
        )
        if "plain_raw" in res:
            entry["plain_call_on_grid"] = res["plain_richardson"]
            entry["knock_out_on_grid"] = res["knock_out_richardson"]
            entry["plain_call_black_scholes"] = bs_call(c["S"], c["K"], times[-1], c["r"], c["q"], c["sigma"])
        results.append(entry)
        print(f"{c['name']:26s} {res['value']:.10f} +- {res['error_estimate']:.2e} "
              f"(rel {entry['relative_error_estimate']:.1e})  raw {['%.9f' % v for v in res['raw']]}"
              f"  ratios {' '.join('%.3f' % x for x in res['ratios'])}"
              f"  coarser-triple {res.get('value_coarser_triple', float('nan')):.10f}  [{el:.1f}s]")
        if "plain_raw" in res:
            print(f"{'':26s} plain on grid {entry['plain_call_on_grid']:.10f}  "
                  f"Black-Scholes {entry['plain_call_black_scholes']:.10f}  "
                  f"diff {entry['plain_call_on_grid'] - entry['plain_call_black_scholes']:.2e}")

    checks = {}
    if not args.quick:
        checks = run_checks(args)

    out = dict(
        generated_by="daily_barrier_reference.py",
        generated_utc=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        numpy=np.__version__,
        valuation_date=VALUATION.isoformat(),
        dates_file=os.path.basename(args.dates),
        notes=[
            "value is per share, in the same units as S and K",
            "monitored closes: every TSE business day after the valuation date up to and including expiry",
            "t_i = (calendar days from 2026-12-07)/365; steps between consecutive closes use the actual gaps",
            "knock-out / knock-in conditions are strict: close < H (below) or close > H (above)",
            "forced exercise: at the first close < H the value is S - K (no max), paid that day",
            "error_estimate = |R - R2|, the last Richardson correction; the true error is normally far smaller",
        ],
        cases=results,
        checks=checks,
    )
    with open(args.out, "w") as f:
        json.dump(out, f, indent=2)
    print(f"\nwrote {args.out}")
    print_rust_table(results)
    print(f"\ntotal {time.time() - t_start:.1f}s")


def run_checks(args):
    checks = {}
    S0, K, r, q, sig = 1000.0, 1000.0, 0.005, 0.01, 0.40
    T = 1824 / 365.0
    print("\n== check 1: Black-Scholes limit, knock-out below H = 1e-6 * S, daily dates ==")
    times, _ = load_times(args.dates, dt.date(2031, 12, 5))
    H = 1e-6 * S0
    res = value_case(dict(S=S0, K=K, H=H, r=r, q=q, sigma=sig, kind="ko_down"), times, args.h, 3)
    bs = bs_call(S0, K, T, r, q, sig)
    print(f"grid (Richardson) {res['value']:.12f}   raw h={res['h'][0]:.5f}: {res['raw'][0]:.12f}  "
          f"Black-Scholes {bs:.12f}   diff {res['value'] - bs:.3e} (raw h: {res['raw'][0] - bs:.3e})")
    checks["black_scholes_far_barrier"] = dict(H=H, grid=res["value"], grid_raw=res["raw"],
                                               black_scholes=bs, diff=res["value"] - bs)

    print("\n== check 2: continuous limit, knock-out below H = 800, N uniform dates over T ==")
    H = 800.0
    cont = continuous_down_out_call(S0, K, H, T, r, q, sig)
    beta = 0.5825971579390106  # -zeta(1/2)/sqrt(2 pi)
    rows = []
    for N in (1222, 4888, 19552, 78208):
        tt = T * np.arange(1, N + 1) / N
        dtu = T / N
        s = sig * math.sqrt(dtu)
        h_t = min(args.h, s / 5.0)
        r_ = value_case(dict(S=S0, K=K, H=H, r=r, q=q, sigma=sig, kind="ko_down"), tt, h_t, 3)
        bgk = continuous_down_out_call(S0, K, H * math.exp(-beta * s), T, r, q, sig)
        rows.append(dict(N=N, discrete=r_["value"], err_est=r_["error_estimate"],
                         diff_vs_continuous=r_["value"] - cont, diff_vs_bgk_shifted=r_["value"] - bgk,
                         bgk_shifted=bgk, h=r_["h"][0]))
        print(f"N={N:6d}  discrete {r_['value']:.10f} (+-{r_['error_estimate']:.1e})  "
              f"- continuous {cont:.10f} = {r_['value'] - cont:+.3e}   "
              f"- BGK-shifted continuous {bgk:.10f} = {r_['value'] - bgk:+.3e}   "
              f"diff*sqrt(N) {(r_['value'] - cont) * math.sqrt(N):+.4f}")
    # extrapolate in 1/sqrt(N): discrete = cont + a/sqrt(N) + b/N + ...
    d = [row["discrete"] for row in rows]
    # with N quadrupling, 1/sqrt(N) halves: remove the 1/sqrt(N) term, then the 1/N term
    e1 = [2 * d[i + 1] - d[i] for i in range(len(d) - 1)]
    e2 = [(4 * e1[i + 1] - e1[i]) / 3 for i in range(len(e1) - 1)]
    e3 = [(8 * e2[i + 1] - e2[i]) / 7 for i in range(len(e2) - 1)]
    print(f"extrapolated to N -> infinity, removing N^-1/2 and N^-1: {e2[-1]:.10f} "
          f"(diff {e2[-1] - cont:+.3e}); also N^-3/2: {e3[-1]:.10f} (diff {e3[-1] - cont:+.3e}); "
          f"continuous closed form {cont:.10f}")
    checks["continuous_limit"] = dict(H=H, T=T, continuous_closed_form=cont, rows=rows,
                                      extrapolated_to_N_inf=e3[-1], extrapolated_diff=e3[-1] - cont,
                                      extrapolation="Richardson in 1/sqrt(N): terms N^-1/2, N^-1, N^-3/2 removed")
    return checks


def print_rust_table(results):
    kind_rust = {"ko_down": "KnockOutBelow", "ko_up": "KnockOutAbove", "ki_up": "KnockInAbove",
                 "ki_down": "KnockInBelow", "fe_down": "ForcedExerciseBelow"}
    print("\n// Rust-ready table (generated by daily_barrier_reference.py)")
    print("// valuation 2026-12-07; every TSE business-day close after it up to and including expiry;")
    print("// t = calendar days / 365; value per share; err = Richardson error estimate (see the JSON).")
    print("// (name, condition, S, K, H, r, q, sigma, expiry, n_dates, value, err)")
    print("pub const DAILY_BARRIER_REFERENCE: &[(&str, &str, f64, f64, f64, f64, f64, f64, &str, usize, f64, f64)] = &[")
    for e in results:
        print(f'    ("{e["name"]}", "{kind_rust[e["kind"]]}", {e["S"]:.1f}, {e["K"]:.1f}, {e["H"]:.1f}, '
              f'{e["r"]!r}, {e["q"]!r}, {e["sigma"]!r}, "{e["expiry"]}", {e["monitoring_dates"]}, '
              f'{e["value"]:.10f}, {e["error_estimate"]:.1e}),')
    print("];")


if __name__ == "__main__":
    main()
