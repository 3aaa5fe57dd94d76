//! The pricing notice: "Notice of Issue Price and Selling Price for Offering in Japan",
//! in the structure of IIJ's notice of July 10, 2013, and 「発行価格及び売出価格等の決定に
//! 関するお知らせ」 as a TDnet filing sets it out (letterhead, 記, 1. 公募による新株式発行 …
//! ＜ご参考＞, 以上). One document for both languages, every word from the catalogue
//! (`notice-pricing-…`), every figure and date from the scenario. Where the Japanese
//! filing is laid out differently — the letterhead, the calculation date and price on
//! one row, the uses of proceeds as a table, the note explaining assumed dates — a
//! branch on the language says so.

use chrono::NaiveDate;

use crate::domain::dilution::DilutionResult;
use crate::domain::offering::{CapitalSplit, OfferingResult};
use crate::domain::schedule::{Timetable, TimetableItem as Item};
use crate::domain::{Arg, Message};
use crate::i18n::Language;
use crate::scenario::{Scenario, UseOfProceedsTerms};

use super::doc::{Block, Document, Inline, Table, heading, para};
use super::fmt::{in_sentence, percent};
use super::style::{Style, yes_no};
use super::{
    company_identification, date_or, dateline, draft_banner, finish, labelled_note, terms_table,
};

fn cells(label: String, value: String) -> Vec<String> {
    vec![label, value]
}

/// A numbered row's label: "1. Issue Price" / "(1) 発行価格（募集価格）".
fn item(st: Style, no: u64, label: &'static str) -> String {
    st.tell(
        Message::id("notice-pricing-item")
            .with("no", no)
            .with("label", Arg::Label(label)),
    )
}

/// "JPY2,245,600,000 (maximum)" / "2,245,600,000円（上限）".
fn maximum(st: Style, text: String) -> String {
    st.tell(Message::id("notice-pricing-maximum").with("amount", text))
}

/// The capital row and its two sub-rows; `maximum` for the third-party allotment.
fn capital_rows(st: Style, t: Table, no: u64, c: &CapitalSplit, max: bool) -> Table {
    let amount = |v| {
        let text = st.yen(v);
        if max { maximum(st, text) } else { text }
    };
    t.row(cells(
        item(st, no, "notice-pricing-capital-increase"),
        String::new(),
    ))
    .sub(cells(
        st.say("notice-pricing-stated-capital"),
        amount(c.stated_capital),
    ))
    .sub(cells(
        st.say("notice-pricing-paid-in-capital"),
        amount(c.additional_paid_in_capital),
    ))
}

/// "JPY3,346 per share" / "1株につき3,346円".
fn per_share(st: Style, amount: rust_decimal::Decimal) -> String {
    st.tell(Message::id("notice-per-share").with("amount", st.yen(amount)))
}

/// The mark after a date from a fitted offset, until the user enters the launch
/// notice's date: " [assumed — set the date from the launch notice]" / "［仮の日付］".
fn assumed_mark(st: Style, t: &Timetable, item: Item) -> String {
    if t.get(item).assumed {
        st.say("notice-assumed-mark")
    } else {
        String::new()
    }
}

/// A date of the timetable with its mark.
fn marked_date(st: Style, t: &Timetable, item: Item) -> String {
    format!(
        "{}{}",
        st.long_date(t.date(item)),
        assumed_mark(st, t, item)
    )
}

/// The Japanese draft explains the mark once, under the first table or paragraph that
/// has one; the English mark says it all.
fn explain_assumed(st: Style, b: &mut Vec<Block>, t: &Timetable, items: &[Item]) {
    if !st.japanese() {
        return;
    }
    let note = Block::Note(vec![Inline::Text(st.say("notice-assumed-note"))]);
    if !b.contains(&note) && items.iter().any(|&item| t.get(item).assumed) {
        b.push(note);
    }
}

