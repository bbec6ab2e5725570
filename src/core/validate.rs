//! Validation of a body's data: every reference resolves, every mark is in
//! the legend, every id is unique, every ladder leads somewhere, every item
//! is sourced, every survey figure lies within its scale.
//!
//! Deserialisation already guarantees shapes and well-formed ids; this module
//! checks what types alone cannot. It collects all problems rather than
//! stopping at the first, because the person fixing a data file wants the
//! whole list at once. Messages are in Japanese: the people who edit `data/`
//! are HR clerks.

use super::id::Id;
use super::model::*;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// One problem in one data file.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    /// The file, as given to the loader.
    pub file: String,
    /// Where in the file: a dotted path such as `matrix.rows[2].marks[4]`.
    pub path: String,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong with an item.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The file could not be parsed at all, or had the wrong shape.
    Syntax(String),
    /// The `format` number is not one this build understands.
    UnsupportedFormat(u32),
    /// The file names no source document.
    NoDocuments,
    /// An item's source names a file that is not among the body's documents.
    UnknownSourceFile(String),
    /// An item has an empty source section.
    EmptySection,
    /// An offering has no source at all.
    NoSource,
    /// Two items of one kind share an id.
    DuplicateId { kind: &'static str, id: Id },
    /// A reference to an item that does not exist.
    Unknown { kind: &'static str, id: Id },
    /// A mark that is not in the legend.
    MarkNotInLegend { mark: String, legend: Vec<String> },
    /// A matrix row with the wrong number of marks.
    WrongMarkCount { expected: usize, found: usize },
    /// A plan row with the wrong number of year cells.
    WrongScheduleLength { expected: usize, found: usize },
    /// A ladder with no grades.
    EmptyLadder,
    /// The ladder and branches loop back on themselves.
    Cycle(Vec<Id>),
    /// A branch leads to a grade with no way on that is not declared an end.
    DeadEnd(Id),
    /// A year range that is empty or starts before year 1.
    BadYears { from: u32, to: Option<u32> },
    /// A survey figure outside its scale.
    OutOfScale { value: f64, min: u32, max: u32 },
    /// A survey scale whose minimum is not below its maximum.
    BadScale { min: u32, max: u32 },
    /// A required text is empty.
    EmptyText(&'static str),
    /// The file's name does not match the body's id.
    FileNameMismatch { expected: String },
    /// The prefecture is not one of the 47.
    UnknownPrefecture(String),
    /// Words marked as the app's carry no note saying why.
    AppWithoutNote,
    /// A matrix row names uncertain targets but no note saying why.
    UncertainWithoutNote,
    /// An ability is both a column of the matrix and worded by a grade
    /// (`grades.abilities`): a grade asks for it by a mark or in words,
    /// not both, or the rating page would ask for it twice.
    WordedAndInMatrix(Id),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Syntax(m) => write!(f, "書式が正しくありません: {m}"),
            Problem::UnsupportedFormat(v) => write!(
                f,
                "データ形式のバージョン {v} には対応していません（対応: {DATA_FORMAT}）"
            ),
            Problem::NoDocuments => write!(f, "出典文書（documents）が一つもありません"),
            Problem::UnknownSourceFile(file) => {
                write!(f, "出典ファイル「{file}」が documents にありません")
            }
            Problem::EmptySection => write!(f, "出典の節（section）が空です"),
            Problem::NoSource => write!(f, "出典（source）がありません"),
            Problem::DuplicateId { kind, id } => write!(f, "{kind}の ID「{id}」が重複しています"),
            Problem::Unknown { kind, id } => write!(f, "存在しない{kind}「{id}」を参照しています"),
            Problem::MarkNotInLegend { mark, legend } if mark.is_empty() => write!(
                f,
                "記号が空です（使える記号: {}）",
                legend.join(", ")
            ),
            Problem::MarkNotInLegend { mark, legend } => write!(
                f,
                "凡例にない記号「{mark}」です（使える記号: {}）",
                legend.join(", ")
            ),
            Problem::WrongMarkCount { expected, found } => {
                write!(
                    f,
                    "記号の数が列の数と合いません（列 {expected}、記号 {found}）"
                )
            }
            Problem::WrongScheduleLength { expected, found } => write!(
                f,
                "年度ごとの状況の数が年度の列と合いません（列 {expected}、状況 {found}）"
            ),
            Problem::EmptyLadder => write!(f, "職位の並び（ladder）が空です"),
            Problem::Cycle(ids) => write!(
                f,
                "職位の並びが循環しています: {}",
                ids.iter().map(Id::as_str).collect::<Vec<_>>().join(" → ")
            ),
            Problem::DeadEnd(id) => write!(
                f,
                "職位「{id}」から先がありません（終点なら ends に加えてください）"
            ),
            Problem::BadYears { from, to } => match to {
                Some(t) => write!(f, "年数の範囲 {from}〜{t} 年目が正しくありません"),
                None => write!(
                    f,
                    "年数の範囲 {from} 年目〜 が正しくありません（1 年目以上）"
                ),
            },
            Problem::OutOfScale { value, min, max } => {
                write!(f, "値 {} が尺度 {min}〜{max} の範囲外です", decimal(*value))
            }
            Problem::BadScale { min, max } => {
                write!(f, "尺度の下限 {min} が上限 {max} 以上です")
            }
            Problem::EmptyText(what) => write!(f, "{what}が空です"),
            Problem::UnknownPrefecture(p) => write!(
                f,
                "都道府県「{p}」が分かりません（「青森県」「東京都」のように正式な名称で書いてください）"
            ),
            Problem::AppWithoutNote => write!(
                f,
                "アプリの読み（basis = \"app\"）には、理由を note に書いてください"
            ),
            Problem::UncertainWithoutNote => write!(
                f,
                "目標が不確かな列（uncertain）には、理由を note に書いてください"
            ),
            Problem::WordedAndInMatrix(id) => write!(
                f,
                "能力「{id}」は表（matrix.columns）の列にあり、職位ごとの文（grades.abilities）でも言い表されています。どちらか一方にしてください（記号で求めるなら表の列、職位ごとの文で求めるなら grades.abilities）"
            ),
            Problem::FileNameMismatch { expected } => {
                write!(
                    f,
                    "ファイル名は body.id に合わせて「{expected}」にしてください"
                )
            }
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.file, self.problem)
        } else {
            write!(f, "{}: {}: {}", self.file, self.path, self.problem)
        }
    }
}

