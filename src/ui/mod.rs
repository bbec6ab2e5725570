//! The Yew shell: small function components over one reducer shared through
//! a context. Components render state and dispatch [`state::Action`]s; all
//! domain decisions live in [`crate::core`].
//!
//! Two wasm modules are built from it: the start-up shell ([`start`], the
//! first view, kept small) and the whole app ([`app`]), which the shell
//! loads when the person goes further.

pub mod app;
pub mod components;
pub mod fetch;
pub mod i18n;
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
