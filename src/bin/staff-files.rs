//! `cargo run --release --bin staff-files -- --body PATH.toml|PATH.json
//! --count N --seed S --out DIR [--today YYYY-MM-DD] [--hostile]`
//!
//! Writes made-up staff files of one body, deterministically from the
//! seed (see `core::office::synth`), for trying the office's page and for
//! the tests and the bench: one file per submission, named
//! `<n>-michishirube-submission-<body>-<date>.json` so every name is
//! unique, and with `--hostile` the hostile set too (`hostile-<reason>…`).
//! The body is a data file (TOML) or the JSON the build writes
//! (`dist/data/bodies/<id>.json`). Without `--today` the day is today's,
//! so the dates, and so the files, change from day to day.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::run(std::env::args().skip(1).collect())
}

// The wasm build compiles every binary target; this one has nothing to do there.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use chrono::NaiveDate;
    use michishirube::core::dates::parse_iso;
    use michishirube::core::load::{body_from_json, load_file};
    use michishirube::core::model::BodyData;
    use michishirube::core::office::file::{file_name, to_json};
    use michishirube::core::office::synth::{generate, hostile};
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    /// What was asked for on the command line.
    struct Args {
        body: PathBuf,
        count: usize,
        seed: u64,
        out: PathBuf,
        today: NaiveDate,
        hostile: bool,
    }

    pub fn run(args: Vec<String>) -> ExitCode {
        let args = match parse_args(args) {
            Ok(a) => a,
            Err(problem) => return usage(&problem),
        };
        let d = match load(&args.body) {
            Ok(d) => d,
            Err(errors) => {
                for e in errors {
                    eprintln!("{e}");
                }
                return ExitCode::FAILURE;
            }
        };
        match write(&args, &d) {
            Ok(n) => {
                println!(
                    "→ {} に {} の提出用ファイルを {} 件書き出しました",
                    args.out.display(),
                    d.body.name.ja,
                    n
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("staff-files: {} に書き出せません: {e}", args.out.display());
                ExitCode::FAILURE
            }
        }
    }

    fn parse_args(args: Vec<String>) -> Result<Args, String> {
        let mut body = None;
        let mut count = None;
        let mut seed = None;
        let mut out = None;
        let mut today = chrono::Local::now().date_naive();
        let mut hostile = false;
        let mut it = args.into_iter();
        while let Some(a) = it.next() {
            let mut value = || it.next().ok_or(format!("{a} の値がありません"));
            match a.as_str() {
                "--body" => body = Some(PathBuf::from(value()?)),
                "--count" => {
                    count = Some(
                        value()?
                            .parse()
                            .map_err(|_| "--count は 0 以上の整数です".to_owned())?,
                    )
                }
                "--seed" => {
                    seed = Some(
                        value()?
                            .parse()
                            .map_err(|_| "--seed は 0 以上の整数です".to_owned())?,
                    )
                }
                "--out" => out = Some(PathBuf::from(value()?)),
                "--today" => {
                    today =
                        parse_iso(&value()?).ok_or("--today は YYYY-MM-DD の日付です".to_owned())?
                }
                "--hostile" => hostile = true,
                "-h" | "--help" => return Err(String::new()),
                other => return Err(format!("知らない引数です: {other}")),
            }
        }
        Ok(Args {
            body: body.ok_or("--body がありません")?,
            count: count.ok_or("--count がありません")?,
            seed: seed.ok_or("--seed がありません")?,
            out: out.ok_or("--out がありません")?,
            today,
            hostile,
        })
    }

    /// A body from its data file (TOML) or the JSON the build writes.
    fn load(path: &Path) -> Result<BodyData, Vec<String>> {
        let as_strings = |errors: Vec<michishirube::core::validate::DataError>| {
            errors.iter().map(ToString::to_string).collect::<Vec<_>>()
        };
        if path.extension().is_some_and(|e| e == "json") {
            let name = path.display().to_string();
            let text = std::fs::read_to_string(path)
                .map_err(|e| vec![format!("{name}: ファイルを読めません: {e}")])?;
            body_from_json(&name, &text).map_err(as_strings)
        } else {
            load_file(path).map_err(as_strings)
        }
    }

    /// Writes the files; returns how many.
    fn write(args: &Args, d: &BodyData) -> std::io::Result<usize> {
        std::fs::create_dir_all(&args.out)?;
        let files = generate(d, args.count, args.seed, args.today);
        let width = args.count.to_string().len().max(4);
        for (i, s) in files.iter().enumerate() {
            let name = format!("{:0width$}-{}", i + 1, file_name(s));
            std::fs::write(args.out.join(name), to_json(s))?;
        }
        let mut n = files.len();
        if args.hostile {
            for (name, bytes) in hostile(d, args.seed, args.today) {
                std::fs::write(args.out.join(name), bytes)?;
                n += 1;
            }
        }
        Ok(n)
    }

    fn usage(problem: &str) -> ExitCode {
        if !problem.is_empty() {
            eprintln!("staff-files: {problem}");
        }
        eprintln!(
            "使い方: staff-files --body PATH.toml|PATH.json --count N --seed S --out DIR [--today YYYY-MM-DD] [--hostile]"
        );
        if problem.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }
}
