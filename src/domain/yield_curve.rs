//! The risk-free rate r from the Ministry of Finance's JGB yield curve (国債金利情報).
//!
//! The stock-option notice takes r as "the interest rate on Japanese government bonds
//! with remaining years corresponding to the expected remaining period" T. The Ministry
//! publishes the par yield of each tenor for every business day as CSV (`jgbcm_all.csv`
//! for the history, `jgbcm.csv` for the current month): a title line or two, a header
//! `基準日,1年,2年,…,30年,40年` (the English edition: `Date,1Y,2Y,…`), then one row
//! per business day, its date in era form (`S49.9.24`, `H25.7.11`, `R6.4.1`) or Western
//! form (`2013/7/11`), its yields in percent, `-` for a tenor not issued then.
//!
//! Pure: the file's text in (the app decodes its Shift_JIS bytes), rows, rejected lines
//! and rates with every intermediate value out. Decimal arithmetic throughout; the one
//! rounding, of an interpolated rate, is named ([`RATE_DP`], half up).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::dates::{DateError, Era, parse_date};
use super::money::round_half_up;
use super::{Arg, FieldError, Message};

/// The field a file-level refusal names.
pub const FILE_FIELD: &str = "jgb_curve.csv";
/// The fields a rate refusal names: the scenario's, which the CLI renames to its flags.
pub const DATE_FIELD: &str = "option.allotment_date";
pub const TERM_FIELD: &str = "option.term_years";

/// Decimals of r as a fraction (0.000001 %, six decimals of a percent): an interpolated
/// rate is rounded half up to these; a tenor's own yield (three decimals of a percent
/// as published) never needs it.
pub const RATE_DP: u32 = 8;

/// Calendar days a valuation date may lie after the curve's day used for it: the
/// longest run of days without a row in the Ministry's series is the ten-day closure of
/// 2019-04-27 to 2019-05-06. Further back, the file does not cover the date (a history
/// file ending last month, a valuation date this month).
pub const MAX_FALLBACK_DAYS: i64 = 14;

/// Rejected-line text is cut to this many characters.
const MAX_LINE_TEXT: usize = 200;

/// One tenor's yield on one day, as a fraction (1.272 % is 0.01272).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenorYield {
    /// Remaining years of the bonds (1 to 40 in the Ministry's file).
    pub years: u32,
    pub rate: Decimal,
}

/// One business day of the curve: the tenors that had a yield that day, shortest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CurveRow {
    pub date: NaiveDate,
    pub yields: Vec<TenorYield>,
}

/// A line of the file that was not read as a day of the curve, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectedCurveLine {
    /// 1-based line number in the file.
    pub line: u64,
    pub text: String,
    pub reason: Message,
}

/// What was read from a curve file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedCurve {
    /// The tenors of the header, in its order.
    pub tenors: Vec<u32>,
    /// One row per day, dates ascending and unique.
    pub rows: Vec<CurveRow>,
    pub rejected: Vec<RejectedCurveLine>,
    /// Line number of the header (the lines above it are the file's title).
    pub header_line: u64,
}

/// How r is read off the curve when T is not one of its tenors.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CurveMethod {
    /// Linear interpolation between the neighbouring tenors that have a yield that day.
    #[default]
    Linear,
    /// The yield of the tenor nearest to T; halfway between two, the longer one.
    NearestTenor,
}

impl CurveMethod {
    /// The machine word of the CLI and JSON ("linear", "nearest").
    pub fn key(self) -> &'static str {
        match self {
            CurveMethod::Linear => "linear",
            CurveMethod::NearestTenor => "nearest",
        }
    }

    /// Its name, a catalogue message.
    pub fn label_id(self) -> &'static str {
        match self {
            CurveMethod::Linear => "curve-method-linear",
            CurveMethod::NearestTenor => "curve-method-nearest",
        }
    }
}

/// How the rate was read off the day's curve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// T is a tenor that has a yield that day: that yield.
    Tenor(TenorYield),
    /// Between two tenors: lower + weight × (upper − lower), weight = (T − lower years)
    /// ÷ (upper years − lower years), to 28 significant digits.
    Linear {
        lower: TenorYield,
        upper: TenorYield,
        weight: Decimal,
    },
    /// The tenor nearest to T.
    Nearest(TenorYield),
}

