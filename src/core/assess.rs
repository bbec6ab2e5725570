//! Self-assessment against the current and the next grade: choosing the
//! grades, the items to rate, the gaps, what the next grade newly asks, and
//! the plain-Japanese summary.
//!
//! Everything here is a pure function of the body's data and the person's
//! ratings, so the UI only renders its results and tests can check them on
//! the real data of all five bodies.

use super::id::Id;
use super::model::{BodyData, Grade, Requirement};
use super::scale::{Level, Rating};
use super::target::target_for;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the person stands now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    /// 入庁前: not yet in service; the track's first grade is what lies ahead.
    PreEntry,
    /// Holds this grade.
    Grade(Id),
}

/// The person's choice of body, track and grades.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selection {
    /// The body.
    pub body: Id,
    /// The job track.
    pub track: Id,
    /// The current position.
    pub current: Position,
    /// The grade to compare with; proposed by [`propose_next`], changeable.
    pub next: Option<Id>,
    /// Year of entry into service (western calendar), if given.
    #[serde(default)]
    pub entry_year: Option<i32>,
    /// Year the current grade was reached, if given.
    #[serde(default)]
    pub grade_year: Option<i32>,
}

impl Selection {
    /// The current grade, unless pre-entry.
    pub fn current_grade(&self) -> Option<&Id> {
        match &self.current {
            Position::Grade(g) => Some(g),
            Position::PreEntry => None,
        }
    }
}

/// Which of the two grades a rating is against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// Against the current grade's expectation.
    Current,
    /// Against the next grade's expectation.
    Next,
}

impl Side {
    /// Both sides, current first.
    pub const BOTH: [Side; 2] = [Side::Current, Side::Next];

    /// Japanese name of the side.
    pub fn ja(self) -> &'static str {
        match self {
            Side::Current => "現在の職位",
            Side::Next => "次の職位",
        }
    }
}

/// The next grade on the track's ladder, following a branch when the
/// current grade is off the main ladder. Pre-entry proposes the first grade.
pub fn propose_next(d: &BodyData, track: &Id, current: &Position) -> Option<Id> {
    let t = d.tracks.iter().find(|t| &t.id == track)?;
    match current {
        Position::PreEntry => t.ladder.first().cloned(),
        Position::Grade(g) => match t.ladder.iter().position(|x| x == g) {
            Some(i) => t.ladder.get(i + 1).cloned(),
            None => t
                .branches
                .iter()
                .find(|b| &b.from == g)
                .map(|b| b.to.clone()),
        },
    }
}

/// Why a grade is offered as a possible next grade.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChoiceReason {
    /// The next step on the track's ladder.
    Ladder,
    /// A branch the document (or the app's reading) shows from the current grade.
    Branch,
    /// A grade on another track (the DX path, say).
    OtherTrack(Id),
    /// Another grade on the same track (to compare with any grade).
    SameTrack,
}

/// Grades the person may compare with, the proposal first.
pub fn next_choices(d: &BodyData, track: &Id, current: &Position) -> Vec<(Id, ChoiceReason)> {
    let mut out: Vec<(Id, ChoiceReason)> = Vec::new();
    let mut push = |g: &Id, why: ChoiceReason| {
        if !out.iter().any(|(x, _)| x == g) && Some(g) != current_id(current) {
            out.push((g.clone(), why));
        }
    };
    if let Some(p) = propose_next(d, track, current) {
        push(&p, ChoiceReason::Ladder);
    }
    if let Position::Grade(g) = current {
        for t in &d.tracks {
            for b in t.branches.iter().filter(|b| &b.from == g) {
                push(&b.to, ChoiceReason::Branch);
            }
        }
    }
    if let Some(t) = d.tracks.iter().find(|t| &t.id == track) {
        for g in &t.ladder {
            push(g, ChoiceReason::SameTrack);
        }
    }
    for t in d.tracks.iter().filter(|t| &t.id != track) {
        for g in &t.ladder {
            push(g, ChoiceReason::OtherTrack(t.id.clone()));
        }
    }
    out
}

fn current_id(p: &Position) -> Option<&Id> {
    match p {
        Position::Grade(g) => Some(g),
        Position::PreEntry => None,
    }
}

/// What one grade expects of one rateable item, in the body's own words.
#[derive(Debug, Clone, PartialEq)]
pub struct Expectation {
    /// The grade.
    pub grade: Id,
    /// The mark as printed, for matrix abilities.
    pub mark: Option<String>,
    /// The app's reading of the mark (for can-do statements: [`Requirement::Acquire`]).
    pub requirement: Requirement,
    /// The legend's wording for the mark, or the can-do statement's grade role.
    pub wording: Option<String>,
    /// The ability's name in this grade's row, where a footnote renames it (※1).
    pub reads_as: Option<String>,
    /// The target level on the scale, or none if not required.
    pub target: Option<Level>,
}

