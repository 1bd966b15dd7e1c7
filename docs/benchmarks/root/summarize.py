"""Summarizes a run.sh log as Markdown tables: the median over rounds of each tool's median entries/s, and
the ratios to the goals (Java at least 10x JSROOT on the HZZ files and 50x on Delphes, at least 0.3x C zlib).

Usage: python3 summarize.py LOG
"""
import re
import statistics
import sys
from collections import defaultdict

JSROOT_GOAL = 10.0
DELPHES_JSROOT_GOAL = 50.0
ZLIB_GOAL = 0.3

rates = defaultdict(list)
for line in open(sys.argv[1]):
    match = re.match(r"^(\S+) (java|jsroot|czlib) ", line)
    if not match:
        continue
    cold = re.search(r" median_entries_per_s=(\d+)", line)
    warm = re.search(r"warm_median_entries_per_s=(\d+)", line)
    if cold:
        rates[(match.group(1), match.group(2), "cold")].append(float(cold.group(1)))
    if warm:
        rates[(match.group(1), match.group(2), "warm")].append(float(warm.group(1)))


def median(key):
    return statistics.median(rates[key]) if rates[key] else None


def verdict(ratio, goal):
    return f"{ratio:.2f} ({'meets' if ratio >= goal else 'misses'} >= {goal:g})"


names = sorted({key[0] for key in rates}, key=lambda n: (n.startswith("Delphes"), n))
for mode, title in (("cold", "cold: open file and tree, then read (whole job)"),
                    ("warm", "warm: reading only, after the tree is open")):
    print(f"\n{title}\n")
    print("| file | otusj Java (entries/s) | JSROOT (entries/s) | Java / JSROOT | C zlib inflate (entries/s) | Java / C zlib |")
    print("|---|---|---|---|---|---|")
    for name in names:
        java = median((name, "java", mode))
        jsroot = median((name, "jsroot", mode))
        czlib = median((name, "czlib", "cold"))
        goal = DELPHES_JSROOT_GOAL if name.startswith("Delphes") else JSROOT_GOAL
        cells = [name, f"{java:,.0f}" if java else "-"]
        cells += [f"{jsroot:,.0f}", verdict(java / jsroot, goal)] if java and jsroot else ["-", "-"]
        cells += [f"{czlib:,.0f}", verdict(java / czlib, ZLIB_GOAL)] if java and czlib else ["-", "-"]
        print("| " + " | ".join(cells) + " |")
