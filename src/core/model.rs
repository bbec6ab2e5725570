//! The framework model: one body's competency framework, career path and
//! training catalogue, as its own documents state them.
//!
//! The five source documents differ a lot (a grade × ability matrix in two
//! of them, can-do statements in one, a plan table in another, roles only in
//! the fifth), so almost every part is optional and the model never forces
//! one body into another's shape. What a document lacks is recorded in
//! [`BodyData::missing`], so that the app can say so plainly instead of
//! filling the hole.
//!
//! Every item carries a [`Source`] (file and section). Every link the
//! documents do not make themselves (which abilities a course trains, say)
//! carries a [`Basis`], so the UI can tell the document's word from the app's
//! own reading.
//!
//! The types deserialise from the TOML files under `data/bodies/` (authoring
//! format) and from the JSON the build derives from them (what the browser
//! loads). `data/README.md` documents the format for people.

use super::id::Id;
use super::lang::{gloss, Lang};
pub use super::text::Text;
use serde::{Deserialize, Serialize};

/// Version of the data-file format described in `data/README.md`.
pub const DATA_FORMAT: u32 = 1;

/// A text in Japanese with an optional English gloss.
///
/// In a data file it is written either as a plain string (`name = "部長級"`)
/// or as a table (`name = { ja = "部長級", en = "Director-general level" }`).
/// The Japanese is the document's wording; the English, where present, is the
/// app's gloss and never replaces the Japanese. Where the document prints no
/// name and the app had to give one (a track the document does not name, a
/// stage label), the table says `basis = "app"` and a `note` says why.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Label {
    /// The Japanese text, as the document words it.
    pub ja: String,
    /// An English gloss, written by the app's maintainers.
    pub en: Option<String>,
    /// Whether the Japanese is the document's name (default) or the app's.
    pub basis: Basis,
    /// Why the app named it so, where `basis` is the app's.
    pub note: Option<String>,
}

/// A plain string when it is only the document's Japanese (the format's
/// rule), else the table with the keys that differ from their defaults.
impl Serialize for Label {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        if self.en.is_none() && self.basis == Basis::Document && self.note.is_none() {
            return s.serialize_str(&self.ja);
        }
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("ja", &self.ja)?;
        if let Some(en) = &self.en {
            m.serialize_entry("en", en)?;
        }
        if self.basis != Basis::Document {
            m.serialize_entry("basis", &self.basis)?;
        }
        if let Some(n) = &self.note {
            m.serialize_entry("note", n)?;
        }
        m.end()
    }
}

/// Reads a [`Label`] from a string or a table (the format's rule, see
/// [`Label`]); a visitor, so that a wrong key is named, as for
/// [`super::text::Text`].
struct LabelVisitor;

impl<'de> serde::de::Visitor<'de> for LabelVisitor {
    type Value = Label;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a string, or a table with ja (and en, basis, note)")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Label, E> {
        Ok(Label::ja(v))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Label, A::Error> {
        let mut l = Label::default();
        let mut ja = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "ja" => ja = Some(map.next_value::<String>()?),
                "en" => l.en = map.next_value()?,
                "basis" => l.basis = map.next_value()?,
                "note" => l.note = Some(map.next_value()?),
                other => {
                    return Err(serde::de::Error::unknown_field(
                        other,
                        &["ja", "en", "basis", "note"],
                    ))
                }
            }
        }
        l.ja = ja.ok_or_else(|| serde::de::Error::missing_field("ja"))?;
        Ok(l)
    }
}

impl<'de> Deserialize<'de> for Label {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Label, D::Error> {
        d.deserialize_any(LabelVisitor)
    }
}

impl Label {
    /// A Japanese-only label.
    pub fn ja(s: impl Into<String>) -> Self {
        Label {
            ja: s.into(),
            ..Label::default()
        }
    }

    /// The label as the interface shows it: the Japanese, and in English
    /// the gloss after it in brackets where there is one.
    pub fn glossed(&self, lang: Lang) -> String {
        gloss(&self.ja, self.en.as_deref(), lang)
    }
}

/// Where an item comes from: the source file under `shared/seeds/` and the
/// section of the document, written so a trainer can find it on paper.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// File name of the source document (must be one of the body's documents).
    pub file: String,
    /// Section heading or table name, e.g. `第2 2 (2) 職位等に応じた求められる能力`.
    pub section: String,
}

/// Whether a link between two items is stated by the document or is the
/// app's own reading of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The document itself makes this link (a course placed in a grade's row).
    #[default]
    Document,
    /// The app's maintainers inferred it; the UI must say so.
    App,
}

/// What kind of local government the body is: a prefecture (都道府県), or a
/// municipality (市, 町, 村, or one of Tokyo's special wards, 区).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BodyKind {
    /// 市 (city).
    #[serde(rename = "市")]
    City,
    /// 町 (town).
    #[serde(rename = "町")]
    Town,
    /// 村 (village).
    #[serde(rename = "村")]
    Village,
    /// 区 (Tokyo's special wards).
    #[serde(rename = "区")]
    SpecialWard,
    /// 県 (prefecture; 都, 道 and 府 are read as the same kind).
    #[serde(rename = "県", alias = "都", alias = "道", alias = "府")]
    Prefecture,
}

