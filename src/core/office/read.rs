//! Reading files handed in to the HR office: each one is read or refused
//! with a reason, and a refused file never stops the others.
//!
//! [`parse`] reads one file's bytes on their own (size, compression, text,
//! JSON, shape, ranges, markup). An [`Intake`] then takes the files for one
//! body: another body's file, a version of the data that cannot be mapped
//! to the loaded one, and a duplicate (the same identifier and date) are
//! refused there. What it keeps of an accepted file is a [`Record`]: no
//! identifier and no note text.

use super::file::{
    markup, SideRatings, Submission, MAX_STAFF_ID, SUBMISSION_KIND, SUBMISSION_VERSION,
};
use crate::core::assess::{Assessment, Entry, Position, Selection, Side};
use crate::core::dates::fiscal_year;
use crate::core::id::Id;
use crate::core::json;
use crate::core::lang::Lang;
use crate::core::model::BodyData;
use crate::core::scale::Level;
use crate::core::store::{place_in_words, reconcile, size_label, Orphan};
use chrono::NaiveDate;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// Largest file read, in bytes. A real file is a few kilobytes; anything
/// larger is refused before it is read as text.
pub const MAX_FILE_BYTES: usize = 256 * 1024;

/// Why a file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Larger than [`MAX_FILE_BYTES`] (its size in bytes).
    TooLarge(usize),
    /// A compressed archive (zip, gzip): never unpacked.
    Compressed,
    /// Not text (an image, a workbook, bytes that are not UTF-8).
    NotText,
    /// Text, but not JSON (a CSV, a damaged or cut-off file).
    Damaged,
    /// JSON, but not a submission (an export of the app, another program's file).
    NotSubmission,
    /// A submission of a newer shape than this app reads.
    NewerVersion(u32),
    /// A field of the wrong type or a missing field (its place, `ratings.current.rinri`).
    Shape(String),
    /// A rating outside the scale (its place).
    OutOfRange(String),
    /// Markup or a script in a text field (its place).
    Markup(String),
    /// Another body's file (that body's id and name as the file gives it).
    OtherBody { body: Id, name: String },
    /// Made against another version of the data whose track, grades or
    /// items the loaded version does not have.
    Unmappable { from: String, to: String },
    /// The same identifier and date as a file read before (that file's name).
    Duplicate { first: String },
}

