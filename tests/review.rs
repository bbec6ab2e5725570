//! The 1on1 loop over real bodies: a fully rated share of every body's
//! grade pairs reads back as it was, its size and whether it fits a QR
//! code; a review shared back compares item by item; and the CSV for
//! Excel keeps its Japanese.
#![cfg(not(target_arch = "wasm32"))]

use michishirube::core::assess::{
    analysis_of, rate_items, Assessment, Entry, Position, Selection, Side,
};
use michishirube::core::csv::{assessment_csv, BOM};
use michishirube::core::id::Id;
use michishirube::core::lang::Lang;
use michishirube::core::load::{load_dir, load_file};
use michishirube::core::model::BodyData;
use michishirube::core::plan::{PlanItem, Status, When};
use michishirube::core::review::{compare, differing, AgreedStep, ReviewBody, Verdict};
use michishirube::core::scale::{Level, Rating};
use michishirube::core::share::{
    check, decode, encode, share_assessment, share_review, url, Contents, Share,
};
use qrcodegen::{QrCode, QrCodeEcc};
use std::path::Path;

fn day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")
}

fn koriyama() -> BodyData {
    load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies/koriyama.toml"))
        .expect("koriyama")
}

/// Notes as a person might write them: each item's own situation.
const NOTES: [&str; 7] = [
    "窓口で制度の説明を担当し、問い合わせに一人で対応した。",
    "係の業務改善で、申請書の様式を見直す案をまとめた。",
    "新規採用職員の指導係として、半年間OJTを担当した。",
    "議会答弁の資料作成を補助し、課長の確認を受けた。",
    "災害対応の訓練で、避難所の運営班を取りまとめた。",
    "予算要求の積算を初めて担当し、財政課との調整を経験した。",
    "住民説明会で質問に答えきれず、後日文書で回答した。",
];

/// An assessment of a grade pair with every item rated, and a note on each.
fn fully_rated(d: &BodyData, track: &Id, cur: &Id, next: &Id) -> Assessment {
    let mut a = Assessment::new(Selection {
        body: d.body.id.clone(),
        track: track.clone(),
        current: Position::Grade(cur.clone()),
        next: Some(next.clone()),
        entry_year: Some(2015),
        grade_year: Some(2022),
        data_version: Some(d.version_tag()),
    });
    for (i, it) in rate_items(d, Some(cur), Some(next)).iter().enumerate() {
        for side in it.rated_sides() {
            a.side_mut(side).insert(
                it.id.clone(),
                Entry {
                    rating: Some(Rating::Level(Level::ALL[i % 4])),
                    note: NOTES[(i * 2 + side as usize) % NOTES.len()].into(),
                },
            );
        }
    }
    a
}

/// The version of the smallest QR code (error correction L) that holds the
/// share's address, if any does.
fn qr_version(text: &str) -> Option<i32> {
    QrCode::encode_text(text, QrCodeEcc::Low)
        .ok()
        .map(|q| q.version().value() as i32)
}