impl BodyKind {
    /// The Japanese word the UI shows.
    pub fn ja(self) -> &'static str {
        self.label(Lang::Ja)
    }

    /// The word in a language.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            BodyKind::City => lang.pick("市", "city"),
            BodyKind::Town => lang.pick("町", "town"),
            BodyKind::Village => lang.pick("村", "village"),
            BodyKind::SpecialWard => lang.pick("区", "special ward"),
            BodyKind::Prefecture => lang.pick("県", "prefecture"),
        }
    }
}

/// One body's whole data file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodyData {
    /// Data-file format version; must equal [`DATA_FORMAT`].
    pub format: u32,
    /// Who the body is.
    pub body: BodyInfo,
    /// The document(s) this file encodes.
    pub documents: Vec<Document>,
    /// What the body expects of its staff (求められる職員の姿, 行動指針, 目指すべき職員像 …).
    #[serde(default)]
    pub visions: Vec<Vision>,
    /// Job tracks (職種), each with its ordered ladder of grades.
    #[serde(default)]
    pub tracks: Vec<Track>,
    /// Grades (職位・職級), each with its role and can-do statements.
    #[serde(default)]
    pub grades: Vec<Grade>,
    /// Ability groups as the document groups them.
    #[serde(default)]
    pub ability_groups: Vec<AbilityGroup>,
    /// Abilities (求められる能力 / 基本能力).
    #[serde(default)]
    pub abilities: Vec<Ability>,
    /// The grade × ability matrix, where the document publishes one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matrix: Option<Matrix>,
    /// Career paths: ladders over time, stages, tiers, rotation rules.
    #[serde(default)]
    pub career_paths: Vec<CareerPath>,
    /// Courses, subsidies, leave and programmes.
    #[serde(default)]
    pub offerings: Vec<Offering>,
    /// Policy measures (施策 / 取組) that are not themselves offerings.
    #[serde(default)]
    pub measures: Vec<Measure>,
    /// Plan tables with a status per fiscal year (会津若松市).
    #[serde(default)]
    pub plan_tables: Vec<PlanTable>,
    /// Published staff surveys with their average scores.
    #[serde(default)]
    pub surveys: Vec<Survey>,
    /// Published tables of targets (KPI, 活動・成果指標), as printed.
    #[serde(default)]
    pub kpi_tables: Vec<KpiTable>,
    /// Parts the document does not have, or that were lost from its text.
    #[serde(default)]
    pub missing: Vec<Missing>,
}

impl BodyData {
    /// The version a stored assessment records: the data's own version if
    /// it names one, else a fingerprint (FNV-1a) of everything a rating
    /// depends on: the tracks and their ladders, the grades and their
    /// can-do statements, the abilities, what each replaces, and the
    /// matrix's legend, columns and marks, and which abilities each grade
    /// words (grade and ability, for a 標準職務遂行能力 table). A change
    /// there to an unversioned file is noticed; a corrected description is
    /// not, as it moves no rating. Computed from the fields, not from a
    /// serialized form, so the app carries no serializer for the model.
    ///
    /// The words of a grade's statements are left out, on purpose. A
    /// corrected sentence moves no rating id, and though new words can
    /// change whether two grades ask for an ability once or once per grade
    /// ([`crate::core::assess::Asking`]), the stored answers read right
    /// either way with nothing carried over: asked once, the answer is the
    /// one given against the current grade, else the next; asked per
    /// grade, each side keeps its own. A body with no worded abilities
    /// (the five shipped ones) keeps the fingerprint it had before they
    /// existed.
    pub fn version_tag(&self) -> String {
        if let Some(v) = &self.body.version {
            return v.clone();
        }
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut add = |s: &str| {
            // Each part ends with a byte no text holds, so parts cannot run together.
            for b in s.bytes().chain([0xff]) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        };
        for t in &self.tracks {
            add("track");
            add(t.id.as_str());
            t.ladder.iter().for_each(|g| add(g.as_str()));
            for b in &t.branches {
                add("branch");
                add(b.from.as_str());
                add(b.to.as_str());
            }
            t.ends.iter().for_each(|g| add(g.as_str()));
        }
        for g in &self.grades {
            add("grade");
            add(g.id.as_str());
            for c in &g.can_do {
                add("can-do");
                add(c.id.as_str());
                c.replaces.iter().for_each(|r| add(r.as_str()));
            }
            for w in &g.abilities {
                add("worded");
                add(w.ability.as_str());
            }
        }
        for a in &self.abilities {
            add("ability");
            add(a.id.as_str());
            a.replaces.iter().for_each(|r| add(r.as_str()));
        }
        if let Some(m) = &self.matrix {
            for l in &m.legend {
                add("legend");
                add(&l.symbol);
                add(match l.requirement {
                    Requirement::Acquire => "acquire",
                    Requirement::Established => "established",
                    Requirement::Future => "future",
                    Requirement::NotRequired => "not-required",
                });
            }
            add("columns");
            m.columns.iter().for_each(|c| add(c.as_str()));
            for r in &m.rows {
                add("row");
                add(r.grade.as_str());
                r.marks.iter().for_each(|k| add(k));
            }
        }
        format!("#{h:016x}")
    }

