#!/usr/bin/env bash
# auth-gateway figures (issue 5): (1) entitlement check of a signed-in viewer = session token verification with the
# key in memory (JWKS cached) + reading its groups, target p99 <= 1 ms; (2) sign-in throughput against the Kinow
# stand-in. Run on a quiet machine: other load lowers both.
#
#   mvn -B -pl auth-gateway package -DskipTests      # once: the bench runs auth-gateway's own classes and jars
#   deploy/bench/auth-bench.sh                       # both parts; needs the test infrastructure for part 2
#   PART=check deploy/bench/auth-bench.sh            # part 1 only: needs nothing running
#   CONCURRENCY=16 SECONDS=30 PART=login deploy/bench/auth-bench.sh
#
# Part 2 starts its own gateway (port $PORT) on the test infrastructure (`deploy/local/pitchoun test-infra up`:
# MariaDB 23306, Kinow stand-in 28091), with the sign-in limits and Kinow's request budget raised so that they do not
# cap the figure, and stops it at the end.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
APP=$REPO/auth-gateway/target/quarkus-app
PART=${PART:-all}
PORT=${PORT:-28182}
KINOW=${KINOW:-http://127.0.0.1:28091}
DB=${DB:-jdbc:mariadb://127.0.0.1:23306/auth}
CONCURRENCY=${CONCURRENCY:-8}
SECONDS_=${SECONDS:-20}
[[ -f $APP/quarkus-run.jar ]] || { echo "package auth-gateway first: mvn -B -pl auth-gateway package -DskipTests" >&2; exit 1; }
CP="$APP/app/*:$APP/lib/main/*:$APP/lib/boot/*"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ $PART == all || $PART == check ]]; then
    echo "== entitlement check (token verification, key cached), one thread"
    java -cp "$CP" "$REPO/deploy/bench/auth/EntitlementCheckBench.java"
fi

if [[ $PART == all || $PART == login ]]; then
    echo "== sign-in throughput against the Kinow stand-in at $KINOW ($CONCURRENCY clients, ${SECONDS_} s)"
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/pitchoun-auth-bench.XXXXXX")
    env QUARKUS_HTTP_PORT="$PORT" QUARKUS_DATASOURCE_JDBC_URL="$DB" PITCHOUN_KINOW_BASE_URL="$KINOW" \
        PITCHOUN_AUTH_TOKENS_KEY_DIR="$WORK/keys" PITCHOUN_KINOW_MAX_REQUESTS_PER_MINUTE=10000000 \
        PITCHOUN_AUTH_LOGIN_ADDRESS_MAX_ATTEMPTS=10000000 \
        java -Xmx256m -jar "$APP/quarkus-run.jar" >"$WORK/gateway.log" 2>&1 &
    GATEWAY=$!
    trap 'kill "$GATEWAY" 2>/dev/null; wait "$GATEWAY" 2>/dev/null; rm -rf "$WORK"' EXIT
    for _ in $(seq 1 60); do
        curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
        kill -0 "$GATEWAY" 2>/dev/null || { cat "$WORK/gateway.log" >&2; exit 1; }
        sleep 1
    done
    # A short warm-up, not counted.
    java "$REPO/deploy/bench/auth/LoginLoad.java" "http://127.0.0.1:$PORT" "$CONCURRENCY" 5 >/dev/null
    java "$REPO/deploy/bench/auth/LoginLoad.java" "http://127.0.0.1:$PORT" "$CONCURRENCY" "$SECONDS_"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
