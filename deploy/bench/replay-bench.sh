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
# The wrk part also measures a signed-in page that asks no other service (BASELINE, /direct/pitchoun-tv: the session
# verified, the menus, channels and schedule cached, a signed address) under the same conditions, in turns with the
# episode page (ROUNDS rounds, after both are warmed up): on a shared machine the load moves both, and the gap
# between them is what the replay page costs.
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
BASELINE=${BASELINE:-/direct/pitchoun-tv}
for tool in chromium chromedriver wrk; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y chromium chromium-driver wrk" >&2; exit 1; }
done
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pitchoun-replay-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

source "$REPO/deploy/bench/lib/site.sh"

COOKIE=$(site_session "$EMAIL")
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
    echo "== signed-in episode page vs baseline $BASELINE, wrk $CONNECTIONS connections, $DURATION each, $ROUNDS rounds"
    wrk_in_turns "$COOKIE" "$EPISODE" "$BASELINE"
    echo "targets for the episode page: >= 2000 req/s, p99 <= 30 ms"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
