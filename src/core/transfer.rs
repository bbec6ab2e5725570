//! Export and import: everything the app stores, as one versioned JSON file.
//!
//! Import never touches stored data by itself: [`read_import`] validates
//! the file (size, JSON, that it is ours, version, shape), [`check_ids`]
//! checks its ids against the bodies' data, [`preview`] says what would
//! change, and only then does the caller apply [`merge`] or a replacement
//! after the person confirms. Every refusal is a typed error with a
//! message in Japanese or English.

use super::assess::{Assessment, Position};
use super::id::Id;
use super::lang::Lang;
use super::model::BodyData;
use super::store::{parse_value, StoreError, StoredDoc};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// What the `kind` field of an export file says.
pub const EXPORT_KIND: &str = "michishirube-export";

/// Largest import accepted. Far above a real export (a document with 1,000
/// snapshots is about 1 MB), small enough to refuse a wrong file at once.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// The export file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportFile {
    /// Always [`EXPORT_KIND`].
    pub kind: String,
    /// The day it was exported.
    #[serde(deserialize_with = "crate::core::dates::de_iso")]
    pub exported: NaiveDate,
    /// The stored document, with its own version.
    pub data: StoredDoc,
}

/// Writes the export file's text.
pub fn export(doc: &StoredDoc, today: NaiveDate) -> String {
    let file = ExportFile {
        kind: EXPORT_KIND.into(),
        exported: today,
        data: doc.clone(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// The export file's name, dated: `michishirube-2026-11-21.json`.
pub fn file_name(today: NaiveDate) -> String {
    format!("michishirube-{}.json", today)
}

/// Why an import file was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge(usize),
    /// Not JSON.
    NotJson,
    /// JSON, but not a michishirube export.
    NotOurs,
    /// Ours, but unreadable: newer version, wrong shape …
    Store(StoreError),
    /// A body this app does not have.
    UnknownBody(Id),
    /// A survey answer outside the survey's scale.
    AnswerOutOfScale {
        /// The survey item.
        item: Id,
        /// The answer.
        value: u32,
    },
    /// Grades, tracks or items the body's data does not have.
    UnknownIds {
        /// The body.
        body: Id,
        /// The ids.
        ids: Vec<Id>,
    },
}

impl ImportError {
    /// The message for the person using the app, in a language.
    pub fn message(&self, lang: Lang) -> String {
        let list = |ids: &[Id]| {
            ids.iter()
                .map(Id::as_str)
                .collect::<Vec<_>>()
                .join(lang.pick("、", ", "))
        };
        match (self, lang) {
            (ImportError::TooLarge(n), Lang::Ja) => format!(
                "ファイルが大きすぎます（{} KB、上限 {} KB）。道しるべから書き出したファイルか確認してください。",
                n / 1024,
                MAX_IMPORT_BYTES / 1024
            ),
            (ImportError::TooLarge(n), Lang::En) => format!(
                "The file is too large ({} KB; the limit is {} KB). Check that it is a file exported from Michishirube.",
                n / 1024,
                MAX_IMPORT_BYTES / 1024
            ),
            (ImportError::NotJson, Lang::Ja) => "このファイルは JSON 形式ではないため、読み込めません。".into(),
            (ImportError::NotJson, Lang::En) => "This file is not in JSON format, so it cannot be read.".into(),
            (ImportError::NotOurs, Lang::Ja) => "このファイルは道しるべから書き出したデータではありません。".into(),
            (ImportError::NotOurs, Lang::En) => "This file is not data exported from Michishirube.".into(),
            (ImportError::Store(StoreError::Newer(v)), Lang::Ja) => format!(
                "このファイルは、このアプリより新しい版（形式 {v}）で書き出されています。新しい版のアプリで読み込んでください。"
            ),
            (ImportError::Store(StoreError::Newer(v)), Lang::En) => format!(
                "This file was exported by a newer version of this app (format {v}). Import it with the newer version."
            ),
            // Said of the file, where in it, not of "the saved data".
            (ImportError::Store(StoreError::Shape(at)), Lang::Ja) if !at.is_empty() => format!(
                "ファイルの一部（{}）が想定と異なるため、読み込めませんでした。道しるべから書き出したファイルを、手を加えずに選んでください。",
                super::store::place_in_words(at, lang)
            ),
            (ImportError::Store(StoreError::Shape(at)), Lang::En) if !at.is_empty() => format!(
                "Part of the file ({}) is not as expected, so it could not be read. Choose a file exported from Michishirube, unchanged.",
                super::store::place_in_words(at, lang)
            ),
            (ImportError::Store(e), Lang::Ja) => {
                format!("ファイルの内容を読み取れませんでした。{}", e.message(lang))
            }
            (ImportError::Store(e), Lang::En) => {
                format!("The file's contents could not be read. {}", e.message(lang))
            }
            (ImportError::UnknownBody(id), Lang::Ja) => {
                format!("ファイルにある団体「{id}」は、このアプリに収録されていません。")
            }
            (ImportError::UnknownBody(id), Lang::En) => format!(
                "The body \u{201c}{id}\u{201d} in the file is not included in this app."
            ),
            (ImportError::AnswerOutOfScale { item, value }, Lang::Ja) => format!(
                "ファイルにある職員調査の回答（{item}：{value}）が、調査の尺度の範囲外です。"
            ),
            (ImportError::AnswerOutOfScale { item, value }, Lang::En) => format!(
                "A staff-survey answer in the file ({item}: {value}) is outside the survey's scale."
            ),
            (ImportError::UnknownIds { body, ids }, Lang::Ja) => format!(
                "ファイルにある団体「{body}」の職種・職位・評価項目のうち、{} 件が現在のデータにありません（{}）。",
                ids.len(),
                list(ids)
            ),
            (ImportError::UnknownIds { body, ids }, Lang::En) => format!(
                "{} of the job tracks, grades and rating items for \u{201c}{body}\u{201d} in the file {} not in the current data ({}).",
                ids.len(),
                if ids.len() == 1 { "is" } else { "are" },
                list(ids)
            ),
        }
    }
}

/// Japanese, the app's default language; [`ImportError::message`] gives English.
impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Ja))
    }
}

