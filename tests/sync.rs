//! Two tabs saving within moments of each other: every change of either
//! side is kept, item by item, and what could not be kept is said.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use michishirube::core::assess::{Assessment, Entry, Position, Selection, Side};
use michishirube::core::id::Id;
use michishirube::core::lang::Lang;
use michishirube::core::plan::{PlanItem, Status, When};
use michishirube::core::scale::{Level, Rating};
use michishirube::core::store::StoredDoc;
use michishirube::core::sync::{merge, NotKept, OTHER_TAB_LABEL};

fn id(s: &str) -> Id {
    Id::parse(s).expect("id")
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).expect("date")
}

fn selection(body: &str) -> Selection {
    Selection {
        body: id(body),
        track: id("gyosei"),
        current: Position::Grade(id("shuji")),
        next: Some(id("kakaricho")),
        entry_year: None,
        grade_year: None,
        data_version: None,
    }
}

fn base() -> StoredDoc {
    let mut a = Assessment::new(selection("aomori-city"));
    a.current.insert(
        id("handan"),
        Entry {
            rating: Some(Rating::Level(Level::Partly)),
            note: "窓口で判断した".into(),
        },
    );
    StoredDoc {
        assessment: Some(a),
        ..StoredDoc::new()
    }
}

fn note(doc: &mut StoredDoc, item: &str, text: &str) {
    let a = doc.assessment.as_mut().expect("assessment");
    a.current.entry(id(item)).or_default().note = text.into();
}

fn plan(id_: u32, title: &str) -> PlanItem {
    PlanItem {
        id: id_,
        body: id("aomori-city"),
        offering: None,
        title: title.into(),
        when: When::FiscalYear(2027),
        status: Status::Planned,
        note: String::new(),
    }
}

#[test]
fn notes_typed_in_two_tabs_on_different_items_are_both_kept() {
    let b = base();
    let mut mine = b.clone();
    note(&mut mine, "handan", "窓口で判断した。上司に相談せず。");
    let mut theirs = b.clone();
    note(&mut theirs, "setsumei", "住民説明会で説明した");
    let m = merge(&b, &mine, &theirs, today());
    let a = m.doc.assessment.expect("assessment");
    assert_eq!(
        a.current.get(&id("handan")).expect("entry").note,
        "窓口で判断した。上司に相談せず。"
    );
    assert_eq!(
        a.current.get(&id("setsumei")).expect("entry").note,
        "住民説明会で説明した"
    );
    assert!(m.not_kept.is_empty(), "{:?}", m.not_kept);
}

#[test]
fn the_same_note_changed_in_both_tabs_keeps_this_tabs_and_names_the_other() {
    let b = base();
    let mut mine = b.clone();
    note(&mut mine, "handan", "こちら");
    let mut theirs = b.clone();
    note(&mut theirs, "handan", "あちらで書いた文");
    let m = merge(&b, &mine, &theirs, today());
    assert_eq!(
        m.doc
            .assessment
            .expect("assessment")
            .current
            .get(&id("handan"))
            .expect("entry")
            .note,
        "こちら"
    );
    assert_eq!(m.not_kept.len(), 1);
    let said = m.not_kept[0].message_named(Lang::Ja, &|i| {
        (i.as_str() == "handan").then(|| "判断力".to_owned())
    });
    assert!(said.contains("「判断力」"), "{said}");
    assert!(
        said.contains("あちらで書いた文"),
        "the other text is shown: {said}"
    );
    assert!(m.not_kept[0].message(Lang::En).contains("another tab"));
}

#[test]
fn a_change_in_one_tab_only_is_taken_as_it_is() {
    let b = base();
    let mut theirs = b.clone();
    note(&mut theirs, "handan", "変更");
    let m = merge(&b, &b, &theirs, today());
    assert_eq!(m.doc, theirs);
    let m = merge(&b, &theirs, &b, today());
    assert_eq!(m.doc, theirs);
    assert!(m.not_kept.is_empty());
}

#[test]
fn plan_items_added_in_both_tabs_under_the_same_id_are_both_kept() {
    let b = base();
    let mut mine = b.clone();
    mine.plan.push(plan(1, "OJT"));
    let mut theirs = b.clone();
    theirs.plan.push(plan(1, "通信教育"));
    let m = merge(&b, &mine, &theirs, today());
    let titles: Vec<(u32, &str)> = m
        .doc
        .plan
        .iter()
        .map(|p| (p.id, p.title.as_str()))
        .collect();
    assert_eq!(titles, [(1, "OJT"), (2, "通信教育")]);
}

