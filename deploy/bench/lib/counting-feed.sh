# The counting feed the live benchmarks publish (sourced by live-latency.sh and glass-to-glass.sh). Expects SIZE,
# RTMP_URL, STREAM_KEY, and a PIDS array the caller kills on exit; sets PUBLISHER. PUBLISHER_PRESET (x264, veryfast by
# default): ultrafast leaves the ladder and the browser more of a small machine's cores (the control room encodes on
# its own machine). PUBLISHER_MODE=recorded encodes the pattern's 100 s once (cached under .pitchoun/bench) and
# publishes that file in a loop without re-encoding (-c copy): the control room's encoder then costs this machine
# nothing, as in production, where it runs on the control room's own hardware.

now() { date +%s.%N; }

# Publishes the counting pattern; every progress report becomes "wall_clock out_time_us" in $1.
publish() {
    local stamps=$1 fifo="$1.fifo"
    # Two boxes of 160x160 (in 1080p units) at the top left. Box 1: 4 grey levels a frame over 50 frames; box 2 (to
    # its right): 4 levels every 50 frames, over 50 periods.
    # Frame number = 50 * box2 + box1, modulo 2500 (100 s at 25 fps).
    local width=${SIZE%x*} height=${SIZE#*x}
    local bw=$((width * 160 / 1920 / 2 * 2)) bh=$((height * 160 / 1080 / 2 * 2))
    local graph="testsrc2=size=$SIZE:rate=25[bg];"
    graph+="color=size=${bw}x${bh}:rate=25,format=yuv420p,geq=lum=16+4*mod(N\\,50):cb=128:cr=128[fine];"
    graph+="color=size=${bw}x${bh}:rate=25,format=yuv420p,geq=lum=16+4*mod(floor(N/50)\\,50):cb=128:cr=128[coarse];"
    graph+="[bg][fine]overlay=0:0[half];[half][coarse]overlay=$bw:0[out0]"
    mkfifo "$fifo"
    local input=(-re -f lavfi -i "$graph" -re -f lavfi -i "sine=frequency=440:sample_rate=48000")
    local encode=(-c:v libx264 -preset "${PUBLISHER_PRESET:-veryfast}" -tune zerolatency -crf 14 -g 50 -pix_fmt yuv420p
        -c:a aac)
    if [[ ${PUBLISHER_MODE:-live} == recorded ]]; then
        # 2500 frames: the count wraps where the file loops, so frame numbers keep meaning time.
        local recording="$REPO/.pitchoun/bench/counting-$SIZE-${PUBLISHER_PRESET:-veryfast}.flv"
        if [[ ! -s $recording ]]; then
            mkdir -p "$(dirname "$recording")"
            echo "encoding the counting feed once into $recording" >&2
            ffmpeg -hide_banner -loglevel error -nostdin -f lavfi -i "$graph" \
                -f lavfi -i "sine=frequency=440:sample_rate=48000" "${encode[@]}" -frames:v 2500 -t 100 \
                -f flv "$recording.part" && mv "$recording.part" "$recording"
        fi
        input=(-re -stream_loop -1 -i "$recording")
        encode=(-c copy)
    fi
    while IFS='=' read -r key value; do
        [[ "$key" == out_time_us && "$value" =~ ^[0-9]+$ ]] && echo "$(now) $value" >>"$stamps"
    done <"$fifo" &
    PIDS+=($!)
    ffmpeg -hide_banner -loglevel error -nostdin "${input[@]}" "${encode[@]}" -stats_period 0.2 -progress "$fifo" -f flv "$RTMP_URL/$STREAM_KEY" &
    PUBLISHER=$!
    PIDS+=("$PUBLISHER")
}

# Wall clock of the publisher's frame 0: frame n leaves at origin + n/25 (-re), so the smallest
# (wall - out_time) over its progress reports (file $1) is the best estimate.
origin() { awk 'NR == 1 || $1 - $2 / 1e6 < m { m = $1 - $2 / 1e6 } END { printf "%.3f", m }' "$1"; }
