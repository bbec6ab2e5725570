#!/usr/bin/env bash
# What the bench needs besides the project's own tools, installed for the
# bench alone, outside the repository and outside package.json, so that CI
# never pays for it. Idempotent: each step checks first and skips what is
# there. Sourced by tests/bench/run; can be run on its own.
#
# Everything goes under $BENCH_CACHE (default ~/.cache/michishirube-bench):
# - twiggy:     what the app module is made of;
# - tokei:      lines of Rust code (tokei/bin/tokei);
# - lighthouse: 12.8.2, the last that runs under Node 20 (lh/node_modules);
#               Chromium is Debian's (/usr/bin/chromium), never a download;
# - the baseline: commit $BENCH_BASELINE (default 11e7c72, the end of issue
#   23, before the one-app change) in a git worktree (BASELINE/src), built
#   once with the same trunk command, its dist kept in BASELINE/dist.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$PWD
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
cache=${BENCH_CACHE:-$HOME/.cache/michishirube-bench}
baseline=${BENCH_BASELINE:-11e7c72}
mkdir -p "$cache"
say() { printf '\033[1m[bench]\033[0m %s\n' "$*"; }

if ! command -v twiggy >/dev/null; then
  say "cargo install twiggy"
  cargo install --locked twiggy
fi

if [ ! -x "$cache/tokei/bin/tokei" ]; then
  say "cargo install tokei (into $cache/tokei)"
  cargo install --locked --root "$cache/tokei" tokei
fi

LH_VERSION=12.8.2
lh_pkg="$cache/lh/node_modules/lighthouse/package.json"
if [ ! -f "$lh_pkg" ] || ! grep -q "\"version\": \"$LH_VERSION\"" "$lh_pkg"; then
  say "npm install lighthouse@$LH_VERSION (into $cache/lh)"
  npm install --no-audit --no-fund --prefix "$cache/lh" "lighthouse@$LH_VERSION"
fi

# The baseline, built once. Its cargo build uses this repository's target
# directory: the same Cargo.lock, so only the workspace's own crates are
# compiled again (the next build of this tree compiles them back).
base="$cache/$baseline"
if [ ! -f "$base/dist/index.html" ]; then
  if ! git cat-file -e "$baseline^{commit}" 2>/dev/null; then
    say "commit $baseline is not in this clone: the baseline's figures will be n/a"
  else
    say "building the baseline $baseline once (into $base/dist)"
    git worktree prune
    if [ ! -e "$base/src/.git" ]; then
      rm -rf "$base/src"
      git worktree add --detach "$base/src" "$baseline"
    fi
    ln -sfn "$root/node_modules" "$base/src/node_modules"
    (cd "$base/src" && CARGO_TARGET_DIR="$root/target" trunk build --release=true --offline)
    rm -rf "$base/dist.tmp"
    cp -a "$base/src/dist" "$base/dist.tmp"
    mv "$base/dist.tmp" "$base/dist"
  fi
fi
