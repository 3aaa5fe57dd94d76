//! Export formats and the one function that renders a scenario into any of them.

use std::path::Path;

use crate::domain::{Arg, FieldError, Message};
use crate::i18n::Language;
use crate::scenario::{Scenario, ScenarioResults};

/// What can be exported. The command line picks one by flag or by the output's
/// extension; File > Export lists them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Excel workbook: Inputs, Offering, Options, Timetable, Volatility, Paid-in options
    /// (with a paid-in grant), Holidays.
    Xlsx,
    /// Every figure, one per row: section, item, value, unit.
    Csv,
    /// The price series: date, close, split-adjusted close.
    PricesCsv,
    /// Draft "Notice of Issue Price and Selling Price", Markdown.
    PricingNoticeMd,
    /// The same draft as print-ready HTML (A4).
    PricingNoticeHtml,
    /// Draft stock-option issuance notice, Markdown.
    OptionNoticeMd,
    /// The same draft as print-ready HTML (A4).
    OptionNoticeHtml,
    /// Draft paid-in stock-option (有償ストック・オプション) issuance notice, Markdown.
    PaidNoticeMd,
    /// The same draft as print-ready HTML (A4).
    PaidNoticeHtml,
}

/// Why an export could not be produced.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ExportError {
    /// A section the format needs has a problem; fix the scenario first.
    #[error("cannot export while {section} has a problem: {problem}")]
    Incomplete {
        section: &'static str,
        problem: FieldError,
    },
    #[error("cannot build the workbook: {0}")]
    Workbook(String),
    #[error("cannot write the CSV: {0}")]
    Csv(String),
}

impl ExportError {
    /// Why the export failed, in `language`; in English the same words as `Display`.
    /// A workbook or CSV writer's own detail stays as the library words it.
    pub fn message_in(&self, language: Language) -> String {
        let message = match self {
            ExportError::Incomplete { section, problem } => Message::id("export-incomplete")
                .with("section", Arg::Label(section_words(section)))
                .with("field", problem.field.as_str())
                .with("problem", problem.message_in(language)),
            ExportError::Workbook(detail) => {
                Message::id("export-workbook").with("detail", detail.as_str())
            }
            ExportError::Csv(detail) => Message::id("export-csv").with("detail", detail.as_str()),
        };
        message.text(language)
    }
}

/// A section's name in the catalogue ("option" / 新株予約権).
fn section_words(section: &str) -> &'static str {
    match section {
        "offering" => "csv-section-offering",
        "dilution" => "csv-section-dilution",
        "timetable" => "csv-section-timetable",
        "option" => "csv-section-option",
        "volatility" => "csv-section-volatility",
        "paid_option" => "csv-section-paid_option",
        _ => "csv-section-price-history",
    }
}

impl Format {
    pub const ALL: [Format; 9] = [
        Format::Xlsx,
        Format::Csv,
        Format::PricesCsv,
        Format::PricingNoticeMd,
        Format::PricingNoticeHtml,
        Format::OptionNoticeMd,
        Format::OptionNoticeHtml,
        Format::PaidNoticeMd,
        Format::PaidNoticeHtml,
    ];

    /// Whether the format drafts the paid-in grant's notice, which a scenario without
    /// a grant has no use for (`--all` leaves it out then).
    pub fn needs_paid_grant(self) -> bool {
        matches!(self, Format::PaidNoticeMd | Format::PaidNoticeHtml)
    }

    /// Its name in the catalogue (`format-…`).
    fn message_id(self) -> &'static str {
        match self {
            Format::Xlsx => "format-xlsx",
            Format::Csv => "format-csv",
            Format::PricesCsv => "format-prices-csv",
            Format::PricingNoticeMd => "format-pricing-notice-md",
            Format::PricingNoticeHtml => "format-pricing-notice-html",
            Format::OptionNoticeMd => "format-option-notice-md",
            Format::OptionNoticeHtml => "format-option-notice-html",
            Format::PaidNoticeMd => "format-paid-notice-md",
            Format::PaidNoticeHtml => "format-paid-notice-html",
        }
    }

    /// As File > Export lists it, in `language`: "Excel workbook (.xlsx)" / Excel ブック（.xlsx）.
    pub fn label_in(self, language: Language) -> String {
        crate::i18n::text(language, self.message_id())
    }

    /// [`Format::label_in`] English (the CLI's "wrote … (…)").
    pub fn label(self) -> String {
        self.label_in(Language::English)
    }

    /// The name `--format` takes: "xlsx", "prices-csv", "pricing-notice-md", ….
    pub fn name(self) -> String {
        use clap::ValueEnum;
        self.to_possible_value()
            .map(|v| v.get_name().to_owned())
            .unwrap_or_default()
    }

    /// The extension of the files this format writes, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Csv | Format::PricesCsv => "csv",
            Format::PricingNoticeMd | Format::OptionNoticeMd | Format::PaidNoticeMd => "md",
            Format::PricingNoticeHtml | Format::OptionNoticeHtml | Format::PaidNoticeHtml => "html",
        }
    }

    /// The file name suggested for a scenario called `stem`.
    pub fn file_name(self, stem: &str) -> String {
        match self {
            Format::Xlsx => format!("{stem}.xlsx"),
            Format::Csv => format!("{stem}-figures.csv"),
            Format::PricesCsv => format!("{stem}-prices.csv"),
            Format::PricingNoticeMd => format!("{stem}-pricing-notice.md"),
            Format::PricingNoticeHtml => format!("{stem}-pricing-notice.html"),
            Format::OptionNoticeMd => format!("{stem}-option-notice.md"),
            Format::OptionNoticeHtml => format!("{stem}-option-notice.html"),
            Format::PaidNoticeMd => format!("{stem}-paid-option-notice.md"),
            Format::PaidNoticeHtml => format!("{stem}-paid-option-notice.html"),
        }
    }

    /// Guesses the format from an output path: `.xlsx`, `.csv` (figures; `…prices.csv`
    /// for the series), `.md`/`.html` (pricing notice; `…option….md|html` for the
    /// stock-option notice, `…paid….md|html` for the paid-in one).
    pub fn from_path(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_string_lossy().to_lowercase();
        let ext = path.extension()?.to_string_lossy().to_lowercase();
        let option = name.contains("option");
        let paid = name.contains("paid");
        Some(match ext.as_str() {
            "xlsx" => Format::Xlsx,
            "csv" if name.contains("price") => Format::PricesCsv,
            "csv" => Format::Csv,
            "md" | "markdown" if paid => Format::PaidNoticeMd,
            "md" | "markdown" if option => Format::OptionNoticeMd,
            "md" | "markdown" => Format::PricingNoticeMd,
            "html" | "htm" if paid => Format::PaidNoticeHtml,
            "html" | "htm" if option => Format::OptionNoticeHtml,
            "html" | "htm" => Format::PricingNoticeHtml,
            _ => return None,
        })
    }
}

