//! Frameworks an HR office imported on this device: stored apart from the
//! person's own document (they are the body's, not the person's), versioned
//! and migrated like it, and each checked again by the build's validator
//! whenever it is read, so a damaged one is set aside rather than shown.
//!
//! Also what changed between two versions of a body's data: shown before a
//! revised framework replaces the one the device has, so the clerk sees
//! which grades, abilities and marks were added, removed or changed.

use super::id::Id;
use super::json;
use super::lang::Lang;
use super::model::BodyData;
use super::store::StoreError;
use super::validate::validate;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;
use std::borrow::Cow;
use std::rc::Rc;

/// The storage key of the imported frameworks.
pub const FRAMEWORKS_KEY: &str = "michishirube.frameworks";
/// The current version of the stored frameworks.
pub const FRAMEWORKS_VERSION: u32 = 1;

/// One imported framework: the body's data and where it came from.
///
/// It keeps the data twice: parsed, to show, and as the JSON text the
/// authoring module wrote after validating it, which is what is stored and
/// handed on (as TOML, or in a one-file app): the text that was checked,
/// never a copy written again from the model.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The file it was imported from, as named on the clerk's PC.
    pub file_name: String,
    /// The day it was imported.
    pub imported: NaiveDate,
    /// The body's data, shared: the app's state is copied on every change
    /// (and the body's pages hold it), so a copy must not copy the model.
    pub data: Rc<BodyData>,
    /// The same data as JSON text.
    pub json: String,
}

/// Two imports are the same when their file, day and data are: the data
/// compared by its JSON text, which is what was read, so the whole model
/// is never walked (the app compares its state on every change).
impl PartialEq for Imported {
    fn eq(&self, other: &Self) -> bool {
        self.file_name == other.file_name
            && self.imported == other.imported
            && self.json == other.json
    }
}

impl Imported {
    /// An imported framework from parsed data (natively: the tests, and
    /// the authoring module's own callers), its JSON written here.
    pub fn from_data(file_name: String, imported: NaiveDate, data: BodyData) -> Imported {
        let json = serde_json::to_string(&data).unwrap_or_default();
        Imported {
            file_name,
            imported,
            data: Rc::new(data),
            json,
        }
    }
}

/// Every framework imported on this device.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameworkStore {
    /// Always [`FRAMEWORKS_VERSION`] once parsed.
    pub version: u32,
    /// The frameworks, one per body id.
    pub bodies: Vec<Imported>,
}

impl Default for FrameworkStore {
    fn default() -> Self {
        FrameworkStore {
            version: FRAMEWORKS_VERSION,
            bodies: Vec::new(),
        }
    }
}

impl FrameworkStore {
    /// The framework for a body, if one was imported.
    pub fn get(&self, id: &Id) -> Option<&Imported> {
        self.bodies.iter().find(|b| &b.data.body.id == id)
    }

    /// Stores a framework, replacing the body's earlier one.
    pub fn put(&mut self, imp: Imported) {
        match self
            .bodies
            .iter_mut()
            .find(|b| b.data.body.id == imp.data.body.id)
        {
            Some(b) => *b = imp,
            None => self.bodies.push(imp),
        }
    }

    /// Removes a body's framework; whether there was one.
    pub fn remove(&mut self, id: &Id) -> bool {
        let before = self.bodies.len();
        self.bodies.retain(|b| &b.data.body.id != id);
        self.bodies.len() != before
    }

    /// The stored text. A framework whose JSON text is not JSON (never the
    /// case for one read by [`parse_store`] or made by
    /// [`Imported::from_data`]) is left out rather than corrupting the rest.
    pub fn to_json(&self) -> String {
        let stored = Stored {
            version: self.version,
            bodies: self
                .bodies
                .iter()
                .filter_map(|b| {
                    Some(Entry {
                        file_name: Cow::Borrowed(&b.file_name),
                        imported: b.imported,
                        data: json::read_borrowed(&b.json).ok()?,
                    })
                })
                .collect(),
        };
        // Strings, a day and JSON text already checked: nothing can fail.
        serde_json::to_string(&stored).unwrap_or_default()
    }
}

