//! 「発行価格及び売出価格等の決定に関するお知らせ」: the Japanese pricing notice, in the
//! structure and wording of a TDnet filing (1. 公募による新株式発行, 2. オーバーアロット
//! メントによる株式売出し, 3. 第三者割当による新株式発行, ＜ご参考＞), every figure and
//! date from the scenario, as the English draft ([`super::pricing`]) is.

use chrono::NaiveDate;

use crate::domain::offering::{CapitalSplit, OfferingResult};
use crate::domain::schedule::{Timetable, TimetableItem as Item};
use crate::i18n::Language;
use crate::scenario::Scenario;

use super::doc::{Align, Block, Document, Inline, Table, heading, para};
use super::fmt::percent;
use crate::report::fmt_ja::{Dates, per_share, shares, yen};

/// After a date from a fitted offset, until the user enters the launch notice's date;
/// [`ASSUMED_NOTE`] says so once, under the first table or paragraph that has one.
const ASSUMED_DATE: &str = "［仮の日付］";
const ASSUMED_NOTE: &str = "［仮の日付］は標準的な営業日数から置いた日付です。発行決議時の\
    お知らせに記載の日付を入力してください。";

/// A two-column 項目 | 内容 table with the terms right-aligned.
fn terms() -> Table {
    Table::new(&["項目", "内容"], &[Align::Left, Align::Right])
}

fn cells(label: &str, value: String) -> Vec<String> {
    vec![label.to_owned(), value]
}

fn title(over_allotment: bool) -> &'static str {
    if over_allotment {
        "発行価格及び売出価格等の決定に関するお知らせ"
    } else {
        "発行価格等の決定に関するお知らせ"
    }
}

fn assumed_mark(t: &Timetable, item: Item) -> &'static str {
    if t.get(item).assumed {
        ASSUMED_DATE
    } else {
        ""
    }
}

/// The note on assumed dates, the first time one of `items` is assumed.
fn explain_assumed(b: &mut Vec<Block>, t: &Timetable, items: &[Item]) {
    let explained = b
        .iter()
        .any(|block| matches!(block, Block::Note(i) if i == &[Inline::Text(ASSUMED_NOTE.into())]));
    if !explained && items.iter().any(|&item| t.get(item).assumed) {
        b.push(Block::Note(vec![Inline::Text(ASSUMED_NOTE.into())]));
    }
}

fn capital_rows(t: Table, no: &str, c: &CapitalSplit, suffix: &str) -> Table {
    t.row(cells(
        &format!("({no}) 増加する資本金及び資本準備金の額"),
        String::new(),
    ))
    .sub(cells(
        "増加する資本金の額",
        format!("{}{suffix}", yen(c.stated_capital)),
    ))
    .sub(cells(
        "増加する資本準備金の額",
        format!("{}{suffix}", yen(c.additional_paid_in_capital)),
    ))
}

/// `text` trimmed, or `blank` when it is empty.
fn or_blank<'a>(text: &'a str, blank: &'a str) -> &'a str {
    match text.trim() {
        "" => blank,
        t => t,
    }
}

/// The scenario's Japanese title, else its title.
pub(super) fn title_ja(s: &Scenario) -> &str {
    s.title_in(Language::Japanese)
}

/// The draft's way of writing dates (Western years or the era).
fn dates(s: &Scenario) -> Dates {
    Dates {
        era: s.drafts.japanese_era,
    }
}

/// "2013年7月2日", or the bracketed blank the drafter fills in.
fn date_or(s: &Scenario, d: Option<NaiveDate>, blank: &str) -> String {
    d.map_or_else(|| format!("[{blank}]"), |d| dates(s).date(d))
}

/// The letterhead block of a TDnet notice: date, addressees, company, code, contact.
fn letterhead(s: &Scenario, announced: NaiveDate) -> Vec<Block> {
    let codes: Vec<&str> = s
        .company
        .listing_codes
        .iter()
        .filter_map(|c| c.trim().strip_prefix("TSE:"))
        .collect();
    let code = match codes.as_slice() {
        [code, ..] => format!("（コード番号：{code}　[上場市場]）"),
        [] => "（コード番号：[コード番号]　[上場市場]）".to_owned(),
    };
    vec![
        para(dates(s).date(announced)),
        para("各　位"),
        para(format!(
            "会社名　{}",
            or_blank(&s.company.name_ja, "[会社名]")
        )),
        para("代表者名　[代表者の役職・氏名]"),
        para(code),
        para("問合せ先　[役職・氏名]（TEL　[電話番号]）"),
    ]
}

