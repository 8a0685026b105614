#!/usr/bin/env bash
# Real-time factor of transcode-worker's ladder (one FFmpeg: one decode, cascaded scalers, 1080p/720p/480p x264, one AAC
# for all, HLS with an audio rendition group) and, in the same run, of the naive ladder (one FFmpeg per rendition, each
# decoding the source again and encoding its own audio), and their ratio.
# Standalone: needs only ffmpeg (and its ffprobe). Run it on a quiet machine: other load makes both figures lower.
#
#   deploy/bench/ladder-speed.sh                 # 60 s of 1080p25 test pattern encoded as the demo control room
#                                                # pushes it (x264 veryfast, 4.5 Mbit/s), ladder preset veryfast
#   SOURCE=easy deploy/bench/ladder-speed.sh     # the pattern as a near-lossless ultrafast file (cheap to decode)
#   DURATION=10 PRESET=ultrafast deploy/bench/ladder-speed.sh
#   NOISE=1 deploy/bench/ladder-speed.sh         # pattern with moving grain: harder, closer to real footage
#   INPUT=my-1080p25-clip.mp4 deploy/bench/ladder-speed.sh   # real footage (first DURATION seconds)
#
# The encode settings mirror fr.pitchoun.transcode.ffmpeg.LadderCommand with the default renditions
# (1080p:5000, 720p:2800, 480p:1200, AAC 128k, 2-s segments, keyframe forced at each segment start).
set -euo pipefail

DURATION=${DURATION:-60}
PRESET=${PRESET:-veryfast}
SEGMENT=${SEGMENT:-2}
NOISE=${NOISE:-0}
SOURCE=${SOURCE:-feed}
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pitchoun-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

if [[ -n "${INPUT:-}" ]]; then
    SOURCE=given
else
    INPUT="$WORK/source-1080p25.mp4"
    pattern="testsrc2=size=1920x1080:rate=25"
    # NOISE=1: moving grain on the pattern, closer to real footage (the encoders work harder).
    [[ "$NOISE" == 1 ]] && pattern+=",noise=alls=12:allf=t"
    # SOURCE=feed (default): encoded like deploy/local/lib/demo-feed.sh, i.e. like a control room's live encoder
    # (CABAC, deblocking, 4.5 Mbit/s), which is what the worker decodes. SOURCE=easy: ultrafast at QP 18, a file that
    # costs a third of that to decode, so the naive ladder's two extra decodes weigh less.
    if [[ "$SOURCE" == easy ]]; then
        video=(-preset ultrafast -qp 18 -g 50)
    else
        video=(-preset veryfast -g 50 -keyint_min 50 -sc_threshold 0 -b:v 4500k)
    fi
    echo "making ${DURATION} s of 1080p25 test pattern (source: $SOURCE, noise: $NOISE)..."
    ffmpeg -hide_banner -loglevel error -f lavfi -i "$pattern" \
        -f lavfi -i "sine=frequency=440:sample_rate=48000" -t "$DURATION" \
        -c:v libx264 "${video[@]}" -pix_fmt yuv420p -c:a aac -b:a 128k -ar 48000 "$INPUT"
fi

# name:height:kbit/s, as the worker's default renditions.
RENDITIONS=(1080p:1080:5000 720p:720:2800 480p:480:1200)
COMMON_VIDEO=(-c:v libx264 -preset "$PRESET" -tune film -x264-params bframes=0:rc-lookahead=0:sync-lookahead=2
    -pix_fmt yuv420p -profile:v high
    -force_key_frames "expr:gte(t,n_forced*$SEGMENT)" -sc_threshold 0)
COMMON_AUDIO=(-c:a aac -b:a 128k -ac 2 -ar 48000)

now() { date +%s.%N; }
rate() { awk -v d="$DURATION" -v s="$1" -v e="$2" 'BEGIN { printf "%.2f", d / (e - s) }'; }

