//! Japanese dates: era years (和暦) and fiscal years (年度, April–March).
//!
//! Public bodies write dates in 和暦 and plan by 年度, so the app shows both
//! beside the western year. Only the eras a serving employee's records can
//! touch are needed (昭和 onward); the first year of an era is written 元年.
//! In English the western year leads and the era follows in brackets
//! (`FY2026 (Reiwa 8)`), since readers of English plan by the western year
//! but still meet era years in the documents.

use super::lang::Lang;
use chrono::{Datelike, NaiveDate};

/// Reads a day as the app writes it, `YYYY-MM-DD` (what [`NaiveDate`]'s
/// `Display` prints and what an `<input type="date">` gives), and nothing
/// looser. chrono's own `FromStr` goes through its general format parser,
/// which is several kilobytes of the app module for a shape that never
/// varies; every day the app stores or receives is read here instead.
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |from: usize, to: usize| -> Option<u32> {
        b[from..to].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(digits(0, 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(5, 7)?, digits(8, 10)?)
}

/// Deserializes a day with [`parse_iso`], for `#[serde(deserialize_with)]`
/// on each stored or received date (writing stays chrono's `Display`): the
/// shape the app writes and nothing looser, refused with a message in
/// Japanese that [`super::json`] passes on as it is.
pub fn de_iso<'de, D: serde::Deserializer<'de>>(de: D) -> Result<NaiveDate, D::Error> {
    let text = <String as serde::Deserialize>::deserialize(de)?;
    parse_iso(&text).ok_or_else(|| {
        serde::de::Error::custom(format!("日付「{text}」は YYYY-MM-DD の形ではありません"))
    })
}

/// An era with its first day.
struct Era {
    name: &'static str,
    en: &'static str,
    start: (i32, u32, u32),
}

const ERAS: [Era; 3] = [
    Era {
        name: "令和",
        en: "Reiwa",
        start: (2019, 5, 1),
    },
    Era {
        name: "平成",
        en: "Heisei",
        start: (1989, 1, 8),
    },
    Era {
        name: "昭和",
        en: "Showa",
        start: (1926, 12, 25),
    },
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn era_year(name: &str, y: i32) -> String {
    if y == 1 {
        format!("{name}元年")
    } else {
        format!("{name}{y}年")
    }
}

/// The era and year of a date, e.g. `令和8年`; dates before 昭和 get the western year.
pub fn era_year_of(date: NaiveDate) -> String {
    for e in &ERAS {
        let (y, m, d) = e.start;
        if NaiveDate::from_ymd_opt(y, m, d).is_some_and(|s| date >= s) {
            return era_year(e.name, date.year() - y + 1);
        }
    }
    format!("{}年", date.year())
}

/// The era and year of a date in English, e.g. `Reiwa 8` (the first year is
/// `Reiwa 1`, as English writes it); `None` before 昭和.
pub fn era_year_en(date: NaiveDate) -> Option<String> {
    ERAS.iter().find_map(|e| {
        let (y, m, d) = e.start;
        NaiveDate::from_ymd_opt(y, m, d)
            .filter(|s| date >= *s)
            .map(|_| format!("{} {}", e.en, date.year() - y + 1))
    })
}

/// A date written the English way, e.g. `21 November 2026`.
pub fn english_date(date: NaiveDate) -> String {
    let month = MONTHS
        .get(date.month0() as usize)
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", date.day(), date.year())
}

/// A short date for lists and chart points: 和暦 in Japanese
/// (`令和8年11月21日`), the English way in English (`21 November 2026`).
pub fn short_date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Ja => wareki(date),
        Lang::En => english_date(date),
    }
}

/// A date in 和暦, e.g. `令和8年11月21日`.
pub fn wareki(date: NaiveDate) -> String {
    format!("{}{}月{}日", era_year_of(date), date.month(), date.day())
}

/// The fiscal year a date falls in, named by the western year it starts in
/// (1 April 2026 – 31 March 2027 is fiscal 2026).
pub fn fiscal_year(date: NaiveDate) -> i32 {
    if date.month() >= 4 {
        date.year()
    } else {
        date.year() - 1
    }
}

/// A fiscal year in 和暦, e.g. `令和8年度`. A fiscal year is named by the era
/// in force on its first day, except that fiscal 2019 (which began in 平成31)
/// is written 令和元年度, as government documents do.
pub fn fiscal_year_wareki(fy: i32) -> String {
    let label = match NaiveDate::from_ymd_opt(fy, 4, 1) {
        Some(_) if fy == 2019 => "令和元年".to_owned(),
        Some(first_day) => era_year_of(first_day),
        None => format!("{fy}年"),
    };
    format!("{label}度")
}

