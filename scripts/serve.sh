#!/usr/bin/env bash
# Installs what is missing, builds the release app and serves it on
# http://127.0.0.1:8080 (offline: nothing is downloaded but registry packages).
# No auto-reload: trunk would inject an inline script that the page's
# Content-Security-Policy (rightly) refuses to run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/install.sh
exec trunk serve --release --offline --no-autoreload --address 127.0.0.1 --port "${PORT:-8080}"
