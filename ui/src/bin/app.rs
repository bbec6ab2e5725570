//! Entry point of the whole app's wasm module, every page in it, which the
//! start-up script (`assets/boot.js`) loads when the person leaves the
//! static first view.

#[cfg(target_arch = "wasm32")]
fn main() {
    michishirube_ui::mount_app();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("michishirube runs in the browser: see README.md (bash scripts/serve.sh).");
}