/// The top of a TDnet notice: date, addressees, company, code, contact.
fn letterhead(st: Style, s: &Scenario, announced: NaiveDate) -> Vec<Block> {
    let codes: Vec<&str> = s
        .company
        .listing_codes
        .iter()
        .filter_map(|c| c.trim().strip_prefix("TSE:"))
        .collect();
    let code = match codes.as_slice() {
        [code, ..] => (*code).to_owned(),
        [] => st.say("notice-pricing-letterhead-code-blank"),
    };
    let name = match s.company.name_ja.trim() {
        "" => st.say("notice-company-blank"),
        name => name.to_owned(),
    };
    vec![
        para(st.date(announced)),
        para(st.say("notice-pricing-letterhead-addressees")),
        para(st.tell(Message::id("notice-pricing-letterhead-company").with("name", name))),
        para(st.say("notice-pricing-letterhead-representative")),
        para(st.tell(Message::id("notice-pricing-letterhead-code").with("code", code))),
        para(st.say("notice-pricing-letterhead-contact")),
    ]
}

/// The opening sentence: what the launch resolution decided, and that the prices are
/// now determined (by the board on a given day, or under the launch resolution).
fn opening(st: Style, s: &Scenario, announced: NaiveDate, over_allotment: bool) -> String {
    let determined = match s.schedule.pricing_resolution_date {
        Some(d) if d == announced => st.say("notice-pricing-determined-today"),
        Some(d) => st.tell(Message::id("notice-pricing-determined-on").with("date", st.date(d))),
        None => st.say("notice-pricing-determined"),
    };
    st.tell(
        Message::id("notice-pricing-opening")
            .with("dateline", dateline(st, s, Some(announced)))
            .with("company", company_identification(st, s))
            .with("determined", determined)
            .with("over_allotment", yes_no(over_allotment))
            .with(
                "launch",
                date_or(
                    st,
                    s.schedule.launch_resolution_date,
                    "notice-blank-resolution-date",
                ),
            ),
    )
}

