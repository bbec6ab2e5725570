//! The hand-written writer of the stored document and of what the app
//! hands the pages module (`core::json_out`) against serde's derived one,
//! which the pages module and the native tools read and write with: on
//! every stored fixture, under random mutations, and for every body's
//! index entry, the two must write the same bytes.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::mutate::{apply, cases, mutation};
use michishirube::core::frameworks::{parse_store, FrameworkStore, Imported};
use michishirube::core::index::build_index;
use michishirube::core::json_out::to_json;
use michishirube::core::load::load_dir;
use michishirube::core::model::{Basis, Label};
use michishirube::core::store::{parse, StoredDoc};
use proptest::prelude::*;
use serde_json::Value;
use std::path::Path;

fn fixture(version: u32) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/stored/v{version}.json"));
    std::fs::read_to_string(path).expect("fixture")
}

fn by_serde<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("serde writes it")
}

#[test]
fn every_stored_fixture_is_written_by_hand_byte_for_byte_as_serde_writes_it() {
    for version in 1..=5 {
        let doc = parse(&fixture(version)).expect("migrates and reads");
        assert_eq!(doc.to_json(), by_serde(&doc), "v{version}");
    }
    let doc = parse(&fixture(5)).expect("reads");
    assert!(doc.assessment.is_some() && !doc.reviews.is_empty() && !doc.engagement.is_empty());
}

#[test]
fn an_empty_document_and_one_without_an_assessment_are_written_as_serde_writes_them() {
    let doc = StoredDoc::default();
    assert_eq!(doc.to_json(), by_serde(&doc));
    let mut doc = parse(&fixture(5)).expect("reads");
    doc.assessment = None;
    assert_eq!(doc.to_json(), by_serde(&doc));
}

#[test]
fn every_character_a_person_can_type_is_escaped_as_serde_escapes_it() {
    let mut all: String = (0u32..0x80).filter_map(char::from_u32).collect();
    all.push_str("職位\u{2028}\u{feff}😀\u{7f}\u{80}");
    for s in [all.as_str(), "", "\"", "\\", "a\u{1}b", "末尾\n"] {
        assert_eq!(to_json(&s.to_owned()), by_serde(&s), "{s:?}");
    }
}

#[test]
fn days_far_from_today_are_written_as_chrono_writes_them() {
    for (y, m, d) in [
        (2026, 4, 1),
        (1, 1, 1),
        (0, 12, 31),
        (9999, 12, 31),
        (10000, 1, 1),
        (-1, 6, 30),
        (-12345, 2, 28),
    ] {
        let day = chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a day");
        assert_eq!(to_json(&day), by_serde(&day), "{day:?}");
    }
}

#[test]
fn every_bodys_index_entry_and_every_form_of_label_are_written_as_serde_writes_them() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies");
    let bodies = load_dir(&dir).expect("the bodies load");
    let index = build_index(bodies.iter().map(|(_, b)| b));
    assert!(index.bodies.len() >= 5);
    for e in &index.bodies {
        assert_eq!(to_json(e), by_serde(e), "{}", e.id);
    }
    let plain = Label {
        ja: "課長".into(),
        ..Label::default()
    };
    let full = Label {
        ja: "課長".into(),
        en: Some("Section chief".into()),
        basis: Basis::App,
        note: Some("注".into()),
    };
    let english = Label {
        en: Some("Chief".into()),
        ..plain.clone()
    };
    for l in [plain, full, english] {
        assert_eq!(to_json(&l), by_serde(&l));
    }
}

#[test]
fn stored_frameworks_are_written_as_one_text_the_reader_takes_back_unchanged() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies");
    let bodies = load_dir(&dir).expect("the bodies load");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 5).expect("a day");
    let mut fw = FrameworkStore::default();
    for (file, data) in bodies.into_iter().take(2) {
        fw.bodies
            .push(Imported::from_data(format!("{file} \"写し\""), day, data));
    }
    let text = fw.to_json();
    let v: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(v["version"], fw.version);
    assert_eq!(v["bodies"][0]["imported"], "2026-12-05");
    assert!(text.contains(r#"\"写し\""#));
    let (back, set_aside) = parse_store(&text).expect("read back");
    assert!(set_aside.is_empty(), "{set_aside:?}");
    assert_eq!(back.bodies.len(), 2);
    assert_eq!(back.to_json(), text);
}

/// Values the mutated documents take: edge numbers, names, dates, and
/// texts with what must be escaped.
fn scalars() -> Vec<Value> {
    serde_json::from_str(
        r#"[null, true, false, 0, 1, 4, 5, -1, 2147483647, -2147483648, 4294967295, "",
            "x", "2026-04-01", "0001-01-01", "not_applicable", "planned", "in_progress",
            "done", "pre_entry", {"level": 3}, {"level": 1}, {"grade": "kacho"},
            {"fiscal_year": 2027}, {"date": "2027-01-01"}, "改行\n\"引用\"\t\\ \u0001",
            "a b", {}, [], [""]]"#,
    )
    .expect("scalars")
}

const KEYS: [&str; 10] = [
    "rating",
    "note",
    "label",
    "offering",
    "level",
    "grade",
    "steps",
    "fiscal_year",
    "entry_year",
    "x",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn any_document_serde_reads_is_written_by_hand_as_serde_writes_it(
        ms in proptest::collection::vec(mutation(), 1..4),
    ) {
        let mut v: Value = serde_json::from_str(&fixture(5)).expect("JSON");
        for m in &ms {
            apply(&mut v, m, &scalars(), &KEYS);
        }
        if let Ok(doc) = serde_json::from_value::<StoredDoc>(v) {
            prop_assert_eq!(doc.to_json(), by_serde(&doc));
        }
    }
}
