#!/usr/bin/env bash
# A researcher's national sweep: estimate and simulate every trust of a CSV, then read the results
# back and plot them with gnuplot.
#
#   examples/research/national-sweep.sh [OUT_DIR]
#
# Needs Java 17+, the built command line (./mvnw -B package -DskipTests, or set JUSTCULTURE_JAR) and,
# for the plot, gnuplot 5 (Debian: gnuplot-nox). The trusts are SYNTHETIC (see README.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/out}"
jar="${JUSTCULTURE_JAR:-$here/../../cli/target/justculture.jar}"
mkdir -p "$out"

# One row per trust: the ids as given, the six components, the total, and P5/P50/P95 of 2,000
# simulated totals (the same seed for every trust, so that trusts differ by their own figures only).
java -jar "$jar" cost sweep --quiet --id code,region --draws 2000 --seed 2026 \
  "$here/synthetic-trusts.csv" > "$out/results.csv"

if command -v gnuplot >/dev/null 2>&1; then
  gnuplot -e "results='$out/results.csv'; out='$out/cost-by-headcount.svg'" "$here/plot.gp"
  echo "plot: $out/cost-by-headcount.svg"
else
  echo "gnuplot is not installed: results in $out/results.csv, no plot" >&2
fi
