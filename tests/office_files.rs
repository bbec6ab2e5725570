//! The file handed in to the HR office and the office's reading of it:
//! every body's file reads back as it was made, every hostile file is
//! refused with its own reason while the good ones are counted, a file of
//! an older data version is mapped or refused, duplicates are found, and
//! what is kept of a file holds no identifier and no note.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use michishirube::core::assess::{rate_items, Assessment, Entry, Position, Selection, Side};
use michishirube::core::id::Id;
use michishirube::core::lang::Lang;
use michishirube::core::load::{load_dir, load_file};
use michishirube::core::model::{BodyData, Label};
use michishirube::core::office::file::{
    describe, file_name, make, markup, to_json, Contents, MakeError, MAX_STAFF_ID,
};
use michishirube::core::office::read::{check_size, parse, Intake, Refusal, MAX_FILE_BYTES};
use michishirube::core::office::synth::{generate, hostile};
use michishirube::core::review::{Review, ReviewBody};
use michishirube::core::scale::{Level, Rating};
use std::collections::BTreeSet;
use std::path::Path;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).expect("date")
}

fn id(s: &str) -> Id {
    Id::parse(s).expect("id")
}

fn bodies() -> Vec<BodyData> {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies"))
        .expect("data")
        .into_iter()
        .map(|(_, d)| d)
        .collect()
}

fn body(name: &str) -> BodyData {
    load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).expect(name)
}

fn koriyama() -> BodyData {
    body("data/bodies/koriyama.toml")
}

/// The worded body (a 標準職務遂行能力 table).
fn standard() -> BodyData {
    body("tests/fixtures/standard-town.toml")
}

/// An assessment of a track's first grade pair with every question
/// answered and a note on each, and a supervisor's review one step apart.
fn fully_rated(d: &BodyData, track: &Id) -> Option<(Assessment, Review)> {
    let t = d.tracks.iter().find(|t| &t.id == track)?;
    let (cur, next) = (t.ladder.first()?, t.ladder.get(1)?);
    let mut a = Assessment::new(Selection {
        body: d.body.id.clone(),
        track: track.clone(),
        current: Position::Grade(cur.clone()),
        next: Some(next.clone()),
        entry_year: Some(2015),
        grade_year: Some(2022),
        data_version: Some(d.version_tag()),
    });
    let mut given = ReviewBody {
        role: "課長".into(),
        ..ReviewBody::default()
    };
    for (i, it) in rate_items(d, Some(cur), Some(next)).iter().enumerate() {
        for side in it.rated_sides() {
            let level = Level::ALL[i % 4];
            a.side_mut(side).insert(
                it.id.clone(),
                Entry {
                    rating: Some(Rating::Level(level)),
                    note: format!("窓口で{i}件目の相談に対応した。"),
                },
            );
            given
                .side_mut(side)
                .insert(it.id.clone(), Rating::Level(Level::ALL[(i + 1) % 4]));
        }
    }
    let review = Review {
        id: 1,
        body: d.body.id.clone(),
        current_grade: Some(cur.clone()),
        next_grade: Some(next.clone()),
        made: today(),
        received: today(),
        on_this_device: true,
        given,
    };
    Some((a, review))
}

const ALL: Contents = Contents {
    notes: true,
    review: true,
};

