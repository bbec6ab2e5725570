//! The audit's findings for this body, each as a test that fails if the
//! data goes back to what the audit found.

use super::body;

use michishirube::core::model::{Basis, BodyData, Grade};

fn grade<'a>(d: &'a BodyData, id: &str) -> &'a Grade {
    d.grades
        .iter()
        .find(|g| g.id.as_str() == id)
        .unwrap_or_else(|| panic!("grade {id}"))
}

#[test]
fn shuji_as_the_grade_recruits_start_at_is_marked_as_the_apps_reading() {
    let d = body("aomori-city");
    let shuji = grade(&d, "shuji");
    assert!(shuji.entry);
    assert_eq!(shuji.entry_basis, Basis::App);
    for g in d.grades.iter().filter(|g| g.entry) {
        assert_eq!(g.entry_basis, Basis::App, "{}", g.id);
    }
}
