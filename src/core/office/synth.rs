//! Staff files made up deterministically from a seed, for the tests and
//! the bench: the same seed gives the same files on every machine.
//!
//! The generator draws from a SplitMix64 sequence written here (a few
//! lines, fixed forever), not from a random-number crate, whose streams
//! may change between versions and would change the tests' counts.

use super::file::{
    to_json, Contents, ReviewPart, SideNotes, SideRatings, Submission, SUBMISSION_KIND,
    SUBMISSION_VERSION,
};
use crate::core::assess::{propose_next, rate_items, Position, RateItem};
use crate::core::dates::fiscal_year;
use crate::core::id::Id;
use crate::core::model::BodyData;
use crate::core::scale::{Level, Rating};
use crate::core::store::StoredDoc;
use chrono::{Days, NaiveDate};
use serde_json::Value;

/// SplitMix64 (Steele, Lea and Flood 2014): one `u64` of state, a fixed
/// stream for a seed.
struct Mix(u64);

impl Mix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (`n` > 0). The bias of the remainder is far
    /// below anything a test counts.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// True `per_cent` times in a hundred.
    fn chance(&mut self, per_cent: u64) -> bool {
        self.next() % 100 < per_cent
    }

    /// A self-rating: mostly 2–3, some 1 and 4, about one in twenty not applicable.
    fn rating(&mut self) -> Rating {
        match self.below(100) {
            0..=4 => Rating::NotApplicable,
            5..=14 => Rating::Level(Level::NotYet),
            15..=54 => Rating::Level(Level::Partly),
            55..=89 => Rating::Level(Level::Can),
            _ => Rating::Level(Level::CanTeach),
        }
    }
}

/// Evidence notes a person might write (the generator's own words).
const NOTES: [&str; 4] = [
    "窓口で住民の相談に一人で対応した。",
    "係の打合せで資料をまとめ、説明した。",
    "新人に業務の手順を教えた。",
    "まだ担当したことがない場面。",
];

/// Reviewers' roles.
const ROLES: [&str; 3] = ["係長", "課長補佐", "課長"];

/// `count` staff files of a body: tracks and grade pairs from its ladders,
/// dates over the last three fiscal years before `today`, about a third
/// with a supervisor's review, each with a distinct identifier.
///
/// In more detail: the track is drawn evenly; the current grade evenly
/// from the ladder's grades that have a next one, or 入庁前 one time in
/// twenty; the next grade is [`propose_next`]'s. A place with nothing to
/// rate is never drawn. The date falls between 1 April two fiscal years
/// before `today`'s and `today`. Every question the rating page would ask
/// is answered (one answer written on each side
/// it stands for, as [`super::file::make`] writes it); about a third carry
/// a review whose ratings lie within one step of the person's, about a
/// quarter notes. The identifiers are `S000001`, `S000002` …, in order.
/// File `i` depends only on the seed and the files before it, so the
/// first files of a longer run are the files of a shorter one.
pub fn generate(d: &BodyData, count: usize, seed: u64, today: NaiveDate) -> Vec<Submission> {
    let mut rng = Mix(seed);
    let places = places(d);
    if places.is_empty() {
        return Vec::new();
    }
    let start = NaiveDate::from_ymd_opt(fiscal_year(today) - 2, 4, 1).unwrap_or(today);
    let span = (today - start).num_days().max(0) as usize + 1;
    let version = d.version_tag();
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let (track, pre_entry, grades) = &places[rng.below(places.len())];
        let place = match pre_entry {
            Some(p) if rng.chance(5) || grades.is_empty() => p,
            _ => &grades[rng.below(grades.len())],
        };
        let Place {
            current,
            next,
            items: asked,
        } = place;
        let made = start
            .checked_add_days(Days::new(rng.below(span) as u64))
            .unwrap_or(today);
        let with_review = rng.chance(33);
        let with_notes = rng.chance(25);
        let mut ratings = SideRatings::default();
        let mut given = SideRatings::default();
        let mut notes = SideNotes::default();
        for item in asked {
            for question in item.questions() {
                let own = rng.rating();
                let theirs = match own.level() {
                    Some(l) if with_review => {
                        let moved = l.value() as i64 + rng.below(3) as i64 - 1;
                        Rating::Level(Level::from_value(moved.clamp(1, 4) as u8).unwrap_or(l))
                    }
                    _ => own,
                };
                let note = (with_notes && rng.chance(30)).then(|| NOTES[rng.below(NOTES.len())]);
                for side in question {
                    ratings.side_mut(side).insert(item.id.clone(), own);
                    if with_review {
                        given.side_mut(side).insert(item.id.clone(), theirs);
                    }
                    if let Some(n) = note {
                        notes.side_mut(side).insert(item.id.clone(), n.to_owned());
                    }
                }
            }
        }
        let review = with_review.then(|| ReviewPart {
            role: ROLES[rng.below(ROLES.len())].to_owned(),
            made: made
                .checked_sub_days(Days::new(rng.below(30) as u64))
                .unwrap_or(made),
            ratings: given,
        });
        out.push(Submission {
            kind: SUBMISSION_KIND.to_owned(),
            version: SUBMISSION_VERSION,
            body: d.body.id.clone(),
            body_name: d.body.name.ja.clone(),
            track: track.clone(),
            current: current.clone(),
            next: next.clone(),
            made,
            fiscal_year: fiscal_year(made),
            data_version: version.clone(),
            staff_id: Some(format!("S{:06}", i + 1)),
            contents: Contents {
                notes: with_notes,
                review: with_review,
            },
            ratings,
            notes: with_notes.then_some(notes),
            review,
        });
    }
    out
}

