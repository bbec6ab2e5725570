//! Writes the first view into the built `index.html`, and each body's
//! published pages as static HTML files beside it.
//!
//! A trunk post-build hook (Trunk.toml) runs it after the data validator
//! has written `data/index.json` and `data/bodies/<id>.json`:
//! - it renders [`michishirube_ui::first_view::FirstView`] over that index
//!   with yew's server renderer and puts the HTML inside
//!   `<div id="first-view">` of `index.html`. One source of markup: the app
//!   draws the same components, so nothing on screen changes when it takes
//!   over (a clean hand-over, not hydration, which would need the app to
//!   carry the renderer's state);
//! - it renders [`StaticPage`] for every body's page, career path and page
//!   for recruits, and for the accessibility statement, into
//!   `bodies/<id>/index.html`, `bodies/<id>/career/index.html`,
//!   `bodies/<id>/pre-entry/index.html` and `accessibility/index.html`:
//!   whole documents with the app's stylesheet and no script, whose links
//!   into the app (`#/…`) lead to the app's `index.html` ([`app_links`]).
//!
//! Usage: `prerender DIR` (DIR holds index.html, data/index.json and
//! data/bodies/).

use michishirube::core::index::Index;
use michishirube::core::model::BodyData;
use michishirube_ui::first_view::{FirstView, FirstViewProps, FIRST_VIEW_ID};
use michishirube_ui::published::{Page, StaticPage, StaticPageProps};
use michishirube_ui::state::Shared;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;
use yew::LocalServerRenderer;

/// What can go wrong, said for the person running the build.
#[derive(Debug)]
enum Error {
    Read(PathBuf, std::io::Error),
    Index(serde_json::Error),
    Body(PathBuf, serde_json::Error),
    NoPlace,
    NoStylesheet,
    Write(PathBuf, std::io::Error),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Read(p, e) => write!(f, "cannot read {}: {e}", p.display()),
            Error::Index(e) => write!(f, "data/index.json is not a valid index: {e}"),
            Error::Body(p, e) => write!(f, "{} is not a valid body: {e}", p.display()),
            Error::NoStylesheet => write!(
                f,
                "index.html names no stylesheet (<link rel=\"stylesheet\" href=\"…\">)"
            ),
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

/// A published page's content (frame and page) as HTML.
fn render_page(page: Page) -> String {
    futures::executor::block_on(
        LocalServerRenderer::<StaticPage>::with_props(StaticPageProps { page })
            .hydratable(false)
            .render(),
    )
}

/// Points the links into the app (`href="#/…"`, routes) at the app's
/// `index.html`, `up` directories above the page; the accessibility
/// statement's route goes to its static page instead. In-page anchors
/// (`#kpi`, the skip link's `#main`) and links to the body's other static
/// pages (`career/`) stay as they are.
fn app_links(html: &str, up: &str) -> String {
    html.replace(
        "href=\"#/accessibility\"",
        &format!("href=\"{up}accessibility/\""),
    )
    .replace("href=\"#/", &format!("href=\"{up}#/"))
}

/// Escapes text for an HTML attribute or element.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The stylesheet and icon links of the built `index.html` (their names
/// carry trunk's content hashes), to name the same files from the pages.
struct Assets {
    /// The stylesheet's path, relative to index.html.
    css: String,
    /// The icon's path, if the page names one.
    icon: Option<String>,
}

impl Assets {
    fn of(index_html: &str) -> Result<Assets, Error> {
        let href = |tag_start: &str| {
            let at = index_html.find(tag_start)?;
            let rest = &index_html[at..];
            let rest = &rest[rest.find("href=\"")? + 6..];
            let value = &rest[..rest.find('"')?];
            Some(value.trim_start_matches("./").to_owned())
        };
        Ok(Assets {
            css: href("<link rel=\"stylesheet\"").ok_or(Error::NoStylesheet)?,
            icon: href("<link rel=\"icon\""),
        })
    }
}

/// A published page as a whole document: in Japanese, titled and
/// described, with the app's stylesheet and no script.
fn document(page: Page, assets: &Assets) -> String {
    let up = page.up();
    let title = escape(&page.title());
    let description = escape(&page.description());
    let body = app_links(&render_page(page), &up);
    let icon = assets.icon.as_ref().map_or(String::new(), |i| {
        format!("\n    <link rel=\"icon\" href=\"{up}{}\">", escape(i))
    });
    format!(
        r#"<!DOCTYPE html>
<html lang="ja" class="static-page">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="{description}">
    <title>{title}</title>{icon}
    <link rel="stylesheet" href="{up}{css}">
</head>
<body>
{body}
</body>
</html>
"#,
        css = escape(&assets.css)
    )
}

/// Every body the validator wrote (`data/bodies/*.json`), in file order.
fn bodies(dir: &Path) -> Result<Vec<BodyData>, Error> {
    let dir = dir.join("data").join("bodies");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| Error::Read(dir.clone(), e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).map_err(|e| Error::Read(p.clone(), e))?;
            serde_json::from_str::<BodyData>(&text).map_err(|e| Error::Body(p, e))
        })
        .collect()
}

