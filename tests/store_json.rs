//! The app's hand-written reader of the stored document
//! (`core::store_json`) against serde's derived one, which writes the
//! document and is the reference: on every stored fixture and under random
//! mutations it must never accept what serde refuses, must read what it
//! accepts identically, and may refuse only the one shape serde's generated
//! code takes that the app never writes (a struct written as an array of
//! its fields).

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::mutate::{agrees, apply, cases, mutation};
use michishirube::core::store::{parse, StoredDoc};
use michishirube::core::store_json::read_stored;
use proptest::prelude::*;
use serde_json::Value;
use std::path::Path;

fn fixture(version: u32) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/stored/v{version}.json"));
    std::fs::read_to_string(path).expect("fixture")
}

/// The current version's fixture, which holds every kind of stored item.
fn current() -> Value {
    serde_json::from_str(&fixture(5)).expect("JSON")
}

#[test]
fn the_current_fixture_reads_the_same_by_hand_as_through_serde() {
    let v = current();
    let by_serde: StoredDoc = serde_json::from_value(v.clone()).expect("serde reads it");
    let by_hand = read_stored(&v).expect("the hand reader reads it");
    assert_eq!(by_hand, by_serde);
    assert!(by_hand.assessment.is_some() && !by_hand.snapshots.is_empty());
    assert!(
        !by_hand.plan.is_empty() && !by_hand.engagement.is_empty() && !by_hand.reviews.is_empty()
    );
}

#[test]
fn every_earlier_fixture_migrates_and_reads_as_serde_reads_what_it_writes() {
    for version in 1..=5 {
        let doc = parse(&fixture(version)).expect("migrates and reads");
        let again: StoredDoc =
            serde_json::from_str(&doc.to_json()).expect("serde reads what serde wrote");
        assert_eq!(doc, again, "v{version}");
        let text = doc.to_json();
        assert_eq!(parse(&text).expect("read by hand"), doc, "v{version}");
    }
}

#[test]
fn a_field_the_reader_does_not_know_is_passed_over_and_a_wrong_one_is_named() {
    let mut v = current();
    v["added_later"] = "x".into();
    v["plan"][0]["also_later"] = 1.into();
    let by_serde: StoredDoc = serde_json::from_value(v.clone()).expect("serde passes over them");
    assert_eq!(read_stored(&v).expect("so does the hand reader"), by_serde);

    v["plan"][1]["status"] = "someday".into();
    let e = read_stored(&v).expect_err("not a status");
    assert_eq!(e.path, "plan[1].status");
    assert!(
        e.message.contains("「someday」は使えません"),
        "{}",
        e.message
    );
}

/// Values that test the stored types: wrong kinds, edge numbers, the
/// enums' names and forms, dates, ids and the empty containers.
fn scalars() -> Vec<Value> {
    serde_json::from_str(
        r#"[null, true, false, 0, 1, 4, 5, -1, 1.5, 2147483648, 4294967296, "", "x",
            "2026-04-01", "2026-02-30", "not_applicable", "planned", "done", "pre_entry",
            {"level": 3}, {"level": 0}, {"grade": "kacho"}, {"fiscal_year": 2027},
            {"date": "2027-01-01"}, {"pre_entry": null}, "a b", "-a", {}, [], [""]]"#,
    )
    .expect("scalars")
}

const KEYS: [&str; 8] = [
    "rating", "note", "label", "offering", "level", "grade", "steps", "x",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn under_mutation_the_stored_reader_agrees_with_serde_or_refuses_only_the_array_form(
        ms in proptest::collection::vec(mutation(), 1..4),
    ) {
        let mut v = current();
        for m in &ms {
            apply(&mut v, m, &scalars(), &KEYS);
        }
        agrees(read_stored(&v), serde_json::from_value::<StoredDoc>(v.clone()))?;
    }
}

#[test]
fn a_number_too_large_for_its_field_is_named_with_its_digits() {
    let mut v = current();
    v["assessment"]["selection"]["entry_year"] = 2_147_483_648_i64.into();
    let e = read_stored(&v).expect_err("too large for an i32");
    assert_eq!(e.path, "assessment.selection.entry_year");
    assert_eq!(e.message, "数 2147483648 が大きすぎます");
    let mut v = current();
    v["plan"][0]["id"] = 4_294_967_296_u64.into();
    let e = read_stored(&v).expect_err("too large for a u32");
    assert_eq!(e.message, "数 4294967296 が大きすぎます");
}
