//! Shares for the 1on1 面談, without a server: an assessment the employee
//! hands to a supervisor, and the supervisor's review handed back.
//!
//! A share is a compact, versioned, compressed text: `1.` then URL-safe
//! base64 of zlib-compressed JSON with short keys. It travels in a URL
//! fragment (`#/review/1.…`, which no browser sends to any server), as a
//! file, or as a QR code. Reading one never trusts it: [`decode`] refuses
//! text that is too long, not ours, of another version, damaged (zlib's
//! checksum catches a truncated or bit-flipped share) or that inflates
//! past [`MAX_INFLATED`] (a decompression bomb); [`check`] refuses ids the
//! body's data does not have and text beyond the review's bounds. Only a
//! share that passed both is turned into anything the app keeps.

use super::assess::{Assessment, Entry, Position, Selection, Side};
use super::id::Id;
use super::lang::{plural, Lang};
use super::model::BodyData;
use super::plan::{PlanItem, Status, When};
use super::review::{AgreedStep, Review, ReviewBody, MAX_ROLE, MAX_STEPS, MAX_TEXT};
use super::scale::{Level, Rating};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The version of the share's text, written before the payload.
pub const SHARE_VERSION: u32 = 1;
/// Longest share text read, in characters: a fully rated body with every
/// note and a plan stays far below it.
pub const MAX_SHARE_CHARS: usize = 64 * 1024;
/// Most bytes a share may inflate to.
pub const MAX_INFLATED: usize = 512 * 1024;
/// Most plan items a share carries.
pub const MAX_PLAN: usize = 200;
/// The route prefix of a share in the app's address.
pub const ROUTE: &str = "#/review/";

/// What the employee chooses to put in a share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Contents {
    /// The notes (具体的な場面・根拠) with the ratings.
    pub notes: bool,
    /// The personal plan for the body.
    pub plan: bool,
}

/// A plan item as it travels: what, which offering, which fiscal year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedPlan {
    /// The title.
    pub title: String,
    /// The offering, if the item is one.
    pub offering: Option<Id>,
    /// The fiscal year.
    pub fiscal_year: i32,
}

/// The employee's assessment, as shared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedAssessment {
    /// The day it was shared.
    pub made: NaiveDate,
    /// Body, track and grades.
    pub selection: Selection,
    /// Ratings against the current grade.
    pub current: BTreeMap<Id, Rating>,
    /// Ratings against the next grade.
    pub next: BTreeMap<Id, Rating>,
    /// Notes against the current grade (only when chosen).
    pub notes_current: BTreeMap<Id, String>,
    /// Notes against the next grade (only when chosen).
    pub notes_next: BTreeMap<Id, String>,
    /// The plan (only when chosen).
    pub plan: Vec<SharedPlan>,
}

/// The supervisor's review, as handed back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedReview {
    /// The day the reviewer finished it.
    pub made: NaiveDate,
    /// What was reviewed: body, track and grades.
    pub selection: Selection,
    /// What the reviewer gave.
    pub given: ReviewBody,
}

/// A share, of either kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Share {
    /// From the employee, to be reviewed (or kept as a copy).
    Assessment(SharedAssessment),
    /// From the supervisor, back to the employee.
    Review(SharedReview),
}

/// Why a share was refused. Every case has a message for the person who
/// opened it, and none stores anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing was given.
    Empty,
    /// Text that is not a share of this app.
    NotAShare,
    /// Longer than [`MAX_SHARE_CHARS`].
    TooLong(usize),
    /// A share of another version (from a newer app, most likely).
    Version(String),
    /// Cut short or changed on the way (its checksum does not match).
    Damaged,
    /// Inflates past [`MAX_INFLATED`].
    TooLarge,
    /// Ours and intact, but not in the shape a share has: what is wrong,
    /// in words.
    Shape(Wrong),
    /// A body this app does not have.
    UnknownBody(Id),
    /// Grades, items or offerings the body's data does not have.
    UnknownIds {
        /// The body.
        body: Id,
        /// The ids.
        ids: Vec<Id>,
    },
    /// Comments, notes, steps or plan items beyond what a share holds.
    TooMuchText,
}

