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

// ---------------------------------------------------------------------
// The paste as blocks: lines of text and tables (grids of cells).

/// A table as a grid: each position holds the cell printed there (an
/// index into `texts`), so a cell merged over several rows or columns
/// (`rowspan`/`colspan`) is found at each of them, as it is printed.
#[derive(Debug, Default)]
struct Grid {
    texts: Vec<String>,
    rows: Vec<Vec<Option<usize>>>,
    caption: String,
}

impl Grid {
    fn at(&self, r: usize, c: usize) -> Option<usize> {
        self.rows
            .get(r)
            .and_then(|row| row.get(c))
            .copied()
            .flatten()
    }

    fn text(&self, id: usize) -> &str {
        self.texts.get(id).map_or("", String::as_str)
    }

    fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// The distinct cells of a row from column `from` on, in order, a
    /// merged cell once, empty positions left out.
    fn run(&self, r: usize, from: usize, to: usize) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for c in from..to {
            if let Some(id) = self.at(r, c) {
                if out.last().map(|&(_, last)| last) != Some(id) {
                    out.push((c, id));
                }
            }
        }
        out
    }
}

#[derive(Debug)]
enum Block {
    Line(String),
    Table(Grid),
}

/// A table's widest reading, in columns: wider is not a 別表, and the cap
/// keeps a hostile `colspan` from growing the grid.
const MAX_COLS: usize = 64;
/// The largest `rowspan`/`colspan` taken as written (HTML's own cap for
/// `colspan`); larger ones are read as this.
const MAX_SPAN: usize = 1000;
/// How many grid positions merged cells may fill in one paste, so that
/// spans over spans cannot make the grid grow past what was pasted.
const MAX_FILL: usize = 2_000_000;

/// Elements whose contents are never text of the page.
const SKIPPED: &[&str] = &[
    "script", "style", "template", "head", "title", "noscript", "object", "svg", "math", "iframe",
];
/// Elements that begin and end a line, as a browser lays them out.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "hr",
    "address",
    "center",
    "form",
    "main",
    "nav",
    "aside",
];

#[derive(Default)]
struct TableBuilder {
    texts: Vec<String>,
    rows: Vec<Vec<(usize, usize, usize)>>,
    row: Option<Vec<(usize, usize, usize)>>,
    cell: Option<(String, usize, usize)>,
    caption: String,
    in_caption: bool,
}

impl TableBuilder {
    fn close_cell(&mut self) {
        if let Some((text, cs, rs)) = self.cell.take() {
            let id = self.texts.len();
            self.texts.push(tidy(&text));
            self.row.get_or_insert_with(Vec::new).push((id, cs, rs));
        }
    }

    fn close_row(&mut self) {
        self.close_cell();
        if let Some(r) = self.row.take() {
            self.rows.push(r);
        }
    }

    fn sink(&mut self) -> Option<&mut String> {
        if let Some((t, _, _)) = self.cell.as_mut() {
            Some(t)
        } else if self.in_caption {
            Some(&mut self.caption)
        } else {
            None
        }
    }

    fn into_grid(mut self, fill: &mut usize) -> Grid {
        self.close_row();
        let n = self.rows.len();
        let mut rows: Vec<Vec<Option<usize>>> = vec![Vec::new(); n];
        for (r, row) in self.rows.iter().enumerate() {
            let mut c = 0;
            for &(id, cs, rs) in row {
                while rows[r].get(c).is_some_and(Option::is_some) {
                    c += 1;
                }
                if c >= MAX_COLS {
                    break;
                }
                let (mut cs, mut rs) = (cs.min(MAX_COLS - c), rs.min(n - r));
                if *fill > MAX_FILL {
                    (cs, rs) = (1, 1);
                }
                *fill += cs * rs;
                for line in rows.iter_mut().skip(r).take(rs) {
                    if line.len() < c + cs {
                        line.resize(c + cs, None);
                    }
                    for slot in line.iter_mut().skip(c).take(cs) {
                        slot.get_or_insert(id);
                    }
                }
                c += cs;
            }
        }
        Grid {
            texts: self.texts,
            rows,
            caption: tidy(&self.caption),
        }
    }
}

/// A `rowspan`/`colspan` as a browser reads it: a number from 1, capped.
fn span(e: &scraper::node::Element, name: &str) -> usize {
    e.attr(name)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .map_or(1, |n| n.min(MAX_SPAN))
}

/// Adds a text node's words, with its runs of white space read as one
/// space, as a browser shows them.
fn push_text(to: &mut String, t: &str) {
    for ch in t.chars() {
        if ch.is_whitespace() && ch != '\u{3000}' {
            if !to.ends_with([' ', '\n']) && !to.is_empty() {
                to.push(' ');
            }
        } else {
            to.push(ch);
        }
    }
}

fn line_break(to: &mut String) {
    while to.ends_with(' ') {
        to.pop();
    }
    if !to.is_empty() && !to.ends_with('\n') {
        to.push('\n');
    }
}

