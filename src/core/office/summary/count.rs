//! Counting the records into a [`Summary`], in one pass over them.
//!
//! What a grade pair asks (the items, their targets on each side, the
//! offerings that train them) is worked out once per pair and reused: an
//! office of 5,000 files has a few dozen pairs, and `rate_items` is the
//! expensive part. Cells are then counted in flat tables by index, so a
//! record costs a handful of map look-ups per item.

use super::{Cell, Coverage, GapMap, Summary, Training, Versus, Year};
use crate::core::assess::{rate_items, ItemKind, Position, Side};
use crate::core::id::Id;
use crate::core::model::{Basis, BodyData};
use crate::core::office::file::SideRatings;
use crate::core::office::read::Record;
use crate::core::scale::{Level, Rating};
use std::collections::{BTreeMap, HashMap};

/// The grades in ladder order across the body's tracks: a grade comes
/// after every grade below it on any ladder, ties in the order the tracks
/// and their ladders first name them (郡山市: 主査・主事, 保育士, 係長 …).
/// Grades on no ladder follow, in the body's order.
pub(super) fn grade_order(d: &BodyData) -> Vec<Id> {
    let mut named: Vec<&Id> = Vec::new();
    for g in d
        .tracks
        .iter()
        .flat_map(|t| t.ladder.iter().chain(t.branches.iter().map(|b| &b.to)))
        .chain(d.grades.iter().map(|g| &g.id))
    {
        if !named.contains(&g) {
            named.push(g);
        }
    }
    let rank = |g: &Id| named.iter().position(|x| *x == g);
    // Steps up: each ladder's neighbours, and each branch.
    let mut below: Vec<Vec<usize>> = vec![Vec::new(); named.len()];
    for t in &d.tracks {
        let steps = t
            .ladder
            .windows(2)
            .map(|w| (&w[0], &w[1]))
            .chain(t.branches.iter().map(|b| (&b.from, &b.to)));
        for (lo, hi) in steps {
            if let (Some(l), Some(h)) = (rank(lo), rank(hi)) {
                if l != h && !below[h].contains(&l) {
                    below[h].push(l);
                }
            }
        }
    }
    // Kahn's order, always taking the first-named grade that is free; a
    // loop across tracks (which the validator refuses per track) cannot
    // stall it: the first-named grade left is then taken as it is.
    let mut placed = vec![false; named.len()];
    let mut out = Vec::with_capacity(named.len());
    while out.len() < named.len() {
        let free = (0..named.len()).find(|&i| !placed[i] && below[i].iter().all(|&l| placed[l]));
        let Some(i) = free.or_else(|| (0..named.len()).find(|&i| !placed[i])) else {
            break;
        };
        placed[i] = true;
        out.push(named[i].clone());
    }
    out
}

/// The abilities in `rate_items` order: the matrix's columns, then the
/// other abilities in the body's order.
fn ability_order(d: &BodyData) -> Vec<Id> {
    let columns: &[Id] = d.matrix.as_ref().map_or(&[], |m| &m.columns);
    columns
        .iter()
        .filter(|c| d.abilities.iter().any(|a| &a.id == *c))
        .chain(
            d.abilities
                .iter()
                .map(|a| &a.id)
                .filter(|a| !columns.contains(a)),
        )
        .cloned()
        .collect()
}

/// One item a grade pair asks, as the counting needs it.
struct Asked {
    id: Id,
    /// Its column in the gap map, for an ability.
    ability: Option<usize>,
    /// The target on each side it is rated on (current, next).
    targets: [Option<Level>; 2],
    /// The offerings that train it, with the link's basis.
    offerings: Vec<(usize, Basis)>,
}

/// What one grade pair asks.
struct Pair {
    /// The row of each side in the gap map (current, next).
    rows: [Option<usize>; 2],
    items: Vec<Asked>,
}

fn side_index(s: Side) -> usize {
    match s {
        Side::Current => 0,
        Side::Next => 1,
    }
}

fn ratings(r: &SideRatings, s: Side) -> &BTreeMap<Id, Rating> {
    match s {
        Side::Current => &r.current,
        Side::Next => &r.next,
    }
}

/// One fiscal year being counted: its files, and per ability whether
/// anyone was asked it, how many rated it at a level, how many fell short.
#[derive(Default)]
struct YearTally {
    files: u32,
    abilities: Vec<(bool, u32, u32)>,
}

/// One offering being counted: the people short in an item it trains, by
/// current position, and whether a link they were counted through is the
/// app's reading.
#[derive(Clone, Default)]
struct TrainingTally {
    people: u32,
    by_position: BTreeMap<Option<Id>, u32>,
    app: bool,
}