impl ShareError {
    /// The message for the person who opened the share.
    pub fn message(&self, lang: Lang) -> String {
        let ja = lang == Lang::Ja;
        match self {
            ShareError::Empty => lang
                .pick(
                    "共有が空です。リンクや貼り付けた文字に、共有の中身がありません。受け取ったリンクを最後まで、そのままコピーしてください。",
                    "The share is empty: the link or pasted text holds nothing to open. Copy the whole link you received, exactly as it is.",
                )
                .into(),
            ShareError::NotAShare => lang
                .pick(
                    "道しるべの共有ではありません。受け取ったリンクやファイルをそのままお使いください。",
                    "This is not a Michishirube share. Use the link or file exactly as you received it.",
                )
                .into(),
            ShareError::TooLong(n) if ja => {
                format!("共有が長すぎます（{n} 文字。{MAX_SHARE_CHARS} 文字まで）。ファイルでの受け渡しをお試しください。")
            }
            ShareError::TooLong(n) => format!(
                "The share is too long ({n} characters; at most {MAX_SHARE_CHARS}). Try handing it over as a file."
            ),
            ShareError::Version(v) if ja => format!(
                "別の版のアプリで作られた共有です（形式 {v}）。相手と同じ版のアプリで開いてください。"
            ),
            ShareError::Version(v) => format!(
                "This share was made by another version of the app (format {v}). Open it with the same version as the sender."
            ),
            ShareError::Damaged => lang
                .pick(
                    "共有が途中で切れているか、壊れています。リンクは最後まで、そのままコピーしてください。",
                    "The share is cut short or damaged. Copy the whole link, exactly as it is.",
                )
                .into(),
            ShareError::TooLarge => lang
                .pick(
                    "共有を展開すると大きすぎます。道しるべで作られた共有ではないかもしれません。",
                    "The share expands to too much data. It may not have been made by Michishirube.",
                )
                .into(),
            ShareError::Shape(why) if ja => format!(
                "共有の中身が想定と異なり、読み込めませんでした。{}道しるべで作り直した共有を、送った人から受け取ってください。",
                why.message(lang)
            ),
            ShareError::Shape(why) => format!(
                "The share's contents do not have the form of a share, so it could not be read. {} Ask the sender for a share made afresh with Michishirube.",
                why.message(lang)
            ),
            ShareError::UnknownBody(b) if ja => {
                format!("この共有の団体「{b}」は、このアプリに収録されていません。")
            }
            ShareError::UnknownBody(b) => {
                format!("The body of this share, \u{201c}{b}\u{201d}, is not included in this app.")
            }
            ShareError::UnknownIds { body, ids } if ja => format!(
                "この共有には、「{body}」の現在のデータにない職種・職位・項目・研修があります（{}）。同じ版のアプリで開いてください。",
                ids.iter().map(Id::as_str).collect::<Vec<_>>().join("、")
            ),
            ShareError::UnknownIds { body, ids } => format!(
                "This share names job tracks, grades, items or courses that \u{201c}{body}\u{201d}'s current data does not have ({}). Open it with the same version of the app.",
                ids.iter().map(Id::as_str).collect::<Vec<_>>().join(", ")
            ),
            ShareError::TooMuchText => lang
                .pick(
                    "共有のコメントや計画が多すぎるか長すぎます。",
                    "The share's comments or plan are too many or too long.",
                )
                .into(),
        }
    }
}

/// Japanese, the app's default language.
impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Ja))
    }
}

impl std::error::Error for ShareError {}

/// What is wrong inside a share that is ours and intact, for the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wrong {
    /// The contents are not JSON: where the reading stopped.
    Syntax {
        /// The line.
        line: usize,
        /// The column.
        column: usize,
    },
    /// The whole is not a set of named fields (a list, a number …).
    NotFields(Found),
    /// A field every share has is missing.
    Missing(&'static str),
    /// A field no share has.
    Unknown(String),
    /// An entry of a field named by something that is not an item's id.
    ItemId {
        /// The field's key on the wire.
        key: &'static str,
        /// What names the entry.
        item: String,
    },
    /// A field's value (or one entry of it, `item`) is of the wrong kind.
    Field {
        /// The field's key on the wire.
        key: &'static str,
        /// The entry within it: an item's id, or a step's number.
        item: Option<String>,
        /// What was found there.
        found: Found,
    },
    /// A rating outside the scale (0 for 該当しない, 1–4).
    Rating(u64),
    /// A share of one kind carrying the other kind's fields: a review
    /// carrying an assessment's notes or plan (`review`), or the reverse.
    Mixed {
        /// Whether the share says it is a review.
        review: bool,
    },
    /// A kind other than an assessment or a review.
    Kind(String),
    /// Anything else serde refused that the checks above do not name.
    Other,
}

/// The kind of JSON value found where another was expected, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    Text,
    /// An array.
    List,
    /// An object.
    Fields,
}

impl Found {
    /// The kind of a value.
    pub fn of(v: &serde_json::Value) -> Found {
        use serde_json::Value as V;
        match v {
            V::Null => Found::Null,
            V::Bool(_) => Found::Bool,
            V::Number(_) => Found::Number,
            V::String(_) => Found::Text,
            V::Array(_) => Found::List,
            V::Object(_) => Found::Fields,
        }
    }

    fn words(self, lang: Lang) -> &'static str {
        match self {
            Found::Null => lang.pick("空の値（null）", "an empty value (null)"),
            Found::Bool => lang.pick("true / false", "true / false"),
            Found::Number => lang.pick("数", "a number"),
            Found::Text => lang.pick("文字列", "text"),
            Found::List => lang.pick("一覧（配列）", "a list (an array)"),
            Found::Fields => lang.pick(
                "項目の組（オブジェクト）",
                "a set of named fields (an object)",
            ),
        }
    }
}

