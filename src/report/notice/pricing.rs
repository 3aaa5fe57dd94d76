//! "Notice of Issue Price and Selling Price for Offering in Japan", in the structure and
//! wording of IIJ's notice of July 10, 2013, every figure and date from the scenario.

use crate::domain::offering::{CapitalSplit, OfferingResult};
use crate::domain::schedule::{Timetable, TimetableItem as Item};
use crate::i18n::Language;
use crate::report::assumed_date;
use crate::scenario::Scenario;

use super::doc::{Block, Document, Inline, Table, heading, para};
use super::fmt::{self, in_sentence, join_and, jpy, long_date, long_period, percent, shares};
use super::{company_identification, dateline, draft_banner, finish};

pub const TITLE: &str = "Notice of Issue Price and Selling Price for Offering in Japan";

fn cells(label: &str, value: String) -> Vec<String> {
    vec![label.to_owned(), value]
}

fn capital_rows(mut t: Table, no: &str, c: &CapitalSplit, suffix: &str) -> Table {
    t = t.row(cells(
        &format!("{no}. Amount of Increase in Stated Capital and Additional Paid-in Capital"),
        String::new(),
    ));
    t.sub(cells(
        "Amount of increase in stated capital",
        format!("{}{suffix}", jpy(c.stated_capital)),
    ))
    .sub(cells(
        "Amount of increase in additional paid-in capital",
        format!("{}{suffix}", jpy(c.additional_paid_in_capital)),
    ))
}

/// " [assumed — set the date from the launch notice]" after a date from a fitted offset.
fn assumed_mark(t: &Timetable, item: Item) -> String {
    if t.get(item).assumed {
        format!(" [{}]", assumed_date(Language::English))
    } else {
        String::new()
    }
}

/// The opening sentence's verb phrase: who determined the price, and when.
fn determined_by(s: &Scenario, announced: chrono::NaiveDate) -> String {
    match s.schedule.pricing_resolution_date {
        Some(d) if d == announced => "its Board of Directors has today determined".to_owned(),
        Some(d) => format!(
            "its Board of Directors, at its meeting held on {}, determined",
            fmt::date(d)
        ),
        None => "it has determined".to_owned(),
    }
}

