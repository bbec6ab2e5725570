//! The stored document: every earlier version migrates, bad text is refused
//! with a typed error, and ids that left data/ are reported and dropped.
#![cfg(not(target_arch = "wasm32"))]

use michishirube::core::assess::{Position, Side};
use michishirube::core::load::load_file;
use michishirube::core::store::{parse, reconcile, Orphan, StoreError, StoredDoc, SCHEMA_VERSION};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stored")
}

#[test]
fn a_document_from_every_earlier_version_migrates_to_the_current_one() {
    for v in 1..=SCHEMA_VERSION {
        let p = fixtures().join(format!("v{v}.json"));
        let text =
            std::fs::read_to_string(&p).unwrap_or_else(|_| panic!("fixture for version {v}"));
        let doc = parse(&text).unwrap_or_else(|e| panic!("v{v}: {e:?}"));
        assert_eq!(doc.version, SCHEMA_VERSION);
        let a = doc.assessment.as_ref().expect("assessment kept");
        assert_eq!(a.selection.current, Position::Grade("kakaricho".parse_id()));
        assert_eq!(
            a.current.get(&"rinri".parse_id()).map(|e| e.note.as_str()),
            Some("新人研修で服務規律を教えた")
        );
        assert_eq!(doc.snapshots.len(), 1);
    }
}

trait ParseId {
    fn parse_id(&self) -> michishirube::core::id::Id;
}
impl ParseId for str {
    fn parse_id(&self) -> michishirube::core::id::Id {
        michishirube::core::id::Id::parse(self).expect("id")
    }
}

#[test]
fn the_current_version_round_trips() {
    let text = std::fs::read_to_string(fixtures().join(format!("v{SCHEMA_VERSION}.json")))
        .expect("fixture");
    let doc = parse(&text).expect("parse");
    assert_eq!(parse(&doc.to_json()).expect("reparse"), doc);
}

#[test]
fn text_that_is_not_json_is_corrupt() {
    assert!(matches!(
        parse("{\"version\": 1,"),
        Err(StoreError::Corrupt(_))
    ));
    assert!(matches!(parse("[1,2]"), Err(StoreError::Corrupt(_))));
}