/// How an item's requirement moves from the current grade to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Not required now, required at the next grade (青森市 主事級 → 主幹級 マネジメント能力).
    NewlyRequired,
    /// Desirable later now, required at the next grade (郡山市 係長 → 課長 ③: - → ◎).
    Raised,
    /// Required at both.
    Kept,
    /// Required now, not at the next grade.
    Dropped,
    /// Required at neither (kept only for completeness; not rated).
    Neither,
}

/// Whether an item is an ability from the matrix or a can-do statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// An ability (column of the matrix).
    Ability,
    /// A can-do statement of one grade.
    CanDo,
}

/// One item to rate, with what each grade expects of it.
#[derive(Debug, Clone, PartialEq)]
pub struct RateItem {
    /// The ability or can-do id.
    pub id: Id,
    /// Ability or can-do.
    pub kind: ItemKind,
    /// Its number as printed, if any.
    pub number: Option<String>,
    /// Its name (ability) or text (can-do).
    pub label: String,
    /// Its group's name, if grouped.
    pub group: Option<String>,
    /// Its descriptions, as worded.
    pub description: Vec<String>,
    /// What the current grade expects, if it expects anything of it.
    pub current: Option<Expectation>,
    /// What the next grade expects, if it expects anything of it.
    pub next: Option<Expectation>,
    /// How the requirement moves.
    pub change: Change,
}

impl RateItem {
    /// The expectation on one side.
    pub fn expectation(&self, side: Side) -> Option<&Expectation> {
        match side {
            Side::Current => self.current.as_ref(),
            Side::Next => self.next.as_ref(),
        }
    }

    /// The sides this item is rated on: those whose grade sets a target.
    /// A "-" mark is shown in the results but asks for no rating.
    pub fn rated_sides(&self) -> Vec<Side> {
        Side::BOTH
            .into_iter()
            .filter(|s| self.expectation(*s).is_some_and(|e| e.target.is_some()))
            .collect()
    }

    /// A short name for sentences and chart axes.
    pub fn short_label(&self) -> String {
        match self.kind {
            ItemKind::Ability => {
                format!("{}{}", self.number.clone().unwrap_or_default(), self.label)
            }
            ItemKind::CanDo => {
                let mut s: String = self.label.chars().take(18).collect();
                if self.label.chars().count() > 18 {
                    s.push('…');
                }
                s
            }
        }
    }
}

fn is_required(e: Option<&Expectation>) -> bool {
    e.is_some_and(|e| e.target.is_some())
}

fn change_of(cur: Option<&Expectation>, next: Option<&Expectation>) -> Change {
    match (is_required(cur), is_required(next)) {
        (true, true) => Change::Kept,
        (true, false) => Change::Dropped,
        (false, true) => match cur.map(|e| e.requirement) {
            Some(Requirement::Future) => Change::Raised,
            _ => Change::NewlyRequired,
        },
        (false, false) => Change::Neither,
    }
}

/// What a grade's matrix row says of an ability, if the grade has a row.
fn matrix_expectation(d: &BodyData, grade: &Id, ability: &Id) -> Option<Expectation> {
    let m = d.matrix.as_ref()?;
    let col = m.columns.iter().position(|c| c == ability)?;
    let row = m.rows.iter().find(|r| &r.grade == grade)?;
    let mark = row.marks.get(col)?;
    let entry = m.legend.iter().find(|l| &l.symbol == mark)?;
    let reads_as = m
        .footnotes
        .iter()
        .find(|f| {
            f.cells
                .iter()
                .any(|c| &c.grade == grade && &c.ability == ability)
        })
        .and_then(|f| f.reads_as.clone());
    Some(Expectation {
        grade: grade.clone(),
        mark: Some(mark.clone()),
        requirement: entry.requirement,
        wording: entry.meaning.clone(),
        reads_as,
        target: target_for(entry.requirement),
    })
}

fn grade<'a>(d: &'a BodyData, id: &Id) -> Option<&'a Grade> {
    d.grades.iter().find(|g| &g.id == id)
}

