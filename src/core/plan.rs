//! The personal plan: offerings and free-text goals placed on fiscal years,
//! with a status, and a timeline over the coming years.

use super::dates::{english_date, fiscal_year, fiscal_year_label, wareki};
use super::id::Id;
use super::lang::Lang;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// When a plan item is meant to happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum When {
    /// Some time in a fiscal year (named by the western year it starts in).
    FiscalYear(i32),
    /// On or by a date.
    Date(#[serde(deserialize_with = "crate::core::dates::de_iso")] NaiveDate),
}

impl When {
    /// The fiscal year it falls in.
    pub fn fiscal_year(&self) -> i32 {
        match self {
            When::FiscalYear(y) => *y,
            When::Date(d) => fiscal_year(*d),
        }
    }

    /// Both calendars, e.g. `令和9年度（2027年度）` or `令和9年6月1日（令和9年度）`;
    /// in English `FY2027 (Reiwa 9)` or `1 June 2027 — FY2027 (Reiwa 9)`.
    pub fn label(&self, lang: Lang) -> String {
        match (self, lang) {
            (When::FiscalYear(y), _) => fiscal_year_label(*y, lang),
            (When::Date(d), Lang::Ja) => format!(
                "{}（{}）",
                wareki(*d),
                fiscal_year_label(fiscal_year(*d), lang)
            ),
            (When::Date(d), Lang::En) => format!(
                "{} — {}",
                english_date(*d),
                fiscal_year_label(fiscal_year(*d), lang)
            ),
        }
    }
}

/// Where an item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// 予定.
    Planned,
    /// 受講中.
    InProgress,
    /// 完了.
    Done,
}

impl Status {
    /// All statuses, in order.
    pub const ALL: [Status; 3] = [Status::Planned, Status::InProgress, Status::Done];

    /// A stable key for forms and CSS (`planned`, `in_progress`, `done`).
    pub fn key(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::InProgress => "in_progress",
            Status::Done => "done",
        }
    }

    /// The status for a key, if it is one.
    pub fn from_key(k: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == k)
    }

    /// The Japanese label.
    pub fn ja(self) -> &'static str {
        self.label(Lang::Ja)
    }

    /// The label in a language.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Status::Planned => lang.pick("予定", "Planned"),
            Status::InProgress => lang.pick("受講中", "In progress"),
            Status::Done => lang.pick("完了", "Done"),
        }
    }
}

/// One item of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    /// Unique within the document; never reused.
    pub id: u32,
    /// The body the item belongs to.
    pub body: Id,
    /// The offering, if the item is one (otherwise a free-text goal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offering: Option<Id>,
    /// The title: the offering's name, or the goal's text.
    pub title: String,
    /// When.
    pub when: When,
    /// Where it stands.
    pub status: Status,
    /// A note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A column of the timeline.
#[derive(Debug, Clone, PartialEq)]
pub enum Column {
    /// Fiscal years before the first shown.
    Earlier,
    /// One fiscal year.
    Year(i32),
    /// Fiscal years after the last shown.
    Later,
}

impl Column {
    /// Heading for the column.
    pub fn label(&self, lang: Lang) -> String {
        match self {
            Column::Earlier => lang.pick("それ以前", "Earlier").into(),
            Column::Year(y) => fiscal_year_label(*y, lang),
            Column::Later => lang.pick("それ以降", "Later").into(),
        }
    }
}

/// Groups items into a timeline of `years` fiscal years from `from`, with
/// columns for earlier and later items only when there are any. Items keep
/// their order within a column.
pub fn timeline(items: &[PlanItem], from: i32, years: i32) -> Vec<(Column, Vec<&PlanItem>)> {
    let last = from + years - 1;
    let mut cols: Vec<(Column, Vec<&PlanItem>)> = Vec::new();
    let earlier: Vec<&PlanItem> = items
        .iter()
        .filter(|i| i.when.fiscal_year() < from)
        .collect();
    if !earlier.is_empty() {
        cols.push((Column::Earlier, earlier));
    }
    for y in from..=last {
        cols.push((
            Column::Year(y),
            items.iter().filter(|i| i.when.fiscal_year() == y).collect(),
        ));
    }
    let later: Vec<&PlanItem> = items
        .iter()
        .filter(|i| i.when.fiscal_year() > last)
        .collect();
    if !later.is_empty() {
        cols.push((Column::Later, later));
    }
    cols
}

