//! The HR office's summary over records built by hand, on the real data
//! of 郡山市 (a matrix of marks), 浜松市 (can-do statements) and a body
//! whose abilities are worded per grade (tests/fixtures/standard-town.toml):
//! the gap map's counts, shares, medians and targets, self against
//! supervisor, the training that would close the most gaps, the fiscal
//! years, the threshold, what is kept when the summary is kept, and the CSV.
//! Then over files made by the generator and taken in as the page does.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use michishirube::core::assess::{rate_items, Position, Side};
use michishirube::core::id::Id;
use michishirube::core::lang::Lang;
use michishirube::core::load::load_file;
use michishirube::core::model::{Basis, BodyData};
use michishirube::core::office::file::SideRatings;
use michishirube::core::office::file::{file_name, to_json, Submission};
use michishirube::core::office::read::Intake;
use michishirube::core::office::summary::{
    csv_file_name, hidden, one_decimal, percent, shown, summarise, threshold, to_csv, Cell,
    Summary, DEFAULT_THRESHOLD,
};
use michishirube::core::office::synth::generate;
use michishirube::core::office::Record;
use michishirube::core::scale::{Level, Rating};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

fn load(rel: &str) -> BodyData {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    load_file(&p).unwrap_or_else(|e| panic!("{rel}: {e:?}"))
}

fn koriyama() -> BodyData {
    load("data/bodies/koriyama.toml")
}

fn bando() -> BodyData {
    load("tests/fixtures/standard-town.toml")
}

fn id(s: &str) -> Id {
    Id::parse(s).expect("test id")
}

fn lv(n: u8) -> Rating {
    Rating::Level(Level::from_value(n).expect("a level 1–4"))
}

/// The ratings a person's file carries: `rate` answers each item on each
/// side its grade pair rates it on (as the file writes them: every rated
/// side, an item asked once with the same answer on both).
fn answers(
    d: &BodyData,
    cur: Option<&str>,
    next: Option<&str>,
    rate: &dyn Fn(&str, Side) -> Option<Rating>,
) -> SideRatings {
    let mut out = SideRatings::default();
    let (cur, next) = (cur.map(id), next.map(id));
    for it in rate_items(d, cur.as_ref(), next.as_ref()) {
        for side in it.rated_sides() {
            if let Some(r) = rate(it.id.as_str(), side) {
                let map = match side {
                    Side::Current => &mut out.current,
                    Side::Next => &mut out.next,
                };
                map.insert(it.id.clone(), r);
            }
        }
    }
    out
}

/// One accepted file, with what the office keeps of it.
fn person(
    d: &BodyData,
    track: &str,
    cur: Option<&str>,
    next: Option<&str>,
    fiscal_year: i32,
    rate: &dyn Fn(&str, Side) -> Option<Rating>,
) -> Record {
    Record {
        track: id(track),
        current: cur.map_or(Position::PreEntry, |g| Position::Grade(id(g))),
        next: next.map(id),
        made: NaiveDate::from_ymd_opt(fiscal_year, 6, 1).expect("a day"),
        fiscal_year,
        ratings: answers(d, cur, next, rate),
        review: None,
        has_notes: false,
        mapped_from: None,
    }
}

/// 郡山市 係長 → 課長, everything rated 3 except ① 倫理, rated `rinri`.
fn kakaricho(d: &BodyData, rinri: Option<Rating>, fy: i32) -> Record {
    person(
        d,
        "jimu-gijutsu",
        Some("kakaricho"),
        Some("kacho"),
        fy,
        &move |item, _| if item == "rinri" { rinri } else { Some(lv(3)) },
    )
}

fn cell<'a>(s: &'a Summary, side: Side, grade: &str, ability: &str) -> &'a Cell {
    s.map(side)
        .cell(&id(grade), &id(ability))
        .unwrap_or_else(|| panic!("no cell {grade} × {ability} on {side:?}"))
}

#[test]
fn a_cell_counts_the_levels_the_share_below_target_and_the_median() {
    let d = koriyama();
    let records: Vec<Record> = [1, 2, 3, 3, 4]
        .into_iter()
        .map(|n| kakaricho(&d, Some(lv(n)), 2025))
        .chain([kakaricho(&d, Some(Rating::NotApplicable), 2025)])
        .chain([kakaricho(&d, None, 2025)])
        .collect();
    let s = summarise(&d, &records);
    for (side, grade) in [(Side::Current, "kakaricho"), (Side::Next, "kacho")] {
        let c = cell(&s, side, grade, "rinri");
        assert_eq!(c.levels, [1, 1, 2, 1], "{side:?}");
        assert_eq!(c.n(), 5, "not applicable and unrated are not in n");
        assert_eq!(c.not_applicable, 1);
        assert_eq!(c.below, 2, "1 and 2 are below できる");
        assert_eq!(c.target, Some(Level::Can));
        assert_eq!(c.below_share(), Some(0.4));
        assert_eq!(c.below_percent(), Some(40));
        assert_eq!(c.median(), Some(3.0), "odd n: the middle rating");
    }
    // Everyone else rated 3 everywhere: none below, median 3.
    let c = cell(&s, Side::Current, "kakaricho", "communication");
    assert_eq!((c.n(), c.below, c.median()), (7, 0, Some(3.0)));
}

