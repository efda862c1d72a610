#!/usr/bin/env bash
# Rebuilds and reruns every benchmark of benchmarks/README.md. Run from the repository root:
#   bash benchmarks/run.sh            # about 6 minutes on 2 cores
# Results go to benchmarks/results/ (JMH JSON and text) and are summarised on standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/results
mkdir -p "$out"

echo "== build"
./mvnw -q -B -Pbench -DskipTests install

echo "== machine"
{ echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"; echo "cpus: $(nproc)"; grep -m1 'model name' /proc/cpuinfo || true;
  java -version 2>&1 | head -2; } | tee "$out/machine.txt"

echo "== 1-2. JMH: guide engines (ns/op, B/op) and cost (ns/op; draws/s)"
java -jar benchmarks/target/benchmarks.jar 'GuideBenchmark|CostBenchmark|ReevaluationBenchmark' -prof gc \
  -rf json -rff "$out/jmh.json" | tee "$out/jmh.txt" | grep -E '^(Guide|Cost|Reevaluation)Benchmark' | grep -Ev ':gc\.(count|time|alloc\.rate) '

echo "== 3. WRES indicator 3: a million rows in a 64 MB heap"
java -Xmx64m -cp benchmarks/target/benchmarks.jar io.github.justculture.bench.WresHeapCheck | tee "$out/wres.txt"

echo "== 3b. Monte Carlo: 5,000,000 draws in a 64 MB heap"
java -Xmx64m -cp benchmarks/target/benchmarks.jar io.github.justculture.bench.MonteCarloHeapCheck | tee "$out/montecarlo-heap.txt"

echo "== 4. footprint: runtime jars of each published module's closure, and of Camunda's DMN engine"
{
  for m in core decision-guide cost-calculator; do
    ./mvnw -q -B -pl "$m" dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=/tmp/cp-$m.txt >/dev/null
    jars=$(tr ':' '\n' < /tmp/cp-$m.txt | grep -c . || true)
    own=$(ls "$m"/target/justculture-"$m"-*-SNAPSHOT.jar | grep -v -E 'sources|javadoc')
    bytes=$( { tr ':' '\n' < /tmp/cp-$m.txt | grep . | xargs -r stat -c %s; stat -c %s "$own"; } | awk '{s+=$1} END {print s}')
    awk -v m="$m" -v j="$jars" -v b="$bytes" 'BEGIN {printf "%-16s %2d jars + itself  %6.2f MB\n", m, j, b/1048576}'
  done
  ./mvnw -q -B -f benchmarks/footprint/camunda-pom.xml dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=/tmp/cp-camunda.txt >/dev/null
  jars=$(tr ':' '\n' < /tmp/cp-camunda.txt | grep -c .)
  bytes=$(tr ':' '\n' < /tmp/cp-camunda.txt | grep . | xargs stat -c %s | awk '{s+=$1} END {print s}')
  awk -v j="$jars" -v b="$bytes" 'BEGIN {printf "%-16s %2d jars           %6.2f MB\n", "camunda-dmn", j, b/1048576}'
} | tee "$out/footprint.txt"

echo "== 5. CLI start-up: java -jar justculture.jar guide evaluate (median of 10)"
echo '{"answers":{"1a":"NO","2a":"NO","2b":"NO","2c":"NO","3a":"YES","3b":"NO"}}' > /tmp/justculture-small.json
times=()
for i in $(seq 1 11); do
  s=$(date +%s%N); java -jar cli/target/justculture.jar guide evaluate /tmp/justculture-small.json >/dev/null; e=$(date +%s%N)
  [ "$i" -gt 1 ] && times+=( $(( (e - s) / 1000000 )) )   # the first run warms the file cache and is dropped
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "runs (ms): ${times[*]}; median: $(( (sorted[4] + sorted[5]) / 2 )) ms" | tee "$out/startup.txt"

echo "== 5b. the distribution's launcher (class-data archive) against java -jar"
bash benchmarks/startup.sh

echo "== 6. the service under load (wrk, 60 s each; installs Debian's wrk when missing)"
bash benchmarks/service.sh

echo "== 6b. batches over HTTP (application/x-ndjson, 10,000 lines a request)"
bash benchmarks/batch.sh
