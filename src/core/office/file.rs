//! The file a person hands in to the HR office (人事課への提出用ファイル):
//! what goes in it, its name, and what it holds in plain words.
//!
//! One small JSON file, versioned by [`SUBMISSION_VERSION`]. It carries
//! the body, track, grade pair, date, fiscal year and data version, the
//! ratings as asked on each side, and, as the person chooses, the notes
//! and the supervisor's review. An identifier the office asks for (職員番号)
//! is typed by the person when the file is made and is never stored by
//! the app.

use crate::core::assess::{rate_items, Asking, Assessment, Position, RateItem, Side};
use crate::core::dates::{date_label, english_date, fiscal_year, fiscal_year_label, wareki};
use crate::core::id::Id;
use crate::core::lang::{plural, Lang};
use crate::core::model::BodyData;
use crate::core::review::{bounded, Review};
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
        match self {
            MakeError::NothingRated => lang.pick(
                "まだ何も評価していないため、提出用ファイルを作れません。自己評価をしてから作ってください。",
                "Nothing is rated yet, so there is no file to make. Rate yourself first.",
            ),
            MakeError::NoReview => lang.pick(
                "上司の評価を含めるよう選ばれましたが、この自己評価に対する上司の評価がありません。",
                "You chose to include the supervisor's review, but there is none for this self-rating.",
            ),
            MakeError::BadStaffId => lang.pick(
                "職員番号は40文字以内で、改行などの制御文字や「<」で始まるタグを含めずに入力してください。",
                "Type the staff number in 40 characters or fewer, with no line breaks, control characters or tags.",
            ),
        }
        .to_owned()
    }
}

/// Makes the file from an assessment. `review` is the review shown beside
/// the results (used only when `contents.review`); `staff_id` is trimmed,
/// and an empty one is left out.
///
/// Notes and the reviewer's role are written as typed, except that a
/// control character is dropped and a `<` that would open a tag becomes
/// `＜`: the office's reader refuses markup, and a person's own note must
/// never make their file unreadable. The identifier is not changed but
/// refused, as it must match the office's records exactly.
pub fn make(
    d: &BodyData,
    a: &Assessment,
    contents: Contents,
    review: Option<&Review>,
    staff_id: Option<&str>,
    today: NaiveDate,
) -> Result<Submission, MakeError> {
    let staff_id = match staff_id.map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(s) if s.chars().count() > MAX_STAFF_ID || markup(s) => {
            return Err(MakeError::BadStaffId)
        }
        Some(s) => Some(s.to_owned()),
    };
    let review = match (contents.review, review) {
        (false, _) => None,
        (true, None) => return Err(MakeError::NoReview),
        (true, Some(r)) => Some(r),
    };
    let sel = &a.selection;
    let items = rate_items(d, sel.current_grade(), sel.next.as_ref());
    let mut ratings = SideRatings::default();
    let mut notes = SideNotes::default();
    let mut given = SideRatings::default();
    for item in &items {
        for side in item.rated_sides() {
            let entry = a.answer(item, side);
            if let Some(r) = entry.rating {
                ratings.side_mut(side).insert(item.id.clone(), r);
            }
            if contents.notes && !entry.note.trim().is_empty() {
                let note = cleaned(entry.note.trim());
                notes.side_mut(side).insert(item.id.clone(), note);
            }
            if let Some(r) = review.and_then(|r| reviewer_rating(r, item, side)) {
                given.side_mut(side).insert(item.id.clone(), r);
            }
        }
    }
    if ratings.current.is_empty() && ratings.next.is_empty() {
        return Err(MakeError::NothingRated);
    }
    Ok(Submission {
        kind: SUBMISSION_KIND.to_owned(),
        version: SUBMISSION_VERSION,
        body: d.body.id.clone(),
        body_name: cleaned(&d.body.name.ja),
        track: sel.track.clone(),
        current: sel.current.clone(),
        next: sel.next.clone(),
        made: today,
        fiscal_year: fiscal_year(today),
        data_version: d.version_tag(),
        staff_id,
        contents,
        ratings,
        notes: contents.notes.then_some(notes),
        review: review.map(|r| ReviewPart {
            role: cleaned(&bounded(&r.given.role, MAX_ROLE)),
            made: r.made,
            ratings: given,
        }),
    })
}