#[test]
fn every_bodys_file_reads_back_as_it_was_made_and_is_kept_without_its_identifier_or_notes() {
    let mut bodies = bodies();
    assert_eq!(bodies.len(), 5);
    bodies.push(standard());
    let mut checked = 0;
    for d in &bodies {
        if d.rateable().next().is_none() {
            // 会津若松市's and 青森県's documents publish no abilities and no
            // can-do statements: nothing to rate, so no file to make or make up.
            assert!(generate(d, 10, 1, today()).is_empty());
            assert!(hostile(d, 1, today())
                .iter()
                .all(|(n, _)| !n.contains("duplicate")));
            continue;
        }
        let mut made = 0;
        for t in &d.tracks {
            let Some((a, review)) = fully_rated(d, &t.id) else {
                continue;
            };
            if a.current.is_empty() && a.next.is_empty() {
                continue;
            }
            let s = make(d, &a, ALL, Some(&review), Some("  S0012345 "), today())
                .unwrap_or_else(|e| panic!("{}: {}", d.body.id, e.message(Lang::Ja)));
            assert_eq!(s.staff_id.as_deref(), Some("S0012345"), "trimmed");
            assert_eq!(s.fiscal_year, 2026);
            assert_eq!(s.data_version, d.version_tag());
            let rated: usize = s.ratings.current.len() + s.ratings.next.len();
            assert_eq!(rated, a.current.len() + a.next.len(), "{}", d.body.id);
            let notes = s.notes.as_ref().expect("notes chosen");
            assert_eq!(notes.current.len() + notes.next.len(), rated);
            let r = s.review.as_ref().expect("review chosen");
            assert_eq!(r.ratings.current.len() + r.ratings.next.len(), rated);

            let text = to_json(&s);
            assert_eq!(parse(text.as_bytes()), Ok(s.clone()), "{}", d.body.id);
            let name = file_name(&s);
            assert_eq!(
                name,
                format!("michishirube-submission-{}-2026-12-07.json", d.body.id)
            );
            assert!(name.is_ascii() && !name.contains("S0012345"));

            let mut intake = Intake::new(d);
            intake.add_bytes(d, &name, text.as_bytes());
            assert!(intake.refused().is_empty(), "{:?}", intake.refused());
            let rec = &intake.records()[0];
            assert_eq!(rec.ratings, s.ratings);
            assert_eq!(rec.review.as_ref(), Some(&r.ratings));
            assert!(rec.has_notes && rec.mapped_from.is_none());
            let kept = format!("{rec:?}");
            assert!(!kept.contains("S0012345"), "the identifier is not kept");
            assert!(!kept.contains("窓口で"), "no note text is kept");
            made += 1;
        }
        assert!(made > 0, "{} made no file", d.body.id);
        checked += 1;
    }
    assert_eq!(checked, 4, "郡山市, 青森市, 浜松市 and the worded body");
}

#[test]
fn what_the_file_holds_is_said_before_it_is_saved_in_both_languages() {
    let d = koriyama();
    let (a, review) = fully_rated(&d, &d.tracks[0].id).expect("a pair");
    let s = make(&d, &a, ALL, Some(&review), Some("S1"), today()).expect("made");
    let ja = describe(&s, &d, Lang::Ja).join("\n");
    assert!(
        ja.contains("郡山市") && ja.contains("職員番号「S1」"),
        "{ja}"
    );
    assert!(
        ja.contains("根拠のメモ") && ja.contains("上司の評価"),
        "{ja}"
    );
    assert!(ja.contains("令和8年度"), "{ja}");
    let en = describe(&s, &d, Lang::En).join("\n");
    assert!(
        en.contains("staff number") && en.contains("evidence notes"),
        "{en}"
    );

    let bare = make(&d, &a, Contents::default(), None, Some("   "), today()).expect("made");
    assert!(bare.staff_id.is_none() && bare.notes.is_none() && bare.review.is_none());
    let ja = describe(&bare, &d, Lang::Ja).join("\n");
    assert!(ja.contains("職員番号は含みません") && ja.contains("上司の評価は含みません"));
    assert!(!to_json(&bare).contains("staff_id"));
}

#[test]
fn a_file_is_not_made_without_ratings_without_the_review_chosen_or_with_a_bad_identifier() {
    let d = koriyama();
    let (a, _) = fully_rated(&d, &d.tracks[0].id).expect("a pair");
    let empty = Assessment::new(a.selection.clone());
    assert_eq!(
        make(&d, &empty, Contents::default(), None, None, today()),
        Err(MakeError::NothingRated)
    );
    let review_only = Contents {
        notes: false,
        review: true,
    };
    assert_eq!(
        make(&d, &a, review_only, None, None, today()),
        Err(MakeError::NoReview)
    );
    let long = "1".repeat(MAX_STAFF_ID + 1);
    for bad in [long.as_str(), "S1\u{7}", "<b>S1</b>"] {
        assert_eq!(
            make(&d, &a, Contents::default(), None, Some(bad), today()),
            Err(MakeError::BadStaffId),
            "{bad:?}"
        );
    }
    let most = "1".repeat(MAX_STAFF_ID);
    assert!(make(&d, &a, Contents::default(), None, Some(&most), today()).is_ok());
    for e in [
        MakeError::NothingRated,
        MakeError::NoReview,
        MakeError::BadStaffId,
    ] {
        assert_ne!(e.message(Lang::Ja), e.message(Lang::En));
        assert!(e.message(Lang::En).is_ascii());
    }
}

