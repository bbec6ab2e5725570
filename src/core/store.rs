//! The stored document: everything the app keeps in the browser, as one
//! versioned JSON document, with migrations from every earlier version.
//!
//! Parsing never panics and never guesses: a document that is not JSON, has
//! no version, or comes from a newer app is refused with a typed error, and
//! the caller keeps the raw text aside so nothing is silently lost. Ids that
//! no longer exist in `data/` are reported by [`reconcile`], which returns a
//! usable assessment without them.

use super::assess::{Assessment, Position};
use super::id::Id;
use super::lang::{plural, Lang};
use super::model::BodyData;
use super::plan::PlanItem;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// The current schema version.
///
/// - 1: assessment and snapshots.
/// - 2: adds the personal plan.
/// - 3: adds answers to the engagement self-check.
/// - 4: records the version of the body's data each assessment rated.
/// - 5: adds supervisors' reviews.
pub const SCHEMA_VERSION: u32 = 5;

/// The localStorage key of the document.
pub const STORAGE_KEY: &str = "michishirube.v1";

/// Prefix of keys under which unreadable text is kept.
pub const RECOVERY_PREFIX: &str = "michishirube.recovered.";

/// The key under which unreadable text kept aside at `stamp` (milliseconds
/// since 1970) is stored. It names a hash of the text, so that the same
/// text, met again each time the app opens, is kept once
/// ([`kept_as`]); the stamp says when it was kept.
pub fn recovery_key(stamp: u64, text: &str) -> String {
    format!("{RECOVERY_PREFIX}{stamp}.{:016x}", fnv1a(text))
}

/// When a recovery copy was kept (milliseconds since 1970), from its key.
pub fn recovery_stamp(key: &str) -> Option<u64> {
    let rest = key.strip_prefix(RECOVERY_PREFIX)?;
    rest.split('.').next()?.parse().ok()
}

/// The recovery key among `keys` that names the hash of `text`, if the
/// text is kept already. Keys from before hashes were named (a stamp
/// alone) are not matched here: their text is compared by the caller.
pub fn kept_as<'a>(keys: impl IntoIterator<Item = &'a str>, text: &str) -> Option<&'a str> {
    let hash = format!("{:016x}", fnv1a(text));
    keys.into_iter().find(|k| {
        k.strip_prefix(RECOVERY_PREFIX)
            .and_then(|rest| rest.split_once('.'))
            .is_some_and(|(_, h)| h == hash)
    })
}

/// FNV-1a, 64 bits: enough to tell apart the few texts one device keeps
/// aside, and a few lines instead of a crate.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A size in bytes as a person reads it: 「820 バイト」, 「614 KB」,
/// 「2.1 MB」, 「10 GB」 (units of 1,024; one decimal below 10). Worked in
/// whole numbers, without float formatting's code.
pub fn size_label(bytes: u64, lang: Lang) -> String {
    const K: u64 = 1024;
    let (unit, name) = match bytes {
        b if b < K => return format!("{b} {}", lang.pick("バイト", "bytes")),
        b if b < K * K => (K, "KB"),
        b if b < K * K * K => (K * K, "MB"),
        _ => (K * K * K, "GB"),
    };
    let tenths = (u128::from(bytes) * 10 + u128::from(unit) / 2) / u128::from(unit);
    if tenths < 100 && tenths % 10 != 0 {
        format!("{}.{} {name}", tenths / 10, tenths % 10)
    } else {
        format!("{} {name}", (tenths + 5) / 10)
    }
}

/// Largest document accepted, in bytes; far above 1,000 snapshots.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// Everything the app stores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct StoredDoc {
    /// Schema version; always [`SCHEMA_VERSION`] once parsed.
    pub version: u32,
    /// How many saves on this device led to this text: each save writes the
    /// revision it read plus one. Two tabs that saved over the same text
    /// write the same number, which is how a tab tells that another's save
    /// did not see its own (see `core::sync`). Kept only in the stored
    /// text: documents in memory, and exports, carry 0 (not written).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub revision: u32,
    /// The assessment in progress, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
    /// Saved snapshots, oldest first.
    #[serde(default)]
    pub snapshots: std::rc::Rc<Vec<Snapshot>>,
    /// The personal plan (since version 2).
    #[serde(default)]
    pub plan: Vec<PlanItem>,
    /// Answers to published staff surveys (since version 3).
    #[serde(default)]
    pub engagement: Vec<EngagementAnswers>,
    /// Supervisors' reviews of the person's assessments, oldest first
    /// (since version 5).
    #[serde(default)]
    pub reviews: Vec<super::review::Review>,
}