impl Basis {
    /// The tenors used: one, or the two neighbours of T.
    pub fn tenors(&self) -> Vec<TenorYield> {
        match *self {
            Basis::Tenor(t) | Basis::Nearest(t) => vec![t],
            Basis::Linear { lower, upper, .. } => vec![lower, upper],
        }
    }
}

/// r read off the curve, with how it was reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurveRate {
    /// r as a fraction, rounded half up to [`RATE_DP`] decimals when interpolated.
    pub rate: Decimal,
    /// Before that rounding (equal to `rate` for a tenor's own yield).
    pub unrounded: Decimal,
    /// The day r was asked for.
    pub valuation_date: NaiveDate,
    /// The curve's day used: the valuation date, or the last day before it that has a
    /// row (a holiday, a weekend, a day not yet published).
    pub date_used: NaiveDate,
    pub term_years: Decimal,
    pub method: CurveMethod,
    pub basis: Basis,
    /// That day's whole curve, so the derivation can be kept with the scenario.
    pub day: CurveRow,
}

impl CurveRate {
    /// True when the valuation date has no row and an earlier day was used.
    pub fn fell_back(&self) -> bool {
        self.date_used != self.valuation_date
    }

    /// True when the interpolated rate was rounded to [`RATE_DP`] decimals.
    pub fn rounded(&self) -> bool {
        self.rate != self.unrounded
    }

    /// How r was reached, step by step, as catalogue messages.
    pub fn derivation(&self) -> Vec<Message> {
        let mut steps = Vec::new();
        if self.fell_back() {
            steps.push(
                Message::id("der-curve-fallback")
                    .with("date", self.valuation_date)
                    .with("used", self.date_used),
            );
        }
        let term = Arg::Number(self.term_years.normalize());
        steps.push(match self.basis {
            Basis::Tenor(t) => Message::id("der-curve-tenor")
                .with("date", self.date_used)
                .with("years", t.years)
                .with("yield", percent(t.rate)),
            Basis::Nearest(t) => Message::id("der-curve-nearest")
                .with("date", self.date_used)
                .with("term", term)
                .with("years", t.years)
                .with("yield", percent(t.rate)),
            Basis::Linear { lower, upper, .. } => Message::id("der-curve-linear")
                .with("date", self.date_used)
                .with("term", term)
                .with("lower", lower.years)
                .with("upper", upper.years)
                .with("lower_yield", percent(lower.rate))
                .with("upper_yield", percent(upper.rate))
                .with("subtracted", subtracted(lower.rate))
                .with("rate", percent(self.unrounded)),
        });
        if self.rounded() {
            steps.push(
                Message::id("der-curve-rounded")
                    .with("dp", RATE_DP - 2)
                    .with("rate", percent(self.rate)),
            );
        }
        steps
    }
}

/// A fraction as a percent with the decimals it has: at least three (as the Ministry
/// publishes yields), at most eight.
pub fn percent(rate: Decimal) -> Arg {
    Arg::Percent {
        rate,
        dp: percent_dp(rate),
    }
}

/// [`percent`] as the right operand of a subtraction: a negative yield in brackets,
/// (1.272 % − (−0.050 %)).
fn subtracted(rate: Decimal) -> Arg {
    if rate.is_sign_negative() && !rate.is_zero() {
        Arg::Message(Box::new(
            Message::id("der-curve-bracketed").with("yield", percent(rate)),
        ))
    } else {
        percent(rate)
    }
}

/// The decimals [`percent`] shows `rate` with.
pub fn percent_dp(rate: Decimal) -> u32 {
    (rate * Decimal::ONE_HUNDRED)
        .normalize()
        .scale()
        .clamp(3, 8)
}

