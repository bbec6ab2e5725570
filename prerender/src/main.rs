//! Writes the first view into the built `index.html`.
//!
//! A trunk post-build hook (Trunk.toml) runs it after the data validator
//! has written `data/index.json`: it renders
//! [`michishirube_ui::first_view::FirstView`] over that index with yew's
//! server renderer and puts the HTML inside `<div id="first-view">` of
//! `index.html`. One source of markup: the app draws the same components,
//! so nothing on screen changes when it takes over (a clean hand-over, not
//! hydration, which would need the app to carry the renderer's state).
//!
//! Usage: `prerender DIR` (DIR holds index.html and data/index.json).

use michishirube::core::index::Index;
use michishirube_ui::first_view::{FirstView, FirstViewProps, FIRST_VIEW_ID};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;
use yew::LocalServerRenderer;

/// What can go wrong, said for the person running the build.
#[derive(Debug)]
enum Error {
    Read(PathBuf, std::io::Error),
    Index(serde_json::Error),
    NoPlace,
    Write(PathBuf, std::io::Error),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Read(p, e) => write!(f, "cannot read {}: {e}", p.display()),
            Error::Index(e) => write!(f, "data/index.json is not a valid index: {e}"),
            Error::NoPlace => write!(
                f,
                "index.html has no <div id=\"{FIRST_VIEW_ID}\"></div> to fill"
            ),
            Error::Write(p, e) => write!(f, "cannot write {}: {e}", p.display()),
        }
    }
}

/// The first view's HTML for an index.
fn render(index: Index) -> String {
    let props = FirstViewProps {
        index: Rc::new(index),
    };
    futures::executor::block_on(
        LocalServerRenderer::<FirstView>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// Fills the placeholder of `page` with `view`; an already filled page
/// (a second run of the hook) is filled afresh.
fn place(page: &str, view: &str) -> Result<String, Error> {
    let open = format!("<div id=\"{FIRST_VIEW_ID}\">");
    let start = page.find(&open).ok_or(Error::NoPlace)? + open.len();
    let end = page[start..]
        .find("<!-- /first-view --></div>")
        .map(|i| start + i)
        .or_else(|| page[start..].find("</div>").map(|i| start + i))
        .ok_or(Error::NoPlace)?;
    Ok(format!(
        "{}{view}<!-- /first-view -->{}",
        &page[..start],
        &page[end..].trim_start_matches("<!-- /first-view -->")
    ))
}

fn run(dir: &Path) -> Result<usize, Error> {
    let ix_path = dir.join("data").join("index.json");
    let text = std::fs::read_to_string(&ix_path).map_err(|e| Error::Read(ix_path, e))?;
    let index: Index = serde_json::from_str(&text).map_err(Error::Index)?;
    let page_path = dir.join("index.html");
    let page =
        std::fs::read_to_string(&page_path).map_err(|e| Error::Read(page_path.clone(), e))?;
    let view = render(index);
    let out = place(&page, &view)?;
    std::fs::write(&page_path, out).map_err(|e| Error::Write(page_path, e))?;
    Ok(view.len())
}

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
    else {
        eprintln!("prerender: no directory given and TRUNK_STAGING_DIR is not set");
        return ExitCode::FAILURE;
    };
    match run(Path::new(&dir)) {
        Ok(n) => {
            println!("prerender: first view written into index.html ({n} bytes)");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

// Native only: the tests read the real data files, as the build does.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_placeholder_is_filled_and_a_second_run_replaces_the_first() {
        let page = r#"<body><div id="first-view"></div><script></script></body>"#;
        let once = place(page, "<p>A</p>").expect("placed");
        assert_eq!(
            once,
            r#"<body><div id="first-view"><p>A</p><!-- /first-view --></div><script></script></body>"#
        );
        let twice = place(&once, "<p>B</p>").expect("placed again");
        assert_eq!(twice, once.replace("<p>A</p>", "<p>B</p>"));
    }

    #[test]
    fn the_first_view_lists_every_real_body_with_a_working_link() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/bodies");
        let bodies = michishirube::core::load::load_dir(&dir).expect("the real data loads");
        let index = michishirube::core::index::build_index(bodies.iter().map(|(_, d)| d));
        let html = render(index);
        for (_, d) in &bodies {
            assert!(
                html.contains(&format!("href=\"#/body/{}\"", d.body.id)),
                "{} has no link",
                d.body.id
            );
        }
        assert!(
            html.contains("<main id=\"main\""),
            "the main region is there"
        );
        assert!(html.contains("class=\"site-nav\""), "the menu is there");
        assert!(!html.contains("<!--<["), "no hydration markers");
    }

    #[test]
    fn a_page_without_the_placeholder_is_an_error() {
        assert!(matches!(place("<body></body>", "x"), Err(Error::NoPlace)));
    }
}