/// The stored frameworks, as written.
#[derive(Serialize)]
struct Stored<'a> {
    version: u32,
    bodies: Vec<Entry<'a>>,
}

/// One stored framework: its file, its day of import, and its data as the
/// text it was (see [`Imported`]).
#[derive(Serialize, Deserialize)]
struct Entry<'a> {
    file_name: Cow<'a, str>,
    #[serde(deserialize_with = "super::dates::de_iso")]
    imported: NaiveDate,
    #[serde(borrow)]
    data: &'a RawValue,
}

/// The stored frameworks, as read: the version and the list checked by
/// hand, so that a store of another version or shape is told apart, and
/// each entry read on its own, so that one damaged entry is set aside
/// rather than losing the rest.
#[derive(Deserialize)]
struct Head<'a> {
    #[serde(borrow)]
    version: Option<&'a RawValue>,
    #[serde(borrow)]
    bodies: Option<&'a RawValue>,
}

/// A framework that could not be kept, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct SetAside {
    /// The body's id, if it could be read.
    pub id: Option<String>,
    /// Why, in Japanese.
    pub why: String,
}

/// Reads the stored frameworks: the frameworks that still pass the build's
/// validator (the app carries it anyway, for the bodies' own files), and
/// those set aside with the reason. The whole text is refused (for the
/// caller to keep a copy) only when it is not the store at all.
pub fn parse_store(text: &str) -> Result<(FrameworkStore, Vec<SetAside>), StoreError> {
    let head: Head = json::read_borrowed(text).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let version = head
        .version
        .and_then(|v| v.get().parse::<u32>().ok())
        .filter(|n| *n >= 1)
        .ok_or(StoreError::NoVersion)?;
    if version > FRAMEWORKS_VERSION {
        return Err(StoreError::Newer(version));
    }
    // Version 1 is the first; a migration from it goes here when a version 2 comes.
    let bodies: Vec<&RawValue> = head
        .bodies
        .and_then(|b| json::read_borrowed(b.get()).ok())
        .ok_or_else(|| StoreError::Shape("bodies".into()))?;
    let mut store = FrameworkStore::default();
    let mut aside = Vec::new();
    for item in bodies {
        // The body's id, to name a framework that cannot be kept: looked
        // for only then, since it means reading the whole entry once more.
        let id = || {
            let v: Value = json::read(item.get()).ok()?;
            v.pointer("/data/body/id")?.as_str().map(str::to_owned)
        };
        let read = json::read_borrowed::<Entry>(item.get()).and_then(|entry| {
            Ok((
                entry.file_name,
                entry.imported,
                json::read(entry.data.get())?,
                entry.data,
            ))
        });
        match read {
            Err(e) => aside.push(SetAside {
                id: id(),
                why: format!("形式が正しくありません（{e}）"),
            }),
            Ok((file_name, imported, parsed, data)) => match validated(&parsed) {
                Ok(()) => store.put(Imported {
                    file_name: file_name.into_owned(),
                    imported,
                    json: data.get().to_owned(),
                    data: Rc::new(parsed),
                }),
                Err(why) => aside.push(SetAside { id: id(), why }),
            },
        }
    }
    Ok((store, aside))
}

/// The build's validator on one framework: its first problem.
fn validated(d: &BodyData) -> Result<(), String> {
    validate("frameworks", d)
        .map_err(|errors| errors.first().map(|e| e.to_string()).unwrap_or_default())
}

