//! The data validator over fixtures: the sample body passes, and each broken
//! fixture fails with the item's path and the expected Japanese message.
#![cfg(not(target_arch = "wasm32"))]

use michishirube::core::load::load_file;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Reads a `# expect-…: value` header line.
fn header(text: &str, key: &str) -> String {
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("# {key}: ")))
        .unwrap_or_else(|| panic!("fixture lacks '# {key}:'"))
        .trim()
        .to_owned()
}

#[test]
fn the_sample_body_is_valid() {
    let body = load_file(&fixtures().join("valid.toml")).expect("valid.toml must validate");
    assert_eq!(body.body.id, "valid");
}

#[test]
fn every_broken_fixture_fails_with_its_path_and_message() {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures().join("broken"))
        .expect("broken fixtures folder")
        .map(|e| e.expect("dir entry").path())
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 12,
        "expected the full set of broken fixtures"
    );
    for p in paths {
        let text = std::fs::read_to_string(&p).expect("readable fixture");
        let want_path = header(&text, "expect-path");
        let want_msg = header(&text, "expect-message");
        let errors = match load_file(&p) {
            Ok(_) => panic!("{} was accepted but must be rejected", p.display()),
            Err(e) => e,
        };
        let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert!(
            errors
                .iter()
                .any(|e| e.path.contains(&want_path) && e.to_string().contains(&want_msg)),
            "{}: expected an error at '{want_path}' containing '{want_msg}', got:\n{}",
            p.display(),
            shown.join("\n")
        );
        assert!(
            shown
                .iter()
                .all(|s| s.starts_with(&p.display().to_string())),
            "every message names the file: {shown:?}"
        );
    }
}

#[test]
fn the_cli_reports_a_broken_file_and_exits_non_zero() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_validate-data"))
        .arg(fixtures().join("broken/mark-outside-legend.toml"))
        .output()
        .expect("run validate-data");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("matrix.rows[1].marks[1]"), "{stderr}");
    assert!(stderr.contains("凡例にない記号「△」"), "{stderr}");
}

#[test]
fn the_cli_accepts_the_real_data_and_writes_index_and_bodies() {
    let out_dir =
        std::env::temp_dir().join(format!("michishirube-validate-{}", std::process::id()));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_validate-data"))
        .arg("--out")
        .arg(&out_dir)
        .output()
        .expect("run validate-data");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let index = std::fs::read_to_string(out_dir.join("index.json")).expect("index.json written");
    let ix: michishirube::core::index::Index = serde_json::from_str(&index).expect("index parses");
    for e in &ix.bodies {
        let p = out_dir.join(e.file.trim_start_matches("data/"));
        let json = std::fs::read_to_string(&p).expect("body json written");
        michishirube::core::load::body_from_json(&e.file, &json)
            .expect("round-trips and validates");
    }
    let _ = std::fs::remove_dir_all(&out_dir);
}

#[test]
fn the_json_fixture_for_browser_tests_is_the_sample_body() {
    // tests/components.rs runs in the browser, where TOML is not read; it
    // uses valid.json, which must stay the same body as valid.toml.
    let from_toml = load_file(&fixtures().join("valid.toml")).expect("valid.toml");
    let json = std::fs::read_to_string(fixtures().join("valid.json")).expect("valid.json");
    let from_json =
        michishirube::core::load::body_from_json("valid.json", &json).expect("valid.json");
    assert_eq!(from_toml, from_json);
}

fn standard() -> michishirube::core::model::BodyData {
    load_file(&fixtures().join("standard-town.toml")).expect("standard-town.toml must validate")
}

/// The messages for a body changed by `f`, each as `path: message`.
fn problems(f: impl FnOnce(&mut michishirube::core::model::BodyData)) -> Vec<String> {
    let mut d = standard();
    f(&mut d);
    match michishirube::core::validate::validate("standard-town.toml", &d) {
        Ok(()) => Vec::new(),
        Err(e) => e
            .iter()
            .map(|e| format!("{}: {}", e.path, e.problem))
            .collect(),
    }
}

