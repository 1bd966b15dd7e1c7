#!/usr/bin/env bash
# Times the OTUS Z -> ee networks in otusj (DJL, PyTorch 2.7.1 native) and in Python PyTorch (Debian's
# python3-torch) side by side: decoder events/s on batches of 65,536 and ms per training step at
# M = 4096, L = 128, with the same thread count. Installs python3-torch if it is missing.
# Usage: docs/benchmarks/otus/run.sh [ROUNDS]   (from anywhere; builds nothing, run 'mvn package' first)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
rounds=${1:-3}
threads=$(nproc)

if ! /usr/bin/python3 -c "import torch" 2>/dev/null; then
    sudo_cmd=()
    [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends python3-torch
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
    echo "--- round $round"
    JAVA_OPTS="-Dai.djl.pytorch.num_threads=$threads" "$root/bin/otusj" benchmark fastsim 2>/dev/null | grep -E "median"
    JAVA_OPTS="-Dai.djl.pytorch.num_threads=$threads" "$root/bin/otusj" benchmark training --batch-size 4096 --slices 128 \
        2>/dev/null | grep -E "median"
    /usr/bin/python3 "$here/pytorch_reference.py" "$threads" 4096 128
done
