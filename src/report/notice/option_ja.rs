//! 「株式報酬型ストックオプション（新株予約権）の発行に関するお知らせ」: the Japanese
//! stock-option notice with its numbered items (1) to (16), as the English draft
//! ([`super::option`]) sets them out, every term and figure from the scenario.

use rust_decimal::Decimal;

use crate::domain::money::format_count;
use crate::domain::options::{AmountConvention, AmountPerRight, Ceiling};
use crate::i18n::Language;
use crate::report::summary::{exact_product_text, stated_product};
use crate::scenario::{FrequencyTerm, OptionResults, Scenario, VolatilitySource};

use super::doc::{Align, Block, Document, Inline, Table, heading, para};
use super::fmt::{percent, percent_exact};
use super::style::Style;
use super::text;
use super::{draft_banner, finish};
use crate::report::fmt_ja::{Dates, shares, yen, yen_exact};

const TITLE: &str = "株式報酬型ストックオプション（新株予約権）の発行に関するお知らせ";

fn terms() -> Table {
    Table::new(&["項目", "内容"], &[Align::Left, Align::Right])
}

fn row(label: &str, value: String) -> Vec<String> {
    vec![label.to_owned(), value]
}

fn line(text: String) -> Vec<Inline> {
    vec![Inline::Text(text)]
}

/// The draft's way of writing dates (Western years or the era).
fn dates(s: &Scenario) -> Dates {
    Dates {
        era: s.drafts.japanese_era,
    }
}

/// "2013年7月12日から2043年7月11日まで".
fn from_to(ja: Dates, start: chrono::NaiveDate, end: chrono::NaiveDate) -> String {
    format!("{}から{}まで", ja.date(start), ja.date(end))
}

/// "1:200の株式分割" or "5:1の株式併合", as the dividend footnote names it.
fn split_words(ratio: Decimal) -> String {
    if ratio >= Decimal::ONE {
        format!("普通株式1株につき{}株の割合での株式分割", ratio.normalize())
    } else {
        let per = (Decimal::ONE / ratio).normalize();
        format!("普通株式{per}株につき1株の割合での株式併合")
    }
}