#[test]
fn the_median_of_an_even_number_is_the_mean_of_the_two_middle_ratings() {
    let d = koriyama();
    let records: Vec<Record> = [1, 2, 2, 3, 3, 4]
        .into_iter()
        .map(|n| kakaricho(&d, Some(lv(n)), 2025))
        .collect();
    let s = summarise(&d, &records);
    let c = cell(&s, Side::Current, "kakaricho", "rinri");
    assert_eq!(c.median(), Some(2.5));
    assert_eq!(one_decimal(c.median().unwrap_or_default()), "2.5");
    // Straight from a histogram: 1,1,4,4 → 2.5; 2,2 → 2.0; 1 → 1.0; none → None.
    let h = |levels| Cell {
        levels,
        ..Cell::default()
    };
    assert_eq!(h([2, 0, 0, 2]).median(), Some(2.5));
    assert_eq!(h([0, 2, 0, 0]).median(), Some(2.0));
    assert_eq!(h([1, 0, 0, 0]).median(), Some(1.0));
    assert_eq!(h([0, 0, 0, 0]).median(), None);
    assert_eq!(h([3, 0, 0, 0]).below_share(), None, "no target, no share");
}

#[test]
fn shares_round_half_up_to_whole_percents_and_figures_to_one_decimal() {
    assert_eq!(percent(1, 8), Some(13), "12.5% → 13%");
    assert_eq!(percent(1, 3), Some(33));
    assert_eq!(percent(2, 3), Some(67));
    assert_eq!(percent(0, 5), Some(0));
    assert_eq!(percent(5, 5), Some(100));
    assert_eq!(percent(1, 0), None);
    assert_eq!(one_decimal(2.25), "2.3");
    assert_eq!(one_decimal(-0.25), "-0.3");
    assert_eq!(one_decimal(-0.01), "0.0");
    assert_eq!(one_decimal(3.0), "3.0");
}

#[test]
fn each_side_has_the_grades_people_rate_against_in_ladder_order_and_the_targets_they_set() {
    let d = koriyama();
    let all3 = |_: &str, _| Some(lv(3));
    let records = vec![
        person(
            &d,
            "jimu-gijutsu",
            Some("kakaricho"),
            Some("kacho"),
            2025,
            &all3,
        ),
        person(
            &d,
            "hoikushi",
            Some("hoikushi"),
            Some("kakaricho"),
            2025,
            &all3,
        ),
        person(
            &d,
            "jimu-gijutsu",
            Some("shusa-shuji"),
            Some("kakaricho"),
            2025,
            &all3,
        ),
        person(&d, "jimu-gijutsu", None, Some("shusa-shuji"), 2025, &all3),
    ];
    let s = summarise(&d, &records);
    let names = |v: &[Id]| v.iter().map(|g| g.to_string()).collect::<Vec<_>>();
    // Across the tracks' ladders: 主査・主事 and 保育士 both lie below 係長.
    assert_eq!(
        names(&s.current.grades),
        ["shusa-shuji", "hoikushi", "kakaricho"],
        "入庁前 has no current grade"
    );
    assert_eq!(names(&s.next.grades), ["shusa-shuji", "kakaricho", "kacho"]);
    // The columns are the matrix's, in printed order; no can-do statement.
    assert_eq!(
        names(&s.next.abilities),
        [
            "rinri",
            "setsumei-chosei",
            "gyomu-unei-handan",
            "soshiki-toshotsu",
            "gyomu-suiko",
            "chishiki-gijutsu",
            "communication"
        ]
    );
    // 係長's ③ is 「-」: no target, so no one is asked it against 係長.
    assert!(s
        .current
        .cell(&id("kakaricho"), &id("gyomu-unei-handan"))
        .is_none());
    assert!(s
        .next
        .cell(&id("kakaricho"), &id("gyomu-unei-handan"))
        .is_none());
    // 課長's ③ is ◎: asked against 課長, target できる.
    let c = cell(&s, Side::Next, "kacho", "gyomu-unei-handan");
    assert_eq!((c.n(), c.target), (1, Some(Level::Can)));
    // 係長 on the next side: two people (from 保育士 and from 主査・主事).
    assert_eq!(cell(&s, Side::Next, "kakaricho", "rinri").n(), 2);
    // Coverage: 入庁前 first, then the ladder order; tracks in body order.
    let grades: Vec<Option<String>> = s
        .coverage
        .by_grade
        .iter()
        .map(|(g, _)| g.as_ref().map(|g| g.to_string()))
        .collect();
    assert_eq!(
        grades,
        [
            None,
            Some("shusa-shuji".into()),
            Some("hoikushi".into()),
            Some("kakaricho".into())
        ]
    );
    assert_eq!(
        s.coverage.by_track,
        vec![(id("jimu-gijutsu"), 3), (id("hoikushi"), 1)]
    );
    assert_eq!(s.coverage.total, 4);
}

