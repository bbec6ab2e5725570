//! Reading the stored document (the assessment, snapshots, plan, survey
//! answers and reviews) from JSON, written by hand over the helpers of
//! [`super::model_json`].
//!
//! Why not serde's derived readers: measured by removal, the visitors for
//! these types, together with the page events that carry them, were 22 KB
//! gzip of the app module (`tests/bench/weighed.md`), for a document read
//! once when the app starts and once per change made in another tab. The
//! serde derives stay: they write the document, and the native tools and
//! the pages module read through them. The two readers must agree, and
//! `tests/store_json.rs` holds this one to serde on every stored fixture,
//! migrated, and under random mutations. Like serde for these types (which
//! have no `deny_unknown_fields`), fields it does not know are passed over.

use super::assess::{Assessment, Entry, Position, Selection};
use super::dates::parse_iso;
use super::id::Id;
use super::model_json::{integer, position_of, stub, At, Obj, Read, Stub, R};
use super::plan::{PlanItem, Status, When};
use super::review::{AgreedStep, Review, ReviewBody};
use super::scale::{Level, Rating};
use super::sorted::SortedMap;
use super::store::{EngagementAnswers, Snapshot, StoredDoc};
use chrono::NaiveDate;
use serde_json::Value;
use std::rc::Rc;

/// Reads a stored document that is already parsed and migrated.
pub fn read_stored(v: &Value) -> R<StoredDoc> {
    StoredDoc::read(v, &At::Root)
}

/// An enum as serde writes one with data: a unit variant as its name (or
/// as `{"name": null}`), another as `{"name": value}`. Gives the variant's
/// place in `names` and its value (`null` for a unit variant).
pub fn tagged<'v>(v: &'v Value, at: &At, names: &[&str]) -> R<(usize, &'v Value)> {
    const NULL: &Value = &Value::Null;
    let (name, inner) = match v {
        Value::String(s) => (s.as_str(), NULL),
        Value::Object(m) if m.len() == 1 => match m.iter().next() {
            Some((k, x)) => (k.as_str(), x),
            None => return at.expected("名前ひとつのオブジェクト", v),
        },
        _ => return at.expected("文字列か、名前ひとつのオブジェクト", v),
    };
    position_of(name, at, names).map(|i| (i, inner))
}

/// A unit variant's value must be `null`.
pub fn unit(v: &Value, at: &At) -> R<()> {
    match v {
        Value::Null => Ok(()),
        _ => at.expected("null", v),
    }
}

impl Read for i32 {
    fn read(v: &Value, at: &At) -> R<Self> {
        integer(v, at, v.as_i64(), "整数")
    }
}

/// A day, as `YYYY-MM-DD` (serde reads it with `dates::de_iso`).
impl Read for NaiveDate {
    fn read(v: &Value, at: &At) -> R<Self> {
        match v {
            Value::String(s) => match parse_iso(s) {
                Some(d) => Ok(d),
                None => at.fail(format!("日付「{s}」は YYYY-MM-DD の形ではありません")),
            },
            _ => at.expected("日付（文字列）", v),
        }
    }
}

impl<K: Read + Ord, V: Read> Read for SortedMap<K, V> {
    fn read(v: &Value, at: &At) -> R<Self> {
        let Value::Object(m) = v else {
            return at.expected("オブジェクト", v);
        };
        let mut out = SortedMap::new();
        for (k, x) in m {
            let here = At::Key(at, k);
            let key = K::read(&Value::String(k.clone()), &here)?;
            out.insert(key, V::read(x, &here)?);
        }
        Ok(out)
    }
}

impl<T: Read> Read for Box<T> {
    fn read(v: &Value, at: &At) -> R<Self> {
        T::read(v, at).map(Box::new)
    }
}

impl<T: Read> Read for Rc<T> {
    fn read(v: &Value, at: &At) -> R<Self> {
        T::read(v, at).map(Rc::new)
    }
}

impl Read for Level {
    fn read(v: &Value, at: &At) -> R<Self> {
        let n = u32::read(v, at)?;
        match u8::try_from(n).ok().and_then(Level::from_value) {
            Some(l) => Ok(l),
            None => at.fail(format!("評価の段階 {n} はありません（1〜4）")),
        }
    }
}