/// What each field of the wire form holds, for the words of a message.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Holds {
    /// Text.
    Text,
    /// An id.
    Id,
    /// A day, `YYYY-MM-DD`.
    Date,
    /// A rating (0–4) per item id.
    Ratings,
    /// Text per item id.
    Notes,
    /// A list of steps: text, an optional offering id, a fiscal year.
    Steps,
}

/// The fields of the wire form: key, what it holds, whether every share
/// has it, and its name in Japanese and English.
const FIELDS: [(&str, Holds, bool, &str, &str); 16] = [
    ("k", Holds::Text, true, "共有の種類", "the kind of share"),
    ("d", Holds::Date, true, "作成日", "the day it was made"),
    ("b", Holds::Id, true, "団体", "the body"),
    ("t", Holds::Id, true, "職種", "the job track"),
    ("c", Holds::Id, false, "現在の職位", "the current grade"),
    ("n", Holds::Id, false, "次の職位", "the next grade"),
    ("dv", Holds::Text, false, "データの版", "the data version"),
    (
        "r",
        Holds::Ratings,
        false,
        "現在の職位に対する評価",
        "the ratings against the current grade",
    ),
    (
        "rn",
        Holds::Ratings,
        false,
        "次の職位に対する評価",
        "the ratings against the next grade",
    ),
    (
        "m",
        Holds::Notes,
        false,
        "現在の職位に対するメモ",
        "the notes against the current grade",
    ),
    (
        "mn",
        Holds::Notes,
        false,
        "次の職位に対するメモ",
        "the notes against the next grade",
    ),
    ("p", Holds::Steps, false, "計画", "the plan"),
    (
        "ro",
        Holds::Text,
        false,
        "評価者の役職",
        "the reviewer's role",
    ),
    (
        "cm",
        Holds::Notes,
        false,
        "上司のコメント",
        "the supervisor's comments",
    ),
    (
        "ov",
        Holds::Text,
        false,
        "全体のコメント",
        "the overall comment",
    ),
    (
        "st",
        Holds::Steps,
        false,
        "合意した次の一歩",
        "the agreed next steps",
    ),
];

impl Holds {
    fn words(self, lang: Lang) -> &'static str {
        match self {
            Holds::Text => lang.pick("文字列", "text"),
            Holds::Id => lang.pick(
                "ID（英小文字・数字・ハイフン）",
                "an id (lower-case letters, digits, hyphens)",
            ),
            Holds::Date => lang.pick("日付（YYYY-MM-DD）", "a date (YYYY-MM-DD)"),
            Holds::Ratings => lang.pick("評価（0〜4 の数）", "a rating (a number from 0 to 4)"),
            Holds::Notes => lang.pick("文字列", "text"),
            Holds::Steps => lang.pick("文字・研修・年度の組", "text, a course and a fiscal year"),
        }
    }
}

