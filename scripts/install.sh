#!/usr/bin/env bash
# Installs whatever this project needs that the machine lacks, from the
# package registries only (the Rust crate registry, npm, Debian's package
# archive). Idempotent: every step
# checks first and skips what is already there. Sourced by serve.sh and test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

say() { printf '\033[1m[install]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "root (or sudo) is needed to install: $*" >&2; return 1; fi
}

# Debian: Chromium and its driver for the browser tests, CJK fonts so that
# Japanese renders in screenshots and on canvas, poppler for PDF checks.
# A package removed but not purged still answers `dpkg -s`, so ask for its
# exact status.
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'; }
apt_missing=()
# poppler-utils: pdfinfo/pdftotext, to check the printed A4 sheet in e2e.
for pkg in chromium chromium-driver fonts-noto-cjk poppler-utils; do
  installed "$pkg" || apt_missing+=("$pkg")
done
# Java, for the Nu HTML Checker (npm vnu-jar) in the e2e tests; any Java 11+
# will do, so one already on the machine is used.
command -v java >/dev/null || apt_missing+=(default-jre-headless)
if [ ${#apt_missing[@]} -gt 0 ]; then
  say "apt: ${apt_missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_missing[@]}"
else
  say "apt: chromium, chromium-driver, fonts-noto-cjk present"
fi

# Rust: the wasm32 target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup: wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# trunk, pinned: 0.22 needs a newer rustc than this machine has.
TRUNK_VERSION=0.21.14
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "cargo install trunk $TRUNK_VERSION (takes a few minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
# Without --locked: its own lock file wants a crate the registry lacks.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WBG_VERSION"; then
  say "cargo install wasm-bindgen-cli $WBG_VERSION"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

# npm: wasm-opt (binaryen; Debian's is too old for today's rustc output)
# and playwright-core (drives Debian's Chromium; downloads no browser).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# trunk runs cargo offline, so fetch crates now.
cargo fetch --locked -q
say "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -1)"
