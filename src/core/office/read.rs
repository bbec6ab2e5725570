//! Reading files handed in to the HR office: each one is read or refused
//! with a reason, and a refused file never stops the others.
//!
//! [`parse`] reads one file's bytes on their own (size, compression, text,
//! JSON, shape, ranges, markup). An [`Intake`] then takes the files for one
//! body: another body's file, a version of the data that cannot be mapped
//! to the loaded one, and a duplicate (the same identifier and date) are
//! refused there. What it keeps of an accepted file is a [`Record`]: no
//! identifier and no note text.

use super::file::{SideRatings, Submission};
use crate::core::assess::Position;
use crate::core::id::Id;
use crate::core::lang::Lang;
use crate::core::model::BodyData;
use chrono::NaiveDate;

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
        let _ = lang;
        todo!("A1")
    }

    /// A stable ASCII name of the kind of reason (`damaged`, `other-body` …),
    /// for the page's `data-reason` and for tests: `too-large`, `compressed`,
    /// `not-text`, `damaged`, `not-submission`, `newer-version`, `shape`,
    /// `out-of-range`, `markup`, `other-body`, `unmappable`, `duplicate`.
    pub fn slug(&self) -> &'static str {
        todo!("A1")
    }

    /// The reason's short name, for counting refusals by kind (破損, 別の団体 …).
    pub fn kind_label(&self, lang: Lang) -> &'static str {
        let _ = lang;
        todo!("A1")
    }
}

/// Reads one file's bytes, on their own.
pub fn parse(bytes: &[u8]) -> Result<Submission, Refusal> {
    let _ = bytes;
    todo!("A1")
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
    seen: std::collections::HashMap<(String, NaiveDate), String>,
}

impl Intake {
    /// An empty intake for a body's loaded data.
    pub fn new(d: &BodyData) -> Intake {
        Intake {
            body: d.body.id.clone(),
            version: d.version_tag(),
            records: Vec::new(),
            refused: Vec::new(),
            seen: Default::default(),
        }
    }

    /// Takes one parsed file (or the refusal [`parse`] gave it).
    pub fn add(&mut self, d: &BodyData, file: &str, parsed: Result<Submission, Refusal>) {
        let _ = (d, file, parsed, &self.body, &self.version, &mut self.seen);
        todo!("A1")
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
