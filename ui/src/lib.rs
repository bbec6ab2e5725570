//! The Yew shell of 道しるべ: small function components over one reducer
//! shared through a context. Components render state and dispatch
//! [`state::Action`]s; all domain decisions live in the core crate
//! (`michishirube::core`), which this crate depends on and never the
//! reverse.
//!
//! Where things live:
//! - [`route`]: every view's address, both directions, and navigation;
//! - [`state`]: the one state and its actions (no I/O);
//! - [`app`]: the root component and the effects that do the I/O;
//! - [`pages`]: one page per route; [`components`]: the widgets pages use;
//! - [`fetch`], [`storage`]: the network and the browser's storage;
//! - [`first_view`]: the first view, which the build renders to static HTML;
//! - [`published`]: a body's published pages, which the build writes as
//!   static HTML too;
//! - [`audience`], [`history`], [`authoring`], [`review`], [`office`]: the pages off
//!   the rating path, grouped by who opens them; every page is a function
//!   component of the one app, picked by [`pages::page`].
//!
//! Two wasm modules are built from it: the whole app ([`app`], every page),
//! which `assets/boot.js` loads when the person leaves the static first
//! view; and the authoring module (the workbook reader and the file
//! makers), loaded only when the authoring page reads or makes a file
//! ([`authoring::reader`]).

/// The domain core, under the name the UI's modules use for it.
pub use michishirube::core;

pub mod app;
pub mod audience;
pub mod authoring;
pub mod components;
pub mod download;
pub mod fetch;
pub mod first_view;
pub mod history;
pub mod i18n;
pub mod office;
pub mod pages;
pub mod published;
pub mod review;
pub mod route;
pub mod state;
pub mod storage;

/// Today's date on this device.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// The id of the element the whole app is drawn in.
pub const APP_ROOT: &str = "app";

/// Mounts the whole app, taking over from the static first view
/// ([`first_view`]): the app draws first, then the static view goes, in the
/// same task, so nothing is painted in between and nothing shifts.
pub fn mount_app() {
    let doc = gloo::utils::document();
    let root = doc.get_element_by_id(APP_ROOT).or_else(|| {
        let el = doc.create_element("div").ok()?;
        el.set_id(APP_ROOT);
        let body = doc.body()?;
        // First in the body, before the static first view it replaces.
        body.insert_before(&el, body.first_child().as_ref()).ok()?;
        Some(el)
    });
    match root {
        Some(root) => yew::Renderer::<app::App>::with_root(root).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
    if let Some(view) = doc.get_element_by_id(first_view::FIRST_VIEW_ID) {
        view.remove();
    }
    // boot.js's marks (the static view hidden, the app on its way).
    if let Some(html) = doc.document_element() {
        let _ = html.class_list().remove_2("app-first", "app-loading");
    }
}
