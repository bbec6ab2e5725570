//! The supervisor's review (上司・評価者) of an assessment, and the 1on1
//! 面談 it feeds: the same items on the same scale, a comment per item and
//! overall, and the agreed next steps; then, beside the self-rating, where
//! the two agree and where they differ, said in words.
//!
//! The MHLW 職業能力評価シート works the same way: the employee rates, the
//! supervisor rates on the same sheet, comments go where the two differ,
//! and a feedback 面談 follows. A review is kept with the person's
//! document, dated, with the reviewer's role as they typed it.

use super::assess::{Analysis, Side};
use super::id::Id;
use super::lang::{plural, Lang};
use super::scale::{Level, Rating};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Longest comment or step kept, in characters: a paragraph, not a file.
pub const MAX_TEXT: usize = 2000;
/// Longest role kept, in characters (課長（一次評価者） and the like).
pub const MAX_ROLE: usize = 60;
/// Most agreed steps kept.
pub const MAX_STEPS: usize = 30;

/// One agreed next step (合意した次の一歩): an offering from the
/// suggestions, or a step in the pair's own words, with a fiscal year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreedStep {
    /// What, in words (the offering's name when it is one).
    pub text: String,
    /// The offering, when the step is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offering: Option<Id>,
    /// The fiscal year (named by the western year it starts in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fiscal_year: Option<i32>,
}

/// What a reviewer gives: ratings on each side, comments and steps. The
/// same shape whether it is being written, travelling as a share, or kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ReviewBody {
    /// The reviewer's role, as typed (課長、一次評価者 …).
    #[serde(default)]
    pub role: String,
    /// Ratings against the current grade, by item id.
    #[serde(default)]
    pub current: BTreeMap<Id, Rating>,
    /// Ratings against the next grade, by item id.
    #[serde(default)]
    pub next: BTreeMap<Id, Rating>,
    /// A comment per item.
    #[serde(default)]
    pub comments: BTreeMap<Id, String>,
    /// The overall comment.
    #[serde(default)]
    pub overall: String,
    /// The agreed next steps.
    #[serde(default)]
    pub steps: Vec<AgreedStep>,
}

impl ReviewBody {
    /// The ratings of one side.
    pub fn side(&self, side: Side) -> &BTreeMap<Id, Rating> {
        match side {
            Side::Current => &self.current,
            Side::Next => &self.next,
        }
    }

    /// The ratings of one side, for changing.
    pub fn side_mut(&mut self, side: Side) -> &mut BTreeMap<Id, Rating> {
        match side {
            Side::Current => &mut self.current,
            Side::Next => &mut self.next,
        }
    }

    /// Whether nothing has been given yet.
    pub fn is_empty(&self) -> bool {
        self.current.is_empty()
            && self.next.is_empty()
            && self.comments.values().all(|c| c.trim().is_empty())
            && self.overall.trim().is_empty()
            && self.steps.is_empty()
    }
}

/// A review kept with the person's document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// Unique within the document; never reused.
    pub id: u32,
    /// The body whose items were rated.
    pub body: Id,
    /// The grade rated against as "current" (None: 入庁前).
    #[serde(default)]
    pub current_grade: Option<Id>,
    /// The grade rated against as "next".
    #[serde(default)]
    pub next_grade: Option<Id>,
    /// The day the reviewer finished it.
    #[serde(deserialize_with = "crate::core::dates::de_iso")]
    pub made: NaiveDate,
    /// The day it was kept on this device.
    #[serde(deserialize_with = "crate::core::dates::de_iso")]
    pub received: NaiveDate,
    /// Whether it was given on this device (hand-over) or came as a share.
    #[serde(default)]
    pub on_this_device: bool,
    /// What the reviewer gave.
    pub given: ReviewBody,
}

/// The review to show beside an assessment: the one named, else the
/// latest of its body, one of the same grade pair first.
pub fn chosen<'a>(
    reviews: &'a [Review],
    sel: &super::assess::Selection,
    id: Option<u32>,
) -> Option<&'a Review> {
    if let Some(id) = id {
        return reviews.iter().find(|r| r.id == id);
    }
    let of_body: Vec<&Review> = reviews.iter().filter(|r| r.body == sel.body).collect();
    of_body
        .iter()
        .rev()
        .find(|r| r.current_grade.as_ref() == sel.current_grade() && r.next_grade == sel.next)
        .or_else(|| of_body.last())
        .copied()
}

