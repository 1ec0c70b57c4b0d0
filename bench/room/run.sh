#!/usr/bin/env bash
# The room's pages with a full room on PostgreSQL: 600 seat holders, 20,000 posts in 1,000
# threads, 2,000 documents. Prints the server time (time to first byte on loopback) of the start
# page and the thread list (the goal: p95 <= 50 ms), and of the documents, people and search
# pages, each read 300 times by a signed-in seat holder.
# Usage: bench/room/run.sh [reads]
set -euo pipefail
cd "$(dirname "$0")/../.."
reads="${1:-300}"
port=18081
name=room
reader=deltagare.karlskoga@example.org
jar=$(mktemp)
remove_cookies() { rm -f "$jar"; }
bench_cleanup=remove_cookies
source bench/start-arena.sh
network=$(db -c "SELECT id FROM network WHERE slug = 'samverkan-civilsamhallet-2023-2026'")
echo "== seeding the room of network $network"
db -v network="$network" -v reader="$reader" -f bench/room/seed.sql
db -c "SELECT 'posts ' || count(*) FROM room_post WHERE network_id = $network"
db -c "SELECT 'documents ' || count(*) FROM room_document WHERE network_id = $network"
db -c "SELECT 'seat holders ' || count(*) FROM registration WHERE network_id = $network AND status = 'CONFIRMED'"

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
echo "== signing in as $reader by the e-mailed link"
token=$(curl -sf -c "$jar" -b "$jar" "$base/logga-in" | csrf)
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$reader" --data-urlencode "_csrf=$token" "$base/logga-in"
link=$(db -c "SELECT l.url FROM outbox_link l JOIN outbox_message m ON m.id = l.message_id
              WHERE m.recipient = '$reader' AND l.url LIKE '%/logga-in/lank/%' ORDER BY m.id DESC LIMIT 1")
token=$(curl -sf -c "$jar" -b "$jar" "$link" | csrf)
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" "$link"
curl -sf -o /dev/null -b "$jar" "$base/rum/$network" || { echo "not signed in to the room"; exit 1; }

measure() {
    local path=$1 name=$2
    for _ in $(seq 1 50); do curl -sf -o /dev/null -b "$jar" "$base$path"; done
    for _ in $(seq 1 "$reads"); do curl -sf -o /dev/null -b "$jar" -w '%{time_starttransfer}\n' "$base$path"; done \
        | awk '{ print $1 * 1000 }' | sort -n > "/tmp/arena-bench-room-$name.txt"
    local p50 p95
    p50=$(awk -v n="$reads" 'NR == int(n * 0.50) { print $1 }' "/tmp/arena-bench-room-$name.txt")
    p95=$(awk -v n="$reads" 'NR == int(n * 0.95) { print $1 }' "/tmp/arena-bench-room-$name.txt")
    echo "$name: p50 ${p50} ms, p95 ${p95} ms"
    echo "$p95" > "/tmp/arena-bench-room-$name.p95"
}
echo "== $reads reads of each page after 50 to warm up"
measure "/rum/$network" start
measure "/rum/$network/tradar" threads
measure "/rum/$network/tradar?sida=25" threads-page-25
measure "/rum/$network/dokument" documents
measure "/rum/$network/personer" people
measure "/rum/$network/sok?q=kommunerna" search
worst=$(cat /tmp/arena-bench-room-*.p95 | sort -n | tail -1)
echo "== worst p95 of the room's pages = ${worst} ms (goal <= 50 ms)"
