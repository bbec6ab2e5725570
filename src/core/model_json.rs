//! Reading a body's model from the JSON the browser loads, written by hand;
//! and the index of bodies (`data/index.json`, `data/index/<code>.json`),
//! for the same reason.
//!
//! Why not `#[derive(Deserialize)]`: serde generates a field enum, a field
//! visitor and a map and a sequence visitor for each of the model's forty
//! types, and monomorphises them against the JSON deserializer. Measured by
//! removal, that code was 61 KB gzip, a seventh of the whole app module
//! (`tests/bench/weighed.md`). Here the text is parsed once into a
//! [`serde_json::Value`] (whose parser the app carries anyway) and each type
//! reads its fields from it through a handful of shared helpers.
//!
//! The serde derives stay on the model for the native side: the TOML
//! authoring files and the JSON the build writes. The two readers must agree,
//! and `tests/model_json.rs` checks it on the five bodies and under random
//! mutations: this reader never accepts what serde refuses, and where serde
//! accepts a documented shape, this reader reads the same model. Two forms
//! that serde's generated code also takes, and that no data file uses, are
//! refused here: a struct written as an array of its fields in order, and an
//! enum written as `{ "variant": null }`.
//!
//! Errors name the item's path (`offerings[3].targets.grades[0]`), in the
//! convention of [`super::validate`], and say in Japanese what was expected.

use super::id::Id;
use super::index::{Has, Index, IndexEntry, PrefectureEntry, PrefectureIndex};
use super::model::*;
use serde_json::{Map, Value};
use std::fmt;

/// Why a body's JSON could not be read into the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// Where: `N行目 M列` for a syntax error, else the item's path
    /// (`grades[2].name`); empty for the file as a whole.
    pub path: String,
    /// What is wrong, in Japanese.
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for ReadError {}

/// Parses a body's JSON text into the model, without validating it (see
/// [`super::load::body_from_json`] for both).
pub fn read_body(text: &str) -> Result<BodyData, ReadError> {
    read_text(text)
}

/// Parses the start-up index (`data/index.json`). Like serde's derived
/// reader, which the build writes it with, it passes over fields it does
/// not know; the app checks `format` itself.
pub fn read_index(text: &str) -> Result<Index, ReadError> {
    read_text(text)
}

/// Parses one prefecture's list of bodies (`data/index/<code>.json`).
pub fn read_prefecture_index(text: &str) -> Result<PrefectureIndex, ReadError> {
    read_text(text)
}

/// Reads a type from JSON text.
pub fn read_text<T: Read>(text: &str) -> Result<T, ReadError> {
    let v: Value = serde_json::from_str(text).map_err(|e| syntax_error(&e))?;
    T::read(&v, &At::Root)
}

/// A JSON syntax error, said in Japanese by where it is and its kind, not
/// in serde_json's English words, whose Display would bring its table of
/// messages (and its number formatting) into the app module.
pub fn syntax_error(e: &serde_json::Error) -> ReadError {
    ReadError {
        path: format!("{}行目 {}列", e.line(), e.column()),
        message: match e.classify() {
            serde_json::error::Category::Eof => "ファイルが途中で終わっています".into(),
            _ => "JSON の書き方に誤りがあります".into(),
        },
    }
}

/// Where a value sits in the file. Built as the reader descends, on the
/// stack, and put into words only when something is wrong there. Readers
/// elsewhere (`super::store_json`, the app's page events) start at
/// [`At::Root`] and descend with the other two.
pub enum At<'a> {
    /// The file as a whole.
    Root,
    /// A field of an object.
    Key(&'a At<'a>, &'a str),
    /// An element of an array.
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    fn path(&self) -> String {
        match self {
            At::Root => String::new(),
            At::Key(p, k) => match p {
                At::Root => (*k).to_owned(),
                _ => format!("{}.{k}", p.path()),
            },
            At::Index(p, i) => format!("{}[{i}]", p.path()),
        }
    }

    /// An error here, saying `message`.
    pub fn fail<T>(&self, message: String) -> R<T> {
        Err(ReadError {
            path: self.path(),
            message,
        })
    }

    /// The value is of the wrong JSON type.
    pub fn expected<T>(&self, what: &str, found: &Value) -> R<T> {
        let found = match found {
            Value::Null => "null",
            Value::Bool(_) => "true / false",
            Value::Number(_) => "数値",
            Value::String(_) => "文字列",
            Value::Array(_) => "配列",
            Value::Object(_) => "オブジェクト",
        };
        self.fail(format!("{what}を書いてください（{found}が書かれています）"))
    }
}

