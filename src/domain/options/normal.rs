//! The standard normal distribution, evaluated so that deep tails keep full relative accuracy.
//!
//! `libm::erfc` (the musl port) is accurate to about one ulp for the argument it is given, but
//! `erfc(-x/√2)` for very negative `x` loses accuracy through the rounding of `x/√2` (the
//! relative error grows like `x²·ε`). Below `x = -1` the tail is therefore written as
//! `φ(x)·R(-x)`, with the Mills ratio `R` evaluated from quantities that are insensitive to that
//! rounding.
//!
//! From `|x| = 1.768` on (`erfc` argument 1.25) the tail is `½·exp(−x²/2 + c(x/√2))/(x/√2)`,
//! where `c` is the rational correction of musl's `erfc` (the same coefficients `libm::erfc`
//! uses there) and `x²` is carried exactly: one `exp` instead of `erfc`'s two, and no
//! sensitivity to the rounding of `x/√2` (`c` varies slowly).
//!
//! Exact products use Dekker's two-product (Veltkamp split) in plain arithmetic: `mul_add` is a
//! software call on baseline x86_64.

use std::f64::consts::FRAC_1_SQRT_2;

use super::dd::split;

/// 1/√(2π).
const FRAC_1_SQRT_2PI: f64 = 0.398_942_280_401_432_7;
/// √(π/2): turns the scaled complementary error function into the Mills ratio.
const SQRT_FRAC_PI_2: f64 = 1.253_314_137_315_500_3;
/// Above this the Mills ratio comes from its continued fraction (no `erfc` underflow there).
const MILLS_CONTINUED_FRACTION_FROM: f64 = 32.0;
/// From here on (`erfc` argument `x/√2 ≥ 1.25`) tails come from [`upper_tail`].
const TAIL_FROM: f64 = 1.768;
/// Beyond this N(−x) underflows to 0 (N(−39) ≈ 8e−335).
const TAIL_UNDERFLOW: f64 = 39.0;
/// Number of moments kept for the small-σ√T series (the series needs at most about 16).
pub(crate) const MOMENTS: usize = 24;

/// Standard normal density φ(x) = e^(−x²/2)/√(2π).
pub fn norm_pdf(x: f64) -> f64 {
    FRAC_1_SQRT_2PI * exp_minus_half_square(x)
}

/// Standard normal distribution function N(x) = ½·erfc(−x/√2).
///
/// For `x < −1` it returns the equal `φ(x)·R(−x)` instead (for `x ≤ −1.768` in the form of
/// [`upper_tail`]), which keeps relative accuracy down to the underflow threshold (about
/// `x = −38.5`). NaN in gives NaN out.
pub fn norm_cdf(x: f64) -> f64 {
    if x >= TAIL_FROM {
        1.0 - upper_tail(x)
    } else if x >= -1.0 {
        0.5 * libm::erfc(-x * FRAC_1_SQRT_2)
    } else if x > -TAIL_FROM {
        norm_pdf(x) * mills_ratio(-x)
    } else if x <= -TAIL_FROM {
        upper_tail(-x)
    } else {
        f64::NAN
    }
}

/// (N(x), N(−x)), each with the accuracy of [`norm_cdf`], sharing the tail evaluation.
pub(crate) fn norm_cdf_both(x: f64) -> (f64, f64) {
    if x >= TAIL_FROM {
        let tail = upper_tail(x);
        (1.0 - tail, tail)
    } else if x <= -TAIL_FROM {
        let tail = upper_tail(-x);
        (tail, 1.0 - tail)
    } else if x <= 0.0 {
        // The smaller of the two carries the relative accuracy; 1 − it is within half an ulp.
        let lower = norm_cdf(x);
        (lower, 1.0 - lower)
    } else if x > 0.0 {
        let upper = norm_cdf(-x);
        (1.0 - upper, upper)
    } else {
        (f64::NAN, f64::NAN)
    }
}

/// The rounding error of `x * x` (Dekker's two-product): `x * x + square_error(x)` is `x²`
/// exactly (for |x| below about 1e150, and without underflow).
#[inline]
pub(crate) fn square_error(x: f64) -> f64 {
    let square = x * x;
    let (high, low) = split(x);
    ((high * high - square) + 2.0 * high * low) + low * low
}

