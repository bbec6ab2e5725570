//! Hostile input: generated and mutated documents thrown at the stored-
//! document parser, the import path and the body reader, and mutated workbooks at the
//! framework reader. Nothing may panic, a rejected import must leave the
//! stored document exactly as it was, a workbook is either read to valid
//! data or refused at its cells, and a share is refused unless genuine.
//!
//! Per run: five document properties × 2,500 cases = 12,500 documents,
//! 1,250 mutated workbooks and 250 mutated .xlsx files, and five share
//! properties × 2,500 = 12,500 shares, 10,000 of them hostile (truncated,
//! bit-flipped, oversized, decompression bombs, other versions and kinds,
//! unknown ids), none opened (`PROPTEST_CASES` sets the per-property
//! count; the workbook properties take a half and a tenth of it).
#![cfg(not(target_arch = "wasm32"))]

use michishirube::core::id::Id;
use michishirube::core::json::read_body;
use michishirube::core::lang::Lang;
use michishirube::core::load::load_dir;
use michishirube::core::model::BodyData;
use michishirube::core::store::{parse, StoredDoc};
use michishirube::core::transfer::{begin, export, read_import, ImportError, Mode};
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

/// The import path as the app runs it (ui/src/components/transfer.rs):
/// `begin` reads the file, `check` checks it against the bodies' data, and
/// only a checked import is applied. The stored document is kept as the
/// JSON text the browser holds, and only what `apply` returns is written.
fn import(stored_text: &str, text: &str, mode: Mode) -> (String, Result<StoredDoc, ImportError>) {
    let stored = parse(stored_text).expect("the stored text is valid");
    let lookup = |id: &Id| bodies().iter().find(|b| &b.body.id == id);
    match begin(text).and_then(|incoming| incoming.check(&stored, lookup)) {
        Ok(checked) => (checked.apply(&stored, mode).to_json(), Ok(checked.doc)),
        Err(e) => (stored_text.to_owned(), Err(e)),
    }
}

