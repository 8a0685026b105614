#!/usr/bin/env bash
# Lag and continuity of a live channel through the real path (publisher -> NGINX-RTMP -> live-ingest-service ->
# Kafka -> transcode-worker -> public playlist), measured on the playlist file itself:
#   - lag: from a segment's end on the publisher's timeline to its appearance in the playlist (target <= 0.5 s);
#   - gap: the longest time between two segments appearing, across a feed drop and across a reconnect
#     (target <= 2 segment durations, the slate filling in).
# The publisher draws two grey boxes whose brightness counts its frames; the script reads them back in the first
# frame of each segment, so "end on the publisher's timeline" is known to the frame.
#
# Needs the platform running (deploy/local/pitchoun up) and a channel that is not publishing: by default the demo
# channel pitchoun-junior (the demo feed uses pitchoun-tv).
#   deploy/bench/live-latency.sh
#   LIVE_SECONDS=20 DROP_SECONDS=8 deploy/bench/live-latency.sh                # shorter
#   RTMP_URL=rtmp://127.0.0.1:21935/live HLS_DIR=.pitchoun/test/hls deploy/bench/live-latency.sh   # other ports
#   KEEP=1 deploy/bench/live-latency.sh   # keep the work folder (appearances, lags, segment copies) to look into
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
RTMP_URL=${RTMP_URL:-rtmp://127.0.0.1:1935/live}
STREAM_KEY=${STREAM_KEY:-demo-pitchoun-junior-key}
CHANNEL=${CHANNEL:-pitchoun-junior}
HLS_DIR=${HLS_DIR:-$REPO/.pitchoun/up/hls}
RENDITION=${RENDITION:-480p}
SIZE=${SIZE:-1920x1080}
LIVE_SECONDS=${LIVE_SECONDS:-40}
DROP_SECONDS=${DROP_SECONDS:-12}
SEGMENT=${SEGMENT:-2}
PLAYLIST="$HLS_DIR/$CHANNEL/$RENDITION.m3u8"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pitchoun-latency.XXXXXX")
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [[ "${KEEP:-0}" == 1 ]] && echo "kept: $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

source "$REPO/deploy/bench/lib/counting-feed.sh"

# Notes when each segment first appears in the playlist and keeps a copy of it to read later.
watch_playlist() {
    mkdir -p "$WORK/segments"
    local last=-1 discontinuity=0 duration="" sequence
    while true; do
        if [[ -f "$PLAYLIST" ]]; then
            while IFS= read -r line; do
                case "$line" in
                    "#EXT-X-DISCONTINUITY") discontinuity=1 ;;
                    "#EXTINF:"*) duration=${line#\#EXTINF:}; duration=${duration%%,*} ;;
                    "#"* | "") ;;
                    *)
                        sequence=${line##*_}
                        sequence=${sequence%.ts}
                        if ((sequence > last)); then
                            last=$sequence
                            echo "$(now) $line $duration $discontinuity" >>"$WORK/appearances"
                            cp "$HLS_DIR/$CHANNEL/$line" "$WORK/segments/" 2>/dev/null || true
                        fi
                        discontinuity=0 ;;
                esac
            done <"$PLAYLIST"
        fi
        sleep 0.05
    done
}

[[ -d "$HLS_DIR" ]] || { echo "no HLS folder at $HLS_DIR: is the platform up?" >&2; exit 1; }
touch "$WORK/appearances"
watch_playlist &
WATCHER=$!
PIDS+=("$WATCHER")

echo "publishing $SIZE to $RTMP_URL/<key> for $LIVE_SECONDS s (channel $CHANNEL, watching $PLAYLIST)..."
publish "$WORK/stamps-1"
sleep "$LIVE_SECONDS"
DROP_AT=$(now)
echo "feed drop (publisher killed), $DROP_SECONDS s on the slate..."
kill -9 "$PUBLISHER" 2>/dev/null || true
sleep "$DROP_SECONDS"
BACK_AT=$(now)
echo "publisher back for $LIVE_SECONDS s..."
publish "$WORK/stamps-2"
sleep "$LIVE_SECONDS"
kill "$PUBLISHER" 2>/dev/null || true
sleep 1
kill "$WATCHER" 2>/dev/null || true

