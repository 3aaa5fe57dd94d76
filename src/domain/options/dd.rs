//! Double-double arithmetic: a value is the unevaluated sum `hi + lo` of two doubles with
//! `|lo| ≤ ulp(hi)/2`, about 106 significant bits (32 decimal digits).
//!
//! Only what the amount per right needs (see `amounts::exact`): the exact decimal inputs
//! brought in, sums, products, quotients and `exp`, each with a stated relative error in
//! units of u² = 2⁻¹⁰⁶ (u = 2⁻⁵³ is the unit roundoff of a double):
//!
//! | operation | bound | source |
//! | --- | --- | --- |
//! | [`Dd::from_decimal`] | exact for a whole number, else 4u² | one quotient by an exact 10^scale |
//! | [`Dd::add`], [`Dd::sub`] | 3u² | Joldes, Muller, Popescu (2017), "AccurateDWPlusDW" |
//! | [`Dd::mul_f64`] | 2u² | ibid., "DWTimesFP1" |
//! | [`Dd::mul`] | 7u² | ibid., "DWTimesDW1" |
//! | [`Dd::div_f64`], [`Dd::div`] | 4u², 16u² | ibid., "DWDivFP1"; QD's three-quotient division |
//! | [`Dd::exp`] | 2⁻⁹⁸ ≈ 3e-30 for \|x\| ≤ 200 | argument reduction by k·ln 2 (the error of k·ln 2 dominates), Taylor series of e^s − 1 for \|s\| ≤ 2⁻¹¹, ten squarings in e^s − 1 form |
//!
//! Exact products use Dekker's two-product with Veltkamp's split rather than `mul_add`:
//! `mul_add` is a software call on baseline x86_64 and some C runtimes' `fma` have been
//! wrong (the `twofloat` crate documents one), whereas the split is plain arithmetic,
//! exact for |a|, |b| below about 1e300. No operation here is used near that range.

use rust_decimal::Decimal;

/// A double-double number `hi + lo`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Dd {
    pub hi: f64,
    pub lo: f64,
}

/// s + e = a + b exactly, s = fl(a + b) (Knuth's two-sum).
#[inline]
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// Two-sum for |a| ≥ |b| (or a = 0): three operations instead of six.
#[inline]
fn quick_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, b - (s - a))
}

/// Veltkamp's split of `a` into two halves of 26 significant bits (|a| below about
/// 1e300); also behind the normal CDF's exact squares.
#[inline]
pub(super) fn split(a: f64) -> (f64, f64) {
    const SPLITTER: f64 = 134_217_729.0; // 2^27 + 1
    let c = SPLITTER * a;
    let high = c - (c - a);
    (high, a - high)
}