/// A read's result.
pub type R<T> = Result<T, ReadError>;

/// A type the reader can build from a JSON value.
pub trait Read: Sized {
    /// Reads the value found at `at`.
    fn read(v: &Value, at: &At) -> R<Self>;
}

/// A type that a required field can stand in for while the rest of its
/// object is read, once an error is noted (see [`Obj`]). Never returned
/// to a caller: the object's read ends in that error.
pub trait Stub: Read {
    /// The stand-in.
    fn stub() -> Self;
}

impl Read for String {
    fn read(v: &Value, at: &At) -> R<Self> {
        match v {
            Value::String(s) => Ok(s.clone()),
            _ => at.expected("文字列", v),
        }
    }
}

impl Stub for String {
    fn stub() -> Self {
        String::new()
    }
}

impl Read for bool {
    fn read(v: &Value, at: &At) -> R<Self> {
        match v {
            Value::Bool(b) => Ok(*b),
            _ => at.expected("true か false", v),
        }
    }
}

/// An integer of type `T`, from the value read as a wider integer
/// (`wide`, `None` when it is not one); `what` names the kind expected.
/// The number is printed from `wide`, not from the JSON value: printing a
/// `Value` links serde_json's whole writer (and its float formatting) into
/// the app for this one message.
pub fn integer<W: Copy + std::fmt::Display, T: TryFrom<W>>(
    v: &Value,
    at: &At,
    wide: Option<W>,
    what: &str,
) -> R<T> {
    match wide {
        Some(w) => match T::try_from(w) {
            Ok(n) => Ok(n),
            Err(_) => at.fail(format!("数 {w} が大きすぎます")),
        },
        None => at.expected(what, v),
    }
}

impl Read for u32 {
    fn read(v: &Value, at: &At) -> R<Self> {
        integer(v, at, v.as_u64(), "0 以上の整数")
    }
}

impl Stub for u32 {
    fn stub() -> Self {
        0
    }
}

impl Read for f64 {
    fn read(v: &Value, at: &At) -> R<Self> {
        match v.as_f64() {
            Some(n) => Ok(n),
            None => at.expected("数値", v),
        }
    }
}

impl Stub for f64 {
    fn stub() -> Self {
        0.0
    }
}

impl Read for Id {
    fn read(v: &Value, at: &At) -> R<Self> {
        match v {
            Value::String(s) => Id::parse(s).or_else(|e| at.fail(e.to_string())),
            _ => at.expected("ID（文字列）", v),
        }
    }
}

impl Stub for Id {
    fn stub() -> Self {
        Id::stub()
    }
}

/// `null` is `None`, as with serde; anything else is read as the value.
impl<T: Read> Read for Option<T> {
    fn read(v: &Value, at: &At) -> R<Self> {
        match v {
            Value::Null => Ok(None),
            _ => T::read(v, at).map(Some),
        }
    }
}

impl<T: Read> Read for Vec<T> {
    fn read(v: &Value, at: &At) -> R<Self> {
        let Value::Array(items) = v else {
            return at.expected("配列", v);
        };
        // A loop rather than `collect::<Result<_, _>>()`, whose adapter is
        // a sizeable function of its own for each element type.
        let mut out = Vec::with_capacity(items.len());
        for (i, x) in items.iter().enumerate() {
            out.push(T::read(x, &At::Index(at, i))?);
        }
        Ok(out)
    }
}

impl<T: Read> Stub for Vec<T> {
    fn stub() -> Self {
        Vec::new()
    }
}

/// An enum written as one of its names.
fn variant<T: Copy, const N: usize>(
    v: &Value,
    at: &At,
    names: &[&str; N],
    values: &[T; N],
) -> R<T> {
    name_index(v, at, names).map(|i| values[i])
}

/// Which of `names` the value is; not generic, so written once for all enums.
fn name_index(v: &Value, at: &At, names: &[&str]) -> R<usize> {
    let Value::String(s) = v else {
        return at.expected("文字列", v);
    };
    position_of(s, at, names)
}

/// Which of `names` a variant's name is (also for `super::store_json`'s
/// enums with data), with the names that may be written where it is none.
pub fn position_of(name: &str, at: &At, names: &[&str]) -> R<usize> {
    match names.iter().position(|n| *n == name) {
        Some(i) => Ok(i),
        None => at.fail(format!(
            "「{name}」は使えません（使えるのは {}）",
            names.join(", ")
        )),
    }
}