fn assert_problem(got: &[String], path: &str, message: &str) {
    assert!(
        got.iter()
            .any(|g| g.starts_with(&format!("{path}: ")) && g.contains(message)),
        "expected '{path}: …{message}…', got {got:?}"
    );
}

fn ability_id(s: &str) -> michishirube::core::id::Id {
    michishirube::core::id::Id::parse(s).expect("test id")
}

#[test]
fn a_body_whose_only_framework_is_a_worded_table_is_valid() {
    let d = standard();
    assert!(d.matrix.is_none());
    assert_eq!(d.grades[1].abilities.len(), 6);
    assert_eq!(d.documents[0].number.as_deref(), Some("訓令第18号"));
}

#[test]
fn a_grade_that_words_an_unknown_ability_is_named() {
    let got = problems(|d| d.grades[0].abilities[0].ability = ability_id("nai"));
    assert_problem(
        &got,
        "grades[0].abilities[0].ability",
        "存在しない能力「nai」を参照しています",
    );
}

#[test]
fn a_grade_that_words_an_ability_twice_is_named() {
    let got = problems(|d| {
        let again = d.grades[0].abilities[0].clone();
        d.grades[0].abilities.push(again);
    });
    assert_problem(
        &got,
        "grades[0].abilities[3].ability",
        "この職位の能力の ID「rinrikan」が重複しています",
    );
}

#[test]
fn a_worded_ability_with_no_words_is_named() {
    let got = problems(|d| d.grades[0].abilities[0].statements.clear());
    assert_problem(
        &got,
        "grades[0].abilities[0].statements",
        "能力の文が空です",
    );
    let got = problems(|d| d.grades[0].abilities[1].statements[1].text = " ".into());
    assert_problem(
        &got,
        "grades[0].abilities[1].statements[1].text",
        "文が空です",
    );
}

#[test]
fn a_statement_or_can_do_citing_a_file_the_body_does_not_have_is_named() {
    let got = problems(|d| d.grades[1].abilities[2].statements[0].source.file = "x.txt".into());
    assert_problem(
        &got,
        "grades[1].abilities[2].statements[0].source.file",
        "出典ファイル「x.txt」が documents にありません",
    );
    let got = problems(|d| {
        d.grades[0].can_do.push(michishirube::core::model::CanDo {
            id: ability_id("cd-1"),
            text: "できる。".into(),
            replaces: Vec::new(),
            source: Some(michishirube::core::model::Source {
                file: "bando-hyojun-shokumu.html".into(),
                section: "".into(),
            }),
        })
    });
    assert_problem(
        &got,
        "grades[0].can_do[0].source.section",
        "出典の節（section）が空です",
    );
}

#[test]
fn an_ability_both_in_the_matrix_and_worded_by_a_grade_says_to_choose_one() {
    let got = problems(|d| {
        d.matrix = Some(michishirube::core::model::Matrix {
            columns: vec![ability_id("rinrikan")],
            ..toml::from_str(
                r#"title = "表"
                   columns = []
                   rows = []
                   legend = [{ symbol = "○", requirement = "acquire" }]
                   source = { file = "bando-hyojun-shokumu.html", section = "別表" }"#,
            )
            .expect("matrix")
        })
    });
    assert_problem(
        &got,
        "grades[0].abilities[0].ability",
        "能力「rinrikan」は表（matrix.columns）の列にあり、職位ごとの文（grades.abilities）でも言い表されています。どちらか一方にしてください",
    );
}

#[test]
fn an_ability_neither_in_the_matrix_nor_worded_stays_allowed() {
    let got = problems(|d| {
        for g in &mut d.grades {
            g.abilities.retain(|w| w.ability.as_str() != "ketsudan");
        }
    });
    assert!(got.is_empty(), "{got:?}");
}