#[test]
fn a_plan_item_changed_in_both_tabs_keeps_this_tabs_and_says_so() {
    let mut b = base();
    b.plan.push(plan(1, "OJT"));
    let mut mine = b.clone();
    mine.plan[0].note = "4月から".into();
    let mut theirs = b.clone();
    theirs.plan[0].status = Status::Done;
    let m = merge(&b, &mine, &theirs, today());
    assert_eq!(m.doc.plan, mine.plan);
    assert!(matches!(&m.not_kept[..], [NotKept::Plan(p)] if p.status == Status::Done));
}

#[test]
fn a_deletion_in_one_tab_is_kept_unless_the_other_changed_the_item() {
    let mut b = base();
    b.plan.push(plan(1, "OJT"));
    b.plan.push(plan(2, "研修"));
    let mut mine = b.clone();
    mine.plan.retain(|p| p.id != 1);
    let mut theirs = b.clone();
    theirs.plan[1].note = "メモ".into();
    let m = merge(&b, &mine, &theirs, today());
    let ids: Vec<u32> = m.doc.plan.iter().map(|p| p.id).collect();
    assert_eq!(ids, [2]);
    assert_eq!(m.doc.plan[0].note, "メモ");
    // Deleted here, changed there: the change is not thrown away.
    let mut mine = b.clone();
    mine.plan.retain(|p| p.id != 2);
    let m = merge(&b, &mine, &theirs, today());
    assert!(m.doc.plan.iter().any(|p| p.id == 2 && p.note == "メモ"));
}

#[test]
fn snapshots_taken_in_both_tabs_are_all_kept() {
    let b = base();
    let mut mine = b.clone();
    mine.take_snapshot(today(), Some("こちら".into()));
    let mut theirs = b.clone();
    theirs.take_snapshot(today(), Some("あちら".into()));
    let m = merge(&b, &mine, &theirs, today());
    let labels: Vec<Option<&str>> = m.doc.snapshots.iter().map(|s| s.label.as_deref()).collect();
    assert_eq!(labels, [Some("こちら"), Some("あちら")]);
    let ids: Vec<u32> = m.doc.snapshots.iter().map(|s| s.id).collect();
    assert_eq!(ids, [1, 2]);
}

#[test]
fn another_body_chosen_in_the_other_tab_is_kept_as_a_snapshot() {
    let b = base();
    let mut mine = b.clone();
    note(&mut mine, "handan", "こちら");
    let mut theirs = b.clone();
    theirs.assessment = Some(Assessment::new(selection("koriyama")));
    let m = merge(&b, &mine, &theirs, today());
    assert_eq!(m.doc.assessment, mine.assessment);
    let kept = m.doc.snapshots.last().expect("a snapshot");
    assert_eq!(kept.label.as_deref(), Some(OTHER_TAB_LABEL));
    assert_eq!(kept.assessment.selection.body, id("koriyama"));
    assert_eq!(m.not_kept, [NotKept::AssessmentAsSnapshot(kept.id)]);
}

#[test]
fn survey_answers_merge_item_by_item() {
    use michishirube::core::store::EngagementAnswers;
    use std::collections::BTreeMap;
    let answers = |pairs: &[(&str, u32)]| EngagementAnswers {
        body: id("aomori-city"),
        survey: id("r6"),
        answered: today(),
        answers: pairs
            .iter()
            .map(|(k, v)| (id(k), *v))
            .collect::<BTreeMap<_, _>>(),
    };
    let mut b = base();
    b.engagement.push(answers(&[("q1", 3)]));
    let mut mine = b.clone();
    mine.engagement[0] = answers(&[("q1", 3), ("q2", 4)]);
    let mut theirs = b.clone();
    theirs.engagement[0] = answers(&[("q1", 3), ("q3", 1)]);
    let m = merge(&b, &mine, &theirs, today());
    assert_eq!(
        m.doc.engagement,
        [answers(&[("q1", 3), ("q2", 4), ("q3", 1)])]
    );
    assert!(m.not_kept.is_empty());
}

#[test]
fn a_rating_removed_in_one_tab_and_changed_in_the_other_is_reported() {
    let b = base();
    let mut mine = b.clone();
    mine.assessment
        .as_mut()
        .expect("assessment")
        .side_mut(Side::Current)
        .remove(&id("handan"));
    let mut theirs = b.clone();
    note(&mut theirs, "handan", "書き足した");
    let m = merge(&b, &mine, &theirs, today());
    assert!(!m
        .doc
        .assessment
        .expect("a")
        .current
        .contains_key(&id("handan")));
    assert!(
        matches!(&m.not_kept[..], [NotKept::Entry { theirs: Some(e), .. }] if e.note == "書き足した")
    );
}