impl Wrong {
    /// What is wrong, in a language, in words a person reads: the field
    /// by its name, never by the wire's short key or a parser's text.
    pub fn message(&self, lang: Lang) -> String {
        let ja = lang == Lang::Ja;
        let field = |key: &str| {
            FIELDS
                .iter()
                .find(|f| f.0 == key)
                .map_or(("", ""), |f| (f.3, f.4))
        };
        match self {
            Wrong::Syntax { line, column } if ja => format!("中身の書き方に誤りがあります（{line}行目 {column}文字目）。"),
            Wrong::Syntax { line, column } => format!("Its contents are not well formed (line {line}, character {column})."),
            Wrong::NotFields(found) if ja => format!("共有は項目の組のはずですが、{}になっています。", found.words(lang)),
            Wrong::NotFields(found) => format!("A share is a set of named fields, but this one is {}.", found.words(lang)),
            Wrong::Missing(key) if ja => format!("「{}」がありません。", field(key).0),
            Wrong::Missing(key) => format!("{} is missing.", capitalised(field(key).1)),
            Wrong::Unknown(key) if ja => format!("道しるべの共有にない項目（「{key}」）があります。"),
            Wrong::Unknown(key) => format!("It has a field no Michishirube share has (\u{201c}{key}\u{201d})."),
            Wrong::ItemId { key, item } if ja => format!("「{}」に、項目のIDとして読めない名前（「{item}」）があります。", field(key).0),
            Wrong::ItemId { key, item } => format!("In {}, \u{201c}{item}\u{201d} is not an item's id.", field(key).1),
            Wrong::Field { key, item, found } => {
                let holds = FIELDS.iter().find(|f| f.0 == *key).map_or(Holds::Text, |f| f.1);
                let (name_ja, name_en) = field(key);
                match (item, ja) {
                    (Some(i), true) => format!("「{name_ja}」の「{i}」が{}ではありません（{}が書かれています）。", holds.words(lang), found.words(lang)),
                    (None, true) => format!("「{name_ja}」が{}ではありません（{}が書かれています）。", holds.words(lang), found.words(lang)),
                    (Some(i), false) => format!("In {name_en}, \u{201c}{i}\u{201d} is not {} (it is {}).", holds.words(lang), found.words(lang)),
                    (None, false) => format!("{} is not {} (it is {}).", capitalised(name_en), holds.words(lang), found.words(lang)),
                }
            }
            Wrong::Rating(v) if ja => format!("評価の値 {v} は、評価の段階（0〜4）にありません。"),
            Wrong::Rating(v) => format!("The rating {v} is not on the scale (0 to 4)."),
            Wrong::Mixed { review: true } => lang.pick("上司の評価の共有なのに、自己評価のメモや計画が入っています。", "It says it is a supervisor's review, yet it holds a self-rating's notes or plan.").into(),
            Wrong::Mixed { review: false } => lang.pick("自己評価の共有なのに、上司の評価の欄が入っています。", "It says it is a self-rating, yet it holds a supervisor's review.").into(),
            Wrong::Kind(k) if ja => format!("共有の種類「{k}」は、自己評価でも上司の評価でもありません。"),
            Wrong::Kind(k) => format!("The kind of share \u{201c}{k}\u{201d} is neither a self-rating nor a review."),
            Wrong::Other => lang.pick("一部の値が、共有の形に合っていません。", "Some values do not fit the form of a share.").into(),
        }
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Says which field of a share's JSON (an object that serde refused as
/// the wire form) is wrong, and how. The derived reader stays the judge of
/// what is accepted; this only finds the words.
fn diagnose(v: &serde_json::Value) -> Wrong {
    use serde_json::Value as V;
    let Some(obj) = v.as_object() else {
        return Wrong::NotFields(Found::of(v));
    };
    let id_ok = |s: &str| Id::parse(s).is_ok();
    for (key, value) in obj {
        let Some(&(k, holds, ..)) = FIELDS.iter().find(|f| f.0 == key.as_str()) else {
            return Wrong::Unknown(key.clone());
        };
        let wrong = |item: Option<String>, x: &V| Wrong::Field {
            key: k,
            item,
            found: Found::of(x),
        };
        match (holds, value) {
            (Holds::Text, V::String(_)) => {}
            (Holds::Id, V::String(s)) if id_ok(s) => {}
            (Holds::Date, V::String(s)) if super::dates::parse_iso(s).is_some() => {}
            (Holds::Ratings | Holds::Notes, V::Object(m)) => {
                for (item, x) in m {
                    if !id_ok(item) {
                        return Wrong::ItemId {
                            key: k,
                            item: item.clone(),
                        };
                    }
                    let fits = match holds {
                        Holds::Ratings => x.as_u64().is_some_and(|n| n <= u64::from(u8::MAX)),
                        _ => x.is_string(),
                    };
                    if !fits {
                        return wrong(Some(item.clone()), x);
                    }
                }
            }
            (Holds::Steps, V::Array(list)) => {
                for (i, step) in list.iter().enumerate() {
                    let fits = step.as_object().is_some_and(|o| {
                        o.get("t").is_some_and(V::is_string)
                            && o.get("y")
                                .and_then(V::as_i64)
                                .is_some_and(|y| i32::try_from(y).is_ok())
                            && o.get("o").is_none_or(|x| x.as_str().is_some_and(id_ok))
                    });
                    if !fits {
                        return wrong(Some((i + 1).to_string()), step);
                    }
                }
            }
            (_, x) => return wrong(None, x),
        }
    }
    FIELDS
        .iter()
        .find(|f| f.2 && !obj.contains_key(f.0))
        .map_or(Wrong::Other, |f| Wrong::Missing(f.0))
}

// ---------- the wire form: short keys, ratings as numbers ----------

/// A rating as one number: 0 for 該当しない, else the step.
fn rating_code(r: Rating) -> u8 {
    r.level().map_or(0, Level::value)
}

fn rating_of(code: u8) -> Option<Rating> {
    match code {
        0 => Some(Rating::NotApplicable),
        n => Level::from_value(n).map(Rating::Level),
    }
}

#[derive(Serialize, Deserialize)]
struct WirePlan {
    t: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    o: Option<Id>,
    y: i32,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    /// "a" an assessment, "r" a review.
    k: String,
    #[serde(deserialize_with = "crate::core::dates::de_iso")]
    d: NaiveDate,
    b: Id,
    t: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    c: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    n: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    dv: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    r: BTreeMap<Id, u8>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    rn: BTreeMap<Id, u8>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    m: BTreeMap<Id, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    mn: BTreeMap<Id, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    p: Vec<WirePlan>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    ro: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    cm: BTreeMap<Id, String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    ov: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    st: Vec<WirePlan>,
}

fn codes(m: &BTreeMap<Id, Rating>) -> BTreeMap<Id, u8> {
    m.iter()
        .map(|(k, v)| (k.clone(), rating_code(*v)))
        .collect()
}

fn ratings(m: BTreeMap<Id, u8>) -> Result<BTreeMap<Id, Rating>, ShareError> {
    m.into_iter()
        .map(|(k, v)| {
            rating_of(v)
                .map(|r| (k, r))
                .ok_or(ShareError::Shape(Wrong::Rating(u64::from(v))))
        })
        .collect()
}

fn selection_of(w: &Wire) -> Selection {
    Selection {
        body: w.b.clone(),
        track: w.t.clone(),
        current: w.c.clone().map_or(Position::PreEntry, Position::Grade),
        next: w.n.clone(),
        entry_year: None,
        grade_year: None,
        data_version: w.dv.clone(),
    }
}

impl Share {
    /// The body the share is about.
    pub fn body(&self) -> &Id {
        &self.selection().body
    }

    /// Body, track and grades.
    pub fn selection(&self) -> &Selection {
        match self {
            Share::Assessment(a) => &a.selection,
            Share::Review(r) => &r.selection,
        }
    }

    fn to_wire(&self) -> Wire {
        let sel = self.selection();
        let mut w = Wire {
            k: String::new(),
            d: NaiveDate::MIN,
            b: sel.body.clone(),
            t: sel.track.clone(),
            c: sel.current_grade().cloned(),
            n: sel.next.clone(),
            dv: sel.data_version.clone(),
            r: BTreeMap::new(),
            rn: BTreeMap::new(),
            m: BTreeMap::new(),
            mn: BTreeMap::new(),
            p: Vec::new(),
            ro: String::new(),
            cm: BTreeMap::new(),
            ov: String::new(),
            st: Vec::new(),
        };
        match self {
            Share::Assessment(a) => {
                w.k = "a".into();
                w.d = a.made;
                w.r = codes(&a.current);
                w.rn = codes(&a.next);
                w.m = a.notes_current.clone();
                w.mn = a.notes_next.clone();
                w.p = a
                    .plan
                    .iter()
                    .map(|p| WirePlan {
                        t: p.title.clone(),
                        o: p.offering.clone(),
                        y: p.fiscal_year,
                    })
                    .collect();
            }
            Share::Review(r) => {
                w.k = "r".into();
                w.d = r.made;
                w.r = codes(&r.given.current);
                w.rn = codes(&r.given.next);
                w.ro = r.given.role.clone();
                w.cm = r.given.comments.clone();
                w.ov = r.given.overall.clone();
                w.st = r
                    .given
                    .steps
                    .iter()
                    .map(|s| WirePlan {
                        t: s.text.clone(),
                        o: s.offering.clone(),
                        y: s.fiscal_year.unwrap_or(0),
                    })
                    .collect();
            }
        }
        w
    }

    fn from_wire(w: Wire) -> Result<Share, ShareError> {
        let selection = selection_of(&w);
        // Each kind carries its own fields only: one that carries the other
        // kind's was not made by this app.
        let review_fields =
            !w.ro.is_empty() || !w.cm.is_empty() || !w.ov.is_empty() || !w.st.is_empty();
        let own_fields = !w.m.is_empty() || !w.mn.is_empty() || !w.p.is_empty();
        match w.k.as_str() {
            "a" if review_fields => Err(ShareError::Shape(Wrong::Mixed { review: false })),
            "r" if own_fields => Err(ShareError::Shape(Wrong::Mixed { review: true })),
            "a" => Ok(Share::Assessment(SharedAssessment {
                made: w.d,
                selection,
                current: ratings(w.r)?,
                next: ratings(w.rn)?,
                notes_current: w.m,
                notes_next: w.mn,
                plan: w
                    .p
                    .into_iter()
                    .map(|p| SharedPlan {
                        title: p.t,
                        offering: p.o,
                        fiscal_year: p.y,
                    })
                    .collect(),
            })),
            "r" => Ok(Share::Review(SharedReview {
                made: w.d,
                selection,
                given: ReviewBody {
                    role: w.ro,
                    current: ratings(w.r)?,
                    next: ratings(w.rn)?,
                    comments: w.cm,
                    overall: w.ov,
                    steps: w
                        .st
                        .into_iter()
                        .map(|s| AgreedStep {
                            text: s.t,
                            offering: s.o,
                            fiscal_year: (s.y != 0).then_some(s.y),
                        })
                        .collect(),
                },
            })),
            other => Err(ShareError::Shape(Wrong::Kind(other.to_owned()))),
        }
    }

    /// What the share holds, in words, for the preview before anything is
    /// done with it (and for the person sharing, before they share).
    pub fn describe(&self, d: &BodyData, lang: Lang) -> Vec<String> {
        let sel = self.selection();
        let pair = match &sel.next {
            Some(n) => format!("{} → {}", sel.current.name(d, lang), d.grade_name(n, lang)),
            None => sel.current.name(d, lang),
        };
        let count = |m: &BTreeMap<Id, Rating>, n: &BTreeMap<Id, Rating>| m.len() + n.len();
        let mut out = vec![match lang {
            Lang::Ja => format!("{}：{pair}", d.body.name.ja),
            Lang::En => format!("{}: {pair}", d.body.name.glossed(lang)),
        }];
        match self {
            Share::Assessment(a) => {
                let notes = a.notes_current.len() + a.notes_next.len();
                out.push(match lang {
                    Lang::Ja => format!(
                        "{} の自己評価：評価 {} 件",
                        crate::core::dates::wareki(a.made),
                        count(&a.current, &a.next)
                    ),
                    Lang::En => format!(
                        "Self-rating of {}: {}",
                        crate::core::dates::english_date(a.made),
                        plural(count(&a.current, &a.next) as i64, "rating", "ratings")
                    ),
                });
                out.push(match (notes, lang) {
                    (0, Lang::Ja) => "メモ（具体的な場面・根拠）は含みません".into(),
                    (0, Lang::En) => "No notes".into(),
                    (n, Lang::Ja) => format!("メモ（具体的な場面・根拠）{n} 件を含みます"),
                    (n, Lang::En) => format!("Includes {}", plural(n as i64, "note", "notes")),
                });
                out.push(match (a.plan.len(), lang) {
                    (0, Lang::Ja) => "計画は含みません".into(),
                    (0, Lang::En) => "No plan".into(),
                    (n, Lang::Ja) => format!("計画 {n} 件を含みます"),
                    (n, Lang::En) => {
                        format!("Includes {}", plural(n as i64, "plan item", "plan items"))
                    }
                });
            }
            Share::Review(r) => {
                let g = &r.given;
                let comments = g.comments.values().filter(|c| !c.trim().is_empty()).count();
                out.push(match lang {
                    Lang::Ja => format!(
                        "{} の上司の評価（{}）：評価 {} 件・コメント {} 件{}・合意した次の一歩 {} 件",
                        crate::core::dates::wareki(r.made),
                        if g.role.is_empty() { "役職の記入なし" } else { g.role.as_str() },
                        count(&g.current, &g.next),
                        comments,
                        if g.overall.trim().is_empty() { "" } else { "・全体のコメント" },
                        g.steps.len()
                    ),
                    Lang::En => format!(
                        "Supervisor's review of {} ({}): {}, {}{}, {}",
                        crate::core::dates::english_date(r.made),
                        if g.role.is_empty() { "no role given" } else { g.role.as_str() },
                        plural(count(&g.current, &g.next) as i64, "rating", "ratings"),
                        plural(comments as i64, "comment", "comments"),
                        if g.overall.trim().is_empty() { "" } else { ", an overall comment" },
                        plural(g.steps.len() as i64, "agreed step", "agreed steps")
                    ),
                });
            }
        }
        out
    }
}

/// The employee's share of an assessment, with what they chose to include.
pub fn share_assessment(
    a: &Assessment,
    plan: &[PlanItem],
    contents: Contents,
    made: NaiveDate,
) -> Share {
    let rated = |side: Side| -> BTreeMap<Id, Rating> {
        a.side(side)
            .iter()
            .filter_map(|(k, e)| e.rating.map(|r| (k.clone(), r)))
            .collect()
    };
    let notes = |side: Side| -> BTreeMap<Id, String> {
        if !contents.notes {
            return BTreeMap::new();
        }
        a.side(side)
            .iter()
            .filter(|(_, e)| !e.note.trim().is_empty())
            .map(|(k, e)| (k.clone(), super::review::bounded(&e.note, MAX_TEXT)))
            .collect()
    };
    let mut selection = a.selection.clone();
    // Years of service are the person's own; a share does not need them.
    selection.entry_year = None;
    selection.grade_year = None;
    Share::Assessment(SharedAssessment {
        made,
        current: rated(Side::Current),
        next: rated(Side::Next),
        notes_current: notes(Side::Current),
        notes_next: notes(Side::Next),
        plan: if contents.plan {
            plan.iter()
                .filter(|p| p.body == a.selection.body)
                .take(MAX_PLAN)
                .map(|p| SharedPlan {
                    title: super::review::bounded(&p.title, MAX_TEXT),
                    offering: p.offering.clone(),
                    fiscal_year: p.when.fiscal_year(),
                })
                .collect()
        } else {
            Vec::new()
        },
        selection,
    })
}

/// The supervisor's review, to hand back.
pub fn share_review(selection: &Selection, given: &ReviewBody, made: NaiveDate) -> Share {
    let mut selection = selection.clone();
    selection.entry_year = None;
    selection.grade_year = None;
    Share::Review(SharedReview {
        made,
        selection,
        given: given.clone(),
    })
}

/// The share's text: `1.` and the payload.
pub fn encode(share: &Share) -> String {
    let json = serde_json::to_vec(&share.to_wire()).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&json, 9);
    format!("{SHARE_VERSION}.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// The share's address: the app's own address with the share in its
/// fragment, which the browser never sends to a server.
pub fn url(app: &str, text: &str) -> String {
    let base = app.split('#').next().unwrap_or(app);
    format!("{base}{ROUTE}{text}")
}

/// Finds the share in what was pasted or opened: a whole address, a
/// `#/review/…` fragment, or the share's text alone; spaces and line
/// breaks (from a mail client's wrapping) are ignored.
fn payload(text: &str) -> String {
    let t = text.trim();
    let t = t.rsplit_once(ROUTE).map_or(t, |(_, p)| p);
    t.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Reads a share's text (or an address holding one), refusing anything
/// that is not an intact share of this version.
pub fn decode(text: &str) -> Result<Share, ShareError> {
    if text.trim().is_empty() {
        return Err(ShareError::Empty);
    }
    if text.len() > MAX_SHARE_CHARS {
        return Err(ShareError::TooLong(text.chars().count()));
    }
    let p = payload(text);
    let (version, body) = p.split_once('.').ok_or(ShareError::NotAShare)?;
    if version.is_empty() || !version.chars().all(|c| c.is_ascii_digit()) || version.len() > 4 {
        return Err(ShareError::NotAShare);
    }
    if version != SHARE_VERSION.to_string() {
        return Err(ShareError::Version(version.to_owned()));
    }
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(ShareError::NotAShare);
    }
    let packed = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| ShareError::Damaged)?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_INFLATED)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
            _ => ShareError::Damaged,
        })?;
    // Read in two steps, so that what is wrong is said in the person's
    // words (see [`Wrong`]), never in the parser's English.
    let value: serde_json::Value = serde_json::from_slice(&json).map_err(|e| {
        ShareError::Shape(Wrong::Syntax {
            line: e.line(),
            column: e.column(),
        })
    })?;
    if !value.is_object() {
        return Err(ShareError::Shape(Wrong::NotFields(Found::of(&value))));
    }
    let wire = Wire::deserialize(&value).map_err(|_| ShareError::Shape(diagnose(&value)))?;
    Share::from_wire(wire)
}