/// Parses the Ministry's CSV text. `Err` only when nothing usable can be had (no
/// header, a header column that is not a tenor, no valid row); bad rows are listed in
/// `rejected`. Lines above the header (the title, `(単位：%)`) and blank lines are
/// skipped silently.
pub fn parse_curve(text: &str) -> Result<ParsedCurve, FieldError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut header: Option<(u64, Vec<u32>)> = None;
    let mut rows: Vec<CurveRow> = Vec::new();
    let mut first_line_of: std::collections::HashMap<NaiveDate, u64> =
        std::collections::HashMap::new();
    let mut rejected = Vec::new();

    for (line, raw) in lines(text) {
        let fields = split(raw);
        if fields.iter().all(|f| f.is_empty()) {
            continue;
        }
        let Some((_, tenors)) = &header else {
            if is_date_heading(&fields[0]) {
                header = Some((line, header_tenors(&fields)?));
            }
            continue;
        };
        let reject = |reason: Message| RejectedCurveLine {
            line,
            text: truncate(raw),
            reason,
        };
        match parse_row(&fields, tenors) {
            Ok(row) => {
                if let Some(first) = first_line_of.get(&row.date) {
                    rejected.push(reject(
                        Message::id("curve-duplicate-date")
                            .with("date", row.date)
                            .with("first", *first),
                    ));
                } else {
                    first_line_of.insert(row.date, line);
                    rows.push(row);
                }
            }
            Err(reason) => rejected.push(reject(reason)),
        }
    }

    let Some((header_line, tenors)) = header else {
        return Err(FieldError::new(FILE_FIELD, Message::id("curve-no-header")));
    };
    if rows.is_empty() {
        let problem = Message::id("curve-no-usable-rows").with("rejected", rejected.len());
        let problem = match rejected.first() {
            Some(first) => problem
                .with("line", first.line)
                .with("reason", Arg::Message(Box::new(first.reason.clone()))),
            None => problem.with("line", 0u64).with("reason", ""),
        };
        return Err(FieldError::new(FILE_FIELD, problem));
    }
    rows.sort_by_key(|r| r.date);
    Ok(ParsedCurve {
        tenors,
        rows,
        rejected,
        header_line,
    })
}

/// True when `text` (the start of a file is enough) has the curve's header within its
/// first five non-blank lines: `基準日` or `Date` followed by tenors only. A price file
/// (`Date,Close`, `日付,終値`) does not.
pub fn looks_like_curve(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    lines(text)
        .map(|(_, raw)| split(raw))
        .filter(|fields| fields.iter().any(|f| !f.is_empty()))
        .take(5)
        .any(|fields| is_date_heading(&fields[0]) && header_tenors(&fields).is_ok())
}

/// r for a valuation date and an expected remaining period `term_years`, read off
/// `curve` (rows ascending by date, as [`parse_curve`] gives them) by `method`.
///
/// The day used is the valuation date's row, else the last row before it, at most
/// [`MAX_FALLBACK_DAYS`] days earlier. T must lie between that day's shortest and
/// longest tenor with a yield (both included): the curve says nothing beyond them.
pub fn rate_for(
    curve: &[CurveRow],
    valuation_date: NaiveDate,
    term_years: Decimal,
    method: CurveMethod,
) -> Result<CurveRate, FieldError> {
    let (Some(first), Some(last)) = (curve.first(), curve.last()) else {
        return Err(FieldError::new(FILE_FIELD, Message::id("err-curve-empty")));
    };
    let at = curve.partition_point(|r| r.date <= valuation_date);
    let Some(day) = at.checked_sub(1).and_then(|i| curve.get(i)) else {
        return Err(FieldError::new(
            DATE_FIELD,
            Message::id("err-curve-before-first")
                .with("first", first.date)
                .with("last", last.date),
        ));
    };
    if (valuation_date - day.date).num_days() > MAX_FALLBACK_DAYS {
        return Err(FieldError::new(
            DATE_FIELD,
            Message::id("err-curve-no-recent-day")
                .with("date", valuation_date)
                .with("days", MAX_FALLBACK_DAYS)
                .with("used", day.date)
                .with("first", first.date)
                .with("last", last.date),
        ));
    }
    let (Some(shortest), Some(longest)) = (day.yields.first(), day.yields.last()) else {
        return Err(FieldError::new(FILE_FIELD, Message::id("err-curve-empty")));
    };
    let years = |t: &TenorYield| Decimal::from(t.years);
    if term_years < years(shortest) || term_years > years(longest) {
        return Err(FieldError::new(
            TERM_FIELD,
            Message::id("err-curve-term-range")
                .with("shortest", shortest.years)
                .with("longest", longest.years)
                .with("date", day.date),
        ));
    }
    // The tenors on either side of T: the last at or below it, the first at or above.
    let upper_at = day.yields.partition_point(|t| years(t) < term_years);
    let upper = day.yields[upper_at.min(day.yields.len() - 1)];
    let lower = if years(&upper) == term_years {
        upper
    } else {
        day.yields[upper_at.saturating_sub(1)]
    };
    let basis = if lower == upper {
        Basis::Tenor(upper)
    } else {
        match method {
            CurveMethod::Linear => {
                let span = years(&upper) - years(&lower);
                Basis::Linear {
                    lower,
                    upper,
                    weight: (term_years - years(&lower)) / span,
                }
            }
            CurveMethod::NearestTenor => {
                // Halfway: the longer tenor, whose bonds outlive the option's T.
                if term_years - years(&lower) < years(&upper) - term_years {
                    Basis::Nearest(lower)
                } else {
                    Basis::Nearest(upper)
                }
            }
        }
    };
    let unrounded = match basis {
        Basis::Tenor(t) | Basis::Nearest(t) => t.rate,
        // Multiplied before dividing, so a weight such as 1/3 costs one division's
        // rounding at the 28th digit, then the named rounding below.
        Basis::Linear { lower, upper, .. } => {
            lower.rate
                + (term_years - years(&lower)) * (upper.rate - lower.rate)
                    / (years(&upper) - years(&lower))
        }
    };
    let rate = match basis {
        Basis::Linear { .. } => round_half_up(unrounded, RATE_DP).normalize(),
        _ => unrounded,
    };
    Ok(CurveRate {
        rate,
        unrounded,
        valuation_date,
        date_used: day.date,
        term_years,
        method,
        basis,
        day: day.clone(),
    })
}