    /// Every rateable item's id (abilities and can-do statements), with the
    /// ids it replaces.
    pub fn rateable(&self) -> impl Iterator<Item = (&Id, &[Id])> {
        self.abilities
            .iter()
            .map(|a| (&a.id, a.replaces.as_slice()))
            .chain(
                self.grades
                    .iter()
                    .flat_map(|g| g.can_do.iter().map(|c| (&c.id, c.replaces.as_slice()))),
            )
    }

    /// A grade by id.
    pub fn grade(&self, id: &Id) -> Option<&Grade> {
        self.grades.iter().find(|g| &g.id == id)
    }

    /// A grade's name as the interface shows it (with its English gloss in
    /// English), or the id if the body has no such grade.
    pub fn grade_name(&self, id: &Id, lang: Lang) -> String {
        self.grade(id)
            .map_or_else(|| id.to_string(), |g| g.name.glossed(lang))
    }

    /// What a person calls a track, grade, ability or can-do statement of
    /// this body, by its id: for naming what a revision carried over or
    /// dropped. `None` for an id the body does not have.
    pub fn name_of(&self, id: &Id, lang: Lang) -> Option<String> {
        if let Some(a) = self.abilities.iter().find(|a| &a.id == id) {
            return Some(a.name.glossed(lang));
        }
        if let Some(c) = self
            .grades
            .iter()
            .flat_map(|g| &g.can_do)
            .find(|c| &c.id == id)
        {
            return Some(c.text.clone());
        }
        if let Some(g) = self.grade(id) {
            return Some(g.name.glossed(lang));
        }
        self.tracks
            .iter()
            .find(|t| &t.id == id)
            .map(|t| t.name.glossed(lang))
    }

    /// The title of a source file's document, for citing it to a person:
    /// the file name belongs to the text extraction and means nothing to them.
    pub fn document_title(&self, file: &str) -> Option<&str> {
        self.documents
            .iter()
            .find(|d| d.file == file)
            .map(|d| d.title.as_str())
    }

    /// `title section`, as a trainer would cite it (`郡山市職員人材育成・確保基本方針
    /// 3 (3) ②`); the section alone if the file is not one of the body's.
    pub fn cite(&self, s: &Source) -> String {
        match self.document_title(&s.file) {
            Some(t) => format!("{t} {}", s.section),
            None => s.section.clone(),
        }
    }
}

/// A body's data equals itself: its only floating-point figures (survey
/// averages and targets) come from JSON or TOML, which cannot express NaN.
/// Being `Eq` lets `Rc<BodyData>` compare by pointer first, so a view whose
/// props hold the same loaded body does not compare every field of it on
/// each re-render (that is what a rating change re-renders).
impl Eq for BodyData {}

/// Who the body is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodyInfo {
    /// Stable id; also the data file's stem and the URL segment.
    pub id: Id,
    /// Name in Japanese, with an English gloss.
    pub name: Label,
    /// 市 or 県.
    pub kind: BodyKind,
    /// The prefecture it is in (for a prefecture, itself), to group 1,788 bodies in a list.
    pub prefecture: String,
    /// The version of this data (e.g. `令和8年4月 一部改正`), as its
    /// maintainers name it. A stored assessment records the version it rated
    /// (or, where none is given, a fingerprint of the data), so a revision is
    /// noticed and the ratings are carried over (see [`Ability::replaces`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// A source document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// File name under `shared/seeds/`.
    pub file: String,
    /// Title as printed.
    pub title: String,
    /// Who issued it, as printed (e.g. 青森市総務部人事課), if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Date of adoption as printed (e.g. 令和7年2月 策定), if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Revisions as printed (e.g. 令和8年4月 一部改正).
    #[serde(default)]
    pub revisions: Vec<String>,
    /// Period of validity as printed, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// The document's number as printed (e.g. 平成28年訓令第3号), for a
    /// regulation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// A note on the document, shown with its title: the app's (a title the
    /// extracted text does not print, say), or one restating what the
    /// document prints (its 施行日), as `note_basis` says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Whether `note` restates the document (`document`) or is the app's
    /// reading (`app`, the default: every older file's notes are the app's).
    #[serde(default = "app_basis", skip_serializing_if = "is_app")]
    pub note_basis: Basis,
}

/// A named text with an optional explanation: a 行動指針 item, a value, a rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// The name or heading, if the document gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The text.
    pub text: String,
}

/// What the body expects of its staff, in the document's own term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vision {
    /// Stable id.
    pub id: Id,
    /// The document's term for it, e.g. 求められる職員の姿, 行動指針, 目指すべき職員像.
    pub heading: String,
    /// The statement itself, if the document states it in sentences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    /// Its parts (five 行動指針, …).
    #[serde(default)]
    pub points: Vec<Point>,
    /// Where it is stated.
    pub source: Source,
}