/// An object being read. Its unknown keys are refused up front, as
/// `deny_unknown_fields` does; then each field is taken by name.
///
/// A field that is wrong does not end the read at once: its error is kept
/// (the first one only) and a stand-in takes its place, so that building the
/// struct needs no early return after each field. Early returns would make
/// the compiler write a separate clean-up of the fields read so far at each
/// one, for each of the forty types. [`Obj::end`] then returns the error.
pub struct Obj<'v, 'a> {
    map: &'v Map<String, Value>,
    at: &'a At<'a>,
    error: std::cell::RefCell<Option<ReadError>>,
}

impl<'v, 'a> Obj<'v, 'a> {
    /// An object whose keys must all be among `fields`.
    pub fn new(v: &'v Value, at: &'a At<'a>, fields: &[&str]) -> R<Self> {
        let o = Self::lenient(v, at)?;
        if let Some(k) = o.map.keys().find(|k| !fields.contains(&k.as_str())) {
            return at.fail(format!(
                "「{k}」という項目はありません（書けるのは {}）",
                fields.join(", ")
            ));
        }
        Ok(o)
    }

    /// An object whose fields beyond those read are passed over, as serde
    /// does for types without `deny_unknown_fields` (the index's).
    pub fn lenient(v: &'v Value, at: &'a At<'a>) -> R<Self> {
        let Value::Object(map) = v else {
            return at.expected("オブジェクト", v);
        };
        Ok(Obj {
            map,
            at,
            error: std::cell::RefCell::new(None),
        })
    }

    fn note(&self, e: ReadError) {
        let mut error = self.error.borrow_mut();
        if error.is_none() {
            *error = Some(e);
        }
    }

    /// A field that may be left out: `None` when it is (or when it is wrong,
    /// which is noted).
    pub fn opt<T: Read>(&self, key: &str) -> Option<T> {
        let v = self.map.get(key)?;
        T::read(v, &At::Key(self.at, key))
            .map_err(|e| self.note(e))
            .ok()
    }

    /// A field that is its type's default when left out (`#[serde(default)]`,
    /// and every `Option`, which serde also reads as `None` when missing).
    pub fn get<T: Read + Default>(&self, key: &str) -> T {
        self.opt(key).unwrap_or_default()
    }

    /// A field that must be there.
    pub fn req<T: Stub>(&self, key: &str) -> T {
        if !self.map.contains_key(key) {
            self.note(ReadError {
                path: self.at.path(),
                message: format!("「{key}」がありません"),
            });
        }
        self.opt(key).unwrap_or_else(T::stub)
    }

    /// The struct built from the fields, or the first error among them.
    pub fn end<T>(&self, t: T) -> R<T> {
        match self.error.take() {
            None => Ok(t),
            Some(e) => Err(e),
        }
    }
}

/// Stand-ins for the required fields' types (see [`Stub`]).
macro_rules! stub {
    ($($t:ty => $e:expr),* $(,)?) => {
        $(impl Stub for $t {
            fn stub() -> Self {
                $e
            }
        })*
    };
}
pub(crate) use stub;

stub! {
    Basis => Basis::Document,
    BodyKind => BodyKind::City,
    Requirement => Requirement::Acquire,
    StageKind => StageKind::Years,
    OfferingKind => OfferingKind::Other,
    Part => Part::Other,
    Label => Label::default(),
    Text => Text::default(),
    Source => Source { file: String::new(), section: String::new() },
    BodyInfo => BodyInfo {
        id: Id::stub(),
        name: Label::default(),
        kind: BodyKind::City,
        prefecture: String::new(),
        version: None,
    },
    SurveyScale => SurveyScale { min: 0, max: 0, labels: Vec::new(), basis: Basis::Document, note: None },
}

impl Read for Basis {
    fn read(v: &Value, at: &At) -> R<Self> {
        variant(v, at, &["document", "app"], &[Basis::Document, Basis::App])
    }
}

impl Read for BodyKind {
    fn read(v: &Value, at: &At) -> R<Self> {
        use BodyKind::*;
        variant(
            v,
            at,
            &["市", "町", "村", "区", "県", "都", "道", "府"],
            &[
                City,
                Town,
                Village,
                SpecialWard,
                Prefecture,
                Prefecture,
                Prefecture,
                Prefecture,
            ],
        )
    }
}