#[test]
fn a_body_that_words_its_abilities_per_grade_gets_them_as_columns() {
    let d = bando();
    let records: Vec<Record> = (0..5)
        .map(|k| {
            person(
                &d,
                "ippan",
                Some("kacho"),
                Some("bucho"),
                2026,
                &move |item, side| {
                    match (item, side) {
                        // 倫理観 is asked more at 部長: one rating per grade.
                        ("rinrikan", Side::Current) => Some(lv(3)),
                        ("rinrikan", Side::Next) => Some(lv(if k < 3 { 2 } else { 3 })),
                        _ => Some(lv(4)),
                    }
                },
            )
        })
        .collect();
    let s = summarise(&d, &records);
    let names = |v: &[Id]| v.iter().map(|g| g.to_string()).collect::<Vec<_>>();
    assert_eq!(names(&s.current.grades), ["kacho"]);
    assert_eq!(
        names(&s.current.abilities),
        ["rinrikan", "jumin-kyodo", "sekininkan"]
    );
    assert_eq!(
        names(&s.next.abilities),
        [
            "kiki-kanri",
            "vision-settei",
            "shigen-katsuyo",
            "ketsudan",
            "rinrikan",
            "jumin-kyodo"
        ]
    );
    let cur = cell(&s, Side::Current, "kacho", "rinrikan");
    assert_eq!((cur.n(), cur.below, cur.median()), (5, 0, Some(3.0)));
    let next = cell(&s, Side::Next, "bucho", "rinrikan");
    assert_eq!((next.n(), next.below, next.median()), (5, 3, Some(2.0)));
    assert_eq!(next.below_percent(), Some(60));
    assert_eq!(next.target, Some(Level::Can));
    // 責任感 is worded only for 課長.
    assert!(s.next.cell(&id("bucho"), &id("sekininkan")).is_none());
    // No offerings: an empty training list, no versus without reviews.
    assert!(s.training.is_empty());
    assert!(s.versus.is_empty());
    let csv = to_csv(&s, &d, 5, Lang::Ja);
    assert!(csv.contains("部長,倫理観,できる,5,60%,2.0,0\r\n"), "{csv}");
}

#[test]
fn self_against_supervisor_compares_every_side_both_rated_at_a_level() {
    let d = koriyama();
    let mut records = Vec::new();
    for (me, them) in [(3, 2), (4, 2), (2, 3), (3, 3)] {
        let mut r = kakaricho(&d, Some(lv(me)), 2025);
        r.review = Some(answers(
            &d,
            Some("kakaricho"),
            Some("kacho"),
            &move |item, _| (item == "rinri").then_some(lv(them)),
        ));
        records.push(r);
    }
    // A supervisor's 該当しない is not a pair.
    let mut na = kakaricho(&d, Some(lv(3)), 2025);
    na.review = Some(answers(&d, Some("kakaricho"), Some("kacho"), &|_, _| {
        Some(Rating::NotApplicable)
    }));
    records.push(na);
    let s = summarise(&d, &records);
    assert_eq!(s.versus.len(), 1, "only 倫理 was reviewed");
    let v = &s.versus[0];
    assert_eq!(v.ability, id("rinri"));
    // ① is rated against both 係長 and 課長: each person gives two pairs.
    assert_eq!((v.pairs, v.higher, v.lower), (8, 4, 2));
    assert_eq!(v.difference, 2 * ((3 - 2) + (4 - 2) + (2 - 3)));
    assert_eq!(v.mean(), Some(0.5));
    assert_eq!(v.higher_percent(), Some(50));
    assert_eq!(v.lower_percent(), Some(25));
    assert_eq!(s.coverage.with_review, 5);
}

