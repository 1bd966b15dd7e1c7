"""Median entries per second of plain C zlib inflating the given baskets of a ROOT file.

Usage: python3 zlib_inflate_bench.py FILE ENTRIES REPEATS BASKETS_FILE
BASKETS_FILE has one "seek bytes" line per basket. Each basket's records are split into their 9-byte
ROOT block headers and zlib blocks, and each block is inflated with Python's zlib module (the C library).
The file is read into memory before timing, so only inflation is timed.
"""
import statistics
import struct
import sys
import time
import zlib


def blocks(record):
    """Yields the zlib blocks of one basket record, or nothing when it is stored uncompressed."""
    key_length = struct.unpack(">H", record[14:16])[0]
    object_length = struct.unpack(">i", record[6:10])[0]
    payload = record[key_length:]
    if object_length == len(payload):
        return
    position = 0
    while position + 9 <= len(payload):
        tag = payload[position:position + 2]
        compressed = int.from_bytes(payload[position + 3:position + 6], "little")
        if tag != b"ZL":
            raise SystemExit(f"basket block with algorithm {tag!r}: this benchmark inflates zlib baskets only")
        yield payload[position + 9:position + 9 + compressed]
        position += 9 + compressed


def main():
    path, entries, repeats, baskets_file = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    data = open(path, "rb").read()
    zlib_blocks = []
    for line in open(baskets_file):
        seek, size = (int(field) for field in line.split())
        zlib_blocks.extend(blocks(data[seek:seek + size]))
    warmup = max(30, repeats)
    rates = []
    inflated = 0
    for r in range(warmup + repeats):
        start = time.perf_counter()
        inflated = 0
        for block in zlib_blocks:
            inflated += len(zlib.decompress(block))
        seconds = time.perf_counter() - start
        if r >= warmup:
            rates.append(entries / seconds)
    rates.sort()
    print(f"{path.split('/')[-1]} entries={entries} zlib_blocks={len(zlib_blocks)} inflated_bytes={inflated} "
          f"median_entries_per_s={statistics.median(rates):.0f} min={rates[0]:.0f} max={rates[-1]:.0f}")


if __name__ == "__main__":
    main()