ORIGIN_1=$(origin "$WORK/stamps-1")
ORIGIN_2=$(origin "$WORK/stamps-2")

# "Y U V" averages of a 40x40 square (in 1080p units) at x=$2, y=40 of a segment's first frame.
box() {
    ffmpeg -hide_banner -loglevel error -nostdin -i "$1" -frames:v 1 \
        -vf "crop=iw*40/1920:ih*40/1080:iw*$2/1920:ih*40/1080,signalstats,metadata=print:file=$WORK/box.txt" -f null -
    for key in YAVG UAVG VAVG; do grep -m1 "signalstats.$key=" "$WORK/box.txt" | cut -d= -f2; done | tr '\n' ' '
}

: >"$WORK/lags"
while read -r at name duration discontinuity; do
    file="$WORK/segments/$name"
    [[ -f "$file" ]] || continue
    read -r y1 u1 v1 <<<"$(box "$file" 40)" || true
    read -r y2 u2 v2 <<<"$(box "$file" 200)" || true
    [[ -n "${v1:-}" && -n "${y2:-}" ]] || continue
    # Grey boxes only: the slate (and anything else) has no counter.
    awk -v u="$u1" -v v="$v1" 'BEGIN { exit !((u - 128) ^ 2 < 64 && (v - 128) ^ 2 < 64) }' || continue
    origin=$ORIGIN_1
    awk -v a="$at" -v b="$BACK_AT" 'BEGIN { exit !(a > b) }' && origin=$ORIGIN_2
    awk -v at="$at" -v o="$origin" -v d="$duration" -v y1="$y1" -v y2="$y2" -v n="$name" 'BEGIN {
        first = 50 * int((y2 - 16) / 4 + 0.5) + int((y1 - 16) / 4 + 0.5)
        end = (first + d * 25) / 25
        # The counter wraps every 100 s: take the turn that puts the end just before the appearance.
        while (o + end + 100 < at + 5) end += 100
        printf "%s %.3f\n", n, at - (o + end)
    }' >>"$WORK/lags"
done <"$WORK/appearances"

gap() { # longest time between consecutive appearances with the later one in [$1, $2]
    awk -v from="$1" -v to="$2" 'NR > 1 && $1 >= from && $1 <= to && $1 - prev > m { m = $1 - prev } { prev = $1 }
        END { printf "%.2f", m }' "$WORK/appearances"
}
DROP_GAP=$(gap "$DROP_AT" "$BACK_AT")
BACK_GAP=$(gap "$BACK_AT" "$(awk -v b="$BACK_AT" 'BEGIN { printf "%.3f", b + 15 }')")
segments=$(wc -l <"$WORK/appearances")
live=$(wc -l <"$WORK/lags")

echo
echo "segments seen: $segments ($live live with a readable counter), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "$live" -gt 0 ]]; then
    sort -k2 -n "$WORK/lags" | awk '{ l[NR] = $2 } END {
        p90 = int(NR * 0.9 + 0.5); if (p90 < 1) p90 = 1
        printf "%-34s median %.2f s, 90th pct %.2f s, max %.2f s   (target <= 0.5 s)\n", "lag (segment end -> playlist):",
            l[int((NR + 1) / 2)], l[p90], l[NR] }'
fi
awk -v g="$DROP_GAP" -v s="$SEGMENT" 'BEGIN { printf "%-34s %.2f s = %.2f segments   (target <= 2)\n", "longest gap across the drop:", g, g / s }'
awk -v g="$BACK_GAP" -v s="$SEGMENT" 'BEGIN { printf "%-34s %.2f s = %.2f segments   (target <= 2)\n", "longest gap across the reconnect:", g, g / s }'
