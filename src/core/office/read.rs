//! Reading files handed in to the HR office: each one is read or refused
//! with a reason, and a refused file never stops the others.
//!
//! [`parse`] reads one file's bytes on their own (size, compression, text,
//! JSON, shape, ranges, markup). An [`Intake`] then takes the files for one
//! body: another body's file, a version of the data that cannot be mapped
//! to the loaded one, and a duplicate (the same identifier and date) are
//! refused there. What it keeps of an accepted file is a [`Record`]: no
//! identifier and no note text.

mod intake;
mod refusal;

pub use intake::{Intake, Record, Refused};
pub use refusal::Refusal;

use super::file::{markup, Submission, MAX_STAFF_ID, SUBMISSION_KIND, SUBMISSION_VERSION};
use crate::core::dates::fiscal_year;
use crate::core::id::Id;
use crate::core::json;
use crate::core::scale::Level;
use serde_json::Value;

/// Largest file read, in bytes. A real file is a few kilobytes; anything
/// larger is refused before it is read as text.
pub const MAX_FILE_BYTES: usize = 256 * 1024;

/// Whether a file of this many bytes may be read at all. The page asks it
/// with the file's size before reading the file (`File.size`), so a 50 MB
/// file is refused without being loaded; [`parse`] asks it too.
pub fn check_size(len: usize) -> Result<(), Refusal> {
    if len > MAX_FILE_BYTES {
        Err(Refusal::TooLarge(len))
    } else {
        Ok(())
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
    check_size(bytes.len())?;
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

/// Reads one file for the office's page: as [`parse`], with the notes'
/// text let go at once. The page never reads a note, only counts the files
/// that have them, so thousands of files held in memory cost their ratings
/// and not their notes (a file may hold up to [`MAX_FILE_BYTES`] of them).
pub fn parse_for_summary(bytes: &[u8]) -> Result<Submission, Refusal> {
    parse(bytes).map(|mut s| {
        if let Some(notes) = s.notes.as_mut() {
            notes.current.clear();
            notes.next.clear();
        }
        s
    })
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

/// The body a file names, if it is a submission at all: for choosing which
/// body to summarise when files of several arrive together.
pub fn body_of(s: &Submission) -> (&Id, &str) {
    (&s.body, &s.body_name)
}