#[test]
fn training_counts_people_with_a_gap_it_addresses_by_grade_most_first() {
    let d = koriyama();
    let gap_in =
        |what: &'static str| move |item: &str, _: Side| Some(lv(if item == what { 1 } else { 3 }));
    let records = vec![
        person(
            &d,
            "jimu-gijutsu",
            Some("kakaricho"),
            Some("kacho"),
            2025,
            &gap_in("communication"),
        ),
        person(
            &d,
            "jimu-gijutsu",
            Some("kakaricho"),
            Some("kacho"),
            2025,
            &gap_in("communication"),
        ),
        person(
            &d,
            "jimu-gijutsu",
            Some("shusa-shuji"),
            Some("kakaricho"),
            2025,
            &gap_in("communication"),
        ),
        person(
            &d,
            "jimu-gijutsu",
            Some("shusa-shuji"),
            Some("kakaricho"),
            2025,
            &gap_in("rinri"),
        ),
        // 該当しない is no gap.
        person(
            &d,
            "jimu-gijutsu",
            Some("shusa-shuji"),
            Some("kakaricho"),
            2025,
            &|_, _| Some(Rating::NotApplicable),
        ),
    ];
    let s = summarise(&d, &records);
    assert_eq!(
        s.training.len(),
        d.offerings.len(),
        "every offering, zero rows too"
    );
    let row = |o: &str| {
        s.training
            .iter()
            .find(|t| t.offering == id(o))
            .unwrap_or_else(|| panic!("no row {o}"))
    };
    let one = row("one-on-one");
    assert_eq!(one.people, 3);
    assert_eq!(
        one.by_grade,
        vec![(Some(id("shusa-shuji")), 1), (Some(id("kakaricho")), 2)]
    );
    assert_eq!(
        one.basis,
        Basis::App,
        "郡山市's links are all the app's reading"
    );
    assert_eq!(row("harassment-kenshu").people, 1);
    assert_eq!(row("senmon-kenshu").people, 0);
    // Most people first; equal counts in the body's order.
    let people: Vec<u32> = s.training.iter().map(|t| t.people).collect();
    let mut sorted = people.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(people, sorted);
    let body_order = |o: &Id| d.offerings.iter().position(|x| &x.id == o);
    for w in s.training.windows(2) {
        if w[0].people == w[1].people {
            assert!(body_order(&w[0].offering) < body_order(&w[1].offering));
        }
    }
}

#[test]
fn a_training_row_is_the_apps_reading_only_if_a_link_it_was_counted_through_is() {
    let mut d = koriyama();
    let o = d
        .offerings
        .iter_mut()
        .find(|o| o.id == id("kanrishoku-management-kenshu"))
        .expect("the 管理職 course");
    assert!(o.trains.len() >= 2, "{:?}", o.trains);
    // Make the first link the document's, keep the others the app's.
    o.trains[0].basis = Basis::Document;
    let first = o.trains[0].item.clone();
    let other = o.trains[1].item.clone();
    let gap =
        |what: Id| move |item: &str, _: Side| Some(lv(if item == what.as_str() { 1 } else { 3 }));
    let row = |s: &Summary| {
        s.training
            .iter()
            .find(|t| t.offering == id("kanrishoku-management-kenshu"))
            .cloned()
            .expect("row")
    };
    let through_document = summarise(
        &d,
        &[person(
            &d,
            "jimu-gijutsu",
            Some("kacho"),
            Some("bucho-jicho"),
            2025,
            &gap(first),
        )],
    );
    assert_eq!(row(&through_document).people, 1);
    assert_eq!(row(&through_document).basis, Basis::Document);
    let through_app = summarise(
        &d,
        &[person(
            &d,
            "jimu-gijutsu",
            Some("kacho"),
            Some("bucho-jicho"),
            2025,
            &gap(other),
        )],
    );
    assert_eq!(row(&through_app).people, 1);
    assert_eq!(row(&through_app).basis, Basis::App);
}

#[test]
fn training_counts_gaps_in_can_do_statements_too() {
    let d = load("data/bodies/hamamatsu.toml");
    let o = d
        .offerings
        .iter()
        .find(|o| o.trains.iter().any(|l| l.item == id("hm-1kyu-1")))
        .expect("an offering training hm-1kyu-1");
    let short = |item: &str, _: Side| Some(lv(if item == "hm-1kyu-1" { 2 } else { 3 }));
    let records: Vec<Record> = (0..3)
        .map(|_| person(&d, "ippan", Some("1kyu"), Some("2kyu"), 2025, &short))
        .collect();
    let s = summarise(&d, &records);
    let row = s.training.iter().find(|t| t.offering == o.id).expect("row");
    assert_eq!(row.people, 3);
    assert_eq!(row.by_grade, vec![(Some(id("1kyu")), 3)]);
    assert!(
        s.current
            .abilities
            .iter()
            .all(|a| a.as_str() != "hm-1kyu-1"),
        "a can-do statement is not a column"
    );
}