impl std::error::Error for ImportError {}

/// Reads an import file's text into a document at the current version.
pub fn read_import(text: &str) -> Result<StoredDoc, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let mut v: Value = super::json::read(text).map_err(|_| ImportError::NotJson)?;
    let ours = v.get("kind").and_then(Value::as_str) == Some(EXPORT_KIND);
    let data = match v.as_object_mut() {
        Some(obj) if ours => obj.remove("data").ok_or(ImportError::NotOurs)?,
        _ => return Err(ImportError::NotOurs),
    };
    parse_value(data).map_err(ImportError::Store)
}

/// The bodies a document refers to.
pub fn bodies_of(doc: &StoredDoc) -> Vec<Id> {
    let mut ids: Vec<Id> = doc
        .assessment
        .iter()
        .chain(doc.snapshots.iter().map(|s| &s.assessment))
        .map(|a| a.selection.body.clone())
        .chain(doc.plan.iter().map(|p| p.body.clone()))
        .chain(doc.engagement.iter().map(|e| e.body.clone()))
        .chain(doc.reviews.iter().map(|r| r.body.clone()))
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

fn unknown_in(a: &Assessment, d: &BodyData, out: &mut Vec<Id>) {
    if !d.tracks.iter().any(|t| t.id == a.selection.track) {
        out.push(a.selection.track.clone());
    }
    let grade_known = |g: &Id| d.grades.iter().any(|x| &x.id == g);
    if let Position::Grade(g) = &a.selection.current {
        if !grade_known(g) {
            out.push(g.clone());
        }
    }
    if let Some(g) = a.selection.next.as_ref().filter(|g| !grade_known(g)) {
        out.push(g.clone());
    }
    // Every rateable item (a matrix column, an ability worded per grade,
    // a can-do statement), as the data defines it once.
    let item_known = |id: &Id| d.rateable().any(|(x, _)| x == id);
    out.extend(
        a.current
            .keys()
            .chain(a.next.keys())
            .filter(|id| !item_known(id))
            .cloned(),
    );
}

/// The grades, items and offerings of a review that the body's data does
/// not have.
pub fn unknown_in_review(r: &super::review::Review, d: &BodyData, out: &mut Vec<Id>) {
    for g in r.current_grade.iter().chain(r.next_grade.iter()) {
        if d.grade(g).is_none() {
            out.push(g.clone());
        }
    }
    let item_known = |id: &Id| d.rateable().any(|(x, _)| x == id);
    let g = &r.given;
    out.extend(
        g.current
            .keys()
            .chain(g.next.keys())
            .chain(g.comments.keys())
            .filter(|id| !item_known(id))
            .cloned(),
    );
    out.extend(
        g.steps
            .iter()
            .filter_map(|s| s.offering.as_ref())
            .filter(|o| !d.offerings.iter().any(|x| &x.id == *o))
            .cloned(),
    );
}

/// Checks every id in the document against the bodies' data. `body` looks
/// a body up (returning `None` for a body the app does not have).
pub fn check_ids<'a>(
    doc: &StoredDoc,
    body: impl Fn(&Id) -> Option<&'a BodyData>,
) -> Result<(), ImportError> {
    for id in bodies_of(doc) {
        let d = body(&id).ok_or_else(|| ImportError::UnknownBody(id.clone()))?;
        let mut unknown = Vec::new();
        for a in doc
            .assessment
            .iter()
            .chain(doc.snapshots.iter().map(|s| &s.assessment))
            .filter(|a| a.selection.body == id)
        {
            unknown_in(a, d, &mut unknown);
        }
        for e in doc.engagement.iter().filter(|e| e.body == id) {
            match d.surveys.iter().find(|s| s.id == e.survey) {
                None => unknown.push(e.survey.clone()),
                Some(s) => {
                    unknown.extend(
                        e.answers
                            .keys()
                            .filter(|k| !s.items.iter().any(|i| &i.id == *k))
                            .cloned(),
                    );
                    if let Some((item, value)) = e
                        .answers
                        .iter()
                        .find(|(_, v)| !(s.scale.min..=s.scale.max).contains(*v))
                    {
                        return Err(ImportError::AnswerOutOfScale {
                            item: item.clone(),
                            value: *value,
                        });
                    }
                }
            }
        }
        for r in doc.reviews.iter().filter(|r| r.body == id) {
            unknown_in_review(r, d, &mut unknown);
        }
        for p in doc.plan.iter().filter(|p| p.body == id) {
            if let Some(o) = p
                .offering
                .as_ref()
                .filter(|o| !d.offerings.iter().any(|x| &x.id == *o))
            {
                unknown.push(o.clone());
            }
        }
        unknown.sort();
        unknown.dedup();
        if !unknown.is_empty() {
            return Err(ImportError::UnknownIds {
                body: id,
                ids: unknown,
            });
        }
    }
    Ok(())
}