#[test]
fn a_note_that_looks_like_markup_is_written_so_the_office_can_still_read_the_file() {
    let d = koriyama();
    let (mut a, _) = fully_rated(&d, &d.tracks[0].id).expect("a pair");
    let first = a.current.keys().next().cloned().expect("rated");
    a.current.get_mut(&first).expect("rated").note =
        "<script>alert(1)</script> javascript:void(0) <研修> <5件\u{1}".into();
    let s = make(&d, &a, ALL.with_review(false), None, None, today()).expect("made");
    let note = &s.notes.as_ref().expect("notes").current[&first];
    assert!(!markup(note), "{note}");
    assert_eq!(
        note,
        "＜script>alert(1)＜/script> javascript：void(0) <研修> <5件"
    );
    assert_eq!(parse(to_json(&s).as_bytes()), Ok(s));
}

trait WithReview {
    fn with_review(self, review: bool) -> Self;
}

impl WithReview for Contents {
    fn with_review(self, review: bool) -> Self {
        Contents { review, ..self }
    }
}

#[test]
fn every_hostile_file_is_refused_with_its_own_reason_and_the_good_ones_are_still_counted() {
    for d in [koriyama(), standard()] {
        let good = generate(&d, 20, 42, today());
        let bad = hostile(&d, 42, today());
        let mut intake = Intake::new(&d);
        for s in &good[..10] {
            intake.add_bytes(&d, &file_name(s), to_json(s).as_bytes());
        }
        for (name, bytes) in &bad {
            intake.add_bytes(&d, name, bytes);
        }
        for (i, s) in good[10..].iter().enumerate() {
            intake.add_bytes(&d, &format!("{i}-{}", file_name(s)), to_json(s).as_bytes());
        }
        assert_eq!(intake.records().len(), 20, "{:?}", intake.refused());
        assert_eq!(intake.refused().len(), bad.len());
        for (r, (name, _)) in intake.refused().iter().zip(&bad) {
            assert_eq!(&r.file, name);
            let slug = r.reason.slug();
            assert!(
                name.strip_prefix("hostile-")
                    .is_some_and(|n| n.starts_with(slug)),
                "{name} was refused as {slug}: {}",
                r.reason
            );
            assert!(!r.reason.message(Lang::Ja).is_empty());
        }
        let slugs: BTreeSet<&str> = intake.refused().iter().map(|r| r.reason.slug()).collect();
        assert_eq!(slugs.len(), 12, "every reason is shown: {slugs:?}");
        let big = bad.iter().find(|(n, _)| n.contains("50mb")).expect("50 MB");
        assert_eq!(big.1.len(), 50 * 1024 * 1024);
        assert_eq!(parse(&big.1), Err(Refusal::TooLarge(50 * 1024 * 1024)));
        let dup = intake.refused().last().expect("the duplicate");
        assert_eq!(
            dup.reason,
            Refusal::Duplicate {
                first: file_name(&good[0])
            }
        );
    }
}

#[test]
fn bytes_that_are_not_a_submission_are_refused_before_they_are_read_as_one() {
    let d = koriyama();
    let s = &generate(&d, 1, 3, today())[0];
    let text = to_json(s);
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend_from_slice(text.as_bytes());
    assert_eq!(
        parse(&bom).as_ref(),
        Ok(s),
        "a byte-order mark is passed over"
    );
    assert_eq!(parse(&[0x1f, 0x8b, 8, 0]), Err(Refusal::Compressed));
    assert_eq!(parse(b"PK\x05\x06rest"), Err(Refusal::Compressed));
    assert_eq!(parse(b"%PDF-1.7\n"), Err(Refusal::NotText));
    assert_eq!(parse(b"{\"kind\": \"\xff\xfe\"}"), Err(Refusal::NotText));
    assert_eq!(parse(b""), Err(Refusal::Damaged));
    assert_eq!(parse(b"[1, 2]"), Err(Refusal::NotSubmission));
    assert_eq!(parse(b"{\"kind\": \"other\"}"), Err(Refusal::NotSubmission));
    assert_eq!(parse(b"{\"version\": 1}"), Err(Refusal::NotSubmission));
    assert_eq!(check_size(MAX_FILE_BYTES), Ok(()));
    assert_eq!(
        check_size(50 * 1024 * 1024),
        Err(Refusal::TooLarge(50 * 1024 * 1024))
    );
    let mut over = text.clone().into_bytes();
    over.resize(MAX_FILE_BYTES + 1, b' ');
    assert_eq!(parse(&over), Err(Refusal::TooLarge(MAX_FILE_BYTES + 1)));
    let mut most = text.clone().into_bytes();
    most.resize(MAX_FILE_BYTES, b' ');
    assert!(
        parse(&most).is_ok(),
        "trailing white space up to the limit is JSON"
    );
}

