//! Self-assessment against the current and the next grade: choosing the
//! grades, the items to rate, the gaps, what the next grade newly asks, and
//! the summary in plain Japanese or English.
//!
//! Everything here is a pure function of the body's data and the person's
//! ratings, so the UI only renders its results and tests can check them on
//! the real data of all five bodies.

use super::id::Id;
use super::lang::{gloss, plural, Lang};
use super::model::{Ability, BodyData, Grade, Requirement, Statement};
use super::scale::{Level, Rating};
use super::target::{is_required, target_for};
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
    /// The version of the body's data this assessment rates against
    /// ([`BodyData::version_tag`]); `None` when not recorded (before
    /// schema 4). A loaded body of another version is reconciled with it.
    #[serde(default)]
    pub data_version: Option<String>,
}

impl Position {
    /// The position's name as the interface shows it: the grade's name (with
    /// its gloss in English), or 入庁前.
    pub fn name(&self, d: &BodyData, lang: Lang) -> String {
        match self {
            Position::PreEntry => lang.pick("入庁前", "Before entry").into(),
            Position::Grade(g) => d.grade_name(g, lang),
        }
    }
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
        self.label(Lang::Ja)
    }

    /// Name of the side in a language.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Side::Current => lang.pick("現在の職位", "current grade"),
            Side::Next => lang.pick("次の職位", "next grade"),
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
    /// Why this grade's mark for the item is uncertain, where the data says
    /// it is (a row whose marks and keywords disagree): the target is then
    /// shown with this caveat wherever it is used.
    pub uncertain: Option<String>,
    /// The grade's role in a line, as the documents sum it up (監督職員;
    /// several posts' summaries joined with ／): what the grade's level
    /// means where the documents give no level per ability.
    pub role: Option<String>,
    /// The sentences this grade words the ability in, as printed, where
    /// the body words abilities per grade (a 標準職務遂行能力 table);
    /// empty for a matrix mark or a can-do statement.
    pub statements: Vec<Statement>,
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
    /// Worded at both grades, in other words at the next one (a
    /// 標準職務遂行能力 table): asked more at the next grade. Both
    /// wordings are shown side by side; no difference is made up.
    AskedMore,
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

/// How an item rated against both grades is asked: once, or once per grade.
/// This is the one place that decides it; the rating page, the progress
/// count, the gap analysis and the supervisor's review all follow it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Asking {
    /// One question (an item only one grade sets a target for, or a can-do
    /// statement of one grade).
    OneSide,
    /// Both grades ask for the ability in the same words, at a level the
    /// documents do not set apart (郡山市 ◎ and ○ say whether it should be
    /// acquired or already held, not that it is another ability): one
    /// rating, compared with each grade's target.
    Once,
    /// Both grades ask for it, but the documents tell the grades apart: one
    /// rating per grade, and the page says why.
    PerGrade(PerGradeWhy),
}

/// Why an ability is asked once per grade.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PerGradeWhy {
    /// A footnote over both grades' rows says the level differs by grade
    /// (青森市 「※職位によってレベルは異なります。」); the footnote as printed.
    LevelDiffers(String),
    /// The ability is worded differently at the two grades (青森市 ※1:
    /// 知識・技術・識見 reads 知識・技能 for 技能労務).
    WordedPerGrade,
    /// The two grades set different targets on the scale.
    TargetsDiffer,
}

impl PerGradeWhy {
    /// Why the page asks twice, in a sentence.
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (PerGradeWhy::LevelDiffers(note), Lang::Ja) => format!(
                "文書に「{note}」とあるため、職位ごとに評価します。それぞれの職位の役割に照らして答えてください。"
            ),
            (PerGradeWhy::LevelDiffers(note), Lang::En) => format!(
                "Rated once per grade: the documents say \u{201c}{note}\u{201d} (the level differs by grade). Answer each against that grade's role."
            ),
            (PerGradeWhy::WordedPerGrade, Lang::Ja) => {
                "二つの職位で能力の言い方が違うため、職位ごとに評価します。".into()
            }
            (PerGradeWhy::WordedPerGrade, Lang::En) => {
                "Rated once per grade: the documents word this ability differently at the two grades.".into()
            }
            (PerGradeWhy::TargetsDiffer, Lang::Ja) => {
                "二つの職位で目標が違うため、職位ごとに評価します。".into()
            }
            (PerGradeWhy::TargetsDiffer, Lang::En) => {
                "Rated once per grade: the two grades set different targets.".into()
            }
        }
    }
}

