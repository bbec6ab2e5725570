//! Taking in the files of one body: another body's file, a version of the
//! data that cannot be mapped to the loaded one and a duplicate are refused
//! here; what is kept of an accepted file is a [`Record`].

use super::{parse, Refusal};
use crate::core::assess::{Assessment, Entry, Position, Selection, Side};
use crate::core::id::Id;
use crate::core::model::BodyData;
use crate::core::office::file::{SideRatings, Submission};
use crate::core::scale::Rating;
use crate::core::store::{reconcile, Orphan};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap, HashSet};

/// What is kept of an accepted file: no identifier, no note text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The job track.
    pub track: Id,
    /// The current position.
    pub current: Position,
    /// The grade compared with.
    pub next: Option<Id>,
    /// The day the file was made.
    pub made: NaiveDate,
    /// Its fiscal year.
    pub fiscal_year: i32,
    /// The self-ratings, mapped to the loaded data's items.
    pub ratings: SideRatings,
    /// The supervisor's ratings, when included.
    pub review: Option<SideRatings>,
    /// Whether the person included notes.
    pub has_notes: bool,
    /// The data version it was made against, when it was mapped from another.
    pub mapped_from: Option<String>,
}

/// A refused file: its name and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The file's name as chosen.
    pub file: String,
    /// Why.
    pub reason: Refusal,
}

/// The files taken in for one body so far.
#[derive(Debug, Clone)]
pub struct Intake {
    body: Id,
    version: String,
    records: Vec<Record>,
    refused: Vec<Refused>,
    /// (identifier, date) → the first file's name; only for duplicates.
    seen: HashMap<(String, NaiveDate), String>,
    /// The ids of the loaded data's rateable items, looked up once per rating.
    known: HashSet<Id>,
}

impl Intake {
    /// An empty intake for a body's loaded data.
    pub fn new(d: &BodyData) -> Intake {
        Intake {
            body: d.body.id.clone(),
            version: d.version_tag(),
            records: Vec::new(),
            refused: Vec::new(),
            seen: HashMap::new(),
            known: d.rateable().map(|(id, _)| id.clone()).collect(),
        }
    }

    /// Takes one parsed file (or the refusal [`parse`] gave it).
    ///
    /// A file made against the loaded version of the data must name only
    /// its track, grades and items: anything else is a wrong shape (its
    /// place), as the data cannot have changed under it. A file of another
    /// version is brought in line by [`reconcile`], the rule the app uses
    /// for a person's own saved assessment: ratings of a replaced item are
    /// carried to its successor; a lost track, grade or item refuses it.
    pub fn add(&mut self, d: &BodyData, file: &str, parsed: Result<Submission, Refusal>) {
        match parsed.and_then(|s| self.admit(d, s)) {
            Ok((record, key)) => {
                if let Some(key) = key {
                    self.seen.insert(key, file.to_owned());
                }
                self.records.push(record);
            }
            Err(reason) => self.refused.push(Refused {
                file: file.to_owned(),
                reason,
            }),
        }
    }

    /// The record of a submission for this body, and its key for finding
    /// duplicates, or why it is refused.
    #[allow(clippy::type_complexity)]
    fn admit(
        &self,
        d: &BodyData,
        s: Submission,
    ) -> Result<(Record, Option<(String, NaiveDate)>), Refusal> {
        if s.body != self.body {
            return Err(Refusal::OtherBody {
                body: s.body,
                name: s.body_name,
            });
        }
        let (ratings, review, mapped_from) = if s.data_version == self.version {
            self.check_known(d, &s)?;
            (s.ratings, s.review.map(|r| r.ratings), None)
        } else {
            let unmappable = || Refusal::Unmappable {
                from: s.data_version.clone(),
                to: self.version.clone(),
            };
            let ratings = mapped(d, &s, &s.ratings).ok_or_else(unmappable)?;
            let review = match &s.review {
                Some(r) => Some(mapped(d, &s, &r.ratings).ok_or_else(unmappable)?),
                None => None,
            };
            (ratings, review, Some(s.data_version.clone()))
        };
        let key = s.staff_id.map(|id| (id, s.made));
        if let Some(first) = key.as_ref().and_then(|k| self.seen.get(k)) {
            return Err(Refusal::Duplicate {
                first: first.clone(),
            });
        }
        let record = Record {
            track: s.track,
            current: s.current,
            next: s.next,
            made: s.made,
            fiscal_year: s.fiscal_year,
            ratings,
            review,
            has_notes: s.notes.is_some(),
            mapped_from,
        };
        Ok((record, key))
    }

    /// Whether a file of the loaded version names only what the data has.
    fn check_known(&self, d: &BodyData, s: &Submission) -> Result<(), Refusal> {
        let shape = |at: &str| Err(Refusal::Shape(at.to_owned()));
        if !d.tracks.iter().any(|t| t.id == s.track) {
            return shape("track");
        }
        if let Position::Grade(g) = &s.current {
            if d.grade(g).is_none() {
                return shape("current");
            }
        }
        if s.next.as_ref().is_some_and(|g| d.grade(g).is_none()) {
            return shape("next");
        }
        let review = s.review.as_ref().map(|r| ("review.ratings", &r.ratings));
        for (prefix, r) in std::iter::once(("ratings", &s.ratings)).chain(review) {
            for side in Side::BOTH {
                if let Some(id) = r.side(side).keys().find(|id| !self.known.contains(*id)) {
                    let side = match side {
                        Side::Current => "current",
                        Side::Next => "next",
                    };
                    return shape(&format!("{prefix}.{side}.{id}"));
                }
            }
        }
        Ok(())
    }

    /// Reads and takes one file's bytes.
    pub fn add_bytes(&mut self, d: &BodyData, file: &str, bytes: &[u8]) {
        self.add(d, file, parse(bytes));
    }

    /// The files accepted, in the order given.
    pub fn records(&self) -> &[Record] {
        &self.records
    }

    /// The files refused, in the order given.
    pub fn refused(&self) -> &[Refused] {
        &self.refused
    }
}

/// Ratings of a file made against another version of the data, brought
/// in line with the loaded one; `None` if anything is lost on the way (the
/// track, a grade, an item no current item replaces).
fn mapped(d: &BodyData, s: &Submission, ratings: &SideRatings) -> Option<SideRatings> {
    let entries = |m: &BTreeMap<Id, Rating>| {
        m.iter()
            .map(|(id, r)| {
                let e = Entry {
                    rating: Some(*r),
                    note: String::new(),
                };
                (id.clone(), e)
            })
            .collect()
    };
    let a = Assessment {
        selection: Selection {
            body: s.body.clone(),
            track: s.track.clone(),
            current: s.current.clone(),
            next: s.next.clone(),
            entry_year: None,
            grade_year: None,
            data_version: Some(s.data_version.clone()),
        },
        current: entries(&ratings.current),
        next: entries(&ratings.next),
    };
    let (fixed, orphans) = reconcile(&a, d);
    if orphans
        .iter()
        .any(|o| !matches!(o, Orphan::Revised { .. } | Orphan::Carried(_)))
    {
        return None;
    }
    let levels = |m: BTreeMap<Id, Entry>| {
        m.into_iter()
            .filter_map(|(id, e)| e.rating.map(|r| (id, r)))
            .collect()
    };
    Some(SideRatings {
        current: levels(fixed.current),
        next: levels(fixed.next),
    })
}
