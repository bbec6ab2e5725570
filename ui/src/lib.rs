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
//! - [`start`]: the small first-view module.
//!
//! Two wasm modules are built from it: the start-up shell ([`start`], the
//! first view, kept small) and the whole app ([`app`]), which the shell
//! loads when the person goes further.

/// The domain core, under the name the UI's modules use for it.
pub use michishirube::core;

pub mod app;
pub mod authoring;
pub mod components;
pub mod download;
pub mod fetch;
pub mod i18n;
pub mod lazy;
pub mod pages;
pub mod review;
pub mod route;
pub mod start;
pub mod state;
pub mod storage;

/// Today's date on this device.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// The id of the element the whole app is drawn in. Pages of modules
/// loaded on demand are drawn beside it, never in it ([`lazy`]).
pub const APP_ROOT: &str = "app";

/// Mounts the whole app, taking over from the start-up shell ([`start`])
/// if it is on the page.
pub fn mount_app() {
    let doc = gloo::utils::document();
    if let Some(shell) = doc.get_element_by_id(start::ROOT_ID) {
        shell.remove();
    }
    let root = doc.get_element_by_id(APP_ROOT).or_else(|| {
        let el = doc.create_element("div").ok()?;
        el.set_id(APP_ROOT);
        let body = doc.body()?;
        // First in the body, so that a page module's root comes after it.
        body.insert_before(&el, body.first_child().as_ref()).ok()?;
        Some(el)
    });
    match root {
        Some(root) => yew::Renderer::<app::App>::with_root(root).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
}
