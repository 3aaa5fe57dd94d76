//! Notice drafts: the "Notice of Issue Price and Selling Price" and the stock-option
//! issuance notice, in the structure of the seed notices, with every figure and date
//! filled in from the scenario.
//!
//! Each notice is built once as a [`doc::Document`] (headings, paragraphs, tables) and
//! rendered from it as Markdown and as print-ready HTML, so the two never disagree. One
//! code path builds it in either language: its words are catalogue messages
//! (`notice-…` in assets/i18n), its figures and dates written by [`style::Style`].

mod doc;
mod fmt;
mod option;
mod paid;
mod pricing;
mod style;
mod text;

use chrono::NaiveDate;

use super::ExportError;
use crate::domain::{FieldError, Message};
use crate::i18n::Language;
use crate::scenario::{Scenario, ScenarioResults};
use doc::{Align, Block, Document, Inline, Table, heading, para};
use style::Style;

/// A section the notice needs, or the export error naming it.
fn need<'a, T>(section: &'static str, r: &'a Result<T, FieldError>) -> Result<&'a T, ExportError> {
    r.as_ref().map_err(|e| ExportError::Incomplete {
        section,
        problem: e.clone(),
    })
}

fn pricing_document(
    s: &Scenario,
    r: &ScenarioResults,
    language: Language,
) -> Result<Document, ExportError> {
    let offering = need("offering", &r.offering)?;
    let timetable = need("timetable", &r.timetable)?;
    let dilution = need("dilution", &r.dilution)?;
    Ok(pricing::document(
        s,
        offering,
        timetable,
        dilution.as_ref(),
        language,
    ))
}

fn option_document(
    s: &Scenario,
    r: &ScenarioResults,
    language: Language,
) -> Result<Document, ExportError> {
    let option = super::summary::decided_option(&r.option)?;
    Ok(option::document(s, option, language))
}

fn paid_document(
    s: &Scenario,
    r: &ScenarioResults,
    language: Language,
) -> Result<Document, ExportError> {
    let incomplete = |problem: FieldError| ExportError::Incomplete {
        section: "paid_option",
        problem,
    };
    let (Some(terms), Some(results)) = (&s.paid_option, &r.paid_option) else {
        return Err(incomplete(FieldError::new(
            "paid_option",
            Message::id("err-paid-no-grant"),
        )));
    };
    let results = results.as_ref().map_err(|e| incomplete(e.clone()))?;
    let valued = match &results.valued {
        None => Err(incomplete(FieldError::new(
            "paid_option",
            Message::id("err-paid-not-valued"),
        ))),
        Some(v) => v.as_ref().map_err(|e| incomplete(e.clone())),
    }?;
    Ok(paid::document(s, terms, results, valued, language))
}

/// The paid-in stock-option notice draft as CommonMark.
pub fn paid_markdown(
    s: &Scenario,
    r: &ScenarioResults,
    language: Language,
) -> Result<String, ExportError> {
    paid_document(s, r, language).map(|d| doc::to_markdown(&d))
}

/// The paid-in stock-option notice draft as a standalone A4 HTML page.
pub fn paid_html(
    s: &Scenario,
    r: &ScenarioResults,
    language: Language,
) -> Result<String, ExportError> {
    paid_document(s, r, language).map(|d| doc::to_html(&d))
}

/// The pricing notice draft as CommonMark.
pub fn pricing_markdown(
    s: &Scenario,
    r: &ScenarioResults,
    language: Language,
) -> Result<String, ExportError> {
    pricing_document(s, r, language).map(|d| doc::to_markdown(&d))
}

/// The pricing notice draft as a standalone A4 HTML page.
pub fn pricing_html(
    s: &Scenario,
    r: &ScenarioResults,
    language: Language,
) -> Result<String, ExportError> {
    pricing_document(s, r, language).map(|d| doc::to_html(&d))
}

/// The stock-option notice draft as CommonMark.
pub fn option_markdown(
    s: &Scenario,
    r: &ScenarioResults,
    language: Language,
) -> Result<String, ExportError> {
    option_document(s, r, language).map(|d| doc::to_markdown(&d))
}

/// The stock-option notice draft as a standalone A4 HTML page.
pub fn option_html(
    s: &Scenario,
    r: &ScenarioResults,
    language: Language,
) -> Result<String, ExportError> {
    option_document(s, r, language).map(|d| doc::to_html(&d))
}