impl Read for Rating {
    fn read(v: &Value, at: &At) -> R<Self> {
        let (i, x) = tagged(v, at, &["level", "not_applicable"])?;
        if i == 0 {
            Level::read(x, &At::Key(at, "level")).map(Rating::Level)
        } else {
            unit(x, at).map(|()| Rating::NotApplicable)
        }
    }
}

impl Read for Position {
    fn read(v: &Value, at: &At) -> R<Self> {
        let (i, x) = tagged(v, at, &["pre_entry", "grade"])?;
        if i == 0 {
            unit(x, at).map(|()| Position::PreEntry)
        } else {
            Id::read(x, &At::Key(at, "grade")).map(Position::Grade)
        }
    }
}

impl Read for When {
    fn read(v: &Value, at: &At) -> R<Self> {
        let (i, x) = tagged(v, at, &["fiscal_year", "date"])?;
        if i == 0 {
            i32::read(x, &At::Key(at, "fiscal_year")).map(When::FiscalYear)
        } else {
            NaiveDate::read(x, &At::Key(at, "date")).map(When::Date)
        }
    }
}

impl Read for Status {
    fn read(v: &Value, at: &At) -> R<Self> {
        let (i, x) = tagged(v, at, &["planned", "in_progress", "done"])?;
        unit(x, at)?;
        Ok([Status::Planned, Status::InProgress, Status::Done][i])
    }
}

// Stand-ins for required fields (see [`Stub`]).
stub! {
    NaiveDate => NaiveDate::MIN,
    Position => Position::PreEntry,
    When => When::FiscalYear(0),
    Status => Status::Planned,
    ReviewBody => ReviewBody::default(),
    SortedMap<Id, u32> => SortedMap::new(),
    Selection => Selection {
        body: Id::stub(),
        track: Id::stub(),
        current: Position::PreEntry,
        next: None,
        entry_year: None,
        grade_year: None,
        data_version: None,
    },
    Assessment => Assessment::new(Selection::stub()),
    Box<StoredDoc> => Box::default(),
}

impl Read for Entry {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(Entry {
            rating: o.get("rating"),
            note: o.get("note"),
        })
    }
}

impl Read for Selection {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(Selection {
            body: o.req("body"),
            track: o.req("track"),
            current: o.req("current"),
            next: o.get("next"),
            entry_year: o.get("entry_year"),
            grade_year: o.get("grade_year"),
            data_version: o.get("data_version"),
        })
    }
}

impl Read for Assessment {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(Assessment {
            selection: o.req("selection"),
            current: o.get("current"),
            next: o.get("next"),
        })
    }
}

impl Read for Snapshot {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(Snapshot {
            id: o.req("id"),
            taken: o.req("taken"),
            label: o.get("label"),
            assessment: o.req("assessment"),
        })
    }
}

impl Read for PlanItem {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(PlanItem {
            id: o.req("id"),
            body: o.req("body"),
            offering: o.get("offering"),
            title: o.req("title"),
            when: o.req("when"),
            status: o.req("status"),
            note: o.get("note"),
        })
    }
}

impl Read for EngagementAnswers {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(EngagementAnswers {
            body: o.req("body"),
            survey: o.req("survey"),
            answered: o.req("answered"),
            answers: o.req("answers"),
        })
    }
}

impl Read for AgreedStep {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(AgreedStep {
            text: o.req("text"),
            offering: o.get("offering"),
            fiscal_year: o.get("fiscal_year"),
        })
    }
}

impl Read for ReviewBody {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(ReviewBody {
            role: o.get("role"),
            current: o.get("current"),
            next: o.get("next"),
            comments: o.get("comments"),
            overall: o.get("overall"),
            steps: o.get("steps"),
        })
    }
}

impl Read for Review {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(Review {
            id: o.req("id"),
            body: o.req("body"),
            current_grade: o.get("current_grade"),
            next_grade: o.get("next_grade"),
            made: o.req("made"),
            received: o.req("received"),
            on_this_device: o.get("on_this_device"),
            given: o.req("given"),
        })
    }
}

impl Read for StoredDoc {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(StoredDoc {
            version: o.req("version"),
            revision: o.get("revision"),
            assessment: o.get("assessment"),
            snapshots: o.get("snapshots"),
            plan: o.get("plan"),
            engagement: o.get("engagement"),
            reviews: o.get("reviews"),
        })
    }
}
