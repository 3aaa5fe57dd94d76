//! Figures and dates as Japanese notices print them: "3,346円", "700,000株",
//! "2013年7月18日（木）", "2013年7月11日（木）～2013年7月12日（金）".

use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;

use crate::domain::dates::Era;
use crate::domain::money::{format_count, format_grouped, format_yen};
use crate::domain::schedule::{DateRule, TimetableItem};

/// "3,346円", "15,726,200,000円".
pub fn yen(amount: Decimal) -> String {
    format!("{}円", format_yen(amount))
}

/// An intermediate value with every significant digit: "3,325.5923680806円".
pub fn yen_exact(amount: Decimal) -> String {
    format!("{}円", format_grouped(amount))
}

/// "1株につき3,346円".
pub fn per_share(amount: Decimal) -> String {
    format!("1株につき{}", yen(amount))
}

/// "700,000株".
pub fn shares(n: u64) -> String {
    format!("{}株", format_count(n))
}

/// The weekday in one kanji: 月, 火 … 日.
pub fn weekday(d: NaiveDate) -> char {
    match d.weekday() {
        Weekday::Mon => '月',
        Weekday::Tue => '火',
        Weekday::Wed => '水',
        Weekday::Thu => '木',
        Weekday::Fri => '金',
        Weekday::Sat => '土',
        Weekday::Sun => '日',
    }
}

/// How a Japanese draft writes its dates: Western years (2013年7月18日) or the era
/// (平成25年7月18日, 令和元年5月1日), as the scenario's drafts option says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dates {
    pub era: bool,
}

impl Dates {
    /// "2013年7月10日" or "平成25年7月10日".
    pub fn date(self, d: NaiveDate) -> String {
        match Era::of(d) {
            Some((era, year)) if self.era => {
                let year = if year == 1 {
                    "元".to_owned()
                } else {
                    year.to_string()
                };
                format!("{}{year}年{}月{}日", era.kanji(), d.month(), d.day())
            }
            _ => date(d),
        }
    }

    /// "2013年7月18日（木）" or "平成25年7月18日（木）".
    pub fn long_date(self, d: NaiveDate) -> String {
        format!("{}（{}）", self.date(d), weekday(d))
    }

    /// Two dates joined by "～", or one when both are equal.
    pub fn period(self, start: NaiveDate, end: NaiveDate) -> String {
        if start == end {
            self.long_date(start)
        } else {
            format!("{}～{}", self.long_date(start), self.long_date(end))
        }
    }
}

/// "2013年7月10日", as a dateline or a resolution date is written.
pub fn date(d: NaiveDate) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

/// "2013年7月18日（木）", with the weekday in full-width brackets.
pub fn long_date(d: NaiveDate) -> String {
    format!("{}（{}）", date(d), weekday(d))
}

/// "2013年7月11日（木）～2013年7月12日（金）", or one date when both are equal.
pub fn period(start: NaiveDate, end: NaiveDate) -> String {
    if start == end {
        long_date(start)
    } else {
        format!("{}～{}", long_date(start), long_date(end))
    }
}

/// How a timetable date is derived, as a Japanese schedule writes it.
pub fn date_rule(rule: DateRule) -> String {
    let item = |i: TimetableItem| match i {
        TimetableItem::SubscriptionStart => "申込期間の初日",
        TimetableItem::SubscriptionEnd => "申込期間の末日",
        TimetableItem::Payment => "払込期日",
        TimetableItem::Delivery => "受渡期日",
        TimetableItem::CoverStart => "シンジケートカバー取引期間の初日",
        TimetableItem::CoverEnd => "シンジケートカバー取引期間の末日",
        TimetableItem::AllotmentSubscription => "第三者割当の申込期日",
        TimetableItem::AllotmentPayment => "第三者割当の払込期日",
    };
    match rule {
        DateRule::BusinessDaysAfterCalculation(n) => format!("算定基準日の{n}営業日後（東証）"),
        DateRule::NextBusinessDayAfter(i) => format!("{}の翌営業日（東証）", item(i)),
        DateRule::CalendarDayAfter(i) => format!("{}の翌日（暦日）", item(i)),
    }
}

