//! The office's summary of many files for one body: who is covered, the
//! gap map for the current and the next grade, self against supervisor,
//! the training that would close the most gaps, and the change over fiscal
//! years. Also its CSV (UTF-8 with a BOM, for Excel).
//!
//! The summary holds counts only. Whether a group is shown is decided
//! when it is shown: a group of fewer people than the threshold never is
//! (see [`threshold`]).

use super::read::Record;
use crate::core::assess::{Position, Side};
use crate::core::id::Id;
use crate::core::lang::Lang;
use crate::core::model::{Basis, BodyData};
use crate::core::scale::Level;
use serde::{Deserialize, Serialize};

/// The smallest group shown, unless the office raises it.
pub const DEFAULT_THRESHOLD: u32 = 5;
/// The threshold can never be set below this.
pub const MIN_THRESHOLD: u32 = 3;

/// The threshold in force for what the office asked for: never below [`MIN_THRESHOLD`].
pub fn threshold(asked: u32) -> u32 {
    asked.max(MIN_THRESHOLD)
}

/// Whether a group of `n` people may be shown.
pub fn shown(n: u32, threshold_in_force: u32) -> bool {
    n >= threshold(threshold_in_force)
}

/// One cell of the gap map: people of one grade rating one ability on one side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Cell {
    /// How many gave each level, 1–4 (index 0 is できていない).
    pub levels: [u32; 4],
    /// How many answered 該当しない・まだ判断できない.
    pub not_applicable: u32,
    /// How many rated below the grade's target.
    pub below: u32,
    /// The grade's target for the ability, if it sets one.
    pub target: Option<Level>,
}

impl Cell {
    /// People who rated at a level.
    pub fn n(&self) -> u32 {
        self.levels.iter().sum()
    }

    /// The share below target (0.0–1.0), when there is a target and anyone rated.
    pub fn below_share(&self) -> Option<f64> {
        todo!("A2")
    }

    /// The median self-rating (1.0–4.0, halves possible), when anyone rated.
    pub fn median(&self) -> Option<f64> {
        todo!("A2")
    }
}

/// The gap map for one side: grades in rows, abilities in columns.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GapMap {
    /// The grades rated against on this side, in ladder order.
    pub grades: Vec<Id>,
    /// The abilities (matrix and worded), in the body's order.
    pub abilities: Vec<Id>,
    /// (grade, ability) → the cell; absent where no one was asked.
    pub cells: Vec<((Id, Id), Cell)>,
}

impl GapMap {
    /// The cell of a grade and an ability.
    pub fn cell(&self, grade: &Id, ability: &Id) -> Option<&Cell> {
        self.cells
            .iter()
            .find(|((g, a), _)| g == grade && a == ability)
            .map(|(_, c)| c)
    }
}

/// Who is covered.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Coverage {
    /// Files accepted.
    pub total: u32,
    /// By track, in the body's order.
    pub by_track: Vec<(Id, u32)>,
    /// By current grade, in ladder order (`None`: 入庁前).
    pub by_grade: Vec<(Option<Id>, u32)>,
    /// By fiscal year, oldest first.
    pub by_year: Vec<(i32, u32)>,
    /// Files with the supervisor's ratings.
    pub with_review: u32,
    /// Files with notes (their text is never read).
    pub with_notes: u32,
    /// Files mapped from another version of the data.
    pub mapped: u32,
}

/// Self against supervisor for one ability, over every side both rated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Versus {
    /// The ability.
    pub ability: Id,
    /// Pairs of ratings compared (both at a level).
    pub pairs: u32,
    /// Pairs where the person rated higher than the supervisor.
    pub higher: u32,
    /// Pairs where the person rated lower.
    pub lower: u32,
    /// Sum of (self − supervisor) in steps, for the mean.
    pub difference: i64,
}

/// One offering, with how many people have a gap it addresses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Training {
    /// The offering.
    pub offering: Id,
    /// People with a gap in at least one item it trains.
    pub people: u32,
    /// The same, by current grade (ladder order; `None`: 入庁前).
    pub by_grade: Vec<(Option<Id>, u32)>,
    /// Whether every link it was counted through is the document's, or
    /// some are the app's reading.
    pub basis: Basis,
}

/// One fiscal year, ability by ability: people with a gap (either side).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Year {
    /// The fiscal year.
    pub fiscal_year: i32,
    /// Files of that year.
    pub people: u32,
    /// ability → (people who rated it against a target, people below it).
    pub cells: Vec<(Id, (u32, u32))>,
}

/// Everything the office page shows, as counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The body.
    pub body: Id,
    /// The data version summarised against.
    pub data_version: String,
    /// Who is covered.
    pub coverage: Coverage,
    /// The gap map against the current grade.
    pub current: GapMap,
    /// The gap map against the next grade.
    pub next: GapMap,
    /// Self against supervisor, per ability, where reviews are present.
    pub versus: Vec<Versus>,
    /// The offerings, most people first.
    pub training: Vec<Training>,
    /// The fiscal years, oldest first (one entry when files span one year).
    pub years: Vec<Year>,
}

impl Summary {
    /// The gap map of one side.
    pub fn map(&self, side: Side) -> &GapMap {
        match side {
            Side::Current => &self.current,
            Side::Next => &self.next,
        }
    }

    /// A copy with every group below the threshold taken out: what is kept
    /// on the device when the office chooses to keep the summary.
    pub fn pruned(&self, threshold_in_force: u32) -> Summary {
        let _ = threshold_in_force;
        todo!("A2")
    }
}

/// Summarises the accepted files of one body.
pub fn summarise(d: &BodyData, records: &[Record]) -> Summary {
    let _ = (d, records, Position::PreEntry);
    todo!("A2")
}

/// The summary as CSV for Excel: UTF-8 with a BOM, CRLF, one section per
/// table, every group below the threshold written as 「非表示（N人未満）」.
pub fn to_csv(s: &Summary, d: &BodyData, threshold_in_force: u32, lang: Lang) -> String {
    let _ = (s, d, threshold_in_force, lang);
    todo!("A2")
}

/// The CSV's file name: `michishirube-office-<body>-<date>.csv`.
pub fn csv_file_name(s: &Summary, today: chrono::NaiveDate) -> String {
    format!("michishirube-office-{}-{}.csv", s.body, today)
}