/// The draft; `dilution` adds the change in the issued shares to the references when the
/// scenario gives the shares before the offering.
pub fn document(
    s: &Scenario,
    r: &OfferingResult,
    t: &Timetable,
    dilution: Option<&DilutionResult>,
    language: Language,
) -> Document {
    let st = Style::new(s, language);
    let date = |item: Item| t.date(item);
    // The notice is dated the day the price is determined: the pricing resolution when
    // the board resolved it, else the calculation date.
    let announced = s
        .schedule
        .pricing_resolution_date
        .unwrap_or(t.calculation_date);
    let over_allotment = r.over_allotment.shares > 0;
    let title =
        st.tell(Message::id("notice-pricing-title").with("over_allotment", yes_no(over_allotment)));
    let subscription = st.period(date(Item::SubscriptionStart), date(Item::SubscriptionEnd));
    let mut b = vec![draft_banner(st, s)];
    match language {
        Language::English => b.push(Block::Para(vec![Inline::Emph(
            st.say("notice-for-immediate-release"),
        )])),
        Language::Japanese => b.extend(letterhead(st, s, announced)),
    }
    b.push(heading(1, title.clone()));
    b.push(para(opening(st, s, announced, over_allotment)));
    if st.japanese() {
        b.push(para(st.say("notice-particulars")));
    }
    // The launch notice states the number of shares; this one repeats it only if asked.
    let show_shares = s.drafts.show_new_shares_offered;

    // 1. Public offering.
    b.push(heading(2, st.say("notice-pricing-public-offering")));
    let mut po = terms_table(st);
    if show_shares {
        po = po.row(cells(
            st.say("notice-pricing-new-shares-offered"),
            st.tell(
                Message::id("notice-pricing-new-shares")
                    .with("shares", st.shares(r.public_offering_issue.shares)),
            ),
        ));
    }
    po = po
        .row(cells(
            item(st, 1, "notice-pricing-issue-price"),
            per_share(st, r.issue_price.issue_price),
        ))
        .row(cells(
            item(st, 2, "notice-pricing-issue-total"),
            st.yen(r.public_offering_issue.total),
        ))
        .row(cells(
            item(st, 3, "notice-pricing-paid"),
            per_share(st, r.paid.amount_to_be_paid),
        ))
        .row(cells(
            item(st, 4, "notice-pricing-paid-total"),
            st.yen(r.public_offering_paid.total),
        ));
    po = capital_rows(st, po, 5, &r.public_offering_capital, false);
    po = po
        .row(cells(
            item(st, 6, "notice-pricing-subscription-period"),
            subscription.clone(),
        ))
        .row(cells(
            item(st, 7, "notice-pricing-payment-date"),
            st.long_date(date(Item::Payment)),
        ));
    b.push(Block::Table(po));
    b.push(labelled_note(
        st,
        "notice-note",
        st.say("notice-pricing-underwriters"),
    ));

    // 2. Over-allotment.
    b.push(heading(2, st.say("notice-pricing-over-allotment")));
    if over_allotment {
        b.push(Block::Table(
            terms_table(st)
                .row(cells(
                    item(st, 1, "notice-pricing-shares-sold"),
                    st.shares(r.over_allotment.shares),
                ))
                .row(cells(
                    item(st, 2, "notice-pricing-selling-price"),
                    per_share(st, r.over_allotment.price),
                ))
                .row(cells(
                    item(st, 3, "notice-pricing-selling-total"),
                    st.yen(r.over_allotment.total),
                ))
                .row(cells(
                    item(st, 4, "notice-pricing-subscription-period"),
                    subscription,
                ))
                .row(cells(
                    item(st, 5, "notice-pricing-delivery-date"),
                    st.long_date(date(Item::Delivery)),
                )),
        ));
    } else {
        b.push(para(st.say("notice-pricing-no-over-allotment")));
    }

    // 3. Third-party allotment.
    b.push(heading(2, st.say("notice-pricing-allotment")));
    if r.allotment.shares > 0 {
        let mut ta = terms_table(st);
        if show_shares {
            ta = ta.row(cells(
                st.say("notice-pricing-new-shares-offered"),
                st.tell(
                    Message::id("notice-pricing-new-shares-maximum")
                        .with("shares", st.shares(r.allotment.shares)),
                ),
            ));
        }
        ta = ta
            .row(cells(
                item(st, 1, "notice-pricing-paid"),
                per_share(st, r.allotment.price),
            ))
            .row(cells(
                item(st, 2, "notice-pricing-paid-total"),
                maximum(st, st.yen(r.allotment.total)),
            ));
        ta = capital_rows(st, ta, 3, &r.allotment_capital, true);
        ta = ta
            .row(cells(
                item(st, 4, "notice-pricing-allotment-subscription"),
                marked_date(st, t, Item::AllotmentSubscription),
            ))
            .row(cells(
                item(st, 5, "notice-pricing-payment-date"),
                marked_date(st, t, Item::AllotmentPayment),
            ));
        b.push(Block::Table(ta));
        explain_assumed(
            st,
            &mut b,
            t,
            &[Item::AllotmentSubscription, Item::AllotmentPayment],
        );
    } else {
        b.push(para(st.say("notice-pricing-no-allotment")));
    }
    b.push(Block::Placeholder(st.say("notice-pricing-legal-notes")));

    // <For References> / ＜ご参考＞
    b.push(heading(2, st.say("notice-pricing-references")));
    b.push(heading(3, st.say("notice-pricing-calculation")));
    let ipr = &r.issue_price;
    let calculation = terms_table(st);
    // The English release sets the date and the price on rows of their own; the
    // Japanese filing gives both on the item's row.
    let calculation = match language {
        Language::English => calculation
            .row(cells(
                st.say("notice-pricing-calculation-date-and-price"),
                String::new(),
            ))
            .sub(cells(
                st.say("notice-pricing-calculation-date"),
                st.long_date(t.calculation_date),
            ))
            .sub(cells(
                st.say("notice-pricing-closing-price"),
                st.yen(ipr.base_price),
            )),
        Language::Japanese => calculation.row(cells(
            st.say("notice-pricing-calculation-date-and-price"),
            st.tell(
                Message::id("notice-pricing-date-and-price")
                    .with("date", st.long_date(t.calculation_date))
                    .with("price", st.yen(ipr.base_price)),
            ),
        )),
    };
    b.push(Block::Table(calculation.row(cells(
        st.say("notice-pricing-discount-rate"),
        percent(ipr.applied_discount, 2),
    ))));
    if over_allotment {
        b.push(heading(3, st.say("notice-pricing-cover")));
        let (start, end) = (date(Item::CoverStart), date(Item::CoverEnd));
        b.push(para(
            st.tell(
                Message::id("notice-pricing-cover-period")
                    .with("period", st.period(start, end))
                    .with("start", st.long_date(start))
                    .with("end", st.long_date(end))
                    .with("mark", assumed_mark(st, t, Item::CoverEnd)),
            ),
        ));
        explain_assumed(st, &mut b, t, &[Item::CoverEnd]);
    }
    b.push(heading(3, st.say("notice-pricing-use-of-proceeds")));
    b.extend(use_of_proceeds(st, s, r));
    if let Some(d) = dilution {
        b.extend(issued_shares_change(st, d));
    }
    finish(st, &title, b, s)
}

