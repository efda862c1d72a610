# Shared by the service benchmarks (service.sh, batch.sh), which source it: from the repository root, with the jar
# built, and `serve ARGS…` to start the service on $port in the background ($pid) once it answers /health/ready.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=benchmarks/results
mkdir -p "$out"
jar=cli/target/justculture.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package

serve() {
  java -Xmx512m -jar "$jar" serve --port "$port" "$@" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && return; sleep 0.1; done
  echo "the service did not start" >&2; exit 1
}
