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