/// The tables being filled.
struct Counter<'a> {
    d: &'a BodyData,
    grades: Vec<Id>,
    abilities: Vec<Id>,
    /// item id → offerings that train it.
    trains: HashMap<&'a Id, Vec<(usize, Basis)>>,
    pairs: HashMap<(Option<Id>, Option<Id>), Pair>,
    /// Per side: grades × abilities cells, and whether anyone was asked.
    cells: [Vec<(bool, Cell)>; 2],
    /// Per ability, in `abilities` order.
    versus: Vec<Versus>,
    /// Per offering, in the body's order.
    training: Vec<TrainingTally>,
    /// Per fiscal year.
    years: BTreeMap<i32, YearTally>,
    /// Per offering, the last record that counted for it (so a person is
    /// counted once however many of its items they fall short in).
    stamp: Vec<usize>,
}

impl<'a> Counter<'a> {
    fn new(d: &'a BodyData) -> Self {
        let grades = grade_order(d);
        let abilities = ability_order(d);
        let mut trains: HashMap<&Id, Vec<(usize, Basis)>> = HashMap::new();
        for (i, o) in d.offerings.iter().enumerate() {
            for l in &o.trains {
                trains.entry(&l.item).or_default().push((i, l.basis));
            }
        }
        let size = grades.len() * abilities.len();
        Counter {
            d,
            trains,
            pairs: HashMap::new(),
            cells: [
                vec![(false, Cell::default()); size],
                vec![(false, Cell::default()); size],
            ],
            versus: abilities
                .iter()
                .map(|a| Versus {
                    ability: a.clone(),
                    pairs: 0,
                    higher: 0,
                    lower: 0,
                    difference: 0,
                })
                .collect(),
            training: vec![TrainingTally::default(); d.offerings.len()],
            years: BTreeMap::new(),
            stamp: vec![usize::MAX; d.offerings.len()],
            grades,
            abilities,
        }
    }

    fn pair(&self, cur: Option<&Id>, next: Option<&Id>) -> Pair {
        let row = |g: Option<&Id>| g.and_then(|g| self.grades.iter().position(|x| x == g));
        let items = rate_items(self.d, cur, next)
            .into_iter()
            .map(|it| {
                let target = |s: Side| it.expectation(s).and_then(|e| e.target);
                Asked {
                    ability: match it.kind {
                        ItemKind::Ability => self.abilities.iter().position(|a| a == &it.id),
                        ItemKind::CanDo => None,
                    },
                    targets: [target(Side::Current), target(Side::Next)],
                    offerings: self.trains.get(&it.id).cloned().unwrap_or_default(),
                    id: it.id,
                }
            })
            .collect();
        Pair {
            rows: [row(cur), row(next)],
            items,
        }
    }

    fn add(&mut self, k: usize, r: &Record) {
        let cur = match &r.current {
            Position::Grade(g) => Some(g),
            Position::PreEntry => None,
        };
        let key = (cur.cloned(), r.next.clone());
        if !self.pairs.contains_key(&key) {
            let p = self.pair(cur, r.next.as_ref());
            self.pairs.insert(key.clone(), p);
        }
        let Some(pair) = self.pairs.get(&key) else {
            return;
        };
        let width = self.abilities.len();
        let year = self
            .years
            .entry(r.fiscal_year)
            .or_insert_with(|| YearTally {
                files: 0,
                abilities: vec![(false, 0, 0); width],
            });
        year.files += 1;
        for it in &pair.items {
            let mut rated = false;
            let mut short = false;
            for s in Side::BOTH {
                let i = side_index(s);
                let Some(target) = it.targets[i] else {
                    continue;
                };
                let given = ratings(&r.ratings, s).get(&it.id).copied();
                let level = given.and_then(Rating::level);
                let below = level.is_some_and(|l| l < target);
                rated |= level.is_some();
                short |= below;
                let Some(a) = it.ability else {
                    continue;
                };
                if let Some(row) = pair.rows[i] {
                    let (asked, cell) = &mut self.cells[i][row * width + a];
                    *asked = true;
                    cell.target = Some(target);
                    match given {
                        Some(Rating::Level(l)) => {
                            cell.levels[usize::from(l.value() - 1)] += 1;
                            cell.below += u32::from(below);
                        }
                        Some(Rating::NotApplicable) => cell.not_applicable += 1,
                        None => {}
                    }
                }
                let sup = r
                    .review
                    .as_ref()
                    .and_then(|v| ratings(v, s).get(&it.id))
                    .and_then(|x| x.level());
                if let (Some(me), Some(them)) = (level, sup) {
                    let v = &mut self.versus[a];
                    let diff = i64::from(me.value()) - i64::from(them.value());
                    v.pairs += 1;
                    v.higher += u32::from(diff > 0);
                    v.lower += u32::from(diff < 0);
                    v.difference += diff;
                }
            }
            if let Some(a) = it.ability {
                let c = &mut year.abilities[a];
                c.0 = true;
                c.1 += u32::from(rated);
                c.2 += u32::from(short);
            }
            if short {
                for &(o, basis) in &it.offerings {
                    let t = &mut self.training[o];
                    if self.stamp[o] != k {
                        self.stamp[o] = k;
                        t.people += 1;
                        *t.by_position.entry(cur.cloned()).or_default() += 1;
                    }
                    t.app |= basis == Basis::App;
                }
            }
        }
    }
}

