#!/usr/bin/env bash
# Renders nginx.conf.template into the file given as $1, from environment variables (defaults = local platform).
# Used by deploy/local/pitchoun and by the Docker image, so both run the same configuration.
set -euo pipefail

out=${1:?usage: render-config.sh OUTPUT_FILE}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

prefix=${PITCHOUN_NGINX_PREFIX:?PITCHOUN_NGINX_PREFIX (folder for pid, logs, temp files) is required}
hls_dir=${PITCHOUN_NGINX_HLS_DIR:?PITCHOUN_NGINX_HLS_DIR (folder served under /hls/) is required}
# Replay media served under /vod/ (signed like the HLS; the launcher makes the demo ones).
vod_dir=${PITCHOUN_NGINX_VOD_DIR:-$prefix/vod}
# Podcasts' audio files (the demo's stand in for Ausha's audio host): deploy/local/lib/demo-podcasts.sh.
podcast_audio_dir=${PITCHOUN_NGINX_PODCAST_AUDIO_DIR:-$prefix/podcasts-audio}
# The demo radios' live streams, served under /radios/ (deploy/local/lib/demo-radio.sh).
radios_dir=${PITCHOUN_NGINX_RADIOS_DIR:-$prefix/radios}
# The demo radios' Icecast, relayed under /radios/icecast/.
icecast_url=${PITCHOUN_NGINX_ICECAST_URL:-http://127.0.0.1:8093}
rtmp_port=${PITCHOUN_NGINX_RTMP_PORT:-1935}
http_port=${PITCHOUN_NGINX_HTTP_PORT:-8088}
ingest_url=${PITCHOUN_INGEST_URL:-http://127.0.0.1:8084}
rtmp_module=${PITCHOUN_NGINX_RTMP_MODULE:-/usr/lib/nginx/modules/ngx_rtmp_module.so}
error_log=${PITCHOUN_NGINX_ERROR_LOG:-$prefix/logs/error.log}
access_log=${PITCHOUN_NGINX_ACCESS_LOG:-$prefix/logs/access.log}
# Secret of the signed HLS URLs (deploy/CONTRACTS.md); whoever mints URLs (web-frontend) has the same.
signing_secret=${PITCHOUN_HLS_SIGNING_SECRET:-pitchoun-dev-hls-secret}
# Sent with each RTMP callback; live-ingest-service's pitchoun.ingest.callback-secret must be the same.
callback_secret=${PITCHOUN_RTMP_CALLBACK_SECRET:-pitchoun-dev-rtmp-callback-secret}
# How often NGINX-RTMP calls on_update for every connection; live-ingest-service's update-interval must match.
update_interval=${PITCHOUN_NGINX_UPDATE_INTERVAL:-10s}
# Addresses (space-separated) allowed to pull the raw RTMP feed: the transcoder's.
play_allow=${PITCHOUN_NGINX_PLAY_ALLOW:-127.0.0.1}

# Both go into the configuration as is: refuse what NGINX would read as a variable, a quote or a separator.
[[ $signing_secret =~ ^[A-Za-z0-9._~+/=-]{16,}$ ]] ||
    { echo "PITCHOUN_HLS_SIGNING_SECRET: 16 or more of A-Z a-z 0-9 . _ ~ + / = - expected" >&2; exit 1; }
[[ $callback_secret =~ ^[A-Za-z0-9._~-]{16,}$ ]] ||
    { echo "PITCHOUN_RTMP_CALLBACK_SECRET: 16 or more of A-Z a-z 0-9 . _ ~ - expected (it goes into a URL)" >&2; exit 1; }
[[ $update_interval =~ ^[0-9]+(ms|s|m)?$ ]] ||
    { echo "PITCHOUN_NGINX_UPDATE_INTERVAL: an NGINX time such as 10s expected" >&2; exit 1; }

allow_lines=""
for address in $play_allow; do
    allow_lines+="            allow play ${address};"$'\n'
done
allow_lines=${allow_lines%$'\n'}

mkdir -p "$prefix/logs" "$prefix/temp"
# Values are paths and URLs: escape what sed's replacement would interpret.
escape() { printf '%s' "$1" | sed -e 's/[\\&|]/\\&/g'; }
sed -e "s|@PREFIX@|$(escape "$prefix")|g" \
    -e "s|@HLS_DIR@|$(escape "$hls_dir")|g" \
    -e "s|@VOD_DIR@|$(escape "$vod_dir")|g" \
    -e "s|@PODCAST_AUDIO_DIR@|$(escape "$podcast_audio_dir")|g" \
    -e "s|@RADIOS_DIR@|$(escape "$radios_dir")|g" \
    -e "s|@ICECAST_URL@|$(escape "$icecast_url")|g" \
    -e "s|@RTMP_PORT@|$(escape "$rtmp_port")|g" \
    -e "s|@HTTP_PORT@|$(escape "$http_port")|g" \
    -e "s|@INGEST_URL@|$(escape "$ingest_url")|g" \
    -e "s|@ERROR_LOG@|$(escape "$error_log")|g" \
    -e "s|@ACCESS_LOG@|$(escape "$access_log")|g" \
    -e "s|@RTMP_MODULE@|$(escape "$rtmp_module")|g" \
    -e "s|@HLS_SIGNING_SECRET@|$(escape "$signing_secret")|g" \
    -e "s|@CALLBACK_SECRET@|$(escape "$callback_secret")|g" \
    -e "s|@UPDATE_INTERVAL@|$(escape "$update_interval")|g" \
    "$here/nginx.conf.template" |
    ALLOW_LINES=$allow_lines awk '$0 == "@PLAY_ALLOW@" { print ENVIRON["ALLOW_LINES"]; next } { print }' > "$out"
