//! Figures and dates as Japanese notices print them: "3,346円", "700,000株",
//! "2013年7月18日（木）", "2013年7月11日（木）～2013年7月12日（金）".

use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;

use crate::domain::dates::Era;
use crate::domain::money::{format_count, format_grouped, format_yen};

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

fn weekday(d: NaiveDate) -> char {
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
    fn amounts_and_shares() {
        assert_eq!(yen(Decimal::from(15_726_200_000u64)), "15,726,200,000円");
        assert_eq!(per_share(Decimal::from(3346)), "1株につき3,346円");
        assert_eq!(shares(700_000), "700,000株");
    }
}
