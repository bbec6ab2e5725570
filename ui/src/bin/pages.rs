//! Entry point of the pages module: every page but the list of bodies, the
//! rating path (setup, rating, results) and the 1on1 面談, drawn by yew apps of their own
//! beside the main app's root. Loaded the first time one of them is opened
//! (ui/js/lazy.js), and precached in the background after the first view,
//! so none of them is in the first view or the app module:
//! - a body's page, with its published tables, and the suggestions and the
//!   plan (the audience root);
//! - the authoring page 「団体の枠組みを作る」, for HR offices;
//! - the pages for trainers and recruits (the workshop page, the sample
//!   employee, the pre-entry page), and the pages that read a body's
//!   documents off the rating path (the career path, the explorer, the
//!   accessibility statement);
//! - the person's history (snapshots, reviews, progress, export and
//!   import, deleting everything).

#[cfg(target_arch = "wasm32")]
mod exports {
    use michishirube_ui::lazy::{mount_root, unmount_root};
    use michishirube_ui::{audience, authoring::page::AuthorRoot, history};
    use wasm_bindgen::prelude::*;

    /// Mounts the authoring page into `root`; `input` is the page's input
    /// as JSON, and `events` is called with each thing the page asks of the
    /// app.
    #[wasm_bindgen]
    pub fn mount_author(root: web_sys::Element, input: &str, events: js_sys::Function) {
        mount_root::<AuthorRoot, _, _>(root, input, events);
    }

    /// Mounts a trainers' or recruits' page into `root`, likewise.
    #[wasm_bindgen]
    pub fn mount_audience(root: web_sys::Element, input: &str, events: js_sys::Function) {
        mount_root::<audience::AudienceRoot, _, _>(root, input, events);
    }

    /// Mounts the history page or a snapshot into `root`, likewise.
    #[wasm_bindgen]
    pub fn mount_history(root: web_sys::Element, input: &str, events: js_sys::Function) {
        mount_root::<history::HistoryRoot, _, _>(root, input, events);
    }

    /// Takes the page down, whichever it is.
    #[wasm_bindgen]
    pub fn unmount() {
        unmount_root();
    }
}

fn main() {}