/// The file's JSON with a change.
fn changed(
    s: &michishirube::core::office::Submission,
    f: impl Fn(&mut serde_json::Value),
) -> Vec<u8> {
    let mut v = serde_json::to_value(s).expect("value");
    f(&mut v);
    v.to_string().into_bytes()
}

#[test]
fn a_wrong_value_is_refused_with_its_place() {
    let d = standard();
    let s = generate(&d, 40, 5, today())
        .into_iter()
        .find(|s| s.review.is_some() && !s.ratings.next.is_empty())
        .expect("one with a review");
    let item = s.ratings.next.keys().next().expect("rated").to_string();
    let cases: Vec<(Vec<u8>, Refusal)> = vec![
        (
            changed(&s, |v| v["version"] = 7.into()),
            Refusal::NewerVersion(7),
        ),
        (
            changed(&s, |v| v["version"] = 0.into()),
            Refusal::Shape("version".into()),
        ),
        (
            changed(&s, |v| {
                v["ratings"]["next"][&item] = serde_json::json!({"level": "3"})
            }),
            Refusal::Shape(format!("ratings.next.{item}.level")),
        ),
        (
            changed(&s, |v| {
                v["review"]["ratings"]["next"][&item] = serde_json::json!({"level": 0})
            }),
            Refusal::OutOfRange(format!("review.ratings.next.{item}.level")),
        ),
        (
            changed(&s, |v| {
                v["ratings"]["next"][&item] = serde_json::json!({"level": -1})
            }),
            Refusal::OutOfRange(format!("ratings.next.{item}.level")),
        ),
        (
            changed(&s, |v| v["review"]["role"] = "<a href=x>課長</a>".into()),
            Refusal::Markup("review.role".into()),
        ),
        (
            changed(&s, |v| v["staff_id"] = "S1\u{1b}[31m".into()),
            Refusal::Markup("staff_id".into()),
        ),
        (
            changed(&s, |v| {
                v["notes"] = serde_json::json!({"next": {&item: "JavaScript:alert(1)"}})
            }),
            Refusal::Markup(format!("notes.next.{item}")),
        ),
        (
            changed(&s, |v| v["fiscal_year"] = 2019.into()),
            Refusal::Shape("fiscal_year".into()),
        ),
        (
            changed(&s, |v| v["staff_id"] = "1".repeat(MAX_STAFF_ID + 1).into()),
            Refusal::Shape("staff_id".into()),
        ),
        (
            changed(&s, |v| v["track"] = "Not An Id".into()),
            Refusal::Shape("track".into()),
        ),
    ];
    for (bytes, want) in cases {
        assert_eq!(
            parse(&bytes),
            Err(want),
            "{}",
            String::from_utf8_lossy(&bytes)
        );
    }
    // Ordinary text with a `<` is not markup.
    let fine = changed(&s, |v| {
        v["notes"] = serde_json::json!({"next": {&item: "<5件の相談> 1 < 2 <研修>"}})
    });
    assert!(parse(&fine).is_ok());
    // Made against this very data, a file naming what the data lacks is a wrong shape.
    let mut intake = Intake::new(&d);
    let unknown = changed(&s, |v| {
        v["ratings"]["current"]["no-such-item"] = serde_json::json!({"level": 2})
    });
    intake.add_bytes(&d, "a.json", &unknown);
    let ghost = changed(&s, |v| v["next"] = "no-such-grade".into());
    intake.add_bytes(&d, "b.json", &ghost);
    let reasons: Vec<&Refusal> = intake.refused().iter().map(|r| &r.reason).collect();
    assert_eq!(
        reasons,
        [
            &Refusal::Shape("ratings.current.no-such-item".into()),
            &Refusal::Shape("next".into())
        ]
    );
}