/// Writes one published page at its path under `dir`.
fn write_page(dir: &Path, page: Page, assets: &Assets) -> Result<(), Error> {
    let folder = dir.join(page.path());
    std::fs::create_dir_all(&folder).map_err(|e| Error::Write(folder.clone(), e))?;
    let file = folder.join("index.html");
    std::fs::write(&file, document(page, assets)).map_err(|e| Error::Write(file, e))
}

/// What a run wrote: the first view's size and the number of pages.
struct Written {
    first_view: usize,
    pages: usize,
}

fn run(dir: &Path) -> Result<Written, Error> {
    let ix_path = dir.join("data").join("index.json");
    let text = std::fs::read_to_string(&ix_path).map_err(|e| Error::Read(ix_path, e))?;
    let index: Index = serde_json::from_str(&text).map_err(Error::Index)?;
    let page_path = dir.join("index.html");
    let page =
        std::fs::read_to_string(&page_path).map_err(|e| Error::Read(page_path.clone(), e))?;
    let view = render(index);
    let out = place(&page, &view)?;
    let assets = Assets::of(&out)?;
    std::fs::write(&page_path, out).map_err(|e| Error::Write(page_path, e))?;
    let mut pages = 0;
    write_page(dir, Page::Statement, &assets)?;
    pages += 1;
    for body in bodies(dir)? {
        let data = Shared::from(body);
        write_page(dir, Page::Body(data.clone()), &assets)?;
        write_page(dir, Page::Career(data.clone()), &assets)?;
        write_page(dir, Page::PreEntry(data), &assets)?;
        pages += 3;
    }
    Ok(Written {
        first_view: view.len(),
        pages,
    })
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
        Ok(w) => {
            println!(
                "prerender: first view written into index.html ({} bytes); {} static pages",
                w.first_view, w.pages
            );
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
                html.contains(&format!("href=\"bodies/{}/\"", d.body.id)),
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

    fn koriyama() -> Shared<BodyData> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/bodies");
        let bodies = michishirube::core::load::load_dir(&dir).expect("the real data loads");
        let (_, data) = bodies
            .into_iter()
            .find(|(_, d)| d.body.id.as_str() == "koriyama")
            .expect("郡山市 is there");
        Shared::from(data)
    }

    fn assets() -> Assets {
        Assets::of(r#"<link rel="icon" href="./icon-1.svg"/><link rel="stylesheet" href="./main-abc.css" integrity="x"/>"#)
            .expect("assets named")
    }

    /// Every `href` of a page.
    fn hrefs(html: &str) -> Vec<&str> {
        html.split("href=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .collect()
    }

    #[test]
    fn a_body_page_is_a_whole_document_with_the_stylesheet_and_no_script() {
        let html = document(Page::Body(koriyama()), &assets());
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ja\""));
        assert!(html.contains("<title>郡山市（市） 職位ごとの能力と研修 — 道しるべ</title>"));
        assert!(html.contains("<meta name=\"description\" content=\"郡山市が公表した"));
        assert!(html.contains("<link rel=\"stylesheet\" href=\"../../main-abc.css\">"));
        assert!(html.contains("<link rel=\"icon\" href=\"../../icon-1.svg\">"));
        assert!(!html.contains("<script"), "no script");
        assert!(!html.contains("style="), "no inline style");
        assert!(!html.contains("<!--<["), "no hydration markers");
        for part in [
            "id=\"main\"",
            "class=\"site-nav\"",
            "class=\"site-footer\"",
            "id=\"body-heading\"",
            "id=\"matrix\"",
            "id=\"kpi\"",
            "id=\"offerings\"",
        ] {
            assert!(html.contains(part), "{part} is there");
        }
    }

    #[test]
    fn every_link_of_a_body_page_is_an_anchor_on_it_a_static_page_or_the_app() {
        let html = document(Page::Body(koriyama()), &assets());
        let links = hrefs(&html);
        for section in ["#matrix", "#grades", "#kpi", "#offerings"] {
            assert!(links.contains(&section), "the contents link to {section}");
        }
        assert!(links.contains(&"#main"), "the skip link stays on the page");
        assert!(links.contains(&"career/") && links.contains(&"pre-entry/"));
        assert!(links.contains(&"../../accessibility/"));
        assert!(links.contains(&"../../#/"), "the list, in the app");
        assert!(
            links.contains(&"../../#/start/koriyama/jimu-gijutsu"),
            "start, in the app"
        );
        for l in &links {
            let in_page = l.starts_with('#') && !l.starts_with("#/");
            let known = ["career/", "pre-entry/", "../../accessibility/"].contains(l);
            assert!(
                in_page
                    || known
                    || l.starts_with("../../#/")
                    || l.starts_with("../../") && l.ends_with(".css")
                    || l.ends_with(".svg"),
                "{l} leads somewhere that exists"
            );
            if in_page && *l != "#main" {
                assert!(
                    html.contains(&format!("id=\"{}\"", &l[1..])),
                    "{l} has its target"
                );
            }
        }
    }

    #[test]
    fn the_career_and_recruit_pages_lead_back_to_the_body_and_into_the_app_from_their_depth() {
        let career = document(Page::Career(koriyama()), &assets());
        assert!(career.contains("<title>郡山市（市） キャリアパス — 道しるべ</title>"));
        assert!(hrefs(&career).contains(&"../"));
        assert!(hrefs(&career).contains(&"../../../#/"));
        assert!(career.contains("href=\"../../../main-abc.css\""));
        assert!(
            !career.contains("現在地"),
            "no person's place on a published page"
        );
        let pre = document(Page::PreEntry(koriyama()), &assets());
        assert!(hrefs(&pre).contains(&"../"));
        assert!(hrefs(&pre)
            .iter()
            .any(|l| l.starts_with("../../../#/start/koriyama/") && l.ends_with("/pre-entry")));
        let statement = document(Page::Statement, &assets());
        assert!(statement.contains("id=\"a11y-heading\""));
        assert!(hrefs(&statement).contains(&"../#/"));
        assert!(hrefs(&statement).contains(&"../accessibility/"));
    }

    #[test]
    fn links_into_the_app_get_the_way_up_and_anchors_stay() {
        assert_eq!(
            app_links(
                r##"<a href="#/body/x">a</a><a href="#kpi">b</a><a href="#/accessibility">c</a>"##,
                "../../"
            ),
            r##"<a href="../../#/body/x">a</a><a href="#kpi">b</a><a href="../../accessibility/">c</a>"##
        );
    }

    #[test]
    fn text_is_escaped_in_the_head() {
        assert_eq!(
            escape(r#"<a href="x">&"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;"
        );
    }

    #[test]
    fn a_page_without_the_placeholder_is_an_error() {
        assert!(matches!(place("<body></body>", "x"), Err(Error::NoPlace)));
    }
}