/// A job track (職種 or 任用形態) with its ladder of grades.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    /// Stable id.
    pub id: Id,
    /// Name, e.g. 事務・技術, 保育士, 技能労務, 再任用, 会計年度任用.
    pub name: Label,
    /// The main ladder, lowest grade first; "next grade" is the following entry.
    pub ladder: Vec<Id>,
    /// Other moves the document shows (スタッフ職, 理事/参事 beside 部長/次長, DX tiers).
    #[serde(default)]
    pub branches: Vec<Branch>,
    /// Grades where this track ends although they are not the ladder's top
    /// (a branch that leads nowhere further). The ladder's last grade is always an end.
    #[serde(default)]
    pub ends: Vec<Id>,
    /// A note on the track (who it covers): the document's words, or the
    /// app's, marked so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Where the track and its order are stated.
    pub source: Source,
    /// Whether the ladder order is the document's or the app's reading
    /// (e.g. a table listed top-down, read as a promotion order).
    #[serde(default)]
    pub basis: Basis,
}

/// A move from one grade to another beside the main ladder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    /// From this grade …
    pub from: Id,
    /// … to this one.
    pub to: Id,
    /// Why or when: the document's words, or the app's, marked so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Whether the document draws this move or the app reads it.
    #[serde(default)]
    pub basis: Basis,
}

/// A grade (職位・職級), or a row of grades the document treats as one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grade {
    /// Stable id.
    pub id: Id,
    /// Name as the document labels it (a matrix row label may name several posts).
    pub name: Label,
    /// Salary levels, if given (e.g. `5・4・3級`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// The posts this grade covers (部長, 理事 …), where the document lists several.
    #[serde(default)]
    pub posts: Vec<String>,
    /// The expected role(s), as worded.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Can-do statements (浜松市's 人材育成マップ), each rateable.
    #[serde(default)]
    pub can_do: Vec<CanDo>,
    /// The abilities this grade asks for, each worded for this grade (a
    /// 標準職務遂行能力 規程's 別表: 標準的な職 × 能力 → sentences). The
    /// same ability worded again at another grade is the same rateable
    /// item, asked there in that grade's words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub abilities: Vec<Worded>,
    /// Whether recruits start at this grade, so that someone can rate
    /// against it before entering service (入庁前 baseline): true only for
    /// the first grade of an entry track.
    #[serde(default)]
    pub entry: bool,
    /// Whether `entry` is printed or the app's reading. None of the five
    /// documents prints the grade recruits start at, so theirs say "app".
    #[serde(default)]
    pub entry_basis: Basis,
    /// Skills the document lists for this grade (DX tiers).
    #[serde(default)]
    pub skills: Vec<Text>,
    /// Development methods (育成手法) the document lists for this grade.
    #[serde(default)]
    pub methods: Vec<Text>,
    /// Where the grade and its role are stated.
    pub source: Source,
}

/// A role statement for a grade or for one post within it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The post this role belongs to, if the grade has several (◆部長, ◆理事 …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<String>,
    /// The one-line summary (部の統括責任者, 行政サービス活動の遂行者 …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
    /// The duties, one sentence each, as worded.
    #[serde(default)]
    pub duties: Vec<Text>,
    /// Whether the document gives this role to this grade, or the app reads
    /// it so (a role stated for a post, attached to the grade that holds it).
    #[serde(default)]
    pub basis: Basis,
    /// A caveat every reader must see with the role (a cell printed across
    /// two rows, a role read off a figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One can-do statement (〜することができる), rateable like an ability.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CanDo {
    /// Stable id, unique among all rateable items of the body.
    pub id: Id,
    /// The statement as worded.
    pub text: String,
    /// Ids of statements in an earlier version of this data that this one
    /// replaces: ratings of those carry over to this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaces: Vec<Id>,
    /// Where this statement is printed, where it is not where its grade is
    /// (a statement list printed apart from the grade's role).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// One ability as one grade words it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Worded {
    /// The ability (one of [`BodyData::abilities`]).
    pub ability: Id,
    /// The sentences the grade's cell prints, in printed order.
    pub statements: Vec<Statement>,
}

/// One sentence as printed, with where it is printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// The sentence as worded.
    pub text: String,
    /// Where it is printed (the regulation and its 別表).
    pub source: Source,
}

/// An ability group (業務遂行能力 / 意欲・態度 …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AbilityGroup {
    /// Stable id.
    pub id: Id,
    /// Name as the document words it.
    pub name: Label,
    /// Where the group is stated.
    pub source: Source,
}

/// An ability the body requires of its staff.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ability {
    /// Stable id, unique among all rateable items of the body.
    pub id: Id,
    /// Its number as printed (①), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Name as the document words it.
    pub name: Label,
    /// Its group, if the document groups abilities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Id>,
    /// Descriptions as worded (one per line the document gives).
    #[serde(default)]
    pub description: Vec<String>,
    /// Keywords as printed.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Ids of abilities in an earlier version of this data that this one
    /// replaces (renamed, merged): ratings of those carry over to this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaces: Vec<Id>,
    /// Where it is stated.
    pub source: Source,
}