/// The opening sentence: what the launch resolution decided, and that the prices are now
/// determined (by the board on a given day, or under the launch resolution).
fn opening(s: &Scenario, announced: NaiveDate, over_allotment: bool) -> String {
    let launch = date_or(s, s.schedule.launch_resolution_date, "決議日");
    let by = match s.schedule.pricing_resolution_date {
        Some(d) if d == announced => "本日開催の当社取締役会において、".to_owned(),
        Some(d) => format!("{}開催の当社取締役会において、", dates(s).date(d)),
        None => String::new(),
    };
    let (what, prices) = if over_allotment {
        ("新株式発行及び当社株式の売出し", "発行価格及び売出価格等")
    } else {
        ("新株式発行", "発行価格等")
    };
    format!(
        "{launch}開催の当社取締役会において決議いたしました{what}に関し、{by}{prices}が\
         下記のとおり決定いたしましたので、お知らせいたします。"
    )
}

pub fn document(s: &Scenario, r: &OfferingResult, t: &Timetable) -> Document {
    let date_of = |item: Item| t.date(item);
    let ja = dates(s);
    let announced = s
        .schedule
        .pricing_resolution_date
        .unwrap_or(t.calculation_date);
    let over_allotment = r.over_allotment.shares > 0;
    let subscription = ja.period(
        date_of(Item::SubscriptionStart),
        date_of(Item::SubscriptionEnd),
    );
    let show_shares = s.drafts.show_new_shares_offered;

    let mut b = vec![banner(s)];
    b.extend(letterhead(s, announced));
    b.push(heading(1, title(over_allotment)));
    b.push(para(opening(s, announced, over_allotment)));
    b.push(para("記"));

    // 1. 公募による新株式発行
    b.push(heading(2, "1．公募による新株式発行"));
    let mut po = terms();
    if show_shares {
        po = po.row(cells(
            "募集株式数",
            format!("当社普通株式　{}", shares(r.public_offering_issue.shares)),
        ));
    }
    po = po
        .row(cells(
            "(1) 発行価格（募集価格）",
            per_share(r.issue_price.issue_price),
        ))
        .row(cells(
            "(2) 発行価格の総額",
            yen(r.public_offering_issue.total),
        ))
        .row(cells("(3) 払込金額", per_share(r.paid.amount_to_be_paid)))
        .row(cells(
            "(4) 払込金額の総額",
            yen(r.public_offering_paid.total),
        ));
    po = capital_rows(po, "5", &r.public_offering_capital, "");
    po = po
        .row(cells("(6) 申込期間", subscription.clone()))
        .row(cells("(7) 払込期日", ja.long_date(date_of(Item::Payment))));
    b.push(Block::Table(po));
    b.push(Block::Note(vec![Inline::Text(
        "（注）引受人は払込金額で買取引受けを行い、発行価格（募集価格）で募集を行います。".into(),
    )]));

    // 2. オーバーアロットメントによる株式売出し
    b.push(heading(
        2,
        "2．当社株式の売出し（オーバーアロットメントによる売出し）",
    ));
    if over_allotment {
        b.push(Block::Table(
            terms()
                .row(cells("(1) 売出株式数", shares(r.over_allotment.shares)))
                .row(cells("(2) 売出価格", per_share(r.over_allotment.price)))
                .row(cells("(3) 売出価格の総額", yen(r.over_allotment.total)))
                .row(cells("(4) 申込期間", subscription))
                .row(cells("(5) 受渡期日", ja.long_date(date_of(Item::Delivery)))),
        ));
    } else {
        b.push(para(
            "オーバーアロットメントによる売出しは行いません（シナリオに売出株式数がありません）。",
        ));
    }

    // 3. 第三者割当による新株式発行
    b.push(heading(2, "3．第三者割当による新株式発行"));
    if r.allotment.shares > 0 {
        let mut ta = terms();
        if show_shares {
            ta = ta.row(cells(
                "募集株式数",
                format!("当社普通株式　{}（上限）", shares(r.allotment.shares)),
            ));
        }
        ta = ta
            .row(cells("(1) 払込金額", per_share(r.allotment.price)))
            .row(cells(
                "(2) 払込金額の総額",
                format!("{}（上限）", yen(r.allotment.total)),
            ));
        ta = capital_rows(ta, "3", &r.allotment_capital, "（上限）");
        ta = ta
            .row(cells(
                "(4) 申込期日",
                format!(
                    "{}{}",
                    ja.long_date(date_of(Item::AllotmentSubscription)),
                    assumed_mark(t, Item::AllotmentSubscription)
                ),
            ))
            .row(cells(
                "(5) 払込期日",
                format!(
                    "{}{}",
                    ja.long_date(date_of(Item::AllotmentPayment)),
                    assumed_mark(t, Item::AllotmentPayment)
                ),
            ));
        b.push(Block::Table(ta));
        explain_assumed(
            &mut b,
            t,
            &[Item::AllotmentSubscription, Item::AllotmentPayment],
        );
    } else {
        b.push(para(
            "第三者割当による新株式発行は行いません（シナリオに割当株式数がありません）。",
        ));
    }
    b.push(Block::Placeholder("会社のひな形どおりの注記".into()));

    // ＜ご参考＞
    b.push(heading(2, "＜ご参考＞"));
    b.push(heading(3, "1．発行価格及び売出価格の算定"));
    let ipr = &r.issue_price;
    b.push(Block::Table(
        terms()
            .row(cells(
                "(1) 算定基準日及びその価格",
                format!(
                    "{}　{}",
                    ja.long_date(t.calculation_date),
                    yen(ipr.base_price)
                ),
            ))
            .row(cells(
                "(2) ディスカウント率",
                percent(ipr.applied_discount, 2),
            )),
    ));
    if over_allotment {
        b.push(heading(3, "2．シンジケートカバー取引期間"));
        b.push(para(format!(
            "{}から{}まで{}",
            ja.long_date(date_of(Item::CoverStart)),
            ja.long_date(date_of(Item::CoverEnd)),
            assumed_mark(t, Item::CoverEnd)
        )));
        explain_assumed(&mut b, t, &[Item::CoverEnd]);
    }
    b.push(heading(3, "3．今回の調達資金の使途"));
    b.extend(use_of_proceeds(s, r));
    finish(title(over_allotment), b, s)
}

