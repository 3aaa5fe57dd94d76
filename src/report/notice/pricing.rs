//! "Notice of Issue Price and Selling Price for Offering in Japan", in the structure and
//! wording of IIJ's notice of July 10, 2013, every figure and date from the scenario.

use crate::domain::offering::{CapitalSplit, OfferingResult};
use crate::domain::schedule::{Timetable, TimetableItem as Item};
use crate::scenario::Scenario;

use super::doc::{Align, Block, Document, Inline, Table, heading, para};
use super::fmt::{in_sentence, join_and, jpy, long_date, long_period, percent, shares};
use super::{company_reference, draft_banner, finish};

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

pub fn document(s: &Scenario, r: &OfferingResult, t: &Timetable) -> Document {
    let date = |item: Item| t.date(item);
    let subscription = long_period(date(Item::SubscriptionStart), date(Item::SubscriptionEnd));
    let mut b = vec![
        draft_banner(s),
        Block::Para(vec![Inline::Emph("For Immediate Release".into())]),
        heading(1, TITLE),
        para(format!(
            "Tokyo, {} - {} today announces that it has determined the issue price and the \
             selling price in relation to the issuance of new shares{} resolved at the meeting \
             of the Board of Directors held on [date of the resolution].",
            super::fmt::date(t.calculation_date),
            company_reference(s),
            if r.over_allotment.shares > 0 {
                " and the secondary offering of shares (secondary offering by way of \
                 over-allotment)"
            } else {
                ""
            },
        )),
    ];

    // 1. Public offering.
    b.push(heading(
        2,
        "1. Issuance of New Shares by way of Primary Offering (Public Offering)",
    ));
    let ip = r.issue_price.issue_price;
    let paid = r.paid.amount_to_be_paid;
    let mut po = Table::terms()
        .row(cells(
            "Number of New Shares to be Offered",
            format!("{} of common stock", shares(r.public_offering_issue.shares)),
        ))
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
        let mut ta = Table::terms()
            .row(cells(
                "Number of New Shares to be Offered",
                format!("{} (maximum)", shares(r.allotment.shares)),
            ))
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
                long_date(date(Item::AllotmentSubscription)),
            ))
            .row(cells(
                "5. Payment Date (in Japan)",
                long_date(date(Item::AllotmentPayment)),
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
    if r.over_allotment.shares > 0 {
        b.push(heading(
            3,
            "2. Syndicate Cover Transaction Period (in Japan)",
        ));
        b.push(para(long_period(
            date(Item::CoverStart),
            date(Item::CoverEnd),
        )));
    }
    b.push(heading(3, "3. Use of Proceeds"));
    b.extend(use_of_proceeds(s, r));
    finish(TITLE, b, s)
}

fn use_of_proceeds(s: &Scenario, r: &OfferingResult) -> Vec<Block> {
    let p = &r.proceeds;
    let sources = if r.allotment.shares > 0 {
        "the Public Offering of new shares and the Issuance through Third-Party Allotment"
    } else {
        "the Public Offering of new shares"
    };
    let uses: Vec<String> = s
        .offering
        .uses_of_proceeds
        .iter()
        .map(|u| {
            let deadline = u.deadline.trim();
            format!(
                "{} is planned to be used for {}{}{}",
                jpy(u.amount),
                in_sentence(&u.purpose),
                if deadline.is_empty() { "" } else { " " },
                deadline
            )
        })
        .collect();
    let mut text = format!(
        "Out of proceeds from {sources}, which are estimated to be up to {} in total, ",
        jpy(p.net)
    );
    if uses.is_empty() {
        text.push_str("[the planned uses are to be described].");
    } else {
        text.push_str(&join_and(&uses));
        text.push('.');
    }
    let mut blocks = vec![para(text)];

    let mut table = Table::terms().row(cells(
        "Total amount to be paid (public offering)",
        jpy(p.public_offering_paid),
    ));
    if r.allotment.shares > 0 {
        table = table.row(cells(
            "Total amount to be paid (third-party allotment, maximum)",
            jpy(p.allotment_paid),
        ));
    }
    table = table
        .row(cells(
            "Estimated issuance expenses",
            jpy(p.estimated_expenses),
        ))
        .total(cells("Net proceeds (maximum)", jpy(p.net)));
    blocks.push(Block::Table(table));

    if !uses.is_empty() {
        let mut table = Table::new(
            &["Planned use", "Amount", "By"],
            &[Align::Left, Align::Right, Align::Left],
        );
        for u in &s.offering.uses_of_proceeds {
            table = table.row(vec![u.purpose.clone(), jpy(u.amount), u.deadline.clone()]);
        }
        table = table.total(vec!["Total".into(), jpy(p.uses_total), String::new()]);
        blocks.push(Block::Table(table));
    }
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