/// Whether a footnote says the level of the abilities differs by grade.
/// The data records such a footnote as printed, with no field of its own,
/// so its words are read here, once.
fn says_level_differs(text: &str) -> bool {
    text.contains("レベル") && (text.contains("異な") || text.contains("違"))
}

/// How an ability with a target at both grades is asked: once, unless the
/// documents tell the two grades apart (see [`Asking`]).
fn asking_of(d: &BodyData, ability: &Id, cur: &Expectation, next: &Expectation) -> Asking {
    if cur.target != next.target {
        return Asking::PerGrade(PerGradeWhy::TargetsDiffer);
    }
    if cur.reads_as != next.reads_as {
        return Asking::PerGrade(PerGradeWhy::WordedPerGrade);
    }
    let covers = |f: &super::model::Footnote, g: &Id| {
        f.rows.contains(g)
            || f.cells
                .iter()
                .any(|c| &c.grade == g && &c.ability == ability)
    };
    let differs = d.matrix.as_ref().and_then(|m| {
        m.footnotes.iter().find(|f| {
            says_level_differs(&f.text) && covers(f, &cur.grade) && covers(f, &next.grade)
        })
    });
    match differs {
        Some(f) => Asking::PerGrade(PerGradeWhy::LevelDiffers(f.text.clone())),
        None => Asking::Once,
    }
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
    /// The English gloss of an ability's name, where the data has one.
    pub label_en: Option<String>,
    /// Its group's name, if grouped.
    pub group: Option<String>,
    /// The English gloss of the group's name, where the data has one.
    pub group_en: Option<String>,
    /// Its descriptions, as worded.
    pub description: Vec<String>,
    /// Its keywords, as printed (郡山市).
    pub keywords: Vec<String>,
    /// Whether it is asked once or once per grade.
    pub asking: Asking,
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

    /// The questions the rating page asks for this item: each is the sides
    /// one rating answers. An item asked [`Asking::Once`] is one question
    /// for both sides; otherwise each rated side is a question of its own.
    pub fn questions(&self) -> Vec<Vec<Side>> {
        let sides = self.rated_sides();
        if self.asking == Asking::Once && !sides.is_empty() {
            vec![sides]
        } else {
            sides.into_iter().map(|s| vec![s]).collect()
        }
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

    /// The short name with its English gloss in English, for sentences.
    pub fn name(&self, lang: Lang) -> String {
        gloss(&self.short_label(), self.label_en.as_deref(), lang)
    }

    /// The group's name with its English gloss in English, if grouped.
    pub fn group_name(&self, lang: Lang) -> Option<String> {
        self.group
            .as_deref()
            .map(|g| gloss(g, self.group_en.as_deref(), lang))
    }
}

fn change_of(cur: Option<&Expectation>, next: Option<&Expectation>) -> Change {
    // Whether a grade requires the item is the mark rule's, defined once.
    let required = |e: Option<&Expectation>| e.is_some_and(|e| is_required(e.requirement));
    match (required(cur), required(next)) {
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
fn matrix_expectation(d: &BodyData, grade_id: &Id, ability: &Id) -> Option<Expectation> {
    let m = d.matrix.as_ref()?;
    let col = m.columns.iter().position(|c| c == ability)?;
    let row = m.rows.iter().find(|r| &r.grade == grade_id)?;
    let mark = row.marks.get(col)?;
    let entry = m.legend.iter().find(|l| &l.symbol == mark)?;
    let reads_as = m
        .footnotes
        .iter()
        .find(|f| {
            f.cells
                .iter()
                .any(|c| &c.grade == grade_id && &c.ability == ability)
        })
        .and_then(|f| f.reads_as.clone());
    Some(Expectation {
        grade: grade_id.clone(),
        mark: Some(mark.clone()),
        requirement: entry.requirement,
        wording: entry.meaning.clone(),
        reads_as,
        target: target_for(entry.requirement),
        uncertain: row
            .uncertain
            .contains(ability)
            .then(|| row.note.clone().unwrap_or_default()),
        role: grade(d, grade_id).and_then(role_line),
        statements: Vec::new(),
    })
}

/// What a grade asks of an ability it words (a 標準職務遂行能力 table):
/// the ability is required there, in the grade's own sentences.
fn worded_expectation(d: &BodyData, grade_id: &Id, ability: &Id) -> Option<Expectation> {
    let g = grade(d, grade_id)?;
    let w = g.abilities.iter().find(|w| &w.ability == ability)?;
    Some(Expectation {
        grade: grade_id.clone(),
        mark: None,
        requirement: Requirement::Acquire,
        wording: None,
        reads_as: None,
        target: target_for(Requirement::Acquire),
        uncertain: None,
        role: role_line(g),
        statements: w.statements.clone(),
    })
}

/// How a worded ability moves between two grades: asked more where both
/// word it and the words differ, kept where the words are the same.
fn worded_change(cur: Option<&Expectation>, next: Option<&Expectation>) -> Change {
    match (cur, next) {
        (Some(c), Some(n)) => {
            let words = |e: &Expectation| {
                e.statements
                    .iter()
                    .map(|s| s.text.clone())
                    .collect::<Vec<_>>()
            };
            if words(c) == words(n) {
                Change::Kept
            } else {
                Change::AskedMore
            }
        }
        (Some(_), None) => Change::Dropped,
        (None, Some(_)) => Change::NewlyRequired,
        (None, None) => Change::Neither,
    }
}

/// An ability as a rate item, with what each grade expects of it.
fn ability_item(
    d: &BodyData,
    a: &Ability,
    cur: Option<Expectation>,
    nxt: Option<Expectation>,
    asking: Asking,
    change: Change,
) -> RateItem {
    let group = a
        .group
        .as_ref()
        .and_then(|g| d.ability_groups.iter().find(|x| &x.id == g));
    RateItem {
        id: a.id.clone(),
        kind: ItemKind::Ability,
        number: a.number.clone(),
        label: a.name.ja.clone(),
        label_en: a.name.en.clone(),
        group: group.map(|g| g.name.ja.clone()),
        group_en: group.and_then(|g| g.name.en.clone()),
        description: a.description.clone(),
        keywords: a.keywords.clone(),
        asking,
        current: cur,
        next: nxt,
        change,
    }
}

/// A grade's role in one line: its roles' summaries, each once, joined.
fn role_line(g: &Grade) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for r in &g.roles {
        if let Some(s) = &r.summary {
            if !parts.contains(&s.text.as_str()) {
                parts.push(&s.text);
            }
        }
    }
    (!parts.is_empty()).then(|| parts.join("／"))
}

fn grade<'a>(d: &'a BodyData, id: &Id) -> Option<&'a Grade> {
    d.grades.iter().find(|g| &g.id == id)
}

