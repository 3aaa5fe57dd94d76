//! Every kind of bad scenario file is refused through `storage::load_scenario` with a
//! message that says what is wrong and where, and the scenario already open stays as
//! it was. Also: every fixture of an older schema version still loads.
//!
//! tests/scenario_files.rs holds the single-purpose tests; this file is the table.

use std::path::{Path, PathBuf};

use offering_desk::i18n::Language;
use offering_desk::scenario::{self, LoadError, SCHEMA_VERSION, Scenario, from_json, to_json};
use offering_desk::storage::{self, FileError, MAX_FILE_BYTES};
use serde_json::Value;

/// What goes into the file.
enum Input {
    Text(String),
    Bytes(Vec<u8>),
    /// A sparse file of this many bytes (nothing is actually written).
    Sparse(u64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    TooLarge,
    NotUtf8,
    Syntax,
    MissingVersion,
    BadVersion,
    NewerVersion,
    /// A type error with its field path (serde_path_to_error).
    Field,
    /// Validation problems; `At::Path` names one of them.
    Invalid,
}

/// Where the message must point, beyond the file path every message names.
#[derive(Debug, Clone, Copy)]
enum At {
    /// The field path of a `Field` error, or of one of the `Invalid` problems.
    Path(&'static str),
    /// The line of a `Syntax` or `Field` error.
    Line(usize),
    /// Both, for a `Field` error.
    PathLine(&'static str, usize),
    /// A file-level problem: the file path is the "where" (the offset or size is in
    /// the message substring).
    File,
}

struct Row {
    name: &'static str,
    input: Input,
    kind: Kind,
    /// Must appear in the message (Display of the error).
    message: String,
    at: At,
}

fn sample() -> String {
    scenario::SAMPLE_SCENARIO_JSON.to_owned()
}

/// The sample with the first `from` replaced by `to`; panics if `from` is missing, so
/// a change to the sample cannot silently turn a row into a test of the valid file.
/// The sample's version line, `"schema_version": N`.
static VERSION: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| format!("\"schema_version\": {SCHEMA_VERSION}"));

fn edit(from: &str, to: &str) -> String {
    let text = sample();
    assert!(
        text.contains(from),
        "the sample no longer contains {from:?}"
    );
    text.replacen(from, to, 1)
}

/// 1-based line of the first occurrence of `needle` in the sample.
fn line_of(needle: &str) -> usize {
    let text = sample();
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the sample"));
    text[..at].matches('\n').count() + 1
}

fn row(name: &'static str, input: Input, kind: Kind, message: &str, at: At) -> Row {
    Row {
        name,
        input,
        kind,
        message: message.to_owned(),
        at,
    }
}

/// The sample with a capital section holding `fields` (JSON members), after its version.
fn capital(fields: &str) -> String {
    edit(
        &format!("{},", *VERSION),
        &format!("{},\n  \"capital\": {{{fields}}},", *VERSION),
    )
}

fn text(s: String) -> Input {
    Input::Text(s)
}

fn rows() -> Vec<Row> {
    use At::*;
    use Kind::*;
    let full = sample();
    let mut half = full.len() / 2;
    while !full.is_char_boundary(half) {
        half -= 1;
    }
    let truncated = full[..half].to_owned();
    let truncated_line = truncated.matches('\n').count() + 1;

    let title_at = full.find("IIJ follow-on").unwrap();
    let mut not_utf8 = full.clone().into_bytes();
    not_utf8.insert(title_at, 0xff);
    // "日本" in Shift_JIS, as an older Japanese export might write it.
    let mut shift_jis = full.clone().into_bytes();
    shift_jis.splice(title_at..title_at, [0x93, 0xfa, 0x96, 0x7b]);

    let deep = "[".repeat(10_000);
    let deep_closed = format!("{deep}{}", "]".repeat(10_000));
    let deep_version = format!("{{\"schema_version\": {deep}{}}}", "]".repeat(10_000));
    let deep_objects = |version: u32| {
        format!(
            "{{\"schema_version\": {version}, \"x\": {}1{}}}",
            "{\"x\": ".repeat(10_000),
            "}".repeat(10_000)
        )
    };

    let spread = |rate: &str| {
        edit(
            "\"method\": \"entered\",\n      \"amount_to_be_paid\": \"3208\"",
            &format!("\"method\": \"spread\",\n      \"spread_rate\": \"{rate}\""),
        )
    };
    let base_price = |v: &str| edit("\"base_price\": \"3450\"", &format!("\"base_price\": {v}"));
    let risk_free = |v: &str| {
        edit(
            "\"risk_free_rate\": \"0.0125\"",
            &format!("\"risk_free_rate\": \"{v}\""),
        )
    };
    let closes_start = full.find("\"closes\": [").unwrap();
    let closes_end = closes_start + full[closes_start..].find(']').unwrap();
    let no_closes = format!(
        "{}\"closes\": []{}",
        &full[..closes_start],
        &full[closes_end + 1..]
    );

    vec![
        // ---- the file itself
        row(
            "over the size limit",
            Input::Sparse(MAX_FILE_BYTES + 1),
            TooLarge,
            &format!(
                "the file is {} bytes; the limit is {MAX_FILE_BYTES} bytes",
                MAX_FILE_BYTES + 1
            ),
            File,
        ),
        row(
            "not UTF-8 (a stray 0xFF)",
            Input::Bytes(not_utf8),
            NotUtf8,
            &format!("not UTF-8 text (invalid byte at offset {title_at})"),
            File,
        ),
        row(
            "not UTF-8 (Shift_JIS text)",
            Input::Bytes(shift_jis),
            NotUtf8,
            &format!("invalid byte at offset {title_at}"),
            File,
        ),
        // ---- syntax
        row(
            "empty file",
            text(String::new()),
            Syntax,
            "EOF while parsing a value",
            Line(1),
        ),
        row(
            "the sample cut in half",
            text(truncated),
            Syntax,
            "EOF while parsing",
            Line(truncated_line),
        ),
        row(
            "10,000 '[' (unclosed)",
            text(deep),
            Syntax,
            "expected a scenario: a JSON object",
            Line(1),
        ),
        row(
            "10,000 '[' closed",
            text(deep_closed),
            Syntax,
            "expected a scenario: a JSON object",
            Line(1),
        ),
        row(
            "10,000 nested arrays as the schema_version",
            text(deep_version),
            Syntax,
            "recursion limit exceeded",
            Line(1),
        ),
        row(
            "10,000 nested objects under an unknown key",
            text(deep_objects(SCHEMA_VERSION)),
            Field,
            "unknown field `x`",
            Line(1),
        ),
        // An old version is read as a JSON tree first (to migrate it): the nesting
        // limit stops it there.
        row(
            "10,000 nested objects in a version 1 file",
            text(deep_objects(1)),
            Syntax,
            "recursion limit exceeded",
            Line(1),
        ),
        row(
            "10,000 nested arrays in the notes",
            text(edit(
                "\"title\": \"IIJ",
                &format!(
                    "\"notes\": {}{}, \"title\": \"IIJ",
                    "[".repeat(10_000),
                    "]".repeat(10_000)
                ),
            )),
            Field,
            "invalid type: sequence, expected a string",
            PathLine("notes", 3),
        ),
        row(
            "a JSON array instead of an object",
            text("[1]".into()),
            Syntax,
            "invalid type: sequence, expected a scenario: a JSON object",
            Line(1),
        ),
        row(
            "bare NaN",
            text(base_price("NaN")),
            Syntax,
            "expected value",
            Line(line_of("\"base_price\"")),
        ),
        row(
            "bare Infinity",
            text(edit(
                "\"discount_rate\": \"0.03\"",
                "\"discount_rate\": Infinity",
            )),
            Syntax,
            "expected value",
            Line(line_of("\"discount_rate\"")),
        ),
        row(
            "bare -Infinity",
            text(edit("\"close\": \"520000\"", "\"close\": -Infinity")),
            Syntax,
            "invalid number",
            Line(line_of("\"close\": \"520000\"")),
        ),
        // ---- types, with the field path
        row(
            "new_shares as a string",
            text(edit(
                "\"new_shares\": 4700000",
                "\"new_shares\": \"4700000\"",
            )),
            Field,
            "invalid type: string \"4700000\", expected u64",
            PathLine("offering.new_shares", line_of("\"new_shares\"")),
        ),
        row(
            "base_price as a JSON number",
            text(base_price("3450")),
            Field,
            "invalid type: integer `3450`, expected a Decimal",
            PathLine("offering.base_price", line_of("\"base_price\"")),
        ),
        row(
            "closes as an object",
            text(format!(
                "{}\"closes\": {{}}{}",
                &full[..closes_start],
                &full[closes_end + 1..]
            )),
            Field,
            "invalid type: map, expected a sequence",
            Path("price_history.closes"),
        ),
        row(
            "duplicate schema_version",
            text(edit(
                &format!("{},", *VERSION),
                &format!("{0},\n  {0},", *VERSION),
            )),
            Syntax,
            "duplicate field `schema_version`",
            Line(3),
        ),
        row(
            "duplicate key inside a close",
            text(edit(
                "\"close\": \"520000\"",
                "\"close\": \"520000\", \"close\": \"1\"",
            )),
            Field,
            "duplicate field `close`",
            PathLine("price_history.closes[0]", line_of("\"close\": \"520000\"")),
        ),
        row(
            "NaN as a decimal string",
            text(base_price("\"NaN\"")),
            Field,
            "invalid value: string \"NaN\"",
            Path("offering.base_price"),
        ),
        row(
            "Infinity as a decimal string",
            text(edit("\"close\": \"520000\"", "\"close\": \"Infinity\"")),
            Field,
            "invalid value: string \"Infinity\"",
            Path("price_history.closes[0].close"),
        ),
        row(
            "-Infinity as a decimal string",
            text(risk_free("-Infinity")),
            Field,
            "invalid value: string \"-Infinity\"",
            Path("option.risk_free_rate"),
        ),
        row(
            "1e40 as a decimal string",
            text(base_price("\"1e40\"")),
            Field,
            "invalid value: string \"1e40\"",
            Path("offering.base_price"),
        ),
        row(
            "1e40 as a JSON number",
            text(base_price("1e40")),
            Field,
            "invalid type: floating point",
            Path("offering.base_price"),
        ),
        row(
            "32 nines, beyond Decimal",
            text(edit(
                "\"estimated_expenses\": \"100000000\"",
                "\"estimated_expenses\": \"99999999999999999999999999999999\"",
            )),
            Field,
            "\"99999999999999999999999999999999\"",
            Path("offering.estimated_expenses"),
        ),
        row(
            "Decimal::MAX + 1",
            text(base_price("\"79228162514264337593543950336\"")),
            Field,
            "\"79228162514264337593543950336\"",
            Path("offering.base_price"),
        ),
        row(
            "within Decimal, beyond a price",
            text(base_price("\"79228162514264337593543950335\"")),
            Invalid,
            "at most JPY 1,000,000,000",
            Path("offering.base_price"),
        ),
        row(
            "2013-02-30",
            text(edit(
                "\"calculation_date\": \"2013-07-10\"",
                "\"calculation_date\": \"2013-02-30\"",
            )),
            Field,
            "not a calendar date",
            PathLine("schedule.calculation_date", line_of("\"calculation_date\"")),
        ),
        row(
            "2013-13-01",
            text(edit(
                "\"allotment_date\": \"2013-07-11\"",
                "\"allotment_date\": \"2013-13-01\"",
            )),
            Field,
            "dates are written YYYY-MM-DD",
            Path("option.allotment_date"),
        ),
        row(
            "a close on 2013-02-29",
            text(edit("\"date\": \"2005-12-05\"", "\"date\": \"2013-02-29\"")),
            Field,
            "not a calendar date",
            Path("price_history.closes[1].date"),
        ),
        row(
            "negative over-allotment shares",
            text(edit(
                "\"over_allotment_shares\": 700000",
                "\"over_allotment_shares\": -700000",
            )),
            Field,
            "invalid value: integer `-700000`, expected u64",
            Path("offering.over_allotment_shares"),
        ),
        row(
            "negative persons",
            text(edit("\"persons\": 7", "\"persons\": -7")),
            Field,
            "expected u32",
            Path("option.allotment[0].persons"),
        ),
        // ---- validation: every message names the field and what is accepted
        row(
            "zero new shares",
            text(edit("\"new_shares\": 4700000", "\"new_shares\": 0")),
            Invalid,
            "offering.new_shares: must be a whole number of shares from 1",
            Path("offering.new_shares"),
        ),
        row(
            "discount rate 100 %",
            text(edit(
                "\"discount_rate\": \"0.03\"",
                "\"discount_rate\": \"1\"",
            )),
            Invalid,
            "below 100 %",
            Path("offering.discount_rate"),
        ),
        row(
            "spread rate 150 %",
            text(spread("1.5")),
            Invalid,
            "below 100 %",
            Path("offering.spread_rate"),
        ),
        row(
            "risk-free rate 100 %",
            text(risk_free("1")),
            Invalid,
            "option.risk_free_rate: must be above −100 % and below 100 %",
            Path("option.risk_free_rate"),
        ),
        row(
            "risk-free rate −100 %",
            text(risk_free("-1")),
            Invalid,
            "must be above −100 %",
            Path("option.risk_free_rate"),
        ),
        // policy: see README. An empty `closes` list is refused today (a scenario with no
        // history leaves the key out); the lead decides this row.
        row(
            "an empty price history",
            text(no_closes),
            Field,
            "empty price history",
            Path("price_history.closes"),
        ),
        row(
            "unsorted closes",
            text(edit("\"date\": \"2005-12-05\"", "\"date\": \"2005-12-01\"")),
            Invalid,
            "dates must be strictly increasing: 2005-12-01 follows 2005-12-02",
            Path("price_history.closes[1].date"),
        ),
        row(
            "duplicate close dates",
            text(edit("\"date\": \"2005-12-05\"", "\"date\": \"2005-12-02\"")),
            Invalid,
            "2005-12-02 follows 2005-12-02",
            Path("price_history.closes[1].date"),
        ),
        row(
            "a zero close",
            text(edit("\"close\": \"520000\"", "\"close\": \"0\"")),
            Invalid,
            "must be a price above 0 (on 2005-12-02)",
            Path("price_history.closes[0].close"),
        ),
        // ---- the capital section (schema version 7)
        row(
            "issued shares as a string",
            text(capital("\"issued_shares\": \"41000000\"")),
            Field,
            "invalid type: string \"41000000\", expected u64",
            Path("capital.issued_shares"),
        ),
        row(
            "treasury shares as many as the issued shares",
            text(capital(
                "\"issued_shares\": 41000000, \"treasury_shares\": 41000000",
            )),
            Invalid,
            "capital.treasury_shares: must be from 0 to 40,999,999 shares",
            Path("capital.treasury_shares"),
        ),
        row(
            "both net income and EPS",
            text(capital(
                "\"issued_shares\": 41000000, \"net_income\": \"3000000000\", \"eps\": \"75\"",
            )),
            Invalid,
            "capital.eps: must be empty when net income (capital.net_income) is given",
            Path("capital.eps"),
        ),
        row(
            "an unknown field in the capital section",
            text(capital("\"issued\": 41000000")),
            Field,
            "unknown field `issued`",
            Path("capital.issued"),
        ),
        // ---- schema version
        row(
            "a newer schema_version",
            text(edit(
                &VERSION,
                &format!("\"schema_version\": {}", SCHEMA_VERSION + 1),
            )),
            NewerVersion,
            &format!(
                "schema_version {} was written by a newer Offering Desk",
                SCHEMA_VERSION + 1
            ),
            File,
        ),
        row(
            "a missing schema_version",
            text(edit(&format!("{},", *VERSION), "")),
            MissingVersion,
            "no schema_version",
            File,
        ),
        row(
            "schema_version 0",
            text(edit(&VERSION, "\"schema_version\": 0")),
            BadVersion,
            &format!("whole number from 1 to {SCHEMA_VERSION}, found 0"),
            File,
        ),
        row(
            "schema_version as a string",
            text(edit(&VERSION, "\"schema_version\": \"2\"")),
            BadVersion,
            "found \"2\"",
            File,
        ),
        // ---- the fields of schema version 2
        row(
            "listing codes as one string",
            text(edit(
                "\"listing_codes\": [\n      \"NASDAQ:IIJI\",\n      \"TSE:3774\"\n    ]",
                "\"listing_codes\": \"TSE:3774\"",
            )),
            Field,
            "invalid type: string \"TSE:3774\", expected a sequence",
            PathLine("company.listing_codes", line_of("\"listing_codes\"")),
        ),
        row(
            "an empty listing code",
            text(edit("\"NASDAQ:IIJI\"", "\" \"")),
            Invalid,
            "company.listing_codes[0]: must be a listing code such as TSE:3774 or NASDAQ:IIJI, \
             not empty",
            Path("company.listing_codes[0]"),
        ),
        row(
            "a listing code listed twice",
            text(edit("\"NASDAQ:IIJI\"", "\"TSE:3774\"")),
            Invalid,
            "must not repeat a listing code (TSE:3774 is listed twice)",
            Path("company.listing_codes[1]"),
        ),
        row(
            "a listing code with a line break",
            text(edit("\"NASDAQ:IIJI\"", "\"NASDAQ:\\nIIJI\"")),
            Invalid,
            "must be a listing code such as TSE:3774: one line of at most 80 characters",
            Path("company.listing_codes[0]"),
        ),
        row(
            "eleven listing codes",
            text(edit(
                "\"NASDAQ:IIJI\",",
                &(1..=10).map(|i| format!("\"X:{i}\", ")).collect::<String>(),
            )),
            Invalid,
            "company.listing_codes: must list at most 10 listing codes",
            Path("company.listing_codes"),
        ),
        row(
            "a short name of 81 characters",
            text(edit(
                "\"short_name\": \"IIJ\"",
                &format!("\"short_name\": \"{}\"", "I".repeat(81)),
            )),
            Invalid,
            "company.short_name: must be the name the notices use after the first mention \
             (\"IIJ\"), or empty: one line of at most 80 characters",
            Path("company.short_name"),
        ),
        row(
            "a dateline city with a line break",
            text(edit(
                "\"dateline_city\": \"Tokyo\"",
                "\"dateline_city\": \"Tokyo\\r\"",
            )),
            Invalid,
            "company.dateline_city: must be the city of the dateline",
            Path("company.dateline_city"),
        ),
        row(
            "a launch resolution date that is no date",
            text(edit(
                "\"launch_resolution_date\": \"2013-07-02\"",
                "\"launch_resolution_date\": \"2013-07-32\"",
            )),
            Field,
            "not a calendar date",
            PathLine(
                "schedule.launch_resolution_date",
                line_of("\"launch_resolution_date\""),
            ),
        ),
        row(
            "the launch resolved after pricing",
            text(edit(
                "\"launch_resolution_date\": \"2013-07-02\"",
                "\"launch_resolution_date\": \"2013-07-11\"",
            )),
            Invalid,
            "schedule.launch_resolution_date: must be on or before the calculation date \
             (2013-07-10)",
            Path("schedule.launch_resolution_date"),
        ),
        row(
            "a pricing resolution before the launch resolution",
            text(edit(
                "\"launch_resolution_date\": \"2013-07-02\"",
                "\"launch_resolution_date\": \"2013-07-02\",\n    \"pricing_resolution_date\": \
                 \"2013-07-01\"",
            )),
            Invalid,
            "schedule.pricing_resolution_date: must be on or after the launch resolution date \
             (2013-07-02)",
            Path("schedule.pricing_resolution_date"),
        ),
        row(
            "a launch release after pricing",
            text(edit(
                "\"launch_release_date\": \"2013-07-02\"",
                "\"launch_release_date\": \"2013-07-12\"",
            )),
            Invalid,
            "drafts.launch_release_date: must be on or before the calculation date (2013-07-10)",
            Path("drafts.launch_release_date"),
        ),
        row(
            "a launch release before the launch resolution",
            text(edit(
                "\"launch_release_date\": \"2013-07-02\"",
                "\"launch_release_date\": \"2013-07-01\"",
            )),
            Invalid,
            "drafts.launch_release_date: must be on or after the launch resolution date \
             (2013-07-02)",
            Path("drafts.launch_release_date"),
        ),
        row(
            "a launch release title on two lines",
            text(edit(
                "\"launch_release_title\": \"Notice",
                "\"launch_release_title\": \"\\nNotice",
            )),
            Invalid,
            "must be the title of the launch press release: one line of at most 300 characters",
            Path("drafts.launch_release_title"),
        ),
        row(
            "show_new_shares_offered as a string",
            text(edit(
                "\"show_new_shares_offered\": false",
                "\"show_new_shares_offered\": \"no\"",
            )),
            Field,
            "invalid type: string \"no\", expected a boolean",
            Path("drafts.show_new_shares_offered"),
        ),
        row(
            "an unknown draft option",
            text(edit(
                "\"show_new_shares_offered\": false",
                "\"show_new_shares\": false",
            )),
            Field,
            "unknown field `show_new_shares`",
            Path("drafts.show_new_shares"),
        ),
        row(
            "options resolved after the allotment",
            text(edit(
                "\"resolution_date\": \"2013-06-26\"",
                "\"resolution_date\": \"2013-07-12\"",
            )),
            Invalid,
            "option.resolution_date: must be on or before the allotment date (2013-07-11)",
            Path("option.resolution_date"),
        ),
        row(
            "a dividend for a fiscal year not yet ended",
            text(edit(
                "\"dividend_fiscal_year_end\": \"2013-03-31\"",
                "\"dividend_fiscal_year_end\": \"2014-03-31\"",
            )),
            Invalid,
            "option.dividend_fiscal_year_end: must be on or before the allotment date \
             (2013-07-11)",
            Path("option.dividend_fiscal_year_end"),
        ),
        row(
            "a dividend split after the allotment",
            text(edit(
                "\"dividend_split_effective_date\": \"2012-10-01\"",
                "\"dividend_split_effective_date\": \"2013-10-01\"",
            )),
            Invalid,
            "option.dividend_split_effective_date: must be on or before the allotment date",
            Path("option.dividend_split_effective_date"),
        ),
        row(
            "item (11) of 20,001 characters",
            text(edit(
                "\"later_split_ratio\": \"1\",",
                &format!(
                    "\"later_split_ratio\": \"1\",\n    \"exercise_conditions\": \"{}\",",
                    "x".repeat(20_001)
                ),
            )),
            Invalid,
            "option.exercise_conditions: must be at most 20,000 characters",
            Path("option.exercise_conditions"),
        ),
        row(
            "Japanese item (8) of 20,001 characters",
            text(edit(
                "\"later_split_ratio\": \"1\",",
                &format!(
                    "\"later_split_ratio\": \"1\",\n    \"acquisition_conditions_ja\": \"{}\",",
                    "条".repeat(20_001)
                ),
            )),
            Invalid,
            "option.acquisition_conditions_ja: must be at most 20,000 characters",
            Path("option.acquisition_conditions_ja"),
        ),
        // ---- the source of r (schema version 6)
        row(
            "no risk_free_rate_source in a version 6 file",
            text(edit(
                "\"risk_free_rate_source\": {\n      \"kind\": \"manual\"\n    },\n",
                "",
            )),
            Field,
            "missing field `risk_free_rate_source`",
            Path("option"),
        ),
        row(
            "an unknown kind of rate source",
            text(edit(
                "\"kind\": \"manual\"\n    },\n    \"dividend",
                "\"kind\": \"bloomberg\"\n    },\n    \"dividend",
            )),
            Field,
            "unknown variant `bloomberg`, expected `manual` or `jgb_curve`",
            Path("option.risk_free_rate_source.kind"),
        ),
        row(
            "a recorded rate the recorded curve does not give",
            text(rate_source("0.0125")),
            Invalid,
            "option.risk_free_rate_source.rate: must be what the recorded curve gives: \
             1.272 % on 2013-07-11",
            Path("option.risk_free_rate_source.rate"),
        ),
        row(
            "a recorded T beyond the recorded day's tenors",
            text(rate_source_for("45", "0.01272")),
            Invalid,
            "option.risk_free_rate_source: must be from 10 to 20 years, the tenors the curve \
             has on 2013-07-11",
            Path("option.risk_free_rate_source"),
        ),
        row(
            "a recorded curve with a tenor twice",
            text(rate_source("0.01272").replace("\"years\": 20", "\"years\": 15")),
            Invalid,
            "option.risk_free_rate_source.curve: must list the day's tenors once each",
            Path("option.risk_free_rate_source.curve"),
        ),
    ]
}

/// The sample with r read off a day of the JGB curve (10, 15 and 20 years: 0.860 %,
/// 1.272 %, 1.640 %) for T = `term`, recording `rate`.
fn rate_source_for(term: &str, rate: &str) -> String {
    sample().replacen(
        "\"kind\": \"manual\"\n    },",
        &format!(
            "\"kind\": \"jgb_curve\",\n      \"file\": \"jgbcm_all.csv\",\n      \
             \"valuation_date\": \"2013-07-11\",\n      \"term_years\": \"{term}\",\n      \
             \"method\": \"linear\",\n      \"curve\": {{\"date\": \"2013-07-11\", \"yields\": [\
             {{\"years\": 10, \"rate\": \"0.0086\"}}, {{\"years\": 15, \"rate\": \"0.01272\"}}, \
             {{\"years\": 20, \"rate\": \"0.0164\"}}]}},\n      \"rate\": \"{rate}\"\n    }},"
        ),
        1,
    )
}

fn rate_source(rate: &str) -> String {
    rate_source_for("15", rate)
}

fn kind_of(e: &FileError) -> Kind {
    match e {
        FileError::TooLarge { .. } => Kind::TooLarge,
        FileError::NotUtf8 { .. } => Kind::NotUtf8,
        FileError::Io { source, .. } => panic!("unexpected I/O error: {source}"),
        // Only price files are decoded from other encodings (tests/text_encoding.rs).
        FileError::Undecodable { source, .. } => panic!("a scenario was decoded: {source}"),
        FileError::Scenario { source, .. } => match source {
            LoadError::Syntax { .. } => Kind::Syntax,
            LoadError::MissingVersion => Kind::MissingVersion,
            LoadError::BadVersion { .. } => Kind::BadVersion,
            LoadError::NewerVersion { .. } => Kind::NewerVersion,
            LoadError::Field { .. } => Kind::Field,
            LoadError::Invalid(_) => Kind::Invalid,
        },
    }
}

/// Checks the field path / line against the load error; returns a description of the
/// mismatch, if any.
fn check_at(at: At, e: &FileError) -> Result<(), String> {
    let source = match e {
        FileError::Scenario { source, .. } => Some(source),
        _ => None,
    };
    let (want_path, want_line) = match at {
        At::File => return Ok(()),
        At::Path(p) => (Some(p), None),
        At::Line(l) => (None, Some(l)),
        At::PathLine(p, l) => (Some(p), Some(l)),
    };
    let (got_paths, got_line): (Vec<&str>, Option<usize>) = match source {
        Some(LoadError::Field { path, line, .. }) => (vec![path.as_str()], Some(*line)),
        Some(LoadError::Syntax { line, .. }) => (vec![], Some(*line)),
        Some(LoadError::Invalid(problems)) => {
            (problems.iter().map(|p| p.field.as_str()).collect(), None)
        }
        _ => (vec![], None),
    };
    if let Some(p) = want_path
        && !got_paths.contains(&p)
    {
        return Err(format!("field path {p:?} not in {got_paths:?}"));
    }
    if want_line.is_some() && want_line != got_line {
        return Err(format!("line {want_line:?}, got {got_line:?}"));
    }
    Ok(())
}

fn write_input(path: &Path, input: &Input) {
    match input {
        Input::Text(t) => std::fs::write(path, t).unwrap(),
        Input::Bytes(b) => std::fs::write(path, b).unwrap(),
        Input::Sparse(len) => std::fs::File::create(path).unwrap().set_len(*len).unwrap(),
    }
}

/// What the app does on File > Open: replace the open scenario only on success.
fn open_into(current: &mut Scenario, path: &Path) -> Result<(), FileError> {
    *current = storage::load_scenario(path)?;
    Ok(())
}

#[test]
fn every_bad_file_is_refused_with_what_and_where_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let sample = scenario::sample().unwrap();
    let mut failures = Vec::new();
    for (i, row) in rows().into_iter().enumerate() {
        let path: PathBuf = dir.path().join(format!("case-{i:02}.json"));
        write_input(&path, &row.input);

        let mut current = sample.clone();
        let err = match open_into(&mut current, &path) {
            Ok(()) => {
                failures.push(format!("{}: loaded", row.name));
                continue;
            }
            Err(e) => e,
        };
        let message = err.to_string();
        let mut problems = Vec::new();
        // The open scenario is untouched.
        if current != sample {
            problems.push("the open scenario changed".to_owned());
        }
        if kind_of(&err) != row.kind {
            problems.push(format!("kind {:?}, expected {:?}", kind_of(&err), row.kind));
        }
        if !message.contains(&row.message) {
            problems.push(format!("message lacks {:?}", row.message));
        }
        // Every message names the file.
        if !message.starts_with(&path.display().to_string()) {
            problems.push("message does not start with the file path".to_owned());
        }
        if let Err(p) = check_at(row.at, &err) {
            problems.push(p);
        }
        // The same refusal in each language: English word for word as Display, Japanese
        // in Japanese (the parser's own detail may stay as serde words it).
        if err.message_in(Language::English) != message {
            problems.push("message_in(English) differs from Display".to_owned());
        }
        let ja = err.message_in(Language::Japanese);
        let japanese = ja.chars().any(|c| ('\u{3040}'..='\u{30FF}').contains(&c));
        if !ja.starts_with(&path.display().to_string()) || ja == message || !japanese {
            problems.push(format!("not said in Japanese: {ja}"));
        }
        // The pure loader says the same thing about the same text.
        if let (FileError::Scenario { source, .. }, Input::Text(t)) = (&err, &row.input)
            && from_json(t).as_ref() != Err(source)
        {
            problems.push("from_json disagrees with load_scenario".to_owned());
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{}: {}\n    message: {message}",
                row.name,
                problems.join("; ")
            ));
        }
        std::fs::remove_file(&path).unwrap();
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn a_file_at_the_size_limit_is_read_and_only_then_judged() {
    // Exactly the limit is allowed through to the parser: it fails as JSON, not as size.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("at-limit.json");
    std::fs::File::create(&path)
        .unwrap()
        .set_len(MAX_FILE_BYTES)
        .unwrap();
    match storage::load_scenario(&path).unwrap_err() {
        FileError::Scenario {
            source: LoadError::Syntax { .. },
            ..
        } => {}
        other => panic!("expected a syntax error (NUL bytes), got {other}"),
    }
}

// ---------------------------------------------------------------- old versions

/// Compares `a` with `b` into `diffs`. With `values`, every field of `a` must be in `b`
/// with the same value; without, only the JSON types of fields both have (structure).
fn compare_common(a: &Value, b: &Value, path: &str, diffs: &mut Vec<String>, values: bool) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, va) in x {
                match y.get(k) {
                    Some(vb) => compare_common(va, vb, &format!("{path}.{k}"), diffs, values),
                    // Comparing values: a field of the old file that is gone was lost.
                    None if values => diffs.push(format!("{path}.{k}: missing")),
                    None => {}
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if !values => {
            // Structure: the element shape, not the count.
            if let (Some(ea), Some(eb)) = (x.first(), y.first()) {
                compare_common(ea, eb, &format!("{path}[0]"), diffs, values);
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                diffs.push(format!("{path}: {} items vs {}", x.len(), y.len()));
            }
            for (i, (ea, eb)) in x.iter().zip(y).enumerate() {
                compare_common(ea, eb, &format!("{path}[{i}]"), diffs, values);
            }
        }
        (x, y) if values => {
            if x != y {
                diffs.push(format!("{path}: {x} vs {y}"));
            }
        }
        (x, y) => {
            let kind = |v: &Value| std::mem::discriminant(v);
            // null stands for an absent Option: comparable with anything.
            if !x.is_null() && !y.is_null() && kind(x) != kind(y) {
                diffs.push(format!("{path}: {x} vs {y} (different JSON types)"));
            }
        }
    }
}

