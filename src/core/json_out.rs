//! Writing the stored document, and what the app hands the pages module,
//! as JSON, by hand: the writing side of [`super::store_json`].
//!
//! Why not serde's derived writers: measured by removal, they were 7.9 KB
//! gzip of the app module (`tests/bench/weighed.md`), one copy of
//! serde_json's field and map code per type. Here every value is written
//! through one `&dyn` [`WriteJson`], so each type costs only its own few
//! lines. The serde derives stay, for the native tools and the pages
//! module, and the two must agree byte for byte: `tests/json_out.rs` holds
//! this writer to serde_json on every stored fixture and under random
//! mutations, so that what one writes the other reads, and a document
//! written by an older build is written the same way by this one.

use super::assess::{Assessment, Entry, Position, Selection};
use super::id::Id;
use super::index::{Has, IndexEntry};
use super::lang::Lang;
use super::model::{Basis, BodyKind, Label};
use super::plan::{PlanItem, Status, When};
use super::review::{AgreedStep, Review, ReviewBody};
use super::scale::{Level, Rating};
use super::sorted::SortedMap;
use super::store::{EngagementAnswers, Snapshot, StoredDoc};
use chrono::{Datelike, NaiveDate};
use std::fmt::Write as _;
use std::rc::Rc;

/// A value that writes itself as JSON, as serde_json would write it.
pub trait WriteJson {
    /// Appends this value's JSON to `out`.
    fn write_json(&self, out: &mut String);
}

/// The JSON text of a value.
pub fn to_json(v: &dyn WriteJson) -> String {
    let mut out = String::new();
    v.write_json(&mut out);
    out
}

/// A JSON string, escaped as serde_json escapes: `"` and `\`, the named
/// control characters, and the other control characters as `\u00xx`;
/// everything else (Japanese included) as it is.
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let named = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            c if (c as u32) < 0x20 => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if named.is_empty() {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push_str(named);
        }
        start = i + c.len_utf8();
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// An object's fields, written in order; `None` fields are the ones serde
/// skips (`skip_serializing_if`).
pub fn object(out: &mut String, fields: &[(&str, Option<&dyn WriteJson>)]) {
    out.push('{');
    let mut first = true;
    for (name, value) in fields {
        let Some(value) = value else { continue };
        if !first {
            out.push(',');
        }
        first = false;
        string(out, name);
        out.push(':');
        value.write_json(out);
    }
    out.push('}');
}

/// An enum's variant with data, as serde writes it: `{"name":value}`.
pub fn variant(out: &mut String, name: &str, value: &dyn WriteJson) {
    object(out, &[(name, Some(value))]);
}

/// A list of values.
fn array(out: &mut String, items: &mut dyn Iterator<Item = &dyn WriteJson>) {
    out.push('[');
    for (i, v) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        v.write_json(out);
    }
    out.push(']');
}

/// Writes a struct as serde's derive does: its fields in order, under
/// their own names (so a name cannot be misspelt), each always written,
/// or skipped as `present` (when `None`) or `non_empty` (when empty) say,
/// as the field's `skip_serializing_if` does.
#[macro_export]
macro_rules! write_fields {
    (@value $v:expr) => {
        Some(&$v as &dyn $crate::core::json_out::WriteJson)
    };
    (@value $v:expr, $skip:ident) => {
        $crate::core::json_out::$skip(&$v)
    };
    ($t:ty { $($field:ident $(: $skip:ident)?),* $(,)? }) => {
        impl $crate::core::json_out::WriteJson for $t {
            fn write_json(&self, out: &mut String) {
                $crate::core::json_out::object(
                    out,
                    &[$((stringify!($field), $crate::write_fields!(@value self.$field $(, $skip)?))),*],
                );
            }
        }
    };
}

/// Text that is JSON already (a stored framework's data), as it is.
pub struct Raw<'a>(pub &'a str);

impl WriteJson for Raw<'_> {
    fn write_json(&self, out: &mut String) {
        out.push_str(self.0);
    }
}

impl WriteJson for String {
    fn write_json(&self, out: &mut String) {
        string(out, self);
    }
}