/// A person's own answers to one body's published survey. Compared only
/// with the published averages, never with anyone else's answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EngagementAnswers {
    /// The body.
    pub body: Id,
    /// The survey (id within the body).
    pub survey: Id,
    /// The day the answers were last changed.
    #[serde(deserialize_with = "crate::core::dates::de_iso")]
    pub answered: NaiveDate,
    /// Answer per item id, on the survey's scale.
    pub answers: std::collections::BTreeMap<Id, u32>,
}

/// A dated copy of an assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Unique within the document; never reused.
    pub id: u32,
    /// The day it was saved.
    #[serde(deserialize_with = "crate::core::dates::de_iso")]
    pub taken: NaiveDate,
    /// An optional label (e.g. 入庁前の基準).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The assessment as it was.
    pub assessment: Assessment,
}

impl StoredDoc {
    /// An empty document at the current version.
    pub fn new() -> Self {
        StoredDoc {
            version: SCHEMA_VERSION,
            ..Default::default()
        }
    }

    /// Saves the current assessment as a snapshot dated `today`; returns its id.
    pub fn take_snapshot(&mut self, today: NaiveDate, label: Option<String>) -> Option<u32> {
        let assessment = self.assessment.clone()?;
        let id = self
            .snapshots
            .iter()
            .map(|s| s.id)
            .max()
            .map_or(1, |m| m + 1);
        std::rc::Rc::make_mut(&mut self.snapshots).push(Snapshot {
            id,
            taken: today,
            label,
            assessment,
        });
        Some(id)
    }

    /// Deletes a snapshot; returns whether one was deleted.
    pub fn delete_snapshot(&mut self, id: u32) -> bool {
        let before = self.snapshots.len();
        std::rc::Rc::make_mut(&mut self.snapshots).retain(|s| s.id != id);
        self.snapshots.len() != before
    }

    /// Serialises the document.
    pub fn to_json(&self) -> String {
        // Every field is plain data (strings, numbers, maps with string
        // keys), which serde_json always writes; nothing can fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Why stored text could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum StoreError {
    /// Not JSON, or not an object.
    Corrupt(String),
    /// Larger than [`MAX_BYTES`].
    TooLarge(usize),
    /// No usable version number.
    NoVersion,
    /// Written by a newer version of the app.
    Newer(u32),
    /// The right version, but the wrong shape: where, as the reader's
    /// path (`snapshots[3].assessment.current.rinri.rating`; empty for the
    /// whole), put into words by [`place_in_words`].
    Shape(String),
}

impl StoreError {
    /// The message for the person using the app, in a language.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (StoreError::Corrupt(_), Lang::Ja) => "保存されたデータが壊れていて読み込めませんでした。".into(),
            (StoreError::Corrupt(_), Lang::En) => "The saved data is damaged and could not be read.".into(),
            (StoreError::TooLarge(n), Lang::Ja) => {
                format!("保存されたデータが大きすぎます（{} KB）。", n / 1024)
            }
            (StoreError::TooLarge(n), Lang::En) => {
                format!("The saved data is too large ({} KB).", n / 1024)
            }
            (StoreError::NoVersion, Lang::Ja) => "保存されたデータの形式が分かりませんでした。".into(),
            (StoreError::NoVersion, Lang::En) => "The format of the saved data could not be recognised.".into(),
            (StoreError::Newer(v), Lang::Ja) => format!(
                "保存されたデータは、このアプリより新しい版（形式 {v}）で作られています。新しい版のアプリで開いてください。"
            ),
            (StoreError::Newer(v), Lang::En) => format!(
                "The saved data was made by a newer version of this app (format {v}). Open it with the newer version."
            ),
            (StoreError::Shape(at), Lang::Ja) if !at.is_empty() => format!(
                "保存されたデータの一部（{}）が想定と異なり、読み込めませんでした。",
                place_in_words(at, lang)
            ),
            (StoreError::Shape(at), Lang::En) if !at.is_empty() => format!(
                "Part of the saved data ({}) is not as expected, so it could not be read.",
                place_in_words(at, lang)
            ),
            (StoreError::Shape(_), Lang::Ja) => "保存されたデータの一部が想定と異なり、読み込めませんでした。".into(),
            (StoreError::Shape(_), Lang::En) => "Part of the saved data is not as expected, so it could not be read.".into(),
        }
    }
}