/// The UTF-8 byte-order mark. Excel and LibreOffice read a CSV file without it in the
/// system's legacy code page, which turns "σ" into "Ïƒ" and Japanese into mojibake.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// How files are written, beyond their format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportOptions {
    /// Start CSV files with the UTF-8 byte-order mark (on by default; scripts that
    /// read plain UTF-8 may turn it off).
    pub csv_bom: bool,
    /// The language of the notice drafts, the workbook and the figures CSV.
    pub language: Language,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            csv_bom: true,
            language: Language::English,
        }
    }
}

/// Renders the scenario in `format` with the default options (CSV with a byte-order
/// mark); the bytes are then written atomically by the caller.
pub fn render(
    format: Format,
    scenario: &Scenario,
    results: &ScenarioResults,
) -> Result<Vec<u8>, ExportError> {
    render_with(format, scenario, results, ExportOptions::default())
}

/// [`render`] with explicit options.
pub fn render_with(
    format: Format,
    scenario: &Scenario,
    results: &ScenarioResults,
    options: ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let csv = |text: String| {
        let mut bytes = Vec::with_capacity(text.len() + UTF8_BOM.len());
        if options.csv_bom {
            bytes.extend_from_slice(UTF8_BOM);
        }
        bytes.extend_from_slice(text.as_bytes());
        bytes
    };
    let lang = options.language;
    match format {
        Format::Xlsx => super::xlsx::workbook(scenario, results, lang),
        Format::Csv => super::csv_export::figures_csv(scenario, results, lang).map(csv),
        Format::PricesCsv => super::csv_export::prices_csv(scenario).map(csv),
        Format::PricingNoticeMd => {
            super::notice::pricing_markdown(scenario, results, lang).map(String::into_bytes)
        }
        Format::PricingNoticeHtml => {
            super::notice::pricing_html(scenario, results, lang).map(String::into_bytes)
        }
        Format::OptionNoticeMd => {
            super::notice::option_markdown(scenario, results, lang).map(String::into_bytes)
        }
        Format::OptionNoticeHtml => {
            super::notice::option_html(scenario, results, lang).map(String::into_bytes)
        }
        Format::PaidNoticeMd => {
            super::notice::paid_markdown(scenario, results, lang).map(String::into_bytes)
        }
        Format::PaidNoticeHtml => {
            super::notice::paid_html(scenario, results, lang).map(String::into_bytes)
        }
    }
}

/// What a comparison can be exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComparisonFormat {
    /// One sheet with live formulas for the changes.
    Xlsx,
    Csv,
}

impl ComparisonFormat {
    /// The format a file name's extension asks for (`.xlsx`, `.csv`).
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "xlsx" => Some(Self::Xlsx),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Xlsx => "xlsx",
            Self::Csv => "csv",
        }
    }
}

/// Renders a comparison; the bytes are then written atomically by the caller.
pub fn render_comparison(
    cmp: &super::compare::Comparison,
    format: ComparisonFormat,
    only_differences: bool,
    options: ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    match format {
        ComparisonFormat::Xlsx => {
            super::xlsx::comparison_workbook(cmp, only_differences, options.language)
        }
        ComparisonFormat::Csv => {
            let text = super::csv_export::comparison_csv(cmp, only_differences, options.language)?;
            let mut bytes = Vec::with_capacity(text.len() + UTF8_BOM.len());
            if options.csv_bom {
                bytes.extend_from_slice(UTF8_BOM);
            }
            bytes.extend_from_slice(text.as_bytes());
            Ok(bytes)
        }
    }
}
