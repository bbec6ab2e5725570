//! `cargo run --bin validate-data [FILE…] [--out DIR [--workbooks]]`
//!
//! Loads and validates the bodies' data files, prints what each holds, and
//! with `--out` writes what the browser loads: `DIR/index.json` and
//! `DIR/bodies/<id>.json`; with `--workbooks` also the Excel template and
//! each body's filled workbook, for HR offices to start from
//! (`DIR/workbooks/template.xlsx`, `DIR/workbooks/<id>.xlsx`). The trunk
//! build calls it with both, so a broken data file fails the build with the
//! file, the item's path and the problem.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::run(std::env::args().skip(1).collect())
}

// The wasm build compiles every binary target; this one has nothing to do there.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use michishirube::core::index::{body_path, build_index, prefecture_indexes};
    use michishirube::core::load::{body_from_json, load_dir, load_file};
    use michishirube::core::model::BodyData;
    use michishirube::core::validate::DataError;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    pub fn run(args: Vec<String>) -> ExitCode {
        let mut files = Vec::new();
        let mut out: Option<PathBuf> = None;
        let mut workbooks = false;
        let mut it = args.into_iter();
        while let Some(a) = it.next() {
            match a.as_str() {
                "--out" => match it.next() {
                    Some(d) => out = Some(PathBuf::from(d)),
                    None => return usage("--out にはフォルダを指定してください"),
                },
                "--workbooks" => workbooks = true,
                "-h" | "--help" => return usage(""),
                _ => files.push(PathBuf::from(a)),
            }
        }
        let loaded = if files.is_empty() {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies");
            load_dir(&dir)
        } else {
            load_files(&files)
        };
        let bodies = match loaded {
            Ok(b) => b,
            Err(errors) => {
                for e in &errors {
                    eprintln!("{e}");
                }
                eprintln!("validate-data: {} 件の問題があります", errors.len());
                return ExitCode::FAILURE;
            }
        };
        print_summary(&bodies);
        if let Some(dir) = out {
            if let Err(e) = write_out(&dir, &bodies) {
                eprintln!("validate-data: {} に書き出せません: {e}", dir.display());
                return ExitCode::FAILURE;
            }
            println!(
                "→ {} に index.json と bodies/*.json を書き出しました",
                dir.display()
            );
            if workbooks {
                if let Err(e) = write_workbooks(&dir.join("workbooks"), &bodies) {
                    eprintln!("validate-data: ブックを書き出せません: {e}");
                    return ExitCode::FAILURE;
                }
                println!(
                    "→ {} に template.xlsx と各団体のブックを書き出しました",
                    dir.join("workbooks").display()
                );
            }
        }
        ExitCode::SUCCESS
    }

    fn usage(msg: &str) -> ExitCode {
        if !msg.is_empty() {
            eprintln!("{msg}");
        }
        eprintln!("使い方: validate-data [FILE.toml …] [--out DIR [--workbooks]]");
        ExitCode::FAILURE
    }

    /// Loads TOML files, JSON files (as the build writes them; the
    /// benchmark generates 1,800 of those), and folders of either.
    fn load_files(files: &[PathBuf]) -> Result<Vec<(String, BodyData)>, Vec<DataError>> {
        let mut ok = Vec::new();
        let mut errors = Vec::new();
        let mut paths = Vec::new();
        for f in files {
            if f.is_dir() {
                let mut inner: Vec<PathBuf> = std::fs::read_dir(f)
                    .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
                    .unwrap_or_default();
                inner.sort();
                paths.extend(
                    inner
                        .into_iter()
                        .filter(|p| p.extension().is_some_and(|x| x == "toml" || x == "json")),
                );
            } else {
                paths.push(f.clone());
            }
        }
        for f in &paths {
            let name = f.display().to_string();
            let loaded = if f.extension().is_some_and(|x| x == "json") {
                std::fs::read_to_string(f)
                    .map_err(|e| {
                        vec![DataError {
                            file: name.clone(),
                            path: String::new(),
                            problem: michishirube::core::validate::Problem::Syntax(e.to_string()),
                        }]
                    })
                    .and_then(|t| body_from_json(&name, &t))
            } else {
                load_file(f)
            };
            match loaded {
                Ok(d) => ok.push((name, d)),
                Err(mut e) => errors.append(&mut e),
            }
        }
        if errors.is_empty() {
            Ok(ok)
        } else {
            Err(errors)
        }
    }

    fn print_summary(bodies: &[(String, BodyData)]) {
        println!(
            "{:<16} {:>5} {:>5} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
            "body",
            "grades",
            "abil",
            "marks",
            "worded",
            "can-do",
            "offer",
            "plan",
            "survey",
            "missing"
        );
        for (_, d) in bodies {
            let marks: usize = d
                .matrix
                .as_ref()
                .map_or(0, |m| m.rows.iter().map(|r| r.marks.len()).sum());
            let can_do: usize = d.grades.iter().map(|g| g.can_do.len()).sum();
            // An ability worded per grade counts once per grade that words it.
            let worded: usize = d.grades.iter().map(|g| g.abilities.len()).sum();
            let plan: usize = d.plan_tables.iter().map(|t| t.items.len()).sum();
            let survey: usize = d.surveys.iter().map(|s| s.items.len()).sum();
            println!(
                "{:<16} {:>5} {:>5} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
                d.body.id.as_str(),
                d.grades.len(),
                d.abilities.len(),
                marks,
                worded,
                can_do,
                d.offerings.len(),
                plan,
                survey,
                d.missing.len()
            );
        }
        println!("{} 団体のデータに問題はありません", bodies.len());
    }

    /// The template and each body's workbook, checked on the way out: each
    /// must read back to its body's data, so a layout change that loses
    /// something fails the build rather than an HR clerk's import.
    fn write_workbooks(dir: &Path, bodies: &[(String, BodyData)]) -> std::io::Result<()> {
        use michishirube::core::workbook::{read::from_workbook, write, xlsx};
        std::fs::create_dir_all(dir)?;
        let bytes = xlsx::write_xlsx(&write::template()).map_err(std::io::Error::other)?;
        std::fs::write(dir.join("template.xlsx"), bytes)?;
        for (_, d) in bodies {
            let bytes = xlsx::write_xlsx(&write::to_workbook(d)).map_err(std::io::Error::other)?;
            let back = xlsx::read_xlsx(&bytes)
                .map_err(|f| std::io::Error::other(f.to_string()))
                .and_then(|wb| {
                    from_workbook(&wb).map_err(|fs| {
                        std::io::Error::other(
                            fs.iter()
                                .map(|f| f.to_string())
                                .collect::<Vec<_>>()
                                .join("; "),
                        )
                    })
                })?;
            let sorted = |g: &[michishirube::core::model::Grade]| {
                let mut v = g.to_vec();
                v.sort_by(|a, b| a.id.cmp(&b.id));
                v
            };
            if back.data.tracks != d.tracks
                || back.data.matrix != d.matrix
                || back.data.offerings != d.offerings
                || back.data.documents != d.documents
                || back.data.abilities != d.abilities
                || sorted(&back.data.grades) != sorted(&d.grades)
            {
                return Err(std::io::Error::other(format!(
                    "{} のブックを読み戻すと内容が変わります",
                    d.body.id
                )));
            }
            std::fs::write(dir.join(format!("{}.xlsx", d.body.id)), bytes)?;
        }
        Ok(())
    }

    fn write_out(dir: &Path, bodies: &[(String, BodyData)]) -> std::io::Result<()> {
        std::fs::create_dir_all(dir.join("bodies"))?;
        for (_, d) in bodies {
            let json = serde_json::to_string(d).map_err(std::io::Error::other)?;
            std::fs::write(
                dir.join(body_path(&d.body.id).trim_start_matches("data/")),
                json,
            )?;
        }
        let index = build_index(bodies.iter().map(|(_, d)| d));
        let json = serde_json::to_string(&index).map_err(std::io::Error::other)?;
        std::fs::write(dir.join("index.json"), json)?;
        std::fs::create_dir_all(dir.join("index"))?;
        for p in prefecture_indexes(bodies.iter().map(|(_, d)| d)) {
            let json = serde_json::to_string(&p).map_err(std::io::Error::other)?;
            std::fs::write(
                dir.join(p.prefecture.file.trim_start_matches("data/")),
                json,
            )?;
        }
        Ok(())
    }
}
