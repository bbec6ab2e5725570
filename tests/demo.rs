//! The demo persona: generated from each body's data, clearly fictional,
//! the same every time, and referring only to what the body's data holds.
#![cfg(not(target_arch = "wasm32"))]

use michishirube::core::demo::{persona, NAME};
use michishirube::core::load::load_dir;
use std::path::Path;

#[test]
fn every_body_has_a_fictional_deterministic_persona_built_from_its_own_data() {
    let bodies =
        load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies")).expect("data");
    for (_, d) in bodies {
        let p = persona(&d, 2026);
        assert_eq!(p, persona(&d, 2026), "{}: deterministic", d.body.id);
        assert!(p.name.contains("架空") && NAME.contains("架空"));
        assert_eq!(
            p.assessment.is_some(),
            !d.tracks.is_empty(),
            "{}",
            d.body.id
        );
        assert!(
            !p.plan.is_empty() && p.plan.len() <= 2,
            "{}: a plan to show",
            d.body.id
        );
        for item in &p.plan {
            let o = item.offering.as_ref().expect("plan from suggestions");
            assert!(
                d.offerings.iter().any(|x| &x.id == o),
                "{}: real offering",
                d.body.id
            );
        }
        if let Some(a) = &p.assessment {
            let rated = a.current.len() + a.next.len();
            let has_items = d.matrix.is_some() || d.grades.iter().any(|g| !g.can_do.is_empty());
            assert_eq!(
                rated > 0,
                has_items,
                "{}: rated where the document allows",
                d.body.id
            );
        }
    }
}

#[test]
fn the_hamamatsu_persona_is_a_fifth_year_2kyu_stepping_up_to_shunin() {
    let d = michishirube::core::load::load_file(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies/hamamatsu.toml"),
    )
    .expect("data");
    let p = persona(&d, 2026);
    let a = p.assessment.expect("assessment");
    assert_eq!(
        a.selection.current_grade().map(|g| g.as_str()),
        Some("2kyu")
    );
    assert_eq!(
        a.selection.next.as_ref().map(|g| g.as_str()),
        Some("shunin")
    );
    assert_eq!(a.selection.entry_year, Some(2022));
    assert!(p.profile.contains("採用5年目"));
}
