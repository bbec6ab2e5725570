//! michishirube (道しるべ): career self-assessment and planning for Japanese
//! local-government staff, running entirely in the browser.
//!
//! [`core`] is the pure domain: the framework model and its validation,
//! ratings, gaps, plans and the stored-document schema. It uses serde and
//! chrono only, and builds natively, so `cargo test` exercises it without a
//! browser. [`ui`] is the Yew shell and exists only on `wasm32`; native
//! builds cannot even see it, which keeps the core free of UI crates.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
