//! Hostile input: generated and mutated documents thrown at the stored-
//! document parser and the import path. Nothing may panic, and a rejected
//! import must leave the stored document exactly as it was.
//!
//! Four properties × 2,500 cases = 10,000 documents per run (set
//! `PROPTEST_CASES` to change the per-property count).
#![cfg(not(target_arch = "wasm32"))]

use michishirube::core::id::Id;
use michishirube::core::load::load_dir;
use michishirube::core::model::BodyData;
use michishirube::core::store::{parse, StoredDoc};
use michishirube::core::transfer::{apply, check_ids, export, read_import, Mode};
use proptest::prelude::*;
use serde_json::Value;
use std::path::Path;
use std::sync::OnceLock;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_500)
}

fn bodies() -> &'static Vec<BodyData> {
    static B: OnceLock<Vec<BodyData>> = OnceLock::new();
    B.get_or_init(|| {
        load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies"))
            .expect("data")
            .into_iter()
            .map(|(_, d)| d)
            .collect()
    })
}

fn valid_doc() -> StoredDoc {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stored/v3.json"),
    )
    .expect("fixture");
    parse(&text).expect("valid")
}

/// The import path as the app runs it: read, check ids, then apply. Returns
/// the stored document afterwards.
fn try_import(stored: &StoredDoc, text: &str) -> StoredDoc {
    let lookup = |id: &Id| bodies().iter().find(|b| &b.body.id == id);
    match read_import(text).and_then(|doc| check_ids(&doc, lookup).map(|_| doc)) {
        Ok(doc) => apply(stored, &doc, Mode::Merge),
        Err(_) => stored.clone(),
    }
}

/// Arbitrary JSON, a few levels deep, with keys the app uses so the parser
/// gets past the first checks often.
fn json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("version".to_owned()),
        Just("kind".to_owned()),
        Just("data".to_owned()),
        Just("assessment".to_owned()),
        Just("snapshots".to_owned()),
        Just("plan".to_owned()),
        Just("engagement".to_owned()),
        Just("selection".to_owned()),
        Just("body".to_owned()),
        "[a-z_]{1,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (0u32..5).prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        Just(Value::from("michishirube-export")),
        Just(Value::from("koriyama")),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// A valid export, mutated: bytes flipped, cut short, spliced.
fn mutated_export() -> impl Strategy<Value = String> {
    let base = export(
        &valid_doc(),
        chrono::NaiveDate::from_ymd_opt(2026, 11, 21).expect("date"),
    );
    let len = base.len();
    (
        prop::collection::vec((0..len, any::<u8>()), 0..8),
        0..=len,
        prop::option::of((0..len, ".{0,16}")),
    )
        .prop_map(move |(flips, cut, splice)| {
            let mut bytes = base.clone().into_bytes();
            for (i, b) in flips {
                bytes[i] = b;
            }
            bytes.truncate(cut.max(1));
            let mut text = String::from_utf8_lossy(&bytes).into_owned();
            if let Some((at, s)) = splice {
                let at = (0..=at.min(text.len()))
                    .rev()
                    .find(|i| text.is_char_boundary(*i))
                    .unwrap_or(0);
                text.insert_str(at, &s);
            }
            text
        })
}

/// A valid export with one JSON value somewhere inside replaced.
fn structurally_mutated_export() -> impl Strategy<Value = String> {
    (json(), any::<prop::sample::Index>()).prop_map(|(replacement, which)| {
        let mut v: Value = serde_json::from_str(&export(
            &valid_doc(),
            chrono::NaiveDate::from_ymd_opt(2026, 11, 21).expect("date"),
        ))
        .expect("json");
        fn size(v: &Value) -> usize {
            1 + match v {
                Value::Array(a) => a.iter().map(size).sum(),
                Value::Object(o) => o.values().map(size).sum(),
                _ => 0,
            }
        }
        let i = which.index(size(&v));
        let mut count = 0usize;
        fn replace(v: &mut Value, target: usize, count: &mut usize, with: &Value) -> bool {
            if *count == target {
                *v = with.clone();
                return true;
            }
            *count += 1;
            match v {
                Value::Array(a) => a.iter_mut().any(|x| replace(x, target, count, with)),
                Value::Object(o) => o.values_mut().any(|x| replace(x, target, count, with)),
                _ => false,
            }
        }
        replace(&mut v, i, &mut count, &replacement);
        v.to_string()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_json_never_panics_the_stored_document_parser(v in json()) {
        let _ = parse(&v.to_string());
    }

    #[test]
    fn a_rejected_import_of_arbitrary_json_leaves_stored_data_unchanged(v in json()) {
        let stored = valid_doc();
        let text = v.to_string();
        let after = try_import(&stored, &text);
        if read_import(&text).is_err() {
            prop_assert_eq!(after, stored);
        }
    }

    #[test]
    fn byte_mutations_of_a_real_export_never_panic_and_never_corrupt(text in mutated_export()) {
        let stored = valid_doc();
        let _ = parse(&text);
        let after = try_import(&stored, &text);
        // Merging an accepted file never loses anything already stored.
        prop_assert!(after.snapshots.len() >= stored.snapshots.len());
        prop_assert!(after.plan.len() >= stored.plan.len());
        prop_assert_eq!(&after.assessment, &stored.assessment);
    }

    #[test]
    fn structural_mutations_of_a_real_export_are_either_valid_or_rejected_cleanly(text in structurally_mutated_export()) {
        let stored = valid_doc();
        let after = try_import(&stored, &text);
        if let Ok(doc) = read_import(&text) {
            // Whatever is accepted round-trips through export unchanged.
            let again = read_import(&export(&doc, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date")));
            prop_assert_eq!(again.ok(), Some(doc));
        } else {
            prop_assert_eq!(after, stored);
        }
    }
}
