# Shared by the launcher: the two modes' ports and folders, and process bookkeeping (PID files, ports, waits).
# Sourced by deploy/local/pitchoun; expects REPO to be set.

# Third-party jars (Kafka, WireMock), shared by both modes.
LIB_DIR=$REPO/.pitchoun/lib
# Demo replay media (deploy/local/lib/demo-replay.sh), made once and served by both modes' NGINX under /vod/.
VOD_DIR=$REPO/.pitchoun/media/vod
PODCAST_AUDIO_DIR=$REPO/.pitchoun/media/podcasts
# The demo radios' songs (deploy/local/lib/demo-radio.sh), made once and shared by both modes.
RADIO_SONGS_DIR=$REPO/.pitchoun/media/radios

# set_mode up|test: every other function reads the variables set here, so both modes share the same code.
set_mode() {
    MODE=$1
    STATE=$REPO/.pitchoun/$MODE
    LOGS=$STATE/logs
    PIDS=$STATE/pids
    HLS_DIR=$STATE/hls
    # The demo radios' live playlists, served by this mode's NGINX under /radios/.
    RADIOS_DIR=$STATE/radios
    # The demo radios' Icecast (lib/services.sh start_demo_icecast), relayed by NGINX under /radios/icecast/.
    if [[ $MODE == up ]]; then ICECAST_PORT=8093; else ICECAST_PORT=28093; fi
    if [[ $MODE == up ]]; then
        DB_PORT=13306 KAFKA_PORT=19092 KAFKA_CONTROLLER_PORT=19093
        RTMP_PORT=1935 NGINX_HTTP_PORT=8088 INGEST_PORT=8084
    else
        DB_PORT=23306 KAFKA_PORT=29092 KAFKA_CONTROLLER_PORT=29093
        RTMP_PORT=21935 NGINX_HTTP_PORT=28088 INGEST_PORT=28084
    fi
    DB_SOCKET=$STATE/mariadb/mariadb.sock
    # What stops the parts this mode started, for error messages.
    STOP_COMMAND="$LAUNCHER $([[ $MODE == up ]] && echo down || echo 'test-infra down')"
    mkdir -p "$LOGS" "$PIDS" "$HLS_DIR" "$RADIOS_DIR"
}

say() { printf '%s\n' "$*"; }
fail() { printf 'ERREUR : %s\n' "$*" >&2; exit 1; }

pid_file() { printf '%s/%s.pid' "$PIDS" "$1"; }
log_file() { printf '%s/%s.log' "$LOGS" "$1"; }

# The PID recorded for PART, if that process still runs and is ours (its command line names this repository, so a
# recycled PID of an unrelated process is never taken for ours).
running_pid() {
    local file pid
    file=$(pid_file "$1")
    [[ -f $file ]] || return 1
    pid=$(<"$file")
    [[ -n $pid ]] && alive "$pid" || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$REPO" || return 1
    printf '%s' "$pid"
}

port_listening() { [[ -n $(ss -ltnH "sport = :$1" 2>/dev/null) ]]; }

# Refuses to start PART when something else already listens on its port.
require_free_port() {
    local part=$1 port=$2
    if port_listening "$port"; then
        fail "le port $port, nécessaire à « $part », est déjà pris par un autre programme ($(ss -ltnpH "sport = :$port" | grep -o 'users:.*' | head -n 1)). Libérez-le puis relancez ; ce qui a déjà démarré reste lancé (« $STOP_COMMAND » l’arrête)."
    fi
}

# start_detached PART COMMAND...: runs COMMAND in its own session (so Ctrl-C on the launcher does not reach it, and
# `down` can stop it with all its children), output appended to the part's log, PID recorded. Every process of the
# part inherits PITCHOUN_PART=PART@REPO, by which `status` and `down` recognise what is left of a part whose leader died.
start_detached() {
    local part=$1
    shift
    local log
    log=$(log_file "$part")
    printf '\n=== %s : démarrage par pitchoun (%s)\n' "$(date '+%F %T')" "$MODE" >>"$log"
    setsid env "PITCHOUN_PART=$part@$REPO" "$@" >>"$log" 2>&1 </dev/null &
    printf '%s' "$!" >"$(pid_file "$part")"
}

