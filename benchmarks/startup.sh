#!/usr/bin/env bash
# Start-up of the distribution's launcher against plain java -jar (benchmarks/README.md, section 5).
#   bash benchmarks/startup.sh      (needs cli/target/justculture-*.zip: ./mvnw -B -DskipTests package)
# Each way runs `guide evaluate` on a small request 11 times; the first run is dropped (it warms the file cache and,
# for the launcher, makes the class-data archive); the median of the other 10 is reported.
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/results
mkdir -p "$out" target
zip=$(ls cli/target/justculture-*.zip | head -1)
dist=target/startup-dist
rm -rf "$dist" && mkdir -p "$dist" && unzip -q "$zip" -d "$dist"
home=$(ls -d "$dist"/justculture-*)
cache=$(mktemp -d)
request=target/startup-request.json
echo '{"answers":{"1a":"NO","2a":"NO","2b":"NO","2c":"NO","3a":"YES","3b":"NO"}}' > "$request"

median() {
  local times=()
  for i in $(seq 1 11); do
    s=$(date +%s%N); "$@" "$request" >/dev/null; e=$(date +%s%N)
    [ "$i" -gt 1 ] && times+=( $(( (e - s) / 1000000 )) )
  done
  local sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "$(( (sorted[4] + sorted[5]) / 2 )) ms (runs: ${times[*]})"
}

{
  echo "java: $(java -version 2>&1 | head -1)"
  echo "java -jar lib/justculture.jar:        $(median java -jar "$home/lib/justculture.jar" guide evaluate)"
  echo "bin/justculture, JUSTCULTURE_CDS=off: $(JUSTCULTURE_CDS=off median "$home/bin/justculture" guide evaluate)"
  echo "bin/justculture (class-data archive): $(XDG_CACHE_HOME=$cache median "$home/bin/justculture" guide evaluate)"
} | tee "$out/startup-launcher.txt"
rm -rf "$cache"
