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
/// on each stored or received date (writing stays chrono's `Display`).
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
}
