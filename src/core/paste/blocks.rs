//! The paste as blocks in printed order: lines of text, and tables as
//! grids of cells (from the HTML through html5ever, or from tab-separated
//! text), merged cells found at every position they cover.

use super::*;

/// A table as a grid: each position holds the cell printed there (an
/// index into `texts`), so a cell merged over several rows or columns
/// (`rowspan`/`colspan`) is found at each of them, as it is printed.
#[derive(Debug, Default)]
pub(super) struct Grid {
    pub(super) texts: Vec<String>,
    pub(super) rows: Vec<Vec<Option<usize>>>,
    pub(super) caption: String,
}

impl Grid {
    pub(super) fn at(&self, r: usize, c: usize) -> Option<usize> {
        self.rows
            .get(r)
            .and_then(|row| row.get(c))
            .copied()
            .flatten()
    }

    pub(super) fn text(&self, id: usize) -> &str {
        self.texts.get(id).map_or("", String::as_str)
    }

    pub(super) fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// The distinct cells of a row from column `from` on, in order, a
    /// merged cell once, empty positions left out.
    pub(super) fn run(&self, r: usize, from: usize, to: usize) -> Vec<(usize, usize)> {
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
pub(super) enum Block {
    Line(String),
    Table(Grid),
}

/// A table's widest reading, in columns: wider is not a 別表, and the cap
/// keeps a hostile `colspan` from growing the grid.
pub(super) const MAX_COLS: usize = 64;
/// The largest `rowspan`/`colspan` taken as written (HTML's own cap for
/// `colspan`); larger ones are read as this.
pub(super) const MAX_SPAN: usize = 1000;
/// How many grid positions merged cells may fill in one paste, so that
/// spans over spans cannot make the grid grow past what was pasted.
pub(super) const MAX_FILL: usize = 2_000_000;

/// Elements whose contents are never text of the page.
pub(super) const SKIPPED: &[&str] = &[
    "script", "style", "template", "head", "title", "noscript", "object", "svg", "math", "iframe",
];
/// Elements that begin and end a line, as a browser lays them out.
pub(super) const BLOCKS: &[&str] = &[
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
pub(super) struct TableBuilder {
    pub(super) texts: Vec<String>,
    rows: Vec<Vec<(usize, usize, usize)>>,
    row: Option<Vec<(usize, usize, usize)>>,
    cell: Option<(String, usize, usize)>,
    pub(super) caption: String,
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
pub(super) fn span(e: &scraper::node::Element, name: &str) -> usize {
    e.attr(name)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .map_or(1, |n| n.min(MAX_SPAN))
}

/// Adds a text node's words, with its runs of white space read as one
/// space, as a browser shows them.
pub(super) fn push_text(to: &mut String, t: &str) {
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

pub(super) fn line_break(to: &mut String) {
    while to.ends_with(' ') {
        to.pop();
    }
    if !to.is_empty() && !to.ends_with('\n') {
        to.push('\n');
    }
}

/// A cell's text: its lines trimmed, empty ones dropped.
pub(super) fn tidy(s: &str) -> String {
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
pub(super) fn html_blocks(h: &str) -> Vec<Block> {
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
pub(super) fn tab_blocks(text: &str) -> Vec<Block> {
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