# The worker's ladder: one process, one decode, a cascade of scalers (the top rendition is the decoded picture itself
# when the source has its size, each next one is scaled from the one above), one AAC encode for an audio rendition
# group that every video rendition refers to.
SOURCE_SIZE=$(ffprobe -v error -select_streams v:0 -show_entries stream=width,height -of csv=p=0:s=x "$INPUT")
graph="[0:v:0]"
maps=()
rates=()
streams="a:0,agroup:audio,name:audio"
for i in "${!RENDITIONS[@]}"; do
    IFS=: read -r name height kbps <<<"${RENDITIONS[$i]}"
    width=$(( (1920 * height / 1080 + 1) / 2 * 2 ))
    if (( i > 0 )); then
        graph+=";[c$((i - 1))]scale=$width:$height:flags=bilinear,"
    elif [[ "${width}x$height" != "$SOURCE_SIZE" ]]; then
        graph+="scale=$width:$height:flags=bilinear,"
    fi
    graph+="setsar=1"
    if (( i < ${#RENDITIONS[@]} - 1 )); then graph+=",split=2[v$i][c$i]"; else graph+="[v$i]"; fi
    maps+=(-map "[v$i]")
    rates+=(-b:v:$i "${kbps}k" -maxrate:v:$i "$((kbps * 107 / 100))k" -bufsize:v:$i "$((kbps * 3 / 2))k")
    streams+=" v:$i,agroup:audio,name:$name"
done
graph+=";[0:a:0]aresample=async=1:first_pts=0[a]"
mkdir -p "$WORK/ladder"
echo "ladder: one FFmpeg, ${#RENDITIONS[@]} renditions, preset $PRESET, ${DURATION} s of input..."
start=$(now)
ffmpeg -hide_banner -loglevel error -nostdin -t "$DURATION" -i "$INPUT" -filter_complex_threads "$(nproc)" \
    -filter_complex "$graph" "${maps[@]}" -map "[a]" \
    "${COMMON_VIDEO[@]}" "${rates[@]}" "${COMMON_AUDIO[@]}" \
    -f hls -hls_time "$SEGMENT" -hls_list_size 0 -hls_segment_options pcr_period=80 -var_stream_map "$streams" \
    -hls_segment_filename "$WORK/ladder/%v_%d.ts" "$WORK/ladder/%v.m3u8"
end=$(now)
LADDER=$(rate "$start" "$end")

# The naive ladder: one FFmpeg per rendition, all at once, each decoding the source.
echo "naive ladder: ${#RENDITIONS[@]} FFmpeg processes at once..."
pids=()
start=$(now)
for i in "${!RENDITIONS[@]}"; do
    IFS=: read -r name height kbps <<<"${RENDITIONS[$i]}"
    width=$(( (1920 * height / 1080 + 1) / 2 * 2 ))
    mkdir -p "$WORK/naive-$name"
    ffmpeg -hide_banner -loglevel error -nostdin -t "$DURATION" -i "$INPUT" -vf "scale=$width:$height:flags=bilinear,setsar=1" \
        -map 0:v:0 -map 0:a:0 "${COMMON_VIDEO[@]}" -b:v "${kbps}k" -maxrate "$((kbps * 107 / 100))k" \
        -bufsize "$((kbps * 3 / 2))k" "${COMMON_AUDIO[@]}" -f hls -hls_time "$SEGMENT" -hls_list_size 0 \
        -hls_segment_filename "$WORK/naive-$name/%d.ts" "$WORK/naive-$name/index.m3u8" &
    pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
end=$(now)
NAIVE=$(rate "$start" "$end")

RATIO=$(awk -v a="$LADDER" -v b="$NAIVE" 'BEGIN { printf "%.2f", a / b }')
echo
echo "input: $INPUT (${DURATION} s, source: ${SOURCE}), preset $PRESET, $(nproc) cores, load before the run: $LOAD"
printf '%-28s %s\n' "ladder (one FFmpeg)" "${LADDER}x real time   (target >= 1.8x at veryfast)"
printf '%-28s %s\n' "naive (one FFmpeg each)" "${NAIVE}x real time"
printf '%-28s %s\n' "ladder / naive" "${RATIO}   (target >= 1.25)"