impl WriteJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl WriteJson for u32 {
    fn write_json(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl WriteJson for u64 {
    fn write_json(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl WriteJson for i32 {
    fn write_json(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl WriteJson for Id {
    fn write_json(&self, out: &mut String) {
        string(out, self.as_str());
    }
}

/// A day as chrono writes one: `YYYY-MM-DD`, a year outside 0–9999 with
/// its sign.
impl WriteJson for NaiveDate {
    fn write_json(&self, out: &mut String) {
        let y = self.year();
        let _ = if (0..=9999).contains(&y) {
            write!(out, "\"{y:04}-{:02}-{:02}\"", self.month(), self.day())
        } else {
            write!(out, "\"{y:+05}-{:02}-{:02}\"", self.month(), self.day())
        };
    }
}

impl<T: WriteJson> WriteJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        array(out, &mut self.iter().map(|v| v as &dyn WriteJson));
    }
}

impl<T: WriteJson> WriteJson for Rc<T> {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl<T: WriteJson> WriteJson for Box<T> {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl<A: WriteJson, B: WriteJson> WriteJson for (A, B) {
    fn write_json(&self, out: &mut String) {
        array(out, &mut [&self.0 as &dyn WriteJson, &self.1].into_iter());
    }
}

/// A map with ids for keys, as a JSON object in key order.
impl<V: WriteJson> WriteJson for SortedMap<Id, V> {
    fn write_json(&self, out: &mut String) {
        out.push('{');
        for (i, (k, v)) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            string(out, k.as_str());
            out.push(':');
            v.write_json(out);
        }
        out.push('}');
    }
}

impl WriteJson for Lang {
    fn write_json(&self, out: &mut String) {
        string(out, self.pick("ja", "en"));
    }
}

/// A level as its number (serde: `into = "u8"`).
impl WriteJson for Level {
    fn write_json(&self, out: &mut String) {
        (*self as u8 as u32).write_json(out);
    }
}

impl WriteJson for Rating {
    fn write_json(&self, out: &mut String) {
        match self {
            Rating::Level(l) => variant(out, "level", l),
            Rating::NotApplicable => string(out, "not_applicable"),
        }
    }
}

impl WriteJson for Position {
    fn write_json(&self, out: &mut String) {
        match self {
            Position::PreEntry => string(out, "pre_entry"),
            Position::Grade(id) => variant(out, "grade", id),
        }
    }
}

write_fields!(Selection {
    body,
    track,
    current,
    next,
    entry_year,
    grade_year,
    data_version
});

write_fields!(Entry {
    rating: present,
    note: non_empty
});

/// A text field serde skips when it is empty. A `&String`, since a `str`
/// cannot stand behind a `&dyn WriteJson`.
#[allow(clippy::ptr_arg)]
pub fn non_empty(s: &String) -> Option<&dyn WriteJson> {
    (!s.is_empty()).then_some(s as &dyn WriteJson)
}

/// A field serde skips when it is zero.
pub fn nonzero(v: &u32) -> Option<&dyn WriteJson> {
    (*v != 0).then_some(v as &dyn WriteJson)
}

/// A field serde skips when it is `None`.
pub fn present<T: WriteJson>(v: &Option<T>) -> Option<&dyn WriteJson> {
    v.as_ref().map(|v| v as &dyn WriteJson)
}

write_fields!(Assessment {
    selection,
    current,
    next
});

write_fields!(Snapshot {
    id,
    taken,
    label: present,
    assessment
});

impl WriteJson for When {
    fn write_json(&self, out: &mut String) {
        match self {
            When::FiscalYear(y) => variant(out, "fiscal_year", y),
            When::Date(d) => variant(out, "date", d),
        }
    }
}

impl WriteJson for Status {
    fn write_json(&self, out: &mut String) {
        string(
            out,
            match self {
                Status::Planned => "planned",
                Status::InProgress => "in_progress",
                Status::Done => "done",
            },
        );
    }
}

write_fields!(PlanItem {
    id,
    body,
    offering: present,
    title,
    when,
    status,
    note: non_empty
});

write_fields!(EngagementAnswers {
    body,
    survey,
    answered,
    answers
});

write_fields!(AgreedStep {
    text,
    offering: present,
    fiscal_year: present
});

write_fields!(ReviewBody {
    role,
    current,
    next,
    comments,
    overall,
    steps
});

write_fields!(Review {
    id,
    body,
    current_grade,
    next_grade,
    made,
    received,
    on_this_device,
    given
});

write_fields!(StoredDoc {
    version,
    revision: nonzero,
    assessment: present,
    snapshots,
    plan,
    engagement,
    reviews
});

impl WriteJson for Basis {
    fn write_json(&self, out: &mut String) {
        string(
            out,
            match self {
                Basis::Document => "document",
                Basis::App => "app",
            },
        );
    }
}

/// A label as a plain string when it is only Japanese from the document,
/// as [`Label`]'s own serde writer does.
impl WriteJson for Label {
    fn write_json(&self, out: &mut String) {
        if self.en.is_none() && self.basis == Basis::Document && self.note.is_none() {
            return string(out, &self.ja);
        }
        object(
            out,
            &[
                ("ja", Some(&self.ja)),
                ("en", present(&self.en)),
                (
                    "basis",
                    (self.basis != Basis::Document).then_some(&self.basis as &dyn WriteJson),
                ),
                ("note", present(&self.note)),
            ],
        );
    }
}

impl WriteJson for BodyKind {
    fn write_json(&self, out: &mut String) {
        string(out, self.ja());
    }
}

write_fields!(Has {
    matrix,
    can_do,
    grades,
    career_path,
    offerings,
    survey,
    plan
});

write_fields!(IndexEntry {
    id,
    name,
    kind,
    prefecture,
    file,
    documents,
    has
});