impl std::error::Error for DataError {}

/// Items that carry an id, so duplicate checks can share one helper.
trait HasId {
    fn id(&self) -> &Id;
}

macro_rules! has_id {
    ($($t:ty),*) => { $(impl HasId for $t { fn id(&self) -> &Id { &self.id } })* };
}
has_id!(
    Vision,
    Grade,
    AbilityGroup,
    Ability,
    Track,
    CareerPath,
    Stage,
    Offering,
    Measure,
    PlanTable,
    PlanRow,
    KpiTable,
    KpiRow,
    Survey,
    SurveyGroup,
    SurveyItem
);

/// Pairs each item's id with its path (`prefix[i].id`) for [`Checker::unique`].
fn ids<'b, T: HasId>(prefix: &str, items: &'b [T]) -> impl Iterator<Item = (String, &'b Id)> {
    let prefix = prefix.to_owned();
    items
        .iter()
        .enumerate()
        .map(move |(i, x)| (format!("{prefix}[{i}].id"), x.id()))
}

/// Collects problems while walking one file.
struct Checker<'a> {
    file: &'a str,
    errors: Vec<DataError>,
    documents: BTreeSet<&'a str>,
}

impl<'a> Checker<'a> {
    fn err(&mut self, path: impl Into<String>, problem: Problem) {
        self.errors.push(DataError {
            file: self.file.to_owned(),
            path: path.into(),
            problem,
        });
    }

