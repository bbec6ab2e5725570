//! What is kept on the device when the office keeps the summary: the
//! same tables with every group below the threshold taken out.

use super::{shown, Cell, Coverage, GapMap, Summary, Training, Versus, Year};

impl Summary {
    /// A copy with every group below the threshold taken out: what is kept
    /// on the device when the office chooses to keep the summary.
    ///
    /// The tables keep their shape and a group taken out keeps its place,
    /// with every count 0: a group of 0 is below any threshold, so the copy
    /// shows it as hidden, as the page did, and its numbers are gone.
    pub fn pruned(&self, threshold_in_force: u32) -> Summary {
        let t = threshold_in_force;
        let cov = &self.coverage;
        let flags = cov.shown(t);
        let keep = |n: u32| if shown(n, t) { n } else { 0 };
        let coverage = Coverage {
            total: keep(cov.total),
            by_track: flagged(&cov.by_track, &flags.tracks),
            by_grade: flagged(&cov.by_grade, &flags.grades),
            by_year: flagged(&cov.by_year, &flags.years),
            with_review: keep(cov.with_review),
            with_notes: keep(cov.with_notes),
            mapped: keep(cov.mapped),
        };
        let map = |m: &GapMap| GapMap {
            cells: m
                .cells
                .iter()
                .map(|(k, c)| {
                    let c = if shown(c.n(), t) {
                        *c
                    } else {
                        Cell {
                            target: c.target,
                            ..Cell::default()
                        }
                    };
                    (k.clone(), c)
                })
                .collect(),
            ..m.clone()
        };
        let versus = self
            .versus
            .iter()
            .map(|v| {
                if shown(v.pairs, t) {
                    v.clone()
                } else {
                    Versus {
                        ability: v.ability.clone(),
                        pairs: 0,
                        higher: 0,
                        lower: 0,
                        difference: 0,
                    }
                }
            })
            .collect();
        let training = self
            .training
            .iter()
            .map(|o| Training {
                offering: o.offering.clone(),
                people: if flags.total { o.people } else { 0 },
                by_grade: o
                    .by_grade
                    .iter()
                    .map(|(g, n)| {
                        let s = cov.grade_shown(g.as_ref(), t);
                        (g.clone(), if s { *n } else { 0 })
                    })
                    .collect(),
                basis: o.basis,
            })
            .collect();
        let years = self
            .years
            .iter()
            .map(|y| {
                let s = cov.year_shown(y.fiscal_year, t);
                Year {
                    fiscal_year: y.fiscal_year,
                    people: if s { y.people } else { 0 },
                    cells: y
                        .cells
                        .iter()
                        .map(|(a, (rated, below))| {
                            let c = if s && shown(*rated, t) {
                                (*rated, *below)
                            } else {
                                (0, 0)
                            };
                            (a.clone(), c)
                        })
                        .collect(),
                }
            })
            .collect();
        Summary {
            body: self.body.clone(),
            data_version: self.data_version.clone(),
            coverage,
            current: map(&self.current),
            next: map(&self.next),
            versus,
            training,
            years,
        }
    }
}

/// The counts whose flag is set; the others 0.
fn flagged<K: Clone>(counts: &[(K, u32)], flags: &[bool]) -> Vec<(K, u32)> {
    counts
        .iter()
        .zip(flags)
        .map(|((k, n), f)| (k.clone(), if *f { *n } else { 0 }))
        .collect()
}
