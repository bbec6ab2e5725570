//! Entry point of the start-up module: the first view, kept small so the
//! page is usable quickly; it loads the whole app (`src/bin/app.rs`) when
//! the person goes further. See `start`.

#[cfg(target_arch = "wasm32")]
fn main() {
    michishirube_ui::start::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("michishirube runs in the browser: see README.md (bash scripts/serve.sh).");
}
