#!/usr/bin/env bash
# Prints the SQL that creates (or updates) each service's MariaDB user with the password the service is given:
# PITCHOUN_{CMS,INGEST,AUTH,PODCAST}_DB_PASSWORD, the same variables as docker-compose.yml and /etc/pitchoun/*.env.
# PITCHOUN_MONITORING_DB_PASSWORD adds `monitoring` (mysqld-exporter: PROCESS, REPLICATION CLIENT, SELECT).
# A missing password is an error naming it. PITCHOUN_DB_LOCAL_DEFAULTS=true: user = password = name whatever the
# variables say (the developer's launcher, whose services are given those). PITCHOUN_DB_USER_HOSTS: the hosts the
# users connect from (default %). Idempotent.
set -euo pipefail

hosts=${PITCHOUN_DB_USER_HOSTS:-%}
# A password goes into a quoted SQL string: double backslashes and quotes.
sql_string() { local value=${1//\\/\\\\}; printf "'%s'" "${value//\'/\'\'}"; }

password_of() {
    local name=$1 variable="PITCHOUN_${1^^}_DB_PASSWORD"
    if [[ ${PITCHOUN_DB_LOCAL_DEFAULTS:-false} == true ]]; then
        printf '%s' "$name"
    elif [[ -n ${!variable:-} ]]; then
        printf '%s' "${!variable}"
    else
        echo "users.sh: $variable is not set (the password of MariaDB user $name)" >&2
        return 1
    fi
}

user_sql() {
    local name=$1 grant=$2 password host
    password=$(password_of "$name")
    for host in $hosts; do
        printf "CREATE USER IF NOT EXISTS '%s'@'%s' IDENTIFIED BY %s;\n" "$name" "$host" "$(sql_string "$password")"
        printf "ALTER USER '%s'@'%s' IDENTIFIED BY %s;\n" "$name" "$host" "$(sql_string "$password")"
        printf "GRANT %s TO '%s'@'%s';\n" "$grant" "$name" "$host"
    done
}

for database in cms ingest auth podcast; do
    user_sql "$database" "ALL PRIVILEGES ON $database.*"
done
if [[ -n ${PITCHOUN_MONITORING_DB_PASSWORD:-} ]]; then
    user_sql monitoring "PROCESS, REPLICATION CLIENT, SELECT ON *.*"
fi