impl Refusal {
    /// The reason in a sentence, Japanese or English.
    pub fn message(&self, lang: Lang) -> String {
        let ja = lang == Lang::Ja;
        let place = |at: &str| place_in_words(at, lang);
        match self {
            Refusal::TooLarge(n) => match lang {
                Lang::Ja => format!(
                    "ファイルが大きすぎます（{}）。提出用ファイルは {} KB までです。",
                    size_label(*n as u64, lang),
                    MAX_FILE_BYTES / 1024
                ),
                Lang::En => format!(
                    "The file is too large ({}). A submission is at most {} KB.",
                    size_label(*n as u64, lang),
                    MAX_FILE_BYTES / 1024
                ),
            },
            Refusal::Compressed => lang
                .pick(
                    "圧縮ファイル（zip など）です。展開せずに読み飛ばしました。中の提出用ファイルを取り出して選んでください。",
                    "A compressed archive (zip or similar): it was not unpacked. Take the submissions out of it and choose them.",
                )
                .into(),
            Refusal::NotText => lang
                .pick(
                    "文字のファイルではありません（画像、Excel ブックなど）。",
                    "Not a text file (an image, a workbook or similar).",
                )
                .into(),
            Refusal::Damaged => lang
                .pick(
                    "ファイルが壊れているか途中で切れていて、読み込めませんでした。",
                    "The file is damaged or cut off, and could not be read.",
                )
                .into(),
            Refusal::NotSubmission => lang
                .pick(
                    "提出用ファイルではありません（アプリの書き出しファイルや別のソフトのファイルなど）。",
                    "Not a submission (an export of the app, or another program's file).",
                )
                .into(),
            Refusal::NewerVersion(v) => match lang {
                Lang::Ja => format!("このアプリより新しい形式（{v}）の提出用ファイルです。アプリを新しくしてから読み込んでください。"),
                Lang::En => format!("A submission of a newer format ({v}) than this app reads. Update the app and read it again."),
            },
            Refusal::Shape(at) if at.is_empty() => lang
                .pick(
                    "提出用ファイルの形が想定と異なり、読み込めませんでした。",
                    "The submission is not as expected, so it could not be read.",
                )
                .into(),
            Refusal::Shape(at) if ja => {
                format!("提出用ファイルの一部（{}）が想定と異なり、読み込めませんでした。", place(at))
            }
            Refusal::Shape(at) => format!(
                "Part of the submission ({}) is not as expected, so it could not be read.",
                place(at)
            ),
            Refusal::OutOfRange(at) if ja => format!(
                "評価の段階が 1〜4 の範囲にありません（{}）。",
                place(at)
            ),
            Refusal::OutOfRange(at) => format!(
                "A rating is outside the scale of 1 to 4 ({}).",
                place(at)
            ),
            Refusal::Markup(at) if ja => format!(
                "文章の欄にタグやスクリプト、制御文字が含まれています（{}）。安全のため読み込みません。",
                place(at)
            ),
            Refusal::Markup(at) => format!(
                "A text field holds markup, a script or control characters ({}); for safety it is not read.",
                place(at)
            ),
            Refusal::OtherBody { body, name } if ja => {
                format!("別の団体（{name}、{body}）のファイルです。")
            }
            Refusal::OtherBody { body, name } => {
                format!("A file of another body ({name}, {body}).")
            }
            Refusal::Unmappable { from, to } if ja => format!(
                "別の版のデータ（{from}）で作られていて、今のデータ（{to}）の職種・職位・項目に対応づけられません。"
            ),
            Refusal::Unmappable { from, to } => format!(
                "Made against another version of the data ({from}), whose track, grades or items cannot be matched to the loaded one ({to})."
            ),
            Refusal::Duplicate { first } if ja => {
                format!("「{first}」と同じ職員番号・同じ作成日のファイルです（重複）。")
            }
            Refusal::Duplicate { first } => format!(
                "The same staff number and date as \u{201c}{first}\u{201d} (a duplicate)."
            ),
        }
    }

    /// A stable ASCII name of the kind of reason (`damaged`, `other-body` …),
    /// for the page's `data-reason` and for tests: `too-large`, `compressed`,
    /// `not-text`, `damaged`, `not-submission`, `newer-version`, `shape`,
    /// `out-of-range`, `markup`, `other-body`, `unmappable`, `duplicate`.
    pub fn slug(&self) -> &'static str {
        match self {
            Refusal::TooLarge(_) => "too-large",
            Refusal::Compressed => "compressed",
            Refusal::NotText => "not-text",
            Refusal::Damaged => "damaged",
            Refusal::NotSubmission => "not-submission",
            Refusal::NewerVersion(_) => "newer-version",
            Refusal::Shape(_) => "shape",
            Refusal::OutOfRange(_) => "out-of-range",
            Refusal::Markup(_) => "markup",
            Refusal::OtherBody { .. } => "other-body",
            Refusal::Unmappable { .. } => "unmappable",
            Refusal::Duplicate { .. } => "duplicate",
        }
    }

    /// The reason's short name, for counting refusals by kind (破損, 別の団体 …).
    pub fn kind_label(&self, lang: Lang) -> &'static str {
        match self {
            Refusal::TooLarge(_) => lang.pick("大きすぎる", "Too large"),
            Refusal::Compressed => lang.pick("圧縮ファイル", "Compressed"),
            Refusal::NotText => lang.pick("文字のファイルでない", "Not text"),
            Refusal::Damaged => lang.pick("破損", "Damaged"),
            Refusal::NotSubmission => lang.pick("提出用ファイルでない", "Not a submission"),
            Refusal::NewerVersion(_) => lang.pick("新しい形式", "Newer format"),
            Refusal::Shape(_) => lang.pick("形の誤り", "Wrong shape"),
            Refusal::OutOfRange(_) => lang.pick("範囲外の評価", "Rating out of range"),
            Refusal::Markup(_) => lang.pick("タグ・スクリプト", "Markup or script"),
            Refusal::OtherBody { .. } => lang.pick("別の団体", "Another body"),
            Refusal::Unmappable { .. } => lang.pick("対応づけられない版", "Unmappable version"),
            Refusal::Duplicate { .. } => lang.pick("重複", "Duplicate"),
        }
    }
}