/// The items to rate for a pair of grades: every matrix ability that either
/// grade requires (in printed column order), then every other ability that
/// either grade words (a 標準職務遂行能力 table, in the abilities' order),
/// then the can-do statements of the current grade, then those of the next.
pub fn rate_items(d: &BodyData, current: Option<&Id>, next: Option<&Id>) -> Vec<RateItem> {
    let mut items = Vec::new();
    let columns: &[Id] = d.matrix.as_ref().map_or(&[], |m| &m.columns);
    for col in columns {
        let Some(a) = d.abilities.iter().find(|a| &a.id == col) else {
            continue;
        };
        let cur = current.and_then(|g| matrix_expectation(d, g, col));
        let nxt = next.and_then(|g| matrix_expectation(d, g, col));
        let change = change_of(cur.as_ref(), nxt.as_ref());
        if change == Change::Neither {
            continue;
        }
        let asking = match (&cur, &nxt) {
            (Some(c), Some(n)) if c.target.is_some() && n.target.is_some() => {
                asking_of(d, col, c, n)
            }
            _ => Asking::OneSide,
        };
        items.push(ability_item(d, a, cur, nxt, asking, change));
    }
    for a in d.abilities.iter().filter(|a| !columns.contains(&a.id)) {
        let cur = current.and_then(|g| worded_expectation(d, g, &a.id));
        let nxt = next.and_then(|g| worded_expectation(d, g, &a.id));
        let change = worded_change(cur.as_ref(), nxt.as_ref());
        let asking = match change {
            Change::Neither => continue,
            Change::AskedMore => Asking::PerGrade(PerGradeWhy::WordedPerGrade),
            Change::Kept => Asking::Once,
            _ => Asking::OneSide,
        };
        items.push(ability_item(d, a, cur, nxt, asking, change));
    }
    for (side, g) in [(Side::Current, current), (Side::Next, next)] {
        let Some(g) = g.and_then(|g| grade(d, g)) else {
            continue;
        };
        let wording = g
            .roles
            .iter()
            .find_map(|r| r.summary.as_ref().map(|s| s.text.clone()));
        for cd in &g.can_do {
            let e = Expectation {
                grade: g.id.clone(),
                mark: None,
                requirement: Requirement::Acquire,
                wording: wording.clone(),
                reads_as: None,
                target: target_for(Requirement::Acquire),
                uncertain: None,
                role: None,
                statements: Vec::new(),
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
                label_en: None,
                group: Some(g.name.ja.clone()),
                group_en: g.name.en.clone(),
                description: Vec::new(),
                keywords: Vec::new(),
                asking: Asking::OneSide,
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

    /// The person's answer to an item on a side, as the item is asked.
    /// An item asked once takes one answer for both sides: the rating and
    /// note written against the current grade, else those against the next.
    /// So an answer given per grade before the item was asked once (or
    /// given on one side only) carries over, with no rewrite of what is
    /// stored; rating the item again writes both sides.
    pub fn answer(&self, item: &RateItem, side: Side) -> Entry {
        if item.asking != Asking::Once {
            return self.side(side).get(&item.id).cloned().unwrap_or_default();
        }
        let cur = self.current.get(&item.id);
        let next = self.next.get(&item.id);
        let rating = cur.and_then(|e| e.rating).or(next.and_then(|e| e.rating));
        let note = [cur, next]
            .into_iter()
            .flatten()
            .map(|e| e.note.clone())
            .find(|n| !n.is_empty())
            .unwrap_or_default();
        Entry { rating, note }
    }

    /// How many of the items' questions are answered, and how many there
    /// are: what the rating page counts.
    pub fn progress(&self, items: &[RateItem]) -> (usize, usize) {
        let mut done = 0;
        let mut total = 0;
        for it in items {
            for q in it.questions() {
                total += 1;
                if q.first()
                    .is_some_and(|s| self.answer(it, *s).rating.is_some())
                {
                    done += 1;
                }
            }
        }
        (done, total)
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
/// The analysis of an assessment against its body: the items its two
/// grades ask for, rated and compared. What every results view shows.
pub fn analysis_of(d: &BodyData, a: &Assessment) -> Analysis {
    let sel = &a.selection;
    analyse(&rate_items(d, sel.current_grade(), sel.next.as_ref()), a)
}

/// The gaps of a set of items, with priorities and strengths.
pub fn analyse(items: &[RateItem], a: &Assessment) -> Analysis {
    let rows: Vec<GapRow> = items
        .iter()
        .map(|it| GapRow {
            item: it.clone(),
            current: SideResult {
                target: it.current.as_ref().and_then(|e| e.target),
                rating: a.answer(it, Side::Current).rating,
            },
            next: SideResult {
                target: it.next.as_ref().and_then(|e| e.target),
                rating: a.answer(it, Side::Next).rating,
            },
        })
        .collect();
    let (done, total) = a.progress(items);
    let unrated = total - done;

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

/// The summary in plain sentences, Japanese or English: strengths, then
/// priority gaps. The grade names are given as the interface shows them
/// (with their gloss in English); item names are glossed here.
pub fn summary(
    analysis: &Analysis,
    current_name: &str,
    next_name: Option<&str>,
    lang: Lang,
) -> Vec<String> {
    let mut out = Vec::new();
    if analysis.rows.is_empty() {
        out.push(
            lang.pick(
                "この組み合わせでは、評価する項目がありません。",
                "There is nothing to rate for this pair of grades.",
            )
            .into(),
        );
        return out;
    }
    if analysis.unrated > 0 {
        out.push(match lang {
            Lang::Ja => format!("まだ評価していない項目が {} 件あります。", analysis.unrated),
            Lang::En => format!(
                "{} still unrated.",
                plural(analysis.unrated as i64, "item is", "items are")
            ),
        });
    }
    if !analysis.strengths.is_empty() {
        let names: Vec<String> = analysis
            .strengths
            .iter()
            .map(|&i| match lang {
                Lang::Ja => format!("「{}」", analysis.rows[i].item.short_label()),
                Lang::En => format!("\u{201c}{}\u{201d}", analysis.rows[i].item.name(lang)),
            })
            .collect();
        out.push(match lang {
            Lang::Ja => format!(
                "強み：{}は「指導できる」と評価しています。周りの職員に教える役割も担えます。",
                names.join("")
            ),
            Lang::En => format!(
                "Strengths: you rate yourself \u{201c}Can teach\u{201d} on {}. You could also help colleagues learn {}.",
                names.join(", "),
                if names.len() == 1 { "it" } else { "them" }
            ),
        });
    }
    for &i in &analysis.priorities {
        let r = &analysis.rows[i];
        let mut s = match lang {
            Lang::Ja => format!("優先して伸ばす：「{}」", r.item.short_label()),
            Lang::En => format!("Priority to develop: \u{201c}{}\u{201d}", r.item.name(lang)),
        };
        match (r.item.change, next_name, lang) {
            (Change::NewlyRequired, Some(n), Lang::Ja) => {
                s += &format!("は{n}で新たに求められます。")
            }
            (Change::NewlyRequired, Some(n), Lang::En) => {
                s += &format!(" is newly required at {n}.")
            }
            (Change::Raised, Some(n), Lang::Ja) => {
                s += &format!("は{n}で「身に付けるべき」ものになります。")
            }
            (Change::Raised, Some(n), Lang::En) => {
                s += &format!(" becomes \u{201c}must acquire\u{201d} at {n}.")
            }
            (Change::AskedMore, Some(n), Lang::Ja) => {
                s += &format!("は{n}でも求められ、{n}の言葉で書き直されています。")
            }
            (Change::AskedMore, Some(n), Lang::En) => {
                s += &format!(" is asked for at {n} too, worded again for it.")
            }
            (_, _, Lang::Ja) => s += "。",
            (_, _, Lang::En) => s += ".",
        }
        for side in Side::BOTH {
            let res = r.side(side);
            if let (Some(gap), Some(rating), Some(target)) = (res.gap(), res.rating, res.target) {
                if gap > 0 {
                    let grade = match side {
                        Side::Current => current_name,
                        Side::Next => next_name.unwrap_or(lang.pick("次の職位", "the next grade")),
                    };
                    s += &match lang {
                        Lang::Ja => format!(
                            "{grade}に対しては「{}」で、目標の「{}」まで {gap} 段階です。",
                            rating.label(lang),
                            target.label(lang)
                        ),
                        Lang::En => format!(
                            " Against {grade} you are at \u{201c}{}\u{201d}, {} short of the target \u{201c}{}\u{201d}.",
                            rating.label(lang),
                            plural(gap, "step", "steps"),
                            target.label(lang)
                        ),
                    };
                }
            }
        }
        out.push(s);
    }
    if analysis.priorities.is_empty() && analysis.unrated == 0 {
        out.push(
            lang.pick(
                "求められる項目はすべて目標に届いています。",
                "Every required item has reached its target.",
            )
            .into(),
        );
    }
    out
}

// The tests read the real data files, which only a native build can.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::load::load_file;
    use std::path::Path;

    fn id(s: &str) -> Id {
        Id::parse(s).expect("test id")
    }

    /// 郡山市 係長 → 課長, with every rating given: 「業務運営・判断」 one step
    /// short against 課長 (where it is raised from - to ◎), 「倫理」 taught.
    fn koriyama_summary(lang: Lang) -> Vec<String> {
        let d = load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies/koriyama.toml"))
            .expect("data");
        let items = rate_items(&d, Some(&id("kakaricho")), Some(&id("kacho")));
        let mut a = Assessment::new(Selection {
            body: id("koriyama"),
            track: id("jimu-gijutsu"),
            current: Position::Grade(id("kakaricho")),
            next: Some(id("kacho")),
            entry_year: None,
            grade_year: None,
            data_version: None,
        });
        for it in &items {
            for side in it.rated_sides() {
                let level = match it.id.as_str() {
                    "rinri" => Level::CanTeach,
                    "gyomu-unei-handan" => Level::Partly,
                    _ => Level::Can,
                };
                a.side_mut(side).entry(it.id.clone()).or_default().rating =
                    Some(Rating::Level(level));
            }
        }
        let an = analyse(&items, &a);
        let (cur, next) = match lang {
            Lang::Ja => ("係長", "課長"),
            Lang::En => ("係長 (Unit chief)", "課長 (Section chief)"),
        };
        summary(&an, cur, Some(next), lang)
    }

    #[test]
    fn the_japanese_summary_keeps_its_wording() {
        let s = koriyama_summary(Lang::Ja);
        assert_eq!(
            s[0],
            "強み：「①倫理」は「指導できる」と評価しています。周りの職員に教える役割も担えます。"
        );
        assert_eq!(
            s[1],
            "優先して伸ばす：「③業務運営・判断」は課長で「身に付けるべき」ものになります。課長に対しては「一部できる」で、目標の「できる」まで 1 段階です。"
        );
    }

    #[test]
    fn the_english_summary_glosses_item_names_and_counts_steps() {
        let s = koriyama_summary(Lang::En);
        assert_eq!(
            s[0],
            "Strengths: you rate yourself \u{201c}Can teach\u{201d} on \u{201c}①倫理 (Ethics)\u{201d}. You could also help colleagues learn it."
        );
        assert_eq!(
            s[1],
            "Priority to develop: \u{201c}③業務運営・判断 (Work management and judgement)\u{201d} becomes \u{201c}must acquire\u{201d} at 課長 (Section chief). Against 課長 (Section chief) you are at \u{201c}Partly\u{201d}, 1 step short of the target \u{201c}Can do\u{201d}."
        );
    }

    #[test]
    fn an_english_summary_says_when_nothing_is_rated_or_left_to_rate() {
        let empty = Analysis {
            rows: Vec::new(),
            priorities: Vec::new(),
            strengths: Vec::new(),
            unrated: 0,
        };
        assert_eq!(
            summary(&empty, "x", None, Lang::En),
            ["There is nothing to rate for this pair of grades."]
        );
        assert_eq!(
            summary(&empty, "x", None, Lang::Ja),
            ["この組み合わせでは、評価する項目がありません。"]
        );
    }

    #[test]
    fn sides_have_english_names() {
        assert_eq!(Side::Current.label(Lang::En), "current grade");
        assert_eq!(Side::Next.ja(), "次の職位");
    }
}
