#!/usr/bin/env bash
# Install Debian's Chromium for the browser smoke check (scripts/smoke/browser.mjs), unless it is
# already there. Needs root (or sudo) for apt-get; exits 2 with the reason when it cannot install,
# so the caller reports the browser check as skipped rather than failed.
set -euo pipefail
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$chromium" ]; then
  echo "chromium: $("$chromium" --version 2>/dev/null) (already installed)"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "chromium: SKIP: $chromium is missing and installing it needs root (apt-get install chromium)"
    exit 2
  fi
fi
echo "chromium: installing Debian's chromium with apt-get (once per machine)"
if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null; }; then
  echo "chromium: SKIP: apt-get install chromium failed"
  exit 2
fi
echo "chromium: $("$chromium" --version 2>/dev/null)"