/// Where a key stands in an order; keys the order lacks come last, by id.
fn ranked<K: Ord + Clone>(
    counts: BTreeMap<K, u32>,
    rank: impl Fn(&K) -> Option<usize>,
) -> Vec<(K, u32)> {
    let mut v: Vec<(K, u32)> = counts.into_iter().collect();
    // A stable sort over keys already in id order keeps unknown ones by id.
    v.sort_by_key(|(k, _)| rank(k).unwrap_or(usize::MAX));
    v
}

fn coverage(d: &BodyData, grades: &[Id], records: &[Record]) -> Coverage {
    let mut tracks: BTreeMap<Id, u32> = BTreeMap::new();
    let mut positions: BTreeMap<Option<Id>, u32> = BTreeMap::new();
    let mut years: BTreeMap<i32, u32> = BTreeMap::new();
    let mut c = Coverage::default();
    for r in records {
        *tracks.entry(r.track.clone()).or_default() += 1;
        let pos = match &r.current {
            Position::Grade(g) => Some(g.clone()),
            Position::PreEntry => None,
        };
        *positions.entry(pos).or_default() += 1;
        *years.entry(r.fiscal_year).or_default() += 1;
        c.total += 1;
        c.with_review += u32::from(r.review.is_some());
        c.with_notes += u32::from(r.has_notes);
        c.mapped += u32::from(r.mapped_from.is_some());
    }
    c.by_track = ranked(tracks, |t| d.tracks.iter().position(|x| &x.id == t));
    // 入庁前 first, then the ladder order.
    c.by_grade = ranked(positions, |g| match g {
        None => Some(0),
        Some(g) => grades.iter().position(|x| x == g).map(|i| i + 1),
    });
    c.by_year = years.into_iter().collect();
    c
}

/// Summarises the accepted files of one body.
pub(super) fn summarise(d: &BodyData, records: &[Record]) -> Summary {
    let mut counter = Counter::new(d);
    for (k, r) in records.iter().enumerate() {
        counter.add(k, r);
    }
    let coverage = coverage(d, &counter.grades, records);
    let Counter {
        grades,
        abilities,
        cells,
        versus,
        training,
        years,
        ..
    } = counter;
    let [current, next] = cells.map(|side| gap_map(&grades, &abilities, side));
    let versus = versus.into_iter().filter(|v| v.pairs > 0).collect();
    let mut training: Vec<Training> = training
        .into_iter()
        .zip(&d.offerings)
        .map(|(t, o)| {
            // With no one counted, no link was counted through: the mark
            // then says what the offering's links are.
            let app = if t.people > 0 {
                t.app
            } else {
                o.trains.iter().any(|l| l.basis == Basis::App)
            };
            Training {
                offering: o.id.clone(),
                people: t.people,
                by_grade: coverage
                    .by_grade
                    .iter()
                    .map(|(g, _)| (g.clone(), t.by_position.get(g).copied().unwrap_or(0)))
                    .collect(),
                basis: if app { Basis::App } else { Basis::Document },
            }
        })
        .collect();
    // Stable: equal counts keep the body's order.
    training.sort_by_key(|t| std::cmp::Reverse(t.people));
    let years = years
        .into_iter()
        .map(|(fiscal_year, y)| Year {
            fiscal_year,
            people: y.files,
            cells: y
                .abilities
                .into_iter()
                .zip(&abilities)
                .filter(|((asked, _, _), _)| *asked)
                .map(|((_, rated, below), a)| (a.clone(), (rated, below)))
                .collect(),
        })
        .collect();
    Summary {
        body: d.body.id.clone(),
        data_version: d.version_tag(),
        coverage,
        current,
        next,
        versus,
        training,
        years,
    }
}

/// One side's table: the grades and abilities anyone was asked, and the
/// cells asked.
fn gap_map(grades: &[Id], abilities: &[Id], cells: Vec<(bool, Cell)>) -> GapMap {
    let width = abilities.len();
    let asked = |g: usize, a: usize| cells[g * width + a].0;
    let rows: Vec<usize> = (0..grades.len())
        .filter(|&g| (0..width).any(|a| asked(g, a)))
        .collect();
    let cols: Vec<usize> = (0..width)
        .filter(|&a| rows.iter().any(|&g| asked(g, a)))
        .collect();
    let mut out = GapMap {
        grades: rows.iter().map(|&g| grades[g].clone()).collect(),
        abilities: cols.iter().map(|&a| abilities[a].clone()).collect(),
        cells: Vec::new(),
    };
    for &g in &rows {
        for &a in &cols {
            let (was_asked, cell) = cells[g * width + a];
            if was_asked {
                out.cells
                    .push(((grades[g].clone(), abilities[a].clone()), cell));
            }
        }
    }
    out
}