fn too_long(s: &str, max: usize) -> bool {
    s.chars().count() > max
}

/// Checks a decoded share against its body's data: every grade, item and
/// offering must be the body's, and the text within bounds.
pub fn check(share: &Share, d: &BodyData) -> Result<(), ShareError> {
    let sel = share.selection();
    if sel.body != d.body.id {
        return Err(ShareError::UnknownBody(sel.body.clone()));
    }
    let mut unknown = Vec::new();
    if !d.tracks.iter().any(|t| t.id == sel.track) {
        unknown.push(sel.track.clone());
    }
    for g in sel.current_grade().into_iter().chain(sel.next.iter()) {
        if d.grade(g).is_none() {
            unknown.push(g.clone());
        }
    }
    let item = |i: &Id| d.rateable().any(|(x, _)| x == i);
    let offering = |o: &Id| d.offerings.iter().any(|x| &x.id == o);
    let texts: Vec<&str> = match share {
        Share::Assessment(a) => {
            unknown.extend(
                a.current
                    .keys()
                    .chain(a.next.keys())
                    .chain(a.notes_current.keys())
                    .chain(a.notes_next.keys())
                    .filter(|i| !item(i))
                    .cloned(),
            );
            unknown.extend(
                a.plan
                    .iter()
                    .filter_map(|p| p.offering.clone())
                    .filter(|o| !offering(o)),
            );
            if a.plan.len() > MAX_PLAN {
                return Err(ShareError::TooMuchText);
            }
            a.notes_current
                .values()
                .chain(a.notes_next.values())
                .map(String::as_str)
                .chain(a.plan.iter().map(|p| p.title.as_str()))
                .collect()
        }
        Share::Review(r) => {
            let g = &r.given;
            unknown.extend(
                g.current
                    .keys()
                    .chain(g.next.keys())
                    .chain(g.comments.keys())
                    .filter(|i| !item(i))
                    .cloned(),
            );
            unknown.extend(
                g.steps
                    .iter()
                    .filter_map(|s| s.offering.clone())
                    .filter(|o| !offering(o)),
            );
            if g.steps.len() > MAX_STEPS || too_long(&g.role, MAX_ROLE) {
                return Err(ShareError::TooMuchText);
            }
            g.comments
                .values()
                .map(String::as_str)
                .chain([g.overall.as_str()])
                .chain(g.steps.iter().map(|s| s.text.as_str()))
                .collect()
        }
    };
    if texts.iter().any(|t| too_long(t, MAX_TEXT)) {
        return Err(ShareError::TooMuchText);
    }
    unknown.sort();
    unknown.dedup();
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(ShareError::UnknownIds {
            body: sel.body.clone(),
            ids: unknown,
        })
    }
}