/// The worded body's next version: 倫理観 is renamed 倫理, with a new id
/// that `replaces` the old one when `carried`.
fn revised(d: &BodyData, carried: bool) -> BodyData {
    let mut r = d.clone();
    let (old, new) = (id("rinrikan"), id("rinri"));
    for ab in &mut r.abilities {
        if ab.id == old {
            ab.id = new.clone();
            ab.name = Label::ja("倫理");
            ab.replaces = if carried { vec![old.clone()] } else { vec![] };
        }
    }
    for g in &mut r.grades {
        for w in &mut g.abilities {
            if w.ability == old {
                w.ability = new.clone();
            }
        }
    }
    r.body.version = Some("令和9年4月 改正".into());
    michishirube::core::validate::validate("revised.toml", &r).expect("valid");
    r
}

#[test]
fn a_file_of_an_older_data_version_is_mapped_and_one_that_cannot_be_is_refused() {
    let d = standard();
    let files = generate(&d, 30, 11, today());
    let rinri_rated = files
        .iter()
        .filter(|s| s.ratings.current.contains_key(&id("rinrikan")))
        .count();
    assert!(rinri_rated > 0);

    let newer = revised(&d, true);
    let mut intake = Intake::new(&newer);
    for s in &files {
        intake.add_bytes(&newer, &file_name(s), to_json(s).as_bytes());
    }
    assert!(intake.refused().is_empty(), "{:?}", intake.refused());
    for (rec, s) in intake.records().iter().zip(&files) {
        assert_eq!(rec.mapped_from.as_deref(), Some(d.version_tag().as_str()));
        assert!(!rec.ratings.current.contains_key(&id("rinrikan")));
        assert_eq!(
            rec.ratings.current.get(&id("rinri")),
            s.ratings.current.get(&id("rinrikan"))
        );
        let review = rec.review.as_ref().zip(s.review.as_ref());
        if let Some((mapped, given)) = review {
            assert_eq!(
                mapped.next.get(&id("rinri")),
                given.ratings.next.get(&id("rinrikan"))
            );
        }
    }

    let lost = revised(&d, false);
    let mut intake = Intake::new(&lost);
    for s in &files {
        intake.add_bytes(&lost, &file_name(s), to_json(s).as_bytes());
    }
    let refused = intake.refused();
    assert_eq!(refused.len(), files.len(), "every file rates 倫理観");
    assert_eq!(
        refused[0].reason,
        Refusal::Unmappable {
            from: d.version_tag(),
            to: "令和9年4月 改正".into()
        }
    );
    assert_eq!(refused[0].reason.slug(), "unmappable");
}

#[test]
fn a_second_file_of_the_same_identifier_and_day_is_a_duplicate_and_files_without_one_never_are() {
    let d = koriyama();
    let files = generate(&d, 3, 9, today());
    let mut intake = Intake::new(&d);
    intake.add(&d, "first.json", Ok(files[0].clone()));
    intake.add(&d, "again.json", Ok(files[0].clone()));
    let mut other_day = files[0].clone();
    other_day.made = other_day.made.pred_opt().expect("a day before");
    other_day.fiscal_year = michishirube::core::dates::fiscal_year(other_day.made);
    intake.add(&d, "other-day.json", Ok(other_day));
    let mut anonymous = files[1].clone();
    anonymous.staff_id = None;
    intake.add(&d, "anon-1.json", Ok(anonymous.clone()));
    intake.add(&d, "anon-2.json", Ok(anonymous));
    intake.add(&d, "broken.json", Err(Refusal::Damaged));
    assert_eq!(intake.records().len(), 4);
    assert_eq!(
        intake
            .refused()
            .iter()
            .map(|r| (r.file.as_str(), &r.reason))
            .collect::<Vec<_>>(),
        [
            (
                "again.json",
                &Refusal::Duplicate {
                    first: "first.json".into()
                }
            ),
            ("broken.json", &Refusal::Damaged)
        ]
    );
    let msg = intake.refused()[0].reason.message(Lang::Ja);
    assert!(
        msg.contains("first.json") && !msg.contains("S0000"),
        "{msg}"
    );
}

