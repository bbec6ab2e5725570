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

/// The entry the app mounts this page with, in the pages module.
pub const ENTRY: &str = "mount_author";