    fn source(&mut self, path: &str, s: &Source) {
        if !self.documents.contains(s.file.as_str()) {
            self.err(
                format!("{path}.source.file"),
                Problem::UnknownSourceFile(s.file.clone()),
            );
        }
        if s.section.trim().is_empty() {
            self.err(format!("{path}.source.section"), Problem::EmptySection);
        }
    }

    /// Records ids and reports duplicates; returns the set for later lookups.
    fn unique<'b, I>(&mut self, kind: &'static str, items: I) -> BTreeSet<&'b Id>
    where
        I: IntoIterator<Item = (String, &'b Id)>,
    {
        let mut seen = BTreeSet::new();
        for (path, id) in items {
            if !seen.insert(id) {
                self.err(
                    path,
                    Problem::DuplicateId {
                        kind,
                        id: id.clone(),
                    },
                );
            }
        }
        seen
    }

    fn known(&mut self, path: String, kind: &'static str, set: &BTreeSet<&Id>, id: &Id) {
        if !set.contains(id) {
            self.err(
                path,
                Problem::Unknown {
                    kind,
                    id: id.clone(),
                },
            );
        }
    }

    /// A line of text: its own source, if any, must be one of the body's
    /// documents. (A line the app wrote is marked so; it may be its own
    /// explanation, so unlike a name it needs no note to say why.)
    fn text(&mut self, path: &str, t: &Text) {
        if let Some(s) = &t.source {
            self.source(path, s);
        }
    }

    fn texts(&mut self, path: &str, ts: &[Text]) {
        for (i, t) in ts.iter().enumerate() {
            self.text(&format!("{path}[{i}]"), t);
        }
    }

    /// A name the app gave must say why.
    fn label(&mut self, path: &str, l: &Label) {
        if l.basis == Basis::App && l.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
            self.err(format!("{path}.note"), Problem::AppWithoutNote);
        }
    }

    fn years(&mut self, path: String, y: &YearRange) {
        if y.from == 0 || y.to.is_some_and(|t| t < y.from) {
            self.err(
                path,
                Problem::BadYears {
                    from: y.from,
                    to: y.to,
                },
            );
        }
    }

    fn in_scale(&mut self, path: String, value: f64, scale: &SurveyScale) {
        if !(value >= f64::from(scale.min) && value <= f64::from(scale.max)) {
            self.err(
                path,
                Problem::OutOfScale {
                    value,
                    min: scale.min,
                    max: scale.max,
                },
            );
        }
    }
}