impl Read for Requirement {
    fn read(v: &Value, at: &At) -> R<Self> {
        use Requirement::*;
        variant(
            v,
            at,
            &["acquire", "established", "future", "not_required"],
            &[Acquire, Established, Future, NotRequired],
        )
    }
}

impl Read for StageKind {
    fn read(v: &Value, at: &At) -> R<Self> {
        use StageKind::*;
        variant(
            v,
            at,
            &["years", "age", "tier", "phase"],
            &[Years, Age, Tier, Phase],
        )
    }
}

impl Read for OfferingKind {
    fn read(v: &Value, at: &At) -> R<Self> {
        use OfferingKind::*;
        variant(
            v,
            at,
            &[
                "grade_training",
                "specialist_training",
                "issue_training",
                "elearning",
                "correspondence",
                "secondment",
                "ojt",
                "self_study",
                "qualification_subsidy",
                "university_subsidy",
                "hard_qualification_support",
                "vocational_school_subsidy",
                "required_qualification_cost",
                "partial_study_leave",
                "self_development_leave",
                "internal_recruitment",
                "internal_side_job",
                "mentoring",
                "learning_time",
                "study_group",
                "career_dialogue",
                "other",
            ],
            &[
                GradeTraining,
                SpecialistTraining,
                IssueTraining,
                Elearning,
                Correspondence,
                Secondment,
                Ojt,
                SelfStudy,
                QualificationSubsidy,
                UniversitySubsidy,
                HardQualificationSupport,
                VocationalSchoolSubsidy,
                RequiredQualificationCost,
                PartialStudyLeave,
                SelfDevelopmentLeave,
                InternalRecruitment,
                InternalSideJob,
                Mentoring,
                LearningTime,
                StudyGroup,
                CareerDialogue,
                Other,
            ],
        )
    }
}

impl Read for Part {
    fn read(v: &Value, at: &At) -> R<Self> {
        use Part::*;
        variant(
            v,
            at,
            &[
                "matrix",
                "abilities",
                "can_do",
                "roles",
                "career_path",
                "survey",
                "kpi",
                "courses",
                "vision",
                "appendix",
                "other",
            ],
            &[
                Matrix, Abilities, CanDo, Roles, CareerPath, Survey, Kpi, Courses, Vision,
                Appendix, Other,
            ],
        )
    }
}

/// A plain string, or a table with `ja` (and `en`, `basis`, `note`).
impl Read for Label {
    fn read(v: &Value, at: &At) -> R<Self> {
        if let Value::String(s) = v {
            return Ok(Label::ja(s.as_str()));
        }
        if !v.is_object() {
            return at.expected("文字列か、ja を持つオブジェクト", v);
        }
        let o = Obj::new(v, at, &["ja", "en", "basis", "note"])?;
        o.end(Label {
            ja: o.req("ja"),
            en: o.get("en"),
            basis: o.get("basis"),
            note: o.opt("note"),
        })
    }
}

/// A plain string, or a table with `text` (and `basis`, `note`, `source`).
impl Read for Text {
    fn read(v: &Value, at: &At) -> R<Self> {
        if let Value::String(s) = v {
            return Ok(Text::plain(s.as_str()));
        }
        if !v.is_object() {
            return at.expected("文字列か、text を持つオブジェクト", v);
        }
        let o = Obj::new(v, at, &["text", "basis", "note", "source"])?;
        o.end(Text {
            text: o.req("text"),
            basis: o.get("basis"),
            note: o.opt("note"),
            source: o.opt("source"),
        })
    }
}

impl Read for Source {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["file", "section"])?;
        o.end(Source {
            file: o.req("file"),
            section: o.req("section"),
        })
    }
}

impl Read for BodyData {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &[
                "format",
                "body",
                "documents",
                "visions",
                "tracks",
                "grades",
                "ability_groups",
                "abilities",
                "matrix",
                "career_paths",
                "offerings",
                "measures",
                "plan_tables",
                "surveys",
                "kpi_tables",
                "missing",
            ],
        )?;
        o.end(BodyData {
            format: o.req("format"),
            body: o.req("body"),
            documents: o.req("documents"),
            visions: o.get("visions"),
            tracks: o.get("tracks"),
            grades: o.get("grades"),
            ability_groups: o.get("ability_groups"),
            abilities: o.get("abilities"),
            matrix: o.get("matrix"),
            career_paths: o.get("career_paths"),
            offerings: o.get("offerings"),
            measures: o.get("measures"),
            plan_tables: o.get("plan_tables"),
            surveys: o.get("surveys"),
            kpi_tables: o.get("kpi_tables"),
            missing: o.get("missing"),
        })
    }
}

