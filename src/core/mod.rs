//! The domain core: no yew, no web-sys, no browser. Everything here is plain
//! Rust over serde types and is tested natively.

pub mod id;
pub mod index;
pub mod load;
pub mod model;
pub mod target;
pub mod validate;
