#!/usr/bin/env bash
# The service under load (issue 13): guide/evaluate over HTTP with wrk on the same machine, 60 s each, without and
# with the decision log (sync always); and one call through the CLI (a new JVM per call) for the ratio.
# Run from the repository root after building (bash benchmarks/run.sh runs it too):
#   bash benchmarks/service.sh          # about 3 minutes
# Installs Debian's wrk when it is missing. Results: benchmarks/results/service.txt
source "$(dirname "$0")/serve-lib.sh"
if ! command -v wrk >/dev/null 2>&1; then
  echo "installing Debian's wrk"
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null
fi
duration=${DURATION:-60s}
connections=${CONNECTIONS:-16}
port=18765
log=$(mktemp -d)
url=http://127.0.0.1:$port/v1/guide/evaluate

load() {
  wrk -t2 -c"$connections" -d10s -s benchmarks/load/evaluate.lua "$url" >/dev/null   # warm-up, not reported
  wrk -t2 -c"$connections" -d"$duration" -s benchmarks/load/evaluate.lua "$url" | grep -E "Requests/sec|p50|non-200|requests in|Socket errors"
}

{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ); cpus: $(nproc); wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2) on the same machine"
  echo "load: wrk -t2 -c$connections -d$duration, POST /v1/guide/evaluate (a complete NHS answer set), after a 10 s warm-up"
  echo
  echo "== 1. no decision log"
  serve --max-concurrent 64
  load
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo
  echo "== 2. decision log, --decision-log-sync always (every line on disk before its answer)"
  serve --max-concurrent 64 --decision-log "$log" --decision-log-sync always
  load
  kill "$pid"; wait "$pid" 2>/dev/null || true
  java -jar "$jar" decision-log verify "$log"
  echo
  echo "== 3. the same evaluation through the CLI, a new JVM per call (median of 10 after one warm-up)"
  echo '{"answers":{"1a":"NO","2a":"NO","2b":"NO","2c":"NO","3a":"YES","3b":"NO"}}' > "$log/small.json"
  times=()
  for i in $(seq 1 11); do
    s=$(date +%s%N); java -jar "$jar" guide evaluate "$log/small.json" >/dev/null; e=$(date +%s%N)
    [ "$i" -gt 1 ] && times+=( $(( (e - s) / 1000000 )) )
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "CLI per call (ms): ${times[*]}; median $(( (sorted[4] + sorted[5]) / 2 )) ms"
  echo
  echo "== 4. start-up to ready (java -jar … serve until /health/ready answers), median of 5"
  times=()
  for i in $(seq 1 5); do
    s=$(date +%s%N); serve --max-concurrent 64; e=$(date +%s%N); kill "$pid"; wait "$pid" 2>/dev/null || true
    times+=( $(( (e - s) / 1000000 )) )
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "start-up to ready (ms): ${times[*]}; median ${sorted[2]} ms"
} | tee "$out/service.txt"
rm -rf "$log"