/// Japanese, the office's default language; [`Refusal::message`] gives English.
impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Ja))
    }
}

/// Reads one file's bytes, on their own.
///
/// The checks run cheapest and bluntest first, so a hostile file costs
/// little: the length (a 50 MB file is refused without a look at its
/// bytes), the first bytes (an archive is never unpacked), then the text,
/// the JSON, and the shape. Ratings out of the scale and markup are looked
/// for in the parsed JSON before the typed read, so they are named as what
/// they are rather than as a generic wrong shape.
pub fn parse(bytes: &[u8]) -> Result<Submission, Refusal> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge(bytes.len()));
    }
    if bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(b"PK\x05\x06")
        || bytes.starts_with(b"PK\x07\x08")
        || bytes.starts_with(&[0x1f, 0x8b])
    {
        return Err(Refusal::Compressed);
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.starts_with(b"\x89PNG") || bytes.starts_with(b"%PDF") || bytes.contains(&0) {
        return Err(Refusal::NotText);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Refusal::NotText)?;
    let value: Value = serde_json::from_str(text).map_err(|_| Refusal::Damaged)?;
    let Value::Object(obj) = &value else {
        return Err(Refusal::NotSubmission);
    };
    if obj.get("kind").and_then(Value::as_str) != Some(SUBMISSION_KIND) {
        return Err(Refusal::NotSubmission);
    }
    if let Some(v) = obj.get("version").and_then(Value::as_u64) {
        if v > u64::from(SUBMISSION_VERSION) {
            return Err(Refusal::NewerVersion(u32::try_from(v).unwrap_or(u32::MAX)));
        }
    }
    out_of_range(&value)?;
    markup_in(&value)?;
    let s: Submission = json::from_value(&value).map_err(|e| Refusal::Shape(e.path))?;
    if s.version != SUBMISSION_VERSION {
        return Err(Refusal::Shape("version".into()));
    }
    if s.fiscal_year != fiscal_year(s.made) {
        return Err(Refusal::Shape("fiscal_year".into()));
    }
    if s.staff_id
        .as_ref()
        .is_some_and(|id| id.trim() != id || id.is_empty() || id.chars().count() > MAX_STAFF_ID)
    {
        return Err(Refusal::Shape("staff_id".into()));
    }
    Ok(s)
}

/// The places in a submission's JSON where ratings stand.
const RATING_PLACES: [&str; 4] = [
    "ratings.current",
    "ratings.next",
    "review.ratings.current",
    "review.ratings.next",
];

/// The value at a dotted path of object keys, if there is one.
fn at<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |v, key| v.get(key))
}

/// A rating written as a level outside the scale (`{"level": 9}`), by its place.
fn out_of_range(v: &Value) -> Result<(), Refusal> {
    for place in RATING_PLACES {
        let Some(Value::Object(ratings)) = at(v, place) else {
            continue;
        };
        for (item, rating) in ratings {
            // A level is a whole number 1–4; any other number is off the scale
            // (a string or a fraction is a wrong type, said by the typed read).
            let outside = match rating.get("level") {
                Some(Value::Number(n)) => match n.as_u64().and_then(|l| u8::try_from(l).ok()) {
                    Some(l) => Level::from_value(l).is_none(),
                    None => n.is_i64() || n.is_u64(),
                },
                _ => false,
            };
            if outside {
                return Err(Refusal::OutOfRange(format!("{place}.{item}.level")));
            }
        }
    }
    Ok(())
}