/// A cell's text: its lines trimmed, empty ones dropped.
fn tidy(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paste's HTML as lines and tables, in document order, through a
/// real HTML parser (html5ever). Only text is kept; the contents of
/// scripts, styles and templates are dropped. A table inside a table's
/// cell (a page laid out with tables) is a table of its own.
fn html_blocks(h: &str) -> Vec<Block> {
    use ego_tree::iter::Edge;
    use scraper::Node;
    let doc = scraper::Html::parse_document(h);
    let mut out = Vec::new();
    let mut outside = String::new();
    let mut tables: Vec<TableBuilder> = Vec::new();
    let mut skip = 0usize;
    let mut fill = 0usize;
    let flush = |outside: &mut String, out: &mut Vec<Block>| {
        for l in outside.lines().map(str::trim).filter(|l| !l.is_empty()) {
            out.push(Block::Line(l.to_owned()));
        }
        outside.clear();
    };
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(n) => match n.value() {
                Node::Element(e) => {
                    let name = e.name();
                    if skip > 0 || SKIPPED.contains(&name) {
                        skip += 1;
                        continue;
                    }
                    match name {
                        "table" => {
                            if let Some(t) = tables.last_mut() {
                                if let Some(s) = t.sink() {
                                    line_break(s);
                                }
                            } else {
                                flush(&mut outside, &mut out);
                            }
                            tables.push(TableBuilder::default());
                        }
                        "tr" => {
                            if let Some(t) = tables.last_mut() {
                                t.close_row();
                                t.row = Some(Vec::new());
                            }
                        }
                        "td" | "th" => {
                            if let Some(t) = tables.last_mut() {
                                t.close_cell();
                                t.cell =
                                    Some((String::new(), span(e, "colspan"), span(e, "rowspan")));
                            }
                        }
                        "caption" => {
                            if let Some(t) = tables.last_mut() {
                                t.in_caption = true;
                            }
                        }
                        _ if name == "br" || BLOCKS.contains(&name) => match tables.last_mut() {
                            Some(t) => {
                                if let Some(s) = t.sink() {
                                    line_break(s);
                                }
                            }
                            None => line_break(&mut outside),
                        },
                        _ => {}
                    }
                }
                Node::Text(t) if skip == 0 => match tables.last_mut() {
                    Some(tb) => {
                        if let Some(s) = tb.sink() {
                            push_text(s, t);
                        }
                    }
                    None => push_text(&mut outside, t),
                },
                _ => {}
            },
            Edge::Close(n) => {
                let Node::Element(e) = n.value() else {
                    continue;
                };
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                match e.name() {
                    "table" => {
                        if let Some(t) = tables.pop() {
                            out.push(Block::Table(t.into_grid(&mut fill)));
                        }
                    }
                    "tr" => {
                        if let Some(t) = tables.last_mut() {
                            t.close_row();
                        }
                    }
                    "td" | "th" => {
                        if let Some(t) = tables.last_mut() {
                            t.close_cell();
                        }
                    }
                    "caption" => {
                        if let Some(t) = tables.last_mut() {
                            t.in_caption = false;
                        }
                    }
                    name if BLOCKS.contains(&name) => match tables.last_mut() {
                        Some(t) => {
                            if let Some(s) = t.sink() {
                                line_break(s);
                            }
                        }
                        None => line_break(&mut outside),
                    },
                    _ => {}
                }
            }
        }
    }
    while let Some(t) = tables.pop() {
        out.push(Block::Table(t.into_grid(&mut fill)));
    }
    flush(&mut outside, &mut out);
    out
}

/// Tab-separated text as lines and one table: the lines before the first
/// one with a tab are lines (a 別表 heading), the rest the table's rows,
/// a cell per tab. A cell in double quotes may hold line breaks (as a
/// spreadsheet copies one). An empty cell left of a row's first sentence
/// takes the cell above, as a merged cell is printed; an empty cell among
/// the sentences stays empty.
fn tab_blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((line, after)) = rest.split_once('\n') {
        if line.contains('\t') {
            break;
        }
        let l = line.trim();
        if !l.is_empty() {
            out.push(Block::Line(l.to_owned()));
        }
        rest = after;
    }
    let mut g = Grid::default();
    let mut row: Vec<Option<usize>> = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = rest.chars().peekable();
    let end_cell = |cell: &mut String, row: &mut Vec<Option<usize>>, g: &mut Grid| {
        let t = tidy(cell);
        cell.clear();
        if row.len() >= MAX_COLS {
            return;
        }
        if t.is_empty() {
            row.push(None);
        } else {
            g.texts.push(t);
            row.push(Some(g.texts.len() - 1));
        }
    };
    while let Some(ch) = chars.next() {
        match ch {
            '"' if quoted => {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cell.push('"');
                } else {
                    quoted = false;
                }
            }
            '"' if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
            }
            '\t' if !quoted => end_cell(&mut cell, &mut row, &mut g),
            '\n' if !quoted => {
                end_cell(&mut cell, &mut row, &mut g);
                if row.iter().any(Option::is_some) {
                    g.rows.push(std::mem::take(&mut row));
                } else {
                    row.clear();
                }
            }
            '\r' if !quoted => {}
            _ => cell.push(ch),
        }
    }
    end_cell(&mut cell, &mut row, &mut g);
    if row.iter().any(Option::is_some) {
        g.rows.push(row);
    }
    // Merged cells as printed: an empty label takes the one above.
    for r in 1..g.rows.len() {
        let first_sentence =
            (0..g.rows[r].len()).find(|&c| g.at(r, c).is_some_and(|id| sentence_like(g.text(id))));
        let Some(first) = first_sentence else {
            continue;
        };
        for c in 0..first {
            if g.rows[r][c].is_none() {
                let above = g.at(r - 1, c);
                g.rows[r][c] = above;
            }
        }
    }
    out.push(Block::Table(g));
    out
}