/// What a mark in the matrix asks of someone at that grade. This class is the
/// app's reading of the legend's wording; [`crate::core::target`] turns it into
/// a self-rating target in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// The grade must acquire this ability (郡山市 ◎ 身に付けるべき; 青森市 ○).
    Acquire,
    /// The grade should already have it (郡山市 ○ 既に身に付いているべき).
    Established,
    /// Desirable for the future, not yet required (郡山市 - 将来的に望まれる).
    Future,
    /// Not required at this grade (青森市 -).
    NotRequired,
}

/// One symbol of the body's legend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegendEntry {
    /// The symbol as printed (○, ◎, -).
    pub symbol: String,
    /// Its meaning as the document words it; absent where the document gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meaning: Option<String>,
    /// The app's reading of what the symbol requires.
    pub requirement: Requirement,
    /// The app's note on the symbol, shown with the legend (a symbol lost
    /// in extraction and read by the app, say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A footnote of the matrix (青森市 ※1–※4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Footnote {
    /// The marker as printed (※1).
    pub marker: String,
    /// The footnote's text as printed.
    pub text: String,
    /// Cells it is attached to.
    #[serde(default)]
    pub cells: Vec<CellRef>,
    /// Whole rows (grades) it is attached to.
    #[serde(default)]
    pub rows: Vec<Id>,
    /// For the attached cells: the ability reads as this name there
    /// (青森市 ※1: 知識・技術・識見 reads 知識・技能 for 技能労務).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reads_as: Option<String>,
}

/// A cell of the matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CellRef {
    /// Row.
    pub grade: Id,
    /// Column.
    pub ability: Id,
}

/// The grade × ability table exactly as published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Matrix {
    /// Title of the table as printed.
    pub title: String,
    /// The legend.
    pub legend: Vec<LegendEntry>,
    /// Column order as printed (ability ids).
    pub columns: Vec<Id>,
    /// Column headings as printed, where they differ from the abilities'
    /// names (郡山市 prints ② 説明・調整 over ②説明及び調整). Empty: use the names.
    #[serde(default)]
    pub column_labels: Vec<String>,
    /// Rows in printed order.
    pub rows: Vec<MatrixRow>,
    /// Footnotes.
    #[serde(default)]
    pub footnotes: Vec<Footnote>,
    /// Heading of the per-row keyword column, if printed (意識すべき能力、スキル等).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus_heading: Option<String>,
    /// Where it is printed.
    pub source: Source,
}

/// A row of the matrix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixRow {
    /// The grade this row is.
    pub grade: Id,
    /// The row label as printed.
    pub label: String,
    /// One symbol per column, in column order.
    pub marks: Vec<String>,
    /// The row's entries in the keyword column, if the table has one.
    #[serde(default)]
    pub focus: Vec<String>,
    /// The app's note on the row, shown with it (a row that contradicts
    /// itself, say). Required where `uncertain` names columns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Columns (ability ids) whose target at this row is uncertain: the
    /// mark is shown as printed, and the target is flagged wherever it is used.
    #[serde(default)]
    pub uncertain: Vec<Id>,
}

/// A range of years since entry (1 = the first year of service).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearRange {
    /// First year, inclusive.
    pub from: u32,
    /// Last year, inclusive; open-ended if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<u32>,
}

impl YearRange {
    /// Whether year-of-service `y` falls inside.
    pub fn contains(&self, y: u32) -> bool {
        y >= self.from && self.to.is_none_or(|t| y <= t)
    }
}

/// What kind of stage a career-path stage is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageKind {
    /// Defined by years of service (基礎習得段階 前期5年, 集中育成期間 1–5年目).
    Years,
    /// Defined by age (能力育成期間 ~20代).
    Age,
    /// A tier of a specialist path (DX活用人材 → DX推進人材 → DX統括人材).
    Tier,
    /// Any other phase the document names.
    Phase,
}

/// A career path: stages over time, tiers, placement and rotation rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CareerPath {
    /// Stable id.
    pub id: Id,
    /// Name as printed (事務職採用職員のキャリアパス（例）).
    pub name: String,
    /// The track it describes, if one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track: Option<Id>,
    /// Its stages, in order.
    #[serde(default)]
    pub stages: Vec<Stage>,
    /// Rules that apply to the whole path (3–4 year rotation …).
    #[serde(default)]
    pub rules: Vec<Text>,
    /// Where it is stated.
    pub source: Source,
}

/// One stage of a career path.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// Stable id.
    pub id: Id,
    /// Name as printed (or, marked so, as the app names it).
    pub name: Label,
    /// What axis defines it.
    pub kind: StageKind,
    /// Years of service it spans, where stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<YearRange>,
    /// Age band as printed (３０～４０代), where stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ages: Option<String>,
    /// Grades it covers.
    #[serde(default)]
    pub grades: Vec<Id>,
    /// Whether the stage ↔ grade link is the document's or the app's reading.
    #[serde(default)]
    pub grades_basis: Basis,
    /// What the stage is for, as worded.
    #[serde(default)]
    pub description: Vec<Text>,
    /// Placement and rotation rules for this stage, as worded.
    #[serde(default)]
    pub rules: Vec<Text>,
    /// Skills required at this stage (DX tiers).
    #[serde(default)]
    pub skills: Vec<Text>,
    /// Development methods (育成手法).
    #[serde(default)]
    pub methods: Vec<Text>,
}