pub fn document(s: &Scenario, o: &OptionResults) -> Document {
    let t = &s.option;
    let groups: Vec<&str> = t.allotment.iter().map(|g| g.name.trim()).collect();
    let grantees = if groups.is_empty() {
        "[割当対象者]".to_owned()
    } else {
        groups.join("及び")
    };
    let spr = t.shares_per_right;
    let resolved = t
        .resolution_date
        .map_or_else(|| "[決議日]".to_owned(), |d| dates(s).date(d));
    let st = Style::new(s, Language::Japanese);
    let mut b = vec![draft_banner(st, s)];
    b.push(heading(1, TITLE));
    b.push(para(format!(
        "当社は、{resolved}開催の取締役会において、会社法第236条第1項、第238条第1項及び\
         第2項並びに第240条第1項の規定に基づき、当社の{grantees}に対し、株式報酬型\
         ストックオプションとして新株予約権を発行することを決議いたしましたので、下記の\
         とおりお知らせいたします。"
    )));
    b.push(para("記"));
    b.push(heading(
        2,
        "1．ストックオプションとして新株予約権を発行する理由",
    ));
    b.push(para(format!(
        "当社の{grantees}に対し、中長期的な業績向上と企業価値向上に対する貢献意欲や士気を\
         一層高めることを目的として、ストックオプションとして新株予約権を発行するもので\
         あります。"
    )));
    b.push(heading(2, "2．新株予約権の発行要領"));
    b.push(heading(3, "(1) 新株予約権の名称"));
    b.push(para(t.series_name.clone()));
    b.push(heading(
        3,
        format!(
            "(2) 新株予約権の総数　{}個",
            format_count(t.max_rights.into())
        ),
    ));
    b.push(para(
        "上記総数は割当予定数であり、引受けの申込みがなされなかった場合等、割り当てる新株\
         予約権の総数が減少したときは、割り当てる新株予約権の総数をもって発行する新株予約権\
         の総数とする。",
    ));
    b.push(heading(3, "(3) 新株予約権の目的となる株式の種類及び数"));
    b.push(para(format!(
        "新株予約権の目的となる株式の種類は当社普通株式とし、新株予約権1個当たりの目的と\
         なる株式の数（以下「付与株式数」という。）は{}とする。ただし、下記(13)に定める\
         新株予約権の割当日（以下「割当日」という。）後、当社が株式分割又は株式併合を行う\
         場合は、次の算式により付与株式数を調整し、調整の結果生じる1株未満の端数は、これ\
         を切り捨てるものとする。",
        shares(spr.into())
    )));
    b.push(Block::Formula(vec![
        "調整後付与株式数 ＝ 調整前付与株式数 × 株式分割・株式併合の比率".into(),
    ]));
    b.push(para(
        "調整後付与株式数は、株式分割の場合は、当該株式分割の基準日の翌日以降、株式併合の\
         場合は、その効力発生の日以降、これを適用する。ただし、剰余金の額を減少して資本金\
         又は準備金を増加する議案が当社株主総会において承認されることを条件として株式分割\
         が行われる場合で、当該株主総会の終結の日以前の日を株式分割のための基準日とする\
         場合は、調整後付与株式数は、当該株主総会の終結の日の翌日以降、当該基準日の翌日に\
         遡及してこれを適用する。",
    ));
    b.push(para(
        "また、当社が合併又は会社分割を行う場合その他これらの場合に準じて付与株式数の調整\
         を必要とする場合には、当社は、合理的な範囲で付与株式数を調整することができる。",
    ));
    let sp = &o.split;
    if sp.ratio != Decimal::ONE {
        b.push(Block::Note(line(format!(
            "作成例（シナリオの数値）：比率{}の場合、{} × {} = {}株、1株未満を切り捨てて\
             新株予約権1個当たり{}。",
            sp.ratio.normalize(),
            format_count(sp.shares_before.into()),
            sp.ratio.normalize(),
            sp.unrounded.normalize(),
            shares(sp.shares_after.into())
        ))));
    }
    b.push(heading(
        3,
        "(4) 新株予約権の行使に際して出資される財産の価額",
    ));
    b.push(para(format!(
        "新株予約権の行使に際して出資される財産の価額は、新株予約権の行使により交付を受ける\
         ことができる株式1株当たりの払込金額（以下「行使価額」という。）を{}とし、これに\
         付与株式数を乗じた金額とする（新株予約権1個当たり{}）。",
        yen(t.exercise_price),
        yen(t.exercise_price * Decimal::from(spr))
    )));
    b.push(heading(3, "(5) 新株予約権を行使することができる期間"));
    b.push(para(from_to(
        dates(s),
        t.exercise_period_start,
        t.exercise_period_end,
    )));
    b.push(heading(
        3,
        "(6) 新株予約権の行使により株式を発行する場合において増加する資本金及び資本準備金\
         に関する事項",
    ));
    b.push(Block::List(vec![
        line(
            "1) 新株予約権の行使により株式を発行する場合において増加する資本金の額は、会社\
             計算規則第17条第1項に従い算出される資本金等増加限度額の2分の1の金額とし、計算\
             の結果生じる1円未満の端数は、これを切り上げるものとする。"
                .into(),
        ),
        line(
            "2) 新株予約権の行使により株式を発行する場合において増加する資本準備金の額は、\
             上記1)記載の資本金等増加限度額から上記1)に定める増加する資本金の額を減じた額\
             とする。"
                .into(),
        ),
    ]));
    let e = &o.exercise;
    b.push(Block::Note(line(format!(
        "作成例（シナリオの数値）：新株予約権{}個が行使された場合",
        format_count(e.rights_exercised.into())
    ))));
    b.push(Block::Table(
        terms()
            .row(row("新株予約権の帳簿価額", yen(e.book_value)))
            .row(row("行使に際して払い込まれる金額", yen(e.exercise_amount)))
            .row(row("資本金等増加限度額", yen(e.capital_increase_limit)))
            .sub(row(
                "増加する資本金の額（2分の1、1円未満切上げ）",
                yen(e.stated_capital),
            ))
            .sub(row("増加する資本準備金の額", yen(e.capital_reserve))),
    ));
    b.push(heading(3, "(7) 譲渡による新株予約権の取得の制限"));
    b.push(para(
        "譲渡による新株予約権の取得については、当社取締役会の決議による承認を要するものと\
         する。",
    ));
    let [acquisition, restructuring, exercise] = t.item_texts_in(Language::Japanese);
    b.push(heading(3, "(8) 新株予約権の取得条項"));
    b.extend(text::blocks(acquisition));
    b.push(heading(3, "(9) 組織再編行為の際の新株予約権の取扱い"));
    b.extend(text::blocks(restructuring));
    b.push(heading(
        3,
        "(10) 新株予約権を行使した際に生じる1株に満たない端数の取決め",
    ));
    b.push(para(
        "新株予約権を行使した新株予約権者に交付する株式の数に1株に満たない端数がある場合\
         には、これを切り捨てるものとする。",
    ));
    b.push(heading(3, "(11) その他の新株予約権の行使の条件"));
    b.extend(text::blocks(exercise));
    b.extend(valuation(s, o));
    b.push(heading(3, "(13) 新株予約権の割当日"));
    b.push(para(dates(s).date(t.allotment_date)));
    b.push(heading(
        3,
        "(14) 新株予約権と引換えにする金銭の払込みの期日",
    ));
    b.push(para(dates(s).date(t.allotment_date)));
    b.push(heading(
        3,
        "(15) 新株予約権の割当てを受ける者及びその人数並びに割り当てる新株予約権の数",
    ));
    b.push(Block::Table(allotment_table(o)));
    b.push(heading(3, "(16) 新株予約権証券を発行する場合の取扱い"));
    b.push(para("新株予約権証券は発行しない。"));
    finish(st, TITLE, b, s)
}

