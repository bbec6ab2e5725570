//! What the authoring page does with a file an HR clerk chooses: find out
//! what it is, read it (a workbook, or a data file in this app's TOML or
//! JSON format), and check it with the build's own validator; and write a
//! body's data as the TOML file that `data/bodies/` holds.

use super::read::from_workbook;
use super::xlsx::{read_xlsx, refusal, sniff, FileKind, MAX_FILE_BYTES};
use super::Finding;
use crate::core::load::{body_from_json, body_from_toml};
use crate::core::model::BodyData;
use crate::core::validate::DataError;
use serde::{Deserialize, Serialize};

/// What reading a file came to. It crosses from the authoring module to
/// the app as JSON, so it is plain data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// What the file was: `xlsx`, `toml`, `json`, or what it was refused as.
    pub kind: String,
    /// The body's data, when the file was read with no problem.
    pub data: Option<BodyData>,
    /// What keeps the file from being used (then `data` is `None`).
    pub problems: Vec<Finding>,
    /// What was read differently from how it was typed.
    pub notices: Vec<Finding>,
}

fn kind_name(k: FileKind) -> &'static str {
    match k {
        FileKind::Xlsx => "xlsx",
        FileKind::OtherZip => "zip",
        FileKind::Xls => "xls",
        FileKind::Encrypted => "encrypted",
        FileKind::Pdf => "pdf",
        FileKind::Toml => "toml",
        FileKind::Json => "json",
        FileKind::Csv => "csv",
        FileKind::Unknown => "unknown",
    }
}

/// A data file's problem, by the item's path (a data file has no cells).
fn data_finding(e: &DataError) -> Finding {
    Finding::file(
        if e.path.is_empty() {
            e.problem.to_string()
        } else {
            format!("{}: {}", e.path, e.problem)
        },
        None,
    )
}

/// Reads whatever file the clerk chose.
pub fn read_any(bytes: &[u8], file_name: &str) -> Outcome {
    let refused = |kind: &str, f: Finding| Outcome {
        kind: kind.to_owned(),
        data: None,
        problems: vec![f],
        notices: Vec::new(),
    };
    if bytes.len() > MAX_FILE_BYTES {
        // read_xlsx says so in the words it uses for every too-large file.
        return match read_xlsx(bytes) {
            Err(f) => refused("too-large", f),
            Ok(_) => refused("too-large", Finding::file("ファイルが大きすぎます。", None)),
        };
    }
    let kind = sniff(bytes);
    let text = || {
        String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).into_owned()
    };
    let data_result = |r: Result<BodyData, Vec<DataError>>, kind: &str| match r {
        Ok(d) => Outcome {
            kind: kind.to_owned(),
            data: Some(d),
            problems: Vec::new(),
            notices: Vec::new(),
        },
        Err(errors) => Outcome {
            kind: kind.to_owned(),
            data: None,
            problems: errors.iter().map(data_finding).collect(),
            notices: Vec::new(),
        },
    };
    match kind {
        FileKind::Xlsx => match read_xlsx(bytes) {
            Err(f) => refused("xlsx", f),
            Ok(wb) => match from_workbook(&wb) {
                Ok(c) => Outcome {
                    kind: "xlsx".into(),
                    data: Some(c.data),
                    problems: Vec::new(),
                    notices: c.notices,
                },
                Err(problems) => Outcome {
                    kind: "xlsx".into(),
                    data: None,
                    problems,
                    notices: Vec::new(),
                },
            },
        },
        FileKind::Toml => data_result(body_from_toml(file_name, &text()), "toml"),
        FileKind::Json => data_result(body_from_json(file_name, &text()), "json"),
        other => refused(
            kind_name(other),
            refusal(other)
                .unwrap_or_else(|| Finding::file("このファイルの形式がわかりません。", None)),
        ),
    }
}

/// A body's data as the TOML file `data/bodies/<id>.toml` holds: what the
/// build's validator reads, exactly as the browser accepted it.
pub fn to_toml(d: &BodyData) -> Result<String, String> {
    let body = toml::to_string(d).map_err(|e| e.to_string())?;
    Ok(format!(
        "# {} の人材育成の枠組み（道しるべのデータファイル）\n# data/bodies/{}.toml として置けば、アプリに収録されます。形式は data/README.md を参照。\n\n{body}",
        d.body.name.ja, d.body.id
    ))
}