/// A fiscal year's era year in English, e.g. `Reiwa 8`, named like
/// [`fiscal_year_wareki`] (fiscal 2019 is `Reiwa 1`); `None` before 昭和.
fn fiscal_year_era_en(fy: i32) -> Option<String> {
    if fy == 2019 {
        return Some("Reiwa 1".into());
    }
    NaiveDate::from_ymd_opt(fy, 4, 1).and_then(era_year_en)
}

/// A fiscal year with both calendars: `令和8年度（2026年度）` in Japanese,
/// `FY2026 (Reiwa 8)` in English.
pub fn fiscal_year_label(fy: i32, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}（{fy}年度）", fiscal_year_wareki(fy)),
        Lang::En => match fiscal_year_era_en(fy) {
            Some(era) => format!("FY{fy} ({era})"),
            None => format!("FY{fy}"),
        },
    }
}

/// A date with both calendars and its fiscal year:
/// `令和8年11月21日（2026年11月21日・令和8年度）` in Japanese,
/// `21 November 2026 (Reiwa 8; FY2026)` in English.
pub fn date_label(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!(
            "{}（{}年{}月{}日・{}）",
            wareki(date),
            date.year(),
            date.month(),
            date.day(),
            fiscal_year_wareki(fiscal_year(date))
        ),
        Lang::En => {
            let fy = fiscal_year(date);
            match era_year_en(date) {
                Some(era) => format!("{} ({era}; FY{fy})", english_date(date)),
                None => format!("{} (FY{fy})", english_date(date)),
            }
        }
    }
}

/// Why a typed year could not be read ([`parse_year`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearError {
    /// Neither a western year nor an era year (「令和7」「R7」「H30」).
    NotAYear(String),
    /// An era year past the era's end (平成32) or before its start (令和0).
    NotInEra {
        /// The era's name (平成).
        era: &'static str,
        /// The year as typed.
        year: u32,
        /// The era's last year (平成 31); `None` for the current era.
        last: Option<u32>,
    },
    /// A year outside the span a career record can hold.
    OutOfRange(i32),
}

impl YearError {
    /// What is wrong, in the person's language.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (YearError::NotAYear(t), Lang::Ja) => format!(
                "「{t}」は年として読めません。2025、令和7、R7、H30 のように入力してください。"
            ),
            (YearError::NotAYear(t), Lang::En) => format!(
                "\u{201c}{t}\u{201d} cannot be read as a year. Type it like 2025, 令和7, R7 or H30."
            ),
            (YearError::NotInEra { era, year, last }, Lang::Ja) => match last {
                Some(l) => format!("{era}{year}年はありません（{era}は{l}年までです）。"),
                None => format!("{era}{year}年はありません。"),
            },
            (YearError::NotInEra { era, year, last }, Lang::En) => {
                let en = ERAS.iter().find(|e| e.name == *era).map_or(*era, |e| e.en);
                match last {
                    Some(l) => format!("There is no {en} {year}: {en} ends with year {l}."),
                    None => format!("There is no {en} {year}."),
                }
            }
            (YearError::OutOfRange(y), Lang::Ja) => format!(
                "{y}年は範囲外です。{}年から{}年までの年を入力してください。",
                YEARS.start(),
                YEARS.end()
            ),
            (YearError::OutOfRange(y), Lang::En) => format!(
                "{y} is out of range: type a year from {} to {}.",
                YEARS.start(),
                YEARS.end()
            ),
        }
    }
}

/// The years a person's entry or promotion can fall in.
const YEARS: std::ops::RangeInclusive<i32> = 1950..=2100;

/// The last year of each era that has ended, by name.
fn era_last_year(name: &str) -> Option<u32> {
    match name {
        "平成" => Some(31),
        "昭和" => Some(64),
        _ => None,
    }
}

/// Reads a year as a person types it on a form: western (`2025`, `2025年`)
/// or 和暦 (`令和7`, `令和7年`, `令和元年`, `R7`, `H30`, `S60`), in
/// half- or full-width characters, with an optional 年 or 年度 after it.
/// A year of an era is counted from the era's first calendar year (令和7 =
/// 2025), as forms that ask for a year in 和暦 mean it. Every year goes
/// through here, so the setup form and its tests agree on what is a year.
pub fn parse_year(text: &str) -> Result<i32, YearError> {
    let narrow: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
                char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
            }
            c => c,
        })
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect();
    let not_a_year = || YearError::NotAYear(text.trim().to_owned());
    let body = narrow
        .strip_suffix("年度")
        .or_else(|| narrow.strip_suffix('年'))
        .unwrap_or(&narrow);
    let number = |s: &str| -> Option<u32> {
        if s == "元" {
            return Some(1);
        }
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let letters = [('R', "令和"), ('H', "平成"), ('S', "昭和")];
    let era = ERAS
        .iter()
        .find_map(|e| body.strip_prefix(e.name).map(|rest| (e, rest)))
        .or_else(|| {
            let mut chars = body.chars();
            let first = chars.next()?.to_ascii_uppercase();
            let name = letters.iter().find(|(l, _)| *l == first)?.1;
            ERAS.iter()
                .find(|e| e.name == name)
                .map(|e| (e, chars.as_str()))
        });
    let year = match era {
        Some((e, rest)) => {
            let y = number(rest).ok_or_else(not_a_year)?;
            let last = era_last_year(e.name);
            if y == 0 || last.is_some_and(|l| y > l) {
                return Err(YearError::NotInEra {
                    era: e.name,
                    year: y,
                    last,
                });
            }
            e.start.0 + i32::try_from(y).map_err(|_| not_a_year())? - 1
        }
        None => {
            let y = number(body)
                .filter(|_| body != "元")
                .ok_or_else(not_a_year)?;
            i32::try_from(y).map_err(|_| not_a_year())?
        }
    };
    if YEARS.contains(&year) {
        Ok(year)
    } else {
        Err(YearError::OutOfRange(year))
    }
}