/// Longest reviewer's role written, in characters (a role is a word or two).
const MAX_ROLE: usize = 40;

/// The reviewer's rating of an item on a side. An item asked once for both
/// grades takes the one rating given, on either side, as the person's own
/// answer does ([`Assessment::answer`]).
fn reviewer_rating(r: &Review, item: &RateItem, side: Side) -> Option<Rating> {
    if item.asking != Asking::Once {
        return r.given.side(side).get(&item.id).copied();
    }
    r.given
        .current
        .get(&item.id)
        .or_else(|| r.given.next.get(&item.id))
        .copied()
}

impl SideRatings {
    /// The ratings of one side.
    pub fn side(&self, side: Side) -> &BTreeMap<Id, Rating> {
        match side {
            Side::Current => &self.current,
            Side::Next => &self.next,
        }
    }

    /// The ratings of one side, for changing.
    pub fn side_mut(&mut self, side: Side) -> &mut BTreeMap<Id, Rating> {
        match side {
            Side::Current => &mut self.current,
            Side::Next => &mut self.next,
        }
    }
}

impl SideNotes {
    /// The notes of one side, for changing.
    pub(crate) fn side_mut(&mut self, side: Side) -> &mut BTreeMap<Id, String> {
        match side {
            Side::Current => &mut self.current,
            Side::Next => &mut self.next,
        }
    }
}

/// Whether text holds what the office's reader refuses as markup: a `<`
/// that opens a tag, a comment or a processing instruction (`<` before an
/// ASCII letter, `/`, `!` or `?`), a `javascript:` address, or a control
/// character other than a tab or a line break. A `<` before a digit, a
/// space or a Japanese character (`<5件`, `<研修>`) is ordinary text.
pub fn markup(s: &str) -> bool {
    let opens_tag = s.as_bytes().windows(2).any(|w| {
        w[0] == b'<' && (w[1].is_ascii_alphabetic() || matches!(w[1], b'/' | b'!' | b'?'))
    });
    opens_tag
        || s.to_ascii_lowercase().contains("javascript:")
        || s.chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// Text with what [`markup`] refuses taken out: control characters dropped,
/// a `<` that would open a tag written `＜`, the colon of `javascript:`
/// written `：`.
fn cleaned(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r') {
            continue;
        }
        let opens = chars
            .peek()
            .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?'));
        out.push(if c == '<' && opens { '＜' } else { c });
    }
    while let Some(at) = out.to_ascii_lowercase().find("javascript:") {
        out.replace_range(at + 10..at + 11, "：");
    }
    out
}

/// The file's text (pretty JSON, through serde).
pub fn to_json(s: &Submission) -> String {
    // A submission has string keys and no floats, so serde cannot fail on it.
    serde_json::to_string_pretty(s).expect("a submission always serializes")
}

/// The file's name: `michishirube-submission-<body>-<date>.json` (ASCII,
/// so every PC and mail system keeps it; no identifier in it).
pub fn file_name(s: &Submission) -> String {
    format!(
        "{SUBMISSION_KIND}-{}-{}.json",
        s.body,
        s.made.format("%Y-%m-%d")
    )
}