/// Lines with their 1-based numbers; `\r\n`, `\n` and a lone `\r` each end one.
fn lines(text: &str) -> impl Iterator<Item = (u64, &str)> {
    let mut rest = text;
    let mut number = 0u64;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        number += 1;
        let (line, next) = match rest.find(['\r', '\n']) {
            Some(i) => {
                let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                (&rest[..i], &rest[i + skip..])
            }
            None => (rest, ""),
        };
        rest = next;
        Some((number, line))
    })
}

/// The comma-separated fields of a line, trimmed, quotes around a field dropped
/// (the Ministry's file has none, a spreadsheet's re-save may add them), full-width
/// forms folded to ASCII.
fn split(line: &str) -> Vec<String> {
    line.split(',')
        .map(|f| {
            let f = f.trim();
            let f = f
                .strip_prefix('"')
                .and_then(|f| f.strip_suffix('"'))
                .unwrap_or(f);
            super::input::normalize(f)
        })
        .collect()
}

/// `基準日` or `Date`: the first column of the header.
fn is_date_heading(field: &str) -> bool {
    field == "基準日" || field.eq_ignore_ascii_case("date")
}

/// The tenors of a header's columns after the first: `10年` or `10Y`, 1 to 100 years,
/// each once. Trailing empty columns are ignored.
fn header_tenors(fields: &[String]) -> Result<Vec<u32>, FieldError> {
    let filled = fields.iter().rposition(|f| !f.is_empty()).unwrap_or(0) + 1;
    let mut tenors = Vec::new();
    for (i, f) in fields.iter().enumerate().take(filled).skip(1) {
        let bad = || {
            FieldError::new(
                FILE_FIELD,
                Message::id("curve-bad-tenor")
                    .with("column", i + 1)
                    .with("text", truncate(f)),
            )
        };
        let digits = f
            .strip_suffix('年')
            .or_else(|| f.strip_suffix(['Y', 'y']))
            .ok_or_else(bad)?;
        let years: u32 = digits
            .parse()
            .ok()
            .filter(|y| (1..=100).contains(y) && digits.bytes().all(|b| b.is_ascii_digit()))
            .ok_or_else(bad)?;
        if tenors.contains(&years) {
            return Err(bad());
        }
        tenors.push(years);
    }
    if tenors.is_empty() {
        return Err(FieldError::new(FILE_FIELD, Message::id("curve-no-tenors")));
    }
    Ok(tenors)
}