#[test]
fn every_bodys_fully_rated_share_reads_back_and_its_size_is_reported() {
    let bodies =
        load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies")).expect("data");
    let app = "https://www.example.lg.jp/michishirube/";
    println!("| body | grade pair | ratings | share, ratings only | with notes | QR (ratings only / with notes) |");
    println!("|---|---|---:|---:|---:|---|");
    for (_, d) in &bodies {
        // The pair with the most items: the largest share the body makes.
        let mut best: Option<(usize, Id, Id, Id)> = None;
        for t in &d.tracks {
            for w in t.ladder.windows(2) {
                let n = rate_items(d, Some(&w[0]), Some(&w[1]))
                    .iter()
                    .map(|i| i.rated_sides().len())
                    .sum();
                if n > 0 && best.as_ref().is_none_or(|b| n > b.0) {
                    best = Some((n, t.id.clone(), w[0].clone(), w[1].clone()));
                }
            }
        }
        let Some((n, track, cur, next)) = best else {
            println!("| {} | — | 0 | — | — | (nothing to rate) |", d.body.name.ja);
            continue;
        };
        let a = fully_rated(d, &track, &cur, &next);
        let plain = encode(&share_assessment(&a, &[], Contents::default(), day()));
        let notes = encode(&share_assessment(
            &a,
            &[],
            Contents {
                notes: true,
                plan: false,
            },
            day(),
        ));
        for text in [&plain, &notes] {
            let share = decode(text).expect("reads back");
            check(&share, d).expect("checks against its body");
            let Share::Assessment(s) = &share else {
                panic!("an assessment")
            };
            assert_eq!(s.current.len() + s.next.len(), n);
            assert_eq!(s.selection.entry_year, None);
        }
        let (u1, u2) = (url(app, &plain), url(app, &notes));
        let qr = |u: &str| {
            qr_version(u).map_or("does not fit".to_owned(), |v| format!("fits (version {v})"))
        };
        println!(
            "| {} | {} → {} | {n} | {} chars | {} chars | {} / {} |",
            d.body.name.ja,
            d.grade_name(&cur, Lang::Ja),
            d.grade_name(&next, Lang::Ja),
            u1.len(),
            u2.len(),
            qr(&u1),
            qr(&u2)
        );
        assert!(
            qr_version(&u1).is_some(),
            "{}: a ratings-only share fits a QR code",
            d.body.id
        );
    }
}

#[test]
fn a_review_shared_back_compares_item_by_item_and_three_changed_ratings_are_exactly_the_three_that_differ(
) {
    let d = koriyama();
    let (track, cur, next) = (
        Id::parse("jimu-gijutsu").expect("id"),
        Id::parse("kakaricho").expect("id"),
        Id::parse("kacho").expect("id"),
    );
    let a = fully_rated(&d, &track, &cur, &next);
    let Share::Assessment(sent) = decode(&encode(&share_assessment(
        &a,
        &[],
        Contents::default(),
        day(),
    )))
    .expect("reads") else {
        panic!("an assessment")
    };
    // The supervisor starts from the employee's ratings and changes three.
    let mut given = ReviewBody {
        role: "課長（一次評価者）".into(),
        ..ReviewBody::default()
    };
    given.current = sent.current.clone();
    given.next = sent.next.clone();
    let changed: Vec<Id> = sent.current.keys().take(3).cloned().collect();
    for id in &changed {
        let r = given.current.get_mut(id).expect("rated");
        *r = match r.level() {
            Some(Level::CanTeach) => Rating::Level(Level::Partly),
            _ => Rating::Level(Level::CanTeach),
        };
        given.comments.insert(
            id.clone(),
            format!("{id}：場面を具体的に、話し合いましょう"),
        );
    }
    given.overall = "来年度は、企画に関わる機会を増やしましょう。".into();
    given.steps.push(AgreedStep {
        text: "政策形成研修".into(),
        offering: None,
        fiscal_year: Some(2027),
    });
    let back = decode(&encode(&share_review(&a.selection, &given, day()))).expect("reads back");
    check(&back, &d).expect("checks");
    let Share::Review(r) = back else {
        panic!("a review")
    };
    assert!(r.matches(&a));
    let kept = r.to_review(1, day());
    let rows = compare(&analysis_of(&d, &a), &kept.given);
    let mut differ = differing(&rows);
    differ.sort();
    let mut expected = changed.clone();
    expected.sort();
    assert_eq!(differ, expected);
    assert!(rows
        .iter()
        .filter(|r| !changed.contains(&r.item))
        .all(|r| r.verdict == Verdict::Agree));

    // The CSV for Excel: BOM, UTF-8, the Japanese as written.
    let plan = [PlanItem {
        id: 1,
        body: d.body.id.clone(),
        offering: None,
        title: "政策形成研修, 後期".into(),
        when: When::FiscalYear(2027),
        status: Status::Planned,
        note: String::new(),
    }];
    let csv = assessment_csv(&d, &a, Some(&kept), &plan, Lang::Ja);
    assert!(csv.starts_with(BOM));
    let bytes = csv.as_bytes();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "UTF-8 with a BOM");
    assert!(csv.contains("郡山市") && csv.contains("課長（一次評価者）"));
    assert!(
        csv.contains("\"政策形成研修, 後期\""),
        "a comma in a field is quoted"
    );
    assert!(csv.contains("自己評価が高い") || csv.contains("自己評価が低い"));
    assert!(csv.lines().count() > rows.len());
    assert!(csv.contains("\r\n"));
    let _ = Side::Current;
}

