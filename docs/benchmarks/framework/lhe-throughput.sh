#!/usr/bin/env bash
# LHE reading throughput of otusj against 'gzip -dc FILE | wc -l' on the same 200,000-event gzipped file
# (goal: at least 0.65 times the gzip rate). Builds the file once in scratch/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

events=200000
lhe="$scratch/z-200k.lhe.gz"
if [[ ! -f "$lhe" ]]; then
    echo "writing $lhe"
    python3 "$here/make-lhe.py" "$root/lhe-examples/madgraph-2.2.1-Z-mlm.lhe.gz" "$lhe" "$events"
fi
steering="$scratch/read-only.xml"
cat > "$steering" <<XML
<otusj>
  <execute><processor name="Reader"/></execute>
  <global>
    <parameter name="InputFiles" value="$lhe"/>
    <parameter name="ProgressInterval" value="0"/>
    <parameter name="OutputDirectory" value="$scratch/out"/>
  </global>
  <processor name="Reader" type="LheReader"/>
</otusj>
XML

load
gzip_seconds=()
for ((i = 0; i < repeats; i++)); do
    start=$(date +%s.%N)
    gzip -dc "$lhe" | wc -l > /dev/null
    gzip_seconds+=("$(echo "$(date +%s.%N) - $start" | bc)")
done

loop_seconds=()
wall_seconds=()
for ((i = 0; i < repeats; i++)); do
    start=$(date +%s.%N)
    "$otusj" run "$steering" > "$scratch/read-only.out" 2> "$scratch/read-only.log"
    wall_seconds+=("$(echo "$(date +%s.%N) - $start" | bc)")
    # The loop logs "Finished FILE: N events read, N passed every processor, T s".
    loop_seconds+=("$(grep -o 'passed every processor, [0-9.]* s' "$scratch/read-only.log" | awk '{print $4}')")
done
load

gzip_median=$(median "${gzip_seconds[@]}")
loop_median=$(median "${loop_seconds[@]}")
wall_median=$(median "${wall_seconds[@]}")
echo "file: $lhe, $(stat -c %s "$lhe") bytes, $events events; medians of $repeats runs"
echo "gzip -dc | wc -l: $gzip_median s = $(echo "$events / $gzip_median" | bc) events/s (runs: ${gzip_seconds[*]})"
echo "otusj loop:       $loop_median s = $(echo "$events / $loop_median" | bc) events/s (runs: ${loop_seconds[*]})"
echo "otusj with JVM start: $wall_median s = $(echo "$events / $wall_median" | bc) events/s"
echo "ratio otusj loop / gzip: $(echo "scale=2; $gzip_median / $loop_median" | bc)"
echo "ratio otusj with JVM start / gzip: $(echo "scale=2; $gzip_median / $wall_median" | bc)"
