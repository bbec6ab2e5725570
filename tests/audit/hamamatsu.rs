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

#[test]
fn the_new_supervisor_course_targets_its_printed_row_and_the_group_leader_it_leads_to() {
    // 新任監督者級研修 is printed in the 主任 row; by the file's rule for 新任X研修,
    // it is also for the grade its name leads to, the next on the ladder: グループ長.
    let d = body("hamamatsu");
    let o = offering(&d, "shinnin-kantokusha");
    assert_eq!(o.name.ja, "新任監督者級研修");
    assert_eq!(o.targets.grades, ["shunin", "group-cho", "staff-a"]);
    assert_eq!(o.targets.basis, Basis::App);
    let note = o.targets.note.as_ref().expect("対象 note");
    assert_eq!(
        note.text, "対象：副主幹・副技監",
        "the printed 対象, as worded"
    );
    assert_eq!(note.basis, Basis::Document);
    assert!(note.note.as_deref().unwrap_or("").contains("グループ長"));
    let ippan = d.tracks.iter().find(|t| t.id == "ippan").expect("ippan");
    let at = ippan
        .ladder
        .iter()
        .position(|g| g == "shunin")
        .expect("主任");
    assert_eq!(
        ippan.ladder[at + 1],
        "group-cho",
        "the grade the name leads to"
    );
}
