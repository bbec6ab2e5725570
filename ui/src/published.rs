//! A body's published pages as static HTML: the body's page, its career
//! path, its page for recruits, and the accessibility statement, which
//! show only what a body published and nothing of the person.
//!
//! At build time the prerenderer (`prerender/`) renders [`StaticPage`]
//! natively with yew's server renderer, one file per body and page, at
//! the paths [`Page::path`] names (`bodies/koriyama/`, …). They are drawn
//! from the same components the app draws for those pages
//! ([`BodyView`], [`CareerView`], [`PreEntryView`], [`StatementView`]),
//! inside the same header, menu and footer as the first view, so a trainer
//! can put one on a slide, a search engine can index it, and it reads with
//! scripts off.
//!
//! The components tell the two places apart by the [`Place`] context: in
//! the app a section link is a route (`#/body/koriyama?to=kpi`) that the
//! app follows, on a static page it is a plain in-page anchor (`#kpi`),
//! and a link to another published page of the body goes to its static
//! file. Every other link is a route into the app (`#/…`), which the
//! prerenderer points at the app's own `index.html` from the page's depth.

use crate::audience::body::BodyView;
use crate::audience::career::CareerView;
use crate::audience::pre_entry::PreEntryView;
use crate::audience::statement::StatementView;
use crate::components::chrome::{Footer, Header, Nav};
use crate::core::model::BodyData;
use crate::i18n::Lang;
use crate::route::Route;
use crate::state::Shared;
use yew::prelude::*;

/// Where a published page is drawn. The app provides none (the default,
/// [`Place::App`]); the prerenderer provides [`Place::Static`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Place {
    /// In the app, where links are routes.
    #[default]
    App,
    /// In a static HTML file written at build time, with no script.
    Static,
}

/// Where the published page being drawn is.
#[hook]
pub fn use_place() -> Place {
    use_context::<Place>().unwrap_or_default()
}

impl Place {
    /// The link to a section of `route`'s page: a route the app follows,
    /// or a plain in-page anchor.
    pub fn section_href(self, route: &Route, section: &str) -> String {
        match self {
            Place::App => route.section_hash(section),
            Place::Static => format!("#{section}"),
        }
    }

    /// The link from a body's page to its career path: its static file
    /// beside the body's page, or the app's page.
    pub fn career_href(self, body: &BodyData) -> String {
        match self {
            Place::App => Route::Career(body.body.id.clone()).to_hash(),
            Place::Static => "career/".into(),
        }
    }

    /// The link from a body's page to its page for recruits.
    pub fn pre_entry_href(self, body: &BodyData) -> String {
        match self {
            Place::App => Route::PreEntry(body.body.id.clone()).to_hash(),
            Place::Static => "pre-entry/".into(),
        }
    }
}

/// One published page.
#[derive(Debug, Clone, PartialEq)]
pub enum Page {
    /// A body's page.
    Body(Shared<BodyData>),
    /// A body's career path (with no person's "you are here").
    Career(Shared<BodyData>),
    /// A body's page for recruits.
    PreEntry(Shared<BodyData>),
    /// The accessibility statement.
    Statement,
}

impl Page {
    /// Where the page's file lives in the build, relative to the app's
    /// `index.html`, as a directory (its file is `index.html` in it).
    pub fn path(&self) -> String {
        match self {
            Page::Body(d) => format!("bodies/{}/", d.body.id),
            Page::Career(d) => format!("bodies/{}/career/", d.body.id),
            Page::PreEntry(d) => format!("bodies/{}/pre-entry/", d.body.id),
            Page::Statement => "accessibility/".into(),
        }
    }

    /// The way from the page back up to the app's directory (`../../`).
    pub fn up(&self) -> String {
        "../".repeat(self.path().matches('/').count())
    }

    /// The route the app draws the same page at.
    pub fn route(&self) -> Route {
        match self {
            Page::Body(d) => Route::Body(d.body.id.clone()),
            Page::Career(d) => Route::Career(d.body.id.clone()),
            Page::PreEntry(d) => Route::PreEntry(d.body.id.clone()),
            Page::Statement => Route::Accessibility,
        }
    }

    /// The document's title: the body, the page, the app.
    pub fn title(&self) -> String {
        let name = |d: &BodyData| format!("{}（{}）", d.body.name.ja, d.body.kind.ja());
        match self {
            Page::Body(d) => format!("{} 職位ごとの能力と研修 — 道しるべ", name(d)),
            Page::Career(d) => format!("{} キャリアパス — 道しるべ", name(d)),
            Page::PreEntry(d) => format!("{} 入庁前の方へ — 道しるべ", name(d)),
            Page::Statement => "アクセシビリティ方針 — 道しるべ".into(),
        }
    }

    /// The document's description, for search engines and link previews.
    pub fn description(&self) -> String {
        let docs = |d: &BodyData| {
            d.documents
                .iter()
                .map(|doc| format!("「{}」", doc.title))
                .collect::<Vec<_>>()
                .join("")
        };
        match self {
            Page::Body(d) => format!(
                "{}が公表した{}から、職位ごとに求められる能力、職種と職位、取組の計画、目標、研修・支援制度をまとめています。",
                d.body.name.ja,
                docs(d)
            ),
            Page::Career(d) => format!(
                "{}が公表した{}に示された職種ごとの職位の並びとキャリアパスです。",
                d.body.name.ja,
                docs(d)
            ),
            Page::PreEntry(d) => format!(
                "{}で働き始める前の方へ：求められる職員の姿、はじめの数年、あとで使える支援を、公表された{}からまとめています。",
                d.body.name.ja,
                docs(d)
            ),
            Page::Statement => "道しるべのアクセシビリティ方針：目標とする適合レベル、確かめていること、グラフの読み方、分かっている課題。".into(),
        }
    }
}

/// Props for [`StaticPage`].
#[derive(Properties, PartialEq)]
pub struct StaticPageProps {
    /// The page to draw.
    pub page: Page,
}

/// A published page with the first view's frame (skip link, header, menu,
/// footer), in Japanese, as the build writes it.
#[component]
pub fn StaticPage(props: &StaticPageProps) -> Html {
    // The body's other pages lead back to its page, which links to them.
    let back = |d: &BodyData| {
        html! {
            <a class="back" href="../">{ match Lang::Ja {
                Lang::Ja => format!("← {}のページへ戻る", d.body.name.ja),
                Lang::En => format!("← Back to {}", d.body.name.glossed(Lang::En)),
            } }</a>
        }
    };
    let content = match &props.page {
        Page::Body(d) => html! { <BodyView data={d.clone()} /> },
        Page::Career(d) => {
            html! { <>{ back(d) }<CareerView data={d.clone()} assessment={None} /></> }
        }
        Page::PreEntry(d) => html! { <>{ back(d) }<PreEntryView data={d.clone()} /></> },
        Page::Statement => html! { <StatementView /> },
    };
    html! {
        <ContextProvider<Lang> context={Lang::Ja}>
            <ContextProvider<Place> context={Place::Static}>
                <Header on_switch={Callback::noop()} />
                <Nav route={props.page.route()} />
                <main id="main" tabindex="-1">{ content }</main>
                <Footer />
            </ContextProvider<Place>>
        </ContextProvider<Lang>>
    }
}