/// The items to rate for a pair of grades: every matrix ability that either
/// grade requires (in printed column order), then the can-do statements of
/// the current grade, then those of the next.
pub fn rate_items(d: &BodyData, current: Option<&Id>, next: Option<&Id>) -> Vec<RateItem> {
    let mut items = Vec::new();
    if let Some(m) = &d.matrix {
        for col in &m.columns {
            let Some(a) = d.abilities.iter().find(|a| &a.id == col) else {
                continue;
            };
            let cur = current.and_then(|g| matrix_expectation(d, g, col));
            let nxt = next.and_then(|g| matrix_expectation(d, g, col));
            let change = change_of(cur.as_ref(), nxt.as_ref());
            if change == Change::Neither {
                continue;
            }
            let group = a
                .group
                .as_ref()
                .and_then(|g| d.ability_groups.iter().find(|x| &x.id == g))
                .map(|g| g.name.ja.clone());
            items.push(RateItem {
                id: a.id.clone(),
                kind: ItemKind::Ability,
                number: a.number.clone(),
                label: a.name.ja.clone(),
                group,
                description: a.description.clone(),
                current: cur,
                next: nxt,
                change,
            });
        }
    }
    for (side, g) in [(Side::Current, current), (Side::Next, next)] {
        let Some(g) = g.and_then(|g| grade(d, g)) else {
            continue;
        };
        let wording = g.roles.iter().find_map(|r| r.summary.clone());
        for cd in &g.can_do {
            let e = Expectation {
                grade: g.id.clone(),
                mark: None,
                requirement: Requirement::Acquire,
                wording: wording.clone(),
                reads_as: None,
                target: target_for(Requirement::Acquire),
            };
            let (current, next, change) = match side {
                Side::Current => (Some(e), None, Change::Dropped),
                Side::Next => (None, Some(e), Change::NewlyRequired),
            };
            items.push(RateItem {
                id: cd.id.clone(),
                kind: ItemKind::CanDo,
                number: None,
                label: cd.text.clone(),
                group: Some(g.name.ja.clone()),
                description: Vec::new(),
                current,
                next,
                change,
            });
        }
    }
    items
}

/// One rating with its evidence note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Entry {
    /// The rating, once given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// 具体的な場面・根拠, optional.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A person's assessment: the selection and the ratings on each side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// Body, track and grades.
    pub selection: Selection,
    /// Ratings against the current grade, by item id.
    #[serde(default)]
    pub current: BTreeMap<Id, Entry>,
    /// Ratings against the next grade, by item id.
    #[serde(default)]
    pub next: BTreeMap<Id, Entry>,
}

impl Assessment {
    /// A fresh assessment for a selection.
    pub fn new(selection: Selection) -> Self {
        Assessment {
            selection,
            current: BTreeMap::new(),
            next: BTreeMap::new(),
        }
    }

    /// The ratings of one side.
    pub fn side(&self, side: Side) -> &BTreeMap<Id, Entry> {
        match side {
            Side::Current => &self.current,
            Side::Next => &self.next,
        }
    }

    /// The ratings of one side, for changing.
    pub fn side_mut(&mut self, side: Side) -> &mut BTreeMap<Id, Entry> {
        match side {
            Side::Current => &mut self.current,
            Side::Next => &mut self.next,
        }
    }

    /// The rating of an item on a side, if given.
    pub fn rating(&self, side: Side, item: &Id) -> Option<Rating> {
        self.side(side).get(item).and_then(|e| e.rating)
    }
}

/// The result on one side for one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SideResult {
    /// The target level, if the grade requires the item.
    pub target: Option<Level>,
    /// The rating, if given.
    pub rating: Option<Rating>,
}

impl SideResult {
    /// Steps short of the target (positive), at it (0) or beyond it (negative);
    /// `None` when there is no target, no rating, or the rating is not applicable.
    pub fn gap(&self) -> Option<i8> {
        let t = self.target?.value() as i8;
        let l = self.rating?.level()?.value() as i8;
        Some(t - l)
    }
}

/// One row of the results: an item with its result on both sides.
#[derive(Debug, Clone, PartialEq)]
pub struct GapRow {
    /// The item.
    pub item: RateItem,
    /// Against the current grade.
    pub current: SideResult,
    /// Against the next grade.
    pub next: SideResult,
}

impl GapRow {
    /// The result on one side.
    pub fn side(&self, side: Side) -> SideResult {
        match side {
            Side::Current => self.current,
            Side::Next => self.next,
        }
    }

    /// The largest gap on either side, if any.
    pub fn worst_gap(&self) -> Option<i8> {
        [self.current.gap(), self.next.gap()]
            .into_iter()
            .flatten()
            .max()
    }
}