/// Every id a body's data holds, found by walking its JSON: an oracle for
/// the import's id check that knows nothing of how that check is written.
fn ids_in_body(id: &Id) -> Option<std::collections::BTreeSet<String>> {
    fn walk(v: &Value, out: &mut std::collections::BTreeSet<String>) {
        match v {
            Value::Object(o) => {
                if let Some(Value::String(s)) = o.get("id") {
                    out.insert(s.clone());
                }
                o.values().for_each(|x| walk(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let d = bodies().iter().find(|b| &b.body.id == id)?;
    let mut out = std::collections::BTreeSet::new();
    walk(&serde_json::to_value(d).expect("json"), &mut out);
    Some(out)
}

/// Whether every body an accepted document names exists and every id it
/// uses for that body appears somewhere in the body's data.
fn oracle_accepts(doc: &StoredDoc) -> bool {
    let v = serde_json::to_value(doc).expect("json");
    let assessments = v["assessment"]
        .as_object()
        .into_iter()
        .map(|a| Value::Object(a.clone()))
        .chain(
            v["snapshots"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|s| s["assessment"].clone()),
        );
    let mut ok = true;
    for a in assessments {
        let body = a["selection"]["body"]
            .as_str()
            .and_then(|b| Id::parse(b).ok());
        let Some(known) = body.as_ref().and_then(ids_in_body) else {
            return false;
        };
        let mut used: Vec<String> = vec![a["selection"]["track"].as_str().unwrap_or("").into()];
        used.extend(
            a["selection"]["current"]["grade"]
                .as_str()
                .map(String::from),
        );
        used.extend(a["selection"]["next"].as_str().map(String::from));
        for side in ["current", "next"] {
            used.extend(
                a[side]
                    .as_object()
                    .into_iter()
                    .flat_map(|o| o.keys().cloned()),
            );
        }
        ok &= used.iter().all(|u| known.contains(u));
    }
    ok
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

/// `v` with its `which`-th value (counted depth first) replaced by `with`.
fn replace_one(v: &mut Value, which: prop::sample::Index, with: &Value) {
    fn size(v: &Value) -> usize {
        1 + match v {
            Value::Array(a) => a.iter().map(size).sum(),
            Value::Object(o) => o.values().map(size).sum(),
            _ => 0,
        }
    }
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
    let target = which.index(size(v));
    replace(v, target, &mut 0, with);
}

/// A valid export with one JSON value somewhere inside replaced.
fn structurally_mutated_export() -> impl Strategy<Value = String> {
    (json(), any::<prop::sample::Index>()).prop_map(|(replacement, which)| {
        let mut v: Value = serde_json::from_str(&export(
            &valid_doc(),
            chrono::NaiveDate::from_ymd_opt(2026, 11, 21).expect("date"),
        ))
        .expect("json");
        replace_one(&mut v, which, &replacement);
        v.to_string()
    })
}

/// A body's JSON (the valid fixture) with one value somewhere inside
/// replaced, as JSON text.
fn structurally_mutated_body() -> impl Strategy<Value = String> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid.json"),
    )
    .expect("fixture");
    let body: Value = serde_json::from_str(&text).expect("json");
    (json(), any::<prop::sample::Index>()).prop_map(move |(replacement, which)| {
        let mut v = body.clone();
        replace_one(&mut v, which, &replacement);
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
    fn arbitrary_json_is_refused_with_a_message_in_both_languages_and_nothing_is_written(v in json()) {
        let stored = valid_doc().to_json();
        let text = v.to_string();
        let (after, result) = import(&stored, &text, Mode::Replace);
        match result {
            Err(e) => {
                prop_assert!(!e.message(Lang::Ja).is_empty() && !e.message(Lang::En).is_empty());
                prop_assert_eq!(after, stored);
            }
            // Arbitrary JSON that still passes is a real export of real ids.
            Ok(doc) => prop_assert!(oracle_accepts(&doc), "accepted: {}", text),
        }
    }

    #[test]
    fn byte_mutations_of_a_real_export_never_panic_and_a_merge_never_loses_anything(text in mutated_export()) {
        let stored_doc = valid_doc();
        let stored = stored_doc.to_json();
        let _ = parse(&text);
        let (after, result) = import(&stored, &text, Mode::Merge);
        let after = parse(&after).expect("what is written parses");
        if result.is_err() {
            prop_assert_eq!(&after, &stored_doc);
        }
        prop_assert!(after.snapshots.len() >= stored_doc.snapshots.len());
        prop_assert!(after.plan.len() >= stored_doc.plan.len());
        prop_assert_eq!(&after.assessment, &stored_doc.assessment);
    }

    #[test]
    fn a_mutated_bodys_json_is_read_or_refused_in_japanese_at_its_place(text in structurally_mutated_body()) {
        if let Err(e) = read_body(&text) {
            // Said in Japanese, never in serde's English words.
            prop_assert!(!e.message.is_ascii(), "{}", e);
            for word in ["invalid type", "invalid value", "unknown field", "unknown variant", "missing field", "expected", "did not match"] {
                prop_assert!(!e.message.contains(word), "{}", e);
            }
            // The place in the model's convention (`offerings[3].targets`).
            prop_assert!(!e.path.starts_with('.') && !e.path.contains(".."), "{}", e);
        }
    }

    #[test]
    fn structural_mutations_are_accepted_only_with_known_ids_and_then_round_trip(text in structurally_mutated_export()) {
        let stored = valid_doc().to_json();
        let (after, result) = import(&stored, &text, Mode::Replace);
        match result {
            Ok(doc) => {
                prop_assert!(oracle_accepts(&doc), "accepted unknown ids: {}", text);
                // Replacing stores exactly the file's document, and it
                // round-trips through export unchanged.
                prop_assert_eq!(parse(&after).ok(), Some(doc.clone()));
                let again = read_import(&export(&doc, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date")));
                prop_assert_eq!(again.ok(), Some(doc));
            }
            Err(_) => prop_assert_eq!(after, stored),
        }
    }
}

// ---------------------------------------------------------------------------
// Workbooks: a real body's workbook with cells changed, rows removed or
// repeated, is either read to valid data (which then reads back the same
// through a real .xlsx) or refused with findings that point into it; and
// the bytes of a real .xlsx, mutated, never panic the reader.

mod workbooks {
    use super::*;
    use michishirube::core::workbook::read::from_workbook;
    use michishirube::core::workbook::write::to_workbook;
    use michishirube::core::workbook::xlsx::{read_xlsx, write_xlsx};
    use michishirube::core::workbook::{Cell, Value as CellValue, Workbook};

    fn real() -> &'static Vec<Workbook> {
        static W: OnceLock<Vec<Workbook>> = OnceLock::new();
        W.get_or_init(|| bodies().iter().map(to_workbook).collect())
    }

    #[derive(Debug, Clone)]
    enum Edit {
        Set {
            sheet: usize,
            row: usize,
            col: usize,
            value: CellValue,
        },
        Formula {
            sheet: usize,
            row: usize,
            col: usize,
        },
        Remove {
            sheet: usize,
            row: usize,
        },
        Repeat {
            sheet: usize,
            row: usize,
        },
    }

    fn value() -> impl Strategy<Value = CellValue> {
        prop_oneof![
            Just(CellValue::Empty),
            Just(CellValue::Text("◯".into())),
            Just(CellValue::Text("－".into())),
            Just(CellValue::Text("アプリ".into())),
            Just(CellValue::Text("koriyama".into())),
            Just(CellValue::Text("kacho、shuji".into())),
            Just(CellValue::Text("1～5".into())),
            Just(CellValue::Text("〔アプリの読み：x〕".into())),
            ".{0,10}".prop_map(CellValue::Text),
            any::<f64>().prop_map(CellValue::Number),
            (0.0f64..60000.0).prop_map(CellValue::Date),
            any::<bool>().prop_map(CellValue::Bool),
            Just(CellValue::Error("#N/A".into())),
        ]
    }

    fn edit() -> impl Strategy<Value = Edit> {
        prop_oneof![
            4 => (0usize..10, 0usize..80, 0usize..24, value())
                .prop_map(|(sheet, row, col, value)| Edit::Set { sheet, row, col, value }),
            1 => (0usize..10, 0usize..80, 0usize..24).prop_map(|(sheet, row, col)| Edit::Formula { sheet, row, col }),
            1 => (0usize..10, 0usize..80).prop_map(|(sheet, row)| Edit::Remove { sheet, row }),
            1 => (0usize..10, 0usize..80).prop_map(|(sheet, row)| Edit::Repeat { sheet, row }),
        ]
    }

    fn apply_edits(mut wb: Workbook, edits: &[Edit]) -> Workbook {
        for e in edits {
            let n = wb.sheets.len();
            match e.clone() {
                Edit::Set {
                    sheet,
                    row,
                    col,
                    value,
                } => {
                    let s = &mut wb.sheets[sheet % n];
                    if s.rows.len() <= row {
                        s.rows.resize_with(row + 1, Vec::new);
                    }
                    if s.rows[row].len() <= col {
                        s.rows[row].resize(col + 1, Cell::default());
                    }
                    s.rows[row][col].value = value;
                }
                Edit::Formula { sheet, row, col } => {
                    let s = &mut wb.sheets[sheet % n];
                    if let Some(c) = s.rows.get_mut(row).and_then(|r| r.get_mut(col)) {
                        c.formula = Some("A1".into());
                    }
                }
                Edit::Remove { sheet, row } => {
                    let s = &mut wb.sheets[sheet % n];
                    if row < s.rows.len() {
                        s.rows.remove(row);
                    }
                }
                Edit::Repeat { sheet, row } => {
                    let s = &mut wb.sheets[sheet % n];
                    if let Some(r) = s.rows.get(row).cloned() {
                        s.rows.insert(row, r);
                    }
                }
            }
        }
        wb
    }

    fn workbook_cases() -> u32 {
        (cases() / 2).max(1)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: workbook_cases(), failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn a_mutated_workbook_reads_to_valid_data_or_is_refused_at_its_cells(
            which in 0usize..5,
            edits in prop::collection::vec(edit(), 1..6),
        ) {
            let wb = apply_edits(real()[which % real().len()].clone(), &edits);
            match from_workbook(&wb) {
                Ok(c) => {
                    // Valid by the build's validator, and stable: written to a
                    // real .xlsx and read again, it is the same data.
                    prop_assert!(michishirube::core::validate::validate("x", &c.data).is_ok());
                    let bytes = write_xlsx(&to_workbook(&c.data)).expect("writes");
                    let again = from_workbook(&read_xlsx(&bytes).expect("reads")).expect("reads back");
                    prop_assert_eq!(again.data.tracks, c.data.tracks);
                    prop_assert_eq!(again.data.matrix, c.data.matrix);
                    prop_assert_eq!(again.data.offerings, c.data.offerings);
                }
                Err(findings) => {
                    prop_assert!(!findings.is_empty());
                    for f in &findings {
                        prop_assert!(!f.message.is_empty());
                        if let (Some(sheet), Some(row)) = (&f.sheet, f.row) {
                            let s = wb.sheet(sheet);
                            prop_assert!(s.is_none_or(|s| (row as usize) <= s.rows.len() + 1), "{} beyond the sheet", f);
                        }
                    }
                }
            }
        }
    }

    fn xlsx_bytes() -> &'static Vec<u8> {
        static B: OnceLock<Vec<u8>> = OnceLock::new();
        B.get_or_init(|| write_xlsx(&real()[0]).expect("xlsx"))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: (cases() / 10).max(1), failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn the_bytes_of_a_real_xlsx_mutated_never_panic_the_reader(
            flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..12),
            cut in any::<prop::sample::Index>(),
        ) {
            let mut bytes = xlsx_bytes().clone();
            for (i, b) in flips {
                let i = i.index(bytes.len());
                bytes[i] = b;
            }
            bytes.truncate(cut.index(bytes.len()).max(4));
            if let Ok(wb) = read_xlsx(&bytes) {
                let _ = from_workbook(&wb);
            }
        }
    }
}

// ---------- shares: truncated, bit-flipped, oversized, wrong versions,
// unknown ids and decompression bombs, all refused; nothing is opened ----------

mod shares {
    use super::*;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    use michishirube::core::assess::{rate_items, Assessment, Entry, Position, Selection, Side};
    use michishirube::core::review::{AgreedStep, ReviewBody};
    use michishirube::core::scale::{Level, Rating};
    use michishirube::core::share::{
        check, decode, encode, share_assessment, share_review, Contents, Share, ShareError,
        MAX_INFLATED, MAX_SHARE_CHARS,
    };

    /// Opening a share as the app does: decode, then check against the
    /// body's data. `Ok` is the only outcome that leads to anything kept.
    fn open(text: &str) -> Result<Share, ShareError> {
        let share = decode(text)?;
        let d = bodies()
            .iter()
            .find(|b| b.body.id == *share.body())
            .ok_or_else(|| ShareError::UnknownBody(share.body().clone()))?;
        check(&share, d)?;
        Ok(share)
    }

    /// A genuine share of a real body: an assessment (with notes or not) or
    /// a review, with ratings chosen by `seed`, for one of the body's grade
    /// pairs.
    fn genuine(body: usize, pair: usize, seed: u64, review: bool) -> String {
        let rated: Vec<&BodyData> = bodies()
            .iter()
            .filter(|d| d.tracks.iter().any(|t| t.ladder.len() >= 2))
            .collect();
        let d = rated[body % rated.len()];
        let track = d
            .tracks
            .iter()
            .find(|t| t.ladder.len() >= 2)
            .expect("a ladder");
        let i = pair % (track.ladder.len() - 1);
        let (cur, next) = (track.ladder[i].clone(), track.ladder[i + 1].clone());
        let mut a = Assessment::new(Selection {
            body: d.body.id.clone(),
            track: track.id.clone(),
            current: Position::Grade(cur.clone()),
            next: Some(next.clone()),
            entry_year: None,
            grade_year: None,
            data_version: Some(d.version_tag()),
        });
        let mut given = ReviewBody {
            role: "課長".into(),
            ..ReviewBody::default()
        };
        let mut s = seed;
        for it in rate_items(d, Some(&cur), Some(&next)) {
            for side in it.rated_sides() {
                s = s
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let r = match (s >> 33) % 5 {
                    0 => Rating::NotApplicable,
                    n => Rating::Level(Level::from_value(n as u8).expect("level")),
                };
                a.side_mut(side).insert(
                    it.id.clone(),
                    Entry {
                        rating: Some(r),
                        note: format!("場面{}", s % 97),
                    },
                );
                given.side_mut(side).insert(it.id.clone(), r);
                if side == Side::Current {
                    given
                        .comments
                        .insert(it.id.clone(), format!("コメント{}", s % 89));
                }
            }
        }
        given.steps.push(AgreedStep {
            text: d
                .offerings
                .first()
                .map_or("OJT".into(), |o| o.name.ja.clone()),
            offering: d.offerings.first().map(|o| o.id.clone()),
            fiscal_year: Some(2027),
        });
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
        let share = if review {
            share_review(&a.selection, &given, day)
        } else {
            share_assessment(
                &a,
                &[],
                Contents {
                    notes: seed.is_multiple_of(2),
                    plan: false,
                },
                day,
            )
        };
        let text = encode(&share);
        assert!(open(&text).is_ok(), "a genuine share opens");
        text
    }

    /// The share's JSON, to change it and pack it again validly.
    fn unpack(text: &str) -> Value {
        let packed = URL_SAFE_NO_PAD.decode(&text[2..]).expect("base64");
        let json = miniz_oxide::inflate::decompress_to_vec_zlib(&packed).expect("zlib");
        serde_json::from_slice(&json).expect("json")
    }

    fn pack(v: &Value) -> String {
        let json = serde_json::to_vec(v).expect("json");
        format!(
            "1.{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(&json, 6))
        )
    }

    fn genuine_share() -> impl Strategy<Value = String> {
        (0usize..8, 0usize..8, any::<u64>(), any::<bool>())
            .prop_map(|(b, p, s, r)| genuine(b, p, s, r))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn a_truncated_or_bit_flipped_share_is_refused(
            text in genuine_share(),
            how in 0u8..3,
            at in any::<prop::sample::Index>(),
            bits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..8), 1..6),
        ) {
            let mutated = match how {
                // Cut anywhere after the version.
                0 => text[..2 + at.index(text.len() - 2)].to_owned(),
                // Bits flipped in the packed bytes, repacked as valid base64.
                1 => {
                    let mut packed = URL_SAFE_NO_PAD.decode(&text[2..]).expect("base64");
                    for (i, b) in &bits {
                        let i = i.index(packed.len());
                        packed[i] ^= 1 << b;
                    }
                    format!("1.{}", URL_SAFE_NO_PAD.encode(packed))
                }
                // Characters of the text itself changed.
                _ => {
                    let mut chars: Vec<char> = text.chars().collect();
                    for (i, b) in &bits {
                        let i = 2 + i.index(chars.len() - 2);
                        chars[i] = char::from(b"A-_z09Qx"[*b as usize]);
                    }
                    chars.into_iter().collect()
                }
            };
            prop_assume!(mutated != text);
            // Deflate pads its last byte with bits that carry nothing, and
            // base64 has spare bits too: a flip there leaves the very same
            // share. Anything else that opens would be a changed share
            // taken as genuine.
            match open(&mutated) {
                Err(_) => {}
                Ok(share) => prop_assert_eq!(Some(share), open(&text).ok(), "opened changed: {}", mutated),
            }
        }

        #[test]
        fn an_oversized_share_or_a_decompression_bomb_is_refused(
            text in genuine_share(),
            byte in any::<u8>(),
            size in (MAX_INFLATED + 1)..(2 * 1024 * 1024),
            bomb in any::<bool>(),
        ) {
            let mutated = if bomb {
                format!("1.{}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(&vec![byte; size], 1)))
            } else {
                format!("{text}{}", "A".repeat(MAX_SHARE_CHARS))
            };
            let r = open(&mutated);
            prop_assert!(matches!(r, Err(ShareError::TooLarge | ShareError::TooLong(_))), "{r:?}");
        }

        #[test]
        fn a_share_of_another_version_or_kind_is_refused(
            text in genuine_share(),
            version in 0u32..10_000,
            how in 0u8..3,
            word in "[a-z]{1,6}",
        ) {
            let mutated = match how {
                0 => {
                    prop_assume!(version != 1);
                    format!("{version}{}", &text[1..])
                }
                1 => {
                    let mut v = unpack(&text);
                    prop_assume!(word != "a" && word != "r");
                    v["k"] = Value::from(word.clone());
                    pack(&v)
                }
                _ => {
                    let mut v = unpack(&text);
                    prop_assume!(v.get(&word).is_none());
                    v[&word] = Value::from(1);
                    pack(&v)
                }
            };
            let r = open(&mutated);
            prop_assert!(r.is_err(), "opened: {mutated}");
        }

        #[test]
        fn a_share_naming_an_unknown_body_grade_item_or_offering_is_refused(
            text in genuine_share(),
            field in 0u8..5,
            stranger in "[a-z]{3,8}-x",
        ) {
            let mut v = unpack(&text);
            match field {
                0 => v["b"] = Value::from(stranger.clone()),
                1 => v["t"] = Value::from(stranger.clone()),
                2 => v["n"] = Value::from(stranger.clone()),
                3 => {
                    if let Some(r) = v["r"].as_object_mut() {
                        r.insert(stranger.clone(), Value::from(3));
                    }
                }
                _ => v["st"] = serde_json::json!([{ "t": "研修", "o": stranger, "y": 2027 }]),
            }
            let mutated = pack(&v);
            let r = open(&mutated);
            prop_assert!(
                matches!(r, Err(ShareError::UnknownBody(_) | ShareError::UnknownIds { .. } | ShareError::Shape(_))),
                "{r:?}"
            );
        }

        #[test]
        fn any_text_at_all_never_panics_the_share_reader(s in ".{0,300}") {
            let _ = open(&s);
        }
    }
}