pub fn document(s: &Scenario, r: &OfferingResult, t: &Timetable) -> Document {
    let date = |item: Item| t.date(item);
    // The notice is dated the day the price is determined: the pricing resolution when
    // the board resolved it, else the calculation date.
    let announced = s
        .schedule
        .pricing_resolution_date
        .unwrap_or(t.calculation_date);
    let subscription = long_period(date(Item::SubscriptionStart), date(Item::SubscriptionEnd));
    let over_allotment = r.over_allotment.shares > 0;
    let mut b = vec![
        draft_banner(s),
        Block::Para(vec![Inline::Emph("For Immediate Release".into())]),
        heading(1, TITLE),
        para(format!(
            "{}{} today announces that {} {} in relation to the issuance of new \
             shares{} resolved at the meeting of the Board of Directors held on {}.",
            dateline(s, Some(announced)),
            company_identification(s),
            determined_by(s, announced),
            if over_allotment {
                "the issue price and the selling price"
            } else {
                "the issue price"
            },
            if over_allotment {
                " and the secondary offering of shares (secondary offering by way of \
                 over-allotment)"
            } else {
                ""
            },
            s.schedule
                .launch_resolution_date
                .map_or_else(|| "[date of the resolution]".to_owned(), fmt::date),
        )),
    ];
    // The launch notice states the number of shares; this one repeats it only if asked.
    let show_shares = s.drafts.show_new_shares_offered;

    // 1. Public offering.
    b.push(heading(
        2,
        "1. Issuance of New Shares by way of Primary Offering (Public Offering)",
    ));
    let ip = r.issue_price.issue_price;
    let paid = r.paid.amount_to_be_paid;
    let mut po = Table::terms();
    if show_shares {
        po = po.row(cells(
            "Number of New Shares to be Offered",
            format!("{} of common stock", shares(r.public_offering_issue.shares)),
        ));
    }
    po = po
        .row(cells("1. Issue Price", format!("{} per share", jpy(ip))))
        .row(cells(
            "2. Total Amount of the Issue Price",
            jpy(r.public_offering_issue.total),
        ))
        .row(cells(
            "3. Amount to be Paid",
            format!("{} per share", jpy(paid)),
        ))
        .row(cells(
            "4. Total Amount to be Paid",
            jpy(r.public_offering_paid.total),
        ));
    po = capital_rows(po, "5", &r.public_offering_capital, "");
    po = po
        .row(cells(
            "6. Subscription Period (in Japan)",
            subscription.clone(),
        ))
        .row(cells(
            "7. Payment Date (in Japan)",
            long_date(date(Item::Payment)),
        ));
    b.push(Block::Table(po));
    b.push(Block::Note(vec![
        Inline::Strong("Note:".into()),
        Inline::Text(
            " The underwriters will purchase shares for sale at the Amount to be Paid and \
             offer shares at the Issue Price."
                .into(),
        ),
    ]));

    // 2. Over-allotment.
    b.push(heading(
        2,
        "2. Secondary Offering of Shares (Secondary Offering by way of Over-Allotment)",
    ));
    if r.over_allotment.shares > 0 {
        b.push(Block::Table(
            Table::terms()
                .row(cells(
                    "1. Number of Shares to be Sold",
                    shares(r.over_allotment.shares),
                ))
                .row(cells(
                    "2. Selling Price",
                    format!("{} per share", jpy(r.over_allotment.price)),
                ))
                .row(cells(
                    "3. Total Amount of the Selling Price",
                    jpy(r.over_allotment.total),
                ))
                .row(cells(
                    "4. Subscription Period (in Japan)",
                    subscription.clone(),
                ))
                .row(cells(
                    "5. Delivery Date (in Japan)",
                    long_date(date(Item::Delivery)),
                )),
        ));
    } else {
        b.push(para(
            "No secondary offering by way of over-allotment is made (the scenario has no \
             over-allotment shares).",
        ));
    }

    // 3. Third-party allotment.
    b.push(heading(
        2,
        "3. Issuance of New Shares by way of Third-Party Allotment (Issuance through \
         Third-Party Allotment)",
    ));
    if r.allotment.shares > 0 {
        let mut ta = Table::terms();
        if show_shares {
            ta = ta.row(cells(
                "Number of New Shares to be Offered",
                format!("{} (maximum)", shares(r.allotment.shares)),
            ));
        }
        ta = ta
            .row(cells(
                "1. Amount to be Paid",
                format!("{} per share", jpy(r.allotment.price)),
            ))
            .row(cells(
                "2. Total Amount to be Paid",
                format!("{} (maximum)", jpy(r.allotment.total)),
            ));
        ta = capital_rows(ta, "3", &r.allotment_capital, " (maximum)");
        ta = ta
            .row(cells(
                "4. Subscription Period (Subscription Date) (in Japan)",
                format!(
                    "{}{}",
                    long_date(date(Item::AllotmentSubscription)),
                    assumed_mark(t, Item::AllotmentSubscription)
                ),
            ))
            .row(cells(
                "5. Payment Date (in Japan)",
                format!(
                    "{}{}",
                    long_date(date(Item::AllotmentPayment)),
                    assumed_mark(t, Item::AllotmentPayment)
                ),
            ));
        b.push(Block::Table(ta));
    } else {
        b.push(para(
            "No new shares are issued by way of third-party allotment (the scenario has no \
             allotment shares).",
        ));
    }
    b.push(Block::Placeholder(
        "Legal notes as in the company's template".into(),
    ));

    // <For References>
    b.push(heading(2, "<For References>"));
    b.push(heading(
        3,
        "1. Calculation of Issue Price and Selling Price",
    ));
    let ipr = &r.issue_price;
    b.push(Block::Table(
        Table::terms()
            .row(cells(
                "(i) Calculation Date (in Japan) and Price",
                String::new(),
            ))
            .sub(cells(
                "Calculation date (in Japan)",
                long_date(t.calculation_date),
            ))
            .sub(cells("Price (closing price)", jpy(ipr.base_price)))
            .row(cells(
                "(ii) Discount Rate",
                percent(ipr.applied_discount, 2),
            )),
    ));
    if over_allotment {
        b.push(heading(
            3,
            "2. Syndicate Cover Transaction Period (in Japan)",
        ));
        b.push(para(format!(
            "{}{}",
            long_period(date(Item::CoverStart), date(Item::CoverEnd)),
            assumed_mark(t, Item::CoverEnd)
        )));
    }
    b.push(heading(3, "3. Use of Proceeds"));
    b.extend(use_of_proceeds(s, r));
    finish(TITLE, b, s)
}

/// Words that already join a deadline to the purpose ("by …", "to be repaid by …",
/// "and to be repaid by …", "within three years"); any other deadline gets "by".
const DEADLINE_CONNECTORS: &[&str] = &[
    "by",
    "to",
    "and",
    "until",
    "till",
    "in",
    "within",
    "during",
    "from",
    "through",
    "over",
    "after",
    "before",
    "no",
    "not",
    "on",
    "at",
    "between",
    "for",
    "as",
    "when",
    "once",
    "starting",
    "beginning",
    "due",
];

