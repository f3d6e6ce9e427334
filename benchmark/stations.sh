#!/usr/bin/env bash
# Care-station nearby benchmark: builds the portal, starts it on its own embedded PostgreSQL (data in
# .data/pg-bench, kept between runs so the 200,000 stations load once), runs benchmark/StationsBenchmark.java and
# stops the portal. Usage: benchmark/stations.sh [seconds per HTTP measurement, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-10}"
PORT="${BENCH_PORT:-18099}"
DB_PORT="${BENCH_DB_PORT:-54399}"
DATA_DIR="${BENCH_DATA_DIR:-.data/pg-bench}"

echo "== building the portal"
./mvnw -B -q -o package -DskipTests 2>/dev/null || ./mvnw -B -q package -DskipTests
JAR="$(ls target/xinjiuye-portal-*.jar | grep -v original | head -1)"
mkdir -p target/bench
PG_ENTRY="$(jar tf "$JAR" | grep 'BOOT-INF/lib/postgresql-.*\.jar' | head -1)"
(cd target/bench && jar xf "../../$JAR" "$PG_ENTRY")
PG_JAR="target/bench/$PG_ENTRY"

echo "== starting the portal on port $PORT (embedded PostgreSQL on $DB_PORT, data in $DATA_DIR)"
java -Xmx1g -jar "$JAR" --server.port="$PORT" --portal.embedded-db.port="$DB_PORT" \
    --portal.embedded-db.dir="$DATA_DIR" --logging.level.root=warn > target/bench/portal.log 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
    if curl -fs "http://localhost:$PORT/actuator/health" > /dev/null 2>&1; then break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the portal did not start:"; tail -50 target/bench/portal.log; exit 1; fi
    sleep 1
done
echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
java -cp "target/classes:$PG_JAR" benchmark/StationsBenchmark.java \
    "jdbc:postgresql://localhost:$DB_PORT/postgres" "http://localhost:$PORT" "$SECONDS_EACH"