#[test]
fn the_generator_gives_the_same_bytes_for_the_same_seed_and_a_believable_spread() {
    let d = koriyama();
    let bytes =
        |seed, n| -> Vec<String> { generate(&d, n, seed, today()).iter().map(to_json).collect() };
    assert_eq!(bytes(7, 50), bytes(7, 50));
    assert_ne!(bytes(7, 50), bytes(8, 50));
    assert_eq!(
        bytes(7, 50)[..10],
        bytes(7, 10)[..],
        "a longer run begins with a shorter one"
    );
    let hostile_bytes = |seed| hostile(&d, seed, today());
    assert_eq!(hostile_bytes(7), hostile_bytes(7));

    let files = generate(&d, 2000, 1, today());
    let ids: BTreeSet<_> = files.iter().map(|s| s.staff_id.clone()).collect();
    assert_eq!(ids.len(), files.len(), "identifiers are unique");
    let first = NaiveDate::from_ymd_opt(2024, 4, 1).expect("date");
    assert!(files.iter().all(|s| s.made >= first && s.made <= today()));
    let years: BTreeSet<i32> = files.iter().map(|s| s.fiscal_year).collect();
    assert_eq!(years, [2024, 2025, 2026].into());
    let share = |n: usize| n * 100 / files.len();
    let reviewed = share(files.iter().filter(|s| s.review.is_some()).count());
    assert!((28..=38).contains(&reviewed), "{reviewed}% reviewed");
    let noted = share(files.iter().filter(|s| s.notes.is_some()).count());
    assert!((20..=30).contains(&noted), "{noted}% with notes");
    let pre = share(
        files
            .iter()
            .filter(|s| s.current == Position::PreEntry)
            .count(),
    );
    assert!((2..=10).contains(&pre), "{pre}% before entry");
    let ratings: Vec<Rating> = files
        .iter()
        .flat_map(|s| {
            s.ratings
                .current
                .values()
                .chain(s.ratings.next.values())
                .copied()
        })
        .collect();
    let of = |r: Rating| ratings.iter().filter(|x| **x == r).count() * 100 / ratings.len();
    assert!((3..=7).contains(&of(Rating::NotApplicable)));
    assert!(of(Rating::Level(Level::Partly)) + of(Rating::Level(Level::Can)) >= 65);
    assert!(of(Rating::Level(Level::NotYet)) >= 5 && of(Rating::Level(Level::CanTeach)) >= 5);
    // Reviews lie within one step of the person's own rating.
    for s in &files {
        let Some(r) = &s.review else { continue };
        for side in Side::BOTH {
            for (item, given) in r.ratings.side(side) {
                let own = s.ratings.side(side)[item];
                match (own.level(), given.level()) {
                    (Some(a), Some(b)) => assert!(a.value().abs_diff(b.value()) <= 1),
                    (a, b) => assert_eq!(a, b),
                }
            }
        }
    }
    // Every track is drawn.
    let tracks: BTreeSet<&Id> = files.iter().map(|s| &s.track).collect();
    assert!(tracks.len() >= 2, "{tracks:?}");
}

#[test]
fn five_thousand_files_of_one_body_are_read_and_taken_in() {
    let d = koriyama();
    let files: Vec<(String, String)> = generate(&d, 5000, 2026, today())
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("{i}-{}", file_name(s)), to_json(s)))
        .collect();
    let mut intake = Intake::new(&d);
    for (name, text) in &files {
        intake.add_bytes(&d, name, text.as_bytes());
    }
    assert_eq!(intake.records().len(), 5000);
    assert!(intake.refused().is_empty());
}