/// Each `tests/fixtures/scenario-vN.json` is the bundled sample as schema version N
/// wrote it. When the version is bumped, add the new sample as the next fixture and keep
/// the old ones: they must still load (through the migration in load.rs) with nothing
/// lost. The newest fixture is the sample as saved today; refresh it if the sample's
/// figures are edited.
#[test]
fn every_schema_version_fixture_still_loads() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut fixtures: Vec<(u32, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?;
            let n = name.strip_prefix("scenario-v")?.strip_suffix(".json")?;
            Some((n.parse().ok()?, p.clone()))
        })
        .collect();
    fixtures.sort();
    let versions: Vec<u32> = fixtures.iter().map(|(v, _)| *v).collect();
    assert_eq!(
        versions,
        (1..=SCHEMA_VERSION).collect::<Vec<_>>(),
        "one fixture per schema version, 1 to {SCHEMA_VERSION}"
    );

    let sample = scenario::sample().unwrap();
    let sample_value: Value = serde_json::from_str(&to_json(&sample)).unwrap();
    for (version, path) in fixtures {
        let raw: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(raw["schema_version"], version, "{}", path.display());
        let loaded = storage::load_scenario(&path)
            .unwrap_or_else(|e| panic!("version {version} no longer loads: {e}"));
        assert_eq!(loaded.schema_version, SCHEMA_VERSION);
        let saved: Value = serde_json::from_str(&to_json(&loaded)).unwrap();

        // Nothing in the old file is lost or changed (bar the version it now has).
        let mut diffs = Vec::new();
        let mut raw_unversioned = raw.clone();
        raw_unversioned
            .as_object_mut()
            .unwrap()
            .remove("schema_version");
        compare_common(&raw_unversioned, &saved, "", &mut diffs, true);
        assert!(diffs.is_empty(), "v{version} changed: {diffs:#?}");

        // Same structure as the current sample where both have a field.
        compare_common(&saved, &sample_value, "", &mut diffs, false);
        compare_common(&sample_value, &saved, "", &mut diffs, false);
        assert!(diffs.is_empty(), "v{version} differs in shape: {diffs:#?}");

        if version == SCHEMA_VERSION {
            assert_eq!(
                loaded, sample,
                "the newest fixture is the sample as saved today"
            );
        }
    }
}
