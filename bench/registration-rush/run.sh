#!/usr/bin/env bash
# Registration rush against PostgreSQL on this machine: HTTP throughput and latency of the real
# form, next to pgbench's throughput for the same database transaction, in the same run.
# Usage: bench/registration-rush/run.sh [people] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/../.."
people="${1:-2000}"
concurrency="${2:-32}"
port=18080
name=registration-rush
source bench/start-arena.sh

slug=samverkan-civilsamhallet-2027-2030
echo "== HTTP: $people people, $concurrency at a time, network $slug"
"$JAVA_HOME/bin/java" bench/registration-rush/RegistrationRush.java "$base" "$slug" "$people" "$concurrency" \
    | tee /tmp/arena-bench-http.txt

network=$(db -c "SELECT id FROM network WHERE slug = '$slug'")
echo "== pgbench: the same transaction, $concurrency clients, 20 s"
pgbench -h 127.0.0.1 -U postgres -n -c "$concurrency" -j 2 -T 20 -D network="$network" \
    -f bench/registration-rush/registration.sql "$database" | tee /tmp/arena-bench-pgbench.txt

http=$(grep -o 'registrations_per_second=[0-9.]*' /tmp/arena-bench-http.txt | cut -d= -f2)
tps=$(grep -o 'tps = [0-9.]*' /tmp/arena-bench-pgbench.txt | head -1 | cut -d' ' -f3)
echo "== HTTP registrations per second / pgbench transactions per second = $(echo "scale=3; $http / $tps" | bc)"