impl Read for BodyInfo {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["id", "name", "kind", "prefecture", "version"])?;
        o.end(BodyInfo {
            id: o.req("id"),
            name: o.req("name"),
            kind: o.req("kind"),
            prefecture: o.req("prefecture"),
            version: o.get("version"),
        })
    }
}

impl Read for Document {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &[
                "file",
                "title",
                "issuer",
                "date",
                "revisions",
                "period",
                "note",
            ],
        )?;
        o.end(Document {
            file: o.req("file"),
            title: o.req("title"),
            issuer: o.get("issuer"),
            date: o.get("date"),
            revisions: o.get("revisions"),
            period: o.get("period"),
            note: o.get("note"),
        })
    }
}

impl Read for Point {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["name", "text"])?;
        o.end(Point {
            name: o.get("name"),
            text: o.req("text"),
        })
    }
}

impl Read for Vision {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["id", "heading", "text", "points", "source"])?;
        o.end(Vision {
            id: o.req("id"),
            heading: o.req("heading"),
            text: o.get("text"),
            points: o.get("points"),
            source: o.req("source"),
        })
    }
}

impl Read for Track {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &[
                "id", "name", "ladder", "branches", "ends", "note", "source", "basis",
            ],
        )?;
        o.end(Track {
            id: o.req("id"),
            name: o.req("name"),
            ladder: o.req("ladder"),
            branches: o.get("branches"),
            ends: o.get("ends"),
            note: o.get("note"),
            source: o.req("source"),
            basis: o.get("basis"),
        })
    }
}

impl Read for Branch {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["from", "to", "note", "basis"])?;
        o.end(Branch {
            from: o.req("from"),
            to: o.req("to"),
            note: o.get("note"),
            basis: o.get("basis"),
        })
    }
}

impl Read for Grade {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &[
                "id",
                "name",
                "level",
                "posts",
                "roles",
                "can_do",
                "entry",
                "entry_basis",
                "skills",
                "methods",
                "source",
            ],
        )?;
        o.end(Grade {
            id: o.req("id"),
            name: o.req("name"),
            level: o.get("level"),
            posts: o.get("posts"),
            roles: o.get("roles"),
            can_do: o.get("can_do"),
            entry: o.get("entry"),
            entry_basis: o.get("entry_basis"),
            skills: o.get("skills"),
            methods: o.get("methods"),
            source: o.req("source"),
        })
    }
}

impl Read for Role {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["post", "summary", "duties", "basis", "note"])?;
        o.end(Role {
            post: o.get("post"),
            summary: o.get("summary"),
            duties: o.get("duties"),
            basis: o.get("basis"),
            note: o.get("note"),
        })
    }
}

impl Read for CanDo {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["id", "text", "replaces"])?;
        o.end(CanDo {
            id: o.req("id"),
            text: o.req("text"),
            replaces: o.get("replaces"),
        })
    }
}

impl Read for AbilityGroup {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["id", "name", "source"])?;
        o.end(AbilityGroup {
            id: o.req("id"),
            name: o.req("name"),
            source: o.req("source"),
        })
    }
}

impl Read for Ability {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &[
                "id",
                "number",
                "name",
                "group",
                "description",
                "keywords",
                "replaces",
                "source",
            ],
        )?;
        o.end(Ability {
            id: o.req("id"),
            number: o.get("number"),
            name: o.req("name"),
            group: o.get("group"),
            description: o.get("description"),
            keywords: o.get("keywords"),
            replaces: o.get("replaces"),
            source: o.req("source"),
        })
    }
}

impl Read for LegendEntry {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["symbol", "meaning", "requirement", "note"])?;
        o.end(LegendEntry {
            symbol: o.req("symbol"),
            meaning: o.get("meaning"),
            requirement: o.req("requirement"),
            note: o.get("note"),
        })
    }
}

impl Read for Footnote {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["marker", "text", "cells", "rows", "reads_as"])?;
        o.end(Footnote {
            marker: o.req("marker"),
            text: o.req("text"),
            cells: o.get("cells"),
            rows: o.get("rows"),
            reads_as: o.get("reads_as"),
        })
    }
}

impl Read for CellRef {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["grade", "ability"])?;
        o.end(CellRef {
            grade: o.req("grade"),
            ability: o.req("ability"),
        })
    }
}