/// Where a made-up person stands: a position, the grade proposed next and
/// the items rated for the pair.
struct Place {
    current: Position,
    next: Option<Id>,
    items: Vec<RateItem>,
}

/// Each track with where its staff may stand (入庁前 apart), keeping only
/// places with something to rate: a file with no rating is one the app
/// would not make.
fn places(d: &BodyData) -> Vec<(Id, Option<Place>, Vec<Place>)> {
    let place = |track: &Id, current: Position| {
        let next = propose_next(d, track, &current);
        let cur = match &current {
            Position::Grade(g) => Some(g),
            Position::PreEntry => None,
        };
        let items = rate_items(d, cur, next.as_ref());
        let rated = items.iter().any(|it| !it.rated_sides().is_empty());
        rated.then_some(Place {
            current,
            next,
            items,
        })
    };
    d.tracks
        .iter()
        .map(|t| {
            // The top of the ladder has no next grade; it is rated only
            // when the ladder has nothing else.
            let climbing = t.ladder.len().saturating_sub(1).max(1);
            let grades: Vec<Place> = t
                .ladder
                .iter()
                .take(climbing)
                .filter_map(|g| place(&t.id, Position::Grade(g.clone())))
                .collect();
            (t.id.clone(), place(&t.id, Position::PreEntry), grades)
        })
        .filter(|(_, pre, grades)| pre.is_some() || !grades.is_empty())
        .collect()
}