/// One day of the curve from a row's fields, or why not.
fn parse_row(fields: &[String], tenors: &[u32]) -> Result<CurveRow, Message> {
    let filled = fields.iter().rposition(|f| !f.is_empty()).unwrap_or(0) + 1;
    if filled > tenors.len() + 1 {
        return Err(Message::id("curve-too-many-fields")
            .with("fields", filled)
            .with("columns", tenors.len() + 1));
    }
    let date = parse_date(&fields[0]).map_err(|e| match e {
        DateError::NotADate { text } if text.is_empty() => Message::id("curve-date-empty"),
        DateError::NotADate { text } => {
            Message::id("curve-date-unknown").with("text", truncate(&text))
        }
        DateError::OutsideEra { text, date, era } => Message::id("curve-date-outside-era")
            .with("text", truncate(&text))
            .with("date", date)
            .with("era", Arg::Label(era_id(era))),
    })?;
    let mut yields = Vec::new();
    for (i, &years) in tenors.iter().enumerate() {
        let text = fields.get(i + 1).map(String::as_str).unwrap_or("");
        if matches!(text, "" | "-" | "―" | "—") {
            continue;
        }
        let pct = parse_percent_figure(text).ok_or_else(|| {
            Message::id("curve-yield-not-number")
                .with("years", years)
                .with("text", truncate(text))
        })?;
        if pct <= -Decimal::ONE_HUNDRED || pct >= Decimal::ONE_HUNDRED {
            return Err(Message::id("curve-yield-range")
                .with("years", years)
                .with("text", truncate(text)));
        }
        yields.push(TenorYield {
            years,
            rate: (pct * Decimal::new(1, 2)).normalize(),
        });
    }
    if yields.is_empty() {
        return Err(Message::id("curve-no-yields").with("date", date));
    }
    yields.sort_by_key(|t| t.years);
    Ok(CurveRow { date, yields })
}

/// A yield in percent as the file writes it: `1.272`, `-0.275`, `0`, `.5`; no
/// separators, exponents or units.
fn parse_percent_figure(text: &str) -> Option<Decimal> {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
        return None;
    }
    let plain = if int.is_empty() {
        format!("{}0{body}", &text[..text.len() - body.len()])
    } else {
        text.to_owned()
    };
    Decimal::from_str_exact(&plain).ok()
}

/// The catalogue's name of an era ("Heisei" / 平成).
fn era_id(era: Era) -> &'static str {
    match era {
        Era::Meiji => "era-meiji",
        Era::Taisho => "era-taisho",
        Era::Showa => "era-showa",
        Era::Heisei => "era-heisei",
        Era::Reiwa => "era-reiwa",
    }
}