impl Read for Matrix {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &[
                "title",
                "legend",
                "columns",
                "column_labels",
                "rows",
                "footnotes",
                "focus_heading",
                "source",
            ],
        )?;
        o.end(Matrix {
            title: o.req("title"),
            legend: o.req("legend"),
            columns: o.req("columns"),
            column_labels: o.get("column_labels"),
            rows: o.req("rows"),
            footnotes: o.get("footnotes"),
            focus_heading: o.get("focus_heading"),
            source: o.req("source"),
        })
    }
}

impl Read for MatrixRow {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &["grade", "label", "marks", "focus", "note", "uncertain"],
        )?;
        o.end(MatrixRow {
            grade: o.req("grade"),
            label: o.req("label"),
            marks: o.req("marks"),
            focus: o.get("focus"),
            note: o.get("note"),
            uncertain: o.get("uncertain"),
        })
    }
}

impl Read for YearRange {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["from", "to"])?;
        o.end(YearRange {
            from: o.req("from"),
            to: o.get("to"),
        })
    }
}

impl Read for CareerPath {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["id", "name", "track", "stages", "rules", "source"])?;
        o.end(CareerPath {
            id: o.req("id"),
            name: o.req("name"),
            track: o.get("track"),
            stages: o.get("stages"),
            rules: o.get("rules"),
            source: o.req("source"),
        })
    }
}

impl Read for Stage {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &[
                "id",
                "name",
                "kind",
                "years",
                "ages",
                "grades",
                "grades_basis",
                "description",
                "rules",
                "skills",
                "methods",
            ],
        )?;
        o.end(Stage {
            id: o.req("id"),
            name: o.req("name"),
            kind: o.req("kind"),
            years: o.get("years"),
            ages: o.get("ages"),
            grades: o.get("grades"),
            grades_basis: o.get("grades_basis"),
            description: o.get("description"),
            rules: o.get("rules"),
            skills: o.get("skills"),
            methods: o.get("methods"),
        })
    }
}

impl Read for Targets {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &["grades", "years", "tracks", "stages", "note", "basis"],
        )?;
        o.end(Targets {
            grades: o.get("grades"),
            years: o.get("years"),
            tracks: o.get("tracks"),
            stages: o.get("stages"),
            note: o.get("note"),
            basis: o.get("basis"),
        })
    }
}

impl Read for TrainsLink {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["item", "basis"])?;
        o.end(TrainsLink {
            item: o.req("item"),
            basis: o.req("basis"),
        })
    }
}

impl Read for Offering {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &[
                "id",
                "kind",
                "kind_basis",
                "name",
                "description",
                "provider",
                "targets",
                "trains",
                "conditions",
                "status",
                "source",
            ],
        )?;
        o.end(Offering {
            id: o.req("id"),
            kind: o.req("kind"),
            kind_basis: o.get("kind_basis"),
            name: o.req("name"),
            description: o.get("description"),
            provider: o.get("provider"),
            targets: o.get("targets"),
            trains: o.get("trains"),
            conditions: o.get("conditions"),
            status: o.get("status"),
            source: o.get("source"),
        })
    }
}

impl Read for Measure {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &["id", "number", "name", "aim", "items", "area", "source"],
        )?;
        o.end(Measure {
            id: o.req("id"),
            number: o.get("number"),
            name: o.req("name"),
            aim: o.get("aim"),
            items: o.get("items"),
            area: o.get("area"),
            source: o.req("source"),
        })
    }
}

impl Read for PlanTable {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["id", "title", "years", "items", "source"])?;
        o.end(PlanTable {
            id: o.req("id"),
            title: o.req("title"),
            years: o.req("years"),
            items: o.req("items"),
            source: o.req("source"),
        })
    }
}

impl Read for PlanRow {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &[
                "id", "middle", "small", "action", "category", "schedule", "note",
            ],
        )?;
        o.end(PlanRow {
            id: o.req("id"),
            middle: o.req("middle"),
            small: o.req("small"),
            action: o.req("action"),
            category: o.req("category"),
            schedule: o.req("schedule"),
            note: o.get("note"),
        })
    }
}

impl Read for Survey {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &[
                "id",
                "name",
                "held",
                "year",
                "respondents",
                "scale",
                "overall",
                "overall_target",
                "groups",
                "items",
                "notes",
                "source",
            ],
        )?;
        o.end(Survey {
            id: o.req("id"),
            name: o.req("name"),
            held: o.req("held"),
            year: o.get("year"),
            respondents: o.get("respondents"),
            scale: o.req("scale"),
            overall: o.get("overall"),
            overall_target: o.get("overall_target"),
            groups: o.get("groups"),
            items: o.req("items"),
            notes: o.get("notes"),
            source: o.req("source"),
        })
    }
}

