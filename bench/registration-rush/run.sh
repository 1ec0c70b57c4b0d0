#!/usr/bin/env bash
# Registration rush against PostgreSQL on this machine: HTTP throughput and latency of the real
# form, next to pgbench's throughput for the same database transaction, in the same run.
# Usage: bench/registration-rush/run.sh [people] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/../.."
people="${1:-2000}"
concurrency="${2:-32}"
database="arena_bench_$(date +%s)"
port=18080
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME

./mvnw -q -B package -DskipTests
psql -h 127.0.0.1 -U postgres -d test -qc "CREATE DATABASE $database"
cleanup() {
    [[ -n "${app:-}" ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
    psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)"
}
trap cleanup EXIT

SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$database?user=postgres" ARENA_DEMO_ENABLED=true ARENA_SECURITY_SECRET_KEY="$(openssl rand -base64 32)" \
    "$JAVA_HOME/bin/java" -jar target/arena-*.jar --server.port=$port --server.address=127.0.0.1 \
    --logging.level.root=WARN >/tmp/arena-bench.log 2>&1 &
app=$!
for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "the app did not start:"; tail -20 /tmp/arena-bench.log; exit 1; }

slug=samverkan-civilsamhallet-2027-2030
echo "== HTTP: $people people, $concurrency at a time, network $slug"
"$JAVA_HOME/bin/java" bench/registration-rush/RegistrationRush.java "http://127.0.0.1:$port" "$slug" "$people" "$concurrency" \
    | tee /tmp/arena-bench-http.txt

network=$(psql -h 127.0.0.1 -U postgres -d "$database" -Atc "SELECT id FROM network WHERE slug = '$slug'")
echo "== pgbench: the same transaction, $concurrency clients, 20 s"
pgbench -h 127.0.0.1 -U postgres -n -c "$concurrency" -j 2 -T 20 -D network="$network" \
    -f bench/registration-rush/registration.sql "$database" | tee /tmp/arena-bench-pgbench.txt

http=$(grep -o 'registrations_per_second=[0-9.]*' /tmp/arena-bench-http.txt | cut -d= -f2)
tps=$(grep -o 'tps = [0-9.]*' /tmp/arena-bench-pgbench.txt | head -1 | cut -d' ' -f3)
echo "== HTTP registrations per second / pgbench transactions per second = $(echo "scale=3; $http / $tps" | bc)"
