//! Dates as people in Japanese finance write them: ISO (2013-07-19), slashes
//! (2013/7/19), dots, compact (20130719), the kanji form of notices (2013年7月19日,
//! optionally with its weekday, 2013年7月19日（金）) and Japanese era forms (H25.7.19,
//! 平成25年7月19日, 令和元年5月1日).
//!
//! An era date must lie inside its era: H31.5.1 does not exist (Reiwa began on
//! 2019-05-01), and saying so is better than guessing which day was meant.

use chrono::{Datelike, NaiveDate};

use super::input::normalize;

/// A Japanese era (元号) since the solar calendar was adopted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Era {
    Meiji,
    Taisho,
    Showa,
    Heisei,
    Reiwa,
}

impl Era {
    pub const ALL: [Era; 5] = [Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa];

    /// First day of the era. Meiji is counted from 1873-01-01, when Japan adopted the
    /// Gregorian calendar; earlier Meiji dates were lunisolar and are not accepted.
    pub fn first_day(self) -> NaiveDate {
        let (y, m, d) = match self {
            Era::Meiji => (1873, 1, 1),
            Era::Taisho => (1912, 7, 30),
            Era::Showa => (1926, 12, 25),
            Era::Heisei => (1989, 1, 8),
            Era::Reiwa => (2019, 5, 1),
        };
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    /// The Gregorian year in which the era's year 1 (元年) falls.
    fn base_year(self) -> i32 {
        match self {
            Era::Meiji => 1868,
            other => other.first_day().year(),
        }
    }

    /// Last day of the era; `None` for the current one.
    pub fn last_day(self) -> Option<NaiveDate> {
        let next = Era::ALL.iter().position(|e| *e == self).map(|i| i + 1)?;
        Era::ALL.get(next).and_then(|e| e.first_day().pred_opt())
    }

    /// 平成, as a notice writes it.
    pub fn kanji(self) -> &'static str {
        match self {
            Era::Meiji => "明治",
            Era::Taisho => "大正",
            Era::Showa => "昭和",
            Era::Heisei => "平成",
            Era::Reiwa => "令和",
        }
    }

    /// H, the initial used in short forms (H25.7.19).
    pub fn initial(self) -> char {
        match self {
            Era::Meiji => 'M',
            Era::Taisho => 'T',
            Era::Showa => 'S',
            Era::Heisei => 'H',
            Era::Reiwa => 'R',
        }
    }

    /// English name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Era::Meiji => "Meiji",
            Era::Taisho => "Taishō",
            Era::Showa => "Shōwa",
            Era::Heisei => "Heisei",
            Era::Reiwa => "Reiwa",
        }
    }

    fn from_initial(c: char) -> Option<Era> {
        Era::ALL
            .into_iter()
            .find(|e| e.initial() == c.to_ascii_uppercase())
    }

    fn from_kanji_prefix(text: &str) -> Option<(Era, &str)> {
        Era::ALL
            .into_iter()
            .find_map(|e| text.strip_prefix(e.kanji()).map(|rest| (e, rest)))
    }

    /// The era a date falls in, with its era year (1 = 元年); `None` before 1873.
    pub fn of(date: NaiveDate) -> Option<(Era, i32)> {
        let era = Era::ALL.into_iter().rev().find(|e| date >= e.first_day())?;
        Some((era, date.year() - era.base_year() + 1))
    }
}

/// Why typed text is not a date: data, so each language can word it (the English
/// wording is its `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not in any accepted form; `text` as typed, trimmed.
    NotADate { text: String },
    /// An era form whose date lies outside the era (H31.5.1 is in Reiwa).
    OutsideEra {
        text: String,
        date: NaiveDate,
        era: Era,
    },
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DateError::NotADate { text } => write!(
                f,
                "{text:?} is not a date; type e.g. 2013-07-19, 2013/7/19, 2013年7月19日 or H25.7.19"
            ),
            DateError::OutsideEra { text, date, era } => {
                let span = match era.last_day() {
                    Some(last) => format!("{} to {}", era.first_day(), last),
                    None => format!("from {}", era.first_day()),
                };
                write!(
                    f,
                    "{text:?} is {date}, which is not in the {} era ({span})",
                    era.name()
                )
            }
        }
    }
}

/// Parses a typed or pasted date. The message names every accepted form.
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let t = normalize(text);
    let t = strip_weekday(&t);
    let parsed = match Era::from_kanji_prefix(t) {
        Some((era, rest)) => era_date(era, rest, text)?,
        None => match t.chars().next() {
            Some(c) if c.is_ascii_alphabetic() => match Era::from_initial(c) {
                Some(era) => era_date(era, &t[1..], text)?,
                None => None,
            },
            _ => western(t),
        },
    };
    parsed.ok_or_else(|| DateError::NotADate {
        text: text.trim().to_owned(),
    })
}

/// Drops a trailing weekday in brackets: "2013年7月19日(金)", "2013/7/19 (Fri)".
fn strip_weekday(t: &str) -> &str {
    match t.rfind('(') {
        Some(i) if t.ends_with(')') => &t[..i],
        _ => t,
    }
}

/// Year, month and day from "2013-07-19", "2013/7/19", "2013.7.19", "2013年7月19日"
/// or "20130719".
fn western(t: &str) -> Option<NaiveDate> {
    if t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()) {
        let (y, md) = t.split_at(4);
        let (m, d) = md.split_at(2);
        return NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    }
    let (y, m, d) = three_parts(t)?;
    if y.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m, d)
}

