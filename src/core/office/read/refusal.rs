//! Why a file handed in was refused, in words: a sentence in Japanese or
//! English naming the place in the file, a short name for counting, and a
//! stable ASCII slug for the page and the tests.

use super::MAX_FILE_BYTES;
use crate::core::id::Id;
use crate::core::lang::Lang;
use crate::core::store::size_label;
use std::fmt;

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
        let ja = lang == Lang::Ja;
        let place = |at: &str| place(at, lang);
        match self {
            Refusal::TooLarge(n) => match lang {
                Lang::Ja => format!(
                    "ファイルが大きすぎます（{}）。提出用ファイルは {} KB までです。",
                    size_label(*n as u64, lang),
                    MAX_FILE_BYTES / 1024
                ),
                Lang::En => format!(
                    "The file is too large ({}). A submission is at most {} KB.",
                    size_label(*n as u64, lang),
                    MAX_FILE_BYTES / 1024
                ),
            },
            Refusal::Compressed => lang
                .pick(
                    "圧縮ファイル（zip など）です。展開せずに読み飛ばしました。中の提出用ファイルを取り出して選んでください。",
                    "A compressed archive (zip or similar): it was not unpacked. Take the submissions out of it and choose them.",
                )
                .into(),
            Refusal::NotText => lang
                .pick(
                    "文字のファイルではないか（画像、PDF など）、UTF-8 以外の文字コード（Shift_JIS など）で書かれています。",
                    "Not a text file (an image, a PDF or similar), or text in an encoding other than UTF-8 (Shift_JIS or similar).",
                )
                .into(),
            Refusal::Damaged => lang
                .pick(
                    "ファイルが壊れているか途中で切れていて、読み込めませんでした。",
                    "The file is damaged or cut off, and could not be read.",
                )
                .into(),
            Refusal::NotSubmission => lang
                .pick(
                    "提出用ファイルではありません（アプリの書き出しファイルや別のソフトのファイルなど）。",
                    "Not a submission (an export of the app, or another program's file).",
                )
                .into(),
            Refusal::NewerVersion(v) => match lang {
                Lang::Ja => format!("このアプリより新しい形式（{v}）の提出用ファイルです。アプリを新しくしてから読み込んでください。"),
                Lang::En => format!("A submission of a newer format ({v}) than this app reads. Update the app and read it again."),
            },
            Refusal::Shape(at) if at.is_empty() => lang
                .pick(
                    "提出用ファイルの形が想定と異なり、読み込めませんでした。",
                    "The submission is not as expected, so it could not be read.",
                )
                .into(),
            Refusal::Shape(at) if ja => {
                format!("提出用ファイルの一部（{}）が想定と異なり、読み込めませんでした。", place(at))
            }
            Refusal::Shape(at) => format!(
                "Part of the submission ({}) is not as expected, so it could not be read.",
                place(at)
            ),
            Refusal::OutOfRange(at) if ja => format!(
                "評価の段階が 1〜4 の範囲にありません（{}）。",
                place(at)
            ),
            Refusal::OutOfRange(at) => format!(
                "A rating is outside the scale of 1 to 4 ({}).",
                place(at)
            ),
            Refusal::Markup(at) if ja => format!(
                "文章の欄にタグやスクリプト、制御文字が含まれています（{}）。安全のため読み込みません。",
                place(at)
            ),
            Refusal::Markup(at) => format!(
                "A text field holds markup, a script or control characters ({}); for safety it is not read.",
                place(at)
            ),
            Refusal::OtherBody { body, name } if ja => {
                format!("別の団体（{name}、{body}）のファイルです。")
            }
            Refusal::OtherBody { body, name } => {
                format!("A file of another body ({name}, {body}).")
            }
            Refusal::Unmappable { from, to } if ja => format!(
                "別の版のデータ（{from}）で作られていて、今のデータ（{to}）の職種・職位・項目に対応づけられません。"
            ),
            Refusal::Unmappable { from, to } => format!(
                "Made against another version of the data ({from}), whose track, grades or items cannot be matched to the loaded one ({to})."
            ),
            Refusal::Duplicate { first } if ja => {
                format!("「{first}」と同じ職員番号・同じ作成日のファイルです（重複）。")
            }
            Refusal::Duplicate { first } => format!(
                "The same staff number and date as \u{201c}{first}\u{201d} (a duplicate)."
            ),
        }
    }

    /// A stable ASCII name of the kind of reason (`damaged`, `other-body` …),
    /// for the page's `data-reason` and for tests: `too-large`, `compressed`,
    /// `not-text`, `damaged`, `not-submission`, `newer-version`, `shape`,
    /// `out-of-range`, `markup`, `other-body`, `unmappable`, `duplicate`.
    pub fn slug(&self) -> &'static str {
        match self {
            Refusal::TooLarge(_) => "too-large",
            Refusal::Compressed => "compressed",
            Refusal::NotText => "not-text",
            Refusal::Damaged => "damaged",
            Refusal::NotSubmission => "not-submission",
            Refusal::NewerVersion(_) => "newer-version",
            Refusal::Shape(_) => "shape",
            Refusal::OutOfRange(_) => "out-of-range",
            Refusal::Markup(_) => "markup",
            Refusal::OtherBody { .. } => "other-body",
            Refusal::Unmappable { .. } => "unmappable",
            Refusal::Duplicate { .. } => "duplicate",
        }
    }

    /// The reason's short name, for counting refusals by kind (破損, 別の団体 …).
    pub fn kind_label(&self, lang: Lang) -> &'static str {
        match self {
            Refusal::TooLarge(_) => lang.pick("大きすぎる", "Too large"),
            Refusal::Compressed => lang.pick("圧縮ファイル", "Compressed"),
            Refusal::NotText => lang.pick("文字のファイルでない", "Not text"),
            Refusal::Damaged => lang.pick("破損", "Damaged"),
            Refusal::NotSubmission => lang.pick("提出用ファイルでない", "Not a submission"),
            Refusal::NewerVersion(_) => lang.pick("新しい形式", "Newer format"),
            Refusal::Shape(_) => lang.pick("形の誤り", "Wrong shape"),
            Refusal::OutOfRange(_) => lang.pick("範囲外の評価", "Rating out of range"),
            Refusal::Markup(_) => lang.pick("タグ・スクリプト", "Markup or script"),
            Refusal::OtherBody { .. } => lang.pick("別の団体", "Another body"),
            Refusal::Unmappable { .. } => lang.pick("対応づけられない版", "Unmappable version"),
            Refusal::Duplicate { .. } => lang.pick("重複", "Duplicate"),
        }
    }
}

