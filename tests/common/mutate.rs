//! Random mutations of a JSON document, for holding a hand-written reader
//! to serde's derived one (tests/model_json.rs, tests/store_json.rs).

use michishirube::core::model_json::ReadError;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::Value;

/// How many cases each property test runs: `PROPTEST_CASES`, or 2,500.
pub fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_500)
}

/// New keys are drawn from the caller's list, by an index below this.
const KEYS_MAX: usize = 64;

/// Every node of a JSON tree, as a JSON pointer.
pub fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let k = k.replace('~', "~0").replace('/', "~1");
                pointers(x, format!("{at}/{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                pointers(x, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

pub fn parent_of(p: &str) -> (&str, String) {
    let cut = p.rfind('/').unwrap_or(0); // p is not the root: it has a '/'

    (
        &p[..cut],
        p[cut + 1..].replace("~1", "/").replace("~0", "~"),
    )
}

#[derive(Debug, Clone)]
pub enum Mutation {
    /// Remove an object's key or an array's element.
    Delete(usize),
    /// Put a key, known somewhere in the model or not, into an object.
    AddKey(usize, usize),
    /// Replace a node with one of the given scalars.
    Replace(usize, usize),
    /// Replace a node with a copy of another node of the same document.
    Transplant(usize, usize),
}

pub fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Delete),
        (any::<usize>(), 0..KEYS_MAX).prop_map(|(a, b)| Mutation::AddKey(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Replace(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Transplant(a, b)),
    ]
}

/// Applies a mutation, drawing replacements from `scalars` and new keys
/// from `keys`.
pub fn apply(v: &mut Value, m: &Mutation, scalars: &[Value], keys: &[&str]) {
    let mut ps = Vec::new();
    pointers(v, String::new(), &mut ps);
    let pick = |i: usize| ps[i % ps.len()].clone();
    match *m {
        Mutation::Delete(i) => {
            let p = pick(i);
            if p.is_empty() {
                return; // the root has no parent to remove it from
            }
            let (parent, last) = parent_of(&p);
            match v.pointer_mut(parent) {
                Some(Value::Object(o)) => {
                    o.remove(&last);
                }
                Some(Value::Array(a)) => {
                    if let Ok(n) = last.parse::<usize>() {
                        a.remove(n);
                    }
                }
                _ => {}
            }
        }
        Mutation::AddKey(i, k) => {
            if let Some(Value::Object(o)) = v.pointer_mut(&pick(i)) {
                o.insert(keys[k % keys.len()].to_owned(), "x".into());
            }
        }
        Mutation::Replace(i, s) => {
            if let Some(x) = v.pointer_mut(&pick(i)) {
                *x = scalars[s % scalars.len()].clone();
            }
        }
        Mutation::Transplant(i, j) => {
            let from = v.pointer(&pick(j)).cloned();
            if let (Some(from), Some(x)) = (from, v.pointer_mut(&pick(i))) {
                *x = from;
            }
        }
    }
}

/// What a hand reader must do beside serde's: never accept what serde
/// refuses, read what it accepts identically, and refuse only the one shape
/// serde's generated code takes that the files never use (a struct written
/// as an array of its fields).
// tests/json_out.rs mutates documents but compares writers, not readers.
#[allow(dead_code)]
pub fn agrees<T: PartialEq + std::fmt::Debug, E: std::fmt::Display>(
    by_hand: Result<T, ReadError>,
    by_serde: Result<T, E>,
) -> Result<(), TestCaseError> {
    match (by_hand, by_serde) {
        (Ok(h), Ok(s)) => prop_assert_eq!(h, s),
        (Ok(_), Err(e)) => prop_assert!(false, "the hand reader took what serde refused: {}", e),
        (Err(e), Ok(_)) => prop_assert!(
            e.message
                .contains("オブジェクトを書いてください（配列が書かれています）"),
            "the hand reader refused what serde took: {}",
            e
        ),
        (Err(e), Err(_)) => prop_assert!(!e.message.is_empty()),
    }
    Ok(())
}