/// e^(−x²/2), with x² carried as an exact two-term sum so that the rounding of x² does not
/// cost relative accuracy when x² is in the hundreds.
pub(crate) fn exp_minus_half_square(x: f64) -> f64 {
    let square = x * x;
    let value = (-0.5 * square).exp();
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    value - value * 0.5 * square_error(x)
}

/// c(y) with erfc(y) = e^(−y² + c(y))/y for 1.25 ≤ y ≤ 28, given 1/y: musl's rational
/// approximations (those of `libm::erfc`, which computes the same quantity with two `exp`
/// calls).
#[allow(clippy::excessive_precision)]
fn erfc_tail_exponent(y: f64, inverse_y: f64) -> f64 {
    let s = inverse_y * inverse_y;
    let (r, big_s) = if y < 1.0 / 0.35 {
        const RA: [f64; 8] = [
            -9.86494403484714822705e-03,
            -6.93858572707181764372e-01,
            -1.05586262253232909814e+01,
            -6.23753324503260060396e+01,
            -1.62396669462573470355e+02,
            -1.84605092906711035994e+02,
            -8.12874355063065934246e+01,
            -9.81432934416914548592e+00,
        ];
        const SA: [f64; 8] = [
            1.96512716674392571292e+01,
            1.37657754143519042600e+02,
            4.34565877475229228821e+02,
            6.45387271733267880336e+02,
            4.29008140027567833386e+02,
            1.08635005541779435134e+02,
            6.57024977031928170135e+00,
            -6.04244152148580987438e-02,
        ];
        let r = RA[0]
            + s * (RA[1]
                + s * (RA[2] + s * (RA[3] + s * (RA[4] + s * (RA[5] + s * (RA[6] + s * RA[7]))))));
        let big_s = 1.0
            + s * (SA[0]
                + s * (SA[1]
                    + s * (SA[2]
                        + s * (SA[3] + s * (SA[4] + s * (SA[5] + s * (SA[6] + s * SA[7])))))));
        (r, big_s)
    } else {
        const RB: [f64; 7] = [
            -9.86494292470009928597e-03,
            -7.99283237680523006574e-01,
            -1.77579549177547519889e+01,
            -1.60636384855821916062e+02,
            -6.37566443368389627722e+02,
            -1.02509513161107724954e+03,
            -4.83519191608651397019e+02,
        ];
        const SB: [f64; 7] = [
            3.03380607434824582924e+01,
            3.25792512996573918826e+02,
            1.53672958608443695994e+03,
            3.19985821950859553908e+03,
            2.55305040643316442583e+03,
            4.74528541206955367215e+02,
            -2.24409524465858183362e+01,
        ];
        let r =
            RB[0] + s * (RB[1] + s * (RB[2] + s * (RB[3] + s * (RB[4] + s * (RB[5] + s * RB[6])))));
        let big_s = 1.0
            + s * (SB[0]
                + s * (SB[1] + s * (SB[2] + s * (SB[3] + s * (SB[4] + s * (SB[5] + s * SB[6]))))));
        (r, big_s)
    };
    r / big_s - 0.5625
}

/// N(−x) = 1 − N(x) = ½·erfc(x/√2) for x ≥ 1.768, with relative accuracy of a few ulps:
/// ½·e^(−x²/2 + c(y))/y with y = x/√2, x² exact as a two-term sum and the exponent as a
/// rounded sum plus its exact error (first order suffices: that error is below 1e−13).
pub(crate) fn upper_tail(x: f64) -> f64 {
    debug_assert!(x >= TAIL_FROM);
    if x >= TAIL_UNDERFLOW {
        return 0.0;
    }
    let y = x * FRAC_1_SQRT_2;
    let inverse_y = 1.0 / y;
    let high = -0.5 * (x * x);
    let low = erfc_tail_exponent(y, inverse_y) - 0.5 * square_error(x);
    // |high| ≥ 1.56 > |low|, so this Fast2Sum error is exact.
    let exponent = high + low;
    let exponent_error = (high - exponent) + low;
    let value = exponent.exp();
    0.5 * (value + value * exponent_error) * inverse_y
}