// ---------------------------------------------------------------------
// Words: grades, headings, bullets, sentences.

/// Words a 標準的な職 ends with (部長, 課長補佐, 主任主査 …), with the
/// app's guess of how high each stands (for [`Pasted::top_first`] only).
const GRADE_WORDS: &[(&str, u8)] = &[
    ("理事", 90),
    ("局長", 85),
    ("部長", 80),
    ("技監", 75),
    ("次長", 70),
    ("監", 68),
    ("参事", 65),
    ("課長", 60),
    ("室長", 60),
    ("所長", 58),
    ("館長", 58),
    ("園長", 58),
    ("事務長", 58),
    ("主幹", 55),
    ("課長補佐", 50),
    ("補佐", 50),
    ("係長", 40),
    ("班長", 40),
    ("主査", 35),
    ("主任", 30),
    ("技能長", 30),
    ("主事", 10),
    ("技師", 10),
    ("保育士", 10),
    ("主事補", 5),
    ("技師補", 5),
    ("係員", 5),
    ("技能労務職", 5),
    ("技能労務職員", 5),
];

/// Words of a table's heading row: placed as headings, never as data.
const HEADINGS: &[&str] = &[
    "標準的な職",
    "職制上の段階",
    "職位",
    "職",
    "職名",
    "役職",
    "区分",
    "能力",
    "項目",
    "能力項目",
    "評価項目",
    "標準職務遂行能力",
    "職務遂行能力",
    "求められる能力",
    "内容",
];

fn is_heading(s: &str) -> bool {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    HEADINGS.contains(&s.as_str())
}

/// Bullets that begin a sentence in a cell.
const BULLETS: &[char] = &[
    '・', '○', '〇', '●', '◎', '◯', '■', '□', '◆', '◇', '▪', '•', '-', '－', '※',
];
const KANA_ENUM: &str = "アイウエオカキクケコサシスセソタチツテト";

/// The text after a leading bullet or number ((1), ①, 1., ア …), as
/// printed otherwise. A ※ note keeps its mark: it is part of the words.
fn strip_bullet(s: &str) -> &str {
    let s = s.trim();
    let mut chars = s.char_indices();
    let Some((_, first)) = chars.next() else {
        return s;
    };
    let after = |i: usize| s[i..].trim_start();
    let second = chars.next();
    // ・ ○ … (but a ※ note keeps its mark)
    if BULLETS.contains(&first) && first != '※' {
        return after(first.len_utf8());
    }
    // ① … ⑳, ⑴ … ⒇
    if ('\u{2460}'..='\u{2473}').contains(&first) || ('\u{2474}'..='\u{2487}').contains(&first) {
        return after(first.len_utf8());
    }
    // (1) （1） (ア)
    if first == '(' || first == '（' {
        if let Some(close) = s.find([')', '）']) {
            let inner = &s[first.len_utf8()..close];
            let n = inner.chars().count();
            if (1..=3).contains(&n)
                && inner.chars().all(|c| {
                    c.is_ascii_digit() || ('０'..='９').contains(&c) || KANA_ENUM.contains(c)
                })
            {
                let close_len = s[close..].chars().next().map_or(1, char::len_utf8);
                return after(close + close_len);
            }
        }
    }
    // 1. 1． 1) 1 — digits then a mark or a space
    if first.is_ascii_digit() || ('０'..='９').contains(&first) {
        let end = s
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_digit() || ('０'..='９').contains(&c)))
            .map_or(s.len(), |(i, _)| i);
        if let Some(c) = s[end..].chars().next() {
            if ['.', '．', ')', '）', '、'].contains(&c) {
                return after(end + c.len_utf8());
            }
            if c.is_whitespace() {
                return after(end);
            }
        }
        return s;
    }
    // ア イ … followed by a space
    if KANA_ENUM.contains(first) {
        if let Some((i, c)) = second {
            if c.is_whitespace() {
                return after(i);
            }
        }
    }
    s
}

/// Whether a cell or line reads as a sentence rather than a name.
fn sentence_like(s: &str) -> bool {
    s.contains('。') || s.contains('\n') || s.chars().count() > 24
}

/// A label (group or ability) as printed: its lines run together (a
/// narrow cell breaks a name), any leading number left off.
fn label(s: &str) -> String {
    let joined: String = s.lines().map(str::trim).collect();
    strip_bullet(&joined).to_owned()
}

/// The sentences of a cell, in printed order: one per line, and a line
/// holding several bulleted ones (・ ○ ①) split before each bullet. Each
/// keeps its words as printed, without its bullet.
fn sentences(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in s.lines() {
        let mut start = 0;
        let mut prev_space = true;
        let mut parts = Vec::new();
        for (i, c) in line.char_indices() {
            let bullet = (BULLETS.contains(&c) && c != '-' && c != '－')
                || ('\u{2460}'..='\u{2473}').contains(&c);
            if bullet && prev_space && i > start && !line[start..i].trim().is_empty() {
                parts.push(&line[start..i]);
                start = i;
            }
            prev_space = c.is_whitespace();
        }
        parts.push(&line[start..]);
        for p in parts {
            let t = strip_bullet(p).trim();
            if !t.is_empty() {
                out.push(t.to_owned());
            }
        }
    }
    out
}