#[test]
fn the_years_count_who_rated_each_ability_and_who_fell_short_on_either_side() {
    let d = koriyama();
    let mut records: Vec<Record> = (0..3).map(|_| kakaricho(&d, Some(lv(2)), 2024)).collect();
    records.extend((0..4).map(|_| kakaricho(&d, Some(lv(3)), 2025)));
    records.push(kakaricho(&d, Some(Rating::NotApplicable), 2025));
    // Short against 課長 only: ⑥ is ◎ at 係長 and ○ at 課長, both できる;
    // ③ is asked only against 課長.
    records.push(person(
        &d,
        "jimu-gijutsu",
        Some("kakaricho"),
        Some("kacho"),
        2025,
        &|item, _| Some(lv(if item == "gyomu-unei-handan" { 2 } else { 3 })),
    ));
    let s = summarise(&d, &records);
    let years: Vec<(i32, u32)> = s.years.iter().map(|y| (y.fiscal_year, y.people)).collect();
    assert_eq!(years, [(2024, 3), (2025, 6)]);
    let get = |fy: i32, a: &str| {
        s.years
            .iter()
            .find(|y| y.fiscal_year == fy)
            .and_then(|y| y.cells.iter().find(|(x, _)| x == &id(a)))
            .map(|(_, c)| *c)
    };
    assert_eq!(get(2024, "rinri"), Some((3, 3)));
    assert_eq!(get(2025, "rinri"), Some((5, 0)), "該当しない rated nothing");
    assert_eq!(get(2025, "gyomu-unei-handan"), Some((6, 1)));
    assert_eq!(
        s.coverage.by_year,
        vec![(2024, 3), (2025, 6)],
        "coverage by year, oldest first"
    );
}

#[test]
fn the_threshold_is_never_below_three() {
    assert_eq!(DEFAULT_THRESHOLD, 5);
    assert_eq!(threshold(0), 3);
    assert_eq!(threshold(2), 3);
    assert_eq!(threshold(7), 7);
    assert!(!shown(2, 0), "asking for 0 still hides a group of 2");
    assert!(shown(3, 1));
    assert!(!shown(4, 5), "a group of 4 is hidden by default");
    assert!(shown(5, 5));
}

#[test]
fn each_group_below_the_threshold_is_hidden_on_its_own() {
    assert_eq!(hidden(&[2, 10, 12], 5), [true, false, false]);
    assert_eq!(hidden(&[12, 2, 10, 7], 5), [false, true, false, false]);
    assert_eq!(hidden(&[2, 3, 12], 5), [true, true, false]);
    assert_eq!(hidden(&[6, 10], 5), [false, false]);
    assert_eq!(hidden(&[0, 5], 5), [true, false], "a pruned group");
    assert_eq!(hidden(&[4, 20], 1), [false, false], "threshold 1 is 3");
    let d = koriyama();
    let mut records: Vec<Record> = (0..6).map(|_| kakaricho(&d, Some(lv(3)), 2025)).collect();
    records.extend((0..2).map(|_| kakaricho(&d, Some(lv(3)), 2024)));
    records.extend((0..7).map(|_| kakaricho(&d, Some(lv(3)), 2023)));
    let s = summarise(&d, &records);
    let f = s.coverage.shown(5);
    assert!(f.total);
    assert_eq!(f.years, [true, false, true], "2023: 7, 2024: 2, 2025: 6");
    assert!(s.coverage.year_shown(2025, 5));
    assert!(!s.coverage.year_shown(2024, 5));
}

