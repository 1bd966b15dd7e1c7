#!/usr/bin/env bash
# Streams a 1 GB plain LHE file through otusj with a 256 MB heap (-Xmx256m) and shows that memory stays
# constant: the heap after each garbage collection and the process's maximum resident size do not grow
# with the number of events read. Builds the file once in scratch/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

events=1000000
lhe="$scratch/z-1M.lhe"
if [[ ! -f "$lhe" ]]; then
    echo "writing $lhe"
    python3 "$here/make-lhe.py" "$root/lhe-examples/madgraph-2.2.1-Z-mlm.lhe.gz" "$lhe" "$events"
fi
echo "file: $lhe, $(stat -c %s "$lhe") bytes, $events events"

load
# A quarter of the file, then all of it: the same memory for four times the events means constant memory.
for max in 250000 -1; do
    steering="$scratch/memory.xml"
    cat > "$steering" <<XML
<otusj>
  <execute><processor name="Reader"/></execute>
  <global>
    <parameter name="InputFiles" value="$lhe"/>
    <parameter name="MaxEvents" value="$max"/>
    <parameter name="ProgressInterval" value="0"/>
    <parameter name="OutputDirectory" value="$scratch/out"/>
  </global>
  <processor name="Reader" type="LheReader"/>
</otusj>
XML
    gc_log="$scratch/gc-$max.log"
    JAVA_OPTS="-Xmx256m -Xlog:gc:file=$gc_log" /usr/bin/time -f "%M" -o "$scratch/rss-$max.txt" \
        "$otusj" run "$steering" > /dev/null 2> "$scratch/memory-$max.log"
    read_events=$(grep -o 'Finished .*: [0-9]* events read' "$scratch/memory-$max.log" | grep -o '[0-9]* events read')
    seconds=$(grep -o 'passed every processor, [0-9.]* s' "$scratch/memory-$max.log" | awk '{print $4}')
    # G1 log lines end with "Pause Young (Normal) (G1 Evacuation Pause) 120M->9M(256M) 3.456ms".
    after_gc=$(grep -o '[0-9]*M->[0-9]*M' "$gc_log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
    collections=$(grep -c 'Pause' "$gc_log" || true)
    echo "MaxEvents $max: $read_events in $seconds s; $collections collections, largest heap after a collection" \
        "${after_gc} MB; maximum resident size $(( $(cat "$scratch/rss-$max.txt") / 1024 )) MB"
done
load