fn allotment_table(o: &OptionResults) -> Table {
    let a = &o.allotment;
    let mut t = Table::new(
        &[
            "割当対象者",
            "人数",
            "新株予約権の数",
            "目的となる株式の数",
            "払込金額の総額",
        ],
        &[
            Align::Left,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Right,
        ],
    );
    for r in &a.rows {
        t = t.row(vec![
            r.name.clone(),
            format!("{}名", format_count(r.persons.into())),
            format!("{}個", format_count(r.rights.into())),
            shares(r.shares),
            yen(r.value),
        ]);
    }
    t.total(vec![
        "合計".into(),
        format!("{}名", format_count(a.total_persons.into())),
        format!("{}個", format_count(a.total_rights.into())),
        shares(a.total_shares),
        yen(a.total_value),
    ])
}

/// Item 5): where σ comes from.
fn volatility_basis(s: &Scenario) -> String {
    match &s.option.volatility_source {
        VolatilitySource::Manual => "株価変動性［算定の基礎を記載］".into(),
        VolatilitySource::History {
            window_start,
            window_end,
            frequency,
        } => {
            let ja = dates(s);
            let from = window_start.map_or("株価履歴の最初の終値".into(), |d| ja.date(d));
            let to = window_end.map_or("株価履歴の最後の終値".into(), |d| ja.date(d));
            let closes = match frequency {
                FrequencyTerm::Weekly => "各週最終取引日における当社普通株式の普通取引の終値",
                FrequencyTerm::Daily => "各取引日における当社普通株式の普通取引の終値",
            };
            format!("{from}から{to}までの{closes}に基づき算出した株価変動性")
        }
    }
}

/// Item 7) and, after a split or consolidation, its footnote.
fn dividend_basis(s: &Scenario, o: &OptionResults) -> Vec<Inline> {
    let t = &s.option;
    let year = t
        .dividend_fiscal_year_end
        .map_or("直近事業年度".to_owned(), |d| {
            format!(
                "{}年{}月期",
                chrono::Datelike::year(&d),
                chrono::Datelike::month(&d)
            )
        });
    let mut inlines = vec![Inline::Text(format!(
        "7) 配当利回り（q）：1株当たりの配当金（{year}の配当実績）÷ 上記2)に定める株価"
    ))];
    let ratio = o.dividend.split_ratio_since;
    if ratio != Decimal::ONE {
        let effective = t
            .dividend_split_effective_date
            .map(|d| format!("{}を効力発生日として", dates(s).date(d)))
            .unwrap_or_default();
        let kind = if ratio > Decimal::ONE {
            "株式分割"
        } else {
            "株式併合"
        };
        inlines.push(Inline::Break);
        inlines.push(Inline::Text(format!(
            "※ 当社は、{effective}{}を行っております。上記の配当利回りは、当該{kind}を遡及して\
             反映した1株当たり配当金に基づき算出しております。",
            split_words(ratio)
        )));
    }
    inlines
}

