#!/usr/bin/env bash
# Events per second against worker threads for reader, Delphes-card detector (replicated, one instance per
# thread) and histograms (serial), on the first 100,000 events of the 200,000-event file of
# lhe-throughput.sh. Also checks that every thread count writes the same histograms.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

lhe="$scratch/z-200k.lhe.gz"
if [[ ! -f "$lhe" ]]; then
    python3 "$here/make-lhe.py" "$root/lhe-examples/madgraph-2.2.1-Z-mlm.lhe.gz" "$lhe" 200000
fi
events="${EVENTS:-100000}"
steering="$scratch/threads.xml"
cat > "$steering" <<XML
<otusj>
  <execute><processor name="Reader"/><processor name="Detector"/><processor name="Histograms"/></execute>
  <global>
    <parameter name="InputFiles" value="$lhe"/>
    <parameter name="MaxEvents" value="$events"/>
    <parameter name="ProgressInterval" value="0"/>
  </global>
  <processor name="Reader" type="LheReader"/>
  <processor name="Detector" type="CardDetector">
    <parameter name="CardFile" value="$root/delphes-examples/cards/delphes_card_CMS.tcl"/>
  </processor>
  <processor name="Histograms" type="ParticleHistograms">
    <parameter name="Collections" value="Electrons MCParticles"/>
  </processor>
</otusj>
XML

load
echo "threads  median loop [s]  events/s  runs [s]"
for threads in ${THREADS:-1 2 4}; do
    seconds=()
    for ((i = 0; i < repeats; i++)); do
        out="$scratch/threads-$threads"
        "$otusj" run "$steering" --threads "$threads" --global.OutputDirectory="$out" \
            > "$out.table" 2> "$out.log"
        seconds+=("$(grep -o 'passed every processor, [0-9.]* s' "$out.log" | awk '{print $4}')")
    done
    m=$(median "${seconds[@]}")
    printf '%7d  %15s  %8.0f  %s\n' "$threads" "$m" "$(echo "$events / $m" | bc -l)" "${seconds[*]}"
    gzip -dc "$out/histograms.aida.gz" > "$out.aida"
done
load
for threads in ${THREADS:-1 2 4}; do
    if cmp -s "$scratch/threads-1.aida" "$scratch/threads-$threads.aida"; then
        echo "threads $threads: histograms identical to 1 thread"
    else
        echo "threads $threads: histograms DIFFER from 1 thread"
    fi
done