/// The grade a cell or line names, as printed (without a row number),
/// if it names one: 部長, 課長補佐, 主任・主事, 部長級, 技能労務職員,
/// 消防長 (部長).
fn grade_name(s: &str) -> Option<String> {
    let t = strip_bullet(s.trim());
    if t.is_empty() || t.contains('\n') || t.contains('。') || t.chars().count() > 24 {
        return None;
    }
    let (before, inner) = match t.find(['(', '（']) {
        Some(i) => {
            let rest = &t[i..];
            let inner = rest
                .char_indices()
                .nth(1)
                .map(|(j, _)| &rest[j..])
                .unwrap_or("")
                .trim_end_matches([')', '）']);
            (t[..i].trim(), Some(inner))
        }
        None => (t, None),
    };
    (grade_rank(before).is_some() || inner.is_some_and(|i| grade_rank(i).is_some()))
        .then(|| t.to_owned())
}

/// How high a grade name stands, as the app guesses it: the highest of
/// its parts (主任・主事 is 主任), if every part is a grade.
fn grade_rank(s: &str) -> Option<u8> {
    let mut best = None;
    let mut any = false;
    for part in s.split(['・', '、', ',', '，', '/', '／', '及']) {
        let p = part.trim().trim_start_matches('び').trim();
        if p.is_empty() || p.chars().count() > 10 {
            return None;
        }
        let bare = ["相当職", "相当", "級", "職", "クラス", "等"]
            .iter()
            .find_map(|suf| p.strip_suffix(suf).filter(|b| !b.is_empty()))
            .unwrap_or(p);
        let rank = GRADE_WORDS
            .iter()
            .filter(|(w, _)| p.ends_with(w) || bare.ends_with(w))
            .max_by_key(|(w, _)| w.len())
            .map(|&(_, r)| r)?;
        any = true;
        best = best.max(Some(rank));
    }
    if any {
        best
    } else {
        None
    }
}

/// A 別表 heading's table name (別表第2 of 別表第2(第3条関係)), if the
/// line is one.
fn table_heading(line: &str) -> Option<String> {
    let l = line.trim().trim_start_matches(['○', '◯']);
    if !l.starts_with("別表") || l.chars().count() > 60 {
        return None;
    }
    let end = l.find(['(', '（', ' ', '\u{3000}']).unwrap_or(l.len());
    Some(l[..end].to_owned())
}

fn numeric(s: &str) -> bool {
    let s = s.trim();
    s.chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        && s.chars().all(|c| {
            c.is_ascii_digit()
                || ('０'..='９').contains(&c)
                || ",.，．円号級 -−△▲".contains(c)
                || c.is_whitespace()
        })
}

// ---------------------------------------------------------------------
// Reading tables.

/// Why a table was not read as grades × abilities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Why {
    NoGrades,
    Numbers,
    GradesOnly,
}

impl Why {
    fn phrase(self) -> String {
        match self {
            Why::Numbers => "数字が並ぶ表で、給料表のように見えます",
            Why::GradesOnly => {
                "職の名前は並んでいますが、能力ごとの文がありません。標準的な職の一覧のように見えます"
            }
            Why::NoGrades => "部長・課長・係長などの職の名前が見つかりません",
        }
        .to_owned()
    }
}

/// What one table (or the lines) gave.
#[derive(Default)]
struct Reading {
    cells: Vec<PastedCell>,
    grades_in_columns: bool,
    unplaced: Vec<String>,
}

impl Reading {
    /// Adds sentences to a grade's ability: to the last cell when it is
    /// the same grade and ability (a cell printed over several rows).
    fn add(
        &mut self,
        grade: &str,
        group: Option<String>,
        ability: String,
        st: Vec<String>,
        table: Option<&str>,
    ) {
        if st.is_empty() {
            return;
        }
        if let Some(last) = self.cells.last_mut() {
            if last.grade == grade && last.ability == ability && last.group == group {
                for s in st {
                    if !last.statements.contains(&s) {
                        last.statements.push(s);
                    }
                }
                return;
            }
        }
        self.cells.push(PastedCell {
            grade: grade.to_owned(),
            group,
            ability,
            statements: st,
            table: table.map(str::to_owned),
        });
    }

    fn unplace(&mut self, s: &str) {
        for l in s.lines().map(str::trim).filter(|l| !l.is_empty()) {
            self.unplaced.push(l.to_owned());
        }
    }
}

