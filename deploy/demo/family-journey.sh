#!/usr/bin/env bash
# Issue 13's "Must show" on a running platform (deploy/local/pitchoun up), in one headless Chromium session
# (deploy/demo/FamilyJourney.java): mypitchoun@ creates a child profile and picks it, the child watches part of a
# replay episode and answers its quiz, the parents' space shows the time, the theme and the score, a 5-minute limit
# stops the next episode, the export holds those statements, deletion removes them (checked in auth-gateway's
# database afterwards). Prints what the family sees at each step; about 3 minutes.
#   deploy/demo/family-journey.sh
#   SITE=http://localhost:8080 EMAIL=mypitchoun@demo.pitchoun.fr deploy/demo/family-journey.sh
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
SITE=${SITE:-http://localhost:8080}
EMAIL=${EMAIL:-mypitchoun@demo.pitchoun.fr}
PASSWORD=${PASSWORD:-pitchoun}
DB_PORT=${DB_PORT:-13306}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pitchoun-journey.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
source "$REPO/deploy/bench/lib/browser.sh"

run_in_chromium "$WORK" "$REPO/deploy/demo/FamilyJourney.java" "$SITE" "$EMAIL" "$PASSWORD" | tee "$WORK/journey"
child=$(sed -n 's/^CHILD //p' "$WORK/journey")
if [[ -n $child ]] && command -v mariadb >/dev/null; then
    echo
    echo "== what auth-gateway's database still holds for child $child after the deletion"
    for table in child_profile learning_statement learning_day learning_day_theme learning_item \
        learning_quiz_result screen_time_rule screen_time_unlock; do
        column=profile_id; [[ $table == child_profile ]] && column=id
        printf '   %-22s %s rows\n' "$table" "$(mariadb -h127.0.0.1 -P"$DB_PORT" -uauth -pauth auth -N -B \
            -e "SELECT COUNT(*) FROM $table WHERE $column = $child" 2>&1)"
    done
    printf '   %-22s %s rows\n' "learning_quiz_answer" "$(mariadb -h127.0.0.1 -P"$DB_PORT" -uauth -pauth auth -N -B -e \
        "SELECT COUNT(*) FROM learning_quiz_answer a LEFT JOIN learning_statement s USING (statement_id)
         WHERE s.statement_id IS NULL" 2>&1) without their statement"
fi
