# The six Quarkus services and the demo control-room feed. Sourced by deploy/local/pitchoun after common.sh.

# name:port, in start order; `down` stops them in reverse.
SERVICES=(cms-service:8081 auth-gateway:8082 podcast-service:8083 live-ingest-service:8084 transcode-worker:8085
    web-frontend:8080)
DEMO_CHANNEL=pitchoun-tv
DEMO_STREAM_KEY=demo-pitchoun-tv-key

service_port() {
    local entry
    for entry in "${SERVICES[@]}"; do
        [[ ${entry%%:*} == "$1" ]] && printf '%s' "${entry##*:}" && return 0
    done
    return 1
}

# The environment each service needs on the local platform (settings documented in each module's README).
service_env() {
    local db_url=jdbc:mariadb://127.0.0.1:$DB_PORT kafka=127.0.0.1:$KAFKA_PORT
    case $1 in
    cms-service)
        # The local platform shows a living site: demo content on (never in production).
        # Admins manage the live channels through live-ingest-service with a service token of auth-gateway.
        printf '%s\n' "QUARKUS_DATASOURCE_JDBC_URL=$db_url/cms" QUARKUS_DATASOURCE_USERNAME=cms QUARKUS_DATASOURCE_PASSWORD=cms \
            PITCHOUN_CMS_DEMO_CONTENT=true "KAFKA_BOOTSTRAP_SERVERS=$kafka" \
            "PITCHOUN_CMS_INGEST_URL=http://127.0.0.1:$(service_port live-ingest-service)" \
            "PITCHOUN_CMS_AUTH_URL=http://127.0.0.1:$(service_port auth-gateway)" \
            "PITCHOUN_CMS_RTMP_PUBLISH_URL=rtmp://127.0.0.1:$RTMP_PORT/live" \
            "PITCHOUN_CMS_DEMO_MEDIA_URL=http://localhost:$NGINX_HTTP_PORT"
        ;;
    auth-gateway)
        # The token signing key is generated at first start into the platform's state folder and kept there.
        printf '%s\n' "QUARKUS_DATASOURCE_JDBC_URL=$db_url/auth" QUARKUS_DATASOURCE_USERNAME=auth \
            QUARKUS_DATASOURCE_PASSWORD=auth PITCHOUN_KINOW_BASE_URL=http://127.0.0.1:8091 \
            "PITCHOUN_AUTH_TOKENS_KEY_DIR=$STATE/auth-gateway/keys" \
            PITCHOUN_REPLAY_ORIGIN_MEDIA_BASE_URL=http://localhost:8088/vod/ \
            "PITCHOUN_REPLAY_ORIGIN_MEDIA_PUBLIC_URL=http://localhost:$NGINX_HTTP_PORT/vod/" \
            "PITCHOUN_REPLAY_ORIGIN_MEDIA_SECRET=$HLS_SIGNING_SECRET"
        ;;
    podcast-service)
        printf '%s\n' "QUARKUS_DATASOURCE_JDBC_URL=$db_url/podcast" QUARKUS_DATASOURCE_USERNAME=podcast \
            QUARKUS_DATASOURCE_PASSWORD=podcast PITCHOUN_AUSHA_BASE_URL=http://127.0.0.1:8092 "KAFKA_BOOTSTRAP_SERVERS=$kafka"
        ;;
    live-ingest-service)
        printf '%s\n' "QUARKUS_DATASOURCE_JDBC_URL=$db_url/ingest" QUARKUS_DATASOURCE_USERNAME=ingest \
            QUARKUS_DATASOURCE_PASSWORD=ingest "KAFKA_BOOTSTRAP_SERVERS=$kafka" PITCHOUN_INGEST_RTMP_PULL_HOST=127.0.0.1 \
            "PITCHOUN_INGEST_RTMP_PULL_PORT=$RTMP_PORT" "PITCHOUN_RTMP_CALLBACK_SECRET=$RTMP_CALLBACK_SECRET"
        ;;
    transcode-worker)
        # Start-over keeps an hour locally (the demo programmes are shorter): about 4 GB for a 1080p ladder, not 12.
        printf '%s\n' "KAFKA_BOOTSTRAP_SERVERS=$kafka" "PITCHOUN_TRANSCODE_HLS_DIR=$HLS_DIR" \
            "PITCHOUN_TRANSCODE_START_OVER_WINDOW=${PITCHOUN_TRANSCODE_START_OVER_WINDOW:-1h}"
        ;;
    web-frontend)
        # The HLS URL is the one the viewer's browser opens.
        printf '%s\n' PITCHOUN_FRONTEND_CMS_URL=http://127.0.0.1:8081 PITCHOUN_FRONTEND_AUTH_URL=http://127.0.0.1:8082 \
            "PITCHOUN_FRONTEND_HLS_BASE_URL=http://localhost:$NGINX_HTTP_PORT/hls" \
            "PITCHOUN_HLS_SIGNING_SECRET=$HLS_SIGNING_SECRET" "KAFKA_BOOTSTRAP_SERVERS=$kafka"
        ;;
    esac
}

