#!/usr/bin/env bash
# Installs what is missing, then runs every check and all three test layers:
#   1. format, lints, and the rule that the domain core depends on no UI crate;
#   2. native `cargo test` (domain core, data validator over real and broken data,
#      the UI's own logic, the first view's build-time renderer);
#   3. wasm-bindgen-test components in headless Chromium;
#   4. the release build, then Playwright end-to-end tests against dist/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/install.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --locked --workspace --all-targets -q -- -D warnings
cargo clippy --locked --workspace --all-targets -q --target wasm32-unknown-unknown -- -D warnings

step "the domain core's dependency graph holds no UI crate"
host=$(rustc -vV | awk '/^host:/ { print $2 }')
ui_crates=$(cargo tree --locked -p michishirube -e normal --target "$host" --prefix none \
  | awk '{ print $1 }' | grep -E '^(yew|yew-macro|web-sys|gloo|gloo-.*|plotters-canvas)$' | sort -u || true)
if [ -n "$ui_crates" ]; then
  echo "native (core) dependency graph contains UI crates: $ui_crates" >&2
  exit 1
fi
echo "ok: no yew, web-sys, gloo or plotters-canvas natively"

step "native tests"
# The core (data, validator, assessment, import, property tests), then the
# UI crate's own logic (routes, the reducer, text helpers), natively.
cargo test --locked -q
cargo test --locked -q -p michishirube-ui --lib
# The build-time renderer of the static first view.
cargo test --locked -q -p michishirube-prerender

step "component tests (wasm-bindgen-test, headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --locked -p michishirube-ui --target wasm32-unknown-unknown --test components

step "release build"
trunk build --release=true --offline

step "end-to-end tests (Playwright, Debian Chromium, dist/ on 127.0.0.1)"
node --test --test-concurrency=1 tests/e2e/
