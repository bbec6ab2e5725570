//! Reading a body's data file into the model, with errors that name the
//! file, the item's path and the problem.
//!
//! The browser reads the JSON the build derives from `data/bodies/*.toml`,
//! through serde's derived reader (see [`super::json`]);
//! the native validator reads the TOML itself. Both paths end in
//! [`super::validate::validate`], so a file that loads is a file whose
//! references all resolve.

use super::json::read_body;
use super::model::BodyData;
use super::validate::{validate, DataError, Problem};

/// Parses a body from the JSON the build produces, then validates it.
///
/// `file` names the file in error messages.
pub fn body_from_json(file: &str, text: &str) -> Result<BodyData, Vec<DataError>> {
    let data = read_body(text).map_err(|e| {
        vec![DataError {
            file: file.to_owned(),
            path: e.path,
            problem: Problem::Syntax(e.message),
        }]
    })?;
    validate(file, &data)?;
    Ok(data)
}

/// Parses a body from its TOML authoring file, then validates it.
pub fn body_from_toml(file: &str, text: &str) -> Result<BodyData, Vec<DataError>> {
    let data: BodyData = toml::from_str(text).map_err(|e| {
        let path = e
            .span()
            .map(|s| {
                let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
                format!("{line}行目")
            })
            .unwrap_or_default();
        vec![DataError {
            file: file.to_owned(),
            path,
            problem: Problem::Syntax(e.message().to_owned()),
        }]
    })?;
    validate(file, &data)?;
    Ok(data)
}

/// Loads and validates every `*.toml` under `dir`, checking that each file's
/// name matches its body id. Returns the bodies in file-name order, or every
/// problem found across all files.
#[cfg(not(target_arch = "wasm32"))]
pub fn load_dir(dir: &std::path::Path) -> Result<Vec<(String, BodyData)>, Vec<DataError>> {
    let mut paths: Vec<std::path::PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(e) => {
            return Err(vec![DataError {
                file: dir.display().to_string(),
                path: String::new(),
                problem: Problem::Syntax(format!("フォルダを読めません: {e}")),
            }])
        }
    };
    paths.sort();
    if paths.is_empty() {
        return Err(vec![DataError {
            file: dir.display().to_string(),
            path: String::new(),
            problem: Problem::Syntax("データファイル（*.toml）が一つもありません".into()),
        }]);
    }
    let mut bodies = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        let name = p.display().to_string();
        match load_file(&p) {
            Ok(d) => match super::validate::check_file_name(&name, &d) {
                Ok(()) => bodies.push((name, d)),
                Err(e) => errors.push(e),
            },
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() {
        Ok(bodies)
    } else {
        Err(errors)
    }
}

/// Loads and validates one TOML data file.
#[cfg(not(target_arch = "wasm32"))]
pub fn load_file(path: &std::path::Path) -> Result<BodyData, Vec<DataError>> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| {
        vec![DataError {
            file: name.clone(),
            path: String::new(),
            problem: Problem::Syntax(format!("ファイルを読めません: {e}")),
        }]
    })?;
    body_from_toml(&name, &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_is_not_json_is_a_syntax_error_naming_the_file() {
        let errs = body_from_json("x.json", "{ not json").expect_err("must fail");
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].file, "x.json");
        assert!(matches!(errs[0].problem, Problem::Syntax(_)));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn an_unknown_key_is_rejected_rather_than_ignored() {
        let toml = r#"
format = 1
documents = []
colour = "red"
[body]
id = "x"
name = "X市"
kind = "市"
prefecture = "X県"
"#;
        let errs = body_from_toml("x.toml", toml).expect_err("must fail");
        assert!(errs[0].to_string().contains("colour"), "{}", errs[0]);
    }
}