/// Mills ratio R(z) = (1 − N(z))/φ(z) = ∫₀^∞ e^(−zt − t²/2) dt, for z ≥ −37
/// (it overflows below that; callers stay above −2).
pub(crate) fn mills_ratio(z: f64) -> f64 {
    if z >= MILLS_CONTINUED_FRACTION_FROM {
        return 1.0 / (z + laplace_continued_fraction(z, 40, &mut []));
    }
    // R(z) = √(π/2)·erfcx(z/√2) with erfcx(y) = e^(y²)·erfc(y). erfcx is insensitive to the
    // rounding of y (relative condition ≤ 1). From y = 1.25 on erfcx(y) = e^(c(y))/y exactly
    // in musl's form; below it e^(y²) gets the exact two-term y².
    let y = z * FRAC_1_SQRT_2;
    if z >= TAIL_FROM {
        let inverse_y = 1.0 / y;
        return SQRT_FRAC_PI_2 * erfc_tail_exponent(y, inverse_y).exp() * inverse_y;
    }
    let square = y * y;
    let scale = square.exp();
    SQRT_FRAC_PI_2 * (scale + scale * square_error(y)) * libm::erfc(y)
}

/// ρ₁ of Laplace's continued fraction for the moments Mₖ(a) = ∫₀^∞ tᵏ e^(−at − t²/2) dt:
/// ρₖ = Mₖ/Mₖ₋₁ = k/(a + ρₖ₊₁), evaluated backwards from `extra + (20/a)²` levels (all terms
/// positive, so stable; a perturbation at level n is damped by about e^(−2a√n) ≤ e^(−40)).
/// Fills `ratios[k]` with ρₖ for the k the slice holds; needs a ≥ 1.
fn laplace_continued_fraction(a: f64, extra: usize, ratios: &mut [f64]) -> f64 {
    // a ≥ 1, so the level count is at most 400 + extra.
    let levels = (400.0 / (a * a)).ceil() as usize + extra;
    let mut rho = 0.0;
    for k in (1..=levels).rev() {
        rho = k as f64 / (a + rho);
        if let Some(slot) = ratios.get_mut(k) {
            *slot = rho;
        }
    }
    rho
}

/// The moments M₀(a) … M_MOMENTS(a) with Mₖ(a) = ∫₀^∞ tᵏ e^(−at − t²/2) dt (M₀ = R(a)).
///
/// For a ≥ 1 they come from the continued fraction as products of positive ratios; for
/// a < 1 from the forward recurrence Mₖ₊₁ = k·Mₖ₋₁ − a·Mₖ, which only subtracts there in a
/// mild way (a error growth of e^(2a√k) in terms that the series weights by (σ√T)ᵏ/k!).
pub(crate) fn mills_moments(a: f64) -> [f64; MOMENTS + 1] {
    let mut moments = [0.0; MOMENTS + 1];
    if a >= 1.0 {
        let mut ratios = [0.0; MOMENTS + 1];
        let rho1 = laplace_continued_fraction(a, MOMENTS + 16, &mut ratios);
        moments[0] = 1.0 / (a + rho1);
        for k in 1..=MOMENTS {
            moments[k] = moments[k - 1] * ratios[k];
        }
    } else {
        moments[0] = mills_ratio(a);
        moments[1] = 1.0 - a * moments[0];
        for k in 1..MOMENTS {
            moments[k + 1] = k as f64 * moments[k - 1] - a * moments[k];
        }
    }
    moments
}

/// D(u, s) = R(u) − R(u + s) > 0 for u ≥ −1 and s > 0, with relative accuracy.
///
/// When s is small against max(u + s, 1) the two Mills ratios nearly cancel, so the
/// difference is summed instead as the series of positive terms
/// D = Σₖ≥₁ sᵏ/k!·Mₖ(u + s) (the Taylor expansion of R around u + s, whose derivatives
/// alternate in sign). Otherwise the plain difference loses at most a factor of about 60.
pub(crate) fn mills_difference(u: f64, s: f64) -> f64 {
    let a = u + s;
    if s * 16.0 < a.max(1.0) {
        mills_difference_series(a, s)
    } else {
        mills_ratio(u) - mills_ratio(a)
    }
}

