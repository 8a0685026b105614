#!/usr/bin/env bash
# Replay figures (issue 11), against a running platform (deploy/local/pitchoun up):
#   (1) time from clicking play to the first frame on a replay episode page, in headless Chromium, median of $RUNS
#       (target <= 1.5 s on loopback);
#   (2) the same page's throughput for a signed-in viewer with wrk, once its content and playback decision are
#       cached (target >= 2,000 req/s with p99 <= 30 ms).
#
#   ./mvnw -q -B -pl e2e-tests -am test-compile      # once: the bench drives Chromium with e2e-tests' Selenium
#   deploy/bench/replay-bench.sh
#   SITE=http://127.0.0.1:28080 EPISODE=/programmes/mission-ocean/les-abysses deploy/bench/replay-bench.sh
#   CONNECTIONS=32 DURATION=20s PART=wrk deploy/bench/replay-bench.sh
# The wrk part also measures a signed-in page that asks no other service (BASELINE, /direct: the session verified, the
# menus cached, a signed address) under the same conditions, in turns with the episode page (ROUNDS rounds, after both
# are warmed up): on a shared machine the load moves both, and the gap between them is what the replay page costs.
# Needs Debian's chromium, chromedriver and wrk.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
SITE=${SITE:-http://localhost:8080}
EMAIL=${EMAIL:-mypitchoun-plus@demo.pitchoun.fr}
RUNS=${RUNS:-10}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
ROUNDS=${ROUNDS:-3}
PART=${PART:-all}
BASELINE=${BASELINE:-/direct}
for tool in chromium chromedriver wrk; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y chromium chromium-driver wrk" >&2; exit 1; }
done
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pitchoun-replay-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# Signs in through the site's form and prints "pitchoun_session=<token>".
session() {
    curl -fsS -o /dev/null -D "$WORK/headers" --data-urlencode "email=$EMAIL" --data-urlencode "motDePasse=pitchoun" \
        "$SITE/connexion" || { echo "sign-in as $EMAIL failed at $SITE" >&2; exit 1; }
    grep -i '^set-cookie: pitchoun_session=' "$WORK/headers" | head -1 | sed -E 's/^[^:]*: *([^;]*).*/\1/'
}

COOKIE=$(session)
if [[ -z "${EPISODE:-}" ]]; then
    # The first episode of the replay page that this viewer plays whole (its player reports progress).
    for path in $(curl -fsS "$SITE/replay" | grep -oE 'href="/programmes/[a-z0-9-]+/[a-z0-9-]+"' | cut -d'"' -f2 | awk '!seen[$0]++'); do
        if curl -fsS -H "Cookie: $COOKIE" "$SITE$path" | grep -q 'data-session="'; then EPISODE=$path; break; fi
    done
fi
[[ -n "${EPISODE:-}" ]] || { echo "no episode that $EMAIL plays whole on $SITE/replay" >&2; exit 1; }
echo "episode $EPISODE as $EMAIL on $SITE; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ $PART == all || $PART == frame ]]; then
    (cd "$REPO" && ./mvnw -q -B -o -pl e2e-tests dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$WORK/classpath" >/dev/null)
    echo "== click play -> first frame, $RUNS page loads"
    java -cp "$(cat "$WORK/classpath")" "$REPO/deploy/bench/replay/FirstFrameBench.java" "$SITE" "$EPISODE" "$EMAIL" "$RUNS"
fi

if [[ $PART == all || $PART == wrk ]]; then
    # Both pages are warmed up first (the JIT compiles what they share on the first one measured), then measured in
    # turns, episode page and baseline, ROUNDS times: load that drifts on a shared machine moves both alike.
    echo "== signed-in episode page vs baseline $BASELINE, wrk $CONNECTIONS connections, $DURATION each, $ROUNDS rounds"
    for page in "$EPISODE" "$BASELINE"; do
        wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $COOKIE" "$SITE$page" >/dev/null
    done
    for round in $(seq "$ROUNDS"); do
        for page in "$EPISODE" "$BASELINE"; do
            wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $COOKIE" "$SITE$page" >"$WORK/wrk"
            awk '/Requests\/sec/ { rps = $2 } / 99%/ { p99 = $2 } /Non-2xx/ { bad = $NF }
                END { printf "%s\t%s\t%s\t%s\n", round, page, rps, p99 (bad ? " NON-2xx:" bad : "") }' \
                round="$round" page="$page" "$WORK/wrk" | tee -a "$WORK/rounds"
        done
    done
    # Medians over the rounds; p99 in milliseconds.
    awk -F'\t' 'function ms(v) { return v ~ /us$/ ? v / 1000 : v ~ /ms$/ ? v + 0 : v * 1000 }
        function median(list, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
            if (list[j] < list[i]) { t = list[i]; list[i] = list[j]; list[j] = t } return list[int((n + 1) / 2)] }
        { n[$2]++; rps[$2, n[$2]] = $3; p99[$2, n[$2]] = ms($4) }
        END { for (page in n) { delete a; delete b; for (i = 1; i <= n[page]; i++) { a[i] = rps[page, i]; b[i] = p99[page, i] }
            printf "median %s: %.0f req/s, p99 %.1f ms\n", page, median(a, n[page]), median(b, n[page]) }
            print "targets for the episode page: >= 2000 req/s, p99 <= 30 ms" }' "$WORK/rounds"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
