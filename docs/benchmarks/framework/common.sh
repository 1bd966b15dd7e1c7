# Shared settings of the framework benchmarks; sourced by the scripts beside it.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
here="$root/docs/benchmarks/framework"
scratch="$here/scratch"
mkdir -p "$scratch"
# The otusj command to measure; set OTUSJ to measure another build.
otusj="${OTUSJ:-$root/bin/otusj}"
repeats="${REPEATS:-5}"

# Prints the median of the numbers given as arguments.
median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Prints the machine load, since other jobs share the cores.
load() {
    echo "load: $(uptime | sed 's/.*load average/load average/')"
}
