#!/usr/bin/env bash
# The demo control room: pushes a 1080p25 test pattern with a burnt-in clock and a tone to RTMP, forever.
# FFmpeg exits when NGINX or live-ingest-service goes away or refuses the key; it is restarted after a short pause.
# Usage: demo-feed.sh RTMP_URL FONT_FILE (started and stopped by deploy/local/pitchoun).
set -euo pipefail

rtmp_url=${1:?usage: demo-feed.sh RTMP_URL FONT_FILE}
font=${2:?usage: demo-feed.sh RTMP_URL FONT_FILE}
clock="drawtext=fontfile=${font}:text='Pitchoun TV · %{localtime\:%T}':fontsize=72:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=16:x=(w-text_w)/2:y=h-text_h-60"

# The last part of the URL is the stream key: never written to the log.
shown_url="${rtmp_url%/*}/<clé de flux>"

while true; do
    echo "$(date '+%F %T') demo-feed: publication vers ${shown_url}"
    rc=0
    # FFmpeg dies with this loop (parent-death signal): killing the feed never leaves it publishing on its own.
    setpriv --pdeathsig TERM ffmpeg -hide_banner -loglevel warning -nostdin -re \
        -f lavfi -i "testsrc2=size=1920x1080:rate=25" \
        -f lavfi -i "sine=frequency=440:sample_rate=48000" \
        -vf "$clock" \
        -c:v libx264 -preset veryfast -g 50 -keyint_min 50 -sc_threshold 0 -pix_fmt yuv420p -b:v 4500k \
        -c:a aac -b:a 128k -ar 48000 \
        -f flv "$rtmp_url" 2> >(sed -u "s|${rtmp_url##*/}|<clé de flux>|g" >&2) || rc=$?
    echo "$(date '+%F %T') demo-feed: FFmpeg s'est arrêté (code ${rc}), nouvel essai dans 3 s"
    sleep 3
done
