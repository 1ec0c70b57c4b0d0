# Sourced by each benchmark: builds the jar and starts it on loopback against a fresh PostgreSQL
# database with the demo content, dropped again when the script ends.
# Needs: $port, $name (the benchmark's name, for the database and the log). Sets: $database,
# $base (the app's address), $log; `db` runs psql on the benchmark's database.
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
database="arena_bench_${name//-/_}_$(date +%s)"
base="http://127.0.0.1:$port"
log="/tmp/arena-bench-$name.log"

./mvnw -q -B package -DskipTests
psql -h 127.0.0.1 -U postgres -d test -qc "CREATE DATABASE $database"
cleanup() {
    [[ -n "${app:-}" ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
    psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)"
    [[ -n "${bench_cleanup:-}" ]] && $bench_cleanup
    return 0
}
trap cleanup EXIT

SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$database?user=postgres" ARENA_DEMO_ENABLED=true \
    ARENA_SECURITY_SECRET_KEY="$(openssl rand -base64 32)" \
    "$JAVA_HOME/bin/java" -jar target/arena-*.jar --server.port="$port" --server.address=127.0.0.1 --arena.base-url="$base" \
    --logging.level.root=WARN >"$log" 2>&1 &
app=$!
for _ in $(seq 1 120); do curl -sf "$base/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "$base/actuator/health" >/dev/null || { echo "the app did not start:"; tail -20 "$log"; exit 1; }

db() { psql -h 127.0.0.1 -U postgres -d "$database" -Atq "$@"; }
