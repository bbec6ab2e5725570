//! The workbook an HR office fills in: every real body's data, laid out
//! as an .xlsx workbook and read back, gives the same framework; Excel's
//! usual input is read as meant; broken workbooks are refused by sheet,
//! row and column; files that are not workbooks say what they are.
#![cfg(not(target_arch = "wasm32"))]

use michishirube::core::load::load_dir;
use michishirube::core::model::BodyData;
use michishirube::core::workbook::read::from_workbook;
use michishirube::core::workbook::write::{template, to_workbook};
use michishirube::core::workbook::xlsx::{read_xlsx, write_xlsx};
use std::path::Path;

fn bodies() -> Vec<BodyData> {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies"))
        .expect("data")
        .into_iter()
        .map(|(_, d)| d)
        .collect()
}

/// The data through an actual .xlsx file and back.
fn round_trip(d: &BodyData) -> BodyData {
    let bytes = write_xlsx(&to_workbook(d)).expect("writes");
    let wb = read_xlsx(&bytes).expect("reads");
    match from_workbook(&wb) {
        Ok(c) => c.data,
        Err(problems) => panic!(
            "{}: {}",
            d.body.id,
            problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

#[test]
fn every_real_body_survives_its_workbook_unchanged_in_what_the_workbook_holds() {
    for d in bodies() {
        let back = round_trip(&d);
        let id = &d.body.id;
        assert_eq!(back.body, d.body, "{id}: body");
        assert_eq!(back.documents, d.documents, "{id}: documents");
        assert_eq!(back.tracks, d.tracks, "{id}: ladders and branches");
        // Grades come back in the order the ladders list them; the same
        // grades, each with the same roles and can-do statements.
        let by_id = |g: &Vec<michishirube::core::model::Grade>| {
            let mut v = g.clone();
            v.sort_by(|a, b| a.id.cmp(&b.id));
            v
        };
        assert_eq!(
            by_id(&back.grades),
            by_id(&d.grades),
            "{id}: grades, roles and can-do"
        );
        assert_eq!(
            back.ability_groups, d.ability_groups,
            "{id}: ability groups"
        );
        assert_eq!(back.abilities, d.abilities, "{id}: abilities");
        assert_eq!(back.matrix, d.matrix, "{id}: marks with legend");
        assert_eq!(back.offerings, d.offerings, "{id}: offerings with targets");
        assert_eq!(back.career_paths, d.career_paths, "{id}: career paths");
        assert_eq!(back.missing, d.missing, "{id}: missing parts");
    }
}

#[test]
fn the_template_reads_as_nothing_to_import_but_says_what_is_missing() {
    let bytes = write_xlsx(&template()).expect("writes");
    let problems = from_workbook(&read_xlsx(&bytes).expect("reads")).expect_err("empty");
    // Example rows are skipped, so the body and its document are missing.
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("「団体」の行がありません")),
        "{problems:?}"
    );
}