maven() {
    if [[ -x $REPO/mvnw ]]; then "$REPO/mvnw" "$@"; else mvn "$@"; fi
}

build_services() {
    say "Compilation des services (mvn package -DskipTests, journal : $(log_file build))…"
    (cd "$REPO" && maven -B -q package -DskipTests) >"$(log_file build)" 2>&1 || {
        tail -n 40 "$(log_file build)" >&2
        fail "la compilation a échoué ; journal complet : $(log_file build). L’infrastructure reste lancée (« $STOP_COMMAND » l’arrête)."
    }
}

start_services() {
    local entry name port jar started=()
    for entry in "${SERVICES[@]}"; do
        name=${entry%%:*} port=${entry##*:}
        jar=$REPO/$name/target/quarkus-app/quarkus-run.jar
        should_start "$name" "$port" || continue
        [[ -f $jar ]] || fail "$jar est absent : lancez « $LAUNCHER up » sans --no-build (ce qui a déjà démarré reste lancé ; « $STOP_COMMAND » l’arrête)"
        local env_vars=()
        mapfile -t env_vars < <(service_env "$name")
        # Started from the module folder, so relative paths in its configuration resolve as in development.
        (cd "$REPO/$name" && start_detached "$name" env "${env_vars[@]}" java -jar "$jar")
        started+=("$name")
    done
    ((${#started[@]} == 0)) && return 0
    say "  attente de la disponibilité (/q/health/ready, 90 s au plus)…"
    for name in "${started[@]}"; do
        wait_until "$name" 90 http_ok "http://127.0.0.1:$(service_port "$name")/q/health/ready"
        say "  $name prêt"
    done
}

stop_services() {
    local i
    stop_part demo-feed
    for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do stop_part "${SERVICES[i]%%:*}"; done
}

# The demo media the stand-ins point at, made once and shared by `up` and the tests (a few minutes the first time),
# served by NGINX: the Kinow stand-in's replay episodes and extracts under /vod/ (lib/demo-replay.sh), the Ausha
# stand-in's podcast episodes and show images under /podcasts-audio/ (lib/demo-podcasts.sh).
make_demo_media() {
    say "  médias de démonstration ($REPO/.pitchoun/media ; la première fois, quelques minutes)…"
    bash "$REPO/deploy/local/lib/demo-replay.sh" "$VOD_DIR" "$DEJAVU_FONT" >>"$(log_file demo-media)" 2>&1 ||
        fail "la création des médias de replay a échoué ; journal : $(log_file demo-media)"
    bash "$REPO/deploy/local/lib/demo-podcasts.sh" "$PODCAST_AUDIO_DIR" "$DEJAVU_FONT" >>"$(log_file demo-media)" 2>&1 ||
        fail "la création de l'audio des podcasts a échoué ; journal : $(log_file demo-media)"
    bash "$REPO/deploy/local/lib/demo-radio.sh" make "$RADIO_SONGS_DIR" >>"$(log_file demo-media)" 2>&1 ||
        fail "la création des morceaux de la radio de démonstration a échoué ; journal : $(log_file demo-media)"
    # NGINX's workers run unprivileged when we are root.
    chmod 755 "$REPO/.pitchoun/media"
    chmod -R a+rX "$VOD_DIR" "$PODCAST_AUDIO_DIR" "$RADIO_SONGS_DIR"
}

# start_demo_part PART WHAT COMMAND...: starts a demo process (no port of its own) unless it already runs.
start_demo_part() {
    local part=$1 what=$2 pid
    shift 2
    if pid=$(running_pid "$part"); then
        say "  $part tourne déjà (PID $pid) : laissé tel quel"
        return 0
    fi
    say "  démarrage $what…"
    start_detached "$part" "$@"
}

# The control room's feed for the demo channel, restarted whenever FFmpeg exits (see lib/demo-feed.sh).
start_demo_feed() {
    start_demo_part demo-feed "du flux de démonstration vers rtmp://127.0.0.1:$RTMP_PORT/live/$DEMO_STREAM_KEY" \
        bash "$REPO/deploy/local/lib/demo-feed.sh" "rtmp://127.0.0.1:$RTMP_PORT/live/$DEMO_STREAM_KEY" "$DEJAVU_FONT"
}

# Pitchoun Radio's live HLS (lib/demo-radio.sh run): a rolling playlist over the demo songs, served by NGINX at
# /radios/pitchoun-radio/live.m3u8. No encoding while it runs: the songs' segments are made once by make_demo_media.
start_demo_radio() {
    start_demo_part demo-radio "de la radio de démonstration (http://localhost:$NGINX_HTTP_PORT/radios/pitchoun-radio/live.m3u8)" \
        bash "$REPO/deploy/local/lib/demo-radio.sh" run "$RADIO_SONGS_DIR" "$RADIOS_DIR/pitchoun-radio"
}

# Local passwords of the demo Icecast (bound to 127.0.0.1; never used elsewhere).
DEMO_ICECAST_SOURCE_PASSWORD=pitchoun-demo-source
DEMO_ICECAST_ADMIN_PASSWORD=pitchoun-demo-admin

# The demo radios' MP3 and AAC: a private Icecast (Debian's icecast2, as a user process with a configuration of ours)
# and the source that sends it each radio's songs with their titles (lib/demo-radio.sh icecast). Icecast refuses to run as root:
# as root it drops to nobody once its port is open.
start_demo_icecast() {
    if should_start icecast "$ICECAST_PORT"; then
        local dir=$STATE/icecast owner=""
        mkdir -p "$dir/logs"
        if ((EUID == 0)); then
            owner="<changeowner><user>nobody</user><group>nogroup</group></changeowner>"
            chown nobody:nogroup "$dir/logs"
        fi
        cat >"$dir/icecast.xml" <<EOF
<!-- Written by deploy/local/pitchoun: the demo radios' Icecast. -->
<icecast>
  <location>Pitchoun (local)</location>
  <admin>radio@pitchoun.test</admin>
  <hostname>localhost</hostname>
  <limits><clients>50</clients><sources>4</sources></limits>
  <authentication>
    <source-password>$DEMO_ICECAST_SOURCE_PASSWORD</source-password>
    <admin-user>admin</admin-user>
    <admin-password>$DEMO_ICECAST_ADMIN_PASSWORD</admin-password>
  </authentication>
  <listen-socket><port>$ICECAST_PORT</port><bind-address>127.0.0.1</bind-address></listen-socket>
  <paths>
    <basedir>/usr/share/icecast2</basedir>
    <logdir>$dir/logs</logdir>
    <webroot>/usr/share/icecast2/web</webroot>
    <adminroot>/usr/share/icecast2/admin</adminroot>
  </paths>
  <logging><accesslog>access.log</accesslog><errorlog>error.log</errorlog><loglevel>2</loglevel></logging>
  <security><chroot>0</chroot>$owner</security>
</icecast>
EOF
        start_detached icecast icecast2 -c "$dir/icecast.xml"
        wait_until icecast 15 http_ok "http://127.0.0.1:$ICECAST_PORT/status-json.xsl"
    fi
    start_demo_part demo-icecast "des radios de démonstration sur Icecast (http://localhost:$NGINX_HTTP_PORT/radios/icecast/)" \
        bash "$REPO/deploy/local/lib/demo-radio.sh" icecast "$RADIO_SONGS_DIR" "http://127.0.0.1:$ICECAST_PORT" \
        "$DEMO_ICECAST_SOURCE_PASSWORD" "$DEMO_ICECAST_ADMIN_PASSWORD"
}

stop_demo_radios() {
    stop_part demo-icecast
    stop_part icecast
    stop_part demo-radio
}