#[test]
fn the_kept_summary_has_no_group_below_the_threshold() {
    let d = koriyama();
    // 係長 → 課長: 5 people; 課長 → 部長・次長: 4 people, with reviews.
    let mut records: Vec<Record> = (0..5).map(|_| kakaricho(&d, Some(lv(2)), 2025)).collect();
    for _ in 0..4 {
        let mut r = person(
            &d,
            "jimu-gijutsu",
            Some("kacho"),
            Some("bucho-jicho"),
            2024,
            &|_, _| Some(lv(3)),
        );
        r.review = Some(r.ratings.clone());
        records.push(r);
    }
    let s = summarise(&d, &records);
    assert_eq!(cell(&s, Side::Current, "kacho", "rinri").n(), 4);
    let p = s.pruned(5);
    // The group of 4 is gone, number by number; its place stays, hidden.
    let gone = cell(&p, Side::Current, "kacho", "rinri");
    assert_eq!(gone.n(), 0);
    assert_eq!((gone.below, gone.not_applicable), (0, 0));
    assert!(
        !shown(gone.n(), 3),
        "a pruned cell is hidden at any threshold"
    );
    assert_eq!(
        gone.target,
        Some(Level::Can),
        "the target is the data's, not a count"
    );
    // The group of 5 stays as it was.
    assert_eq!(
        cell(&p, Side::Current, "kakaricho", "rinri"),
        cell(&s, Side::Current, "kakaricho", "rinri")
    );
    // Coverage: 4 at 課長 (in 2024) and 5 at 係長 (in 2025): the 4 is
    // hidden, the 5 and the total of 9 stay.
    assert_eq!(p.coverage.total, 9);
    let by_grade = |p: &Summary, g: &str| {
        p.coverage
            .by_grade
            .iter()
            .find(|(x, _)| x.as_ref().map(|x| x.as_str()) == Some(g))
            .map(|(_, n)| *n)
    };
    assert_eq!(by_grade(&p, "kacho"), Some(0));
    assert_eq!(by_grade(&p, "kakaricho"), Some(5));
    assert_eq!(p.coverage.by_year, [(2024, 0), (2025, 5)]);
    assert_eq!(p.coverage.with_review, 0, "4 files with a review");
    // Versus: 4 people × 2 sides = 8 pairs per ability: kept at 5, gone at 10.
    assert!(p.versus.iter().all(|v| v.pairs == 8));
    assert!(s
        .pruned(10)
        .versus
        .iter()
        .all(|v| v.pairs == 0 && v.difference == 0));
    // Years: 2024's group of 4 keeps no figure; 2025's 5 stay.
    for y in &p.years {
        match y.fiscal_year {
            2024 => assert!(y.people == 0 && y.cells.iter().all(|(_, c)| *c == (0, 0))),
            _ => assert_eq!(y.people, 5),
        }
    }
    // Training by grade follows the grade's coverage: nothing at 課長.
    assert!(p.training.iter().all(|t| t.by_grade.iter().all(|(g, n)| g
        .as_ref()
        .map(|g| g.as_str())
        != Some("kacho")
        || *n == 0)));
    // Keeping it twice changes nothing; raising the threshold only takes out more.
    assert_eq!(p.pruned(5), p);
    assert_eq!(s.pruned(3).current, s.current);
}

#[test]
fn the_csv_opens_in_excel_with_its_japanese_and_no_hidden_number() {
    let d = koriyama();
    let mut records: Vec<Record> = [1, 2, 3, 3, 4, 2]
        .into_iter()
        .map(|n| kakaricho(&d, Some(lv(n)), 2025))
        .collect();
    // A group of 4: 課長 → 部長・次長.
    records.extend((0..4).map(|_| {
        person(
            &d,
            "jimu-gijutsu",
            Some("kacho"),
            Some("bucho-jicho"),
            2025,
            &|_, _| Some(lv(2)),
        )
    }));
    let s = summarise(&d, &records);
    let csv = to_csv(&s, &d, 5, Lang::Ja);
    assert!(csv.starts_with('\u{feff}'), "BOM first");
    assert!(csv.ends_with("\r\n"));
    assert_eq!(
        csv.matches('\n').count(),
        csv.matches("\r\n").count(),
        "every line ends CRLF"
    );
    for heading in [
        "対象",
        "ギャップ（現在の職位）",
        "ギャップ（次の職位）",
        "本人と上司",
        "研修",
        "年度別",
    ] {
        assert!(csv.contains(&format!("\r\n{heading}\r\n")), "{heading}");
    }
    assert!(csv.contains("団体,郡山市\r\n"));
    assert!(csv.contains("①倫理"), "ability names as printed");
    assert!(
        csv.contains("係長 保育所副所長 主任"),
        "grade names as printed"
    );
    // 係長, ①倫理: 6 people, 3 below (1, 2, 2), median 2.5.
    assert!(
        csv.contains("係長 保育所副所長 主任,①倫理,できる,6,50%,2.5,0\r\n"),
        "{csv}"
    );
    // The group of 4 is hidden, and no figure of it is written.
    let hid = "非表示（5人未満）";
    // (A training row counts over everyone, shown; only its columns of
    // hidden grades are hidden, and they are checked below.)
    let training_at = csv.find("\r\n研修\r\n").expect("training section");
    let years_at = csv.find("\r\n年度別\r\n").expect("years section");
    let hidden_lines: Vec<&str> = csv[..training_at]
        .lines()
        .chain(csv[years_at..].lines())
        .filter(|l| l.contains(hid))
        .collect();
    assert!(hidden_lines
        .iter()
        .any(|l| l.starts_with("課長 課長補佐 保育所長,①倫理,")));
    for l in &hidden_lines {
        let rest = l.replace(hid, "");
        let rest = rest.replace("（2025年度）", "");
        assert!(
            !rest.chars().any(|c| c.is_ascii_digit()),
            "a hidden group's line holds a number: {l}"
        );
    }
    assert!(
        csv.contains(&format!(
            "ハラスメントに関する研修,アプリの読み,7,3,{hid}\r\n"
        )),
        "7 people short in ①倫理: 3 at 係長, and 課長's group of 4 hidden"
    );
    // Coverage by grade: 6 shown, 4 hidden.
    assert!(csv.contains(&format!("現在の職位,課長 課長補佐 保育所長,{hid}\r\n")));
    assert!(csv.contains("現在の職位,係長 保育所副所長 主任,6\r\n"));
    assert!(csv.contains("合計,,10\r\n"));
    // No identifier and no date of any file.
    assert!(!csv.contains("2025-06-01"));
    assert!(!csv.contains(".json"));
    // English headings in English; Japanese names stay.
    let en = to_csv(&s, &d, 5, Lang::En);
    assert!(en.starts_with('\u{feff}'));
    assert!(en.contains("Hidden (fewer than 5)"));
    assert!(en.contains("倫理"));
    assert_eq!(
        csv_file_name(&s, NaiveDate::from_ymd_opt(2026, 12, 7).expect("day")),
        "michishirube-office-koriyama-2026-12-07.csv"
    );
}