fn read_grid(g: &Grid, table: Option<&str>) -> Result<Reading, Why> {
    let filled: Vec<&str> = g
        .texts
        .iter()
        .map(String::as_str)
        .filter(|t| !t.is_empty())
        .collect();
    let numbers = filled.iter().filter(|t| numeric(t)).count();
    if numbers >= 4 && numbers * 2 >= filled.len() {
        return Err(Why::Numbers);
    }
    let width = g.width();
    // Grades across a heading row: 区分 | 能力 | 部長 | 課長 …
    for hr in 0..g.rows.len().min(3) {
        let grades: Vec<(usize, usize)> = g
            .run(hr, 0, width)
            .into_iter()
            .filter(|&(_, id)| grade_name(g.text(id)).is_some())
            .collect();
        if grades.len() >= 2 && grades[0].0 > 0 {
            return read_columns(g, table, hr, &grades);
        }
    }
    // Grades down a column.
    let mut best: Option<(usize, usize)> = None;
    for c in 0..width {
        let mut seen = Vec::new();
        for r in 0..g.rows.len() {
            if let Some(id) = g.at(r, c) {
                if !seen.contains(&id) && grade_name(g.text(id)).is_some() {
                    seen.push(id);
                }
            }
        }
        if !seen.is_empty() && best.is_none_or(|(_, n)| seen.len() > n) {
            best = Some((c, seen.len()));
        }
    }
    let Some((gc, _)) = best else {
        return Err(Why::NoGrades);
    };
    let Some(first) = (0..g.rows.len()).find(|&r| {
        g.at(r, gc)
            .is_some_and(|id| grade_name(g.text(id)).is_some())
    }) else {
        return Err(Why::NoGrades);
    };
    let sentences_right = (first..g.rows.len()).any(|r| {
        g.run(r, gc + 1, width)
            .iter()
            .any(|&(_, id)| sentence_like(g.text(id)))
    });
    if !sentences_right {
        return Err(Why::GradesOnly);
    }
    let mut out = Reading::default();
    let mut placed = Vec::new();
    for r in 0..first {
        for (_, id) in g.run(r, 0, width) {
            if !placed.contains(&id) {
                placed.push(id);
            }
        }
    }
    // Abilities across the heading row (職 | 保有すべき能力 | …), each
    // grade on a row of its own; else grade, group, ability, sentences.
    let header: Vec<(usize, usize)> = if first > 0 {
        g.run(first - 1, gc + 1, width)
            .into_iter()
            .filter(|&(_, id)| !is_heading(g.text(id)) && !g.text(id).is_empty())
            .collect()
    } else {
        Vec::new()
    };
    let grade_ids: Vec<Option<usize>> = (first..g.rows.len()).map(|r| g.at(r, gc)).collect();
    let one_row_each = grade_ids.windows(2).all(|w| w[0] != w[1]);
    let wide = header.len() >= 2 && one_row_each;
    for (_, id) in g
        .run(first.saturating_sub(1), 0, width)
        .into_iter()
        .filter(|_| first > 0)
    {
        let t = g.text(id);
        let ability_name = wide && header.iter().any(|&(_, h)| h == id);
        if !is_heading(t) && !ability_name {
            out.unplace(t);
        }
    }
    for r in 0..first.saturating_sub(1) {
        for (_, id) in g.run(r, 0, width) {
            let group_name = wide && first >= 2;
            if !is_heading(g.text(id)) && !group_name {
                out.unplace(g.text(id));
            }
        }
    }
    let mut group_heading: Option<(String, String)> = None;
    let mut left_seen: Vec<usize> = Vec::new();
    for r in first..g.rows.len() {
        for (_, id) in g.run(r, 0, gc) {
            if !left_seen.contains(&id) {
                left_seen.push(id);
                out.unplace(g.text(id));
            }
        }
        let Some(gid) = g.at(r, gc) else {
            for (_, id) in g.run(r, gc + 1, width) {
                out.unplace(g.text(id));
            }
            continue;
        };
        let gt = g.text(gid);
        let grade = match grade_name(gt) {
            Some(n) => strip_bullet(&n).to_owned(),
            None if !sentence_like(gt) && !gt.is_empty() => label(gt),
            None => {
                for (_, id) in g.run(r, gc, width) {
                    out.unplace(g.text(id));
                }
                continue;
            }
        };
        let run = g.run(r, gc + 1, width);
        if wide {
            for (c, id) in run {
                let ability = header
                    .iter()
                    .rev()
                    .find(|&&(hc, _)| hc <= c)
                    .map(|&(_, h)| label(g.text(h)));
                let group = (first >= 2)
                    .then(|| g.at(first - 2, c))
                    .flatten()
                    .filter(|&top| Some(top) != g.at(first - 1, c) && !is_heading(g.text(top)))
                    .map(|top| label(g.text(top)));
                match ability {
                    Some(a) => out.add(&grade, group, a, sentences(g.text(id)), table),
                    None => out.unplace(g.text(id)),
                }
            }
            continue;
        }
        let Some((&(_, last), labels)) = run.split_last() else {
            continue;
        };
        let last_text = g.text(last);
        if labels.is_empty() {
            if sentence_like(last_text) {
                out.unplace(last_text);
            } else {
                group_heading = Some((grade.clone(), label(last_text)));
            }
            continue;
        }
        let ability = label(g.text(labels[labels.len() - 1].1));
        let group = if labels.len() >= 2 {
            for &(_, mid) in &labels[1..labels.len() - 1] {
                out.unplace(g.text(mid));
            }
            Some(label(g.text(labels[0].1)))
        } else {
            group_heading
                .as_ref()
                .filter(|(gr, _)| *gr == grade)
                .map(|(_, name)| name.clone())
        };
        out.add(&grade, group, ability, sentences(last_text), table);
    }
    if out.cells.is_empty() {
        return Err(Why::GradesOnly);
    }
    Ok(out)
}