fn valuation(s: &Scenario, o: &OptionResults) -> Vec<Block> {
    let t = &s.option;
    let v = &o.valuation;
    let dv = &o.dividend;
    let per = &o.per_right;
    let term = format!("{}年", t.term_years.normalize());
    let spr = per.shares_per_right;
    let mut b = vec![
        heading(3, "(12) 新株予約権の払込金額の算定方法"),
        para(
            "各新株予約権の払込金額は、次式のブラック・ショールズ・モデルにより以下の2)から\
             7)の基礎数値に基づき算定した1株当たりのオプション価格に付与株式数を乗じた金額\
             とし、1円未満の端数は切り上げるものとする。",
        ),
        Block::Formula(vec![
            "C = S·e^(−qT)·N(d) − X·e^(−rT)·N(d − σ√T)".into(),
            String::new(),
            "ここで、d = [ ln(S / X) + (r − q + σ²/2)·T ] / (σ√T)".into(),
        ]),
        Block::List(vec![
            line("1) 1株当たりのオプション価格（C）".into()),
            line(format!(
                "2) 株価（S）：{}の東京証券取引所における当社普通株式の普通取引の終値（終値が\
                 ない場合は、翌取引日の基準値段）",
                dates(s).date(t.allotment_date)
            )),
            line(format!("3) 行使価格（X）：{}", yen(t.exercise_price))),
            line(format!("4) 予想残存期間（T）：{term}")),
            line(format!("5) 株価変動性（σ）：{}", volatility_basis(s))),
            line(
                "6) 無リスクの利子率（r）：残存年数が予想残存期間に対応する超長期国債の利子率"
                    .into(),
            ),
            dividend_basis(s, o),
            line("8) 標準正規分布の累積分布関数（N(・)）".into()),
        ]),
        Block::Note(line(format!(
            "以下はシナリオ「{}」の計算に用いた数値であり、Offering Desk が計算したもの\
             です（開示資料から転記したものではありません）。",
            s.title_in(Language::Japanese)
        ))),
    ];
    let mut inputs = Table::new(&["基礎数値", "値"], &[Align::Left, Align::Right])
        .row(row(
            "1) 1株当たりのオプション価格（C）",
            yen_exact(per.price_per_share),
        ))
        .row(row("2) 株価（S）", yen(t.share_price)))
        .row(row("3) 行使価格（X）", yen(t.exercise_price)))
        .row(row("4) 予想残存期間（T）", term))
        .row(row("5) 株価変動性（σ）", percent_exact(t.volatility)))
        .row(row(
            "6) 無リスクの利子率（r）",
            percent_exact(t.risk_free_rate),
        ))
        .row(row("7) 配当利回り（q）", percent(dv.rate, 6)))
        .sub(row("1株当たり配当金（支払額）", yen(dv.dividend_per_share)));
    if dv.split_ratio_since != Decimal::ONE {
        inputs = inputs.sub(row(
            "株式分割・株式併合を反映した1株当たり配当金",
            yen(dv.adjusted_dividend),
        ));
    }
    inputs = inputs
        .row(row("d", format!("{:.10}", v.d1)))
        .row(row("d − σ√T", format!("{:.10}", v.d2)))
        .row(row(
            "N(d), N(d − σ√T)",
            format!("{:.10}, {:.10}", v.n_d1, v.n_d2),
        ));
    b.push(Block::Table(inputs));
    if matches!(t.volatility_source, VolatilitySource::History { .. }) {
        b.push(Block::Note(line(format!(
            "株価履歴：{}",
            s.price_history.source.trim()
        ))));
    }
    let mut calculation = Table::new(&["計算", "金額"], &[Align::Left, Align::Right])
        .row(row(
            "1株当たりのオプション価格（C）",
            yen_exact(per.stated_price()),
        ))
        .row(row("× 付与株式数", shares(spr.into())))
        .row(row(
            "＝ 新株予約権1個当たりのオプション価格",
            yen_exact(stated_product(per)),
        ));
    let exact_product = exact_product_text(per);
    if !exact_product.is_empty() {
        calculation = calculation.sub(row(
            "C を小数第10位に丸める前の C × 付与株式数",
            format!("{exact_product}円"),
        ));
    }
    b.push(Block::Table(calculation.total(row(
        "新株予約権1個当たりの払込金額（1円未満切上げ）",
        yen(per.amount),
    ))));
    if !per.conventions_agree() {
        b.push(convention_note(per));
    }
    b.push(para(
        "なお、上記により算出される金額は新株予約権の公正価額であり、有利発行には該当しない。\
         また、新株予約権の割当てを受ける者は、当該払込金額の払込みに代えて、当社に対する\
         報酬債権と相殺するものとする。",
    ));
    b
}

/// For the drafter: the two roundings of C × shares differ, and which one is used.
fn convention_note(per: &AmountPerRight) -> Block {
    let figure = |c: Ceiling| match c {
        Ceiling::Decided(v) => yen(v),
        Ceiling::Undecided { low, high } => format!("{}又は{}", yen(low), yen(high)),
    };
    let (used, other) = match per.convention {
        AmountConvention::Exact => ("厳密な計算", "表計算ソフトの計算"),
        AmountConvention::Spreadsheet => ("表計算ソフトの計算", "厳密な計算"),
    };
    Block::Note(line(format!(
        "作成メモ：C × {n} の切上げ結果が二通りに分かれます。厳密な計算（1円未満の端数は\
         いかに小さくても切上げ）：{}。表計算ソフトの計算（倍精度の ROUNDUP(C × {n}, 0)、\
         Excel と同じ）：{}。この下書きは{used}の数値を用いています（シナリオの設定）。\
         {other}の数値は比較のために示しています。",
        figure(per.exact),
        figure(per.spreadsheet),
        n = per.shares_per_right,
    )))
}
