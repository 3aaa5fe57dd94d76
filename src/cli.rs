//! The command line: the same domain calls as the window, printed as tables or JSON.
//! Every error goes to stderr naming the argument or field, with a non-zero exit.

mod paid_option;

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde_json::json;

use crate::domain::calendar::{self, business_days_between};
use crate::domain::options::{
    AmountConvention, BlackScholesInputs, Ceiling, ExactInputs, Quotient, amount_per_right,
    black_scholes,
};
use crate::domain::schedule::{
    ScheduleInputs, ScheduleOffsets, ScheduleOverrides, derive_timetable,
};
use crate::domain::volatility::{
    Close, Frequency, SplitEvent, VolatilityWindow, historical_volatility,
};
use crate::domain::yield_curve::{self, Basis, CurveMethod, parse_curve, rate_for};
use crate::domain::{FieldError, Message};
use crate::price_csv::{PriceColumns, parse_price_csv_with};
use crate::report::{self, ExportOptions, Figure, Format, Value};
use crate::scenario::ScenarioResults;
use crate::storage;

/// Offering Desk: pricing of Japanese equity offerings and stock-compensation options.
///
/// With no subcommand the desktop window opens (on FILE, or on the bundled sample).
#[derive(Debug, Parser)]
#[command(
    name = "offering-desk",
    version,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Scenario JSON to open in the window.
    pub file: Option<PathBuf>,
    /// Panel to show first in the window.
    #[arg(long, value_enum)]
    pub panel: Option<crate::ui::Panel>,
    /// Theme for the window (remembered).
    #[arg(long, value_enum)]
    pub theme: Option<crate::ui::ThemeChoice>,
    /// Language of the window (remembered); the system's on the first run.
    #[arg(long, value_enum)]
    pub lang: Option<crate::i18n::Language>,
    /// Scenario files to show on the Compare tab beside the open scenario.
    #[arg(long, num_args = 1.., value_name = "FILE")]
    pub compare: Vec<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Every computed figure of a scenario file.
    Compute {
        file: PathBuf,
        /// Print JSON (decimal strings for amounts) instead of a table.
        #[arg(long)]
        json: bool,
        /// Language of the table's labels and values: en (default) or ja. JSON keys and
        /// values are the same in both.
        #[arg(long, value_enum, default_value = "en")]
        lang: crate::i18n::Language,
    },
    /// Black–Scholes value of one option with continuous dividend yield.
    Option(OptionArgs),
    /// Annualised historical volatility of closes in a CSV file.
    Volatility(VolatilityArgs),
    /// TSE business days between two dates (inclusive).
    Calendar {
        #[arg(long, value_name = "DATE")]
        from: NaiveDate,
        #[arg(long, value_name = "DATE")]
        to: NaiveDate,
        #[arg(long)]
        json: bool,
    },
    /// Summary sheets and notice drafts: Excel, CSV, Markdown, HTML.
    Export(ExportArgs),
    /// The risk-free rate r read off the Ministry of Finance's JGB yield curve (国債金利情報).
    Rate(RateArgs),
    /// Two to six scenario files side by side: every input and figure, and each file's
    /// change against the first.
    Compare(CompareArgs),
    /// One paid-in stock option right (有償ストックオプション) with one share-price
    /// condition: simulated on the TSE's daily closes, or in closed form when monitored
    /// continuously.
    PaidOption(paid_option::PaidOptionArgs),
    /// The offering timetable derived from a calculation date.
    Schedule {
        #[arg(long, value_name = "DATE")]
        calculation_date: NaiveDate,
        #[arg(long)]
        json: bool,
    },
}

/// `compare base.json discount-4.json …`: the first file is the base the others are
/// measured against. Files that fail to load are listed on stderr (and the exit is
/// non-zero); the others still compare.
#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// Scenario JSON files, two to six.
    #[arg(required = true, num_args = 1..)]
    pub files: Vec<PathBuf>,
    /// Print JSON keyed by input path and figure id, one value per file.
    #[arg(long)]
    pub json: bool,
    /// Only the rows where some file differs from the first.
    #[arg(long)]
    pub only_differences: bool,
    /// Also write the comparison to this file: .xlsx (one sheet, live formulas for the
    /// changes) or .csv.
    #[arg(long, short, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// CSV without the UTF-8 byte-order mark.
    #[arg(long)]
    pub no_bom: bool,
    /// Language of the table and the file written: en (default) or ja. JSON is the
    /// same in both.
    #[arg(long, value_enum, default_value = "en")]
    pub lang: crate::i18n::Language,
}

