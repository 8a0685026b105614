# Sourced by deploy/debian/install and upgrade: (re)starts Pitchoun's units one at a time, in dependency order, each
# ready (its /q/health/ready, or its port) before the next, so a restart never takes two parts down at once. The two
# transcode-workers go one after the other: the one running keeps the channels (and their slate) on air.
ready_checks=(
    "pitchoun-kafka 9092" "pitchoun@auth-gateway http://127.0.0.1:8082/q/health/ready"
    "pitchoun@cms-service http://127.0.0.1:8081/q/health/ready" "pitchoun@podcast-service http://127.0.0.1:8083/q/health/ready"
    "pitchoun@live-ingest-service http://127.0.0.1:8084/q/health/ready" "pitchoun-nginx 1935"
    "pitchoun-transcode@8085 http://127.0.0.1:8085/q/health/ready" "pitchoun-transcode@8086 http://127.0.0.1:8086/q/health/ready"
    "pitchoun@web-frontend http://127.0.0.1:8080/q/health/ready" "caddy 443"
)

wait_ready() { # UNIT CHECK: a URL answering 2xx, or a port listening; 120 s at most
    local unit=$1 check=$2 deadline=$((SECONDS + 120))
    while ((SECONDS < deadline)); do
        if [[ $check == http* ]]; then curl -fs -o /dev/null --max-time 2 "$check" && return 0
        else ss -ltn "sport = :$check" | grep -q LISTEN && return 0; fi
        systemctl is-failed --quiet "$unit" && break
        sleep 1
    done
    journalctl -u "$unit" -n 30 --no-pager >&2 || true
    echo "$unit n'est pas prêt ($check)" >&2
    return 1
}

restart_in_order() {
    local entry unit check
    for entry in "${ready_checks[@]}"; do
        unit=${entry%% *} check=${entry#* }
        printf '==> %s\n' "redémarrage de $unit"
        systemctl restart "$unit"
        wait_ready "$unit" "$check"
    done
    systemctl start pitchoun-backup.timer nftables.service
}