/// What changed between two versions of a body's data.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Revision {
    /// Grades added (their names).
    pub grades_added: Vec<String>,
    /// Grades removed.
    pub grades_removed: Vec<String>,
    /// Abilities and can-do statements added.
    pub items_added: Vec<String>,
    /// Abilities and can-do statements removed (and replaced by none).
    pub items_removed: Vec<String>,
    /// Items replaced by another (old name → new name), by `replaces`.
    pub items_replaced: Vec<(String, String)>,
    /// Marks that changed: (grade, ability, before, after).
    pub marks_changed: Vec<(String, String, String, String)>,
    /// Abilities a grade now words that it did not (a 標準職務遂行能力
    /// table): (grade, ability).
    pub worded_added: Vec<(String, String)>,
    /// Abilities a grade no longer words: (grade, ability).
    pub worded_removed: Vec<(String, String)>,
    /// Abilities a grade words in other sentences now: (grade, ability).
    pub worded_changed: Vec<(String, String)>,
    /// Offerings added and removed.
    pub offerings_added: Vec<String>,
    /// Offerings removed.
    pub offerings_removed: Vec<String>,
}

fn items(d: &BodyData) -> Vec<(Id, String, Vec<Id>)> {
    d.abilities
        .iter()
        .map(|a| (a.id.clone(), a.name.ja.clone(), a.replaces.clone()))
        .chain(d.grades.iter().flat_map(|g| {
            g.can_do.iter().map(|c| {
                (
                    c.id.clone(),
                    c.text.chars().take(24).collect(),
                    c.replaces.clone(),
                )
            })
        }))
        .collect()
}

fn mark(d: &BodyData, grade: &Id, ability: &Id) -> Option<String> {
    let m = d.matrix.as_ref()?;
    let c = m.columns.iter().position(|x| x == ability)?;
    m.rows
        .iter()
        .find(|r| &r.grade == grade)?
        .marks
        .get(c)
        .cloned()
}

/// Compares an earlier version of a body's data with a later one.
pub fn diff(old: &BodyData, new: &BodyData) -> Revision {
    let mut r = Revision::default();
    for g in &new.grades {
        if old.grade(&g.id).is_none() {
            r.grades_added.push(g.name.ja.clone());
        }
    }
    for g in &old.grades {
        if new.grade(&g.id).is_none() {
            r.grades_removed.push(g.name.ja.clone());
        }
    }
    let (oi, ni) = (items(old), items(new));
    for (id, name, replaces) in &ni {
        if oi.iter().any(|(o, ..)| o == id) {
            continue;
        }
        let replaced: Vec<&(Id, String, Vec<Id>)> =
            oi.iter().filter(|(o, ..)| replaces.contains(o)).collect();
        if replaced.is_empty() {
            r.items_added.push(name.clone());
        }
        for (_, old_name, _) in replaced {
            r.items_replaced.push((old_name.clone(), name.clone()));
        }
    }
    for (id, name, _) in &oi {
        let kept = ni.iter().any(|(n, _, rep)| n == id || rep.contains(id));
        if !kept {
            r.items_removed.push(name.clone());
        }
    }
    if let (Some(om), Some(_)) = (&old.matrix, &new.matrix) {
        for row in &om.rows {
            for a in &om.columns {
                let before = mark(old, &row.grade, a);
                // An ability replaced keeps its place: compare with its successor.
                let successor = new
                    .abilities
                    .iter()
                    .find(|x| &x.id == a || x.replaces.contains(a))
                    .map(|x| x.id.clone());
                let after = successor.as_ref().and_then(|s| mark(new, &row.grade, s));
                if let (Some(b), Some(af)) = (&before, &after) {
                    if b != af {
                        r.marks_changed.push((
                            old.grade_name(&row.grade, Lang::Ja),
                            old.abilities
                                .iter()
                                .find(|x| &x.id == a)
                                .map_or_else(|| a.to_string(), |x| x.name.ja.clone()),
                            b.clone(),
                            af.clone(),
                        ));
                    }
                }
            }
        }
    }
    worded(old, new, &mut r);
    for o in &new.offerings {
        if !old.offerings.iter().any(|x| x.id == o.id) {
            r.offerings_added.push(o.name.ja.clone());
        }
    }
    for o in &old.offerings {
        if !new.offerings.iter().any(|x| x.id == o.id) {
            r.offerings_removed.push(o.name.ja.clone());
        }
    }
    r
}