/// Markup in a text field the office's page could show or keep, by its place.
fn markup_in(v: &Value) -> Result<(), Refusal> {
    let mut texts: Vec<(String, &str)> = Vec::new();
    for place in ["body_name", "staff_id", "data_version", "review.role"] {
        if let Some(Value::String(s)) = at(v, place) {
            texts.push((place.to_owned(), s));
        }
    }
    for place in ["notes.current", "notes.next"] {
        if let Some(Value::Object(notes)) = at(v, place) {
            for (item, note) in notes {
                if let Value::String(s) = note {
                    texts.push((format!("{place}.{item}"), s));
                }
            }
        }
    }
    match texts.into_iter().find(|(_, s)| markup(s)) {
        Some((place, _)) => Err(Refusal::Markup(place)),
        None => Ok(()),
    }
}
/// Ratings of a file made against another version of the data, brought
/// in line with the loaded one; `None` if anything is lost on the way (the
/// track, a grade, an item no current item replaces).
fn mapped(d: &BodyData, s: &Submission, ratings: &SideRatings) -> Option<SideRatings> {
    let entries = |m: &std::collections::BTreeMap<Id, crate::core::scale::Rating>| {
        m.iter()
            .map(|(id, r)| {
                let e = Entry {
                    rating: Some(*r),
                    note: String::new(),
                };
                (id.clone(), e)
            })
            .collect()
    };
    let a = Assessment {
        selection: Selection {
            body: s.body.clone(),
            track: s.track.clone(),
            current: s.current.clone(),
            next: s.next.clone(),
            entry_year: None,
            grade_year: None,
            data_version: Some(s.data_version.clone()),
        },
        current: entries(&ratings.current),
        next: entries(&ratings.next),
    };
    let (fixed, orphans) = reconcile(&a, d);
    if orphans
        .iter()
        .any(|o| !matches!(o, Orphan::Revised { .. } | Orphan::Carried(_)))
    {
        return None;
    }
    let levels = |m: std::collections::BTreeMap<Id, Entry>| {
        m.into_iter()
            .filter_map(|(id, e)| e.rating.map(|r| (id, r)))
            .collect()
    };
    Some(SideRatings {
        current: levels(fixed.current),
        next: levels(fixed.next),
    })
}

/// The body a file names, if it is a submission at all: for choosing which
/// body to summarise when files of several arrive together.
pub fn body_of(s: &Submission) -> (&Id, &str) {
    (&s.body, &s.body_name)
}

/// What is kept of an accepted file: no identifier, no note text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The job track.
    pub track: Id,
    /// The current position.
    pub current: Position,
    /// The grade compared with.
    pub next: Option<Id>,
    /// The day the file was made.
    pub made: NaiveDate,
    /// Its fiscal year.
    pub fiscal_year: i32,
    /// The self-ratings, mapped to the loaded data's items.
    pub ratings: SideRatings,
    /// The supervisor's ratings, when included.
    pub review: Option<SideRatings>,
    /// Whether the person included notes.
    pub has_notes: bool,
    /// The data version it was made against, when it was mapped from another.
    pub mapped_from: Option<String>,
}

/// A refused file: its name and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The file's name as chosen.
    pub file: String,
    /// Why.
    pub reason: Refusal,
}

/// The files taken in for one body so far.
#[derive(Debug, Clone)]
pub struct Intake {
    body: Id,
    version: String,
    records: Vec<Record>,
    refused: Vec<Refused>,
    /// (identifier, date) → the first file's name; only for duplicates.
    seen: HashMap<(String, NaiveDate), String>,
    /// The ids of the loaded data's rateable items, looked up once per rating.
    known: HashSet<Id>,
}

impl Intake {
    /// An empty intake for a body's loaded data.
    pub fn new(d: &BodyData) -> Intake {
        Intake {
            body: d.body.id.clone(),
            version: d.version_tag(),
            records: Vec::new(),
            refused: Vec::new(),
            seen: HashMap::new(),
            known: d.rateable().map(|(id, _)| id.clone()).collect(),
        }
    }

