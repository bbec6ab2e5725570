//! michishirube (道しるべ): career self-assessment and planning for Japanese
//! local-government staff, running entirely in the browser.
//!
//! This crate is the pure domain, [`core`]: the framework model and its
//! validation, ratings, gaps, plans and the stored-document schema. It uses
//! serde and chrono only, and builds natively, so `cargo test` exercises it
//! without a browser. The Yew shell is the `michishirube-ui` crate in `ui/`,
//! which depends on this one; this one cannot see it.

pub mod core;
