//! Export and import: a round trip is identical; bad files are refused with
//! a clear message before anything changes; merge and replace do what the
//! preview says.
#![cfg(not(target_arch = "wasm32"))]

use michishirube::core::id::Id;
use michishirube::core::load::load_file;
use michishirube::core::model::BodyData;
use michishirube::core::store::{parse, StoreError, StoredDoc};
use michishirube::core::transfer::{
    apply, check_ids, export, file_name, preview, read_import, ImportError, Mode, MAX_IMPORT_BYTES,
};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn stored() -> StoredDoc {
    parse(&std::fs::read_to_string(root().join("tests/fixtures/stored/v3.json")).expect("fixture"))
        .expect("parse")
}

fn koriyama() -> BodyData {
    load_file(&root().join("data/bodies/koriyama.toml")).expect("data")
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 21).expect("date")
}

#[test]
fn export_then_import_gives_back_the_same_document() {
    let doc = stored();
    let text = export(&doc, today());
    let back = read_import(&text).expect("import");
    assert_eq!(back, doc);
    assert_eq!(apply(&StoredDoc::new(), &back, Mode::Replace), doc);
}

#[test]
fn the_file_name_carries_the_date() {
    assert_eq!(file_name(today()), "michishirube-2026-11-21.json");
}

#[test]
fn an_export_from_version_1_is_migrated_on_import() {
    let v1 = std::fs::read_to_string(root().join("tests/fixtures/stored/v1.json")).expect("v1");
    let text = format!(r#"{{"kind":"michishirube-export","exported":"2026-05-01","data":{v1}}}"#);
    let doc = read_import(&text).expect("import");
    assert!(doc.plan.is_empty());
    assert_eq!(doc.snapshots.len(), 1);
}

/// Recognises the expected error.
type Is = fn(&ImportError) -> bool;

#[test]
fn bad_files_are_refused_with_a_clear_message() {
    let cases: Vec<(String, Is, &str)> = vec![
        ("これはJSONではありません".into(), |e| *e == ImportError::NotJson, "JSON 形式ではない"),
        (r#"{"kind":"other-app","data":{}}"#.into(), |e| *e == ImportError::NotOurs, "道しるべから書き出した"),
        (r#"{"version":2}"#.into(), |e| *e == ImportError::NotOurs, "道しるべから書き出した"),
        (
            r#"{"kind":"michishirube-export","exported":"2026-01-01","data":{"version":99}}"#.into(),
            |e| *e == ImportError::Store(StoreError::Newer(99)),
            "新しい版",
        ),
        (
            r#"{"kind":"michishirube-export","exported":"2026-01-01","data":{"version":2,"plan":"x"}}"#.into(),
            |e| matches!(e, ImportError::Store(StoreError::Shape(_))),
            "ファイルの一部（計画）が想定と異なる",
        ),
        (" ".repeat(MAX_IMPORT_BYTES + 1), |e| matches!(e, ImportError::TooLarge(_)), "大きすぎます"),
    ];
    for (text, is, words) in cases {
        let e = read_import(&text).expect_err("must be refused");
        assert!(is(&e), "{e:?}");
        assert!(e.to_string().contains(words), "{e}");
    }
}

#[test]
fn unknown_bodies_and_ids_are_refused_by_name() {
    let k = koriyama();
    let lookup = |id: &Id| (id.as_str() == "koriyama").then_some(&k);
    assert_eq!(check_ids(&stored(), lookup), Ok(()));

    let text = export(&stored(), today()).replace("\"kacho\"", "\"no-such-grade\"");
    let doc = read_import(&text).expect("shape is fine");
    let e = check_ids(&doc, lookup).expect_err("unknown grade");
    assert!(
        matches!(&e, ImportError::UnknownIds { ids, .. } if ids.iter().any(|i| i.as_str() == "no-such-grade"))
    );
    assert!(e.to_string().contains("no-such-grade"));

    let text = export(&stored(), today()).replace("\"koriyama\"", "\"atlantis\"");
    let doc = read_import(&text).expect("shape is fine");
    assert!(
        matches!(check_ids(&doc, lookup), Err(ImportError::UnknownBody(b)) if b.as_str() == "atlantis")
    );
}

#[test]
fn merge_adds_what_is_new_and_the_preview_says_so() {
    let mine = stored();
    let mut theirs = stored();
    std::rc::Rc::make_mut(&mut theirs.snapshots)[0].label = Some("別の端末".into());
    theirs.plan.truncate(1);
    let p = preview(&mine, &theirs, Mode::Merge);
    assert_eq!(
        (
            p.snapshots_added,
            p.snapshots_removed,
            p.plan_added,
            p.plan_removed
        ),
        (1, 0, 0, 0)
    );
    assert!(
        !p.assessment_changes,
        "merge keeps the assessment in progress"
    );
    let merged = apply(&mine, &theirs, Mode::Merge);
    assert_eq!(merged.snapshots.len(), 2);
    assert_ne!(merged.snapshots[0].id, merged.snapshots[1].id, "fresh ids");
    // Merging the same file again adds nothing.
    assert_eq!(apply(&merged, &theirs, Mode::Merge), merged);

    let r = preview(&mine, &StoredDoc::new(), Mode::Replace);
    assert_eq!(
        (r.snapshots_removed, r.plan_removed, r.assessment_changes),
        (1, 2, true)
    );
}

#[test]
fn survey_answers_outside_the_scale_are_refused() {
    let k = koriyama();
    let lookup = |id: &Id| (id.as_str() == "koriyama").then_some(&k);
    let text = export(&stored(), today()).replace("\"kenshu-1\": 5", "\"kenshu-1\": 9");
    let doc = read_import(&text).expect("shape is fine");
    let e = check_ids(&doc, lookup).expect_err("out of scale");
    assert!(
        matches!(&e, ImportError::AnswerOutOfScale { value: 9, .. }),
        "{e:?}"
    );
    assert!(e.to_string().contains("範囲外"));
}

#[test]
fn an_export_of_a_worded_tables_assessment_imports_against_its_body_and_names_an_unknown_ability() {
    use michishirube::core::assess::{Assessment, Entry, Position, Selection};
    use michishirube::core::scale::{Level, Rating};
    let d = load_file(&root().join("tests/fixtures/standard-town.toml")).expect("fixture");
    let id = |s: &str| Id::parse(s).expect("id");
    let mut a = Assessment::new(Selection {
        body: id("bando"),
        track: id("ippan"),
        current: Position::Grade(id("kacho")),
        next: Some(id("bucho")),
        entry_year: None,
        grade_year: None,
        data_version: Some(d.version_tag()),
    });
    let can = Entry {
        rating: Some(Rating::Level(Level::Can)),
        note: String::new(),
    };
    a.current.insert(id("rinrikan"), can.clone());
    a.next.insert(id("rinrikan"), can.clone());
    a.next.insert(id("vision-settei"), can.clone());
    let mut doc = StoredDoc::new();
    doc.assessment = Some(a.clone());
    let back = read_import(&export(&doc, today())).expect("import");
    assert_eq!(back, doc);
    check_ids(&back, |b| (b == &d.body.id).then_some(&d)).expect("every id is the body's");
    // A rating of an ability the body does not word is named.
    let mut other = doc.clone();
    if let Some(x) = other.assessment.as_mut() {
        x.next.insert(id("kyocho"), can);
    }
    assert_eq!(
        check_ids(&other, |b| (b == &d.body.id).then_some(&d)),
        Err(ImportError::UnknownIds {
            body: id("bando"),
            ids: vec![id("kyocho")]
        })
    );
}