/// The era year, month and day after the era name: "25.7.19", "25年7月19日", "元年5月1日".
/// `Ok(None)` when the text is not of that shape; `Err` when it is, but the date lies
/// outside the era.
fn era_date(era: Era, rest: &str, original: &str) -> Result<Option<NaiveDate>, DateError> {
    let Some((year, m, d)) = three_parts(rest) else {
        return Ok(None);
    };
    let era_year: i32 = match year {
        "元" => 1,
        y if (1..=2).contains(&y.len()) => match y.parse() {
            Ok(y) if y >= 1 => y,
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    let Some(date) = NaiveDate::from_ymd_opt(era.base_year() + era_year - 1, m, d) else {
        return Ok(None);
    };
    let after_end = era.last_day().is_some_and(|last| date > last);
    if date < era.first_day() || after_end {
        return Err(DateError::OutsideEra {
            text: original.trim().to_owned(),
            date,
            era,
        });
    }
    Ok(Some(date))
}

/// Splits "Y-M-D", "Y/M/D", "Y.M.D" or "Y年M月D日" into the year text and numeric
/// month and day (one or two digits each).
fn three_parts(t: &str) -> Option<(&str, u32, u32)> {
    let (y, rest, kanji) = match t.split_once('年') {
        Some((y, rest)) => (y, rest, true),
        None => {
            let sep = t.find(['-', '/', '.'])?;
            (&t[..sep], &t[sep + 1..], false)
        }
    };
    let (m, d) = if kanji {
        let (m, d) = rest.split_once('月')?;
        (m, d.strip_suffix('日')?)
    } else {
        let sep = rest.find(['-', '/', '.'])?;
        // One kind of separator throughout: "2013/7-19" is not a date.
        if rest[sep..].chars().next() != t[y.len()..].chars().next() {
            return None;
        }
        (&rest[..sep], &rest[sep + 1..])
    };
    let number = |s: &str| -> Option<u32> {
        if (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    Some((y, number(m)?, number(d)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn western_forms() {
        for t in [
            "2013-07-19",
            "2013/7/19",
            "2013/07/19",
            "2013.7.19",
            "20130719",
            " 2013-07-19 ",
            "2013年7月19日",
            "2013年07月19日",
            "２０１３年７月１９日",
            "2013年7月19日（金）",
            "2013/7/19 (Fri)",
        ] {
            assert_eq!(parse_date(t), Ok(date(2013, 7, 19)), "{t}");
        }
    }

    #[test]
    fn era_forms() {
        // 2013 is Heisei 25 (Heisei 1 = 1989).
        for t in [
            "H25.7.19",
            "h25.7.19",
            "H25/7/19",
            "Ｈ25.7.19",
            "平成25年7月19日",
        ] {
            assert_eq!(parse_date(t), Ok(date(2013, 7, 19)), "{t}");
        }
        // Reiwa 1 (元年) began on 2019-05-01.
        assert_eq!(parse_date("令和元年5月1日"), Ok(date(2019, 5, 1)));
        assert_eq!(parse_date("R1.5.1"), Ok(date(2019, 5, 1)));
        assert_eq!(parse_date("R6.4.1"), Ok(date(2024, 4, 1)));
        // Shōwa 49 = 1974 (Shōwa 1 = 1926).
        assert_eq!(parse_date("S49.9.24"), Ok(date(1974, 9, 24)));
        // The last day of Shōwa and the first of Heisei.
        assert_eq!(parse_date("S64.1.7"), Ok(date(1989, 1, 7)));
        assert_eq!(parse_date("平成元年1月8日"), Ok(date(1989, 1, 8)));
    }

    #[test]
    fn era_dates_outside_their_era_are_refused_with_the_reason() {
        let e = parse_date("H31.5.1").unwrap_err();
        assert_eq!(
            e,
            DateError::OutsideEra {
                text: "H31.5.1".into(),
                date: date(2019, 5, 1),
                era: Era::Heisei
            }
        );
        let e = e.to_string();
        assert!(e.contains("2019-05-01") && e.contains("Heisei"), "{e}");
        assert!(e.contains("1989-01-08 to 2019-04-30"), "{e}");
        assert!(matches!(
            parse_date("H1.1.7"),
            Err(DateError::OutsideEra {
                era: Era::Heisei,
                ..
            })
        ));
        assert!(matches!(
            parse_date("R1.4.30"),
            Err(DateError::OutsideEra {
                era: Era::Reiwa,
                ..
            })
        ));
    }

    #[test]
    fn nonsense_is_refused_with_the_accepted_forms() {
        for t in [
            "",
            "tomorrow",
            "2013-02-30",
            "13-07-19",
            "2013/7-19",
            "2013年7月",
            "X25.7.19",
            "H0.1.1",
            "H.7.19",
            "2013713",
            // Found by mutation testing: an era year has one or two digits, and a
            // weekday's bracket must close.
            "H025.7.19",
            "2013年7月19日（金",
            // … and a month or day has one or two digits.
            "2013-007-19",
            "2013/7/019",
        ] {
            let e = parse_date(t).unwrap_err();
            assert_eq!(
                e,
                DateError::NotADate {
                    text: t.trim().into()
                },
                "{t}"
            );
            assert!(
                e.to_string().contains("2013年7月19日 or H25.7.19"),
                "{t}: {e}"
            );
        }
    }

    #[test]
    fn era_of_a_date() {
        assert_eq!(Era::of(date(2013, 7, 11)), Some((Era::Heisei, 25)));
        assert_eq!(Era::of(date(2019, 4, 30)), Some((Era::Heisei, 31)));
        assert_eq!(Era::of(date(2019, 5, 1)), Some((Era::Reiwa, 1)));
        assert_eq!(Era::of(date(1989, 1, 7)), Some((Era::Showa, 64)));
        assert_eq!(Era::of(date(1850, 1, 1)), None);
    }
}
