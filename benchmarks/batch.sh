#!/usr/bin/env bash
# Batches over HTTP: POST /v1/guide/evaluate with Content-Type application/x-ndjson, 10,000 complete NHS answer sets
# a request (about 0.8 MB, under the default --max-body of 1 MiB), one client, one request after another: without
# the decision log, and with it (sync always, then interval). Every answer line is counted and checked for a result
# (and, with the log, a receipt); the log is verified after each run.
# Run from the repository root after building (bash benchmarks/run.sh runs it too):
#   bash benchmarks/batch.sh            # about a minute
# Results: benchmarks/results/batch.txt
source "$(dirname "$0")/serve-lib.sh"
port=18766
work=$(mktemp -d)
lines=10000
rounds=${ROUNDS:-20}
url=http://127.0.0.1:$port/v1/guide/evaluate
for i in $(seq 1 $lines); do
  echo '{"answers":{"1a":"NO","2a":"NO","2b":"NO","2c":"NO","3a":"YES","3b":"NO"}}'
done > "$work/batch.ndjson"

post() {
  curl -sf -H 'Content-Type: application/x-ndjson' --data-binary @"$work/batch.ndjson" "$url" -o "$work/answer.ndjson"
}
measure() {
  local want=$1
  for _ in 1 2 3; do post; done   # warm-up, not reported
  times=()
  for _ in $(seq 1 "$rounds"); do
    s=$(date +%s%N); post; e=$(date +%s%N)
    times+=( $(( (e - s) / 1000000 )) )
    got=$(grep -c "$want" "$work/answer.ndjson" || true)
    [ "$got" -eq "$lines" ] || { echo "only $got of $lines lines had $want" >&2; exit 1; }
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  median=$(( (sorted[rounds / 2 - 1] + sorted[rounds / 2]) / 2 ))
  echo "per batch of $lines (ms): ${times[*]}"
  echo "median $median ms: $(( lines * 1000 / median )) evaluations/s"
}

{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ); cpus: $(nproc); curl on the same machine, one request at a time, $rounds after 3 warm-ups"
  echo "batch: $lines lines of a complete NHS answer set, $(wc -c < "$work/batch.ndjson") bytes"
  echo
  echo "== 1. no decision log"
  serve
  measure '"result"'
  kill "$pid"; wait "$pid" 2>/dev/null || true
  for sync in always interval; do
    echo
    echo "== decision log, --decision-log-sync $sync"
    rm -rf "$work/log"
    serve --decision-log "$work/log" --decision-log-sync "$sync"
    measure '"receipt"'
    kill "$pid"; wait "$pid" 2>/dev/null || true
    java -jar "$jar" decision-log verify "$work/log"
  done
} | tee "$out/batch.txt"
rm -rf "$work"