#[test]
fn every_reason_has_its_own_slug_a_short_name_and_a_message_in_both_languages() {
    let reasons = [
        Refusal::TooLarge(50 * 1024 * 1024),
        Refusal::Compressed,
        Refusal::NotText,
        Refusal::Damaged,
        Refusal::NotSubmission,
        Refusal::NewerVersion(2),
        Refusal::Shape("ratings.current.rinri.level".into()),
        Refusal::OutOfRange("ratings.current.rinri.level".into()),
        Refusal::Markup("notes.current.rinri".into()),
        Refusal::OtherBody {
            body: id("aomori-city"),
            name: "青森市".into(),
        },
        Refusal::Unmappable {
            from: "#1".into(),
            to: "#2".into(),
        },
        Refusal::Duplicate {
            first: "a.json".into(),
        },
    ];
    let slugs: BTreeSet<&str> = reasons.iter().map(Refusal::slug).collect();
    assert_eq!(slugs.len(), reasons.len());
    let labels: BTreeSet<&str> = reasons.iter().map(|r| r.kind_label(Lang::Ja)).collect();
    assert_eq!(labels.len(), reasons.len());
    for r in &reasons {
        let (ja, en) = (r.message(Lang::Ja), r.message(Lang::En));
        assert_ne!(ja, en);
        assert!(ja.ends_with('。'), "{ja}");
        assert!(en.ends_with('.'), "{en}");
        assert_eq!(r.to_string(), ja);
    }
    assert!(reasons[0].message(Lang::Ja).contains("50 MB"));
    assert!(reasons[9].message(Lang::Ja).contains("青森市"));
    // The place is said in words, the item by its id.
    assert_eq!(
        Refusal::OutOfRange("review.ratings.next.rinri.level".into()).message(Lang::Ja),
        "評価の段階が 1〜4 の範囲にありません（上司の評価 › 次の職位に対して › 「rinri」 › 段階）。"
    );
    assert_eq!(
        Refusal::Markup("notes.current.rinri".into()).message(Lang::En),
        "A text field holds markup, a script or control characters (the notes › against the current grade › \u{201c}rinri\u{201d}); for safety it is not read."
    );
    assert_eq!(
        Refusal::Shape("fiscal_year".into()).message(Lang::Ja),
        "提出用ファイルの一部（年度）が想定と異なり、読み込めませんでした。"
    );
}

mod mutated {
    //! Files damaged at random: cut, overwritten or spliced. Each is read
    //! or refused, never a panic, and what is accepted is a file as good as
    //! one the app makes.
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn fixture() -> &'static (BodyData, Vec<u8>) {
        static F: OnceLock<(BodyData, Vec<u8>)> = OnceLock::new();
        F.get_or_init(|| {
            let d = standard();
            let s = generate(&d, 5, 4, today())
                .into_iter()
                .find(|s| s.review.is_some())
                .expect("one with a review");
            let bytes = to_json(&s).into_bytes();
            (d, bytes)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn a_damaged_file_is_read_or_refused_and_never_stops_the_intake(
            cut in 0usize..4000,
            at in 0usize..4000,
            with in proptest::collection::vec(any::<u8>(), 0..12),
        ) {
            let (d, good) = fixture();
            let mut bytes = good.clone();
            let at = at % (bytes.len() + 1);
            bytes.splice(at..(at + with.len()).min(bytes.len()), with.iter().copied());
            bytes.truncate(cut.max(1));
            let mut intake = Intake::new(d);
            intake.add_bytes(d, "damaged.json", &bytes);
            intake.add_bytes(d, "good.json", good);
            prop_assert_eq!(intake.records().len() + intake.refused().len(), 2);
            if let Ok(s) = parse(&bytes) {
                // What is accepted reads back as itself.
                prop_assert_eq!(parse(to_json(&s).as_bytes()), Ok(s));
            }
        }
    }
}

#[test]
fn the_office_keeps_that_a_file_has_notes_but_not_their_text() {
    let d = body("data/bodies/koriyama.toml");
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).expect("day");
    let with_notes = generate(&d, 40, 5, today)
        .into_iter()
        .find(|s| {
            s.notes
                .as_ref()
                .is_some_and(|n| !n.current.is_empty() || !n.next.is_empty())
        })
        .expect("a generated file with notes");
    let text = michishirube::core::office::file::to_json(&with_notes);
    let read = michishirube::core::office::read::parse_for_summary(text.as_bytes()).expect("read");
    let notes = read.notes.as_ref().expect("notes kept as present");
    assert!(
        notes.current.is_empty() && notes.next.is_empty(),
        "no note text"
    );
    assert_eq!(read.ratings, with_notes.ratings);
    let mut intake = Intake::new(&d);
    intake.add(&d, "a.json", Ok(read));
    assert!(intake.records()[0].has_notes);
}
