#!/usr/bin/env bash
# Installs what a fresh machine lacks for building and testing: Debian's Chromium and firefox-esr (unless
# CHROMIUM_PATH / FIREFOX_PATH point at browsers) and the npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
# The demo runs in Chromium only (`--no-firefox`); the test suite needs both.
[[ " $* " == *" --no-firefox "* ]] || [ -x "$firefox" ] || missing+=(firefox-esr)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian's ${missing[*]} (not found at the expected paths)…"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# `--if-needed` (the demo): skip npm ci when node_modules already matches the lock file.
if [[ " $* " == *" --if-needed "* ]] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  exit 0
fi
npm ci --no-audit --no-fund