/// p + e = a·b exactly, p = fl(a·b) (Dekker's two-product).
#[inline]
fn two_prod(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    (p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
}

/// ln 2 as a double-double (hi is the double nearest ln 2, lo the next 53 bits).
const LN2: Dd = Dd {
    hi: std::f64::consts::LN_2,
    lo: 2.319_046_813_846_299_6e-17,
};

/// Squarings after the Taylor series in [`Dd::exp`] (the argument is first divided by 2^this).
const EXP_SQUARINGS: i32 = 10;
/// Taylor terms of e^s − 1 for |s| ≤ ln 2 / 2^11: the first term left out is below
/// (3.4e-4)^10 / 10! ≈ 6e-42, 2⁻⁹⁰ of the sum's own size times s.
const EXP_TERMS: u32 = 9;

impl Dd {
    pub const ZERO: Dd = Dd { hi: 0.0, lo: 0.0 };
    pub const ONE: Dd = Dd { hi: 1.0, lo: 0.0 };

    pub const fn from_f64(x: f64) -> Dd {
        Dd { hi: x, lo: 0.0 }
    }

    fn normalized(hi: f64, lo: f64) -> Dd {
        let (hi, lo) = quick_two_sum(hi, lo);
        Dd { hi, lo }
    }

    /// A whole number below 2^106, exactly.
    fn from_u128(m: u128) -> Dd {
        // `as f64` rounds to nearest, so the remainder is at most half an ulp of hi:
        // below 2^52 for m < 2^106, an exact double.
        let hi = m as f64;
        let rest = m as i128 - hi as i128;
        Dd::normalized(hi, rest as f64)
    }

    /// A whole number below 2^106 in magnitude, exactly.
    pub fn from_i128(v: i128) -> Dd {
        let magnitude = Dd::from_u128(v.unsigned_abs());
        if v < 0 { magnitude.neg() } else { magnitude }
    }

    /// The decimal's value: exact when it is a whole number (its 96-bit mantissa fits in
    /// 106 bits), else one quotient by 10^scale (itself exact), within 4u² relative.
    pub fn from_decimal(d: Decimal) -> Dd {
        let mantissa = d.mantissa().unsigned_abs();
        let scale = d.scale();
        let magnitude = if scale == 0 {
            Dd::from_u128(mantissa)
        } else {
            Dd::from_u128(mantissa).div(Dd::from_u128(10u128.pow(scale)))
        };
        if d.is_sign_negative() {
            magnitude.neg()
        } else {
            magnitude
        }
    }

    /// The nearest double (hi of a normalised pair).
    pub fn to_f64(self) -> f64 {
        self.hi + self.lo
    }

    pub fn neg(self) -> Dd {
        Dd {
            hi: -self.hi,
            lo: -self.lo,
        }
    }

    pub fn add(self, b: Dd) -> Dd {
        let (s1, s2) = two_sum(self.hi, b.hi);
        let (t1, t2) = two_sum(self.lo, b.lo);
        let (s1, s2) = quick_two_sum(s1, s2 + t1);
        Dd::normalized(s1, s2 + t2)
    }

    pub fn sub(self, b: Dd) -> Dd {
        self.add(b.neg())
    }

    pub fn add_f64(self, b: f64) -> Dd {
        self.add(Dd::from_f64(b))
    }

    pub fn mul_f64(self, b: f64) -> Dd {
        let (p1, p2) = two_prod(self.hi, b);
        Dd::normalized(p1, p2 + self.lo * b)
    }

    pub fn mul(self, b: Dd) -> Dd {
        let (p1, p2) = two_prod(self.hi, b.hi);
        Dd::normalized(p1, p2 + (self.hi * b.lo + self.lo * b.hi))
    }

    /// Multiplication by a power of two: exact (no overflow or underflow in our range).
    fn scale_pow2(self, k: i32) -> Dd {
        let f = 2f64.powi(k);
        Dd {
            hi: self.hi * f,
            lo: self.lo * f,
        }
    }

    pub fn div_f64(self, b: f64) -> Dd {
        let q1 = self.hi / b;
        let (p1, p2) = two_prod(q1, b);
        let (s, e) = two_sum(self.hi, -p1);
        let e = e - p2 + self.lo;
        Dd::normalized(q1, (s + e) / b)
    }

    pub fn div(self, b: Dd) -> Dd {
        let q1 = self.hi / b.hi;
        let r = self.sub(b.mul_f64(q1));
        let q2 = r.hi / b.hi;
        let r = r.sub(b.mul_f64(q2));
        let q3 = r.hi / b.hi;
        Dd::normalized(q1, q2).add_f64(q3)
    }

    /// e^x for |x| ≤ 200, within 2⁻⁹⁸ relative (see the module table).
    ///
    /// x = k·ln 2 + r with |r| ≤ ln 2 / 2 (k·ln 2 in double-double: its error, at most
    /// 2u²·|k·ln 2| ≤ 2⁻⁹⁹ for |k| ≤ 289, is the largest term); s = r / 2^10;
    /// e^s − 1 by its Taylor series, then squared ten times as e^(2s) − 1 = 2(e^s − 1) +
    /// (e^s − 1)², which keeps small results relative-accurate; finally 1 + that, times 2^k.
    pub fn exp(self) -> Dd {
        if self.hi == 0.0 {
            return Dd::ONE;
        }
        let k = (self.hi / LN2.hi).round();
        let r = self.sub(LN2.mul_f64(k));
        let s = r.scale_pow2(-EXP_SQUARINGS);
        let mut term = s;
        let mut sum = s;
        for i in 2..=EXP_TERMS {
            term = term.mul(s).div_f64(f64::from(i));
            sum = sum.add(term);
        }
        for _ in 0..EXP_SQUARINGS {
            sum = sum.scale_pow2(1).add(sum.mul(sum));
        }
        sum.add_f64(1.0).scale_pow2(k as i32)
    }

    /// ⌊x⌋ as an integer, for |x| < 2^100.
    pub fn floor(self) -> i128 {
        let f = self.hi.floor();
        if f == self.hi {
            // hi is whole: the fraction is in lo (possibly negative).
            f as i128 + self.lo.floor() as i128
        } else {
            // |lo| ≤ ulp(hi)/2 and the nearest whole numbers are doubles at least one ulp
            // away from a fractional hi, so hi + lo has hi's floor.
            f as i128
        }
    }

    /// ⌈x⌉ as an integer, for |x| < 2^100.
    pub fn ceil(self) -> i128 {
        -self.neg().floor()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    /// |got − want| ≤ tol·|want|, with want as the (hi, lo) mpmath printed.
    fn close(got: Dd, want: (f64, f64), tol: f64) {
        let want = Dd {
            hi: want.0,
            lo: want.1,
        };
        let diff = got.sub(want).to_f64().abs();
        assert!(
            diff <= tol * want.hi.abs(),
            "got {got:?}, want {want:?}: relative {:e}",
            diff / want.hi.abs()
        );
    }

    const U2: f64 = 1.232_595_164_407_831e-32; // 2^-106

    #[test]
    fn decimals_come_in_exactly_or_within_4u2() {
        // mpmath, 50 digits: hi = float(v), lo = float(v - hi).
        let d = |s: &str| Dd::from_decimal(Decimal::from_str(s).unwrap());
        assert_eq!(d("3509"), Dd::from_f64(3509.0));
        assert_eq!(
            d("-79228162514264337593543950335").hi,
            -7.922816251426434e28
        );
        close(
            d("79228162514264337593543950335"),
            (7.922816251426434e28, -1.0),
            0.0,
        );
        close(d("0.0125"), (0.0125, -6.938_893_903_907_229e-19), 4.0 * U2);
        close(
            d("0.425281"),
            (0.425281, -2.012_257_027_672_603_6e-17),
            4.0 * U2,
        );
        close(
            d("0.0035622684525505842120262183"),
            (0.003_562_268_452_550_584, 2.076_329_039_775_602_7e-20),
            4.0 * U2,
        );
    }

    #[test]
    fn arithmetic_against_mpmath() {
        let third = Dd::ONE.div_f64(3.0);
        close(
            third,
            (0.333_333_333_333_333_3, 1.850_371_707_708_594e-17),
            4.0 * U2,
        );
        let seventh = Dd::ONE.div(Dd::from_f64(7.0));
        close(
            seventh,
            (0.142_857_142_857_142_85, 7.93016446160826e-18),
            16.0 * U2,
        );
        // (1/3)·3 = 1 within the two roundings.
        close(third.mul_f64(3.0), (1.0, 0.0), 8.0 * U2);
        close(third.mul(seventh).mul_f64(21.0), (1.0, 0.0), 32.0 * U2);
        assert_eq!(
            Dd::from_f64(1.0).add(Dd::from_f64(1e-30)),
            Dd { hi: 1.0, lo: 1e-30 }
        );
    }

    #[test]
    fn whole_numbers_are_exact_and_round_to_the_nearest_double() {
        // 2^53 + 1 needs 54 bits: hi = 2^53, lo = 1; the nearest double is a tie between
        // 2^53 and 2^53 + 2, which goes to the even 2^53 (not 2^53 − 1).
        let two53 = 9_007_199_254_740_992_i128;
        let v = Dd::from_i128(two53 + 1);
        assert_eq!(
            v,
            Dd {
                hi: 9_007_199_254_740_992.0,
                lo: 1.0
            }
        );
        assert_eq!(v.to_f64(), 9_007_199_254_740_992.0);
        assert_eq!(Dd::from_i128(-5).to_f64(), -5.0);
        assert_eq!(
            Dd::from_i128(-(two53 + 1)),
            Dd {
                hi: -9_007_199_254_740_992.0,
                lo: -1.0
            }
        );
        // Adding two pairs with low parts: (2^60 + 1) + (2^60 + 1) = 2^61 + 2 exactly.
        let two60 = 1_152_921_504_606_846_976_i128;
        let sum = Dd::from_i128(two60 + 1).add(Dd::from_i128(two60 + 1));
        assert_eq!(
            sum,
            Dd {
                hi: 2_305_843_009_213_693_952.0,
                lo: 2.0
            }
        );
        // High parts that cancel leave the low parts' sum and its rounding error:
        // (1 + 1e-17) + (−1 + 1e-40) = 1e-17 + 1e-40, the 1e-40 kept in the low part.
        let sum = Dd { hi: 1.0, lo: 1e-17 }.add(Dd {
            hi: -1.0,
            lo: 1e-40,
        });
        assert_eq!(
            sum,
            Dd {
                hi: 1e-17,
                lo: 1e-40
            }
        );
    }

    #[test]
    fn exp_against_mpmath() {
        // mpmath at 50 digits: hi = float(exp(x)), lo = float(exp(x) - hi), x exact.
        let tol = 2f64.powi(-98);
        let cases: [(Dd, (f64, f64)); 8] = [
            (
                Dd::from_f64(-0.1875),
                (0.829_029_118_180_400_4, -2.760_440_871_953_922_3e-17),
            ),
            (
                Dd::from_f64(-0.0625),
                (0.939_413_062_813_475_8, -2.152_447_043_447_057e-17),
            ),
            (Dd::from_f64(1e-20), (1.0, 1e-20)),
            (
                Dd::from_f64(-1.0),
                (0.367_879_441_171_442_33, -1.242_875_367_278_836_3e-17),
            ),
            (
                Dd::from_f64(100.0),
                (2.688_117_141_816_135_6e43, -1.610_127_144_920_162_7e27),
            ),
            (
                Dd::from_f64(-100.0),
                (3.720_075_976_020_836e-44, -1.570_502_490_773_200_8e-60),
            ),
            (
                Dd::from_f64(0.5),
                (1.648_721_270_700_128_2, -4.731_568_479_435_833e-17),
            ),
            (
                Dd::from_f64(-37.5),
                (5.175_555_005_801_869e-17, -2.360_961_823_084_060_2e-33),
            ),
        ];
        for (x, want) in cases {
            close(x.exp(), want, tol);
        }
        assert_eq!(Dd::ZERO.exp(), Dd::ONE);
    }

    #[test]
    fn floor_and_ceil_see_the_low_part() {
        let k = Dd::from_f64(399_800.0);
        assert_eq!(k.floor(), 399_800);
        assert_eq!(k.ceil(), 399_800);
        let above = k.add(Dd::from_f64(1e-19));
        assert_eq!(above.floor(), 399_800);
        assert_eq!(above.ceil(), 399_801);
        let below = k.sub(Dd::from_f64(1e-19));
        assert_eq!(below.floor(), 399_799);
        assert_eq!(below.ceil(), 399_800);
        assert_eq!(Dd::from_f64(-2.5).floor(), -3);
        assert_eq!(Dd::from_f64(-2.5).ceil(), -2);
    }
}