/// Checks a parsed body, returning every problem found.
pub fn validate(file: &str, d: &BodyData) -> Result<(), Vec<DataError>> {
    let mut c = Checker {
        file,
        errors: Vec::new(),
        documents: d.documents.iter().map(|doc| doc.file.as_str()).collect(),
    };

    if d.format != DATA_FORMAT {
        c.err("format", Problem::UnsupportedFormat(d.format));
    }
    if d.documents.is_empty() {
        c.err("documents", Problem::NoDocuments);
    }
    if d.body.name.ja.trim().is_empty() {
        c.err("body.name", Problem::EmptyText("名称"));
    }
    if super::index::prefecture_code(&d.body.prefecture).is_none() {
        c.err(
            "body.prefecture",
            Problem::UnknownPrefecture(d.body.prefecture.clone()),
        );
    }

    for (i, v) in d.visions.iter().enumerate() {
        c.source(&format!("visions[{i}]"), &v.source);
        if let Some(t) = &v.text {
            c.text(&format!("visions[{i}].text"), t);
        }
    }
    c.unique("職員像", ids("visions", &d.visions));

    // Grades and rateable items.
    let grades = c.unique("職位", ids("grades", &d.grades));
    for (i, g) in d.grades.iter().enumerate() {
        let path = format!("grades[{i}]");
        c.source(&path, &g.source);
        c.label(&format!("{path}.name"), &g.name);
        for (j, r) in g.roles.iter().enumerate() {
            let rp = format!("{path}.roles[{j}]");
            if let Some(t) = &r.summary {
                c.text(&format!("{rp}.summary"), t);
            }
            if r.basis == Basis::App && r.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                c.err(format!("{rp}.note"), Problem::AppWithoutNote);
            }
            c.texts(&format!("{rp}.duties"), &r.duties);
        }
        c.texts(&format!("{path}.skills"), &g.skills);
        c.texts(&format!("{path}.methods"), &g.methods);
    }
    let groups = c.unique("能力の区分", ids("ability_groups", &d.ability_groups));
    for (i, g) in d.ability_groups.iter().enumerate() {
        c.source(&format!("ability_groups[{i}]"), &g.source);
    }
    let ability_ids = c.unique("能力", ids("abilities", &d.abilities));
    for (i, a) in d.abilities.iter().enumerate() {
        c.source(&format!("abilities[{i}]"), &a.source);
        if let Some(g) = &a.group {
            c.known(format!("abilities[{i}].group"), "能力の区分", &groups, g);
        }
    }
    let columns: &[Id] = d.matrix.as_ref().map_or(&[], |m| &m.columns);
    for (i, g) in d.grades.iter().enumerate() {
        check_worded(&mut c, &format!("grades[{i}]"), g, &ability_ids, columns);
    }
    // Abilities and can-do statements are both rated, so they share one namespace.
    let mut rateable = ability_ids.clone();
    for (i, g) in d.grades.iter().enumerate() {
        for (j, cd) in g.can_do.iter().enumerate() {
            if let Some(s) = &cd.source {
                c.source(&format!("grades[{i}].can_do[{j}]"), s);
            }
            if !rateable.insert(&cd.id) {
                c.err(
                    format!("grades[{i}].can_do[{j}].id"),
                    Problem::DuplicateId {
                        kind: "評価項目（能力・できること）",
                        id: cd.id.clone(),
                    },
                );
            }
        }
    }

    // Tracks and ladders.
    let tracks = c.unique("職種", ids("tracks", &d.tracks));
    for (i, t) in d.tracks.iter().enumerate() {
        c.label(&format!("tracks[{i}].name"), &t.name);
        if let Some(n) = &t.note {
            c.text(&format!("tracks[{i}].note"), n);
        }
        for (k, b) in t.branches.iter().enumerate() {
            if let Some(n) = &b.note {
                c.text(&format!("tracks[{i}].branches[{k}].note"), n);
            }
        }
        check_track(&mut c, &format!("tracks[{i}]"), t, &grades);
    }

    if let Some(m) = &d.matrix {
        check_matrix(&mut c, m, &grades, &ability_ids);
    }

    // Career paths.
    c.unique("キャリアパス", ids("career_paths", &d.career_paths));
    let stages = c.unique(
        "段階",
        d.career_paths
            .iter()
            .enumerate()
            .flat_map(|(i, p)| ids(&format!("career_paths[{i}].stages"), &p.stages)),
    );
    for (i, p) in d.career_paths.iter().enumerate() {
        let path = format!("career_paths[{i}]");
        c.source(&path, &p.source);
        if let Some(t) = &p.track {
            c.known(format!("{path}.track"), "職種", &tracks, t);
        }
        c.texts(&format!("{path}.rules"), &p.rules);
        for (j, s) in p.stages.iter().enumerate() {
            let sp = format!("{path}.stages[{j}]");
            c.label(&format!("{sp}.name"), &s.name);
            c.texts(&format!("{sp}.description"), &s.description);
            c.texts(&format!("{sp}.rules"), &s.rules);
            c.texts(&format!("{sp}.skills"), &s.skills);
            c.texts(&format!("{sp}.methods"), &s.methods);
            for (k, g) in s.grades.iter().enumerate() {
                c.known(format!("{sp}.grades[{k}]"), "職位", &grades, g);
            }
            if let Some(y) = &s.years {
                c.years(format!("{sp}.years"), y);
            }
        }
    }

    // Offerings.
    let offerings = c.unique("研修・支援", ids("offerings", &d.offerings));
    for (i, o) in d.offerings.iter().enumerate() {
        let path = format!("offerings[{i}]");
        match &o.source {
            Some(s) => c.source(&path, s),
            None => c.err(format!("{path}.source"), Problem::NoSource),
        }
        if o.name.ja.trim().is_empty() {
            c.err(format!("{path}.name"), Problem::EmptyText("名称"));
        }
        c.label(&format!("{path}.name"), &o.name);
        c.texts(&format!("{path}.description"), &o.description);
        c.texts(&format!("{path}.conditions"), &o.conditions);
        if let Some(t) = &o.status {
            c.text(&format!("{path}.status"), t);
        }
        if let Some(t) = &o.targets.note {
            c.text(&format!("{path}.targets.note"), t);
        }
        for (k, g) in o.targets.grades.iter().enumerate() {
            c.known(format!("{path}.targets.grades[{k}]"), "職位", &grades, g);
        }
        for (k, t) in o.targets.tracks.iter().enumerate() {
            c.known(format!("{path}.targets.tracks[{k}]"), "職種", &tracks, t);
        }
        for (k, s) in o.targets.stages.iter().enumerate() {
            c.known(format!("{path}.targets.stages[{k}]"), "段階", &stages, s);
        }
        if let Some(y) = &o.targets.years {
            c.years(format!("{path}.targets.years"), y);
        }
        for (k, t) in o.trains.iter().enumerate() {
            c.known(
                format!("{path}.trains[{k}].item"),
                "評価項目（能力・できること）",
                &rateable,
                &t.item,
            );
        }
    }

    // Measures and plans.
    c.unique("施策", ids("measures", &d.measures));
    for (i, m) in d.measures.iter().enumerate() {
        c.source(&format!("measures[{i}]"), &m.source);
        c.label(&format!("measures[{i}].name"), &m.name);
        if let Some(t) = &m.aim {
            c.text(&format!("measures[{i}].aim"), t);
        }
        c.texts(&format!("measures[{i}].items"), &m.items);
    }
    c.unique("計画表", ids("plan_tables", &d.plan_tables));
    c.unique(
        "計画の取組",
        d.plan_tables
            .iter()
            .enumerate()
            .flat_map(|(i, p)| ids(&format!("plan_tables[{i}].items"), &p.items)),
    );
    for (i, p) in d.plan_tables.iter().enumerate() {
        c.source(&format!("plan_tables[{i}]"), &p.source);
        for (j, it) in p.items.iter().enumerate() {
            if it.schedule.len() != p.years.len() {
                c.err(
                    format!("plan_tables[{i}].items[{j}].schedule"),
                    Problem::WrongScheduleLength {
                        expected: p.years.len(),
                        found: it.schedule.len(),
                    },
                );
            }
        }
    }

    c.unique("目標の表", ids("kpi_tables", &d.kpi_tables));
    c.unique(
        "目標の指標",
        d.kpi_tables
            .iter()
            .enumerate()
            .flat_map(|(i, t)| ids(&format!("kpi_tables[{i}].rows"), &t.rows)),
    );
    for (i, t) in d.kpi_tables.iter().enumerate() {
        c.source(&format!("kpi_tables[{i}]"), &t.source);
        for (j, r) in t.rows.iter().enumerate() {
            for (k, o) in r.offerings.iter().enumerate() {
                c.known(
                    format!("kpi_tables[{i}].rows[{j}].offerings[{k}]"),
                    "研修・支援",
                    &offerings,
                    o,
                );
            }
        }
    }

    c.unique("調査", ids("surveys", &d.surveys));
    for (i, s) in d.surveys.iter().enumerate() {
        check_survey(&mut c, &format!("surveys[{i}]"), s);
    }

    for (i, m) in d.missing.iter().enumerate() {
        if m.note.trim().is_empty() {
            c.err(format!("missing[{i}].note"), Problem::EmptyText("説明"));
        }
        if let Some(s) = &m.source {
            c.source(&format!("missing[{i}]"), s);
        }
    }

    if c.errors.is_empty() {
        Ok(())
    } else {
        Err(c.errors)
    }
}