/// A table whose heading row names the grades: a row per ability (its
/// group and name in the columns before the first grade, or a row of its
/// own spanning the table for a group), a cell per grade.
fn read_columns(
    g: &Grid,
    table: Option<&str>,
    hr: usize,
    grades: &[(usize, usize)],
) -> Result<Reading, Why> {
    let width = g.width();
    let mut out = Reading {
        grades_in_columns: true,
        ..Reading::default()
    };
    for r in 0..hr {
        for (_, id) in g.run(r, 0, width) {
            if !is_heading(g.text(id)) {
                out.unplace(g.text(id));
            }
        }
    }
    for (c, id) in g.run(hr, 0, width) {
        if !grades.iter().any(|&(gc, _)| gc == c) && !is_heading(g.text(id)) {
            out.unplace(g.text(id));
        }
    }
    let first_grade = grades[0].0;
    let mut per_grade: Vec<Reading> = grades.iter().map(|_| Reading::default()).collect();
    let mut group: Option<String> = None;
    for r in hr + 1..g.rows.len() {
        let all = g.run(r, 0, width);
        if all.is_empty() {
            continue;
        }
        if all.len() == 1 && !sentence_like(g.text(all[0].1)) {
            group = Some(label(g.text(all[0].1)));
            continue;
        }
        let labels = g.run(r, 0, first_grade);
        let Some(&(_, ab)) = labels.last() else {
            for (_, id) in all {
                out.unplace(g.text(id));
            }
            continue;
        };
        let ability = label(g.text(ab));
        let grp = if labels.len() >= 2 {
            Some(label(g.text(labels[0].1)))
        } else {
            group.clone()
        };
        for (i, &(gc, gid)) in grades.iter().enumerate() {
            let name = strip_bullet(g.text(gid)).to_owned();
            if let Some(id) = g.at(r, gc) {
                per_grade[i].add(
                    &name,
                    grp.clone(),
                    ability.clone(),
                    sentences(g.text(id)),
                    table,
                );
            }
        }
    }
    for p in per_grade {
        out.cells.extend(p.cells);
    }
    if out.cells.is_empty() {
        return Err(Why::GradesOnly);
    }
    Ok(out)
}

/// Reads blocks (HTML, or tab-separated text): every table that reads
/// as grades × abilities, each with the 別表 heading printed before it.
fn read_blocks(layout: PasteLayout, blocks: Vec<Block>) -> Result<Pasted, PasteError> {
    let mut all = Reading::default();
    let mut heading: Option<String> = None;
    let mut whys = Vec::new();
    for b in blocks {
        match b {
            Block::Line(l) => match table_heading(&l) {
                Some(t) => heading = Some(t),
                None => all.unplaced.push(l),
            },
            Block::Table(g) => {
                let name = table_heading(&g.caption).or_else(|| heading.clone());
                if !g.caption.is_empty() && table_heading(&g.caption).is_none() {
                    all.unplace(&g.caption);
                }
                match read_grid(&g, name.as_deref()) {
                    Ok(r) => {
                        all.grades_in_columns |= r.grades_in_columns;
                        all.cells.extend(r.cells);
                        all.unplaced.extend(r.unplaced);
                    }
                    Err(why) => {
                        whys.push(why);
                        for t in &g.texts {
                            all.unplace(t);
                        }
                    }
                }
            }
        }
    }
    if all.cells.is_empty() {
        return Err(match whys.iter().max() {
            Some(w) => PasteError::NotAbilities(w.phrase()),
            None => PasteError::NoTable,
        });
    }
    Ok(finish(layout, all))
}

fn finish(layout: PasteLayout, r: Reading) -> Pasted {
    let mut grades: Vec<String> = Vec::new();
    for c in &r.cells {
        if !grades.contains(&c.grade) {
            grades.push(c.grade.clone());
        }
    }
    let rank = |g: &String| {
        let bare = g.find(['(', '（']).map_or(g.as_str(), |i| &g[..i]);
        grade_rank(bare.trim())
    };
    let top_first = match (grades.first().and_then(rank), grades.last().and_then(rank)) {
        (Some(a), Some(b)) => a >= b,
        _ => true,
    };
    Pasted {
        layout,
        grades_in_columns: r.grades_in_columns,
        grades,
        top_first,
        cells: r.cells,
        unplaced: r.unplaced,
    }
}

