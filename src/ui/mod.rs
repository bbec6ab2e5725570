//! The Yew shell: small function components over one reducer shared through
//! a context. Components render state and dispatch [`state::Action`]s; all
//! domain decisions live in [`crate::core`].

pub mod app;
pub mod components;
pub mod fetch;
pub mod i18n;
pub mod state;
pub mod storage;

/// Today's date on this device.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Mounts the app on the document body.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