/// The identification line of the first mention, from the scenario's company:
/// `Internet Initiative Japan Inc. ("IIJ", the "Company", "we", NASDAQ:IIJI, TSE:3774)`.
fn company_identification(st: Style, s: &Scenario) -> String {
    let c = &s.company;
    let name = match c.name.trim() {
        "" => st.say("notice-company-blank"),
        name => name.to_owned(),
    };
    let mut parts = Vec::new();
    let short = c.short_name.trim();
    if !short.is_empty() {
        parts.push(st.tell(Message::id("notice-defined-short").with("short", short)));
    }
    parts.push(st.say("notice-defined-company"));
    parts.push(st.say("notice-defined-we"));
    parts.extend(
        c.listing_codes
            .iter()
            .map(|code| code.trim().to_owned())
            .filter(|code| !code.is_empty()),
    );
    st.tell(
        Message::id("notice-identification")
            .with("name", name)
            .with(
                "parts",
                parts.join(&st.say("notice-identification-separator")),
            ),
    )
}

/// A date of the scenario, or the bracketed blank the drafter fills in.
fn date_or(st: Style, date: Option<NaiveDate>, blank: &str) -> String {
    date.map_or_else(|| st.say(blank), |d| st.date(d))
}

/// The dateline the first sentence starts with: "Tokyo, July 10, 2013 - ".
fn dateline(st: Style, s: &Scenario, date: Option<NaiveDate>) -> String {
    let date = date_or(st, date, "notice-blank-resolution-date");
    match s.company.dateline_city.trim() {
        "" => st.tell(Message::id("notice-dateline").with("date", date)),
        city => st.tell(
            Message::id("notice-dateline-city")
                .with("city", city)
                .with("date", date),
        ),
    }
}

/// How the text names the company after the first mention: "IIJ", or "the Company";
/// `capital` for the start of a sentence.
fn company_short(st: Style, s: &Scenario, capital: bool) -> String {
    match s.company.short_name.trim() {
        "" if capital => st.say("notice-the-company-capital"),
        "" => st.say("notice-the-company"),
        short => short.to_owned(),
    }
}

/// A two-column "item | terms" table with the terms right-aligned.
fn terms_table(st: Style) -> Table {
    Table::new(
        &[&st.say("notice-col-item"), &st.say("notice-col-terms")],
        &[Align::Left, Align::Right],
    )
}

/// A remark that starts with a label: English sets the label in bold with a space
/// before the text ("**Note:** The underwriters …"); Japanese runs the text on after it
/// ("（注）引受人は…").
fn labelled_note(st: Style, label: &str, text: String) -> Block {
    match st.language {
        Language::English => Block::Note(vec![
            Inline::Strong(st.say(label)),
            Inline::Text(format!(" {text}")),
        ]),
        Language::Japanese => Block::Note(vec![Inline::Text(format!("{}{text}", st.say(label)))]),
    }
}

/// The banner at the top of every draft.
fn draft_banner(st: Style, s: &Scenario) -> Block {
    Block::Draft(vec![
        Inline::Strong(st.say("notice-draft")),
        Inline::Text(
            st.tell(Message::id("notice-draft-banner").with("title", s.title_in(st.language))),
        ),
    ])
}

/// Ends a draft the same way in both notices: 以上 in Japanese (closing the 記 the
/// particulars opened with), the company-template placeholder, then where the draft
/// came from and the scenario's notes.
fn finish(st: Style, title: &str, mut blocks: Vec<Block>, s: &Scenario) -> Document {
    if st.japanese() {
        blocks.push(para(st.say("notice-end")));
    }
    blocks.push(Block::Placeholder(st.say("notice-template-placeholder")));
    blocks.extend(scenario_notes(st, s));
    Document {
        title: st.tell(Message::id("notice-document-title").with("title", title)),
        blocks,
        language: st.language,
    }
}

/// The closing section: where the draft came from and the scenario's notes.
fn scenario_notes(st: Style, s: &Scenario) -> Vec<Block> {
    let mut b = vec![
        heading(2, st.say("notice-about-heading")),
        para(st.tell(Message::id("notice-about").with("title", s.title_in(st.language)))),
    ];
    let notes = s
        .notes_in(st.language)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty());
    for (i, line) in notes.enumerate() {
        let mut inlines = Vec::new();
        if i == 0 {
            inlines.push(Inline::Strong(st.say("notice-scenario-notes")));
            // English leaves a space after the bold label; Japanese runs on after "：".
            if !st.japanese() {
                inlines.push(Inline::Text(" ".into()));
            }
        }
        inlines.push(Inline::Text(line.to_owned()));
        b.push(Block::Note(inlines));
    }
    b
}
