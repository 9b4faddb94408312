#!/usr/bin/env bash
# System packages the tests need: Debian's chromium (Playwright end-to-end tests and
# kaleido's chart export both drive it). Installed with apt-get when missing and root.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for browser tests and chart export..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  exit 0
fi
cat >&2 <<'MSG'
chromium is not installed and this user cannot install it.
Browser tests will be skipped and chart PNG/SVG export is disabled.
Install it with:  sudo apt-get install chromium
MSG
