//! The file a person hands in to the HR office (人事課への提出用ファイル):
//! what goes in it, its name, and what it holds in plain words.
//!
//! One small JSON file, versioned by [`SUBMISSION_VERSION`]. It carries
//! the body, track, grade pair, date, fiscal year and data version, the
//! ratings as asked on each side, and, as the person chooses, the notes
//! and the supervisor's review. An identifier the office asks for (職員番号)
//! is typed by the person when the file is made and is never stored by
//! the app.

use crate::core::assess::{Assessment, Position};
use crate::core::id::Id;
use crate::core::lang::Lang;
use crate::core::model::BodyData;
use crate::core::review::Review;
use crate::core::scale::Rating;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the `kind` field of a submission says.
pub const SUBMISSION_KIND: &str = "michishirube-submission";
/// The version of the file's shape this app writes and reads.
pub const SUBMISSION_VERSION: u32 = 1;
/// Longest identifier (職員番号) accepted, in characters.
pub const MAX_STAFF_ID: usize = 40;

/// What the person chose to put in besides the ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Contents {
    /// The evidence notes (具体的な場面・根拠).
    pub notes: bool,
    /// The supervisor's ratings, from the review shown beside the results.
    pub review: bool,
}

/// Ratings on each side, by item id. An item asked once for both grades
/// has its one answer written on every side it is rated on, so a reader
/// needs no rule of how items are asked.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SideRatings {
    /// Against the current grade.
    #[serde(default)]
    pub current: BTreeMap<Id, Rating>,
    /// Against the next grade.
    #[serde(default)]
    pub next: BTreeMap<Id, Rating>,
}

/// The notes on each side, by item id (only those written).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SideNotes {
    /// Against the current grade.
    #[serde(default)]
    pub current: BTreeMap<Id, String>,
    /// Against the next grade.
    #[serde(default)]
    pub next: BTreeMap<Id, String>,
}

/// The supervisor's part, when the person chose to include it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewPart {
    /// The reviewer's role, as typed (課長 …).
    #[serde(default)]
    pub role: String,
    /// The day the reviewer finished it.
    #[serde(deserialize_with = "crate::core::dates::de_iso")]
    pub made: NaiveDate,
    /// The reviewer's ratings.
    pub ratings: SideRatings,
}

/// The file handed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// Always [`SUBMISSION_KIND`].
    pub kind: String,
    /// Always [`SUBMISSION_VERSION`] when written by this app.
    pub version: u32,
    /// The body.
    pub body: Id,
    /// The body's name as the app showed it, so the office can tell files apart.
    pub body_name: String,
    /// The job track.
    pub track: Id,
    /// The current position.
    pub current: Position,
    /// The grade compared with.
    #[serde(default)]
    pub next: Option<Id>,
    /// The day the file was made.
    #[serde(deserialize_with = "crate::core::dates::de_iso")]
    pub made: NaiveDate,
    /// The fiscal year it was made in (named by the western year it starts in).
    pub fiscal_year: i32,
    /// The version of the body's data the ratings are against ([`BodyData::version_tag`]).
    pub data_version: String,
    /// The identifier the office asked for, as typed; only used to find duplicates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_id: Option<String>,
    /// What the person chose to include.
    pub contents: Contents,
    /// The self-ratings.
    pub ratings: SideRatings,
    /// The notes, when chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<SideNotes>,
    /// The supervisor's ratings, when chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<ReviewPart>,
}

/// Why a file could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MakeError {
    /// Nothing is rated yet.
    NothingRated,
    /// The review was chosen but there is none for this assessment.
    NoReview,
    /// The identifier is longer than [`MAX_STAFF_ID`] or holds a control character.
    BadStaffId,
}

impl MakeError {
    /// The message for the person, in a language.
    pub fn message(&self, lang: Lang) -> String {
        let _ = lang;
        todo!("A1")
    }
}

/// Makes the file from an assessment. `review` is the review shown beside
/// the results (used only when `contents.review`); `staff_id` is trimmed,
/// and an empty one is left out.
pub fn make(
    d: &BodyData,
    a: &Assessment,
    contents: Contents,
    review: Option<&Review>,
    staff_id: Option<&str>,
    today: NaiveDate,
) -> Result<Submission, MakeError> {
    let _ = (d, a, contents, review, staff_id, today);
    todo!("A1")
}

/// The file's text (pretty JSON, through serde).
pub fn to_json(s: &Submission) -> String {
    let _ = s;
    todo!("A1")
}

/// The file's name: `michishirube-submission-<body>-<date>.json` (ASCII,
/// so every PC and mail system keeps it; no identifier in it).
pub fn file_name(s: &Submission) -> String {
    let _ = s;
    todo!("A1")
}

/// What the file holds, in plain sentences, shown before it is saved.
pub fn describe(s: &Submission, d: &BodyData, lang: Lang) -> Vec<String> {
    let _ = (s, d, lang);
    todo!("A1")
}
