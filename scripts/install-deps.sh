#!/usr/bin/env bash
# Installs what a fresh machine lacks for building and testing: Debian's Chromium (unless CHROMIUM_PATH
# points at a browser) and the npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "Installing Debian's chromium (not found at $chromium)…"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

# `--if-needed` (the demo): skip npm ci when node_modules already matches the lock file.
if [ "${1:-}" = "--if-needed" ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  exit 0
fi
npm ci --no-audit --no-fund