/// A file read as an export, waiting for the data of the bodies it names:
/// the first step of an import, as the app takes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    /// The document in the file, at the current version.
    pub doc: StoredDoc,
    /// The bodies it names, whose data must be loaded to check it.
    pub bodies: Vec<Id>,
}

/// An import checked against the bodies' data, with what each way of
/// applying it would change: the second step. Only a checked import can be
/// applied, and applying it is the only way an import changes anything.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The document in the file.
    pub doc: StoredDoc,
    /// What merging it would change.
    pub merge: Preview,
    /// What replacing with it would change.
    pub replace: Preview,
}

/// Step 1: reads a file's text (size, JSON, that it is ours, version, shape).
pub fn begin(text: &str) -> Result<Incoming, ImportError> {
    let doc = read_import(text)?;
    Ok(Incoming {
        bodies: bodies_of(&doc),
        doc,
    })
}

impl Incoming {
    /// Step 2: checks every id against the bodies' data and previews both
    /// ways of applying it to what is stored now.
    pub fn check<'a>(
        self,
        current: &StoredDoc,
        body: impl Fn(&Id) -> Option<&'a BodyData>,
    ) -> Result<Checked, ImportError> {
        check_ids(&self.doc, body)?;
        Ok(Checked {
            merge: preview(current, &self.doc, Mode::Merge),
            replace: preview(current, &self.doc, Mode::Replace),
            doc: self.doc,
        })
    }
}

impl Checked {
    /// Step 3, once the person confirms: the document to store.
    pub fn apply(&self, current: &StoredDoc, mode: Mode) -> StoredDoc {
        apply(current, &self.doc, mode)
    }
}

/// How to apply an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Everything stored is replaced by the file.
    Replace,
    /// Snapshots and plan items from the file are added; the assessment in
    /// progress is kept, or taken from the file if there is none.
    Merge,
}

/// What an import would change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// Whether the assessment in progress would change.
    pub assessment_changes: bool,
    /// Snapshots that would be added.
    pub snapshots_added: usize,
    /// Snapshots that would be removed (replace only).
    pub snapshots_removed: usize,
    /// Plan items that would be added.
    pub plan_added: usize,
    /// Plan items that would be removed (replace only).
    pub plan_removed: usize,
}

