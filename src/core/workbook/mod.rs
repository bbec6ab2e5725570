//! A body's framework as an Excel workbook: the form in which an HR office
//! (人事課・研修担当) brings its own 人材育成基本方針 into the app.
//!
//! The workbook is a grid of cells per sheet ([`Workbook`]), independent of
//! any file format: [`write`] lays a body's data out in it (for the template
//! and the five bodies' filled examples, made at build time), [`read`] turns
//! a filled one back into the data model and checks it with the same
//! validator the build runs, reporting each problem by sheet, row and
//! column in plain Japanese with a hint. [`xlsx`] reads the cells out of an
//! `.xlsx` file (with checks for files that are not one), and, natively,
//! writes them into one. The sheets and their columns are defined once, in
//! [`layout`], which the writer, the reader and `data/README.md` follow.

pub mod import;
pub mod layout;
pub mod read;
pub mod text;
pub mod write;
pub mod xlsx;

use std::fmt;

/// A cell's value as the workbook holds it.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    /// Nothing in the cell.
    #[default]
    Empty,
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
    /// TRUE or FALSE.
    Bool(bool),
    /// A date or time, as Excel's serial number (days since 1899-12-30).
    Date(f64),
    /// An error value such as `#REF!`.
    Error(String),
}

/// One cell: its value, and the formula that computed it, if any.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// The value (a formula's cached result, for a formula cell).
    pub value: Value,
    /// The formula, without its `=`, where the cell holds one.
    pub formula: Option<String>,
}

impl Cell {
    /// A text cell.
    pub fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        Cell {
            value: if s.is_empty() {
                Value::Empty
            } else {
                Value::Text(s)
            },
            formula: None,
        }
    }
}

/// A rectangle of merged cells, by 0-based row and column, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Area {
    /// The top-left cell (row, column).
    pub first: (u32, u32),
    /// The bottom-right cell (row, column).
    pub last: (u32, u32),
}

/// One sheet: its rows of cells (0-based) and its merged areas.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sheet {
    /// The sheet's name (its tab).
    pub name: String,
    /// Rows of cells; a short row has empty cells to its right.
    pub rows: Vec<Vec<Cell>>,
    /// Merged areas; their value is in the top-left cell.
    pub merged: Vec<Area>,
    /// When the file's sheet has more rows than a sheet may hold, how many
    /// it has: only that many are kept, and the reader reports the size.
    pub rows_in_file: Option<usize>,
}

impl Sheet {
    /// The cell at a 0-based row and column, or an empty one.
    pub fn cell(&self, row: usize, col: usize) -> Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .cloned()
            .unwrap_or_default()
    }
}

/// A workbook: its sheets, in tab order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Workbook {
    /// The sheets.
    pub sheets: Vec<Sheet>,
}

impl Workbook {
    /// A sheet by its name.
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|s| s.name.trim() == name)
    }
}

/// The letters of a 0-based column (`0` → `A`, `27` → `AB`).
pub fn column_letters(col: u32) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(char::from(b'A' + r as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// Something the reader found, by where it is in the workbook: a problem
/// that keeps the workbook from being used, or a note on what it read
/// differently from how it was typed (「◯」 read as 「○」).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Finding {
    /// The sheet, if the finding is about one.
    pub sheet: Option<String>,
    /// The 1-based row, as Excel numbers it.
    pub row: Option<u32>,
    /// The 0-based column.
    pub col: Option<u32>,
    /// What was found, in plain Japanese.
    pub message: String,
    /// How to fix it, where there is something to say.
    pub hint: Option<String>,
}

impl Finding {
    /// A finding about the whole file.
    pub fn file(message: impl Into<String>, hint: Option<&str>) -> Finding {
        Finding {
            sheet: None,
            row: None,
            col: None,
            message: message.into(),
            hint: hint.map(str::to_owned),
        }
    }

    /// Where it is: 「職位×能力」シート 5行目 D列.
    pub fn location(&self) -> String {
        let mut s = String::new();
        if let Some(sh) = &self.sheet {
            s.push_str(&format!("「{sh}」シート"));
        }
        if let Some(r) = self.row {
            s.push_str(&format!(" {r}行目"));
        }
        if let Some(c) = self.col {
            s.push_str(&format!(" {}列", column_letters(c)));
        }
        s.trim().to_owned()
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let loc = self.location();
        if loc.is_empty() {
            write!(f, "{}", self.message)?;
        } else {
            write!(f, "{loc}: {}", self.message)?;
        }
        if let Some(h) = &self.hint {
            write!(f, "（{h}）")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_excel_letters_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(3), "D");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
    }

    #[test]
    fn a_finding_names_sheet_row_and_column_like_a_person_would() {
        let f = Finding {
            sheet: Some("職位×能力".into()),
            row: Some(5),
            col: Some(3),
            message: "「◯」は凡例にない記号です（凡例: ◎ ○ -）".into(),
            hint: None,
        };
        assert_eq!(
            f.to_string(),
            "「職位×能力」シート 5行目 D列: 「◯」は凡例にない記号です（凡例: ◎ ○ -）"
        );
    }
}