/// What kind of offering it is. The Japanese labels live in [`OfferingKind::ja`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfferingKind {
    /// 階層別研修.
    GradeTraining,
    /// 専門研修 (incl. 部局研修, 各課主催研修).
    SpecialistTraining,
    /// 課題対応研修.
    IssueTraining,
    /// e-learning.
    Elearning,
    /// 通信教育・放送大学.
    Correspondence,
    /// 派遣研修・人事交流.
    Secondment,
    /// 職場研修 (OJT) and its supports.
    Ojt,
    /// 自主研修 (政策講演会, 夜間セミナー …).
    SelfStudy,
    /// 資格取得助成.
    QualificationSubsidy,
    /// 大学等修学助成.
    UniversitySubsidy,
    /// 難関資格合格者等支援.
    HardQualificationSupport,
    /// 専門学校等受講助成.
    VocationalSchoolSubsidy,
    /// 業務上必置資格の経費負担.
    RequiredQualificationCost,
    /// 修学部分休業.
    PartialStudyLeave,
    /// 自己啓発休業.
    SelfDevelopmentLeave,
    /// 庁内公募.
    InternalRecruitment,
    /// 庁内副業.
    InternalSideJob,
    /// 1on1 / メンター / トレーナー.
    Mentoring,
    /// 学びの時間 (職専免).
    LearningTime,
    /// 自主研修グループ・自主研修活動への支援.
    StudyGroup,
    /// 自己申告制度 and similar career-dialogue programmes.
    CareerDialogue,
    /// Anything else the document names as a support.
    Other,
}

/// The broad families the UI filters by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum OfferingFamily {
    /// Courses of any kind.
    Course,
    /// Money towards study or qualifications.
    Subsidy,
    /// Leave for study.
    Leave,
    /// Programmes: postings, mentoring, time to learn.
    Programme,
}

impl OfferingKind {
    /// Every kind, in the order the UI lists them.
    pub const ALL: [OfferingKind; 22] = [
        OfferingKind::GradeTraining,
        OfferingKind::SpecialistTraining,
        OfferingKind::IssueTraining,
        OfferingKind::Elearning,
        OfferingKind::Correspondence,
        OfferingKind::Secondment,
        OfferingKind::Ojt,
        OfferingKind::SelfStudy,
        OfferingKind::QualificationSubsidy,
        OfferingKind::UniversitySubsidy,
        OfferingKind::HardQualificationSupport,
        OfferingKind::VocationalSchoolSubsidy,
        OfferingKind::RequiredQualificationCost,
        OfferingKind::PartialStudyLeave,
        OfferingKind::SelfDevelopmentLeave,
        OfferingKind::InternalRecruitment,
        OfferingKind::InternalSideJob,
        OfferingKind::Mentoring,
        OfferingKind::LearningTime,
        OfferingKind::StudyGroup,
        OfferingKind::CareerDialogue,
        OfferingKind::Other,
    ];

    /// The Japanese name of the kind.
    pub fn ja(self) -> &'static str {
        self.label(Lang::Ja)
    }

    /// The name of the kind in a language.
    pub fn label(self, lang: Lang) -> &'static str {
        use OfferingKind::*;
        let (ja, en) = match self {
            GradeTraining => ("階層別研修", "Training by grade"),
            SpecialistTraining => ("専門研修", "Specialist training"),
            IssueTraining => ("課題対応研修", "Training on current issues"),
            Elearning => ("eラーニング", "E-learning"),
            Correspondence => (
                "通信教育・放送大学",
                "Correspondence courses / Open University",
            ),
            Secondment => ("派遣研修", "Secondment training"),
            Ojt => ("職場研修（OJT）", "On-the-job training (OJT)"),
            SelfStudy => ("自主研修", "Self-directed study"),
            QualificationSubsidy => ("資格取得助成", "Qualification subsidy"),
            UniversitySubsidy => ("大学等修学助成", "University study subsidy"),
            HardQualificationSupport => (
                "難関資格合格者等支援",
                "Support for passing demanding qualifications",
            ),
            VocationalSchoolSubsidy => ("専門学校等受講助成", "Vocational school subsidy"),
            RequiredQualificationCost => (
                "業務上必置資格の経費負担",
                "Costs of qualifications the job requires",
            ),
            PartialStudyLeave => ("修学部分休業", "Part-time leave for study"),
            SelfDevelopmentLeave => ("自己啓発休業", "Self-development leave"),
            InternalRecruitment => ("庁内公募", "Internal job postings"),
            InternalSideJob => ("庁内副業", "Internal side projects"),
            Mentoring => ("1on1・メンター", "1on1 meetings / mentoring"),
            LearningTime => ("学びの時間", "Time for learning"),
            StudyGroup => ("自主研修グループ", "Voluntary study groups"),
            CareerDialogue => (
                "自己申告・キャリア相談",
                "Self-report / career consultation",
            ),
            Other => ("その他の支援", "Other support"),
        };
        lang.pick(ja, en)
    }

    /// The family the kind belongs to.
    pub fn family(self) -> OfferingFamily {
        use OfferingKind::*;
        match self {
            GradeTraining | SpecialistTraining | IssueTraining | Elearning | Correspondence
            | Secondment | Ojt | SelfStudy => OfferingFamily::Course,
            QualificationSubsidy
            | UniversitySubsidy
            | HardQualificationSupport
            | VocationalSchoolSubsidy
            | RequiredQualificationCost => OfferingFamily::Subsidy,
            PartialStudyLeave | SelfDevelopmentLeave => OfferingFamily::Leave,
            InternalRecruitment | InternalSideJob | Mentoring | LearningTime | StudyGroup
            | CareerDialogue | Other => OfferingFamily::Programme,
        }
    }
}

