//! Reading a 標準職務遂行能力 table pasted from a body's 例規集.
//!
//! Every 任命権者 publishes, under 地方公務員法 第15条の2, a 規程 or 訓令
//! whose 別表 is a table: 標準的な職 × 能力 → sentences worded for that
//! grade. A clerk copies it from the 例規集's web page and pastes it on the
//! authoring page. The clipboard carries `text/html` (a `<table>` with
//! `rowspan`/`colspan`), or tab-separated text, or plain lines in the order
//! the page shows them. [`read`] turns any of the three into a [`Pasted`]
//! table for the clerk to confirm, listing every line it could not place;
//! [`to_body`] makes a body's data from it, with the regulation the clerk
//! names as the source of every sentence.
//!
//! Pure: text in, data out. The HTML is parsed by a real HTML parser and
//! only text is kept, so markup in a cell (a script, a style) is never more
//! than text that is dropped.

use super::model::BodyData;
use serde::{Deserialize, Serialize};
use std::fmt;

/// How the paste was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PasteLayout {
    /// An HTML `<table>` (the clipboard's `text/html`).
    Html,
    /// Tab-separated text (a table copied as text, or from Excel).
    Tabs,
    /// Plain lines in the order the page shows them.
    Lines,
}

/// One cell of the table as read: what one grade asks of one ability.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PastedCell {
    /// The grade (標準的な職) as printed, e.g. 部長.
    pub grade: String,
    /// The group the ability is printed under (能力 / 態度 …), if any.
    pub group: Option<String>,
    /// The ability as printed, e.g. 倫理.
    pub ability: String,
    /// The sentences in the cell, in printed order.
    pub statements: Vec<String>,
    /// The 別表 the cell is in, as printed (別表第1), if the paste names it.
    pub table: Option<String>,
}

/// What a paste was read as, for the clerk to confirm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pasted {
    /// How it was read.
    pub layout: PasteLayout,
    /// Whether the grades ran across the columns (and the abilities down
    /// the rows) in the pasted table.
    pub grades_in_columns: bool,
    /// The grades in the order the table prints them.
    pub grades: Vec<String>,
    /// Whether the table prints the highest grade first (most do: 部長 …
    /// 主事), as the reader guesses it; the clerk can turn it around before
    /// confirming. [`to_body`] builds the ladder lowest first from it.
    pub top_first: bool,
    /// The cells, grade by grade in printed order, abilities in printed order.
    pub cells: Vec<PastedCell>,
    /// Every non-empty line of the paste the reader could not place, as
    /// it stands (headings it did not recognise, notes, page furniture).
    pub unplaced: Vec<String>,
}

/// Why a paste could not be read. Nothing is changed when it is refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PasteError {
    /// Nothing was pasted (or only spaces).
    Empty,
    /// The paste is larger than any 別表 (bytes pasted, the limit).
    TooLarge { bytes: usize, limit: usize },
    /// No table could be found in it.
    NoTable,
    /// A table was found, but not one of grades and abilities (a salary
    /// table, say): what was found, in a phrase.
    NotAbilities(String),
}

impl fmt::Display for PasteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PasteError::Empty => f.write_str(
                "貼り付けられた内容が空です。例規集のページで別表の表を選んでコピーし、もう一度貼り付けてください。",
            ),
            PasteError::TooLarge { bytes, limit } => write!(
                f,
                "貼り付けられた内容が大きすぎます（{} KB。読めるのは {} KB まで）。別表の表だけを選んでコピーしてください。",
                bytes / 1024,
                limit / 1024
            ),
            PasteError::NoTable => f.write_str(
                "表が見つかりませんでした。例規集のページで別表の表全体（見出しの行から最後の行まで）を選んでコピーしてください。",
            ),
            PasteError::NotAbilities(what) => write!(
                f,
                "貼り付けられた表は、職と能力の表として読めませんでした（{what}）。標準職務遂行能力を定める規程の別表を貼り付けてください。"
            ),
        }
    }
}

impl std::error::Error for PasteError {}

/// The regulation the table is from, as the clerk names it once: the
/// source of every sentence.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Regulation {
    /// Its title as printed (…標準職務遂行能力を定める規程).
    pub title: String,
    /// Its number as printed (平成28年訓令第3号), if the clerk gives it.
    pub number: Option<String>,
    /// Its date as printed (平成28年4月1日), if the clerk gives it.
    pub date: Option<String>,
    /// The 別表 heading for cells whose paste names none (別表第1).
    pub table: String,
}

/// The body the table belongs to, as the clerk names it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct NewBody {
    /// The id (file stem, URL segment), ASCII.
    pub id: String,
    /// The body's name (〇〇町).
    pub name: String,
    /// 市, 町, 村, 区 or 県.
    pub kind: String,
    /// The prefecture it is in.
    pub prefecture: String,
}

/// Reads a paste: the clipboard's `text/html` if it has any, else its
/// plain text.
pub fn read(html: Option<&str>, text: &str) -> Result<Pasted, PasteError> {
    let _ = (html, text);
    Err(PasteError::NoTable)
}

/// A body's data from a confirmed table: its grades (lowest first, one
/// track), groups and abilities, each grade's sentences with the
/// regulation as their source, and the parts a regulation never has
/// recorded as missing.
pub fn to_body(p: &Pasted, body: &NewBody, reg: &Regulation) -> Result<BodyData, String> {
    let _ = (p, body, reg);
    Err("未実装".into())
}