/// The first word, lowercased.
fn first_word(text: &str) -> String {
    text.split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase()
}

/// Trimmed, without a full stop or comma the user ended the phrase with (the sentence
/// adds its own punctuation).
fn phrase(text: &str) -> &str {
    text.trim().trim_end_matches(['.', ',', ';']).trim_end()
}

/// What follows "is planned to be used": "for capital investment …", "to repay debt".
/// A noun phrase ("Capital investment for …") is used "for" it.
fn purpose_phrase(purpose: &str) -> String {
    let p = phrase(purpose);
    if p.is_empty() {
        return "for [purpose]".to_owned();
    }
    match first_word(p).as_str() {
        "for" | "to" => in_sentence(p),
        _ => format!("for {}", in_sentence(p)),
    }
}

/// What follows the purpose: "by the end of March 2015", "to be repaid by August 2014";
/// a bare date phrase ("the end of March 2015") is a deadline "by" it. Empty: none.
fn deadline_phrase(deadline: &str) -> Option<String> {
    let d = phrase(deadline);
    if d.is_empty() {
        return None;
    }
    Some(if DEADLINE_CONNECTORS.contains(&first_word(d).as_str()) {
        in_sentence(d)
    } else {
        format!("by {d}")
    })
}

/// "JPY10,122,000,000 is planned to be used for capital investment … by the end of March
/// 2015": one use as the notice's sentence lists it.
fn use_clause(u: &crate::scenario::UseOfProceedsTerms) -> String {
    let mut clause = format!(
        "{} is planned to be used {}",
        jpy(u.amount),
        purpose_phrase(&u.purpose)
    );
    if let Some(deadline) = deadline_phrase(&u.deadline) {
        clause.push(' ');
        clause.push_str(&deadline);
    }
    clause
}

/// The closing sentence that points to the press release announcing the offering.
fn launch_release_sentence(s: &Scenario) -> String {
    let d = &s.drafts;
    let title = match d.launch_release_title.trim() {
        "" => "[title of the launch press release]",
        title => title,
    };
    let when = d
        .launch_release_date
        .or(s.schedule.launch_resolution_date)
        .map_or_else(
            || "[date of the launch press release]".to_owned(),
            fmt::date,
        );
    format!(
        "For more information, please refer to our press release entitled \"{title}\" on {when}."
    )
}

fn use_of_proceeds(s: &Scenario, r: &OfferingResult) -> Vec<Block> {
    let p = &r.proceeds;
    let sources = if r.allotment.shares > 0 {
        "the Public Offering of new shares and the Issuance through Third-Party Allotment"
    } else {
        "the Public Offering of new shares"
    };
    let uses: Vec<String> = s.offering.uses_of_proceeds.iter().map(use_clause).collect();
    let mut blocks = Vec::new();
    if uses.is_empty() {
        blocks.push(para(format!(
            "The proceeds from {sources} are estimated to be up to {} in total. {}",
            jpy(p.net),
            launch_release_sentence(s)
        )));
        blocks.push(Block::Placeholder(
            "The planned uses of the proceeds, with their amounts and dates".into(),
        ));
    } else {
        blocks.push(para(format!(
            "Out of proceeds from {sources}, which are estimated to be up to {} in total, {}. {}",
            jpy(p.net),
            join_and(&uses),
            launch_release_sentence(s)
        )));
    }

    // For the drafter, not the notice: how the net proceeds are reached.
    let mut working = format!(
        " net proceeds = {} (total amount to be paid, public offering)",
        jpy(p.public_offering_paid)
    );
    if r.allotment.shares > 0 {
        working.push_str(&format!(
            " + {} (third-party allotment, maximum)",
            jpy(p.allotment_paid)
        ));
    }
    working.push_str(&format!(
        " − {} (estimated issuance expenses) = {}.",
        jpy(p.estimated_expenses),
        jpy(p.net)
    ));
    blocks.push(Block::Note(vec![
        Inline::Strong("Drafting note:".into()),
        Inline::Text(working),
    ]));
    if !p.unallocated.is_zero() {
        blocks.push(Block::Note(vec![
            Inline::Strong("Check:".into()),
            Inline::Text(format!(
                " the planned uses total {}, which differs from the net proceeds of {} by {}.",
                jpy(p.uses_total),
                jpy(p.net),
                jpy(p.unallocated)
            )),
        ]));
    }
    blocks
}
