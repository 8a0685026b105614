#!/usr/bin/env bash
# Parents' space figures (issue 13), against a running platform (deploy/local/pitchoun up):
#   (1) learning statements ingested per second into auth-gateway's store through Kafka: a year of a child's
#       statements (YearOfStatements: as the players report, a statement per 30 s of playing at most) is written to
#       pitchoun.learning.statements as the outbox relay writes them; timed from the first send until the last is
#       stored (target >= 2,000/s);
#   (2) /espace-parents for that child, signed in as its parent, with wrk (target p99 <= 50 ms), in turns with a peer
#       page (BASELINE, /profils: the same session and one call to the gateway per view), as replay-bench.sh does.
#
#   ./mvnw -q -B -pl auth-gateway -am package -DskipTests   # `up` does it: the generator runs the gateway's classes
#   deploy/bench/parents-bench.sh
#   DAYS=90 PART=ingest deploy/bench/parents-bench.sh
#   CONNECTIONS=16 DURATION=20s PART=wrk PROFILE=42 deploy/bench/parents-bench.sh   # an already loaded child
#   KEEP=1 deploy/bench/parents-bench.sh       # keep the bench child (else it is deleted with its statements)
#   VIA=outbox PART=ingest deploy/bench/parents-bench.sh   # through the gateway's outbox table and its relay instead
#                                              # (the whole path of a report after it was accepted)
# Needs Debian's wrk and the mariadb client.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
SITE=${SITE:-http://localhost:8080}
GATEWAY=${GATEWAY:-http://127.0.0.1:8082}
CMS=${CMS:-http://127.0.0.1:8081}
PODCASTS=${PODCASTS:-http://127.0.0.1:8083}
KAFKA=${KAFKA:-127.0.0.1:19092}
DB_PORT=${DB_PORT:-13306}
EMAIL=${EMAIL:-mypitchoun@demo.pitchoun.fr}
DAYS=${DAYS:-365}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
ROUNDS=${ROUNDS:-3}
PART=${PART:-all}
VIA=${VIA:-topic}
BASELINE=${BASELINE:-/profils}
APP=$REPO/auth-gateway/target/quarkus-app
for tool in wrk mariadb curl python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y wrk mariadb-client curl python3" >&2; exit 1; }
done
[[ -f $APP/quarkus-run.jar ]] || { echo "package auth-gateway first: ./mvnw -B -pl auth-gateway -am package -DskipTests" >&2; exit 1; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pitchoun-parents-bench.XXXXXX")
source "$REPO/deploy/bench/lib/site.sh"

sql() { mariadb -h127.0.0.1 -P"$DB_PORT" -uauth -pauth auth -N -B -e "$1"; }

COOKIE=$(site_session "$EMAIL")
CREATED=""
cleanup() {
    if [[ -n $CREATED && ${KEEP:-0} != 1 ]]; then
        curl -fsS -o /dev/null -X DELETE -H "Cookie: $COOKIE" "$GATEWAY/api/profiles/$CREATED" || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); signed in as $EMAIL on $SITE"

if [[ -z ${PROFILE:-} ]]; then
    PROFILE=$(curl -fsS -H "Cookie: $COOKIE" -H 'Content-Type: application/json' \
        -d '{"name":"Banc d essai","ageBand":"7-9","avatar":"owl"}' "$GATEWAY/api/profiles" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    CREATED=$PROFILE
fi

if [[ $PART == all || $PART == ingest ]]; then
    # The items: the demo catalogue's playable episodes (themes, ages, length) and podcast episodes.
    python3 - "$CMS" "$PODCASTS" >"$WORK/items" <<'PY'
import json, sys, urllib.request
cms, podcasts = sys.argv[1], sys.argv[2]
def get(url):
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.load(answer)
for summary in get(cms + "/api/programmes"):
    programme = get(cms + "/api/programmes/" + summary["slug"])
    for e in programme.get("episodes") or []:
        video = e.get("video") or {}
        seconds = video.get("durationSeconds") or e.get("durationMinutes", 0) * 60
        if seconds > 0:
            themes = "|".join(dict.fromkeys((e.get("learningThemes") or []) + (programme.get("themes") or [])))
            print("\t".join(["episode", programme["slug"], e["slug"], e["title"], themes,
                             str(programme["ageMin"]), str(programme["ageMax"]), str(int(seconds))]))
try:
    for show in get(podcasts + "/api/podcasts")[:3]:
        for e in get(podcasts + "/api/podcasts/" + show["slug"] + "?taille=5").get("episodes", []):
            if e.get("durationSeconds", 0) > 0:
                print("\t".join(["podcast-episode", show["slug"], e["slug"], e["title"], "", "", "",
                                 str(int(e["durationSeconds"]))]))
except Exception as error:
    print("no podcasts: %s" % error, file=sys.stderr)
PY
    # Warm-up, not counted: 60 days for a child of its own (the consumer's code compiled by the JIT, as in a
    # gateway that has been running), deleted with its statements.
    warm=$(curl -fsS -H "Cookie: $COOKIE" -H 'Content-Type: application/json' \
        -d '{"name":"Echauffement","ageBand":"7-9","avatar":"fox"}' "$GATEWAY/api/profiles" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    read -r warm_sent _ < <(java -cp "$APP/app/*:$APP/lib/main/*:$APP/lib/boot/*" \
        "$REPO/deploy/bench/parents/YearOfStatements.java" "$KAFKA" "$warm" 60 "$WORK/items" 2>>"$WORK/producer.log")
    while (( $(sql "SELECT COUNT(*) FROM learning_statement WHERE profile_id = $warm") < ${warm_sent:-0} )); do
        sleep 0.5
    done
    curl -fsS -o /dev/null -X DELETE -H "Cookie: $COOKIE" "$GATEWAY/api/profiles/$warm"
    echo "== a year ($DAYS days) of statements for child $PROFILE through Kafka, written to the $VIA" \
        "($(wc -l <"$WORK/items") items)"
    outbox=()
    [[ $VIA == outbox ]] && outbox=("jdbc:mariadb://127.0.0.1:$DB_PORT/auth")
    before=$(sql "SELECT COUNT(*) FROM learning_statement WHERE profile_id = $PROFILE")
    read -r SENT STARTED SENT_AT < <(java -cp "$APP/app/*:$APP/lib/main/*:$APP/lib/boot/*" \
        "$REPO/deploy/bench/parents/YearOfStatements.java" "$KAFKA" "$PROFILE" "$DAYS" "$WORK/items" "${outbox[@]}" 2>"$WORK/producer.log")
    [[ -n ${SENT:-} ]] || { cat "$WORK/producer.log" >&2; exit 1; }
    target=$((before + SENT))
    deadline=$(( $(date +%s) + 600 ))
    while (( $(sql "SELECT COUNT(*) FROM learning_statement WHERE profile_id = $PROFILE") < target )); do
        (( $(date +%s) < deadline )) || { echo "not all stored within 10 minutes" >&2; exit 1; }
        sleep 0.1
    done
    STORED_AT=$(date +%s%3N)
    awk -v n="$SENT" -v s="$STARTED" -v p="$SENT_AT" -v e="$STORED_AT" 'BEGIN {
        printf "%d statements: sent in %.2f s, all stored %.2f s after the first send: %.0f statements/s " \
            "(target >= 2000/s)\n", n, (p - s) / 1000, (e - s) / 1000, n / ((e - s) / 1000) }'
    # The store's own view: from the first to the last statement stored.
    sql "SELECT CONCAT('stored from first to last in ', ROUND(TIMESTAMPDIFF(MICROSECOND, MIN(stored_at),
         MAX(stored_at)) / 1e6, 2), ' s: ', ROUND(COUNT(*) / (TIMESTAMPDIFF(MICROSECOND, MIN(stored_at),
         MAX(stored_at)) / 1e6)), ' statements/s') FROM learning_statement WHERE profile_id = $PROFILE"
    sql "SELECT CONCAT('the child now has ', COUNT(*), ' days, ', ROUND(SUM(played_ms) / 3600000), ' h played')
         FROM learning_day WHERE profile_id = $PROFILE"
fi

if [[ $PART == all || $PART == wrk ]]; then
    PAGE="/espace-parents?enfant=$PROFILE"
    curl -fsS -o "$WORK/page" -H "Cookie: $COOKIE" "$SITE$PAGE"
    grep -q 'class="graphique"' "$WORK/page" || { echo "$PAGE does not show the chart" >&2; exit 1; }
    echo "== $PAGE vs peer $BASELINE, wrk $CONNECTIONS connections, $DURATION each, $ROUNDS rounds"
    wrk_in_turns "$COOKIE" "$PAGE" "$BASELINE"
    echo "target for the parents' space: p99 <= 50 ms"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
