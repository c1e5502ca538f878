#!/usr/bin/env bash
# Measures cold start of the embedded default, the results page under load (wrk over loopback)
# next to a trivial endpoint in the same run, and the heap in use after the load.
# Usage: perf/load-test.sh [duration-seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-30}
CONNECTIONS=${2:-20}
PORT=${PORT:-8099}
WORKDIR=$(mktemp -d)
PAGE_PATH=${PAGE_PATH:-/resultaten/2025/participatie}
trap 'kill "$APP_PID" 2>/dev/null || true; rm -rf "$WORKDIR"' EXIT

command -v wrk >/dev/null || { echo "wrk is needed (Debian package wrk)"; exit 1; }
[ -f target/maatstaf-0.1.0.jar ] || ./mvnw -B -q package -DskipTests

echo "== cold start (fresh embedded database, demo data generated)"
START=$(date +%s%N)
(cd "$WORKDIR" && exec java -jar "$OLDPWD/target/maatstaf-0.1.0.jar" --server.port="$PORT" >"$WORKDIR/app.log" 2>&1) &
APP_PID=$!
until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do sleep 0.2; done
READY=$(date +%s%N)
echo "ready after $(( (READY - START) / 1000000 )) ms (JVM start, migrations, demo data)"
grep -E "Started MaatstafApplication|Demo data loaded" "$WORKDIR/app.log" | sed 's/^.*\] //'

echo "== second start on the existing database"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
START=$(date +%s%N)
(cd "$WORKDIR" && exec java -jar "$OLDPWD/target/maatstaf-0.1.0.jar" --server.port="$PORT" >"$WORKDIR/app2.log" 2>&1) &
APP_PID=$!
until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do sleep 0.2; done
READY=$(date +%s%N)
echo "ready after $(( (READY - START) / 1000000 )) ms"

JAR_PID=$(pgrep -f "maatstaf-0.1.0.jar --server.port=$PORT" | head -1)

# One logged-in session per connection, as with real users: every request of a session updates
# its row in spring_session, so a single shared session would measure lock waits, not the page.
login() {
    local jar="$WORKDIR/cookies-$1" token
    token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
    curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=deelnemer&password=demo&_csrf=$token" "http://127.0.0.1:$PORT/login"
    awk '$6 == "SESSION" {print $7}' "$jar"
}
SCRIPT="$WORKDIR/sessions.lua"
{
    echo "local sessions = {"
    for i in $(seq 1 "$CONNECTIONS"); do echo "  \"$(login "$i")\","; done
    echo "}"
    cat <<'LUA'
local counter = 0
request = function()
  counter = counter + 1
  local cookie = "SESSION=" .. sessions[(counter % #sessions) + 1]
  return wrk.format("GET", nil, { ["Cookie"] = cookie })
end
LUA
} > "$SCRIPT"
SESSION=$(login check)
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$SESSION" "http://127.0.0.1:$PORT$PAGE_PATH")
echo "results page answers $STATUS for the logged-in deelnemer"

echo "== warm-up"
wrk -t2 -c"$CONNECTIONS" -d10s -s "$SCRIPT" "http://127.0.0.1:$PORT$PAGE_PATH" >/dev/null

echo "== results page $PAGE_PATH, $CONNECTIONS connections with $CONNECTIONS sessions, ${DURATION}s"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$SCRIPT" "http://127.0.0.1:$PORT$PAGE_PATH"

echo "== trivial endpoint /actuator/health, $CONNECTIONS connections, ${DURATION}s"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT/actuator/health"

echo "== heap after the load"
jcmd "$JAR_PID" GC.run >/dev/null
jcmd "$JAR_PID" GC.heap_info | head -3