/// The whole result of an assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// One row per rated item, in item order.
    pub rows: Vec<GapRow>,
    /// Indexes into `rows`: the 3–5 priority gaps, most urgent first.
    pub priorities: Vec<usize>,
    /// Indexes into `rows`: strengths.
    pub strengths: Vec<usize>,
    /// How many ratings are still to give.
    pub unrated: usize,
}

/// Scores a gap row for priority: a bigger gap first; at equal size, what the
/// next grade newly asks, then what the current grade already expects.
/// Deterministic: ties keep item order.
fn priority_score(r: &GapRow) -> Option<i32> {
    let gap = i32::from(r.worst_gap().filter(|g| *g > 0)?);
    let change = match r.item.change {
        Change::NewlyRequired | Change::Raised => 2,
        _ => 0,
    };
    let established = r.item.current.as_ref().is_some_and(|e| {
        e.requirement == Requirement::Established && r.current.gap().is_some_and(|g| g > 0)
    });
    Some(gap * 10 + change + i32::from(established))
}

/// Analyses the ratings against the items.
pub fn analyse(items: &[RateItem], a: &Assessment) -> Analysis {
    let rows: Vec<GapRow> = items
        .iter()
        .map(|it| GapRow {
            item: it.clone(),
            current: SideResult {
                target: it.current.as_ref().and_then(|e| e.target),
                rating: a.rating(Side::Current, &it.id),
            },
            next: SideResult {
                target: it.next.as_ref().and_then(|e| e.target),
                rating: a.rating(Side::Next, &it.id),
            },
        })
        .collect();
    let unrated = rows
        .iter()
        .map(|r| {
            r.item
                .rated_sides()
                .into_iter()
                .filter(|s| r.side(*s).rating.is_none())
                .count()
        })
        .sum();

    let mut scored: Vec<(usize, i32)> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| priority_score(r).map(|s| (i, s)))
        .collect();
    scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let priorities: Vec<usize> = scored.iter().take(5).map(|(i, _)| *i).collect();

    // A strength: at or beyond target on every side that has one, and able
    // to teach it on at least one side.
    let strengths = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            let gaps: Vec<i8> = [r.current.gap(), r.next.gap()]
                .into_iter()
                .flatten()
                .collect();
            !gaps.is_empty()
                && gaps.iter().all(|g| *g <= 0)
                && [r.current.rating, r.next.rating]
                    .into_iter()
                    .flatten()
                    .any(|x| x.level() == Some(Level::CanTeach))
        })
        .map(|(i, _)| i)
        .collect();

    Analysis {
        rows,
        priorities,
        strengths,
        unrated,
    }
}

/// The summary in plain Japanese sentences: strengths, then priority gaps.
pub fn summary(analysis: &Analysis, current_name: &str, next_name: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    if analysis.rows.is_empty() {
        out.push("この組み合わせでは、評価する項目がありません。".into());
        return out;
    }
    if analysis.unrated > 0 {
        out.push(format!(
            "まだ評価していない項目が {} 件あります。",
            analysis.unrated
        ));
    }
    if !analysis.strengths.is_empty() {
        let names: Vec<String> = analysis
            .strengths
            .iter()
            .map(|&i| format!("「{}」", analysis.rows[i].item.short_label()))
            .collect();
        out.push(format!(
            "強み：{}は「指導できる」と評価しています。周りの職員に教える役割も担えます。",
            names.join("")
        ));
    }
    for &i in &analysis.priorities {
        let r = &analysis.rows[i];
        let name = r.item.short_label();
        let mut s = format!("優先して伸ばす：「{name}」");
        match (r.item.change, next_name) {
            (Change::NewlyRequired, Some(n)) => s += &format!("は{n}で新たに求められます。"),
            (Change::Raised, Some(n)) => s += &format!("は{n}で「身に付けるべき」ものになります。"),
            _ => s += "。",
        }
        for side in Side::BOTH {
            let res = r.side(side);
            if let (Some(gap), Some(rating), Some(target)) = (res.gap(), res.rating, res.target) {
                if gap > 0 {
                    let grade = match side {
                        Side::Current => current_name,
                        Side::Next => next_name.unwrap_or("次の職位"),
                    };
                    s += &format!(
                        "{grade}に対しては「{}」で、目標の「{}」まで {gap} 段階です。",
                        rating.label(),
                        target.label()
                    );
                }
            }
        }
        out.push(s);
    }
    if analysis.priorities.is_empty() && analysis.unrated == 0 {
        out.push("求められる項目はすべて目標に届いています。".into());
    }
    out
}