/// Which abilities each grade of both versions words, and in what words.
/// An ability that a later one `replaces` is followed to its successor, as
/// for marks, so a renamed ability's sentences are compared, not listed as
/// removed and added.
fn worded(old: &BodyData, new: &BodyData, r: &mut Revision) {
    let successor = |a: &Id| {
        new.abilities
            .iter()
            .find(|x| &x.id == a || x.replaces.contains(a))
            .map_or_else(|| a.clone(), |x| x.id.clone())
    };
    let name = |d: &BodyData, a: &Id| {
        d.abilities
            .iter()
            .find(|x| &x.id == a)
            .map_or_else(|| a.to_string(), |x| x.name.ja.clone())
    };
    let words = |w: &crate::core::model::Worded| -> Vec<String> {
        w.statements.iter().map(|s| s.text.clone()).collect()
    };
    for og in &old.grades {
        let Some(ng) = new.grade(&og.id) else {
            continue;
        };
        let grade = old.grade_name(&og.id, Lang::Ja);
        for ow in &og.abilities {
            let to = successor(&ow.ability);
            match ng.abilities.iter().find(|w| w.ability == to) {
                None => r
                    .worded_removed
                    .push((grade.clone(), name(old, &ow.ability))),
                Some(nw) if words(nw) != words(ow) => r
                    .worded_changed
                    .push((grade.clone(), name(new, &nw.ability))),
                Some(_) => {}
            }
        }
        for nw in &ng.abilities {
            if !og
                .abilities
                .iter()
                .any(|ow| successor(&ow.ability) == nw.ability)
            {
                r.worded_added.push((grade.clone(), name(new, &nw.ability)));
            }
        }
    }
}

impl Revision {
    /// Whether nothing listed changed.
    pub fn is_empty(&self) -> bool {
        *self == Revision::default()
    }

