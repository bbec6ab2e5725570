//! The audit's findings for this body, each as a test that fails if the
//! data goes back to what the audit found.

use super::body;
use michishirube::core::model::{Basis, BodyData, Grade, Offering};

fn grade<'a>(d: &'a BodyData, id: &str) -> &'a Grade {
    d.grades
        .iter()
        .find(|g| g.id == id)
        .unwrap_or_else(|| panic!("grade {id}"))
}

fn offering<'a>(d: &'a BodyData, id: &str) -> &'a Offering {
    d.offerings
        .iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("offering {id}"))
}

#[test]
fn the_entry_grade_is_marked_as_the_apps_reading() {
    let d = body("hamamatsu");
    let entry: Vec<&Grade> = d.grades.iter().filter(|g| g.entry).collect();
    assert_eq!(entry.len(), 1);
    assert_eq!(entry[0].id, "1kyu");
    assert_eq!(entry[0].entry_basis, Basis::App, "no document prints it");
}