/// The use-of-proceeds paragraph, the uses as a table (their wording as the user typed
/// it), the pointer to the launch notice, and the drafter's working.
fn use_of_proceeds(s: &Scenario, r: &OfferingResult) -> Vec<Block> {
    let p = &r.proceeds;
    let sources = if r.allotment.shares > 0 {
        "今回の一般募集及び本件第三者割当増資"
    } else {
        "今回の一般募集"
    };
    let mut blocks = vec![para(format!(
        "{sources}に係る手取概算額合計上限{}の具体的な使途は、次のとおりであります。",
        yen(p.net)
    ))];
    if s.offering.uses_of_proceeds.is_empty() {
        blocks.push(Block::Placeholder("資金使途、金額及び支出予定時期".into()));
    } else {
        let mut table = terms();
        for u in &s.offering.uses_of_proceeds {
            let purpose = match u.purpose.trim() {
                "" => "[使途]",
                p => p,
            };
            let when = match u.deadline.trim() {
                "" => String::new(),
                d => format!("（支出予定時期：{d}）"),
            };
            table = table.row(cells(purpose, format!("{}{when}", yen(u.amount))));
        }
        blocks.push(Block::Table(table));
    }
    let d = &s.drafts;
    let release = match d.launch_release_title.trim() {
        "" => "[発行決議時のお知らせの表題]",
        title => title,
    };
    let when = date_or(
        s,
        d.launch_release_date.or(s.schedule.launch_resolution_date),
        "発行決議時のお知らせの日付",
    );
    blocks.push(para(format!(
        "詳細につきましては、{when}付「{release}」をご参照ください。"
    )));

    let mut working = format!(
        "作成メモ：手取概算額 = 払込金額の総額（一般募集）{}",
        yen(p.public_offering_paid)
    );
    if r.allotment.shares > 0 {
        working.push_str(&format!(
            " + 払込金額の総額（第三者割当、上限）{}",
            yen(p.allotment_paid)
        ));
    }
    working.push_str(&format!(
        " − 発行諸費用の概算額{} = {}。",
        yen(p.estimated_expenses),
        yen(p.net)
    ));
    blocks.push(Block::Note(vec![Inline::Text(working)]));
    if !p.unallocated.is_zero() {
        blocks.push(Block::Note(vec![Inline::Text(format!(
            "確認：使途の合計{}は手取概算額{}と{}異なります。",
            yen(p.uses_total),
            yen(p.net),
            yen(p.unallocated)
        ))]));
    }
    blocks
}

/// The banner at the top of every Japanese draft.
pub(super) fn banner(s: &Scenario) -> Block {
    Block::Draft(vec![
        Inline::Strong("下書き".into()),
        Inline::Text(format!(
            "　Offering Desk がシナリオ「{}」から作成しました。数値と日付はすべてシナリオの\
             入力から計算しています。[ ] 内は会社のひな形に従って記入してください。\
             公表用ではありません。",
            title_ja(s)
        )),
    ])
}

/// The closing blocks, as the English draft ends: the template placeholder, where the
/// draft came from, and the scenario's notes.
pub(super) fn finish(title: &str, mut b: Vec<Block>, s: &Scenario) -> Document {
    b.push(para("以　上"));
    b.push(Block::Placeholder(
        "会社概要、将来見通しに関する注意事項及び問合せ先（会社のひな形どおり）".into(),
    ));
    b.push(heading(2, "この下書きについて"));
    b.push(para(format!(
        "Offering Desk がシナリオ「{}」から作成しました。数値と日付はその入力から計算して\
         います。公表前に確定した条件と照合してください。",
        title_ja(s)
    )));
    let notes = s.notes_in(Language::Japanese);
    for (i, line) in notes
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let mut inlines = Vec::new();
        if i == 0 {
            inlines.push(Inline::Strong("シナリオのメモ：".into()));
        }
        inlines.push(Inline::Text(line.to_owned()));
        b.push(Block::Note(inlines));
    }
    Document {
        title: format!("{title}（下書き）"),
        blocks: b,
        language: Language::Japanese,
    }
}
