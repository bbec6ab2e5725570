//! Entry point of the browser app. On wasm32 it mounts the Yew UI; a native
//! build of this binary only explains where the app runs.

#[cfg(target_arch = "wasm32")]
fn main() {
    michishirube::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("michishirube runs in the browser: see README.md (bash scripts/serve.sh).");
}
