//! Entry point of the whole app's wasm module, which the start-up module
//! (`src/main.rs`) loads when the person leaves the first view.

#[cfg(target_arch = "wasm32")]
fn main() {
    michishirube_ui::mount_app();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("michishirube runs in the browser: see README.md (bash scripts/serve.sh).");
}