impl SharedAssessment {
    /// The assessment it carries, as the receiver keeps a copy of it.
    pub fn to_assessment(&self) -> Assessment {
        let side = |ratings: &BTreeMap<Id, Rating>, notes: &BTreeMap<Id, String>| {
            let mut out: BTreeMap<Id, Entry> = ratings
                .iter()
                .map(|(k, r)| {
                    (
                        k.clone(),
                        Entry {
                            rating: Some(*r),
                            note: String::new(),
                        },
                    )
                })
                .collect();
            for (k, n) in notes {
                out.entry(k.clone()).or_default().note = n.clone();
            }
            out
        };
        Assessment {
            selection: self.selection.clone(),
            current: side(&self.current, &self.notes_current),
            next: side(&self.next, &self.notes_next),
        }
    }

    /// Its plan as plan items, numbered after `existing`'s, skipping those
    /// already there.
    pub fn plan_items(&self, existing: &[PlanItem]) -> Vec<PlanItem> {
        let mut all: Vec<PlanItem> = existing.to_vec();
        let mut out = Vec::new();
        for p in &self.plan {
            let when = When::FiscalYear(p.fiscal_year);
            if all.iter().any(|x| {
                x.body == self.selection.body
                    && x.title == p.title
                    && x.offering == p.offering
                    && x.when == when
            }) {
                continue;
            }
            let item = PlanItem {
                id: super::plan::next_id(&all),
                body: self.selection.body.clone(),
                offering: p.offering.clone(),
                title: p.title.clone(),
                when,
                status: Status::Planned,
                note: String::new(),
            };
            all.push(item.clone());
            out.push(item);
        }
        out
    }
}

