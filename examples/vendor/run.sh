#!/usr/bin/env bash
# An HR system's integration, end to end: start the service with a token and a decision log, check
# three proposals from Python (one passes, one does not, one is invalid), stop the service, and
# check every receipt the client kept against the log.
#
#   examples/vendor/run.sh [OUT_DIR]
#
# Needs Java 17+, Python 3.8+ and the built command line (./mvnw -B package -DskipTests, or set
# JUSTCULTURE_JAR).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/out}"
jar="${JUSTCULTURE_JAR:-$here/../../cli/target/justculture.jar}"
mkdir -p "$out"
rm -rf "$out/decisions" "$out/receipts.txt"

# A token only this user can read (the service warns about one that others can).
umask 077
printf '%s\n' "$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')" > "$out/tokens.txt"

# Port 0: any free port; the service prints the address it listens on.
java -jar "$jar" serve --port 0 --token-file "$out/tokens.txt" --decision-log "$out/decisions" \
  > "$out/serve.out" 2> "$out/serve.err" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
url=""
for _ in $(seq 300); do
  url="$(grep -o 'http://[0-9.:]*' "$out/serve.out" || true)"
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$out/serve.err" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "the service did not start" >&2; exit 1; }

status=0
cd "$here/../.."  # the repository's root: the proposals are named from there
python3 "$here/gate_client.py" --url "$url" --token-file "$out/tokens.txt" \
  --receipts "$out/receipts.txt" \
  examples/data/gate-proposal.json \
  examples/data/gate-proposal-first.json \
  examples/vendor/invalid-proposal.json || status=$?
echo "client exit status: $status (2: a proposal was invalid, as one here is meant to be)"

# SIGTERM: requests in flight finish and the decision log is closed whole.
kill -TERM "$server"
wait "$server" || true
trap - EXIT

# Every receipt the client kept names a line of the log that hashes to it, in an intact chain.
receipts="$(cut -d' ' -f1 "$out/receipts.txt" | paste -sd, -)"
java -jar "$jar" decision-log verify "$out/decisions" --receipt "$receipts"
[ "$status" -eq 0 ] || [ "$status" -eq 2 ]