/// The next free review id.
pub fn next_review_id(reviews: &[Review]) -> u32 {
    reviews.iter().map(|r| r.id).max().map_or(1, |m| m + 1)
}

/// How a self-rating stands beside the reviewer's, for one item and side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// 一致: the same step.
    Agree,
    /// 自己評価が高い: the self-rating is higher.
    SelfHigher,
    /// 自己評価が低い: the self-rating is lower.
    SelfLower,
    /// One of the two is missing or 該当しない, so they cannot be compared.
    Open,
}

impl Verdict {
    /// The words for it: the comparison says it in words, not colour alone.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Verdict::Agree, Lang::Ja) => "一致",
            (Verdict::SelfHigher, Lang::Ja) => "自己評価が高い",
            (Verdict::SelfLower, Lang::Ja) => "自己評価が低い",
            (Verdict::Open, Lang::Ja) => "比べられない",
            (Verdict::Agree, Lang::En) => "Agree",
            (Verdict::SelfHigher, Lang::En) => "Self-rating higher",
            (Verdict::SelfLower, Lang::En) => "Self-rating lower",
            (Verdict::Open, Lang::En) => "Cannot compare",
        }
    }

    /// A mark that tells the verdicts apart in a table without colour:
    /// ＝ agree, ↑ self higher, ↓ self lower.
    pub fn mark(self) -> &'static str {
        match self {
            Verdict::Agree => "＝",
            Verdict::SelfHigher => "↑",
            Verdict::SelfLower => "↓",
            Verdict::Open => "－",
        }
    }
}

/// One item on one side, both ratings beside the target.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareRow {
    /// Index into the analysis' rows.
    pub row: usize,
    /// The item.
    pub item: Id,
    /// The side.
    pub side: Side,
    /// The target, where the grade sets one.
    pub target: Option<Level>,
    /// The person's own rating.
    pub own: Option<Rating>,
    /// The reviewer's.
    pub reviewer: Option<Rating>,
    /// How they stand.
    pub verdict: Verdict,
    /// Steps the self-rating is above the reviewer's (negative: below).
    pub difference: Option<i8>,
    /// The reviewer's comment on the item.
    pub comment: Option<String>,
}

/// The self-rating and the review, item by item, on every rated side.
pub fn compare(analysis: &Analysis, review: &ReviewBody) -> Vec<CompareRow> {
    let mut out = Vec::new();
    for (i, r) in analysis.rows.iter().enumerate() {
        for side in r.item.rated_sides() {
            let own = r.side(side).rating;
            let reviewer = review.side(side).get(&r.item.id).copied();
            let difference = match (
                own.and_then(|x| x.level()),
                reviewer.and_then(|x| x.level()),
            ) {
                (Some(a), Some(b)) => Some(a.value() as i8 - b.value() as i8),
                _ => None,
            };
            let verdict = match difference {
                Some(0) => Verdict::Agree,
                Some(d) if d > 0 => Verdict::SelfHigher,
                Some(_) => Verdict::SelfLower,
                None => Verdict::Open,
            };
            out.push(CompareRow {
                row: i,
                item: r.item.id.clone(),
                side,
                target: r.side(side).target,
                own,
                reviewer,
                verdict,
                difference,
                comment: review
                    .comments
                    .get(&r.item.id)
                    .filter(|c| !c.trim().is_empty())
                    .cloned(),
            });
        }
    }
    out
}

/// The items where the two ratings differ on some side, each once, in
/// item order.
pub fn differing(rows: &[CompareRow]) -> Vec<Id> {
    let mut out: Vec<Id> = Vec::new();
    for r in rows {
        if matches!(r.verdict, Verdict::SelfHigher | Verdict::SelfLower) && !out.contains(&r.item) {
            out.push(r.item.clone());
        }
    }
    out
}

fn quoted(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("「{name}」"),
        Lang::En => format!("\u{201c}{name}\u{201d}"),
    }
}