/// Says what applying `incoming` in `mode` would change.
pub fn preview(current: &StoredDoc, incoming: &StoredDoc, mode: Mode) -> Preview {
    let result = apply(current, incoming, mode);
    let snaps_kept = current
        .snapshots
        .iter()
        .filter(|s| result.snapshots.iter().any(|r| same_snapshot(r, s)))
        .count();
    let plan_kept = current
        .plan
        .iter()
        .filter(|p| result.plan.iter().any(|r| same_plan(r, p)))
        .count();
    Preview {
        assessment_changes: result.assessment != current.assessment,
        snapshots_added: result.snapshots.len() - snaps_kept,
        snapshots_removed: current.snapshots.len() - snaps_kept,
        plan_added: result.plan.len() - plan_kept,
        plan_removed: current.plan.len() - plan_kept,
    }
}

fn same_snapshot(a: &super::store::Snapshot, b: &super::store::Snapshot) -> bool {
    a.taken == b.taken && a.label == b.label && a.assessment == b.assessment
}

fn same_plan(a: &super::plan::PlanItem, b: &super::plan::PlanItem) -> bool {
    a.body == b.body && a.offering == b.offering && a.title == b.title && a.when == b.when
}

/// The document after applying `incoming` in `mode`.
pub fn apply(current: &StoredDoc, incoming: &StoredDoc, mode: Mode) -> StoredDoc {
    match mode {
        Mode::Replace => incoming.clone(),
        Mode::Merge => merge(current, incoming),
    }
}

/// Adds the file's snapshots and plan items that are not already there,
/// with fresh ids; keeps the assessment in progress unless there is none.
pub fn merge(current: &StoredDoc, incoming: &StoredDoc) -> StoredDoc {
    let mut out = current.clone();
    if out.assessment.is_none() {
        out.assessment = incoming.assessment.clone();
    }
    let snapshots = std::rc::Rc::make_mut(&mut out.snapshots);
    for s in incoming.snapshots.iter() {
        if !snapshots.iter().any(|x| same_snapshot(x, s)) {
            let id = snapshots.iter().map(|x| x.id).max().map_or(1, |m| m + 1);
            snapshots.push(super::store::Snapshot { id, ..s.clone() });
        }
    }
    snapshots.sort_by_key(|s| (s.taken, s.id));
    for e in &incoming.engagement {
        if !out
            .engagement
            .iter()
            .any(|x| x.body == e.body && x.survey == e.survey)
        {
            out.engagement.push(e.clone());
        }
    }
    for p in &incoming.plan {
        if !out.plan.iter().any(|x| same_plan(x, p)) {
            let id = super::plan::next_id(&out.plan);
            out.plan.push(super::plan::PlanItem { id, ..p.clone() });
        }
    }
    for r in &incoming.reviews {
        if !out.reviews.iter().any(|x| same_review(x, r)) {
            let id = super::review::next_review_id(&out.reviews);
            out.reviews.push(super::review::Review { id, ..r.clone() });
        }
    }
    out
}

fn same_review(a: &super::review::Review, b: &super::review::Review) -> bool {
    a.body == b.body && a.made == b.made && a.given == b.given
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_errors_keep_their_japanese_display_and_have_an_english_message() {
        let e = ImportError::NotOurs;
        assert_eq!(
            e.to_string(),
            "このファイルは道しるべから書き出したデータではありません。"
        );
        assert_eq!(
            e.message(Lang::En),
            "This file is not data exported from Michishirube."
        );
        assert_eq!(
            ImportError::Store(StoreError::NoVersion).message(Lang::En),
            "The file's contents could not be read. The format of the saved data could not be recognised."
        );
    }

    #[test]
    fn an_english_import_error_names_the_unknown_ids() {
        let id = |s: &str| Id::parse(s).expect("id");
        let e = ImportError::UnknownIds {
            body: id("koriyama"),
            ids: vec![id("no-such-grade"), id("gone")],
        };
        assert_eq!(
            e.message(Lang::En),
            "2 of the job tracks, grades and rating items for \u{201c}koriyama\u{201d} in the file are not in the current data (no-such-grade, gone)."
        );
        assert!(e.to_string().contains("no-such-grade、gone"));
        assert!(ImportError::AnswerOutOfScale {
            item: id("q1"),
            value: 9
        }
        .message(Lang::En)
        .contains("(q1: 9) is outside the survey's scale"));
    }
}
