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
//! Pure: text in, data out. The HTML is parsed by a real HTML parser
//! (html5ever, through scraper) and only text is kept, so markup in a cell
//! (a script, a style) is never more than text that is dropped. Only the
//! authoring module calls this, so the parser is in no other module.
//!
//! How a table is read (`paste/table.rs`): its merged cells are expanded into a
//! grid (`paste/blocks.rs`); the grades (標準的な職, recognised by the words they
//! end with, see `paste/words.rs`) are found down a column or across the heading
//! row; the cells between the grade and the sentences are the group and
//! the ability, else the heading row names the abilities. Plain lines are
//! read as a 例規集 page shows such a table: a grade's line, a group's
//! name, an ability's name, its sentences. Whatever is not placed is
//! listed as it stands, for the clerk to see. Not read today: a plain-text
//! table with the grades across (only HTML and tab-separated text carry
//! columns), and a cell whose ability name and sentences share one cell.

mod blocks;
mod body;
mod table;
mod words;

use super::model::BodyData;
use blocks::*;
pub use body::to_body;
use serde::{Deserialize, Serialize};
use std::fmt;
use table::*;
use words::*;

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

/// The most a paste may hold, in bytes (its HTML and its text each). A
/// whole 例規集 page with its markup is a few hundred KB; anything larger
/// is not one 別表, and is refused by its length before it is parsed.
pub const PASTE_LIMIT: usize = 1024 * 1024;

/// Reads a paste: the clipboard's `text/html` if it holds a table, else
/// its plain text (tab-separated, or lines as the page shows them).
/// Never panics, whatever it is given.
pub fn read(html: Option<&str>, text: &str) -> Result<Pasted, PasteError> {
    let html = html.filter(|h| !h.trim().is_empty());
    let bytes = html.map_or(0, str::len).max(text.len());
    if bytes > PASTE_LIMIT {
        return Err(PasteError::TooLarge {
            bytes,
            limit: PASTE_LIMIT,
        });
    }
    let mut refused = None;
    // Markup nested deeper than any page is not parsed (an HTML parser's
    // time grows with the square of the depth): its text is read instead.
    let deep = html.is_some_and(too_deep);
    if deep {
        refused = Some(PasteError::NoTable);
    }
    if let Some(h) = html.filter(|_| !deep) {
        let blocks = html_blocks(h);
        if blocks.iter().any(|b| matches!(b, Block::Table(_))) {
            match read_blocks(PasteLayout::Html, blocks) {
                Ok(p) => return Ok(p),
                Err(e) => refused = Some(e),
            }
        } else if text.trim().is_empty() {
            // No table and no plain text: the page's lines as the HTML holds them.
            let lines = blocks
                .into_iter()
                .filter_map(|b| match b {
                    Block::Line(l) => Some(l),
                    Block::Table(_) => None,
                })
                .collect::<Vec<_>>();
            if lines.is_empty() {
                return Err(PasteError::Empty);
            }
            return read_lines(&lines);
        }
    }
    let from_text = if text.trim().is_empty() {
        Err(PasteError::Empty)
    } else if text.lines().any(|l| l.contains('\t')) {
        read_blocks(PasteLayout::Tabs, tab_blocks(text))
    } else {
        let lines = text.lines().map(str::to_owned).collect::<Vec<_>>();
        read_lines(&lines)
    };
    from_text.map_err(|e| match refused {
        Some(r) if severity(&r) > severity(&e) => r,
        _ => e,
    })
}

/// How deep elements may nest in a pasted page. 例規集 pages nest a few
/// dozen deep; an HTML parser's work grows with the square of the depth,
/// so a paste nested deeper is not parsed at all.
const MAX_DEPTH: usize = 512;

/// Whether the markup nests deeper than [`MAX_DEPTH`], by a cheap count of
/// start and end tags (elements whose end tag may be left out, and empty
/// ones, are not counted, so a page's unclosed `<p>` or `<td>` is no
/// depth).
fn too_deep(h: &str) -> bool {
    const FLAT: &[&str] = &[
        "p", "li", "td", "th", "tr", "dt", "dd", "option", "optgroup", "thead", "tbody", "tfoot",
        "colgroup", "rb", "rt", "rp", "br", "img", "hr", "meta", "link", "input", "col", "area",
        "base", "embed", "source", "track", "wbr", "param",
    ];
    let b = h.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] == b'<' {
            if b[i + 1] == b'/' {
                let name = tag_name(&b[i + 2..]);
                if !FLAT.contains(&name.as_str()) {
                    depth = depth.saturating_sub(1);
                }
            } else if b[i + 1].is_ascii_alphabetic() {
                let name = tag_name(&b[i + 1..]);
                if !FLAT.contains(&name.as_str()) {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return true;
                    }
                }
            }
        }
        i += 1;
    }
    false
}

fn tag_name(b: &[u8]) -> String {
    b.iter()
        .take(16)
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase() as char)
        .collect()
}

/// Which refusal says more, when the HTML and the text are both refused.
fn severity(e: &PasteError) -> u8 {
    match e {
        PasteError::Empty => 0,
        PasteError::NoTable => 1,
        PasteError::NotAbilities(_) => 2,
        PasteError::TooLarge { .. } => 3,
    }
}