impl Read for SurveyScale {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["min", "max", "labels", "basis", "note"])?;
        o.end(SurveyScale {
            min: o.req("min"),
            max: o.req("max"),
            labels: o.get("labels"),
            basis: o.get("basis"),
            note: o.get("note"),
        })
    }
}

impl Read for SurveyGroup {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &[
                "id",
                "name",
                "parent",
                "average",
                "target",
                "question_count",
            ],
        )?;
        o.end(SurveyGroup {
            id: o.req("id"),
            name: o.req("name"),
            parent: o.get("parent"),
            average: o.get("average"),
            target: o.get("target"),
            question_count: o.get("question_count"),
        })
    }
}

impl Read for SurveyItem {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &["id", "number", "text", "group", "group_basis", "average"],
        )?;
        o.end(SurveyItem {
            id: o.req("id"),
            number: o.get("number"),
            text: o.req("text"),
            group: o.get("group"),
            group_basis: o.get("group_basis"),
            average: o.req("average"),
        })
    }
}

impl Read for KpiTable {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &[
                "id",
                "title",
                "baseline_heading",
                "target_heading",
                "rows",
                "source",
            ],
        )?;
        o.end(KpiTable {
            id: o.req("id"),
            title: o.req("title"),
            baseline_heading: o.req("baseline_heading"),
            target_heading: o.req("target_heading"),
            rows: o.req("rows"),
            source: o.req("source"),
        })
    }
}

impl Read for KpiRow {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(
            v,
            at,
            &[
                "id",
                "outcome",
                "area",
                "indicator",
                "baseline",
                "target",
                "offerings",
                "offerings_basis",
            ],
        )?;
        o.end(KpiRow {
            id: o.req("id"),
            outcome: o.get("outcome"),
            area: o.get("area"),
            indicator: o.req("indicator"),
            baseline: o.req("baseline"),
            target: o.req("target"),
            offerings: o.get("offerings"),
            // The document puts indicators and offerings apart, so an
            // unstated link is the app's reading (as the serde default says).
            offerings_basis: o.opt("offerings_basis").unwrap_or(Basis::App),
        })
    }
}

