#!/usr/bin/env bash
# Glass-to-glass latency of a live channel in a real browser (issue 14: target <= 5 s with standard HLS): the counting
# feed (deploy/bench/lib/counting-feed.sh: its frame number drawn in two grey boxes) is published to the channel, and
# headless Chromium plays the site's live page signed in as a MyPitchoun+ account; every 250 ms the picture on
# screen is read back (deploy/bench/latency/GlassToGlass.java), and wall clock minus the shown frame's time on the
# publisher's clock is the latency, from the camera's side of the control room to the viewer's screen (ingest,
# ladder, segmenting, playlist, player buffer). In the same run, in turns, the peer: hls.js with its defaults (the
# site's player before tuning) on the same signed address. Stalls ('waiting' events) are counted for both.
#
# Needs the platform running without the demo feed on the channel (deploy/local/pitchoun up --no-demo-feed, or a
# channel the feed does not use), Debian's chromium and chromedriver, and the e2e module's Selenium (Maven, offline).
#   deploy/bench/glass-to-glass.sh
#   ROUNDS=3 SECONDS_PER_RUN=40 deploy/bench/glass-to-glass.sh
#   CANDIDATE='{"liveSyncDuration":3}' deploy/bench/glass-to-glass.sh   # and a third player with that hls.js config
#   SIZE=1920x1080 PUBLISHER_MODE=recorded deploy/bench/glass-to-glass.sh   # publisher off this machine's CPU (a looped file)
#   CHANNEL=pitchoun-junior STREAM_KEY=demo-pitchoun-junior-key PAGE=/direct/pitchoun-junior deploy/bench/glass-to-glass.sh
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
SITE=${SITE:-http://localhost:8080}
RTMP_URL=${RTMP_URL:-rtmp://127.0.0.1:1935/live}
CHANNEL=${CHANNEL:-pitchoun-tv}
STREAM_KEY=${STREAM_KEY:-demo-$CHANNEL-key}
PAGE=${PAGE:-/direct/$CHANNEL}
EMAIL=${EMAIL:-mypitchoun-plus@demo.pitchoun.fr}
SIZE=${SIZE:-1920x1080}
ROUNDS=${ROUNDS:-2}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-30}
WARMUP=${WARMUP:-12}
for tool in ffmpeg curl; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y ffmpeg curl)" >&2; exit 1; }
done
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pitchoun-g2g.XXXXXX")
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
source "$REPO/deploy/bench/lib/site.sh"
source "$REPO/deploy/bench/lib/counting-feed.sh"
source "$REPO/deploy/bench/lib/browser.sh"

COOKIE=$(site_session "$EMAIL")

echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); publishing $SIZE to $CHANNEL, playing $SITE$PAGE as $EMAIL"
publish "$WORK/stamps"
sleep 8   # the channel goes from its slate to live
run_in_chromium "$WORK" "$REPO/deploy/bench/latency/GlassToGlass.java" "$SITE" "$COOKIE" "$PAGE" \
    "$(origin "$WORK/stamps")" "$SECONDS_PER_RUN" "$ROUNDS" "$WARMUP" "${CANDIDATE:-}"
echo "target: <= 5 s glass-to-glass, without more stalls than the peer; load after $(cut -d' ' -f1-3 /proc/loadavg)"