    /// The changes in sentences, one per kind of change, in a language.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let list = |v: &[String]| v.join(lang.pick("、", ", "));
        let mut out = Vec::new();
        let mut say = |v: &[String], ja: &str, en: &str| {
            if !v.is_empty() {
                out.push(match lang {
                    Lang::Ja => format!("{ja}（{} 件）：{}", v.len(), list(v)),
                    Lang::En => format!("{en} ({}): {}", v.len(), list(v)),
                });
            }
        };
        say(&self.grades_added, "追加された職位", "Grades added");
        say(&self.grades_removed, "なくなった職位", "Grades removed");
        say(
            &self.items_added,
            "追加された能力・できること",
            "Abilities and can-do statements added",
        );
        say(
            &self.items_removed,
            "なくなった能力・できること（自己評価は引き継げません）",
            "Abilities and can-do statements removed (their ratings cannot be carried over)",
        );
        let replaced: Vec<String> = self
            .items_replaced
            .iter()
            .map(|(a, b)| format!("{a} → {b}"))
            .collect();
        say(
            &replaced,
            "置き換えられた能力・できること（自己評価を引き継ぎます）",
            "Abilities and can-do statements replaced (ratings carried over)",
        );
        let marks: Vec<String> = self
            .marks_changed
            .iter()
            .map(|(g, a, b, af)| format!("{g}・{a}：{b} → {af}"))
            .collect();
        say(&marks, "変わった記号", "Marks changed");
        let pairs = |v: &[(String, String)]| -> Vec<String> {
            v.iter().map(|(g, a)| format!("{g}・{a}")).collect()
        };
        say(
            &pairs(&self.worded_added),
            "職位が新たに求める能力",
            "Abilities a grade now asks for",
        );
        say(
            &pairs(&self.worded_removed),
            "職位が求めなくなった能力",
            "Abilities a grade no longer asks for",
        );
        say(
            &pairs(&self.worded_changed),
            "職位での文が変わった能力",
            "Abilities a grade words differently",
        );
        say(
            &self.offerings_added,
            "追加された研修・支援",
            "Training and support added",
        );
        say(
            &self.offerings_removed,
            "なくなった研修・支援",
            "Training and support removed",
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::load::body_from_json;

    fn sample() -> BodyData {
        body_from_json(
            "valid.json",
            include_str!("../../tests/fixtures/valid.json"),
        )
        .expect("fixture")
    }

    #[test]
    fn a_revision_names_what_was_added_removed_replaced_and_changed() {
        let old = sample();
        let mut new = old.clone();
        let gone = new.abilities.remove(1);
        let renamed = &mut new.abilities[0];
        let old_id = renamed.id.clone();
        let old_name = renamed.name.ja.clone();
        renamed.id = Id::parse("renamed").expect("id");
        renamed.name.ja = "新しい名前".into();
        renamed.replaces = vec![old_id.clone()];
        if let Some(m) = new.matrix.as_mut() {
            let i = m
                .columns
                .iter()
                .position(|c| c == &gone.id)
                .expect("column");
            m.columns.remove(i);
            for r in &mut m.rows {
                r.marks.remove(i);
            }
            let j = m.columns.iter().position(|c| c == &old_id).expect("column");
            m.columns[j] = Id::parse("renamed").expect("id");
            let flip = if m.rows[0].marks[j] == "○" {
                "-"
            } else {
                "○"
            };
            m.rows[0].marks[j] = flip.into();
        }
        let r = diff(&old, &new);
        assert_eq!(r.items_removed, vec![gone.name.ja.clone()]);
        assert_eq!(r.items_replaced, vec![(old_name, "新しい名前".to_owned())]);
        assert_eq!(r.marks_changed.len(), 1, "{r:?}");
        assert!(r.items_added.is_empty() && r.grades_added.is_empty());
        let lines = r.lines(Lang::Ja);
        assert!(
            lines
                .iter()
                .any(|l| l
                    .starts_with("なくなった能力・できること（自己評価は引き継げません）（1 件）")),
            "{lines:?}"
        );
        assert!(diff(&old, &old).is_empty());
    }

    #[test]
    fn a_revision_of_a_worded_table_names_what_each_grade_now_asks_and_words_differently() {
        let old = crate::core::load::body_from_toml(
            "standard-town.toml",
            include_str!("../../tests/fixtures/standard-town.toml"),
        )
        .expect("fixture");
        let mut new = old.clone();
        // 課長 drops 責任感, 部長 rewords 倫理観 and also asks 責任感.
        let sekinin = new.grades[0].abilities.remove(2);
        new.grades[1].abilities[4].statements.pop();
        new.grades[1].abilities.push(sekinin);
        let r = diff(&old, &new);
        assert_eq!(
            r.worded_removed,
            [("課長".to_string(), "責任感".to_string())]
        );
        assert_eq!(r.worded_added, [("部長".to_string(), "責任感".to_string())]);
        assert_eq!(
            r.worded_changed,
            [("部長".to_string(), "倫理観".to_string())]
        );
        assert!(r.items_added.is_empty() && r.items_removed.is_empty());
        let lines = r.lines(Lang::Ja);
        assert!(
            lines.contains(&"職位での文が変わった能力（1 件）：部長・倫理観".to_string()),
            "{lines:?}"
        );
        // A renamed ability's sentences are compared with its successor's.
        let mut renamed = old.clone();
        let rinri = Id::parse("rinrikan").expect("id");
        let to = Id::parse("rinri").expect("id");
        for a in &mut renamed.abilities {
            if a.id == rinri {
                a.id = to.clone();
                a.replaces = vec![rinri.clone()];
            }
        }
        for g in &mut renamed.grades {
            for w in &mut g.abilities {
                if w.ability == rinri {
                    w.ability = to.clone();
                }
            }
        }
        let r = diff(&old, &renamed);
        assert!(
            r.worded_added.is_empty() && r.worded_removed.is_empty() && r.worded_changed.is_empty(),
            "{r:?}"
        );
        assert_eq!(r.items_replaced.len(), 1);
    }

    #[test]
    fn a_stored_framework_that_fails_the_validator_is_set_aside_and_the_rest_kept() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
        let good = Imported::from_data("a.xlsx".into(), day, sample());
        let mut broken = sample();
        broken.body.id = Id::parse("broken").expect("id");
        broken.documents.clear();
        let bad = Imported::from_data("b.xlsx".into(), day, broken);
        let mut all = FrameworkStore::default();
        all.put(good.clone());
        all.put(bad);
        let text = all.to_json();
        let text = format!(
            "{},{{\"nonsense\": true}}]}}",
            text.strip_suffix("]}")
                .expect("the store's text ends its list")
        );
        let (store, aside) = parse_store(&text).expect("parses");
        assert_eq!(store.bodies, vec![good], "kept as it was, text and all");
        assert_eq!(aside.len(), 2);
        assert_eq!(aside[0].id.as_deref(), Some("broken"));
        assert_eq!(aside[1].id, None);
        assert!(matches!(
            parse_store(r#"{"version": 9, "bodies": []}"#),
            Err(StoreError::Newer(9))
        ));
        assert!(matches!(
            parse_store("not json"),
            Err(StoreError::Corrupt(_))
        ));
    }

    #[test]
    fn a_damaged_stored_entry_is_set_aside_with_what_is_wrong_and_named_when_it_can_be() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
        let good = Imported::from_data("a.xlsx".into(), day, sample());
        let mut all = FrameworkStore::default();
        all.put(good.clone());
        let data = &good.json;
        let entries = [
            format!(r#"{{"file_name": "b.xlsx", "data": {data}}}"#),
            format!(r#"{{"file_name": "b.xlsx", "imported": "2026-13-01", "data": {data}}}"#),
            format!(r#"{{"file_name": 7, "imported": "2026-12-01", "data": {data}}}"#),
            r#"{"file_name": "b.xlsx", "imported": "2026-12-01"}"#.to_owned(),
            "5".to_owned(),
        ];
        let text = format!(
            "{},{}]}}",
            all.to_json()
                .strip_suffix("]}")
                .expect("the store's text ends its list"),
            entries.join(",")
        );
        let (store, aside) = parse_store(&text).expect("parses");
        assert_eq!(store.bodies, vec![good.clone()]);
        let whys: Vec<&str> = aside.iter().map(|a| a.why.as_str()).collect();
        assert_eq!(
            whys,
            [
                "形式が正しくありません（「imported」がありません）",
                "形式が正しくありません（imported: 日付「2026-13-01」は YYYY-MM-DD の形ではありません）",
                "形式が正しくありません（file_name: 文字列を書いてください（数値「7」が書かれています））",
                "形式が正しくありません（「data」がありません）",
                "形式が正しくありません（オブジェクトを書いてください（数値「5」が書かれています））",
            ]
        );
        let id = Some(good.data.body.id.to_string());
        let ids: Vec<Option<String>> = aside.iter().map(|a| a.id.clone()).collect();
        assert_eq!(ids, [id.clone(), id.clone(), id, None, None]);
        for (text, version) in [
            (r#"{"version": 1.0, "bodies": []}"#, "NoVersion"),
            (r#"{"version": 0, "bodies": []}"#, "NoVersion"),
            (r#"{"bodies": []}"#, "NoVersion"),
            (r#"{"version": 1, "bodies": {}}"#, "Shape"),
            (r#"{"version": 1}"#, "Shape"),
            ("[]", "Corrupt"),
        ] {
            let e = parse_store(text).expect_err(text);
            assert!(format!("{e:?}").starts_with(version), "{text}: {e:?}");
        }
    }
}