fn standard() -> BodyData {
    load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/standard-town.toml"))
        .expect("standard-town")
}

fn id(s: &str) -> Id {
    Id::parse(s).expect("id")
}

#[test]
fn a_review_of_a_worded_table_travels_compares_per_grade_and_its_csv_names_both_wordings() {
    let d = standard();
    let a = fully_rated(&d, &id("ippan"), &id("kacho"), &id("bucho"));
    // 4 new at 部長, 倫理観 on both sides, 住民との協働意識 on both, 責任感 on 課長.
    assert_eq!(a.current.len() + a.next.len(), 9);
    let shared = encode(&share_assessment(
        &a,
        &[],
        Contents {
            notes: true,
            plan: false,
        },
        day(),
    ));
    let Share::Assessment(sent) = decode(&shared).expect("reads back") else {
        panic!("an assessment")
    };
    check(&Share::Assessment(sent.clone()), &d).expect("checks against its body");
    // Every rating and note travels (years of service stay at home).
    let got = sent.to_assessment();
    assert_eq!((&got.current, &got.next), (&a.current, &a.next));

    // The supervisor rates 倫理観 differently against 部長 only.
    let mut given = ReviewBody {
        role: "部長（一次評価者）".into(),
        ..ReviewBody::default()
    };
    given.current = sent.current.clone();
    given.next = sent.next.clone();
    let own = *given.next.get(&id("rinrikan")).expect("rated against 部長");
    given.next.insert(
        id("rinrikan"),
        match own.level() {
            Some(Level::CanTeach) => Rating::Level(Level::NotYet),
            _ => Rating::Level(Level::CanTeach),
        },
    );
    let back = decode(&encode(&share_review(&a.selection, &given, day()))).expect("reads");
    check(&back, &d).expect("checks");
    let Share::Review(r) = back else {
        panic!("a review")
    };
    assert!(r.matches(&a));
    let kept = r.to_review(1, day());
    let rows = compare(&analysis_of(&d, &a), &kept.given);
    assert_eq!(differing(&rows), [id("rinrikan")]);
    let rinri: Vec<_> = rows.iter().filter(|r| r.item == id("rinrikan")).collect();
    assert_eq!(rinri.len(), 2, "asked once per grade, compared per grade");
    assert_eq!(rinri[0].verdict, Verdict::Agree);
    assert_ne!(rinri[1].verdict, Verdict::Agree);

    // The CSV: the item by name, one row per grade, each with its own words.
    let csv = assessment_csv(&d, &a, Some(&kept), &[], Lang::Ja);
    assert!(csv.contains("職位の文"));
    let lines: Vec<&str> = csv.split("\r\n").collect();
    let rinri_rows: Vec<&&str> = lines
        .iter()
        .filter(|l| l.starts_with(",倫理観,態度,"))
        .collect();
    assert_eq!(rinri_rows.len(), 2, "{csv}");
    assert!(rinri_rows[0].contains(",課長,"));
    assert!(rinri_rows[1].contains(",部長,"));
    assert!(!rinri_rows[0].contains("服務規律を守り"));
    assert!(
        rinri_rows[1].contains("服務規律を守り、職場全体のより良い風土作りに努めることができる。")
    );
    assert!(csv.contains(",危機管理力,能力,部長,,"));
    // Kept (the same words at both grades) is asked once: both rows carry its note.
    let kept_rows: Vec<&&str> = lines
        .iter()
        .filter(|l| l.starts_with(",住民との協働意識,"))
        .collect();
    assert_eq!(kept_rows.len(), 2);
    let note_of = |l: &str| NOTES.iter().find(|n| l.contains(*n)).copied();
    assert!(note_of(kept_rows[0]).is_some() && note_of(kept_rows[0]) == note_of(kept_rows[1]));
}
