#!/usr/bin/env bash
# The event page idle, then while a backlog of confirmations is delivered to files.
# Usage (from the project root, after cargo build --release): benches/page-while-mailing.sh sqlite|postgres [registrations_seconds]
set -eu
trap "kill \$pid 2>/dev/null || true" EXIT
backend=$1; regsec=${2:-3}
here=$(cd "$(dirname "$0")/../../shared/ceiling" && pwd)
bin=${BIN:-${CARGO_TARGET_DIR:-target}/release/clustercord}
work=$(mktemp -d); port=18941
iso() { python3 -c "import datetime,sys;print((datetime.datetime.now(datetime.timezone.utc)+datetime.timedelta(days=90,hours=int(sys.argv[1]))).replace(microsecond=0).isoformat())" "$1"; }
if [ $backend = sqlite ]; then db="sqlite://$work/cc.db"; else n="pm_$(date +%s%N | tail -c 9)"; psql -q postgres://postgres@127.0.0.1:5432/postgres -c "CREATE DATABASE $n"; db="postgres://postgres@127.0.0.1:5432/$n"; fi
DATABASE_URL=$db CLUSTERCORD_BIND=127.0.0.1:$port CLUSTERCORD_RATE_LIMIT_PER_MINUTE=0 \
CLUSTERCORD_ADMIN_EMAIL=bench@example.org CLUSTERCORD_ADMIN_PASSWORD=bench-password-123 \
CLUSTERCORD_SECRET_KEY=$(head -c 48 /dev/urandom | base64 -w0)$(head -c 48 /dev/urandom | base64 -w0) \
CLUSTERCORD_MAIL_DIR=$work/mail RUST_LOG=warn "$bin" serve >"$work/cc.log" 2>&1 &
pid=$!
for _ in $(seq 300); do curl -fs http://127.0.0.1:$port/health >/dev/null 2>&1 && break; sleep 0.1; done
tok=$(curl -fs -X POST -H 'Content-Type: application/json' -d '{"email":"bench@example.org","password":"bench-password-123"}' http://127.0.0.1:$port/api/v1/auth/tokens | python3 -c 'import sys,json;print(json.load(sys.stdin)["token"])')
mk() { curl -fs -X POST -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' http://127.0.0.1:$port/api/v1/events -d "{\"group\":\"ict\",\"kind\":\"exchange_forum\",\"title\":\"Bench forum $1\",\"starts_at\":\"$(iso $2)\",\"ends_at\":\"$(iso $(($2+8)))\",\"timezone\":\"Europe/Rome\",\"capacity\":null,\"allow_overlap\":true,\"venue\":{\"name\":\"Hall\",\"address\":\"Via X 1\",\"city\":\"Milano\",\"country\":\"IT\"}}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])'; }
ev=$(mk a 0); other=$(mk b 24)
curl -s -X POST -H "Authorization: Bearer $tok" http://127.0.0.1:$port/api/v1/events/$ev/publish -H "Content-Type: application/json" -d "{\"allow_overlap\":true}" >/dev/null
curl -fs -X POST -H "Authorization: Bearer $tok" -H "Content-Type: application/json" -d "{\"allow_overlap\":true}" http://127.0.0.1:$port/api/v1/events/$other/publish >/dev/null
count() { curl -fs http://127.0.0.1:$port/metrics | awk -F' ' '/^clustercord_outbox_messages\{status="sent"\}/{print $2}'; }
idle=$(wrk -t2 -c64 -d8s http://127.0.0.1:$port/events/$ev | awk '/Requests\/sec/{print $2}')
# Sign-ups for the other event, so what the page shows does not change.
wrk -t2 -c64 -d${regsec}s -s "$here/register-clustercord.lua" http://127.0.0.1:$port -- "$other" "pm" | grep RESULT
before=$(count)
busy=$(wrk -t2 -c64 -d8s http://127.0.0.1:$port/events/$ev | awk '/Requests\/sec/{print $2}')
after=$(count)
queued=$(curl -fs http://127.0.0.1:$port/metrics | grep -E '^clustercord_outbox' | tr '\n' ' ')
echo "backend=$backend idle=$idle busy=$busy share=$(python3 -c "print(round($busy/$idle*100))")% delivered_during=$((after-before)) before=$before rss_mib=$(ps -o rss= -p $pid | awk '{printf "%.1f", $1/1024}') $queued"
ps -p $pid >/dev/null || echo SERVER GONE; kill $pid; wait $pid 2>/dev/null || true
rm -rf "$work"