/// The fiscal years a body's offering is planned in, earliest first, each
/// once: what a suggestion's card says when the offering is in the plan.
pub fn planned_years(items: &[PlanItem], body: &Id, offering: &Id) -> Vec<i32> {
    let mut years: Vec<i32> = items
        .iter()
        .filter(|i| &i.body == body && i.offering.as_ref() == Some(offering))
        .map(|i| i.when.fiscal_year())
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The line a card shows for an offering in the plan, naming the years:
/// 「✓ 令和9年度（2027年度）の計画に入っています」.
pub fn in_plan_text(years: &[i32], lang: Lang) -> String {
    let labels: Vec<String> = years.iter().map(|y| fiscal_year_label(*y, lang)).collect();
    match lang {
        Lang::Ja if labels.is_empty() => "✓ 計画に入っています".into(),
        Lang::Ja => format!("✓ {}の計画に入っています", labels.join("・")),
        Lang::En if labels.is_empty() => "✓ In your plan".into(),
        Lang::En => format!("✓ In your plan for {}", labels.join(" and ")),
    }
}

/// The next unused plan-item id.
pub fn next_id(items: &[PlanItem]) -> u32 {
    items.iter().map(|i| i.id).max().map_or(1, |m| m + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: u32, when: When) -> PlanItem {
        PlanItem {
            id,
            body: Id::parse("x").expect("id"),
            offering: None,
            title: format!("目標{id}"),
            when,
            status: Status::Planned,
            note: String::new(),
        }
    }

    #[test]
    fn a_date_falls_in_the_fiscal_year_that_contains_it() {
        let d = NaiveDate::from_ymd_opt(2027, 2, 1).expect("date");
        assert_eq!(When::Date(d).fiscal_year(), 2026);
        assert_eq!(
            When::Date(d).label(Lang::Ja),
            "令和9年2月1日（令和8年度（2026年度））"
        );
        assert_eq!(
            When::FiscalYear(2027).label(Lang::Ja),
            "令和9年度（2027年度）"
        );
    }

    #[test]
    fn in_english_a_plan_date_names_its_day_and_its_fiscal_year() {
        let d = NaiveDate::from_ymd_opt(2027, 2, 1).expect("date");
        assert_eq!(
            When::Date(d).label(Lang::En),
            "1 February 2027 — FY2026 (Reiwa 8)"
        );
        assert_eq!(When::FiscalYear(2027).label(Lang::En), "FY2027 (Reiwa 9)");
    }

    #[test]
    fn statuses_and_timeline_edges_have_english_labels() {
        let en: Vec<&str> = Status::ALL.iter().map(|s| s.label(Lang::En)).collect();
        assert_eq!(en, ["Planned", "In progress", "Done"]);
        assert_eq!(Status::InProgress.ja(), "受講中");
        assert_eq!(Column::Earlier.label(Lang::En), "Earlier");
        assert_eq!(Column::Later.label(Lang::En), "Later");
    }

    #[test]
    fn the_timeline_has_a_column_per_coming_year_and_keeps_outliers() {
        let items = [
            item(1, When::FiscalYear(2026)),
            item(2, When::FiscalYear(2031)),
            item(3, When::FiscalYear(2024)),
            item(4, When::FiscalYear(2028)),
        ];
        let t = timeline(&items, 2026, 5);
        let shape: Vec<(String, Vec<u32>)> = t
            .iter()
            .map(|(c, v)| (c.label(Lang::Ja), v.iter().map(|i| i.id).collect()))
            .collect();
        assert_eq!(shape.first().map(|x| x.0.as_str()), Some("それ以前"));
        assert_eq!(shape[1], ("令和8年度（2026年度）".into(), vec![1]));
        assert_eq!(shape[3].1, vec![4]);
        assert_eq!(shape.last().map(|x| x.1.clone()), Some(vec![2]));
        assert_eq!(t.len(), 7);
    }

    #[test]
    fn a_planned_offering_says_which_fiscal_years_it_is_planned_in() {
        let o = Id::parse("ojt").expect("id");
        let mut a = item(1, When::FiscalYear(2027));
        a.offering = Some(o.clone());
        let mut b = item(
            2,
            When::Date(NaiveDate::from_ymd_opt(2028, 2, 1).expect("date")),
        );
        b.offering = Some(o.clone());
        let c = item(3, When::FiscalYear(2026));
        let years = planned_years(&[b, a.clone(), c, a], &Id::parse("x").expect("id"), &o);
        assert_eq!(years, [2027]);
        assert_eq!(
            in_plan_text(&years, Lang::Ja),
            "✓ 令和9年度（2027年度）の計画に入っています"
        );
        assert_eq!(
            in_plan_text(&years, Lang::En),
            "✓ In your plan for FY2027 (Reiwa 9)"
        );
        assert_eq!(
            in_plan_text(&[2026, 2027], Lang::Ja),
            "✓ 令和8年度（2026年度）・令和9年度（2027年度）の計画に入っています"
        );
    }

    #[test]
    fn plan_ids_are_never_reused() {
        assert_eq!(next_id(&[]), 1);
        assert_eq!(
            next_id(&[
                item(3, When::FiscalYear(2026)),
                item(1, When::FiscalYear(2026))
            ]),
            4
        );
    }
}
