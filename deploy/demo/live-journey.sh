#!/usr/bin/env bash
# Issue 14's "Must show" on a running platform (deploy/local/pitchoun up), in one headless Chromium session
# (deploy/demo/LiveJourney.java): /direct lists both channels with their stills and now/next; mypitchoun-plus@ watches
# pitchoun-tv, restarts the programme from its beginning, goes back to live. The latency figure is
# deploy/bench/glass-to-glass.sh's.
#   deploy/demo/live-journey.sh
#   CHANNEL=pitchoun-junior deploy/demo/live-journey.sh
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
SITE=${SITE:-http://localhost:8080}
EMAIL=${EMAIL:-mypitchoun-plus@demo.pitchoun.fr}
CHANNEL=${CHANNEL:-pitchoun-tv}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pitchoun-live-journey.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
source "$REPO/deploy/bench/lib/site.sh"
source "$REPO/deploy/bench/lib/browser.sh"

run_in_chromium "$WORK" "$REPO/deploy/demo/LiveJourney.java" "$SITE" "$(site_session "$EMAIL")" "$CHANNEL"