impl SharedReview {
    /// The review as the employee keeps it.
    pub fn to_review(&self, id: u32, received: NaiveDate) -> Review {
        Review {
            id,
            body: self.selection.body.clone(),
            current_grade: self.selection.current_grade().cloned(),
            next_grade: self.selection.next.clone(),
            made: self.made,
            received,
            on_this_device: false,
            given: self.given.clone(),
        }
    }

    /// Whether it reviews the grades of this assessment (a review of
    /// another pair of grades is kept, but said to be about another pair).
    pub fn matches(&self, a: &Assessment) -> bool {
        self.selection.body == a.selection.body
            && self.selection.track == a.selection.track
            && self.selection.current == a.selection.current
            && self.selection.next == a.selection.next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> Id {
        Id::parse(s).expect("id")
    }

    fn sample() -> Share {
        let mut a = Assessment::new(Selection {
            body: id("x"),
            track: id("t"),
            current: Position::Grade(id("g1")),
            next: Some(id("g2")),
            entry_year: Some(2015),
            grade_year: None,
            data_version: Some("令和8年4月".into()),
        });
        a.current.insert(
            id("a1"),
            Entry {
                rating: Some(Rating::Level(Level::Can)),
                note: "窓口で説明した".into(),
            },
        );
        a.next.insert(
            id("a1"),
            Entry {
                rating: Some(Rating::NotApplicable),
                note: String::new(),
            },
        );
        share_assessment(
            &a,
            &[],
            Contents {
                notes: true,
                plan: false,
            },
            NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"),
        )
    }

    #[test]
    fn a_share_reads_back_as_it_was_without_the_persons_years() {
        let s = sample();
        let text = encode(&s);
        assert!(text.starts_with("1."), "{text}");
        assert!(text[2..]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_eq!(decode(&text), Ok(s.clone()));
        let Share::Assessment(a) = &s else {
            panic!("an assessment share");
        };
        assert_eq!(
            a.selection.entry_year, None,
            "years of service stay on the device"
        );
        // As an address, and wrapped by a mail client.
        let u = url("https://example.lg.jp/michishirube/#/results", &text);
        assert!(u.starts_with("https://example.lg.jp/michishirube/#/review/1."));
        assert_eq!(decode(&u), Ok(s.clone()));
        let wrapped: String = u
            .chars()
            .enumerate()
            .flat_map(|(i, c)| (i % 60 == 59).then_some('\n').into_iter().chain([c]))
            .collect();
        assert_eq!(decode(&wrapped), Ok(s));
    }

    #[test]
    fn a_damaged_share_is_refused_not_misread() {
        let text = encode(&sample());
        assert_eq!(decode(&text[..text.len() - 3]), Err(ShareError::Damaged));
        let mut flipped: Vec<char> = text.chars().collect();
        let i = flipped.len() / 2;
        flipped[i] = if flipped[i] == 'A' { 'B' } else { 'A' };
        assert_eq!(
            decode(&flipped.into_iter().collect::<String>()),
            Err(ShareError::Damaged)
        );
        assert_eq!(decode("2.abc"), Err(ShareError::Version("2".into())));
        assert_eq!(decode("hello"), Err(ShareError::NotAShare));
        assert_eq!(decode("  "), Err(ShareError::Empty));
        let bomb = miniz_oxide::deflate::compress_to_vec_zlib(&vec![b' '; 4 * 1024 * 1024], 9);
        let bomb = format!("1.{}", URL_SAFE_NO_PAD.encode(bomb));
        assert!(
            bomb.len() < MAX_SHARE_CHARS,
            "the bomb is small: {}",
            bomb.len()
        );
        assert_eq!(decode(&bomb), Err(ShareError::TooLarge));
    }
}
