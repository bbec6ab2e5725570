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
pub mod pages;
pub mod route;
pub mod start;
pub mod state;
pub mod storage;

/// Today's date on this device.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Mounts the whole app on the document body, taking over from the
/// start-up shell ([`start`]) if it is on the page.
pub fn mount_app() {
    if let Some(shell) = gloo::utils::document().get_element_by_id(start::ROOT_ID) {
        shell.remove();
    }
    yew::Renderer::<app::App>::new().render();
}
