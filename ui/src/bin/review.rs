//! Entry point of the review module: the pages of the 1on1 面談 (share,
//! hand-over, review, comparison), drawn by a yew app of their own beside
//! the main app's root. Loaded only the first time one of those pages is
//! opened (ui/js/lazy.js), so the share codec, the supervisor's form and
//! the comparison are in neither the first view nor the app module.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Mounts a page into `root`; `input` is the page's input as JSON, and
    /// `events` is called with each thing the page asks of the app.
    #[wasm_bindgen]
    pub fn mount(root: web_sys::Element, input: &str, events: js_sys::Function) {
        michishirube_ui::review::mount(root, input, events);
    }

    /// Takes the page down.
    #[wasm_bindgen]
    pub fn unmount() {
        michishirube_ui::review::unmount();
    }
}

fn main() {}
