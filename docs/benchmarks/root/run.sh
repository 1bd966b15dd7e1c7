#!/usr/bin/env bash
# Entries per second reading ROOT files: the otusj Java reader, JSROOT in Node.js, and plain C zlib
# inflation of the same baskets, measured side by side.
#
# Usage: docs/benchmarks/root/run.sh [REPEATS] [ROUNDS]
#   REPEATS timed repeats per measurement (default 15), after warm-up repeats (at least 30 and at least
#           REPEATS, for at least two seconds);
#   ROUNDS  rounds over all files and tools, interleaved so that load changes hit all tools (default 3).
# Needs Maven, Node.js and python3. Network is used once, for 'npm install jsroot' into node_scratch/.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
data=$(cd "$repo/../shared/data" && pwd)
repeats=${1:-15}
rounds=${2:-3}
jsroot_version=7.11.2

mkdir -p "$here/results"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
log="$here/results/run-$stamp.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -f "$here/node_scratch/node_modules/jsroot/package.json" ]; then
  mkdir -p "$here/node_scratch"
  (cd "$here/node_scratch" && npm init -y >/dev/null && npm install --no-audit --no-fund --omit=optional --ignore-scripts "jsroot@$jsroot_version" >/dev/null)
fi

(cd "$repo" && mvn -q -pl src/otusj-io test-compile \
  && mvn -q -pl src/otusj-io dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null)
# Copy the compiled classes so that a concurrent build of the module cannot remove them mid-run.
cp -r "$repo/src/otusj-io/target/classes" "$work/classes"
cp -r "$repo/src/otusj-io/target/test-classes" "$work/test-classes"
classpath="$work/test-classes:$work/classes:$(cat "$work/cp.txt")"
# The serial collector with a young generation larger than one repeat's garbage keeps collector threads
# from competing for the two shared cores during a timed repeat.
java_bench() {
  java -XX:+UseSerialGC -Xms600m -Xmn500m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classpath" \
    org.otusj.io.root.RootReadBenchmark "$@"
}

# name | file | tree | top-level branches (empty: all) | zlib baseline
cases=(
  "HZZ-zlib|$data/root/uproot-HZZ-zlib.root|events||yes"
  "HZZ-lzma|$data/root/uproot-HZZ-lzma.root|events||no"
  "HZZ-lz4|$data/root/uproot-HZZ-lz4.root|events||no"
  "HZZ-zstd|$data/root/uproot-HZZ-zstd.root|events||no"
  "HZZ-uncompressed|$data/root/uproot-HZZ-uncompressed.root|events||no"
  "HZZ-root5-zlib|$data/root/uproot-HZZ.root|events||yes"
  "Delphes-e-mu-jet-met|$data/delphes/seungjin-yang_tmp_debug_RDataFrame_delphes.root|Delphes|Electron Muon Jet MissingET|yes"
)

{
  echo "# ROOT read benchmark $stamp: $repeats repeats per measurement, $rounds rounds"
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "# java: $(java -version 2>&1 | head -1); node: $(node --version); jsroot $jsroot_version; python: $(python3 --version)"
} | tee "$log"

for round in $(seq 1 "$rounds"); do
  echo "## round $round, load: $(uptime | sed 's/.*load average: //')" | tee -a "$log"
  for spec in "${cases[@]}"; do
    IFS='|' read -r name file tree tops zlib <<< "$spec"
    # shellcheck disable=SC2086
    java_bench branches "$file" "$tree" $tops > "$work/$name.branches"
    # shellcheck disable=SC2086
    java_bench baskets "$file" "$tree" $tops > "$work/$name.baskets"
    # shellcheck disable=SC2086
    echo "$name java $(java_bench time "$file" "$tree" "$repeats" $tops)" | tee -a "$log"
    echo "$name jsroot $(node "$here/jsroot_bench.mjs" "$file" "$tree" "$repeats" "$work/$name.branches")" | tee -a "$log"
    if [ "$zlib" = yes ]; then
      entries=$(grep "^$name java" "$log" | tail -1 | sed 's/.*entries=\([0-9]*\).*/\1/')
      echo "$name czlib $(python3 "$here/zlib_inflate_bench.py" "$file" "$entries" "$repeats" "$work/$name.baskets")" \
        | tee -a "$log"
    fi
  done
done
echo "## end, load: $(uptime | sed 's/.*load average: //')" | tee -a "$log"

python3 "$here/summarize.py" "$log" | tee -a "$log"