/// Reads plain lines in the order a 例規集 page shows a table: a grade's
/// line, then its abilities' names (a group's name before the first of
/// its abilities), each followed by its sentences. A 別表 heading starts
/// a new table; a table that gives no sentence leaves all its lines
/// unplaced (別表第1, the list of 標準的な職, say).
fn read_lines(lines: &[String]) -> Result<Pasted, PasteError> {
    let mut all = Reading::default();
    let mut segment: Vec<&str> = Vec::new();
    let mut heading: Option<String> = None;
    let mut saw_grade = false;
    let mut numbers = 0usize;
    let mut filled = 0usize;
    let flush =
        |segment: &mut Vec<&str>, heading: Option<&str>, all: &mut Reading, saw: &mut bool| {
            let r = read_segment(segment, heading);
            *saw |= r.1;
            if r.0.cells.is_empty() {
                for l in segment.iter() {
                    all.unplace(l);
                }
            } else {
                all.cells.extend(r.0.cells);
                all.unplaced.extend(r.0.unplaced);
            }
            segment.clear();
        };
    for l in lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
        filled += 1;
        if numeric(l) {
            numbers += 1;
        }
        if let Some(t) = table_heading(l) {
            flush(&mut segment, heading.as_deref(), &mut all, &mut saw_grade);
            heading = Some(t);
            continue;
        }
        segment.push(l);
    }
    flush(&mut segment, heading.as_deref(), &mut all, &mut saw_grade);
    if all.cells.is_empty() {
        return Err(if numbers >= 4 && numbers * 2 >= filled {
            PasteError::NotAbilities(Why::Numbers.phrase())
        } else if saw_grade {
            PasteError::NotAbilities(Why::GradesOnly.phrase())
        } else {
            PasteError::NoTable
        });
    }
    Ok(finish(PasteLayout::Lines, all))
}

/// One table's lines; also whether any line named a grade.
fn read_segment(lines: &[&str], table: Option<&str>) -> (Reading, bool) {
    let mut out = Reading::default();
    let mut grade: Option<String> = None;
    let mut group: Option<String> = None;
    let mut ability: Option<String> = None;
    let mut pending: Vec<&str> = Vec::new();
    let mut saw = false;
    for &l in lines {
        let bulleted = strip_bullet(l) != l;
        if let Some(gname) =
            grade_name(l).filter(|_| !bulleted || l.starts_with(|c: char| c.is_ascii_digit()))
        {
            for p in pending.drain(..) {
                out.unplace(p);
            }
            grade = Some(strip_bullet(&gname).to_owned());
            saw = true;
            group = None;
            ability = None;
            continue;
        }
        let Some(gr) = grade.as_deref() else {
            if !is_heading(l) {
                out.unplace(l);
            }
            continue;
        };
        if sentence_like(l) || (bulleted && !is_heading(l)) {
            if let Some((&last, before)) = pending.split_last() {
                if let Some((&g, rest)) = before.split_last() {
                    for p in rest {
                        out.unplace(p);
                    }
                    group = Some(label(g));
                }
                ability = Some(label(last));
                pending.clear();
            }
            match &ability {
                Some(a) => out.add(gr, group.clone(), a.clone(), sentences(l), table),
                None => out.unplace(l),
            }
        } else if is_heading(l) && l.trim() != "能力" {
            // A heading row repeated on a new page.
        } else {
            pending.push(l);
        }
    }
    for p in pending {
        out.unplace(p);
    }
    (out, saw)
}

// ---------------------------------------------------------------------
// From a confirmed table to a body's data.

/// The track every pasted table is read as: the 標準的な職 of one
/// 職務の種類, in the order the table prints them.
const TRACK: &str = "hyojun";