/// A grade's worded abilities (a 標準職務遂行能力 table): each names a known
/// ability once, says something, and cites one of the body's documents
/// per sentence. An ability is asked by a matrix mark or in a grade's
/// words, never both. An ability no grade words and no column holds is
/// allowed: the body page still lists it.
fn check_worded(
    c: &mut Checker<'_>,
    path: &str,
    g: &Grade,
    abilities: &BTreeSet<&Id>,
    columns: &[Id],
) {
    let mut seen = BTreeSet::new();
    for (j, w) in g.abilities.iter().enumerate() {
        let wp = format!("{path}.abilities[{j}]");
        c.known(format!("{wp}.ability"), "能力", abilities, &w.ability);
        if !seen.insert(&w.ability) {
            c.err(
                format!("{wp}.ability"),
                Problem::DuplicateId {
                    kind: "この職位の能力",
                    id: w.ability.clone(),
                },
            );
        }
        if columns.contains(&w.ability) {
            c.err(
                format!("{wp}.ability"),
                Problem::WordedAndInMatrix(w.ability.clone()),
            );
        }
        if w.statements.iter().all(|s| s.text.trim().is_empty()) {
            c.err(format!("{wp}.statements"), Problem::EmptyText("能力の文"));
        }
        for (k, s) in w.statements.iter().enumerate() {
            let sp = format!("{wp}.statements[{k}]");
            if s.text.trim().is_empty() && w.statements.len() > 1 {
                c.err(format!("{sp}.text"), Problem::EmptyText("文"));
            }
            c.source(&sp, &s.source);
        }
    }
}

