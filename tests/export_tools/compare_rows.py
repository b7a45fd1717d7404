#!/usr/bin/python3
"""Compares the rows factgraph and Kùzu give for the same queries (the differential test).

usage: compare_rows.py FACTGRAPH_JSONL KUZU_JSONL QUERY_FOLDER
Each JSONL line is {"file", "columns", "rows"} (or {"file", "error"}). Rows are compared as
multisets unless the query has ORDER BY (then in order); numbers compare by value (1 == 1.0);
nodes and relationships compare by their properties."""
import json
import math
import os
import re
import sys


def norm(v):
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, (int, float)):
        f = float(v)
        return ("num", round(f, 9)) if math.isfinite(f) else ("num", str(f))
    if isinstance(v, list):
        return ("list", tuple(norm(x) for x in v))
    if isinstance(v, dict):
        props = v.get("properties", v)
        return ("map", tuple(sorted((k, norm(x)) for k, x in props.items() if x is not None)))
    return v


def load(path):
    return {d["file"]: d for d in (json.loads(l) for l in open(path, encoding="utf-8"))}


fg, kz, folder = load(sys.argv[1]), load(sys.argv[2]), sys.argv[3]
bad = 0
for name in sorted(fg):
    a, b = fg[name], kz.get(name)
    text = open(os.path.join(folder, name), encoding="utf-8").read()
    if b is None or "error" in b:
        print(f"{name}: Kùzu failed: {b and b.get('error')}", file=sys.stderr)
        bad += 1
        continue
    ra = [tuple(norm(x) for x in r) for r in a["rows"]]
    rb = [tuple(norm(x) for x in r) for r in b["rows"]]
    ordered = re.search(r"\bORDER\s+BY\b", text, re.I) is not None
    if not ordered:
        ra, rb = sorted(ra, key=repr), sorted(rb, key=repr)
    if ra != rb:
        print(f"{name}: rows differ ({len(ra)} in factgraph, {len(rb)} in Kùzu)", file=sys.stderr)
        for x, y in list(zip(ra, rb))[:5]:
            if x != y:
                print(f"  factgraph {x}\n  kuzu      {y}", file=sys.stderr)
        bad += 1
    else:
        print(f"{name}: {len(ra)} rows agree")
sys.exit(1 if bad else 0)