/// What the file holds, in plain sentences, shown before it is saved.
pub fn describe(s: &Submission, d: &BodyData, lang: Lang) -> Vec<String> {
    let track = d
        .tracks
        .iter()
        .find(|t| t.id == s.track)
        .map_or_else(|| s.track.to_string(), |t| t.name.glossed(lang));
    let current = s.current.name(d, lang);
    let count = |r: &SideRatings| r.current.len() + r.next.len();
    let mut out = Vec::new();
    out.push(match (lang, &s.next) {
        (Lang::Ja, Some(n)) => format!(
            "団体「{}」、職種「{track}」、現在の職位「{current}」と次の職位「{}」の自己評価です。",
            s.body_name,
            d.grade_name(n, lang)
        ),
        (Lang::Ja, None) => format!(
            "団体「{}」、職種「{track}」、現在の職位「{current}」の自己評価です。",
            s.body_name
        ),
        (Lang::En, Some(n)) => format!(
            "A self-rating for {}, job track \u{201c}{track}\u{201d}, current grade \u{201c}{current}\u{201d} and next grade \u{201c}{}\u{201d}.",
            d.body.name.glossed(lang),
            d.grade_name(n, lang)
        ),
        (Lang::En, None) => format!(
            "A self-rating for {}, job track \u{201c}{track}\u{201d}, current grade \u{201c}{current}\u{201d}.",
            d.body.name.glossed(lang)
        ),
    });
    out.push(match lang {
        Lang::Ja => format!(
            "作成日は{}、年度は{}、データの版は「{}」です。",
            date_label(s.made, lang),
            fiscal_year_label(s.fiscal_year, lang),
            s.data_version
        ),
        Lang::En => format!(
            "Made on {}, in {}, against version \u{201c}{}\u{201d} of the data.",
            date_label(s.made, lang),
            fiscal_year_label(s.fiscal_year, lang),
            s.data_version
        ),
    });
    out.push(match lang {
        Lang::Ja => format!(
            "自己評価 {} 件（現在の職位に対して {} 件、次の職位に対して {} 件）。",
            count(&s.ratings),
            s.ratings.current.len(),
            s.ratings.next.len()
        ),
        Lang::En => format!(
            "{} ({} against the current grade, {} against the next).",
            plural(count(&s.ratings) as i64, "self-rating", "self-ratings"),
            s.ratings.current.len(),
            s.ratings.next.len()
        ),
    });
    let notes = s.notes.as_ref().map(|n| n.current.len() + n.next.len());
    out.push(match (lang, notes) {
        (Lang::Ja, Some(n)) => format!("根拠のメモ {n} 件を含みます（書いたとおりの文章です）。"),
        (Lang::En, Some(n)) => format!(
            "It includes {} as you wrote them.",
            plural(n as i64, "evidence note", "evidence notes")
        ),
        (Lang::Ja, None) => "根拠のメモは含みません。".into(),
        (Lang::En, None) => "It does not include your evidence notes.".into(),
    });
    out.push(match (lang, &s.review) {
        (Lang::Ja, Some(r)) => format!(
            "上司の評価 {} 件を含みます（{}、{}）。",
            count(&r.ratings),
            if r.role.is_empty() {
                "役職の記載なし"
            } else {
                &r.role
            },
            wareki(r.made)
        ),
        (Lang::En, Some(r)) => format!(
            "It includes {} ({}, {}).",
            plural(
                count(&r.ratings) as i64,
                "rating by your supervisor",
                "ratings by your supervisor"
            ),
            if r.role.is_empty() {
                "no role given"
            } else {
                &r.role
            },
            english_date(r.made)
        ),
        (Lang::Ja, None) => "上司の評価は含みません。".into(),
        (Lang::En, None) => "It does not include your supervisor's review.".into(),
    });
    out.push(match (lang, &s.staff_id) {
        (Lang::Ja, Some(id)) => format!(
            "職員番号「{id}」を含みます。人事課が同じ人の二重の提出を見分けるためだけに使い、集計にも表示にも出ません。このアプリは職員番号を保存しません。"
        ),
        (Lang::En, Some(id)) => format!(
            "It includes the staff number \u{201c}{id}\u{201d}. The HR office uses it only to spot a file handed in twice; it is never shown or counted. This app does not keep it."
        ),
        (Lang::Ja, None) => "職員番号は含みません。氏名も含みません。".into(),
        (Lang::En, None) => "It includes no staff number, and no name.".into(),
    });
    out
}