/// Who an offering is aimed at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Targets {
    /// Grades it is for (empty: not tied to a grade).
    #[serde(default)]
    pub grades: Vec<Id>,
    /// Years of service it is for, where stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<YearRange>,
    /// Tracks it is for (empty: all).
    #[serde(default)]
    pub tracks: Vec<Id>,
    /// Career-path stages it belongs to (stage ids).
    #[serde(default)]
    pub stages: Vec<Id>,
    /// Who it is for, as worded (対象：副主幹・副技監).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Whether these targets are the document's or the app's reading.
    #[serde(default)]
    pub basis: Basis,
}

/// A link from an offering to a rateable item (ability or can-do) it trains.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrainsLink {
    /// The ability or can-do id.
    pub item: Id,
    /// Whether the document states it or the app reads it.
    pub basis: Basis,
}

/// A course, subsidy, leave or programme the body offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offering {
    /// Stable id.
    pub id: Id,
    /// What kind it is.
    pub kind: OfferingKind,
    /// Whether the document files it under this kind (a 階層別研修 heading)
    /// or the app classifies it.
    #[serde(default)]
    pub kind_basis: Basis,
    /// Name as printed.
    pub name: Label,
    /// Content or aim as worded (接遇、公務員倫理 等).
    #[serde(default)]
    pub description: Vec<Text>,
    /// Who runs it (自治研修所, ふくしま自治研修センター), if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Who it is for.
    #[serde(default)]
    pub targets: Targets,
    /// What it trains.
    #[serde(default)]
    pub trains: Vec<TrainsLink>,
    /// Conditions of use (who may apply, what it requires), as worded.
    /// Targets the body sets itself belong in [`BodyData::kpi_tables`].
    #[serde(default)]
    pub conditions: Vec<Text>,
    /// Status as worded (NEW, 拡充, 検討, R5 制度化 …), if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Text>,
    /// Where it is named. Required: an offering without a source is rejected.
    pub source: Option<Source>,
}

/// A policy measure or 取組 that is context rather than something to sign up for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Stable id.
    pub id: Id,
    /// Its number as printed (①, 1), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Name as printed (or, marked so, as the app names it).
    pub name: Label,
    /// Its 方針 or aim, as worded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aim: Option<Text>,
    /// Its items, as worded.
    #[serde(default)]
    pub items: Vec<Text>,
    /// The heading it sits under (人材育成, 職場環境 …), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// Where it is stated.
    pub source: Source,
}

/// A plan table with a status per fiscal year (会津若松市's 取組内容).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanTable {
    /// Stable id.
    pub id: Id,
    /// Title as printed (【人事管理】).
    pub title: String,
    /// Fiscal-year column headings as printed (R5 … R9).
    pub years: Vec<String>,
    /// The rows.
    pub items: Vec<PlanRow>,
    /// Where it is printed.
    pub source: Source,
}

/// A row of a published plan table (not an item of a person's own plan,
/// which is [`crate::core::plan::PlanItem`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanRow {
    /// Stable id.
    pub id: Id,
    /// 中項目.
    pub middle: String,
    /// 小項目.
    pub small: String,
    /// 具体的な取組.
    pub action: String,
    /// 区分 (継続 / 新規).
    pub category: String,
    /// One status per year column, as printed (実施, ⇒, 検討, 研究, 活用).
    pub schedule: Vec<String>,
    /// The app's note on the row, shown with it (a cell lost in extraction
    /// and how the app read the row).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A published staff survey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Survey {
    /// Stable id.
    pub id: Id,
    /// Name as printed.
    pub name: String,
    /// When it was held, as printed (令和6年5月24日～令和6年6月28日).
    pub held: Text,
    /// Fiscal year of the survey as printed (令和6年度), where printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<Text>,
    /// Who was asked and how many answered, and how, as printed.
    #[serde(default)]
    pub respondents: Vec<Text>,
    /// The answer scale.
    pub scale: SurveyScale,
    /// The overall average, where published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overall: Option<f64>,
    /// Target for the overall average, where published (KPI).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overall_target: Option<f64>,
    /// Groups of items with their averages.
    #[serde(default)]
    pub groups: Vec<SurveyGroup>,
    /// Items, in printed order.
    pub items: Vec<SurveyItem>,
    /// How to read the scores, as worded (3.8を超えると高く …).
    #[serde(default)]
    pub notes: Vec<Text>,
    /// Where it is printed.
    pub source: Source,
}

