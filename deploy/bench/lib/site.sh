# Helpers the site's benchmarks share (sourced by replay-bench.sh and parents-bench.sh). Expects SITE, WORK, and for
# wrk_in_turns CONNECTIONS, DURATION, WARMUP, ROUNDS.

# Signs in through the site's form as $1 (password pitchoun) and prints "pitchoun_session=<token>".
site_session() {
    local email=$1
    curl -fsS -o /dev/null -D "$WORK/headers" --data-urlencode "email=$email" --data-urlencode "motDePasse=pitchoun" \
        "$SITE/connexion" || { echo "sign-in as $email failed at $SITE" >&2; exit 1; }
    grep -i '^set-cookie: pitchoun_session=' "$WORK/headers" | head -1 | sed -E 's/^[^:]*: *([^;]*).*/\1/'
}

# wrk_in_turns COOKIE PAGE... : every page warmed up first (the JIT compiles what they share on the first one
# measured), then measured in turns, ROUNDS times (load that drifts on a shared machine moves all alike); prints each
# run and the median req/s and p99 (ms) of each page.
wrk_in_turns() {
    local cookie=$1 page round
    shift
    : >"$WORK/rounds"
    for page in "$@"; do
        wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $cookie" "$SITE$page" >/dev/null
    done
    for round in $(seq "$ROUNDS"); do
        for page in "$@"; do
            wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $cookie" "$SITE$page" >"$WORK/wrk"
            awk '/Requests\/sec/ { rps = $2 } / 99%/ { p99 = $2 } /Non-2xx/ { bad = $NF }
                END { printf "%s\t%s\t%s\t%s\n", round, page, rps, p99 (bad ? " NON-2xx:" bad : "") }' \
                round="$round" page="$page" "$WORK/wrk" | tee -a "$WORK/rounds"
        done
    done
    # Medians over the rounds; p99 in milliseconds.
    awk -F'\t' 'function ms(v) { return v ~ /us$/ ? v / 1000 : v ~ /ms$/ ? v + 0 : v * 1000 }
        function median(list, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
            if (list[j] < list[i]) { t = list[i]; list[i] = list[j]; list[j] = t } return list[int((n + 1) / 2)] }
        { if (!($2 in n)) order[++pages] = $2; n[$2]++; rps[$2, n[$2]] = $3; p99[$2, n[$2]] = ms($4) }
        END { for (k = 1; k <= pages; k++) { page = order[k]; delete a; delete b
            for (i = 1; i <= n[page]; i++) { a[i] = rps[page, i]; b[i] = p99[page, i] }
            printf "median %s: %.0f req/s, p99 %.1f ms\n", page, median(a, n[page]), median(b, n[page]) } }' \
        "$WORK/rounds"
}