/// `export deal.json --out deal.xlsx` picks the format from the extension;
/// `export deal.json --format xlsx --format csv --out-dir exports` writes several with
/// default names; `--all` writes every format.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Scenario JSON to export.
    pub file: PathBuf,
    /// Output file; its extension chooses the format unless --format is given
    /// (.xlsx, .csv, …prices.csv, .md/.html = pricing notice, …option….md/.html).
    #[arg(long, short, value_name = "PATH", conflicts_with_all = ["out_dir", "all"])]
    pub out: Option<PathBuf>,
    /// Folder for the outputs, named after the scenario file (default: current folder);
    /// created when missing.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Format(s) to write; repeat for several (a format that fails does not stop the
    /// others).
    #[arg(long = "format", short, value_enum)]
    pub formats: Vec<Format>,
    /// Write every format; a format that fails does not stop the others.
    #[arg(long, conflicts_with = "formats")]
    pub all: bool,
    /// CSV without the UTF-8 byte-order mark (for scripts; Excel needs the mark to read
    /// "σ" and Japanese text correctly).
    #[arg(long)]
    pub no_bom: bool,
    /// Language of the notice drafts: en (default) or ja.
    #[arg(long, value_enum, default_value = "en")]
    pub lang: crate::i18n::Language,
}

#[derive(Debug, clap::Args)]
pub struct OptionArgs {
    /// Share price S, in yen (a decimal: the amount per right is rounded up exactly from
    /// the numbers as typed).
    #[arg(long, value_parser = parse_number)]
    pub spot: Decimal,
    /// Exercise price X per share, in yen.
    #[arg(long, value_parser = parse_number)]
    pub strike: Decimal,
    /// Expected remaining period T, in years.
    #[arg(long, value_parser = parse_number)]
    pub term_years: Decimal,
    /// σ as a decimal fraction (0.45 = 45 %).
    #[arg(long, allow_negative_numbers = true, value_parser = parse_number)]
    pub volatility: Decimal,
    /// r as a decimal fraction (0.015 = 1.5 %); may be negative.
    #[arg(long, allow_negative_numbers = true, value_parser = parse_number)]
    pub risk_free_rate: Decimal,
    /// q as a decimal fraction.
    #[arg(long, allow_negative_numbers = true, value_parser = parse_number, default_value = "0")]
    pub dividend_yield: Decimal,
    /// Shares per stock acquisition right: adds the amount per right, rounded up to the yen.
    #[arg(long)]
    pub shares_per_right: Option<u32>,
    /// Which figure `amount_per_right` is: the exact rounding up of C × shares, or what a
    /// double-precision spreadsheet's ROUNDUP gives. Both are printed when they differ.
    #[arg(long, value_enum, default_value_t = ConventionArg::Exact)]
    pub amount_convention: ConventionArg,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ConventionArg {
    Exact,
    Spreadsheet,
}

impl From<ConventionArg> for AmountConvention {
    fn from(c: ConventionArg) -> Self {
        match c {
            ConventionArg::Exact => AmountConvention::Exact,
            ConventionArg::Spreadsheet => AmountConvention::Spreadsheet,
        }
    }
}

/// A number as typed ("3400", "0.0125", "1e-3"), kept exact.
fn parse_number(text: &str) -> Result<Decimal, String> {
    let t = text.trim();
    Decimal::from_str_exact(t)
        .or_else(|_| Decimal::from_scientific(t))
        .map_err(|_| format!("{text:?} is not a number"))
}

/// `rate --curve jgbcm_all.csv --date 2013-07-11 --term-years 15`.
#[derive(Debug, clap::Args)]
pub struct RateArgs {
    /// The Ministry of Finance's JGB yield curve CSV (jgbcm_all.csv for the history,
    /// jgbcm.csv for the current month), Shift_JIS or UTF-8.
    #[arg(long, value_name = "FILE")]
    pub curve: PathBuf,
    /// The valuation date (the allotment date): its row, else the last row before it.
    #[arg(long, value_name = "DATE")]
    pub date: NaiveDate,
    /// Expected remaining period T, in years.
    #[arg(long, allow_negative_numbers = true, value_parser = parse_number)]
    pub term_years: Decimal,
    /// How r is read between two tenors: linear interpolation, or the nearest tenor
    /// (halfway: the longer).
    #[arg(long, value_enum, default_value_t = MethodArg::Linear)]
    pub method: MethodArg,
    #[arg(long)]
    pub json: bool,
    /// Language of the derivation and of the rejected lines' reasons: en (default) or ja.
    #[arg(long, value_enum, default_value = "en")]
    pub lang: crate::i18n::Language,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MethodArg {
    Linear,
    Nearest,
}

impl From<MethodArg> for CurveMethod {
    fn from(m: MethodArg) -> Self {
        match m {
            MethodArg::Linear => CurveMethod::Linear,
            MethodArg::Nearest => CurveMethod::NearestTenor,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FrequencyArg {
    Weekly,
    Daily,
}

#[derive(Debug, clap::Args)]
pub struct VolatilityArgs {
    /// CSV of closes: date and close columns (Date/Close, 日付/終値, or no header).
    pub file: PathBuf,
    /// First date of the window (inclusive).
    #[arg(long, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    /// Last date of the window (inclusive).
    #[arg(long, value_name = "DATE")]
    pub to: Option<NaiveDate>,
    #[arg(long, value_enum, default_value_t = FrequencyArg::Weekly)]
    pub frequency: FrequencyArg,
    /// A split or consolidation: DATE:RATIO, e.g. 2012-10-01:200 (1:200 split) or 2020-04-01:0.5.
    #[arg(long = "split", value_name = "DATE:RATIO", value_parser = parse_split)]
    pub splits: Vec<SplitEvent>,
    /// The column the closes are read from, by its header (e.g. "Adj Close",
    /// AdjustmentClose, 調整後終値); default: the plain close. An adjusted column already
    /// includes splits: give no --split with it.
    #[arg(long, value_name = "HEADER")]
    pub close_column: Option<String>,
    #[arg(long)]
    pub json: bool,
}

fn parse_split(text: &str) -> Result<SplitEvent, String> {
    let (date, ratio) = text
        .split_once(':')
        .ok_or_else(|| format!("expected DATE:RATIO such as 2012-10-01:200, got {text:?}"))?;
    let effective_date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
        .map_err(|_| format!("{date:?} is not a date in YYYY-MM-DD form"))?;
    let ratio: f64 = ratio
        .trim()
        .parse()
        .ok()
        .filter(|r: &f64| r.is_finite() && *r > 0.0)
        .ok_or_else(|| format!("ratio {ratio:?} must be a number above 0"))?;
    Ok(SplitEvent {
        effective_date,
        ratio,
    })
}

/// A failure to report on stderr.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Field(#[from] FieldError),
    #[error("{0}")]
    File(#[from] storage::FileError),
    #[error("{0}")]
    Message(String),
    /// Some outputs of a multi-format export failed; the others were written.
    #[error("{} of {total} exports failed:{}", .failures.len(), failure_lines(.failures))]
    Exports {
        /// The lines already printed for the files written.
        written: String,
        failures: Vec<String>,
        total: usize,
    },
}

impl CliError {
    /// The error as stderr shows it, in `language` (a message already worded, such as
    /// an export's refusal, is printed as it was worded).
    pub fn message_in(&self, language: crate::i18n::Language) -> String {
        match self {
            CliError::Field(e) => format!("{}: {}", e.field, e.message_in(language)),
            CliError::File(e) => e.message_in(language),
            CliError::Message(message) => message.clone(),
            CliError::Exports {
                failures, total, ..
            } => {
                let head = crate::domain::Message::id("cli-exports-failed")
                    .with("failed", failures.len())
                    .with("total", *total)
                    .text(language);
                format!("{head}{}", failure_lines(failures))
            }
        }
    }
}

impl Command {
    /// The language the command was asked to speak (`--lang`); English for those
    /// without the option.
    pub fn language(&self) -> crate::i18n::Language {
        match self {
            Command::Compute { lang, .. } => *lang,
            Command::Export(a) => a.lang,
            Command::Rate(a) => a.lang,
            Command::Compare(a) => a.lang,
            Command::PaidOption(a) => a.lang,
            _ => crate::i18n::Language::English,
        }
    }
}

fn failure_lines(failures: &[String]) -> String {
    failures.iter().map(|f| format!("\n  {f}")).collect()
}

/// Runs a subcommand, writing its output to `out`.
pub fn run(command: Command, out: &mut dyn Write) -> Result<(), CliError> {
    let text = match command {
        Command::Compute { file, json, lang } => compute(&file, json, lang)?,
        Command::Option(args) => option(&args)?,
        Command::Volatility(args) => volatility(&args)?,
        Command::Calendar { from, to, json } => calendar_days(from, to, json)?,
        Command::Rate(args) => rate(&args)?,
        Command::PaidOption(args) => paid_option::run(&args)?,
        Command::Compare(args) => {
            let (text, left_out) = compare(&args)?;
            out.write_all(text.as_bytes())
                .map_err(|e| CliError::Message(format!("cannot write output: {e}")))?;
            return match left_out {
                None => Ok(()),
                Some(lines) => Err(CliError::Message(lines)),
            };
        }
        Command::Export(args) => match export(&args) {
            Err(CliError::Exports {
                written,
                failures,
                total,
            }) => {
                // The files that were written are reported as on success.
                out.write_all(written.as_bytes())
                    .map_err(|e| CliError::Message(format!("cannot write output: {e}")))?;
                return Err(CliError::Exports {
                    written: String::new(),
                    failures,
                    total,
                });
            }
            other => other?,
        },
        Command::Schedule {
            calculation_date,
            json,
        } => schedule(calculation_date, json)?,
    };
    out.write_all(text.as_bytes())
        .map_err(|e| CliError::Message(format!("cannot write output: {e}")))
}

fn pretty(value: &serde_json::Value) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

fn compute(
    file: &std::path::Path,
    json: bool,
    language: crate::i18n::Language,
) -> Result<String, CliError> {
    let scenario = storage::load_scenario(file)?;
    let results = ScenarioResults::compute_valued(&scenario);
    let figures = report::summary(&scenario, &results);
    if let Some(first) = results.errors().first() {
        return Err(CliError::Field((*first).clone()));
    }
    Ok(if json {
        pretty(&report::summary_json(&figures))
    } else {
        format!(
            "{}\n\n{}",
            scenario.title,
            report::summary_table_in(&figures, language)
        )
    })
}

/// The comparison's text or JSON, and the files left out (each with its problem) when
/// some failed to load.
fn compare(a: &CompareArgs) -> Result<(String, Option<String>), CliError> {
    use crate::report::compare::{self, Column, MAX_COLUMNS, MIN_COLUMNS};
    let language = a.lang;
    if a.files.len() > MAX_COLUMNS {
        return Err(CliError::Message(
            Message::id("cmp-too-many")
                .with("max", MAX_COLUMNS)
                .with("given", a.files.len())
                .text(language),
        ));
    }
    let mut loaded = Vec::new();
    let mut failed = Vec::new();
    for path in &a.files {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        match storage::load_scenario(path) {
            Ok(scenario) => loaded.push((name, scenario)),
            Err(e) => failed.push((name, e.message_in(language))),
        }
    }
    let left_out: Vec<String> = failed
        .iter()
        .map(|(file, problem)| {
            Message::id("cmp-failed")
                .with("file", file.as_str())
                .with("problem", problem.as_str())
                .text(language)
        })
        .collect();
    if loaded.len() < MIN_COLUMNS {
        let head = Message::id("cmp-too-few")
            .with("min", MIN_COLUMNS)
            .with("loaded", loaded.len())
            .text(language);
        return Err(CliError::Message(format!(
            "{head}{}",
            failure_lines(&left_out)
        )));
    }
    let columns: Vec<Column<'_>> = loaded
        .iter()
        .map(|(name, scenario)| Column {
            name: name.clone(),
            scenario,
        })
        .collect();
    let cmp = compare::compare_valued(&columns);
    if let Some(out) = &a.out {
        let format = report::ComparisonFormat::from_path(out).ok_or_else(|| {
            CliError::Message(
                Message::id("cmp-out-format")
                    .with("path", out.display().to_string())
                    .text(language),
            )
        })?;
        let options = ExportOptions {
            csv_bom: !a.no_bom,
            language,
        };
        let bytes = report::render_comparison(&cmp, format, a.only_differences, options)
            .map_err(|e| CliError::Message(e.message_in(language)))?;
        storage::write_atomic(out, &bytes)?;
    }
    let text = if a.json {
        let mut doc = cmp.to_json(a.only_differences);
        doc["failed"] = failed
            .iter()
            .map(|(file, problem)| json!({"file": file, "problem": problem}))
            .collect();
        pretty(&doc)
    } else {
        report::comparison_table_in(&cmp, a.only_differences, language)
    };
    Ok((text, (!left_out.is_empty()).then(|| left_out.join("\n"))))
}

/// Maps the domain's field names to this command's flags, so errors name what was typed.
fn option_flag(field: &str) -> &str {
    match field.rsplit('.').next().unwrap_or(field) {
        "spot" | "share_price" => "--spot",
        "strike" | "exercise_price" => "--strike",
        "term_years" => "--term-years",
        "volatility" => "--volatility",
        "risk_free_rate" => "--risk-free-rate",
        "dividend_yield" => "--dividend-yield",
        "shares_per_right" => "--shares-per-right",
        _ => field,
    }
}

fn option(a: &OptionArgs) -> Result<String, CliError> {
    let rename = |e: FieldError| {
        let flag = option_flag(&e.field).to_owned();
        e.at(flag)
    };
    let double = |value: Decimal, flag: &str| {
        value
            .to_f64()
            .filter(|v| v.is_finite())
            .ok_or_else(|| FieldError::new(flag, Message::id("err-not-representable")))
    };
    let inputs = BlackScholesInputs {
        spot: double(a.spot, "--spot")?,
        strike: double(a.strike, "--strike")?,
        term_years: double(a.term_years, "--term-years")?,
        volatility: double(a.volatility, "--volatility")?,
        risk_free_rate: double(a.risk_free_rate, "--risk-free-rate")?,
        dividend_yield: double(a.dividend_yield, "--dividend-yield")?,
    };
    let r = black_scholes(&inputs).map_err(rename)?;
    let exact = ExactInputs {
        spot: a.spot,
        strike: a.strike,
        term_years: a.term_years,
        volatility: a.volatility,
        risk_free_rate: a.risk_free_rate,
        dividend_yield: Quotient::of(a.dividend_yield),
    };
    let per_right = a
        .shares_per_right
        .map(|n| amount_per_right(&exact, &inputs, &r, n, a.amount_convention.into()))
        .transpose()
        .map_err(rename)?;
    let mut figures: Vec<(&str, f64)> = vec![
        ("price_per_share", r.price),
        ("d1", r.d1),
        ("d2", r.d2),
        ("delta", r.delta),
        ("gamma", r.gamma),
        ("vega", r.vega),
        ("theta", r.theta),
        ("rho", r.rho),
    ];
    if a.json {
        let mut map = serde_json::Map::new();
        for (k, v) in figures.drain(..) {
            map.insert(k.into(), json!(v));
        }
        if let Some(p) = &per_right {
            let text = |d: Decimal| json!(d.normalize().to_string());
            let ceiling = |c: Ceiling| match c {
                Ceiling::Decided(v) => text(v),
                Ceiling::Undecided { low, high } => {
                    json!({"undecided": [low.to_string(), high.to_string()]})
                }
            };
            map.insert("shares_per_right".into(), json!(p.shares_per_right));
            map.insert("price_times_shares".into(), text(p.unrounded));
            map.insert(
                "price_times_shares_error_bound".into(),
                json!(p.error_bound),
            );
            map.insert("amount_per_right".into(), ceiling(p.chosen()));
            map.insert("amount_convention".into(), json!(p.convention.key()));
            map.insert("amount_per_right_exact".into(), ceiling(p.exact));
            map.insert(
                "amount_per_right_spreadsheet".into(),
                ceiling(p.spreadsheet),
            );
        }
        return Ok(pretty(&serde_json::Value::Object(map)));
    }
    let mut out = String::new();
    for (k, v) in figures {
        out.push_str(&format!("{k:<17} {v:>22.12}\n"));
    }
    if let Some(p) = per_right {
        out.push_str(&format!(
            "{:<17} {:>22}  {}\n",
            "amount_per_right",
            report::amount_text(&p),
            report::amount_derivation(&p).text(crate::i18n::Language::English)
        ));
    }
    Ok(out)
}

fn volatility(a: &VolatilityArgs) -> Result<String, CliError> {
    let mut parsed = {
        let (text, encoding) = storage::read_any_text_with_progress(&a.file, |_, _| true)?;
        let columns = PriceColumns {
            close: a.close_column.clone(),
        };
        let mut parsed = parse_price_csv_with(&text, &columns)
            .map_err(|e| CliError::Message(format!("{}: {}", a.file.display(), e)))?;
        parsed.encoding = encoding;
        parsed
    }; // The file's text goes here: a large file is not held beside its closes.
    let rows_read = parsed.closes.len();
    // Converted once, the exact closes given up as they go.
    let closes: Vec<Close> = std::mem::take(&mut parsed.closes)
        .into_iter()
        .map(|(date, close)| Close {
            date,
            close: crate::domain::money::price_to_f64(close),
        })
        .collect();
    let frequency = match a.frequency {
        FrequencyArg::Weekly => Frequency::Weekly,
        FrequencyArg::Daily => Frequency::Daily,
    };
    let window = VolatilityWindow {
        start: a.from,
        end: a.to,
    };
    let r = historical_volatility(&closes, &a.splits, window, frequency).map_err(|e| {
        let flag = match e.field.as_str() {
            f if f.ends_with("window_start") => "--from",
            f if f.ends_with("window_end") => "--to",
            f if f.contains("split") => "--split",
            _ => e.field.as_str(),
        }
        .to_owned();
        e.at(flag)
    })?;
    if a.json {
        return Ok(pretty(&json!({
            "annualized_volatility": r.annualized,
            "stdev_per_period": r.stdev_per_period,
            "mean_return": r.mean_return,
            "periods_per_year": r.periods_per_year,
            "frequency": r.frequency.label(),
            "samples": r.samples,
            "returns": r.returns,
            "first_date": r.first_date.to_string(),
            "last_date": r.last_date.to_string(),
            "rows_read": rows_read,
            "rows_rejected": parsed.rejected.len(),
            "encoding": parsed.encoding.to_string(),
        })));
    }
    let mut out = format!(
        "annualized volatility  {:.6} ({:.2} %)\n\
         frequency              {}\n\
         window                 {} to {}\n\
         samples                {}\n\
         returns                {}\n\
         stdev per period       {:.8}\n\
         rows read              {}\n\
         encoding               {}\n",
        r.annualized,
        r.annualized * 100.0,
        r.frequency.label(),
        r.first_date,
        r.last_date,
        r.samples,
        r.returns,
        r.stdev_per_period,
        rows_read,
        parsed.encoding,
    );
    rejected_lines(
        &mut out,
        parsed.rejected.len(),
        parsed
            .rejected
            .iter()
            .map(|l| (l.line, l.reason_in(crate::i18n::Language::English))),
    );
    Ok(out)
}

/// "rows rejected  N" and the first 20 of them with their reasons, when there are any.
fn rejected_lines(out: &mut String, count: usize, lines: impl Iterator<Item = (u64, String)>) {
    if count == 0 {
        return;
    }
    out.push_str(&format!("rows rejected          {count}\n"));
    for (line, reason) in lines.take(20) {
        out.push_str(&format!("  line {line}: {reason}\n"));
    }
}

/// r off the JGB curve in a file, and how it was reached.
fn rate(a: &RateArgs) -> Result<String, CliError> {
    let language = a.lang;
    let (text, encoding) = storage::read_any_text_with_progress(&a.curve, |_, _| true)?;
    let parsed = parse_curve(&text).map_err(|e| {
        CliError::Message(format!("{}: {}", a.curve.display(), e.message_in(language)))
    })?;
    let r = rate_for(&parsed.rows, a.date, a.term_years, a.method.into()).map_err(|e| {
        let flag = match e.field.as_str() {
            yield_curve::DATE_FIELD => "--date",
            yield_curve::TERM_FIELD => "--term-years",
            _ => "--curve",
        };
        e.at(flag)
    })?;
    let derivation: Vec<String> = r.derivation().iter().map(|m| m.text(language)).collect();
    let derivation = derivation.join(&crate::i18n::text(language, "der-joiner"));
    let text_of = |d: Decimal| d.normalize().to_string();
    let (first, last) = (
        parsed.rows.first().map(|r| r.date),
        parsed.rows.last().map(|r| r.date),
    );
    if a.json {
        let basis = match r.basis {
            Basis::Tenor(_) => "tenor",
            Basis::Linear { .. } => "linear",
            Basis::Nearest(_) => "nearest",
        };
        let tenors: Vec<serde_json::Value> = r
            .basis
            .tenors()
            .iter()
            .map(|t| json!({"years": t.years, "rate": text_of(t.rate)}))
            .collect();
        let weight = match r.basis {
            Basis::Linear { weight, .. } => json!(text_of(weight)),
            _ => serde_json::Value::Null,
        };
        return Ok(pretty(&json!({
            "risk_free_rate": text_of(r.rate),
            "risk_free_rate_unrounded": text_of(r.unrounded),
            "valuation_date": r.valuation_date.to_string(),
            "date_used": r.date_used.to_string(),
            "fell_back": r.fell_back(),
            "term_years": text_of(r.term_years),
            "method": r.method.key(),
            "basis": basis,
            "tenors": tenors,
            "weight": weight,
            "derivation": derivation,
            "rows_read": parsed.rows.len(),
            "rows_rejected": parsed.rejected.len(),
            "first_date": first.map(|d| d.to_string()),
            "last_date": last.map(|d| d.to_string()),
            "encoding": encoding.to_string(),
        })));
    }
    let mut out = format!(
        "risk-free rate r       {} ({})\n\
         date used              {}\n\
         derivation             {}\n\
         method                 {}\n\
         rows read              {} ({} to {})\n\
         encoding               {}\n",
        text_of(r.rate),
        crate::domain::money::format_percent(r.rate, yield_curve::percent_dp(r.rate)),
        r.date_used,
        derivation,
        r.method.key(),
        parsed.rows.len(),
        first.map(|d| d.to_string()).unwrap_or_default(),
        last.map(|d| d.to_string()).unwrap_or_default(),
        encoding,
    );
    rejected_lines(
        &mut out,
        parsed.rejected.len(),
        parsed
            .rejected
            .iter()
            .map(|l| (l.line, l.reason.text(language))),
    );
    Ok(out)
}

/// The outputs an export command asks for: (format, path) pairs.
fn export_targets(a: &ExportArgs) -> Result<Vec<(Format, PathBuf)>, CliError> {
    if let Some(out) = &a.out {
        let format = match a.formats.as_slice() {
            [] => Format::from_path(out).ok_or_else(|| {
                FieldError::new(
                    "--out",
                    Message::id("cli-unknown-extension").with("path", out.display().to_string()),
                )
            })?,
            [one] => {
                check_extension(*one, out)?;
                *one
            }
            _ => {
                return Err(
                    FieldError::new("--format", Message::id("cli-one-format-with-out")).into(),
                );
            }
        };
        return Ok(vec![(format, out.clone())]);
    }
    let formats: Vec<Format> = if a.all || a.formats.is_empty() {
        if !a.all {
            return Err(FieldError::new("--format", Message::id("cli-say-what-to-export")).into());
        }
        Format::ALL.to_vec()
    } else {
        a.formats.clone()
    };
    let dir = a.out_dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let stem = a
        .file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "scenario".into());
    Ok(formats
        .into_iter()
        .map(|f| (f, dir.join(f.file_name(&stem))))
        .collect())
}

/// Refuses `--format csv --out deal.xlsx`: the file would not be what its name says.
/// An extension no format uses (`.txt`) is the user's choice and passes.
fn check_extension(format: Format, out: &std::path::Path) -> Result<(), CliError> {
    let Some(ext) = out.extension().map(|e| e.to_string_lossy().to_lowercase()) else {
        return Ok(());
    };
    let ext = match ext.as_str() {
        "htm" => "html",
        "markdown" => "md",
        other => other,
    };
    let known = Format::ALL.iter().any(|f| f.extension() == ext);
    if known && ext != format.extension() {
        return Err(FieldError::new(
            "--format",
            Message::id("cli-extension-mismatch")
                .with("format", format.name())
                .with("extension", format.extension())
                .with("path", out.display().to_string())
                .with("ends", ext),
        )
        .into());
    }
    Ok(())
}

fn export(a: &ExportArgs) -> Result<String, CliError> {
    let mut targets = export_targets(a)?;
    let scenario = storage::load_scenario(&a.file)?;
    if a.all && scenario.paid_option.is_none() {
        targets.retain(|(format, _)| !format.needs_paid_grant());
    }
    let results = ScenarioResults::compute_valued(&scenario);
    let options = ExportOptions {
        csv_bom: !a.no_bom,
        language: a.lang,
    };
    if let Some(dir) = &a.out_dir {
        std::fs::create_dir_all(dir).map_err(|source| storage::FileError::Io {
            path: dir.clone(),
            source,
        })?;
    }
    let total = targets.len();
    let mut written = String::new();
    let mut failures = Vec::new();
    for (format, path) in targets {
        let result = report::render_with(format, &scenario, &results, options)
            .map_err(|e| format!("{}: {}", path.display(), e.message_in(options.language)))
            .and_then(|bytes| {
                storage::write_atomic(&path, &bytes).map_err(|e| e.message_in(options.language))
            });
        match result {
            Ok(()) => {
                let line = crate::domain::Message::id("cli-wrote")
                    .with("path", path.display().to_string())
                    .with("format", format.label_in(options.language))
                    .text(options.language);
                written.push_str(&format!("{line}\n"));
            }
            // One file asked for: its failure is the command's error, as it always was.
            Err(message) if total == 1 => return Err(CliError::Message(message)),
            Err(message) => failures.push(message),
        }
    }
    if failures.is_empty() {
        Ok(written)
    } else {
        Err(CliError::Exports {
            written,
            failures,
            total,
        })
    }
}

fn calendar_days(from: NaiveDate, to: NaiveDate, json: bool) -> Result<String, CliError> {
    // Check each end on its own so the error names the flag that is out of range.
    calendar::is_business_day(from).map_err(|e| e.at("--from"))?;
    calendar::is_business_day(to).map_err(|e| e.at("--to"))?;
    if from > to {
        return Err(
            FieldError::new("--to", Message::id("cli-to-before-from").with("from", from)).into(),
        );
    }
    let days = business_days_between(from, to).map_err(|e| e.at("--from"))?;
    if json {
        let list: Vec<String> = days.iter().map(|d| d.to_string()).collect();
        return Ok(pretty(&json!({
            "from": from.to_string(),
            "to": to.to_string(),
            "count": list.len(),
            "business_days": list,
        })));
    }
    let mut out = String::new();
    for d in &days {
        out.push_str(&format!("{}\n", d.format("%Y-%m-%d %a")));
    }
    out.push_str(&format!("{} business days\n", days.len()));
    Ok(out)
}

fn schedule(calculation_date: NaiveDate, json: bool) -> Result<String, CliError> {
    let inputs = ScheduleInputs {
        calculation_date,
        offsets: ScheduleOffsets::default(),
        overrides: ScheduleOverrides::default(),
    };
    let t = derive_timetable(&inputs).map_err(|e| e.at("--calculation-date"))?;
    let figures: Vec<Figure> = report::summary_timetable(&t);
    if json {
        let mut map = serde_json::Map::new();
        for f in &figures {
            if let Value::Date(d) = f.value {
                map.insert(f.key.clone(), json!(d.to_string()));
                // A date from a fitted offset says so: "cover_end_status": "assumed".
                if let Some(status) = f.status {
                    map.insert(format!("{}_status", f.key), json!(status.key()));
                }
            }
        }
        return Ok(pretty(&serde_json::Value::Object(map)));
    }
    Ok(report::summary_table(&figures))
}