/// Japanese, the office's default language; [`Refusal::message`] gives English.
impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Ja))
    }
}

/// A place in a submission (`review.ratings.next.rinri.level`), in words a
/// person reads: 「上司の評価 › 次の職位に対して › 「rinri」 › 段階」. Item ids
/// stay as they are: the file names them so.
fn place(path: &str, lang: Lang) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut parent = "";
    for seg in path.split('.') {
        let rated = matches!(parent, "ratings" | "notes");
        let word = match seg {
            "ratings" if parent == "review" => None,
            "ratings" => Some(lang.pick("自己評価", "the self-ratings")),
            "review" => Some(lang.pick("上司の評価", "the supervisor's review")),
            "notes" => Some(lang.pick("根拠のメモ", "the notes")),
            "current" if rated => {
                Some(lang.pick("現在の職位に対して", "against the current grade"))
            }
            "next" if rated => Some(lang.pick("次の職位に対して", "against the next grade")),
            "current" => Some(lang.pick("現在の職位", "the current grade")),
            "next" => Some(lang.pick("次の職位", "the next grade")),
            "level" => Some(lang.pick("段階", "the level")),
            "body" => Some(lang.pick("団体", "the body")),
            "body_name" => Some(lang.pick("団体名", "the body's name")),
            "track" => Some(lang.pick("職種", "the job track")),
            "made" => Some(lang.pick("作成日", "the date")),
            "fiscal_year" => Some(lang.pick("年度", "the fiscal year")),
            "data_version" => Some(lang.pick("データの版", "the data version")),
            "staff_id" => Some(lang.pick("職員番号", "the staff number")),
            "contents" => Some(lang.pick("含める内容", "what is included")),
            "role" => Some(lang.pick("役職", "the role")),
            "version" => Some(lang.pick("形式の版", "the format version")),
            "kind" => Some(lang.pick("種類", "the kind")),
            _ => {
                words.push(match lang {
                    Lang::Ja => format!("「{seg}」"),
                    Lang::En => format!("\u{201c}{seg}\u{201d}"),
                });
                None
            }
        };
        words.extend(word.map(str::to_owned));
        parent = seg;
    }
    words.join(" › ")
}