/// At most [`MAX_LINE_TEXT`] characters, "…" marking a cut.
fn truncate(s: &str) -> String {
    match s.char_indices().nth(MAX_LINE_TEXT) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn date(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const FILE: &str = "国債金利情報,,,,\r\n(単位：%),,,,\r\n基準日,1年,5年,10年,20年\r\n\
        H25.7.10,0.1,0.3,0.85,1.63\r\n\
        H25.7.11,0.100,0.330,0.860,-\r\n\
        2013/7/12,0.1,0.32,,1.6\r\n";

    #[test]
    fn the_ministrys_layout_is_read_with_its_title_lines_skipped() {
        let p = parse_curve(FILE).unwrap();
        assert_eq!(p.tenors, vec![1, 5, 10, 20]);
        assert_eq!(p.header_line, 3);
        assert_eq!(p.rows.len(), 3);
        assert!(p.rejected.is_empty(), "{:?}", p.rejected);
        assert_eq!(p.rows[1].date, date(2013, 7, 11));
        // 0.860 % → 0.0086; the 20-year yield is missing that day.
        assert_eq!(
            p.rows[1].yields.last(),
            Some(&TenorYield {
                years: 10,
                rate: d("0.0086")
            })
        );
        // A Western date and an empty field for a missing tenor.
        assert_eq!(p.rows[2].date, date(2013, 7, 12));
        assert_eq!(
            p.rows[2].yields.iter().map(|t| t.years).collect::<Vec<_>>(),
            vec![1, 5, 20]
        );
        assert!(looks_like_curve(FILE));
        assert!(!looks_like_curve("Date,Close\n2013-07-11,3450\n"));
        assert!(!looks_like_curve("日付,終値\n2013/7/11,3450\n"));
        assert!(looks_like_curve("Date,1Y,2Y,40Y\n2013/7/11,0.1,0.2,1.9\n"));
    }

    #[test]
    fn bad_rows_are_listed_with_their_line_and_reason() {
        let text = "基準日,1年,10年\n\
                    H25.7.10,0.1,0.85\n\
                    H25.2.30,0.1,0.85\n\
                    H31.5.1,0.1,0.85\n\
                    H25.7.11,0.1,O.86\n\
                    H25.7.12,-,-\n\
                    H25.7.10,0.2,0.9\n\
                    H25.7.16,0.1,0.9,7\n\
                    H25.7.17,0.1,100\n";
        let p = parse_curve(text).unwrap();
        assert_eq!(p.rows.len(), 1);
        let reasons: Vec<(u64, &str)> = p.rejected.iter().map(|r| (r.line, r.reason.id)).collect();
        assert_eq!(
            reasons,
            vec![
                (3, "curve-date-unknown"),
                (4, "curve-date-outside-era"),
                (5, "curve-yield-not-number"),
                (6, "curve-no-yields"),
                (7, "curve-duplicate-date"),
                (8, "curve-too-many-fields"),
                (9, "curve-yield-range"),
            ]
        );
        // H31.5.1 would be 2019-05-01, the first day of Reiwa.
        assert!(
            p.rejected[1]
                .reason
                .args
                .contains(&("date", Arg::Date(date(2019, 5, 1))))
        );
        assert!(
            p.rejected[1]
                .reason
                .args
                .contains(&("era", Arg::Label("era-heisei")))
        );
        assert_eq!(p.rejected[2].text, "H25.7.11,0.1,O.86");
    }

    #[test]
    fn a_file_without_a_header_or_rows_is_refused() {
        let e = parse_curve("Date,Close\n2013-07-11,3450\n").unwrap_err();
        assert_eq!(e.problem.id, "curve-bad-tenor");
        let e = parse_curve("国債金利情報\n").unwrap_err();
        assert_eq!(e.problem.id, "curve-no-header");
        let e = parse_curve("基準日,1年\nH25.7.99,1\n").unwrap_err();
        assert_eq!(e.problem.id, "curve-no-usable-rows");
        assert_eq!(e.field, FILE_FIELD);
        let e = parse_curve("基準日,,\n").unwrap_err();
        assert_eq!(e.problem.id, "curve-no-tenors");
        let e = parse_curve("基準日,1年,1年\n").unwrap_err();
        assert_eq!(e.problem.id, "curve-bad-tenor");
    }

    #[test]
    fn yields_read_as_the_file_writes_them() {
        for (text, pct) in [
            ("1.272", "1.272"),
            ("-0.275", "-0.275"),
            ("0", "0"),
            (".5", "0.5"),
            ("-.5", "-0.5"),
            ("+2", "2"),
        ] {
            assert_eq!(parse_percent_figure(text), Some(d(pct)), "{text}");
        }
        for text in ["", ".", "-", "1,2", "1e3", "1.2.3", "abc", "1 %"] {
            assert_eq!(parse_percent_figure(text), None, "{text}");
        }
    }

    fn curve() -> Vec<CurveRow> {
        parse_curve(FILE).unwrap().rows
    }

    #[test]
    fn a_tenor_gives_its_own_yield_and_between_two_the_line_through_them() {
        let c = curve();
        // T = 10 on 2013-07-11: the 10-year yield, 0.860 %.
        let r = rate_for(&c, date(2013, 7, 11), d("10"), CurveMethod::Linear).unwrap();
        assert_eq!(r.rate, d("0.0086"));
        assert!(matches!(
            r.basis,
            Basis::Tenor(TenorYield { years: 10, .. })
        ));
        assert!(!r.fell_back() && !r.rounded());
        // T = 7 on 2013-07-10: 0.300 % + (7 − 5) ÷ (10 − 5) × (0.850 % − 0.300 %)
        // = 0.300 % + 0.4 × 0.550 % = 0.520 %.
        let r = rate_for(&c, date(2013, 7, 10), d("7"), CurveMethod::Linear).unwrap();
        assert_eq!(r.rate, d("0.0052"));
        assert_eq!(
            r.basis,
            Basis::Linear {
                lower: TenorYield {
                    years: 5,
                    rate: d("0.003")
                },
                upper: TenorYield {
                    years: 10,
                    rate: d("0.0085")
                },
                weight: d("0.4")
            }
        );
        // Nearest: 7 is nearer 5 than 10; 7.5 is halfway, so the longer, 10.
        let r = rate_for(&c, date(2013, 7, 10), d("7"), CurveMethod::NearestTenor).unwrap();
        assert_eq!(r.rate, d("0.003"));
        let r = rate_for(&c, date(2013, 7, 10), d("7.5"), CurveMethod::NearestTenor).unwrap();
        assert_eq!(r.rate, d("0.0085"));
        // 2013-07-12 has no 10-year yield: T = 12 lies between 5 and 20 years,
        // 0.320 % + (12 − 5) ÷ (20 − 5) × (1.600 % − 0.320 %) = 0.320 % + 7 × 1.280 % ÷ 15
        // = 0.320 % + 0.597333… % = 0.917333… %, rounded half up to 0.917333 %.
        let r = rate_for(&c, date(2013, 7, 12), d("12"), CurveMethod::Linear).unwrap();
        assert!(r.rounded());
        assert_eq!(r.rate, d("0.00917333"));
        assert!(r.unrounded.to_string().starts_with("0.0091733333333"));
    }

    #[test]
    fn a_day_without_a_row_uses_the_last_one_before_it_and_says_so() {
        let c = curve();
        // Saturday 2013-07-13 and Marine Day, Monday 2013-07-15: Friday 2013-07-12.
        for day in [13, 14, 15] {
            let r = rate_for(&c, date(2013, 7, day), d("5"), CurveMethod::Linear).unwrap();
            assert_eq!(r.date_used, date(2013, 7, 12));
            assert!(r.fell_back());
            assert_eq!(r.derivation()[0].id, "der-curve-fallback");
        }
        // Fourteen days on is still answered; fifteen is not.
        assert!(rate_for(&c, date(2013, 7, 26), d("5"), CurveMethod::Linear).is_ok());
        let e = rate_for(&c, date(2013, 7, 27), d("5"), CurveMethod::Linear).unwrap_err();
        assert_eq!(
            (e.field.as_str(), e.problem.id),
            (DATE_FIELD, "err-curve-no-recent-day")
        );
        // Before the first day.
        let e = rate_for(&c, date(2013, 7, 9), d("5"), CurveMethod::Linear).unwrap_err();
        assert_eq!(
            (e.field.as_str(), e.problem.id),
            (DATE_FIELD, "err-curve-before-first")
        );
    }

    #[test]
    fn a_term_beyond_the_days_tenors_is_refused_naming_them() {
        let c = curve();
        // 2013-07-11 has no 20-year yield: its longest tenor is 10 years.
        let e = rate_for(&c, date(2013, 7, 11), d("15"), CurveMethod::Linear).unwrap_err();
        assert_eq!(e.field, TERM_FIELD);
        assert_eq!(
            e.problem,
            Message::id("err-curve-term-range")
                .with("shortest", 1u32)
                .with("longest", 10u32)
                .with("date", date(2013, 7, 11))
        );
        for t in ["0", "0.5", "20.01", "-1"] {
            assert!(rate_for(&c, date(2013, 7, 10), d(t), CurveMethod::NearestTenor).is_err());
        }
        assert!(rate_for(&c, date(2013, 7, 10), d("20"), CurveMethod::Linear).is_ok());
        assert!(rate_for(&c, date(2013, 7, 10), d("1"), CurveMethod::Linear).is_ok());
        let e = rate_for(&[], date(2013, 7, 10), d("1"), CurveMethod::Linear).unwrap_err();
        assert_eq!(e.problem.id, "err-curve-empty");
    }

    #[test]
    fn percents_keep_their_decimals() {
        assert_eq!(
            percent(d("0.01272")),
            Arg::Percent {
                rate: d("0.01272"),
                dp: 3
            }
        );
        assert_eq!(
            percent(d("0.00917333")),
            Arg::Percent {
                rate: d("0.00917333"),
                dp: 6
            }
        );
        assert!(matches!(
            percent(d("0.009173333333333333333")),
            Arg::Percent { dp: 8, .. }
        ));
    }
}