/// 「今回の公募増資及び第三者割当増資による発行済株式総数の推移」: the issued shares now,
/// each issue's increase and the total after it, as a launch or pricing notice sets them
/// out. The allotment's rows are marked (注): they assume its maximum is subscribed in
/// full; with no allotment the item is the public offering's alone.
fn issued_shares_change(st: Style, d: &DilutionResult) -> Vec<Block> {
    let allotment = d.allotment_shares > 0;
    let mut b = vec![heading(
        3,
        st.tell(Message::id("notice-pricing-shares-change").with("allotment", yes_no(allotment))),
    )];
    let mut table = terms_table(st)
        .row(cells(
            st.say("notice-pricing-shares-current"),
            st.shares(d.issued_before),
        ))
        .row(cells(
            st.say("notice-pricing-shares-increase-offering"),
            st.shares(d.offering.new_shares),
        ))
        .row(cells(
            st.say("notice-pricing-shares-after-offering"),
            st.shares(d.issued_after_offering),
        ));
    if allotment {
        let noted = |n: u64| {
            format!(
                "{}{}",
                st.shares(n),
                st.say("notice-pricing-shares-note-mark")
            )
        };
        table = table
            .row(cells(
                st.say("notice-pricing-shares-increase-allotment"),
                noted(d.allotment_shares),
            ))
            .row(cells(
                st.say("notice-pricing-shares-after-allotment"),
                noted(d.issued_after_allotment),
            ));
    }
    b.push(Block::Table(table));
    if allotment {
        b.push(labelled_note(
            st,
            "notice-note",
            st.say("notice-pricing-shares-note"),
        ));
    }
    b
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
fn purpose_phrase(st: Style, purpose: &str) -> String {
    let p = phrase(purpose);
    let for_it = |p: String| st.tell(Message::id("notice-pricing-use-for").with("purpose", p));
    if p.is_empty() {
        return for_it(st.say("notice-pricing-use-blank"));
    }
    match first_word(p).as_str() {
        "for" | "to" => in_sentence(p),
        _ => for_it(in_sentence(p)),
    }
}

/// What follows the purpose: "by the end of March 2015", "to be repaid by August 2014";
/// a bare date phrase ("the end of March 2015") is a deadline "by" it. Empty: none.
fn deadline_phrase(st: Style, deadline: &str) -> Option<String> {
    let d = phrase(deadline);
    if d.is_empty() {
        return None;
    }
    Some(if DEADLINE_CONNECTORS.contains(&first_word(d).as_str()) {
        in_sentence(d)
    } else {
        st.tell(Message::id("notice-pricing-use-by").with("deadline", d))
    })
}

/// "JPY10,122,000,000 is planned to be used for capital investment … by the end of March
/// 2015": one use as the English sentence lists it.
fn use_clause(st: Style, u: &UseOfProceedsTerms) -> String {
    let (purpose, deadline) = u.texts_in(Language::English);
    let (id, deadline) = match deadline_phrase(st, deadline) {
        Some(deadline) => ("notice-pricing-use-until", deadline),
        None => ("notice-pricing-use", String::new()),
    };
    st.tell(
        Message::id(id)
            .with("amount", st.yen(u.amount))
            .with("purpose", purpose_phrase(st, purpose))
            .with("deadline", deadline),
    )
}

/// The sentence that points to the notice announcing the offering.
fn launch_release_sentence(st: Style, s: &Scenario) -> String {
    let d = &s.drafts;
    let title = match d.launch_release_title.trim() {
        "" => st.say("notice-pricing-release-title-blank"),
        title => title.to_owned(),
    };
    let when = date_or(
        st,
        d.launch_release_date.or(s.schedule.launch_resolution_date),
        "notice-pricing-release-date-blank",
    );
    st.tell(
        Message::id("notice-pricing-release")
            .with("title", title)
            .with("date", when),
    )
}

/// The use-of-proceeds section: the English release says it in one sentence; the
/// Japanese filing introduces a table of the uses, their wording as the user typed it.
/// Then, in both, the drafter's working.
fn use_of_proceeds(st: Style, s: &Scenario, r: &OfferingResult) -> Vec<Block> {
    let p = &r.proceeds;
    let sources = Arg::Message(Box::new(
        Message::id("notice-pricing-sources").with("allotment", yes_no(r.allotment.shares > 0)),
    ));
    let uses = &s.offering.uses_of_proceeds;
    let release = launch_release_sentence(st, s);
    let intro = || {
        st.tell(
            Message::id("notice-pricing-proceeds")
                .with("sources", sources.clone())
                .with("net", st.yen(p.net)),
        )
    };
    let placeholder = || Block::Placeholder(st.say("notice-pricing-uses-placeholder"));
    let mut blocks = Vec::new();
    match st.language {
        Language::English if uses.is_empty() => {
            blocks.push(para(format!("{} {release}", intro())));
            blocks.push(placeholder());
        }
        Language::English => {
            let clauses: Vec<String> = uses.iter().map(|u| use_clause(st, u)).collect();
            let sentence = st.tell(
                Message::id("notice-pricing-proceeds-uses")
                    .with("sources", sources.clone())
                    .with("net", st.yen(p.net))
                    .with("uses", st.list(&clauses)),
            );
            blocks.push(para(format!("{sentence} {release}")));
        }
        Language::Japanese => {
            blocks.push(para(intro()));
            if uses.is_empty() {
                blocks.push(placeholder());
            } else {
                let mut table = terms_table(st);
                for u in uses {
                    let (purpose, deadline) = u.texts_in(Language::Japanese);
                    let purpose = match purpose.trim() {
                        "" => st.say("notice-pricing-use-blank"),
                        p => p.to_owned(),
                    };
                    let amount = match deadline.trim() {
                        "" => st.yen(u.amount),
                        d => st.tell(
                            Message::id("notice-pricing-use-amount-by")
                                .with("amount", st.yen(u.amount))
                                .with("deadline", d),
                        ),
                    };
                    table = table.row(cells(purpose, amount));
                }
                blocks.push(Block::Table(table));
            }
            blocks.push(para(release));
        }
    }

    // For the drafter, not the notice: how the net proceeds are reached.
    let allotment = if r.allotment.shares > 0 {
        Arg::Message(Box::new(
            Message::id("notice-pricing-working-allotment").with("paid", st.yen(p.allotment_paid)),
        ))
    } else {
        Arg::Text(String::new())
    };
    blocks.push(labelled_note(
        st,
        "notice-drafting-note",
        st.tell(
            Message::id("notice-pricing-working")
                .with("paid", st.yen(p.public_offering_paid))
                .with("allotment", allotment)
                .with("expenses", st.yen(p.estimated_expenses))
                .with("net", st.yen(p.net)),
        ),
    ));
    if !p.unallocated.is_zero() {
        blocks.push(labelled_note(
            st,
            "notice-check",
            st.tell(
                Message::id("notice-pricing-check")
                    .with("uses", st.yen(p.uses_total))
                    .with("net", st.yen(p.net))
                    .with("difference", st.yen(p.unallocated)),
            ),
        ));
    }
    blocks
}