# The PIDs (space-separated) still running in PART's process group and marked as PART's: setsid made the leader's
# PID the group's ID; the mark keeps an unrelated group that got the same ID after a reboot out of it.
part_processes() {
    local file pgid member found=()
    file=$(pid_file "$1")
    [[ -f $file ]] || return 0
    pgid=$(<"$file")
    [[ $pgid =~ ^[0-9]+$ ]] || return 0
    for member in $(pgrep -g "$pgid" 2>/dev/null); do
        tr '\0' '\n' <"/proc/$member/environ" 2>/dev/null | grep -qxF "PITCHOUN_PART=$1@$REPO" && found+=("$member")
    done
    printf '%s' "${found[*]}"
}

# Explains which part failed, with the end of its log, then stops the launcher.
part_failed() {
    local part=$1 reason=$2 log
    log=$(log_file "$part")
    {
        printf 'ERREUR : « %s » %s.\nJournal : %s (dernières lignes ci-dessous)\n' "$part" "$reason" "$log"
        tail -n 25 "$log" 2>/dev/null | sed 's/^/    /'
        printf 'Ce qui a déjà démarré reste lancé : « %s » l’arrête.\n' "$STOP_COMMAND"
    } >&2
    exit 1
}

# wait_until PART SECONDS CHECK...: polls CHECK every half second while PART's process lives, for at most SECONDS.
wait_until() {
    local part=$1 seconds=$2
    shift 2
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        running_pid "$part" >/dev/null || part_failed "$part" "s’est arrêté au démarrage"
        ((SECONDS < deadline)) || part_failed "$part" "n’est pas prêt après ${seconds} s"
        sleep 0.5
    done
}

http_ok() { curl -fsS -o /dev/null --max-time 2 "$1"; }

# A stopped process may stay a zombie until its new parent reaps it: that counts as gone.
alive() { kill -0 "$1" 2>/dev/null && [[ $(ps -o stat= -p "$1") != Z* ]]; }

# Resident memory of all of PART's processes ("412 Mio"), "-" when none runs.
part_memory() {
    local pids leader
    pids=$(part_processes "$1")
    # A part started before the marks existed: its live leader's group.
    [[ -n $pids ]] || ! leader=$(running_pid "$1") || pids=$(pgrep -g "$leader" | tr '\n' ' ')
    pids=${pids% }
    [[ -n $pids ]] || { printf -- '-'; return 0; }
    # shellcheck disable=SC2086 # one PID per word
    ps -o rss= -p ${pids// /,} | awk '{ kib += $1 } END { printf "%d Mio", kib / 1024 }'
}

# Stops PART from its PID file: TERM to its whole process group, then KILL after a grace period. A part whose leader
# died (killed, crashed) may have left processes in its group (the demo feed's FFmpeg, a service's JVM): those too.
stop_part() {
    local part=$1 pid group waited=0 left
    if ! pid=$(running_pid "$part"); then
        left=$(part_processes "$part")
        if [[ -n $left ]]; then
            say "  « $part » : son processus principal n’est plus là, mais ses processus $left le sont : arrêt"
            # shellcheck disable=SC2086 # one PID per word
            kill -TERM $left 2>/dev/null || true
            sleep 2
            left=$(part_processes "$part")
            # shellcheck disable=SC2086
            [[ -z $left ]] || kill -KILL $left 2>/dev/null || true
        fi
        rm -f "$(pid_file "$part")"
        return 0
    fi
    group=$(ps -o pgid= -p "$pid" | tr -d ' ')
    # setsid made the part a group leader; fall back to the single process if it was not.
    [[ $group == "$pid" ]] && kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    while alive "$pid" && ((waited < 40)); do
        sleep 0.5
        waited=$((waited + 1))
    done
    if alive "$pid"; then
        say "  « $part » ne s’arrête pas : KILL"
        [[ $group == "$pid" ]] && kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$(pid_file "$part")"
    say "  $part arrêté (PID $pid)"
}
