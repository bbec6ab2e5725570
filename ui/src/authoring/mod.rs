//! 団体の枠組みを作る (`#/author`), for an HR office bringing its own
//! framework. Only HR offices open it, so none of it is in the app module:
//! - [`page`], the page itself, is drawn by the pages module
//!   (ui/src/bin/pages.rs), loaded the first time a page of it is opened,
//!   beside the app (see [`crate::lazy`]); the app mounts it with
//!   [`io::AuthorInput`] and keeps what it reports ([`io::AuthorEvent`]);
//! - [`reader`], what reads workbooks and data files and writes TOML and
//!   one-file apps, is the authoring module's, a wasm module of its own
//!   that the page loads only when a file is chosen or a file is made.

pub mod io;
pub mod page;
pub mod reader;

use io::{AuthorEvent, AuthorInput};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The entry the app mounts this page with, in the pages module.
pub const ENTRY: &str = "mount_author";

thread_local! {
    /// The page mounted now, to take down.
    static MOUNTED: RefCell<Option<yew::AppHandle<page::AuthorRoot>>> = const { RefCell::new(None) };
}

/// Mounts the page into `root`: `input` is [`AuthorInput`] as JSON;
/// `events` is called with each [`AuthorEvent`] as JSON.
pub fn mount(root: web_sys::Element, input: &str, events: js_sys::Function) {
    unmount();
    let input: Result<AuthorInput, String> = serde_json::from_str(input).map_err(|e| e.to_string());
    let report = Callback::from(move |e: AuthorEvent| {
        if let Ok(json) = serde_json::to_string(&e) {
            let _ = events.call1(&JsValue::NULL, &JsValue::from_str(&json));
        }
    });
    let props = page::AuthorRootProps {
        input: input.map(Rc::new),
        report,
    };
    let handle = yew::Renderer::<page::AuthorRoot>::with_root_and_props(root, props).render();
    MOUNTED.with(|m| *m.borrow_mut() = Some(handle));
}

/// Takes the page down (its DOM with it).
pub fn unmount() {
    if let Some(h) = MOUNTED.with(|m| m.borrow_mut().take()) {
        h.destroy();
    }
}