/// Summary sentences: how many agree and differ, and every item where the
/// two differ by two steps or more, by name.
pub fn compare_summary(analysis: &Analysis, rows: &[CompareRow], lang: Lang) -> Vec<String> {
    let count = |v: Verdict| rows.iter().filter(|r| r.verdict == v).count();
    let (agree, higher, lower, open) = (
        count(Verdict::Agree),
        count(Verdict::SelfHigher),
        count(Verdict::SelfLower),
        count(Verdict::Open),
    );
    let mut out = vec![match lang {
        Lang::Ja => format!(
            "{} 件のうち、一致 {agree} 件、自己評価が高い {higher} 件、自己評価が低い {lower} 件{}。",
            rows.len(),
            if open > 0 { format!("、比べられない {open} 件") } else { String::new() }
        ),
        Lang::En => format!(
            "Of {}: {agree} agree, the self-rating is higher on {higher} and lower on {lower}{}.",
            plural(rows.len() as i64, "rating", "ratings"),
            if open > 0 { format!(", and {open} cannot be compared") } else { String::new() }
        ),
    }];
    let mut wide: Vec<&CompareRow> = rows
        .iter()
        .filter(|r| r.difference.is_some_and(|d| d.abs() >= 2))
        .collect();
    wide.sort_by(wider_first);
    for r in wide {
        let item = &analysis.rows[r.row].item;
        let (Some(own), Some(rev), Some(d)) = (r.own, r.reviewer, r.difference) else {
            continue;
        };
        out.push(match lang {
            Lang::Ja => format!(
                "{}（{}）は、自己評価「{}」と上司の評価「{}」が {} 段階離れています（{}）。",
                quoted(&item.short_label(), lang),
                r.side.label(lang),
                own.label(lang),
                rev.label(lang),
                d.abs(),
                r.verdict.label(lang)
            ),
            Lang::En => format!(
                "{} ({}): the self-rating \u{201c}{}\u{201d} and the supervisor's \u{201c}{}\u{201d} are {} apart ({}).",
                quoted(&item.name(lang), lang),
                r.side.label(lang),
                own.label(lang),
                rev.label(lang),
                plural(d.abs() as i64, "step", "steps"),
                r.verdict.label(lang).to_lowercase()
            ),
        });
    }
    out
}

/// The rows whose ratings differ most first, then in the table's order.
fn wider_first(a: &&CompareRow, b: &&CompareRow) -> std::cmp::Ordering {
    let key = |r: &CompareRow| (std::cmp::Reverse(r.difference.map(i8::abs)), r.row);
    key(a).cmp(&key(b))
}

/// Talk points for the 面談: the items where the ratings differ, the
/// widest first, then the priority gaps not already named.
pub fn talk_points(analysis: &Analysis, rows: &[CompareRow], lang: Lang) -> Vec<String> {
    let mut named: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    let mut diffs: Vec<&CompareRow> = rows
        .iter()
        .filter(|r| matches!(r.verdict, Verdict::SelfHigher | Verdict::SelfLower))
        .collect();
    diffs.sort_by(wider_first);
    for r in diffs {
        if named.contains(&r.row) {
            continue;
        }
        named.push(r.row);
        let item = &analysis.rows[r.row].item;
        let name = match lang {
            Lang::Ja => item.short_label(),
            Lang::En => item.name(lang),
        };
        out.push(match (r.verdict, lang) {
            (Verdict::SelfHigher, Lang::Ja) => format!(
                "{}：本人は上司より高く評価しています。本人が「できている」と考える場面を聞き、上司が見ている場面と照らし合わせましょう。",
                quoted(&name, lang)
            ),
            (_, Lang::Ja) => format!(
                "{}：本人は上司より低く評価しています。上司が評価する場面を具体的に伝え、本人の自信につなげましょう。",
                quoted(&name, lang)
            ),
            (Verdict::SelfHigher, Lang::En) => format!(
                "{}: the employee rates higher than the supervisor. Ask for the situations where they feel it goes well, and compare them with what the supervisor sees.",
                quoted(&name, lang)
            ),
            (_, Lang::En) => format!(
                "{}: the employee rates lower than the supervisor. Name the situations the supervisor values, to build the employee's confidence.",
                quoted(&name, lang)
            ),
        });
    }
    for &i in &analysis.priorities {
        if named.contains(&i) {
            continue;
        }
        named.push(i);
        let item = &analysis.rows[i].item;
        out.push(match lang {
            Lang::Ja => format!(
                "{}：優先して伸ばす項目です。次の一歩（研修・仕事の機会）を話し合いましょう。",
                quoted(&item.short_label(), lang)
            ),
            Lang::En => format!(
                "{}: a priority to develop. Agree on a next step (a course, or a chance at work).",
                quoted(&item.name(lang), lang)
            ),
        });
    }
    out
}

