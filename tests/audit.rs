//! The line-by-line audit of each body's data against its document: one
//! module per body, each asserting what the audit found and fixed (KPI rows
//! that are targets, not conditions; roles with caveats; the app's own
//! words marked as such). The data is loaded the way the build loads it.
#![cfg(not(target_arch = "wasm32"))]

use michishirube::core::load::load_file;
use michishirube::core::model::BodyData;
use std::path::Path;

/// One body's data file, loaded and validated as the build does.
pub fn body(id: &str) -> BodyData {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/bodies")
        .join(format!("{id}.toml"));
    match load_file(&path) {
        Ok(d) => d,
        Err(errors) => panic!(
            "{id} must validate:\n{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

#[path = "audit/aizuwakamatsu.rs"]
mod aizuwakamatsu;
#[path = "audit/aomori_city.rs"]
mod aomori_city;
#[path = "audit/aomori_pref.rs"]
mod aomori_pref;
#[path = "audit/hamamatsu.rs"]
mod hamamatsu;
#[path = "audit/koriyama.rs"]
mod koriyama;
