//! The browser's hand-written model reader (`core::model_json`) against
//! serde's derived one, which reads the TOML authoring files and is the
//! reference. On the five bodies they must read the same model; under
//! random mutations of those bodies' JSON the hand reader must never accept
//! what serde refuses, must read what it accepts identically, and may refuse
//! only the one shape serde's generated code takes that the data format
//! does not document (a struct written as an array of its fields). The
//! index of bodies, read by hand too, is held to the same.

#![cfg(not(target_arch = "wasm32"))]

use michishirube::core::index::{build_index, prefecture_indexes, Index, PrefectureIndex};
use michishirube::core::load::load_dir;
use michishirube::core::model::BodyData;
use michishirube::core::model_json::{read_body, read_index, read_prefecture_index};
mod common;

use common::mutate::{agrees, apply, cases, mutation};
use proptest::prelude::*;
use serde_json::Value;
use std::path::Path;
use std::sync::OnceLock;

/// The five bodies as the build writes them for the browser.
fn bodies() -> &'static Vec<(BodyData, Value)> {
    static B: OnceLock<Vec<(BodyData, Value)>> = OnceLock::new();
    B.get_or_init(|| {
        load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies"))
            .expect("data")
            .into_iter()
            .map(|(_, d)| {
                let v = serde_json::to_value(&d).expect("serialises");
                (d, v)
            })
            .collect()
    })
}

#[test]
fn the_five_bodies_read_the_same_by_hand_as_through_serde_and_the_toml() {
    assert_eq!(bodies().len(), 5);
    for (from_toml, v) in bodies() {
        let text = serde_json::to_string(v).expect("text");
        let by_hand = read_body(&text).expect("the hand reader reads the build's JSON");
        let by_serde: BodyData = serde_json::from_str(&text).expect("serde reads it");
        assert_eq!(&by_hand, from_toml, "{}", from_toml.body.id);
        assert_eq!(by_hand, by_serde, "{}", from_toml.body.id);
    }
}

/// The index of the five bodies, and their prefectures' lists, as JSON.
fn indexes() -> (Value, Vec<Value>) {
    let models: Vec<&BodyData> = bodies().iter().map(|(d, _)| d).collect();
    let index = serde_json::to_value(build_index(models.iter().copied())).expect("serialises");
    let lists = prefecture_indexes(models.iter().copied())
        .into_iter()
        .map(|p| serde_json::to_value(p).expect("serialises"))
        .collect();
    (index, lists)
}

#[test]
fn the_index_and_each_prefectures_list_read_the_same_by_hand_as_through_serde() {
    let (index, lists) = indexes();
    let text = index.to_string();
    let by_serde: Index = serde_json::from_str(&text).expect("serde reads it");
    assert_eq!(
        read_index(&text).expect("the hand reader reads it"),
        by_serde
    );
    assert_eq!(by_serde.bodies.len(), 5);
    assert!(!lists.is_empty());
    for list in &lists {
        let text = list.to_string();
        let by_serde: PrefectureIndex = serde_json::from_str(&text).expect("serde reads it");
        assert_eq!(
            read_prefecture_index(&text).expect("read by hand"),
            by_serde
        );
    }
}

#[test]
fn the_index_reader_passes_over_unknown_fields_as_serde_does_and_names_a_missing_one() {
    let (mut index, _) = indexes();
    index["added_later"] = "x".into();
    index["bodies"][0]["also_later"] = 1.into();
    let text = index.to_string();
    let by_serde: Index = serde_json::from_str(&text).expect("serde passes over them");
    assert_eq!(
        read_index(&text).expect("so does the hand reader"),
        by_serde
    );

    index["bodies"][2]
        .as_object_mut()
        .expect("an entry")
        .remove("file");
    let e = read_index(&index.to_string()).expect_err("file is required");
    assert_eq!(e.path, "bodies[2]");
    assert!(e.message.contains("「file」がありません"), "{}", e.message);
}

/// Values that test the readers' types: wrong kinds, edge numbers, names
/// of enums and ids, and the empty containers.
fn scalars() -> Vec<Value> {
    serde_json::from_str(
        r#"[null, true, false, 0, 1, -1, 1.5, 4294967295, 4294967296, 1e300, "", "x",
            "app", "document", "県", "都", "市", "elearning", "not_required", "a b", "-a",
            "g1", {}, [], [""], {"ja": "名"}, {"text": "文"}, {"file": "f", "section": "s"}]"#,
    )
    .expect("scalars")
}

const KEYS: [&str; 8] = [
    "colour", "ja", "en", "text", "note", "basis", "source", "grades",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn under_mutation_the_hand_reader_agrees_with_serde_or_refuses_only_the_array_form(
        body in 0usize..5,
        ms in proptest::collection::vec(mutation(), 1..4),
    ) {
        let mut v = bodies()[body].1.clone();
        for m in &ms {
            apply(&mut v, m, &scalars(), &KEYS);
        }
        let text = v.to_string();
        agrees(read_body(&text), serde_json::from_str::<BodyData>(&text))?;
    }

    #[test]
    fn under_mutation_the_index_reader_agrees_with_serde_or_refuses_only_the_array_form(
        ms in proptest::collection::vec(mutation(), 1..4),
    ) {
        let mut v = indexes().0;
        for m in &ms {
            apply(&mut v, m, &scalars(), &KEYS);
        }
        let text = v.to_string();
        agrees(read_index(&text), serde_json::from_str::<Index>(&text))?;
    }
}