/// Cuts text to `max` characters, so a kept comment stays a comment.
pub fn bounded(s: &str, max: usize) -> String {
    s.trim().chars().take(max).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assess::{
        analyse, Assessment, Entry, ItemKind, Position, RateItem, Selection,
    };
    use crate::core::assess::{Asking, Change, Expectation, PerGradeWhy};
    use crate::core::model::Requirement;

    fn id(s: &str) -> Id {
        Id::parse(s).expect("id")
    }

    fn item(i: &str) -> RateItem {
        let e = |g: &str| Expectation {
            grade: id(g),
            mark: Some("◎".into()),
            requirement: Requirement::Acquire,
            wording: None,
            reads_as: None,
            target: Some(Level::Can),
            uncertain: None,
            role: None,
            statements: Vec::new(),
        };
        RateItem {
            id: id(i),
            kind: ItemKind::Ability,
            number: None,
            label: i.to_uppercase(),
            label_en: None,
            group: None,
            group_en: None,
            description: Vec::new(),
            keywords: Vec::new(),
            // Asked per grade, so each side holds its own rating here.
            asking: Asking::PerGrade(PerGradeWhy::LevelDiffers(
                "職位によってレベルは異なります。".into(),
            )),
            current: Some(e("a")),
            next: Some(e("b")),
            change: Change::Kept,
        }
    }

    fn rated(items: &[(&str, u8)]) -> Assessment {
        let mut a = Assessment::new(Selection {
            body: id("x"),
            track: id("t"),
            current: Position::Grade(id("a")),
            next: Some(id("b")),
            entry_year: None,
            grade_year: None,
            data_version: None,
        });
        for (i, v) in items {
            let r = Rating::Level(Level::from_value(*v).expect("level"));
            for side in Side::BOTH {
                a.side_mut(side).insert(
                    id(i),
                    Entry {
                        rating: Some(r),
                        note: String::new(),
                    },
                );
            }
        }
        a
    }

    #[test]
    fn each_item_is_said_to_agree_or_to_be_rated_higher_or_lower_by_oneself() {
        let items = [item("p"), item("q"), item("r")];
        let analysis = analyse(&items, &rated(&[("p", 3), ("q", 4), ("r", 1)]));
        let mut review = ReviewBody::default();
        for (i, v) in [("p", 3), ("q", 2), ("r", 3)] {
            review
                .current
                .insert(id(i), Rating::Level(Level::from_value(v).expect("level")));
        }
        review
            .comments
            .insert(id("q"), "後輩への指導はこれから".into());
        let rows = compare(&analysis, &review);
        let current: Vec<(String, Verdict)> = rows
            .iter()
            .filter(|r| r.side == Side::Current)
            .map(|r| (r.item.to_string(), r.verdict))
            .collect();
        assert_eq!(
            current,
            [
                ("p".into(), Verdict::Agree),
                ("q".into(), Verdict::SelfHigher),
                ("r".into(), Verdict::SelfLower)
            ]
        );
        assert!(rows
            .iter()
            .filter(|r| r.side == Side::Next)
            .all(|r| r.verdict == Verdict::Open));
        assert_eq!(differing(&rows), [id("q"), id("r")]);
        assert_eq!(rows[2].comment.as_deref(), Some("後輩への指導はこれから"));

        let summary = compare_summary(&analysis, &rows, Lang::Ja);
        assert_eq!(
            summary[0],
            "6 件のうち、一致 1 件、自己評価が高い 1 件、自己評価が低い 1 件、比べられない 3 件。"
        );
        assert_eq!(summary.len(), 3, "q and r differ by two steps: {summary:?}");
        assert!(summary[1].contains("「Q」") && summary[1].contains("2 段階"));

        let talk = talk_points(&analysis, &rows, Lang::Ja);
        assert!(
            talk[0].starts_with("「Q」") && talk[1].starts_with("「R」"),
            "{talk:?}"
        );
        assert!(talk[0].contains("高く") && talk[1].contains("低く"));
    }

    #[test]
    fn not_applicable_on_either_side_is_never_read_as_agreement() {
        let items = [item("p")];
        let mut a = rated(&[("p", 3)]);
        a.side_mut(Side::Current).insert(
            id("p"),
            Entry {
                rating: Some(Rating::NotApplicable),
                note: String::new(),
            },
        );
        let analysis = analyse(&items, &a);
        let mut review = ReviewBody::default();
        review.current.insert(id("p"), Rating::NotApplicable);
        review.next.insert(id("p"), Rating::Level(Level::Can));
        let rows = compare(&analysis, &review);
        assert_eq!(rows[0].verdict, Verdict::Open);
        assert_eq!(rows[1].verdict, Verdict::Agree);
        assert_eq!(Verdict::SelfLower.label(Lang::En), "Self-rating lower");
    }
}
