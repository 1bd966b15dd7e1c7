#!/usr/bin/env python3
"""Writes a large LHE file by repeating the events of an example file.

Usage: make-lhe.py SOURCE OUTPUT EVENTS
SOURCE is a plain or gzipped LHE file; OUTPUT is gzipped (level 6, as gzip's default) if it ends in .gz.
The header and init block of SOURCE are kept, then its events are written in order, again and again,
until EVENTS events are written, then the closing tag.
"""
import gzip
import sys


def read_text(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as source:
        return source.read()


def split_events(text):
    first = text.index("<event")
    end = text.rindex("</LesHouchesEvents>")
    header = text[:first]
    events = []
    position = first
    while True:
        start = text.find("<event", position, end)
        if start < 0:
            break
        stop = text.index("</event>", start) + len("</event>\n")
        events.append(text[start:stop])
        position = stop
    return header, events, text[end:]


def main():
    source, output, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    header, events, footer = split_events(read_text(source))
    opener = (lambda p: gzip.open(p, "wt", encoding="utf-8", compresslevel=6)) if output.endswith(".gz") \
        else (lambda p: open(p, "w", encoding="utf-8"))
    with opener(output) as out:
        out.write(header)
        for i in range(count):
            out.write(events[i % len(events)])
        out.write(footer)


if __name__ == "__main__":
    main()
