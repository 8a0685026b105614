# Infrastructure parts: Debian packages, third-party jars, private MariaDB, Kafka KRaft, NGINX-RTMP, WireMock.
# Sourced by deploy/local/pitchoun after common.sh; every start_* function uses the ports of the current mode.

RTMP_MODULE=/usr/lib/nginx/modules/ngx_rtmp_module.so
# Secret of the signed HLS URLs (deploy/CONTRACTS.md), rendered into NGINX's configuration; whoever mints URLs
# (web-frontend) must be given the same. One default for both modes, so tests can sign with the documented value.
HLS_SIGNING_SECRET=${PITCHOUN_HLS_SIGNING_SECRET:-pitchoun-dev-hls-secret}
# Sent by NGINX with each RTMP callback; live-ingest-service is given the same (services.sh).
RTMP_CALLBACK_SECRET=${PITCHOUN_RTMP_CALLBACK_SECRET:-pitchoun-dev-rtmp-callback-secret}
DEJAVU_FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf

# Installs the missing Debian packages (as root), or prints the line to run (otherwise). Presence is checked by
# command or file, so a second run installs nothing. `install_missing_packages tests` adds what only tests need.
install_missing_packages() {
    local missing=()
    # A JDK 17 or later (the services target Java 17).
    [[ $(javac -version 2>&1 | grep -oE '[0-9]+' | head -n 1) -ge 17 ]] 2>/dev/null || missing+=(openjdk-17-jdk-headless)
    command -v mvn >/dev/null || missing+=(maven)
    command -v mariadbd >/dev/null || missing+=(mariadb-server)
    command -v ffmpeg >/dev/null || missing+=(ffmpeg)
    command -v nginx >/dev/null || missing+=(nginx)
    [[ -f $RTMP_MODULE ]] || missing+=(libnginx-mod-rtmp)
    [[ -f $DEJAVU_FONT ]] || missing+=(fonts-dejavu-core)
    # French speech of the demo replay episodes and podcasts (deploy/local/lib/demo-replay.sh, demo-podcasts.sh).
    command -v espeak-ng >/dev/null || missing+=(espeak-ng)
    command -v curl >/dev/null || missing+=(curl)
    # The demo radios' Icecast server, whose MP3 and AAC streams carry ICY titles (lib/demo-radio.sh).
    command -v icecast2 >/dev/null || missing+=(icecast2)
    # web-frontend's build takes hls.js from the npm registry (pinned by package-lock.json).
    command -v npm >/dev/null || missing+=(npm)
    command -v ss >/dev/null || missing+=(iproute2)
    if [[ ${1:-} == tests ]]; then
        # The end-to-end test watches the live page play in headless Chromium.
        command -v chromium >/dev/null || missing+=(chromium)
        command -v chromedriver >/dev/null || missing+=(chromium-driver)
        # XMLTV's own DTD, against which web-frontend's tests validate /guide.xml.
        [[ -f /usr/share/sgml/xmltv/dtd/0.5/xmltv.dtd ]] || missing+=(libxmltv-perl)
    fi
    ((${#missing[@]} == 0)) && return 0

    if ((EUID != 0)); then
        printf 'Paquets manquants. Installez-les (en root) puis relancez :\n  sudo apt-get update && sudo apt-get install -y %s\n' "${missing[*]}" >&2
        exit 1
    fi
    say "Installation de : ${missing[*]}"
    # The platform runs its own MariaDB and NGINX: forbid the packages from starting the system services
    # (Debian's policy-rc.d convention), unless the machine already has such a policy.
    local own_policy=false
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod +x /usr/sbin/policy-rc.d
        own_policy=true
    fi
    local rc=0
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"; } || rc=$?
    [[ $own_policy == true ]] && rm -f /usr/sbin/policy-rc.d
    ((rc == 0)) || fail "apt-get a échoué (code $rc)"
}

# Kafka, log4j and WireMock jars from Maven Central, through deploy/tools/pom.xml.
resolve_jars() {
    if compgen -G "$LIB_DIR/kafka/kafka_2.13-*.jar" >/dev/null && compgen -G "$LIB_DIR/wiremock/wiremock-standalone-*.jar" >/dev/null; then
        return 0
    fi
    say "Téléchargement des jars de Kafka et WireMock (Maven Central)…"
    mvn -B -q -f "$REPO/deploy/tools/pom.xml" package || fail "la résolution des jars (deploy/tools/pom.xml) a échoué"
}

# Skips PART when it already runs under our PID file (returns 1), fails when its port is taken by something else.
should_start() {
    local part=$1 port=$2 pid
    if pid=$(running_pid "$part"); then
        say "  $part tourne déjà (PID $pid, port $port) : laissé tel quel"
        return 1
    fi
    require_free_port "$part" "$port"
    say "  démarrage de $part (port $port)…"
}

mariadb_sql() { mariadb --no-defaults --protocol=socket --socket="$DB_SOCKET" -uroot "$@"; }

start_mariadb() {
    should_start mariadb "$DB_PORT" || return 0
    local data=$STATE/mariadb/data
    [[ $MODE == test ]] && rm -rf "$data" # fresh test data on every run (under a second to initialise)
    mkdir -p "$data"
    if [[ ! -d $data/mysql ]]; then
        mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$data" \
            --auth-root-authentication-method=normal --skip-test-db >>"$(log_file mariadb)" 2>&1 ||
            part_failed mariadb "n’a pas pu initialiser $data"
    fi
    start_detached mariadb mariadbd --no-defaults --user="$(id -un)" --datadir="$data" --port="$DB_PORT" \
        --bind-address=127.0.0.1 --socket="$DB_SOCKET" --pid-file="$STATE/mariadb/mariadbd.pid" \
        --log-error="$(log_file mariadb)"
    wait_until mariadb 30 mariadb_sql -e 'SELECT 1'
    # One database and user per service (deploy/mariadb/databases.sql, shared with Docker), reachable by TCP on
    # 127.0.0.1 and by socket on localhost. Idempotent.
    {
        cat "$REPO/deploy/mariadb/databases.sql"
        PITCHOUN_DB_LOCAL_DEFAULTS=true PITCHOUN_DB_USER_HOSTS="127.0.0.1 localhost" "$REPO/deploy/mariadb/users.sh"
    } | mariadb_sql || part_failed mariadb "refuse la création des bases et utilisateurs"
}

kafka_classpath() { printf '%s/kafka/*' "$LIB_DIR"; }

start_kafka() {
    should_start kafka "$KAFKA_PORT" || return 0
    require_free_port kafka "$KAFKA_CONTROLLER_PORT"
    local dir=$STATE/kafka
    [[ $MODE == test ]] && rm -rf "$dir/data"
    mkdir -p "$dir/data"
    cat >"$dir/server.properties" <<EOF
# Written by deploy/local/pitchoun: single-node KRaft broker and controller.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
    cat >"$dir/log4j2.properties" <<EOF
# Written by deploy/local/pitchoun: the broker logs into the launcher's log folder.
appender.file.type=File
appender.file.name=file
appender.file.fileName=$(log_file kafka)
appender.file.layout.type=PatternLayout
appender.file.layout.pattern=[%d] %p %m (%c)%n
rootLogger.level=INFO
rootLogger.appenderRef.file.ref=file
EOF
    if [[ ! -f $dir/data/meta.properties ]]; then
        local cluster_id
        cluster_id=$(java -cp "$(kafka_classpath)" kafka.tools.StorageTool random-uuid 2>>"$(log_file kafka)") ||
            part_failed kafka "n’a pas pu générer l’identifiant du cluster (jars dans $LIB_DIR/kafka ?)"
        java -cp "$(kafka_classpath)" -Dlog4j2.configurationFile="$dir/log4j2.properties" kafka.tools.StorageTool \
            format -t "$cluster_id" -c "$dir/server.properties" >>"$(log_file kafka)" 2>&1 ||
            part_failed kafka "n’a pas pu formater $dir/data"
    fi
    start_detached kafka java -Xmx512m -Dlog4j2.configurationFile="$dir/log4j2.properties" \
        -cp "$(kafka_classpath)" kafka.Kafka "$dir/server.properties"
    wait_until kafka 60 port_listening "$KAFKA_PORT"
}

start_nginx() {
    should_start nginx "$NGINX_HTTP_PORT" || return 0
    require_free_port nginx "$RTMP_PORT"
    local prefix=$STATE/nginx
    rm -rf "$prefix/temp"
    [[ $MODE == test ]] && rm -rf "${HLS_DIR:?}"/* # no playlist left over from a previous test run
    PITCHOUN_NGINX_PREFIX=$prefix PITCHOUN_NGINX_HLS_DIR=$HLS_DIR PITCHOUN_NGINX_RTMP_PORT=$RTMP_PORT \
        PITCHOUN_NGINX_PODCAST_AUDIO_DIR=$PODCAST_AUDIO_DIR \
        PITCHOUN_NGINX_HTTP_PORT=$NGINX_HTTP_PORT PITCHOUN_INGEST_URL=http://127.0.0.1:$INGEST_PORT \
        PITCHOUN_NGINX_RTMP_MODULE=$RTMP_MODULE PITCHOUN_NGINX_ERROR_LOG=$(log_file nginx) \
        PITCHOUN_NGINX_ACCESS_LOG=$(log_file nginx-access) PITCHOUN_HLS_SIGNING_SECRET=$HLS_SIGNING_SECRET \
        PITCHOUN_NGINX_VOD_DIR=$VOD_DIR PITCHOUN_NGINX_RADIOS_DIR=$RADIOS_DIR \
        PITCHOUN_NGINX_ICECAST_URL=http://127.0.0.1:$ICECAST_PORT PITCHOUN_RTMP_CALLBACK_SECRET=$RTMP_CALLBACK_SECRET \
        "$REPO/deploy/nginx/render-config.sh" "$STATE/nginx.conf"
    # Workers run as an unprivileged user when we are root: they must be able to read the HLS files.
    chmod 755 "$HLS_DIR" "$RADIOS_DIR"
    nginx -e "$(log_file nginx)" -t -c "$STATE/nginx.conf" -p "$prefix/" >>"$(log_file nginx)" 2>&1 ||
        part_failed nginx "refuse sa configuration $STATE/nginx.conf"
    start_detached nginx nginx -e "$(log_file nginx)" -c "$STATE/nginx.conf" -p "$prefix/"
    wait_until nginx 15 http_ok "http://127.0.0.1:$NGINX_HTTP_PORT/health"
}

# WireMock stand-ins for Kinow (8091) and Ausha (8092); their stubs live in deploy/wiremock/<name>/mappings.
# The Ausha stand-in's audio and image addresses name this mode's NGINX (response templating reads
# PITCHOUN_AUSHA_STANDIN_MEDIA_URL, default the `up` one), so `up` and the tests each play their own files.
start_wiremock() {
    local part=$1 port=$2 root=$REPO/deploy/wiremock/$3 jar
    should_start "$part" "$port" || return 0
    mkdir -p "$root/mappings"
    jar=$(compgen -G "$LIB_DIR/wiremock/wiremock-standalone-*.jar" | head -n 1)
    start_detached "$part" env "PITCHOUN_AUSHA_STANDIN_MEDIA_URL=http://localhost:$NGINX_HTTP_PORT" \
        java -Xmx256m -jar "$jar" --port "$port" --bind-address 127.0.0.1 \
        --root-dir "$root" --disable-banner --permitted-system-keys 'PITCHOUN_AUSHA_STANDIN_.*'
    wait_until "$part" 60 http_ok "http://127.0.0.1:$port/__admin/health"
}

start_infra() {
    start_mariadb
    start_kafka
    start_nginx
}

stop_infra() {
    local part
    for part in nginx kafka mariadb; do stop_part "$part"; done
}