fn check_track(c: &mut Checker<'_>, path: &str, t: &Track, grades: &BTreeSet<&Id>) {
    c.source(path, &t.source);
    if t.ladder.is_empty() {
        c.err(format!("{path}.ladder"), Problem::EmptyLadder);
        return;
    }
    let mut all_known = true;
    for (k, g) in t.ladder.iter().enumerate() {
        if !grades.contains(g) {
            all_known = false;
            c.known(format!("{path}.ladder[{k}]"), "職位", grades, g);
        }
    }
    for (k, b) in t.branches.iter().enumerate() {
        for (end, g) in [("from", &b.from), ("to", &b.to)] {
            if !grades.contains(g) {
                all_known = false;
                c.known(format!("{path}.branches[{k}].{end}"), "職位", grades, g);
            }
        }
    }
    for (k, g) in t.ends.iter().enumerate() {
        c.known(format!("{path}.ends[{k}]"), "職位", grades, g);
    }
    if !all_known {
        return;
    }

    // The ladder plus branches form a directed graph that must be acyclic.
    let mut edges: BTreeMap<&Id, Vec<&Id>> = BTreeMap::new();
    for w in t.ladder.windows(2) {
        edges.entry(&w[0]).or_default().push(&w[1]);
    }
    for b in &t.branches {
        edges.entry(&b.from).or_default().push(&b.to);
    }
    if let Some(cycle) = find_cycle(&edges) {
        c.err(format!("{path}.ladder"), Problem::Cycle(cycle));
        return;
    }

    // A grade reached by a branch must lead on, or be declared an end.
    let top = t.ladder.last();
    let mut reported = BTreeSet::new();
    for (k, b) in t.branches.iter().enumerate() {
        let to = &b.to;
        let leads_on = edges.get(to).is_some_and(|v| !v.is_empty());
        if !leads_on && Some(to) != top && !t.ends.contains(to) && reported.insert(to) {
            c.err(
                format!("{path}.branches[{k}].to"),
                Problem::DeadEnd(to.clone()),
            );
        }
    }
}