/// R(a − s) − R(a) = Σₖ≥₁ sᵏ/k!·Mₖ(a). With s < max(a, 1)/16 the terms fall by a factor of
/// about 16 or more each, so the 24 moments are more than enough.
fn mills_difference_series(a: f64, s: f64) -> f64 {
    let moments = mills_moments(a);
    let mut sum = 0.0;
    let mut coefficient = 1.0;
    for (k, moment) in moments.iter().enumerate().skip(1) {
        coefficient *= s / k as f64;
        let term = coefficient * moment;
        sum += term;
        if term <= sum * 1e-17 {
            break;
        }
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol * b.abs()
    }

    #[test]
    fn cdf_known_values() {
        // Values from mpmath at 50 digits.
        assert_eq!(norm_cdf(0.0), 0.5);
        assert!(close(norm_cdf(1.0), 0.841_344_746_068_542_9, 1e-15));
        assert!(close(norm_cdf(-1.5), 0.066_807_201_268_858_07, 1e-15));
        assert!(close(norm_cdf(-10.0), 7.619_853_024_160_526e-24, 1e-14));
        assert!(close(norm_cdf(-37.5), 4.605_353_009_581_955e-308, 1e-12));
        assert!(close(norm_cdf(-30.0), 4.906_713_927_148_187e-198, 1e-14));
        assert_eq!(norm_cdf(f64::NEG_INFINITY), 0.0);
        assert_eq!(norm_cdf(f64::INFINITY), 1.0);
        assert!(norm_cdf(f64::NAN).is_nan());
    }

    #[test]
    fn upper_tail_agrees_with_libm_erfc() {
        // Same rational approximation, one exp instead of two; where erfc's argument x/√2 is
        // exact (x = k·√2 rounded both ways agrees to a few ulps for moderate x) they agree.
        let mut x: f64 = TAIL_FROM;
        while x < 30.0 {
            let libm_value = 0.5 * libm::erfc(x * FRAC_1_SQRT_2);
            let tolerance = 8.0 * f64::EPSILON * (1.0 + x * x);
            assert!(
                close(upper_tail(x), libm_value, tolerance),
                "x = {x}: {} vs {libm_value}",
                upper_tail(x)
            );
            let (lower, upper) = norm_cdf_both(-x);
            assert_eq!(upper, 1.0 - lower);
            assert_eq!(lower, upper_tail(x));
            x += 0.0137;
        }
        assert!(close(upper_tail(10.0), 7.619_853_024_160_526e-24, 1e-14));
        assert_eq!(upper_tail(39.0), 0.0);
        assert_eq!(norm_cdf_both(f64::INFINITY), (1.0, 0.0));
        assert!(norm_cdf_both(f64::NAN).0.is_nan());
    }

    #[test]
    fn mills_ratio_both_sides_of_the_switch() {
        // R(z) from mpmath: sqrt(2 pi) exp(z^2/2) ncdf(-z).
        assert!(close(mills_ratio(1.0), 0.655_679_542_418_798_5, 2e-15));
        assert!(close(mills_ratio(31.9), 0.031_317_247_278_487_68, 2e-15));
        assert!(close(mills_ratio(32.1), 0.031_122_502_319_113_884, 2e-15));
        assert!(close(mills_ratio(-0.9), 3.066_460_372_995_891, 2e-15));
    }

    #[test]
    fn series_and_difference_agree_where_they_switch() {
        // At s = max(a, 1)/16 the plain difference loses at most ~60 × its few ulps, and the
        // series is as far from its convergence limit as it ever gets.
        let mut a: f64 = -0.8;
        while a < 200.0 {
            let s = a.max(1.0) / 16.0;
            let series = mills_difference_series(a, s);
            let difference = mills_ratio(a - s) - mills_ratio(a);
            assert!(
                close(series, difference, 5e-14),
                "a = {a}: {series} vs {difference}"
            );
            a += 0.37;
        }
    }

    #[test]
    fn moments_agree_between_methods() {
        // At a = 1 both the recurrence and the continued fraction apply.
        let cf = mills_moments(1.0);
        let mut fwd = [0.0; MOMENTS + 1];
        fwd[0] = mills_ratio(1.0);
        fwd[1] = 1.0 - fwd[0];
        for k in 1..6 {
            fwd[k + 1] = k as f64 * fwd[k - 1] - fwd[k];
        }
        for k in 0..6 {
            assert!(
                close(cf[k], fwd[k], 1e-13),
                "k = {k}: {} vs {}",
                cf[k],
                fwd[k]
            );
        }
    }
}