/// A body's data from a confirmed table: its grades (lowest first, one
/// track), groups and abilities, each grade's sentences with the
/// regulation as their source, and the parts a regulation never has
/// recorded as missing. The ids are made from printed order (`s01` for
/// the first grade printed, `g01` for the first group, `a01` for the
/// first ability), so the same table always gets the same ids.
///
/// What is recorded as missing: a 研修 list (courses), a career path and
/// a staff vision, which no such 規程 holds. The matrix is not recorded
/// as missing: the table *is* the grade × ability table, worded instead
/// of marked, and the app shows it as such.
///
/// The result has passed [`crate::core::validate::validate`]; its
/// problems, if any, come back as one Japanese message.
pub fn to_body(p: &Pasted, body: &NewBody, reg: &Regulation) -> Result<BodyData, String> {
    use super::id::Id;
    use super::model::*;
    let id = Id::parse(body.id.trim()).map_err(|e| format!("団体の ID が正しくありません：{e}"))?;
    if body.name.trim().is_empty() {
        return Err("団体の名前を入力してください。".into());
    }
    let kind: BodyKind = serde_json::from_value(serde_json::Value::String(
        body.kind.trim().to_owned(),
    ))
    .map_err(|_| {
        format!(
            "団体の種類「{}」は使えません。市・町・村・区・県のいずれかを選んでください。",
            body.kind
        )
    })?;
    if reg.title.trim().is_empty() {
        return Err(
            "規程の題名を入力してください（例：〇〇町職員の標準職務遂行能力を定める規程）。".into(),
        );
    }
    if p.cells.is_empty() {
        return Err("読み取った表に、職ごとの文がありません。".into());
    }
    let file = format!("{id}-kitei");
    let section = |t: Option<&String>| {
        let s = t.map_or(reg.table.trim(), |t| t.trim());
        if s.is_empty() { "別表" } else { s }.to_owned()
    };
    let src = |t: Option<&String>| Source {
        file: file.clone(),
        section: section(t),
    };
    let mk = |prefix: &str, i: usize| {
        Id::parse(&format!("{prefix}{:02}", i + 1)).map_err(|e| e.to_string())
    };

    // Groups and abilities in printed order, an ability known by its
    // group and name.
    let mut groups: Vec<AbilityGroup> = Vec::new();
    let mut abilities: Vec<Ability> = Vec::new();
    let mut ability_key: Vec<(Option<String>, String)> = Vec::new();
    for c in &p.cells {
        let group = match &c.group {
            Some(gname) => match groups.iter().find(|g| g.name.ja == *gname) {
                Some(g) => Some(g.id.clone()),
                None => {
                    let gid = mk("g", groups.len())?;
                    groups.push(AbilityGroup {
                        id: gid.clone(),
                        name: Label::ja(gname.clone()),
                        source: src(c.table.as_ref()),
                    });
                    Some(gid)
                }
            },
            None => None,
        };
        let key = (c.group.clone(), c.ability.clone());
        if !ability_key.contains(&key) {
            ability_key.push(key);
            abilities.push(Ability {
                id: mk("a", abilities.len())?,
                number: None,
                name: Label::ja(c.ability.clone()),
                group,
                description: Vec::new(),
                keywords: Vec::new(),
                replaces: Vec::new(),
                source: src(c.table.as_ref()),
            });
        }
    }
    let ability_id = |c: &PastedCell| {
        ability_key
            .iter()
            .position(|k| k.0 == c.group && k.1 == c.ability)
            .map(|i| abilities[i].id.clone())
    };

    // Grades in printed order, each with its abilities as worded.
    let mut grades: Vec<Grade> = Vec::new();
    for (i, name) in p.grades.iter().enumerate() {
        let mut worded: Vec<Worded> = Vec::new();
        let mut table = None;
        for c in p.cells.iter().filter(|c| &c.grade == name) {
            table = table.or(c.table.as_ref());
            let Some(aid) = ability_id(c) else { continue };
            let st = c.statements.iter().map(|t| Statement {
                text: t.clone(),
                source: src(c.table.as_ref()),
            });
            match worded.iter_mut().find(|w| w.ability == aid) {
                Some(w) => w.statements.extend(st),
                None => worded.push(Worded {
                    ability: aid,
                    statements: st.collect(),
                }),
            }
        }
        worded.retain(|w| !w.statements.is_empty());
        grades.push(Grade {
            id: mk("s", i)?,
            name: Label::ja(name.clone()),
            level: None,
            posts: Vec::new(),
            roles: Vec::new(),
            can_do: Vec::new(),
            abilities: worded,
            entry: false,
            entry_basis: Basis::App,
            skills: Vec::new(),
            methods: Vec::new(),
            source: src(table),
        });
    }
    let mut ladder: Vec<Id> = grades.iter().map(|g| g.id.clone()).collect();
    if p.top_first {
        ladder.reverse();
    }
    // Recruits start at the lowest grade: the app's reading, as for every body.
    if let Some(low) = ladder
        .first()
        .and_then(|l| grades.iter_mut().find(|g| &g.id == l))
    {
        low.entry = true;
    }
    let order = if p.top_first {
        "上の職から下の職へ"
    } else {
        "下の職から上の職へ"
    };
    let track = Track {
        id: Id::parse(TRACK).map_err(|e| e.to_string())?,
        name: Label::ja("標準的な職"),
        ladder,
        branches: Vec::new(),
        ends: Vec::new(),
        note: Some(Text {
            text: format!(
                "規程の表は{order}並んでいます。アプリはこの順を昇任の順と読み、下の職から並べています。"
            ),
            basis: Basis::App,
            note: Some("規程は職の順を昇任の順としては定めていません（アプリの読み）。".into()),
            source: None,
        }),
        source: src(None),
        basis: Basis::App,
    };
    let missing = vec![
        Missing {
            part: Part::Courses,
            note: "この規程は標準職務遂行能力を定めるもので、研修の体系や一覧は含みません。".into(),
            source: None,
        },
        Missing {
            part: Part::CareerPath,
            note: "この規程は職ごとに求められる能力を定めるもので、キャリアパス（昇任の道筋や年数、異動の考え方）は含みません。".into(),
            source: None,
        },
        Missing {
            part: Part::Vision,
            note: "この規程は標準職務遂行能力を定めるもので、目指す職員像や行動指針は含みません。".into(),
            source: None,
        },
    ];
    let data = BodyData {
        format: DATA_FORMAT,
        body: BodyInfo {
            id,
            name: Label::ja(body.name.trim()),
            kind,
            prefecture: body.prefecture.trim().to_owned(),
            version: None,
        },
        documents: vec![Document {
            file: file.clone(),
            title: reg.title.trim().to_owned(),
            issuer: None,
            date: reg
                .date
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned),
            revisions: Vec::new(),
            period: None,
            number: reg
                .number
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned),
            note: None,
            note_basis: Basis::App,
        }],
        visions: Vec::new(),
        tracks: vec![track],
        grades,
        ability_groups: groups,
        abilities,
        matrix: None,
        career_paths: Vec::new(),
        offerings: Vec::new(),
        measures: Vec::new(),
        plan_tables: Vec::new(),
        surveys: Vec::new(),
        kpi_tables: Vec::new(),
        missing,
    };
    super::validate::validate("paste", &data).map_err(|errors| {
        let list = errors
            .iter()
            .map(|e| format!("{}：{}", e.path, e.problem))
            .collect::<Vec<_>>()
            .join("／");
        format!("読み取った表から団体のデータを作れませんでした：{list}")
    })?;
    Ok(data)
}
