#!/usr/bin/env bash
# Load test of the validation service on loopback with wrk: requests per second and p50/p99
# latency of POST /v1/check for the typical example agreement. The service runs from the
# runnable jar (agreements-cli/target/agreements.jar, built by `mvn package`).
#
#   agreements-server/load/run.sh [SECONDS] [CONNECTIONS] [THREADS]
#
# Defaults: 30 s, 8 connections, 2 wrk threads. `.ci/run` calls it with `smoke` instead: 3 s with
# 2 connections, and it fails if any answer is not 200, so CI only checks that the service
# serves under load (about 10 s including the start). The in-process figure to compare with is
# ServiceBaselineBenchmark in agreements-benchmarks (docs/server.md says how to run both).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ "${1:-}" == "smoke" ]]; then
  duration=3; connections=2; threads=1
else
  duration="${1:-30}"; connections="${2:-8}"; threads="${3:-2}"
fi
jar=agreements-cli/target/agreements.jar
document="${DOCUMENT:-examples/agreements/harris-county-flood-response-mou.yaml}"
if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk is not installed (Debian: apt-get install wrk): the load test is skipped" >&2
  exit 0
fi
[[ -f "$jar" ]] || { echo "build the runnable jar first: mvn -B package -DskipTests" >&2; exit 2; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
log=$(mktemp)
java -jar "$jar" serve --port "$port" --queue 256 >"$log" 2>&1 &
server=$!
# The trap runs under `set -e` too: `wait` on the stopped server returns 143 (SIGTERM), which must
# not become this script's exit status (it did, and failed CI after a clean run).
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null

# Warm the JIT, then measure.
DOCUMENT="$document" wrk -t1 -c1 -d2s -s agreements-server/load/check.lua "http://127.0.0.1:$port" >/dev/null
out=$(DOCUMENT="$document" wrk -t"$threads" -c"$connections" -d"${duration}s" --latency \
  -s agreements-server/load/check.lua "http://127.0.0.1:$port")
echo "$out"
if grep -q "Non-2xx or 3xx responses" <<<"$out"; then
  echo "some answers were not 200" >&2
  exit 1
fi