    /// Takes one parsed file (or the refusal [`parse`] gave it).
    ///
    /// A file made against the loaded version of the data must name only
    /// its track, grades and items: anything else is a wrong shape (its
    /// place), as the data cannot have changed under it. A file of another
    /// version is brought in line by [`reconcile`], the rule the app uses
    /// for a person's own saved assessment: ratings of a replaced item are
    /// carried to its successor; a lost track, grade or item refuses it.
    pub fn add(&mut self, d: &BodyData, file: &str, parsed: Result<Submission, Refusal>) {
        match parsed.and_then(|s| self.admit(d, s)) {
            Ok((record, key)) => {
                if let Some(key) = key {
                    self.seen.insert(key, file.to_owned());
                }
                self.records.push(record);
            }
            Err(reason) => self.refused.push(Refused {
                file: file.to_owned(),
                reason,
            }),
        }
    }

    /// The record of a submission for this body, and its key for finding
    /// duplicates, or why it is refused.
    #[allow(clippy::type_complexity)]
    fn admit(
        &self,
        d: &BodyData,
        s: Submission,
    ) -> Result<(Record, Option<(String, NaiveDate)>), Refusal> {
        if s.body != self.body {
            return Err(Refusal::OtherBody {
                body: s.body,
                name: s.body_name,
            });
        }
        let (ratings, review, mapped_from) = if s.data_version == self.version {
            self.check_known(d, &s)?;
            (s.ratings, s.review.map(|r| r.ratings), None)
        } else {
            let unmappable = || Refusal::Unmappable {
                from: s.data_version.clone(),
                to: self.version.clone(),
            };
            let ratings = mapped(d, &s, &s.ratings).ok_or_else(unmappable)?;
            let review = match &s.review {
                Some(r) => Some(mapped(d, &s, &r.ratings).ok_or_else(unmappable)?),
                None => None,
            };
            (ratings, review, Some(s.data_version.clone()))
        };
        let key = s.staff_id.map(|id| (id, s.made));
        if let Some(first) = key.as_ref().and_then(|k| self.seen.get(k)) {
            return Err(Refusal::Duplicate {
                first: first.clone(),
            });
        }
        let record = Record {
            track: s.track,
            current: s.current,
            next: s.next,
            made: s.made,
            fiscal_year: s.fiscal_year,
            ratings,
            review,
            has_notes: s.notes.is_some(),
            mapped_from,
        };
        Ok((record, key))
    }

    /// Whether a file of the loaded version names only what the data has.
    fn check_known(&self, d: &BodyData, s: &Submission) -> Result<(), Refusal> {
        let shape = |at: &str| Err(Refusal::Shape(at.to_owned()));
        if !d.tracks.iter().any(|t| t.id == s.track) {
            return shape("track");
        }
        if let Position::Grade(g) = &s.current {
            if d.grade(g).is_none() {
                return shape("current");
            }
        }
        if s.next.as_ref().is_some_and(|g| d.grade(g).is_none()) {
            return shape("next");
        }
        let review = s.review.as_ref().map(|r| ("review.ratings", &r.ratings));
        for (prefix, r) in std::iter::once(("ratings", &s.ratings)).chain(review) {
            for side in Side::BOTH {
                if let Some(id) = r.side(side).keys().find(|id| !self.known.contains(*id)) {
                    let side = match side {
                        Side::Current => "current",
                        Side::Next => "next",
                    };
                    return shape(&format!("{prefix}.{side}.{id}"));
                }
            }
        }
        Ok(())
    }

    /// Reads and takes one file's bytes.
    pub fn add_bytes(&mut self, d: &BodyData, file: &str, bytes: &[u8]) {
        self.add(d, file, parse(bytes));
    }

    /// The files accepted, in the order given.
    pub fn records(&self) -> &[Record] {
        &self.records
    }

    /// The files refused, in the order given.
    pub fn refused(&self) -> &[Refused] {
        &self.refused
    }
}