impl Read for Missing {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::new(v, at, &["part", "note", "source"])?;
        o.end(Missing {
            part: o.req("part"),
            note: o.req("note"),
            source: o.get("source"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> Value {
        serde_json::json!({
            "format": 1,
            "body": { "id": "x", "name": "X市", "kind": "市", "prefecture": "X県" },
            "documents": [{ "file": "a.txt", "title": "方針" }],
            "offerings": [{
                "id": "o1", "kind": "elearning", "name": { "ja": "研修", "en": "Course" },
                "targets": { "grades": ["g1"], "years": { "from": 1 } },
                "source": { "file": "a.txt", "section": "第1" }
            }],
            "kpi_tables": [{
                "id": "k", "title": "指標", "baseline_heading": "現状", "target_heading": "目標",
                "rows": [{ "id": "r", "indicator": "受講者数", "baseline": "1", "target": "2" }],
                "source": { "file": "a.txt", "section": "第2" }
            }]
        })
    }

    fn read(v: &Value) -> R<BodyData> {
        read_body(&v.to_string())
    }

    #[test]
    fn a_minimal_body_reads_with_every_left_out_field_at_its_default() {
        let d = read(&minimal()).expect("reads");
        assert_eq!(d.body.kind, BodyKind::City);
        assert!(d.grades.is_empty() && d.matrix.is_none());
        let o = &d.offerings[0];
        assert_eq!(o.kind, OfferingKind::Elearning);
        assert_eq!(o.name.en.as_deref(), Some("Course"));
        assert_eq!(o.targets.years, Some(YearRange { from: 1, to: None }));
        assert_eq!(o.kind_basis, Basis::Document);
        assert_eq!(d.kpi_tables[0].rows[0].offerings_basis, Basis::App);
    }

    #[test]
    fn an_unknown_key_is_refused_with_its_path_and_the_keys_that_may_be_written() {
        let mut v = minimal();
        v["offerings"][0]["targets"]["colour"] = "red".into();
        let e = read(&v).expect_err("unknown key");
        assert_eq!(e.path, "offerings[0].targets");
        assert!(
            e.message.contains("colour") && e.message.contains("grades"),
            "{e}"
        );
    }

    #[test]
    fn a_missing_required_field_is_named() {
        let mut v = minimal();
        v["body"].as_object_mut().map(|b| b.remove("prefecture"));
        let e = read(&v).expect_err("missing");
        assert_eq!(e.path, "body");
        assert!(e.message.contains("prefecture"), "{e}");
    }

    #[test]
    fn a_value_of_the_wrong_type_says_what_was_expected_and_what_was_found() {
        let mut v = minimal();
        v["offerings"][0]["targets"]["grades"][0] = 3.into();
        let e = read(&v).expect_err("type");
        assert_eq!(e.path, "offerings[0].targets.grades[0]");
        assert!(
            e.message.contains("ID") && e.message.contains("数値"),
            "{e}"
        );
        v["offerings"][0]["targets"]["grades"][0] = "G 1".into();
        let e = read(&v).expect_err("bad id");
        assert!(e.message.contains("使えない文字"), "{e}");
    }

    #[test]
    fn of_several_wrong_fields_the_first_in_the_models_order_is_reported() {
        let mut v = minimal();
        v["body"]["kind"] = "国".into();
        v["body"].as_object_mut().map(|b| b.remove("id"));
        let e = read(&v).expect_err("two errors");
        assert_eq!(e.path, "body");
        assert!(e.message.contains("「id」がありません"), "{e}");
    }

    #[test]
    fn a_number_must_fit_its_field() {
        for bad in [
            serde_json::json!(-1),
            serde_json::json!(1.5),
            serde_json::json!(4_294_967_296u64),
            serde_json::json!("1"),
        ] {
            let mut v = minimal();
            v["format"] = bad.clone();
            assert_eq!(read(&v).expect_err("refused").path, "format", "{bad}");
        }
    }

    #[test]
    fn a_name_outside_an_enums_list_is_refused_with_the_names_allowed() {
        let mut v = minimal();
        v["offerings"][0]["kind"] = "webinar".into();
        let e = read(&v).expect_err("kind");
        assert!(
            e.message.contains("webinar") && e.message.contains("elearning"),
            "{e}"
        );
        v["offerings"][0]["kind"] = "elearning".into();
        v["body"]["kind"] = "都".into();
        assert_eq!(read(&v).expect("都").body.kind, BodyKind::Prefecture);
    }

    #[test]
    fn null_is_none_for_an_optional_field_but_not_an_empty_list() {
        let mut v = minimal();
        v["matrix"] = Value::Null;
        assert!(read(&v).expect("null matrix").matrix.is_none());
        v["grades"] = Value::Null;
        assert_eq!(read(&v).expect_err("null list").path, "grades");
    }

    #[test]
    fn text_that_is_not_json_gives_its_line_and_column() {
        let e = read_body("{\n  \"format\": ,").expect_err("syntax");
        assert_eq!(e.path, "2行目 13列");
    }
}

impl Read for usize {
    fn read(v: &Value, at: &At) -> R<Self> {
        integer(v, at, v.as_u64(), "0 以上の整数")
    }
}

stub! {
    usize => 0,
    bool => false,
    Has => Has::default(),
    PrefectureEntry => PrefectureEntry {
        code: String::new(),
        name: String::new(),
        count: 0,
        file: String::new(),
    },
}

impl Read for Index {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(Index {
            format: o.req("format"),
            bodies: o.req("bodies"),
            prefectures: o.get("prefectures"),
            featured: o.get("featured"),
        })
    }
}

impl Read for PrefectureIndex {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(PrefectureIndex {
            format: o.req("format"),
            prefecture: o.req("prefecture"),
            bodies: o.req("bodies"),
        })
    }
}

impl Read for PrefectureEntry {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(PrefectureEntry {
            code: o.req("code"),
            name: o.req("name"),
            count: o.req("count"),
            file: o.req("file"),
        })
    }
}

impl Read for IndexEntry {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(IndexEntry {
            id: o.req("id"),
            name: o.req("name"),
            kind: o.req("kind"),
            prefecture: o.req("prefecture"),
            file: o.req("file"),
            documents: o.req("documents"),
            has: o.req("has"),
        })
    }
}

impl Read for Has {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(Has {
            matrix: o.req("matrix"),
            can_do: o.req("can_do"),
            grades: o.req("grades"),
            career_path: o.req("career_path"),
            offerings: o.req("offerings"),
            survey: o.req("survey"),
            plan: o.req("plan"),
        })
    }
}