/// Hostile files, each with its name: damaged JSON, a 50 MB file, a zip
/// bomb, wrong types, ratings out of range, script in text fields, a PNG,
/// an export of the app, a file of another body; each must be refused
/// with its own reason.
///
/// Also a file of a newer format, one made against a version of the data
/// that cannot be mapped, and a duplicate: the last repeats the first
/// file [`generate`] makes with the same seed and day, so it is refused
/// when it is read after that file (and accepted on its own). The name of
/// each says the reason it is refused for: `hostile-<slug>…`, the slug of
/// [`super::read::Refusal::slug`].
pub fn hostile(d: &BodyData, seed: u64, today: NaiveDate) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();
    let named = |name: &str| format!("hostile-{name}");
    let mut fifty = Vec::with_capacity(50 * 1024 * 1024);
    fifty.extend_from_slice(br#"{"kind":"michishirube-submission","padding":""#);
    fifty.resize(50 * 1024 * 1024 - 2, b' ');
    fifty.extend_from_slice(b"\"}");
    out.push((named("too-large-50mb.json"), fifty));
    out.push((named("compressed-zip-bomb.zip"), zip_bomb()));
    out.push((named("not-text-image.png"), png()));
    out.push((
        named("damaged-not-json.json"),
        "職員番号,評価\r\nS1,3\r\n".as_bytes().to_vec(),
    ));
    let Some(base) = generate(d, 1, seed, today).into_iter().next() else {
        return out;
    };
    let text = to_json(&base);
    let mut cut = text.len() / 2;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    out.push((
        named("damaged-cut-off.json"),
        text.as_bytes()[..cut].to_vec(),
    ));
    let mut doc = StoredDoc::new();
    doc.assessment = Some(crate::core::assess::Assessment::new(
        crate::core::assess::Selection {
            body: base.body.clone(),
            track: base.track.clone(),
            current: base.current.clone(),
            next: base.next.clone(),
            entry_year: None,
            grade_year: None,
            data_version: Some(base.data_version.clone()),
        },
    ));
    out.push((
        named("not-submission-export.json"),
        crate::core::transfer::export(&doc, today).into_bytes(),
    ));
    let value = serde_json::to_value(&base).unwrap_or(Value::Null);
    let changed = |f: &dyn Fn(&mut Value)| {
        let mut v = value.clone();
        f(&mut v);
        serde_json::to_vec_pretty(&v).unwrap_or_default()
    };
    out.push((
        named("newer-version.json"),
        changed(&|v| v["version"] = 2.into()),
    ));
    out.push((
        named("shape-wrong-types.json"),
        changed(&|v| v["fiscal_year"] = "令和8年度".into()),
    ));
    let first_rating = base
        .ratings
        .current
        .keys()
        .map(|id| ("current", id))
        .chain(base.ratings.next.keys().map(|id| ("next", id)))
        .next()
        .map(|(side, id)| (side, id.to_string()));
    if let Some((side, id)) = &first_rating {
        out.push((
            named("out-of-range.json"),
            changed(&|v| v["ratings"][side][id.as_str()] = serde_json::json!({ "level": 9 })),
        ));
        out.push((
            named("markup-script-in-note.json"),
            changed(&|v| {
                v["contents"]["notes"] = true.into();
                v["notes"] =
                    serde_json::json!({ *side: { id.as_str(): "<script>alert(1)</script>" } });
            }),
        ));
    }
    out.push((
        named("markup-script-in-name.json"),
        changed(&|v| v["body_name"] = "<img src=x onerror=alert(1)>".into()),
    ));
    out.push((
        named("other-body.json"),
        changed(&|v| {
            v["body"] = "tonari-machi".into();
            v["body_name"] = "隣町".into();
        }),
    ));
    out.push((
        named("unmappable-old-version.json"),
        changed(&|v| {
            v["data_version"] = "平成30年版".into();
            v["track"] = "haishi-shokushu".into();
        }),
    ));
    out.push((named("duplicate.json"), text.into_bytes()));
    out
}

/// A zip of one entry that claims to unpack to 4 GB from 26 bytes: only
/// its local header and a few bytes of "deflate", never meant to be
/// unpacked (a reader that trusted the header would reserve 4 GB).
fn zip_bomb() -> Vec<u8> {
    let name = b"submission.json";
    let mut z = Vec::new();
    z.extend_from_slice(b"PK\x03\x04");
    z.extend_from_slice(&20u16.to_le_bytes()); // version needed
    z.extend_from_slice(&0u16.to_le_bytes()); // flags
    z.extend_from_slice(&8u16.to_le_bytes()); // deflate
    z.extend_from_slice(&[0, 0, 0x21, 0x5b]); // time, date
    z.extend_from_slice(&0u32.to_le_bytes()); // crc
    z.extend_from_slice(&26u32.to_le_bytes()); // compressed size
    z.extend_from_slice(&u32::MAX.to_le_bytes()); // uncompressed size: 4 GB
    z.extend_from_slice(&(name.len() as u16).to_le_bytes());
    z.extend_from_slice(&0u16.to_le_bytes());
    z.extend_from_slice(name);
    z.extend_from_slice(&[0xed, 0xc1, 0x01, 0x0d, 0x00, 0x00, 0x00, 0xc2]);
    z.extend_from_slice(&[0xa0, 0xf7, 0x4f, 0x6d, 0x0e, 0x37, 0xa0, 0x00]);
    z.extend_from_slice(&[0; 10]);
    z
}

/// A 1×1 PNG's signature and header chunk: an image chosen by mistake.
fn png() -> Vec<u8> {
    let mut p = b"\x89PNG\r\n\x1a\n".to_vec();
    p.extend_from_slice(&13u32.to_be_bytes());
    p.extend_from_slice(b"IHDR");
    p.extend_from_slice(&1u32.to_be_bytes());
    p.extend_from_slice(&1u32.to_be_bytes());
    p.extend_from_slice(&[8, 6, 0, 0, 0]);
    p.extend_from_slice(&[0x1f, 0x15, 0xc4, 0x89]);
    p.extend_from_slice(&[0, 0, 0, 0]);
    p.extend_from_slice(b"IEND");
    p.extend_from_slice(&[0xae, 0x42, 0x60, 0x82]);
    p
}