#[test]
fn the_csv_threshold_cannot_be_set_below_three() {
    let d = koriyama();
    let records: Vec<Record> = (0..3).map(|_| kakaricho(&d, Some(lv(3)), 2025)).collect();
    let s = summarise(&d, &records);
    let csv = to_csv(&s, &d, 1, Lang::Ja);
    assert!(csv.contains("3人未満の集団は表示していません"));
    assert!(csv.contains("係長 保育所副所長 主任,①倫理,できる,3,0%,3.0,0\r\n"));
    let two = summarise(&d, &records[..2]);
    assert!(to_csv(&two, &d, 0, Lang::Ja).contains("合計,,非表示（3人未満）\r\n"));
}

#[test]
fn five_thousand_files_are_summarised_well_under_a_second() {
    let d = koriyama();
    let pairs: Vec<(&str, Option<&str>, Option<&str>)> = vec![
        ("jimu-gijutsu", None, Some("shusa-shuji")),
        ("jimu-gijutsu", Some("shusa-shuji"), Some("kakaricho")),
        ("jimu-gijutsu", Some("kakaricho"), Some("kacho")),
        ("jimu-gijutsu", Some("kacho"), Some("bucho-jicho")),
        ("hoikushi", Some("hoikushi"), Some("kakaricho")),
        ("ginou-romu", Some("ginou-romu"), None),
        ("dx", Some("dx-katsuyo"), Some("dx-suishin")),
    ];
    let records: Vec<Record> = (0..5000u32)
        .map(|k| {
            let (t, c, n) = pairs[k as usize % pairs.len()];
            let fy = 2023 + (k % 3) as i32;
            let mut r = person(&d, t, c, n, fy, &move |item, side| {
                let x = (k + item.len() as u32 + side as u32) % 20;
                Some(match x {
                    0 => Rating::NotApplicable,
                    1..=3 => lv(1),
                    4..=17 => lv(2 + (x % 2) as u8),
                    _ => lv(4),
                })
            });
            if k % 3 == 0 {
                r.review = Some(r.ratings.clone());
            }
            r
        })
        .collect();
    let start = Instant::now();
    let s = summarise(&d, &records);
    let took = start.elapsed();
    eprintln!("summarised 5,000 files in {took:?}");
    assert_eq!(s.coverage.total, 5000);
    assert!(
        took.as_millis() < 1000,
        "summarising 5,000 files took {took:?}"
    );
    let csv_start = Instant::now();
    let csv = to_csv(&s, &d, 5, Lang::Ja);
    assert!(csv_start.elapsed().as_millis() < 200);
    // The gap map's counts add up: every person of a pair is in their
    // current grade's row for every ability they rated at a level.
    let kakaricho = cell(&s, Side::Current, "kakaricho", "rinri");
    let by_hand = records
        .iter()
        .filter(|r| r.current == Position::Grade(id("kakaricho")))
        .filter(|r| {
            r.ratings
                .current
                .get(&id("rinri"))
                .is_some_and(|x| x.level().is_some())
        })
        .count();
    assert_eq!(kakaricho.n() as usize, by_hand);
    assert!(csv.len() > 1000);
}