/// Japanese, the app's default language; [`StoreError::message`] gives English.
impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Ja))
    }
}

impl std::error::Error for StoreError {}

/// A place in a stored document or an export file, from the reader's path
/// (`snapshots[3].assessment.current.rinri.rating`), in words a person
/// reads: 「スナップショット 4 件目 › 自己評価 › 現在の職位に対する評価 ›
/// 「rinri」 › 評価」. Item ids stay as they are: the document names them so.
pub fn place_in_words(path: &str, lang: Lang) -> String {
    let ja = lang == Lang::Ja;
    let mut words: Vec<String> = Vec::new();
    // The field the last segment was, for fields named alike in two places
    // (`current` is a grade in a selection, ratings in an assessment).
    let mut parent = "";
    for seg in path.split('.') {
        let (name, index) = match seg.split_once('[') {
            Some((n, rest)) => (n, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (seg, None),
        };
        let nth = |ja_word: &str, en_word: &str| match (index, ja) {
            (Some(i), true) => format!("{ja_word} {} 件目", i + 1),
            (Some(i), false) => format!("{en_word} {}", i + 1),
            (None, _) => lang.pick(ja_word, en_word).to_owned(),
        };
        let known = match name {
            "assessment" => Some(lang.pick("自己評価", "the self-rating").to_owned()),
            "snapshots" => Some(nth("スナップショット", "snapshot")),
            "plan" => Some(nth("計画", "plan item")),
            "engagement" => Some(nth("職員調査の回答", "survey answers")),
            "reviews" => Some(nth("上司の評価", "review")),
            "selection" => Some(
                lang.pick("団体・職位の選択", "the choice of body and grades")
                    .to_owned(),
            ),
            "current" if parent == "selection" => {
                Some(lang.pick("現在の職位", "the current grade").to_owned())
            }
            "next" if parent == "selection" => {
                Some(lang.pick("次の職位", "the next grade").to_owned())
            }
            "current" => Some(
                lang.pick(
                    "現在の職位に対する評価",
                    "the ratings against the current grade",
                )
                .to_owned(),
            ),
            "next" => Some(
                lang.pick("次の職位に対する評価", "the ratings against the next grade")
                    .to_owned(),
            ),
            "rating" => Some(lang.pick("評価", "the rating").to_owned()),
            "note" => Some(lang.pick("メモ", "the note").to_owned()),
            "body" => Some(lang.pick("団体", "the body").to_owned()),
            "track" => Some(lang.pick("職種", "the job track").to_owned()),
            "title" => Some(lang.pick("題名", "the title").to_owned()),
            "when" => Some(lang.pick("時期", "the timing").to_owned()),
            "status" => Some(lang.pick("状況", "the status").to_owned()),
            "taken" | "made" | "received" | "answered" => {
                Some(lang.pick("日付", "the date").to_owned())
            }
            "label" => Some(lang.pick("ラベル", "the label").to_owned()),
            "given" => Some(lang.pick("評価の内容", "what was given").to_owned()),
            "answers" => Some(lang.pick("回答", "the answers").to_owned()),
            "comments" => Some(lang.pick("コメント", "the comments").to_owned()),
            "steps" => Some(nth("次の一歩", "next step")),
            "id" => Some(lang.pick("番号", "the number").to_owned()),
            "version" => Some(lang.pick("形式の版", "the format version").to_owned()),
            _ => None,
        };
        words.push(known.unwrap_or_else(|| match ja {
            true => format!("「{name}」"),
            false => format!("\u{201c}{name}\u{201d}"),
        }));
        parent = name;
    }
    words.join(" › ")
}

/// One migration: turns a document of version `n` into version `n + 1`.
type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` migrates version `i + 1` to `i + 2`. Each version has a
/// fixture under `tests/fixtures/stored/`, and a test migrates every one.
const MIGRATIONS: [Migration; 4] = [v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5];

/// Version 2 adds the personal plan, empty for documents from version 1.
fn v1_to_v2(mut v: Value) -> Result<Value, String> {
    let obj = v.as_object_mut().ok_or("not an object")?;
    obj.entry("plan")
        .or_insert_with(|| Value::Array(Vec::new()));
    Ok(v)
}

/// Version 3 adds engagement answers, none for earlier documents.
fn v2_to_v3(mut v: Value) -> Result<Value, String> {
    let obj = v.as_object_mut().ok_or("not an object")?;
    obj.entry("engagement")
        .or_insert_with(|| Value::Array(Vec::new()));
    Ok(v)
}

/// Version 4 records, with each assessment, the version of the body's data
/// it rated. Earlier assessments rated an unrecorded version: `null`, which
/// the app reads as "unknown" and checks against the data it loads.
fn v3_to_v4(mut v: Value) -> Result<Value, String> {
    fn mark(a: &mut Value) {
        if let Some(sel) = a.get_mut("selection").and_then(Value::as_object_mut) {
            sel.entry("data_version").or_insert(Value::Null);
        }
    }
    let obj = v.as_object_mut().ok_or("not an object")?;
    if let Some(a) = obj.get_mut("assessment").filter(|a| a.is_object()) {
        mark(a);
    }
    if let Some(snaps) = obj.get_mut("snapshots").and_then(Value::as_array_mut) {
        for s in snaps {
            if let Some(a) = s.get_mut("assessment") {
                mark(a);
            }
        }
    }
    Ok(v)
}

/// Version 5 adds supervisors' reviews, none for earlier documents.
fn v4_to_v5(mut v: Value) -> Result<Value, String> {
    let obj = v.as_object_mut().ok_or("not an object")?;
    obj.entry("reviews")
        .or_insert_with(|| Value::Array(Vec::new()));
    Ok(v)
}

/// Parses stored text, migrating it to the current version.
pub fn parse(text: &str) -> Result<StoredDoc, StoreError> {
    if text.len() > MAX_BYTES {
        return Err(StoreError::TooLarge(text.len()));
    }
    let value: Value = super::json::read(text).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    parse_value(value)
}

/// Migrates and reads an already-parsed JSON document.
pub fn parse_value(mut value: Value) -> Result<StoredDoc, StoreError> {
    if !value.is_object() {
        return Err(StoreError::Corrupt("not an object".into()));
    }
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| *v >= 1)
        .ok_or(StoreError::NoVersion)?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::Newer(version));
    }
    for (i, m) in MIGRATIONS.iter().enumerate().skip((version - 1) as usize) {
        value = m(value).map_err(|_| StoreError::Shape(String::new()))?;
        if let Some(obj) = value.as_object_mut() {
            obj.insert("version".into(), Value::from(i as u32 + 2));
        }
    }
    super::json::from_value(&value).map_err(|e| StoreError::Shape(e.path))
}

/// Something in a stored assessment that the body's current data no longer
/// has, or has under another id.
#[derive(Debug, Clone, PartialEq)]
pub enum Orphan {
    /// The track is gone.
    Track(Id),
    /// A grade is gone.
    Grade(Id),
    /// Ratings of items that are gone.
    Items(Vec<Id>),
    /// Ratings carried over to the items that replace them (old → new).
    Carried(Vec<(Id, Id)>),
    /// The assessment was made against another version of the data.
    Revised {
        /// The version it was made against, if recorded.
        from: Option<String>,
        /// The version now loaded.
        to: String,
    },
}

impl Orphan {
    /// The message for the person using the app, in a language, naming
    /// items by their ids.
    pub fn message(&self, lang: Lang) -> String {
        self.message_named(lang, &|_| None)
    }

    /// The message, naming each track, grade and item as `name` says (the
    /// body's data before and after a revision know them; see
    /// [`BodyData::name_of`](super::model::BodyData::name_of)), or by its id
    /// where it does not.
    pub fn message_named(&self, lang: Lang, name: &dyn Fn(&Id) -> Option<String>) -> String {
        let called = |id: &Id| name(id).unwrap_or_else(|| id.to_string());
        let list = |ids: &[Id], sep: &str| {
            ids.iter()
                .map(|i| match lang {
                    Lang::Ja => format!("「{}」", called(i)),
                    Lang::En => format!("\u{201c}{}\u{201d}", called(i)),
                })
                .collect::<Vec<_>>()
                .join(sep)
        };
        match (self, lang) {
            (Orphan::Track(id), Lang::Ja) => {
                format!("保存されていた職種「{}」は、現在のデータにありません。", called(id))
            }
            (Orphan::Track(id), Lang::En) => format!(
                "The saved job track \u{201c}{}\u{201d} is not in the current data.",
                called(id)
            ),
            (Orphan::Grade(id), Lang::Ja) => {
                format!("保存されていた職位「{}」は、現在のデータにありません。", called(id))
            }
            (Orphan::Grade(id), Lang::En) => format!(
                "The saved grade \u{201c}{}\u{201d} is not in the current data.",
                called(id)
            ),
            (Orphan::Items(ids), Lang::Ja) => format!(
                "保存されていた {} 件の評価項目（{}）は、現在のデータにないため引き継げませんでした。",
                ids.len(),
                list(ids, "、")
            ),
            (Orphan::Items(ids), Lang::En) => format!(
                "Ratings of {} that are no longer in the current data could not be carried over ({}).",
                plural(ids.len() as i64, "saved item", "saved items"),
                list(ids, ", ")
            ),
            (Orphan::Carried(pairs), Lang::Ja) => format!(
                "評価を新しい項目に引き継ぎました：{}。",
                pairs
                    .iter()
                    .map(|(a, b)| format!("「{}」→「{}」", called(a), called(b)))
                    .collect::<Vec<_>>()
                    .join("、")
            ),
            (Orphan::Carried(pairs), Lang::En) => format!(
                "Ratings were carried over to the items that replace them: {}.",
                pairs
                    .iter()
                    .map(|(a, b)| format!("\u{201c}{}\u{201d} \u{2192} \u{201c}{}\u{201d}", called(a), called(b)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            (Orphan::Revised { from, to }, Lang::Ja) => match from {
                Some(f) => format!("この団体のデータが更新されました（{f} → {to}）。保存されていた自己評価を新しいデータに合わせました。"),
                None => format!("この団体のデータ（{to}）に合わせて、保存されていた自己評価を確かめました。"),
            },
            (Orphan::Revised { from, to }, Lang::En) => match from {
                Some(f) => format!("This body's data has been updated ({f} \u{2192} {to}). The saved self-rating was brought in line with it."),
                None => format!("The saved self-rating was checked against this body's data ({to})."),
            },
        }
    }

    /// Whether this is only a note that the data changed (nothing lost).
    pub fn is_revision(&self) -> bool {
        matches!(self, Orphan::Revised { .. })
    }
}

/// Japanese, the app's default language; [`Orphan::message`] gives English.
impl fmt::Display for Orphan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Ja))
    }
}

/// Checks an assessment against the body's current data. Returns the
/// assessment brought in line with it, and what changed, so the app can
/// say so and keep a copy:
/// - ratings of an item that a current item `replaces` move to that item;
/// - unknown track, grades and items are removed (so the app stays usable);
/// - the version of the data it rated is updated, and a change of version
///   is reported when anything else had to change.
pub fn reconcile(a: &Assessment, d: &BodyData) -> (Assessment, Vec<Orphan>) {
    let mut out = a.clone();
    let mut orphans = Vec::new();
    if !d.tracks.iter().any(|t| t.id == a.selection.track) {
        orphans.push(Orphan::Track(a.selection.track.clone()));
    }
    let has_grade = |g: &Id| d.grades.iter().any(|x| &x.id == g);
    if let Position::Grade(g) = &a.selection.current {
        if !has_grade(g) {
            orphans.push(Orphan::Grade(g.clone()));
            out.selection.current = Position::PreEntry;
        }
    }
    if let Some(g) = &a.selection.next {
        if !has_grade(g) {
            orphans.push(Orphan::Grade(g.clone()));
            out.selection.next = None;
        }
    }
    let known = |id: &Id| d.rateable().any(|(x, _)| x == id);
    let successor = |id: &Id| {
        d.rateable()
            .find(|(_, replaces)| replaces.contains(id))
            .map(|(x, _)| x.clone())
    };
    let mut carried = Vec::new();
    let mut gone = Vec::new();
    for side in [&mut out.current, &mut out.next] {
        let old: Vec<Id> = side.keys().filter(|id| !known(id)).cloned().collect();
        for id in old {
            let Some(entry) = side.remove(&id) else {
                continue;
            };
            match successor(&id) {
                // The successor keeps its own rating if it has one already.
                Some(new) => {
                    if !carried.contains(&(id.clone(), new.clone())) {
                        carried.push((id.clone(), new.clone()));
                    }
                    side.entry(new).or_insert(entry);
                }
                None => gone.push(id),
            }
        }
    }
    gone.sort();
    gone.dedup();
    let changed = !orphans.is_empty() || !carried.is_empty() || !gone.is_empty();
    if !carried.is_empty() {
        orphans.push(Orphan::Carried(carried));
    }
    if !gone.is_empty() {
        orphans.push(Orphan::Items(gone));
    }
    let tag = d.version_tag();
    if out.selection.data_version.as_deref() != Some(tag.as_str()) {
        if changed {
            orphans.insert(
                0,
                Orphan::Revised {
                    from: a.selection.data_version.clone(),
                    to: tag.clone(),
                },
            );
        }
        out.selection.data_version = Some(tag);
    }
    (out, orphans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_errors_keep_their_japanese_display_and_have_an_english_message() {
        let e = StoreError::Newer(9);
        assert_eq!(e.to_string(), e.message(Lang::Ja));
        assert!(e.to_string().contains("新しい版（形式 9）"));
        assert_eq!(
            e.message(Lang::En),
            "The saved data was made by a newer version of this app (format 9). Open it with the newer version."
        );
        assert_eq!(
            StoreError::TooLarge(4096).message(Lang::En),
            "The saved data is too large (4 KB)."
        );
        for e in [
            StoreError::Corrupt(String::new()),
            StoreError::NoVersion,
            StoreError::Shape(String::new()),
        ] {
            assert!(e.message(Lang::En).is_ascii(), "{e:?}");
        }
    }

    #[test]
    fn ratings_move_to_the_item_that_replaces_theirs_and_the_rest_is_named() {
        use crate::core::load::body_from_json;
        let text = include_str!("../../tests/fixtures/valid.json");
        let mut d = body_from_json("valid.json", text).expect("fixture");
        let old = d.abilities[0].id.clone();
        let keep = d.abilities[1].id.clone();
        let new = Id::parse("renamed").expect("id");
        d.abilities[0].id = new.clone();
        d.abilities[0].replaces = vec![old.clone()];
        let mut a = crate::core::assess::Assessment::new(crate::core::assess::Selection {
            body: d.body.id.clone(),
            track: d.tracks[0].id.clone(),
            current: Position::Grade(d.tracks[0].ladder[0].clone()),
            next: None,
            entry_year: None,
            grade_year: None,
            data_version: Some("#old".into()),
        });
        let gone = Id::parse("gone").expect("id");
        for id in [&old, &keep, &gone] {
            a.current.insert(id.clone(), Default::default());
        }
        let (fixed, report) = reconcile(&a, &d);
        assert!(fixed.current.contains_key(&new) && fixed.current.contains_key(&keep));
        assert!(!fixed.current.contains_key(&old) && !fixed.current.contains_key(&gone));
        assert_eq!(fixed.selection.data_version, Some(d.version_tag()));
        assert!(matches!(&report[0], Orphan::Revised { from: Some(f), .. } if f == "#old"));
        assert!(report.contains(&Orphan::Carried(vec![(old, new)])));
        assert!(report.contains(&Orphan::Items(vec![gone])));
        // Reconciled again, nothing more changes and nothing is reported.
        assert_eq!(reconcile(&fixed, &d), (fixed.clone(), vec![]));
    }

    #[test]
    fn orphan_messages_name_the_missing_ids_in_english() {
        let id = |s: &str| Id::parse(s).expect("id");
        assert_eq!(
            Orphan::Grade(id("kacho")).message(Lang::En),
            "The saved grade \u{201c}kacho\u{201d} is not in the current data."
        );
        assert_eq!(
            Orphan::Items(vec![id("a"), id("b")]).message(Lang::En),
            "Ratings of 2 saved items that are no longer in the current data could not be carried over (\u{201c}a\u{201d}, \u{201c}b\u{201d})."
        );
        assert_eq!(
            Orphan::Track(id("x")).to_string(),
            "保存されていた職種「x」は、現在のデータにありません。"
        );
    }

    #[test]
    fn orphan_messages_call_items_by_the_names_the_data_knows() {
        let id = |s: &str| Id::parse(s).expect("id");
        let names = |i: &Id| match i.as_str() {
            "kikaku" => Some("企画力".to_owned()),
            "kikaku-kaizen" => Some("企画・改善力".to_owned()),
            "setsumei" => Some("説明力".to_owned()),
            _ => None,
        };
        assert_eq!(
            Orphan::Carried(vec![(id("kikaku"), id("kikaku-kaizen"))])
                .message_named(Lang::Ja, &names),
            "評価を新しい項目に引き継ぎました：「企画力」→「企画・改善力」。"
        );
        assert_eq!(
            Orphan::Items(vec![id("setsumei"), id("gone")]).message_named(Lang::Ja, &names),
            "保存されていた 2 件の評価項目（「説明力」、「gone」）は、現在のデータにないため引き継げませんでした。"
        );
    }
}
