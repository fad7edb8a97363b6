#!/usr/bin/env bash
# Smoke test of `npm start` on the embedded default: no DATABASE_URL, a fresh data folder.
# Checks /health, one authenticated query over the demo register, and a restart on the same data.
set -euo pipefail
cd "$(dirname "$0")/.."

DATA_DIR="$(mktemp -d)"
PORT="${SMOKE_PORT:-3917}"
LOG="$DATA_DIR/start.log"
PID=""
cleanup() { [ -n "$PID" ] && kill -- "-$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; rm -rf "$DATA_DIR"; }
trap cleanup EXIT

start() {
  # Its own process group, so that stopping it stops npm and node alike.
  setsid env -u DATABASE_URL EMBEDDED_DATA_DIR="$DATA_DIR/pglite" PORT="$PORT" NODE_ENV=development npm start >"$LOG" 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && return 0
    kill -0 "$PID" 2>/dev/null || { cat "$LOG"; echo "npm start exited"; return 1; }
    sleep 1
  done
  cat "$LOG"; echo "npm start did not answer /health in time"; return 1
}

# Stops the process group as Ctrl-C in a terminal does. npm returns at once while node still drains and closes
# the embedded database: `stop npm` waits only for npm, as a terminal's prompt comes back (a start right after
# must wait for the data folder, not break it); `stop all` waits for node too.
stop() {
  local group="$PID"
  kill -TERM -- "-$group"
  wait "$PID" 2>/dev/null || true
  PID=""
  [ "$1" = npm ] && return 0
  for _ in $(seq 1 60); do kill -0 -- "-$group" 2>/dev/null || return 0; sleep 0.5; done
  echo "npm start did not stop within 30 s"; exit 1
}

query() {
  local token
  token="$(grep -o 'Bearer [A-Za-z0-9._-]*' "$LOG" | head -n 1 | cut -d' ' -f2)"
  [ -n "$token" ] || { cat "$LOG"; echo "no development token printed"; return 1; }
  curl -sf -X POST "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' -H "authorization: Bearer $token" \
    -d '{"query":"{ me { id roles } organisations(first: 5) { totalCount nodes { name businessId } } stakeholderGroups(filter: { hardToReach: true }) { totalCount } }"}'
}

if curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then echo "port $PORT is already taken"; exit 1; fi
start
echo "health: $(curl -s "http://127.0.0.1:$PORT/health")"
# npm start runs on the Node 24 of node_modules/.bin, whatever Node is on the PATH.
grep -q '^Node.js: v24\.' "$LOG" || { cat "$LOG"; echo "npm start did not run on Node 24"; exit 1; }
echo "$(grep '^Node.js:' "$LOG") (the PATH's node: $(node -v))"
grep -q "^Admin console: http://127.0.0.1:$PORT/admin$" "$LOG" || { cat "$LOG"; echo "npm start did not print the console's URL"; exit 1; }
curl -sf "http://127.0.0.1:$PORT/admin/organisations" | grep -q '<div id="root">' || { echo "the console is not served at /admin"; exit 1; }
echo "console: http://127.0.0.1:$PORT/admin"
ANSWER="$(query)"
echo "query: $ANSWER"
echo "$ANSWER" | grep -q '"roles":\["ADMIN"\]' || { echo "me did not answer"; exit 1; }
COUNT="$(echo "$ANSWER" | sed -E 's/.*"organisations":\{"totalCount":([0-9]+).*/\1/')"
[ "$COUNT" -ge 30 ] || { echo "expected the demo register (>= 30 organisations), got $COUNT"; exit 1; }
stop npm

# The data survives a restart started as soon as the prompt is back, and the demo register is not loaded twice.
start
AGAIN="$(query)"
COUNT_AGAIN="$(echo "$AGAIN" | sed -E 's/.*"organisations":\{"totalCount":([0-9]+).*/\1/')"
[ "$COUNT_AGAIN" = "$COUNT" ] || { echo "restart changed the register: $COUNT -> $COUNT_AGAIN"; exit 1; }
echo "restart: $(grep -c '^Waiting for process' "$LOG" || true) wait(s) for the previous start to release the data folder"
stop all

# Production refuses to start without DATABASE_URL and a JWT configuration.
if env -u DATABASE_URL NODE_ENV=production node_modules/.bin/node dist/apps/api/src/main.js >"$LOG" 2>&1; then echo "production started without DATABASE_URL"; exit 1; fi
grep -q 'DATABASE_URL is required' "$LOG" || { cat "$LOG"; exit 1; }

# Started directly by a Node.js older than 22 (this machine's own, where it is one), it refuses in one line.
SYSTEM_NODE="$(PATH="$(echo "$PATH" | tr ':' '\n' | grep -v node_modules | paste -sd:)" command -v node || true)"
if [ -n "$SYSTEM_NODE" ] && [ "$("$SYSTEM_NODE" -p 'process.versions.node.split(".")[0]')" -lt 22 ]; then
  if "$SYSTEM_NODE" scripts/start.js >"$LOG" 2>&1; then echo "npm start ran on $("$SYSTEM_NODE" -v)"; exit 1; fi
  [ "$(wc -l <"$LOG")" -eq 1 ] && grep -q "needs Node.js 22.18 or newer" "$LOG" || { cat "$LOG"; echo "no one-line refusal"; exit 1; }
  echo "refused: $(cat "$LOG")"
fi
echo "smoke: 5 passed, 0 failed"
