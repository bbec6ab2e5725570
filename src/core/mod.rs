//! The domain core: no yew, no web-sys, no browser. Everything here is plain
//! Rust over serde types and is tested natively.

pub mod assess;
pub mod csv;
pub mod dates;
pub mod demo;
pub mod frameworks;
pub mod id;
pub mod index;
pub mod json;
pub mod lang;
pub mod load;
pub mod model;
pub mod office;
pub mod onefile;
pub mod paste;
pub mod plan;
pub mod review;
pub mod scale;
pub mod share;
pub mod store;
pub mod suggest;
pub mod sync;
pub mod target;
pub mod text;
pub mod transfer;
pub mod validate;
pub mod workbook;