/// The answer scale of a published survey (not the self-rating scale,
/// which is [`crate::core::scale`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyScale {
    /// Lowest point.
    pub min: u32,
    /// Highest point.
    pub max: u32,
    /// Wording of each point, lowest first, where the document gives it.
    #[serde(default)]
    pub labels: Vec<String>,
    /// Whether the document prints the scale, or the app reads it off the
    /// figures (a 5-point scale under averages such as 3.25).
    #[serde(default)]
    pub basis: Basis,
    /// What the app read the scale from, where `basis` is the app's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A group of survey items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyGroup {
    /// Stable id.
    pub id: Id,
    /// Name as printed.
    pub name: String,
    /// Parent group, for nested groups (1 人材育成 > (1) 研修).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Id>,
    /// Published average.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub average: Option<f64>,
    /// Published target (KPI), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// Number of questions, if printed but the items are not all listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question_count: Option<u32>,
}

/// One survey item with its published average.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyItem {
    /// Stable id.
    pub id: Id,
    /// Number as printed (Q1), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The question as printed (it may be abbreviated in the document: 略).
    pub text: String,
    /// Its group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Id>,
    /// Whether the document puts the item in that group or the app reads it so.
    #[serde(default)]
    pub group_basis: Basis,
    /// Published average on the survey's scale.
    pub average: f64,
}

/// A published table of targets: 郡山市's 活動・成果指標 (2 (8)), each row
/// an indicator with its current value and its target, as printed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KpiTable {
    /// Stable id.
    pub id: Id,
    /// Title as printed.
    pub title: String,
    /// Heading of the current-value column as printed (現状（2024年度）).
    pub baseline_heading: String,
    /// Heading of the target column as printed (2029年度).
    pub target_heading: String,
    /// The rows, in printed order.
    pub rows: Vec<KpiRow>,
    /// Where it is printed.
    pub source: Source,
}

/// One indicator of a [`KpiTable`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KpiRow {
    /// Stable id.
    pub id: Id,
    /// The outcome it serves, as printed (中間アウトカム: 人材育成).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// Its area, as printed (自己啓発).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// The indicator, as printed.
    pub indicator: String,
    /// The current value, as printed.
    pub baseline: String,
    /// The target, as printed.
    pub target: String,
    /// Offerings this indicator measures. The document puts indicators and
    /// offerings in different sections, so the link is the app's reading
    /// unless `offerings_basis` says otherwise.
    #[serde(default)]
    pub offerings: Vec<Id>,
    /// Whether the offering links are the document's or the app's.
    #[serde(default = "app_basis")]
    pub offerings_basis: Basis,
}

fn app_basis() -> Basis {
    Basis::App
}

fn is_app(b: &Basis) -> bool {
    *b == Basis::App
}

/// Which part of the model a document lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// The grade × ability matrix.
    Matrix,
    /// Abilities.
    Abilities,
    /// Can-do statements.
    CanDo,
    /// Role texts per grade.
    Roles,
    /// A career path.
    CareerPath,
    /// A published staff survey.
    Survey,
    /// Targets or KPIs (数値目標).
    Kpi,
    /// A course list per grade (研修体系).
    Courses,
    /// The staff vision or its parts.
    Vision,
    /// An appendix or figure referred to but not in the text.
    Appendix,
    /// Anything else.
    Other,
}

/// A part the document does not have, or that was lost from its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Missing {
    /// Which part.
    pub part: Part,
    /// What is missing and what the app offers instead, in plain Japanese.
    pub note: String,
    /// Where the document refers to it, if it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_offering_kind_has_a_distinct_english_name_and_keeps_its_japanese_one() {
        let mut en: Vec<&str> = OfferingKind::ALL
            .iter()
            .map(|k| k.label(Lang::En))
            .collect();
        assert!(en.iter().all(|e| e.is_ascii() && !e.is_empty()), "{en:?}");
        en.sort();
        en.dedup();
        assert_eq!(en.len(), OfferingKind::ALL.len());
        assert_eq!(OfferingKind::GradeTraining.ja(), "階層別研修");
        assert_eq!(OfferingKind::Ojt.label(Lang::Ja), "職場研修（OJT）");
        assert_eq!(OfferingKind::Elearning.label(Lang::En), "E-learning");
    }

    #[test]
    fn a_label_shows_its_english_gloss_in_brackets_only_in_english() {
        let l = Label {
            ja: "郡山市".into(),
            en: Some("Koriyama City".into()),
            ..Label::default()
        };
        assert_eq!(l.glossed(Lang::En), "郡山市 (Koriyama City)");
        assert_eq!(l.glossed(Lang::Ja), "郡山市");
        assert_eq!(Label::ja("部長級").glossed(Lang::En), "部長級");
        assert_eq!(BodyKind::Prefecture.label(Lang::En), "prefecture");
        assert_eq!(BodyKind::City.ja(), "市");
    }
}
