//! The office's summary of many files for one body: who is covered, the
//! gap map for the current and the next grade, self against supervisor,
//! the training that would close the most gaps, and the change over fiscal
//! years. Also its CSV (UTF-8 with a BOM, for Excel).
//!
//! The summary holds counts only. Whether a group is shown is decided
//! when it is shown: a group of fewer people than the threshold never is
//! (see [`threshold`]).

mod count;
mod csv;
mod prune;

use super::read::Record;
use crate::core::assess::Side;
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

/// Which groups of one breakdown (tracks, grades or fiscal years) are
/// hidden: each group below the threshold, on its own. A count of 0 is
/// hidden too: in a summary it only stands for a group [`Summary::pruned`]
/// took out.
///
/// No second group is hidden to stop a hidden one being worked out from
/// the total: the gap map's rows and the years table's headings write the
/// same people's counts, so hiding it here would only hide what the page
/// shows elsewhere. The threshold guards ratings, which no hidden group's
/// table shows.
pub fn hidden(counts: &[u32], threshold_in_force: u32) -> Vec<bool> {
    let t = threshold(threshold_in_force);
    counts.iter().map(|&n| n < t).collect()
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
        let n = self.n();
        (self.target.is_some() && n > 0).then(|| f64::from(self.below) / f64::from(n))
    }

    /// The share below target as a whole percentage, rounded half up: what
    /// the page and the CSV both write, so they never differ by a rounding.
    pub fn below_percent(&self) -> Option<u32> {
        self.target?;
        percent(self.below, self.n())
    }

    /// The median self-rating (1.0–4.0, halves possible), when anyone rated.
    /// Read off the histogram: with an even number of people, the mean of
    /// the two middle ratings.
    pub fn median(&self) -> Option<f64> {
        let n = self.n();
        if n == 0 {
            return None;
        }
        // The level of the k-th rating (0-based) in ascending order.
        let nth = |k: u32| {
            let mut seen = 0;
            for (i, c) in self.levels.iter().enumerate() {
                seen += c;
                if k < seen {
                    return i as f64 + 1.0;
                }
            }
            4.0
        };
        Some(if n % 2 == 1 {
            nth(n / 2)
        } else {
            (nth(n / 2 - 1) + nth(n / 2)) / 2.0
        })
    }
}

/// `part` of `whole` as a whole percentage, rounded half up (integer
/// arithmetic, so 1 of 8 is 13% on every machine); `None` for no one.
pub fn percent(part: u32, whole: u32) -> Option<u32> {
    if whole == 0 {
        return None;
    }
    let (p, w) = (u64::from(part), u64::from(whole));
    u32::try_from((200 * p + w) / (2 * w)).ok()
}

/// A figure with one decimal, halves rounded away from zero (2.25 → 2.3),
/// never `-0.0`: the medians and mean differences on the page and in the CSV.
pub fn one_decimal(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r == 0.0 {
        "0.0".into()
    } else {
        format!("{r:.1}")
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

/// Which of the coverage's groups may be shown under a threshold (see
/// [`hidden`]): what the page, the CSV and [`Summary::pruned`] all follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageShown {
    /// The total (and so anything counted over everyone).
    pub total: bool,
    /// Per entry of [`Coverage::by_track`].
    pub tracks: Vec<bool>,
    /// Per entry of [`Coverage::by_grade`].
    pub grades: Vec<bool>,
    /// Per entry of [`Coverage::by_year`].
    pub years: Vec<bool>,
}

impl Coverage {
    /// Which groups may be shown under a threshold.
    pub fn shown(&self, threshold_in_force: u32) -> CoverageShown {
        let not_hidden = |counts: Vec<u32>| {
            hidden(&counts, threshold_in_force)
                .into_iter()
                .map(|h| !h)
                .collect()
        };
        CoverageShown {
            total: shown(self.total, threshold_in_force),
            tracks: not_hidden(self.by_track.iter().map(|(_, n)| *n).collect()),
            grades: not_hidden(self.by_grade.iter().map(|(_, n)| *n).collect()),
            years: not_hidden(self.by_year.iter().map(|(_, n)| *n).collect()),
        }
    }

    /// Whether the people of a current position (`None`: 入庁前) may be
    /// shown: a training count by grade follows its grade's coverage.
    pub fn grade_shown(&self, position: Option<&Id>, threshold_in_force: u32) -> bool {
        let flags = self.shown(threshold_in_force).grades;
        self.by_grade
            .iter()
            .zip(flags)
            .any(|((g, _), f)| g.as_ref() == position && f)
    }

    /// Whether the files of a fiscal year may be shown.
    pub fn year_shown(&self, fiscal_year: i32, threshold_in_force: u32) -> bool {
        let flags = self.shown(threshold_in_force).years;
        self.by_year
            .iter()
            .zip(flags)
            .any(|((y, _), f)| *y == fiscal_year && f)
    }
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

impl Versus {
    /// The share of pairs where the person rated higher, as a whole percentage.
    pub fn higher_percent(&self) -> Option<u32> {
        percent(self.higher, self.pairs)
    }

    /// The share of pairs where the person rated lower, as a whole percentage.
    pub fn lower_percent(&self) -> Option<u32> {
        percent(self.lower, self.pairs)
    }

    /// The mean of (self − supervisor) in steps: above 0, staff rate
    /// themselves higher than their supervisors do.
    pub fn mean(&self) -> Option<f64> {
        (self.pairs > 0).then(|| self.difference as f64 / f64::from(self.pairs))
    }
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
}

/// Summarises the accepted files of one body.
///
/// - Gap map: on the current side a person is in their current grade's
///   row (入庁前 has none), on the next side in their next grade's; the
///   columns are the abilities, matrix and worded, in `rate_items` order
///   (can-do statements are not columns); a cell counts a person who rated
///   the ability on that side, against that grade's target.
/// - Self against supervisor: per ability, every side both rated at a
///   level (an ability asked once for both grades gives two pairs).
/// - Training: every offering, with the people who fall short (below
///   target on any side) in at least one item it trains, ability or
///   can-do, by current position; marked the app's reading when a link it
///   was counted through is (with no one counted, when any of its links is).
/// - Fiscal years: per ability, who rated it at a level on any side and
///   who fell short on any side.
pub fn summarise(d: &BodyData, records: &[Record]) -> Summary {
    count::summarise(d, records)
}

/// The summary as CSV for Excel: UTF-8 with a BOM, CRLF, one section per
/// table, every group below the threshold written as 「非表示（N人未満）」.
pub fn to_csv(s: &Summary, d: &BodyData, threshold_in_force: u32, lang: Lang) -> String {
    csv::write(s, d, threshold_in_force, lang)
}

/// The CSV's file name: `michishirube-office-<body>-<date>.csv`.
pub fn csv_file_name(s: &Summary, today: chrono::NaiveDate) -> String {
    format!("michishirube-office-{}-{}.csv", s.body, today)
}