/// A closure's Japanese name (the holiday table is in English): 海の日, 振替休日 …; an
/// unknown name is returned as it is.
pub fn holiday(name: &str) -> &str {
    match name {
        "New Year's Day" => "元日",
        "Coming of Age Day" => "成人の日",
        "National Foundation Day" => "建国記念の日",
        "Emperor's Birthday" => "天皇誕生日",
        "Vernal Equinox Day" => "春分の日",
        "Showa Day" => "昭和の日",
        "Greenery Day" => "みどりの日",
        "Constitution Memorial Day" => "憲法記念日",
        "Children's Day" => "こどもの日",
        "Marine Day" => "海の日",
        "Mountain Day" => "山の日",
        "Respect for the Aged Day" => "敬老の日",
        "Autumnal Equinox Day" => "秋分の日",
        "Health and Sports Day" => "体育の日",
        "Sports Day" => "スポーツの日",
        "Culture Day" => "文化の日",
        "Labour Thanksgiving Day" => "勤労感謝の日",
        "Substitute holiday" => "振替休日",
        "Citizens' holiday" => "国民の休日",
        "Enthronement Ceremony" => "即位礼正殿の儀の行われる日",
        "Crown Prince's Wedding" => "結婚の儀の行われる日",
        "Accession Day" => "天皇の即位の日",
        "Year-end holidays (Dec 31 – Jan 3)" => "年末年始の休業日（12月31日～1月3日）",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_carry_the_weekday_in_kanji() {
        // 2013-07-11 was a Thursday, 2013-07-13 a Saturday, 2013-07-14 a Sunday.
        assert_eq!(long_date(d(2013, 7, 11)), "2013年7月11日（木）");
        assert_eq!(long_date(d(2013, 7, 13)), "2013年7月13日（土）");
        assert_eq!(long_date(d(2013, 7, 14)), "2013年7月14日（日）");
        assert_eq!(date(d(2013, 7, 2)), "2013年7月2日");
        assert_eq!(
            period(d(2013, 7, 11), d(2013, 7, 12)),
            "2013年7月11日（木）～2013年7月12日（金）"
        );
        assert_eq!(period(d(2013, 8, 2), d(2013, 8, 2)), "2013年8月2日（金）");
    }

    #[test]
    fn era_dates_for_drafts_that_use_them() {
        let era = Dates { era: true };
        assert_eq!(era.long_date(d(2013, 7, 18)), "平成25年7月18日（木）");
        // Reiwa 1 is written 元年; the last day of Heisei is Heisei 31.
        assert_eq!(era.date(d(2019, 5, 1)), "令和元年5月1日");
        assert_eq!(era.date(d(2019, 4, 30)), "平成31年4月30日");
        assert_eq!(
            era.period(d(2013, 7, 11), d(2013, 7, 12)),
            "平成25年7月11日（木）～平成25年7月12日（金）"
        );
        let western = Dates { era: false };
        assert_eq!(western.long_date(d(2013, 7, 18)), "2013年7月18日（木）");
    }

    #[test]
    fn timetable_rules_and_holidays_in_japanese() {
        assert_eq!(
            date_rule(DateRule::BusinessDaysAfterCalculation(5)),
            "算定基準日の5営業日後（東証）"
        );
        assert_eq!(
            date_rule(DateRule::NextBusinessDayAfter(TimetableItem::Payment)),
            "払込期日の翌営業日（東証）"
        );
        assert_eq!(
            date_rule(DateRule::CalendarDayAfter(TimetableItem::SubscriptionEnd)),
            "申込期間の末日の翌日（暦日）"
        );
        assert_eq!(holiday("Marine Day"), "海の日");
        assert_eq!(holiday("Substitute holiday"), "振替休日");
        assert_eq!(holiday("Founders' Day"), "Founders' Day");
    }

    #[test]
    fn amounts_and_shares() {
        assert_eq!(yen(Decimal::from(15_726_200_000u64)), "15,726,200,000円");
        assert_eq!(per_share(Decimal::from(3346)), "1株につき3,346円");
        assert_eq!(shares(700_000), "700,000株");
    }
}