/// Depth-first search for a cycle; returns it as a path that starts and ends on the same id.
fn find_cycle<'a>(edges: &BTreeMap<&'a Id, Vec<&'a Id>>) -> Option<Vec<Id>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Active,
        Done,
    }
    fn visit<'a>(
        n: &'a Id,
        edges: &BTreeMap<&'a Id, Vec<&'a Id>>,
        marks: &mut BTreeMap<&'a Id, Mark>,
        stack: &mut Vec<&'a Id>,
    ) -> Option<Vec<Id>> {
        match marks.get(n) {
            Some(Mark::Done) => return None,
            Some(Mark::Active) => {
                let start = stack.iter().position(|x| *x == n).unwrap_or(0);
                let mut cyc: Vec<Id> = stack[start..].iter().map(|x| (*x).clone()).collect();
                cyc.push(n.clone());
                return Some(cyc);
            }
            None => {}
        }
        marks.insert(n, Mark::Active);
        stack.push(n);
        for m in edges.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, edges, marks, stack) {
                return Some(c);
            }
        }
        stack.pop();
        marks.insert(n, Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    for n in edges.keys() {
        let mut stack = Vec::new();
        if let Some(c) = visit(n, edges, &mut marks, &mut stack) {
            return Some(c);
        }
    }
    None
}

fn check_matrix(
    c: &mut Checker<'_>,
    m: &Matrix,
    grades: &BTreeSet<&Id>,
    abilities: &BTreeSet<&Id>,
) {
    c.source("matrix", &m.source);
    let legend: Vec<String> = m.legend.iter().map(|l| l.symbol.clone()).collect();
    let mut seen = BTreeSet::new();
    for (i, l) in m.legend.iter().enumerate() {
        if l.symbol.trim().is_empty() {
            c.err(
                format!("matrix.legend[{i}].symbol"),
                Problem::EmptyText("記号"),
            );
        } else if !seen.insert(l.symbol.as_str()) {
            c.err(
                format!("matrix.legend[{i}].symbol"),
                Problem::Syntax(format!("記号「{}」が凡例に二度あります", l.symbol)),
            );
        }
    }
    let columns = c.unique(
        "列（能力）",
        m.columns
            .iter()
            .enumerate()
            .map(|(i, a)| (format!("matrix.columns[{i}]"), a)),
    );
    for (i, a) in m.columns.iter().enumerate() {
        c.known(format!("matrix.columns[{i}]"), "能力", abilities, a);
    }
    if !m.column_labels.is_empty() && m.column_labels.len() != m.columns.len() {
        c.err(
            "matrix.column_labels",
            Problem::WrongMarkCount {
                expected: m.columns.len(),
                found: m.column_labels.len(),
            },
        );
    }
    let rows = c.unique(
        "行（職位）",
        m.rows
            .iter()
            .enumerate()
            .map(|(i, r)| (format!("matrix.rows[{i}].grade"), &r.grade)),
    );
    for (i, r) in m.rows.iter().enumerate() {
        c.known(format!("matrix.rows[{i}].grade"), "職位", grades, &r.grade);
        for (k, a) in r.uncertain.iter().enumerate() {
            c.known(
                format!("matrix.rows[{i}].uncertain[{k}]"),
                "表の列（能力）",
                &columns,
                a,
            );
        }
        if !r.uncertain.is_empty() && r.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
            c.err(
                format!("matrix.rows[{i}].note"),
                Problem::UncertainWithoutNote,
            );
        }
        if r.marks.len() != m.columns.len() {
            c.err(
                format!("matrix.rows[{i}].marks"),
                Problem::WrongMarkCount {
                    expected: m.columns.len(),
                    found: r.marks.len(),
                },
            );
        }
        for (j, mark) in r.marks.iter().enumerate() {
            if !legend.contains(mark) {
                c.err(
                    format!("matrix.rows[{i}].marks[{j}]"),
                    Problem::MarkNotInLegend {
                        mark: mark.clone(),
                        legend: legend.clone(),
                    },
                );
            }
        }
    }
    for (i, f) in m.footnotes.iter().enumerate() {
        for (k, cell) in f.cells.iter().enumerate() {
            c.known(
                format!("matrix.footnotes[{i}].cells[{k}].grade"),
                "表の行（職位）",
                &rows,
                &cell.grade,
            );
            c.known(
                format!("matrix.footnotes[{i}].cells[{k}].ability"),
                "表の列（能力）",
                &columns,
                &cell.ability,
            );
        }
        for (k, g) in f.rows.iter().enumerate() {
            c.known(
                format!("matrix.footnotes[{i}].rows[{k}]"),
                "表の行（職位）",
                &rows,
                g,
            );
        }
    }
}