/// A year with both calendars, as a form shows back what it read:
/// `2025年（令和7年）`, `2019年（平成31年・令和元年）`, `2025 (Reiwa 7)`.
pub fn year_label(year: i32, lang: Lang) -> String {
    let eras: Vec<(String, String)> = ERAS
        .iter()
        .rev()
        .filter(|e| {
            e.start.0 <= year && era_last_year(e.name).is_none_or(|l| e.start.0 + l as i32 > year)
        })
        .map(|e| {
            (
                era_year(e.name, year - e.start.0 + 1),
                format!("{} {}", e.en, year - e.start.0 + 1),
            )
        })
        .collect();
    match lang {
        Lang::Ja if eras.is_empty() => format!("{year}年"),
        Lang::Ja => format!(
            "{year}年（{}）",
            eras.iter()
                .map(|e| e.0.as_str())
                .collect::<Vec<_>>()
                .join("・")
        ),
        Lang::En if eras.is_empty() => year.to_string(),
        Lang::En => format!(
            "{year} ({})",
            eras.iter()
                .map(|e| e.1.as_str())
                .collect::<Vec<_>>()
                .join(" / ")
        ),
    }
}

/// Years of service including the current one (the first fiscal year of
/// service is year 1), or `None` before entry.
pub fn service_year(entry_fiscal_year: i32, today: NaiveDate) -> Option<u32> {
    let n = fiscal_year(today) - entry_fiscal_year + 1;
    u32::try_from(n).ok().filter(|n| *n >= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn a_day_is_read_back_exactly_as_it_is_written() {
        for day in [
            d(1926, 12, 25),
            d(2019, 5, 1),
            d(2024, 2, 29),
            d(2026, 12, 2),
        ] {
            assert_eq!(parse_iso(&day.to_string()), Some(day));
        }
    }

    #[test]
    fn a_day_in_any_other_shape_or_not_on_the_calendar_is_refused() {
        for text in [
            "",
            "2026-1-05",
            "2026-01-5",
            "26-01-05",
            "2026/01/05",
            " 2026-01-05",
            "2026-01-05 ",
            "+2026-01-05",
            "2026-02-30",
            "2026-13-01",
            "2026-00-10",
            "２０２６-01-05",
            "2026-0a-05",
        ] {
            assert_eq!(parse_iso(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_stored_day_that_is_not_a_day_is_a_serde_error_naming_it() {
        #[derive(serde::Deserialize)]
        struct At {
            #[serde(deserialize_with = "de_iso")]
            #[allow(dead_code)]
            at: NaiveDate,
        }
        let e = serde_json::from_str::<At>(r#"{"at":"2026-02-30"}"#)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("2026-02-30"), "{e}");
        assert!(serde_json::from_str::<At>(r#"{"at":"2026-02-28"}"#).is_ok());
    }

    #[test]
    fn reiwa_begins_on_the_first_of_may_2019() {
        assert_eq!(wareki(d(2019, 4, 30)), "平成31年4月30日");
        assert_eq!(wareki(d(2019, 5, 1)), "令和元年5月1日");
        assert_eq!(wareki(d(2026, 11, 21)), "令和8年11月21日");
    }

    #[test]
    fn heisei_begins_on_the_eighth_of_january_1989() {
        assert_eq!(wareki(d(1989, 1, 7)), "昭和64年1月7日");
        assert_eq!(wareki(d(1989, 1, 8)), "平成元年1月8日");
    }

    #[test]
    fn the_fiscal_year_turns_on_the_first_of_april() {
        assert_eq!(fiscal_year(d(2027, 3, 31)), 2026);
        assert_eq!(fiscal_year(d(2027, 4, 1)), 2027);
    }

    #[test]
    fn fiscal_2019_is_written_reiwa_gannen() {
        assert_eq!(fiscal_year_wareki(2019), "令和元年度");
        assert_eq!(fiscal_year_wareki(2018), "平成30年度");
        assert_eq!(fiscal_year_wareki(2026), "令和8年度");
        assert_eq!(fiscal_year_label(2026, Lang::Ja), "令和8年度（2026年度）");
    }

    #[test]
    fn a_date_label_shows_both_calendars_and_the_fiscal_year() {
        assert_eq!(
            date_label(d(2027, 2, 3), Lang::Ja),
            "令和9年2月3日（2027年2月3日・令和8年度）"
        );
    }

    #[test]
    fn in_english_a_fiscal_year_leads_with_the_western_year_and_names_the_era() {
        assert_eq!(fiscal_year_label(2026, Lang::En), "FY2026 (Reiwa 8)");
        assert_eq!(fiscal_year_label(2019, Lang::En), "FY2019 (Reiwa 1)");
        assert_eq!(fiscal_year_label(2018, Lang::En), "FY2018 (Heisei 30)");
        assert_eq!(fiscal_year_label(1900, Lang::En), "FY1900");
    }

    #[test]
    fn in_english_a_date_is_written_day_month_year_with_era_and_fiscal_year() {
        assert_eq!(
            date_label(d(2027, 2, 3), Lang::En),
            "3 February 2027 (Reiwa 9; FY2026)"
        );
        assert_eq!(short_date(d(2026, 11, 21), Lang::En), "21 November 2026");
        assert_eq!(short_date(d(2026, 11, 21), Lang::Ja), "令和8年11月21日");
        assert_eq!(era_year_en(d(1989, 1, 8)).as_deref(), Some("Heisei 1"));
        assert_eq!(era_year_en(d(1926, 12, 24)), None);
    }

    #[test]
    fn service_years_count_the_entry_fiscal_year_as_year_one() {
        assert_eq!(service_year(2026, d(2026, 4, 1)), Some(1));
        assert_eq!(service_year(2026, d(2027, 3, 31)), Some(1));
        assert_eq!(service_year(2024, d(2026, 11, 21)), Some(3));
        assert_eq!(service_year(2027, d(2026, 11, 21)), None);
    }

    #[test]
    fn a_typed_year_may_be_western_or_an_era_year() {
        for (text, year) in [
            ("2025", 2025),
            ("2025年", 2025),
            ("２０２５", 2025),
            ("令和7", 2025),
            ("令和7年", 2025),
            ("令和7年度", 2025),
            ("令和元年", 2019),
            ("R7", 2025),
            ("r7", 2025),
            ("Ｒ７", 2025),
            (" R 7 ", 2025),
            ("R.7", 2025),
            ("H30", 2018),
            ("平成30", 2018),
            ("平成31", 2019),
            ("H1", 1989),
            ("S60", 1985),
            ("昭和64", 1989),
        ] {
            assert_eq!(parse_year(text), Ok(year), "{text:?}");
        }
    }

    #[test]
    fn a_year_that_is_not_one_says_why_in_both_languages() {
        assert_eq!(
            parse_year("H32"),
            Err(YearError::NotInEra {
                era: "平成",
                year: 32,
                last: Some(31)
            })
        );
        assert_eq!(
            parse_year("H32")
                .err()
                .map(|e| e.message(Lang::Ja))
                .as_deref(),
            Some("平成32年はありません（平成は31年までです）。")
        );
        assert_eq!(
            parse_year("H32")
                .err()
                .map(|e| e.message(Lang::En))
                .as_deref(),
            Some("There is no Heisei 32: Heisei ends with year 31.")
        );
        assert!(matches!(parse_year("R0"), Err(YearError::NotInEra { .. })));
        for text in ["", "abc", "令和", "X7", "元", "20255", "7-1"] {
            assert!(
                matches!(parse_year(text), Err(YearError::NotAYear(_))),
                "{text:?}"
            );
        }
        assert_eq!(parse_year("1900"), Err(YearError::OutOfRange(1900)));
        assert_eq!(parse_year("S20"), Err(YearError::OutOfRange(1945)));
        assert!(parse_year("abc")
            .err()
            .is_some_and(|e| e.message(Lang::Ja).contains("「abc」は年として読めません")));
    }

    #[test]
    fn a_year_read_back_shows_both_calendars() {
        assert_eq!(year_label(2025, Lang::Ja), "2025年（令和7年）");
        assert_eq!(year_label(2019, Lang::Ja), "2019年（平成31年・令和元年）");
        assert_eq!(year_label(2025, Lang::En), "2025 (Reiwa 7)");
        assert_eq!(year_label(1989, Lang::En), "1989 (Showa 64 / Heisei 1)");
    }
}