#[test]
fn a_document_without_a_version_is_refused() {
    assert_eq!(parse("{}"), Err(StoreError::NoVersion));
    assert_eq!(parse(r#"{"version":"1"}"#), Err(StoreError::NoVersion));
    assert_eq!(parse(r#"{"version":0}"#), Err(StoreError::NoVersion));
}

#[test]
fn a_document_from_a_newer_app_is_refused_with_its_version() {
    let e = parse(r#"{"version":99}"#).expect_err("newer");
    assert_eq!(e, StoreError::Newer(99));
    assert!(e.to_string().contains("新しい版"));
}

#[test]
fn a_document_of_the_wrong_shape_is_refused() {
    assert!(matches!(
        parse(r#"{"version":1,"snapshots":"x"}"#),
        Err(StoreError::Shape(_))
    ));
    assert!(matches!(
        parse(r#"{"version":1,"assessment":{"selection":{"body":"Bad Id"}}}"#),
        Err(StoreError::Shape(_))
    ));
}

#[test]
fn snapshots_get_fresh_ids_and_can_be_deleted() {
    let mut doc =
        parse(&std::fs::read_to_string(fixtures().join("v1.json")).expect("f")).expect("p");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 21).expect("date");
    let id = doc.take_snapshot(today, None).expect("snapshot");
    assert_eq!(id, 2);
    assert!(doc.delete_snapshot(1));
    assert_eq!(
        doc.take_snapshot(today, None),
        Some(3),
        "ids are never reused"
    );
    assert!(!doc.delete_snapshot(1));
    assert_eq!(
        StoredDoc::new().take_snapshot(today, None),
        None,
        "nothing to save"
    );
}

#[test]
fn ids_that_left_the_data_are_reported_and_dropped_keeping_the_rest() {
    let d = load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies/koriyama.toml"))
        .expect("data");
    let text = std::fs::read_to_string(fixtures().join("v1.json"))
        .expect("f")
        .replace("\"next\": \"kacho\"", "\"next\": \"no-such-grade\"")
        .replace("\"communication\"", "\"retired-ability\"");
    let doc = parse(&text).expect("parse");
    let a = doc.assessment.expect("assessment");
    let (fixed, orphans) = reconcile(&a, &d);
    // An assessment from before schema 4 records no data version: it is
    // reported as checked against the current data, then what was lost.
    assert!(matches!(&orphans[0], Orphan::Revised { from: None, .. }));
    assert_eq!(
        orphans[1..],
        [
            Orphan::Grade("no-such-grade".parse_id()),
            Orphan::Items(vec!["retired-ability".parse_id()])
        ]
    );
    assert_eq!(fixed.selection.data_version, Some(d.version_tag()));
    assert_eq!(fixed.selection.next, None);
    assert!(
        fixed.current.contains_key(&"rinri".parse_id()),
        "known ratings are kept"
    );
    assert!(!fixed
        .side(Side::Current)
        .contains_key(&"retired-ability".parse_id()));
    assert!(orphans[2].to_string().contains("retired-ability"));
}

#[test]
fn version_1_gains_an_empty_plan_and_version_2_keeps_its_plan() {
    let v1 =
        parse(&std::fs::read_to_string(fixtures().join("v1.json")).expect("v1")).expect("parse");
    assert!(v1.plan.is_empty());
    let v2 =
        parse(&std::fs::read_to_string(fixtures().join("v2.json")).expect("v2")).expect("parse");
    let titles: Vec<&str> = v2.plan.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, ["大学等修学助成", "係の業務改善を1件提案する"]);
}

#[test]
fn version_3_keeps_engagement_answers_and_earlier_versions_start_with_none() {
    let v3 =
        parse(&std::fs::read_to_string(fixtures().join("v3.json")).expect("v3")).expect("parse");
    assert_eq!(v3.engagement.len(), 1);
    assert_eq!(
        v3.engagement[0]
            .answers
            .values()
            .copied()
            .collect::<Vec<_>>()
            .len(),
        2
    );
    let v2 =
        parse(&std::fs::read_to_string(fixtures().join("v2.json")).expect("v2")).expect("parse");
    assert!(v2.engagement.is_empty());
}

#[test]
fn an_unversioned_body_is_fingerprinted_by_what_ratings_depend_on_not_by_its_prose() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies/koriyama.toml");
    let mut d = load_file(&path).expect("koriyama.toml validates");
    d.body.version = None;
    let tag = d.version_tag();
    assert!(tag.starts_with('#') && tag.len() == 17, "{tag}");

    let mut reworded = d.clone();
    reworded.abilities[0].description = vec!["言い回しを直した説明".into()];
    assert_eq!(
        reworded.version_tag(),
        tag,
        "a corrected description moves no rating"
    );

    let mut remarked = d.clone();
    if let Some(m) = remarked.matrix.as_mut() {
        let mark = &mut m.rows[0].marks[0];
        *mark = if mark == "◎" {
            "○".into()
        } else {
            "◎".into()
        };
    }
    assert_ne!(
        remarked.version_tag(),
        tag,
        "a changed mark is a new version"
    );

    let mut renamed = d.clone();
    renamed.abilities[0].id = "renamed".parse_id();
    assert_ne!(renamed.version_tag(), tag, "a changed id is a new version");

    d.body.version = Some("令和8年4月 改正".into());
    assert_eq!(
        d.version_tag(),
        "令和8年4月 改正",
        "a named version is used as it is"
    );
}

#[test]
fn sizes_read_in_units_a_person_knows() {
    use michishirube::core::lang::Lang;
    use michishirube::core::store::size_label;
    assert_eq!(size_label(820, Lang::Ja), "820 バイト");
    assert_eq!(size_label(820, Lang::En), "820 bytes");
    assert_eq!(size_label(614_423, Lang::Ja), "600 KB");
    assert_eq!(size_label(2175 * 1024, Lang::Ja), "2.1 MB");
    assert_eq!(size_label(10_487_935 * 1024, Lang::En), "10 GB");
    assert_eq!(size_label(2 * 1024 * 1024, Lang::En), "2 MB");
    assert_eq!(size_label(1536, Lang::En), "1.5 KB");
    assert_eq!(size_label(u64::MAX, Lang::En), "17179869184 GB");
}

#[test]
fn the_same_unreadable_text_is_recognised_as_kept_already() {
    use michishirube::core::store::{kept_as, recovery_key, recovery_stamp, RECOVERY_PREFIX};
    let text = "{\"version\": 5, broken";
    let key = recovery_key(1_765_000_000_000, text);
    assert!(key.starts_with(RECOVERY_PREFIX));
    assert_eq!(recovery_stamp(&key), Some(1_765_000_000_000));
    let legacy = format!("{RECOVERY_PREFIX}1764000000000");
    assert_eq!(recovery_stamp(&legacy), Some(1_764_000_000_000));
    let keys = [legacy.as_str(), key.as_str()];
    assert_eq!(kept_as(keys, text), Some(key.as_str()));
    assert_eq!(kept_as(keys, "{\"version\": 5, other"), None);
}

#[test]
fn the_revision_is_read_and_written_only_when_there_is_one() {
    let text =
        r#"{"version":5,"revision":7,"snapshots":[],"plan":[],"engagement":[],"reviews":[]}"#;
    let doc = parse(text).expect("parses");
    assert_eq!(doc.revision, 7);
    assert_eq!(doc.to_json(), serde_json::to_string(&doc).expect("serde"));
    assert!(doc.to_json().contains("\"revision\":7"));
    let fresh = StoredDoc::new();
    assert!(!fresh.to_json().contains("revision"), "0 is not written");
    assert_eq!(
        fresh.to_json(),
        serde_json::to_string(&fresh).expect("serde")
    );
}

fn standard() -> michishirube::core::model::BodyData {
    load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/standard-town.toml"))
        .expect("standard-town")
}

/// 課長 → 部長 of the worded table, with 倫理観 rated against each grade
/// (it is asked once per grade) and 危機管理力 against 部長.
fn worded_assessment(
    d: &michishirube::core::model::BodyData,
) -> michishirube::core::assess::Assessment {
    use michishirube::core::assess::{Assessment, Entry, Selection};
    use michishirube::core::scale::{Level, Rating};
    let mut a = Assessment::new(Selection {
        body: "bando".parse_id(),
        track: "ippan".parse_id(),
        current: Position::Grade("kacho".parse_id()),
        next: Some("bucho".parse_id()),
        entry_year: None,
        grade_year: None,
        data_version: Some(d.version_tag()),
    });
    let rate = |level| Entry {
        rating: Some(Rating::Level(level)),
        note: "住民説明会の運営を任された".into(),
    };
    a.current.insert("rinrikan".parse_id(), rate(Level::Can));
    a.next.insert("rinrikan".parse_id(), rate(Level::Partly));
    a.next.insert("kiki-kanri".parse_id(), rate(Level::NotYet));
    a
}

#[test]
fn an_assessment_of_a_worded_table_is_stored_and_read_back_with_its_snapshot() {
    let d = standard();
    let mut doc = StoredDoc::new();
    doc.assessment = Some(worded_assessment(&d));
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).expect("date");
    assert!(doc.take_snapshot(day, Some("課長1年目".into())).is_some());
    let back = parse(&doc.to_json()).expect("reads back");
    assert_eq!(back, doc);
    // Against the same data nothing moves.
    let (same, orphans) = reconcile(back.assessment.as_ref().expect("kept"), &d);
    assert!(orphans.is_empty(), "{orphans:?}");
    assert_eq!(Some(same), doc.assessment);
}

#[test]
fn a_revision_that_renames_a_worded_ability_carries_its_ratings_on_both_grades() {
    let d = standard();
    let a = worded_assessment(&d);
    // The next version of the regulation calls 倫理観 「倫理」, with a new id
    // that replaces the old one; both grades now word the new id.
    let mut revised = d.clone();
    let old = "rinrikan".parse_id();
    let new = "rinri".parse_id();
    for ab in &mut revised.abilities {
        if ab.id == old {
            ab.id = new.clone();
            ab.name = michishirube::core::model::Label::ja("倫理");
            ab.replaces = vec![old.clone()];
        }
    }
    for g in &mut revised.grades {
        for w in &mut g.abilities {
            if w.ability == old {
                w.ability = new.clone();
            }
        }
    }
    michishirube::core::validate::validate("revised.toml", &revised).expect("valid");
    assert_ne!(revised.version_tag(), d.version_tag());
    let (fixed, orphans) = reconcile(&a, &revised);
    assert!(matches!(&orphans[0], Orphan::Revised { from: Some(_), .. }));
    assert_eq!(
        orphans[1],
        Orphan::Carried(vec![(old.clone(), new.clone())])
    );
    assert_eq!(orphans.len(), 2, "nothing is lost: {orphans:?}");
    assert_eq!(fixed.current.get(&new), a.current.get(&old));
    assert_eq!(fixed.next.get(&new), a.next.get(&old));
    assert!(fixed.next.contains_key(&"kiki-kanri".parse_id()));
    // The message names the ability as each version calls it.
    let name = |id: &michishirube::core::id::Id| {
        revised
            .name_of(id, michishirube::core::lang::Lang::Ja)
            .or_else(|| d.name_of(id, michishirube::core::lang::Lang::Ja))
    };
    assert_eq!(
        orphans[1].message_named(michishirube::core::lang::Lang::Ja, &name),
        "評価を新しい項目に引き継ぎました：「倫理観」→「倫理」。"
    );
    // The carried ratings answer the revised items as they are asked.
    let items = michishirube::core::assess::rate_items(
        &revised,
        Some(&"kacho".parse_id()),
        Some(&"bucho".parse_id()),
    );
    assert_eq!(fixed.progress(&items), (3, 8));
}
