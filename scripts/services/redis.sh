#!/usr/bin/env bash
# Make sure `redis-server` is installed (Debian's package, like Chromium for the docs test).
# The Redis tests (packages/unified/test/events-redis.test.ts) start their own server on a free
# port of 127.0.0.1 and stop it; this script only installs the binary. Idempotent.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "redis-server is missing and apt-get is not available: install Redis (>= 6.2) yourself; the Redis tests skip without it" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
# Debian's package starts a system service on 6379; the tests do not use it.
redis-server --version
