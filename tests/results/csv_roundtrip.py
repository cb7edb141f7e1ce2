# SPDX-FileCopyrightText: 2026 LabDispatch contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Parses a LabDispatch long-format CSV export with Python's csv module and prints one JSON
object per data row, with the values as Python reads them: timestamps as integer nanoseconds
since the epoch, elapsed as integer nanoseconds, numbers as float.hex() (exact, and NaN/inf
safe). tst_csvexporter compares them with the journal, value for value."""
import calendar
import csv
import io
import json
import re
import sys

TIMESTAMP = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{9})\+00:00$")
SECONDS = re.compile(r"^(-?)(\d+)\.(\d{9})$")


def timestamp_ns(text):
    m = TIMESTAMP.match(text)
    if not m:
        raise ValueError("bad timestamp %r" % text)
    y, mo, d, h, mi, s, frac = (int(g) for g in m.groups())
    return calendar.timegm((y, mo, d, h, mi, s)) * 10**9 + frac


def seconds_ns(text):
    m = SECONDS.match(text)
    if not m:
        raise ValueError("bad elapsed %r" % text)
    ns = int(m.group(2)) * 10**9 + int(m.group(3))
    return -ns if m.group(1) else ns


def numbers(text):
    if text == "":
        return None
    try:
        return [float(part).hex() for part in text.split(";")]
    except ValueError:
        return None


def main():
    with open(sys.argv[1], "r", encoding="utf-8-sig", newline="") as f:
        text = f.read()
    # The comment block is only at the top: drop it, then let csv read the rest.
    lines = text.split("\r\n")
    start = 0
    while start < len(lines) and lines[start].startswith("# "):
        start += 1
    rows = csv.DictReader(io.StringIO("\r\n".join(lines[start:]), newline=""))
    for row in rows:
        out = dict(row)
        out["timestamp_ns"] = str(timestamp_ns(row["timestamp"]))
        out["elapsed_ns"] = str(seconds_ns(row["elapsed_s"]))
        out["value_hex"] = numbers(row["value"])
        print(json.dumps(out))


if __name__ == "__main__":
    main()