/// Generated files of a body, written, read and taken in as the office's
/// page does it.
fn taken_in(d: &BodyData, count: usize, seed: u64) -> (Vec<Submission>, Vec<Record>) {
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).expect("day");
    let files = generate(d, count, seed, today);
    let mut intake = Intake::new(d);
    for (i, s) in files.iter().enumerate() {
        intake.add_bytes(d, &format!("{i}-{}", file_name(s)), to_json(s).as_bytes());
    }
    assert!(intake.refused().is_empty(), "{:?}", intake.refused());
    (files, intake.records().to_vec())
}

#[test]
fn the_gap_map_of_generated_files_matches_a_count_made_straight_from_them() {
    for d in [koriyama(), bando()] {
        let (files, records) = taken_in(&d, 300, 7);
        let s = summarise(&d, &records);
        // Counted from the files themselves, not through rate_items: a
        // file writes a rating only on a side whose grade sets a target,
        // and every target of these two bodies is できる (3).
        let mut by_hand: BTreeMap<(Side, Id, Id), [u32; 3]> = BTreeMap::new();
        for f in &files {
            let rows = [
                (
                    Side::Current,
                    &f.ratings.current,
                    match &f.current {
                        Position::Grade(g) => Some(g.clone()),
                        Position::PreEntry => None,
                    },
                ),
                (Side::Next, &f.ratings.next, f.next.clone()),
            ];
            for (side, ratings, grade) in rows {
                let Some(grade) = grade else { continue };
                for (item, r) in ratings {
                    if !d.abilities.iter().any(|a| &a.id == item) {
                        continue;
                    }
                    let c = by_hand
                        .entry((side, grade.clone(), item.clone()))
                        .or_default();
                    match r.level() {
                        Some(l) => {
                            c[0] += 1;
                            c[1] += u32::from(l.value() < 3);
                        }
                        None => c[2] += 1,
                    }
                }
            }
        }
        let mut seen = 0;
        for side in Side::BOTH {
            for ((g, a), c) in &s.map(side).cells {
                let want = by_hand.get(&(side, g.clone(), a.clone())).copied();
                assert_eq!(
                    Some([c.n(), c.below, c.not_applicable]),
                    want,
                    "{} {side:?} {g} × {a}",
                    d.body.id
                );
                seen += 1;
            }
        }
        assert_eq!(
            seen,
            by_hand.len(),
            "{}: every counted cell is on the map",
            d.body.id
        );
        assert_eq!(s.coverage.total, 300);
        assert_eq!(
            s.coverage.with_review as usize,
            files.iter().filter(|f| f.review.is_some()).count()
        );
    }
}

#[test]
fn the_csv_of_generated_files_holds_no_identifier_no_file_name_and_no_note() {
    let d = koriyama();
    let (files, records) = taken_in(&d, 200, 3);
    let s = summarise(&d, &records);
    for lang in Lang::ALL {
        let csv = to_csv(&s, &d, DEFAULT_THRESHOLD, lang);
        for f in &files {
            if let Some(staff) = &f.staff_id {
                assert!(!csv.contains(staff.as_str()), "{staff}");
            }
            for note in f
                .notes
                .iter()
                .flat_map(|n| n.current.values().chain(n.next.values()))
            {
                assert!(!csv.contains(note.as_str()), "{note}");
            }
        }
        assert!(!csv.contains("michishirube-submission"));
        assert!(!csv.contains(".json"));
    }
    // Nor does the summary kept on the device.
    let kept = serde_json::to_string(&s.pruned(DEFAULT_THRESHOLD)).expect("json");
    assert!(files
        .iter()
        .filter_map(|f| f.staff_id.as_deref())
        .all(|staff| !kept.contains(staff)));
}

#[test]
fn five_thousand_generated_files_are_summarised_well_under_a_second() {
    let d = koriyama();
    let (_, records) = taken_in(&d, 5000, 2026);
    let start = Instant::now();
    let s = summarise(&d, &records);
    let took = start.elapsed();
    eprintln!("summarised 5,000 generated files in {took:?}");
    assert!(took.as_millis() < 1000, "{took:?}");
    assert_eq!(s.coverage.total, 5000);
}