fn check_survey(c: &mut Checker<'_>, path: &str, s: &Survey) {
    c.source(path, &s.source);
    c.text(&format!("{path}.held"), &s.held);
    if let Some(y) = &s.year {
        c.text(&format!("{path}.year"), y);
    }
    c.texts(&format!("{path}.respondents"), &s.respondents);
    c.texts(&format!("{path}.notes"), &s.notes);
    if s.scale.basis == Basis::App && s.scale.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
        c.err(format!("{path}.scale.note"), Problem::AppWithoutNote);
    }
    if s.scale.min >= s.scale.max {
        c.err(
            format!("{path}.scale"),
            Problem::BadScale {
                min: s.scale.min,
                max: s.scale.max,
            },
        );
        return;
    }
    if let Some(v) = s.overall {
        c.in_scale(format!("{path}.overall"), v, &s.scale);
    }
    if let Some(v) = s.overall_target {
        c.in_scale(format!("{path}.overall_target"), v, &s.scale);
    }
    let groups = c.unique("調査の区分", ids(&format!("{path}.groups"), &s.groups));
    for (i, g) in s.groups.iter().enumerate() {
        let gp = format!("{path}.groups[{i}]");
        if let Some(v) = g.average {
            c.in_scale(format!("{gp}.average"), v, &s.scale);
        }
        if let Some(v) = g.target {
            c.in_scale(format!("{gp}.target"), v, &s.scale);
        }
        if let Some(p) = &g.parent {
            c.known(format!("{gp}.parent"), "調査の区分", &groups, p);
        }
    }
    c.unique("調査項目", ids(&format!("{path}.items"), &s.items));
    for (i, it) in s.items.iter().enumerate() {
        let ip = format!("{path}.items[{i}]");
        c.in_scale(format!("{ip}.average"), it.average, &s.scale);
        if let Some(g) = &it.group {
            c.known(format!("{ip}.group"), "調査の区分", &groups, g);
        }
    }
}

/// Checks that a data file's stem matches the body id it holds, so that the
/// URL, the file and the stored references all agree.
pub fn check_file_name(file: &str, d: &BodyData) -> Result<(), DataError> {
    let stem = std::path::Path::new(file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if stem == d.body.id.as_str() {
        Ok(())
    } else {
        Err(DataError {
            file: file.to_owned(),
            path: "body.id".into(),
            problem: Problem::FileNameMismatch {
                expected: format!("{}.toml", d.body.id),
            },
        })
    }
}
/// A number from a data file as the message shows it: up to three
/// decimals, trailing zeros dropped. Written out here rather than with
/// `f64`'s `Display`, which is the only float formatting the browser's app
/// module would otherwise need, and which brings about 4 KB gzip of it.
fn decimal(v: f64) -> String {
    // As Rust writes them, and as a TOML file can (`nan`, `inf`).
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf" } else { "-inf" }.into();
    }
    if v.abs() >= 1e12 {
        return "（桁の大きすぎる数）".into();
    }
    let thousandths = (v.abs() * 1000.0).round() as u64;
    let sign = if v < 0.0 && thousandths > 0 { "-" } else { "" };
    let (whole, part) = (thousandths / 1000, thousandths % 1000);
    if part == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{part:03}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn a_number_in_a_message_reads_as_it_was_written_up_to_three_decimals() {
        assert_eq!(decimal(5.0), "5");
        assert_eq!(decimal(3.45), "3.45");
        assert_eq!(decimal(-0.5), "-0.5");
        assert_eq!(decimal(4.1234), "4.123");
        assert_eq!(decimal(-0.0001), "0");
        assert_eq!(decimal(1e300), "（桁の大きすぎる数）");
        assert_eq!(decimal(f64::NAN), "NaN");
        assert_eq!(decimal(f64::NEG_INFINITY), "-inf");
    }
}
