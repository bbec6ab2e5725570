//! 団体の枠組みを作る (`#/author`), for an HR office bringing its own
//! framework:
//! - [`page`], the page itself, a page of the app like any other;
//! - [`paste`], its section for pasting a 例規集's 別表 (a body's
//!   標準職務遂行能力 table), read, confirmed and made into a framework;
//! - [`reader`], what reads workbooks and data files and writes TOML and
//!   one-file apps: the authoring module's, a wasm module of its own that
//!   the page loads only when a file is chosen or a file is made, so no
//!   one else ever loads the workbook reader.

pub mod page;
pub mod paste;
pub mod reader;
