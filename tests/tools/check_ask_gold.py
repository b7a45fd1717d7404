#!/usr/bin/python3
"""Asks every question of a gold file through `factgraph ask --format json` and checks the
answers as gold.md scores them: every gold answer row must appear among the result rows, and
the result may have at most twice as many rows as the gold answer, plus one.

    check_ask_gold.py FACTGRAPH GRAPH.fg GOLD.json [STATES.tsv]

Cells match as gold.md's names do: after case and accent folding, dropping a leading "the" and
collapsing punctuation and spaces they are equal, or one is a gold alias of the other, or they name the
same state in data/states.tsv (any common name or ISO code), or (for meeting names and forum values) one contains the other's distinctive words; a date matches a
date that starts with it. Prints one line per question and "FILE: N/M questions"; exits 1 when
a question fails.
"""
import json
import re
import subprocess
import sys
import unicodedata

STOP = {"the", "a", "an", "of", "in", "on", "at", "and", "to", "for", "with", "s", "by", "planned"}


def norm(s):
    s = unicodedata.normalize("NFKD", str(s).casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^\w]+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def words(s):
    out = set()
    for w in norm(s).split():
        if w in STOP:
            continue
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.add(w)
    return out


def load_states(path):
    """data/states.tsv: iso2, iso3, name, official_name, kind, aliases (';'-separated)."""
    groups = {}
    if not path:
        return groups
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            names = [c for c in cols[:4] if c] + [a for a in (cols[5] if len(cols) > 5 else "").split(";") if a]
            group = {norm(n) for n in names}
            for n in group:
                groups.setdefault(n, set()).update(group)
    return groups


class Matcher:
    def __init__(self, gold, states):
        self.states = states
        self.alias = {}
        for name, aliases in gold.get("aliases", {}).items():
            group = {norm(name)} | {norm(a) for a in aliases}
            for n in group:
                self.alias.setdefault(n, set()).update(group)
        self.descriptive = {norm(n) for n in gold.get("entities", {}).get("Meeting", [])}
        self.descriptive |= {norm(r["forum"]) for r in gold.get("represents", []) if r.get("forum")}

    def cell(self, gold_value, value):
        if value is None:
            return False
        g, v = norm(gold_value), norm(value)
        if g == v or v in self.alias.get(g, ()) or g in self.alias.get(v, ()) or v in self.states.get(g, ()):
            return True
        if re.fullmatch(r"\d{4}(-\d\d){0,2}", str(gold_value)) and str(value).startswith(str(gold_value)):
            return True
        if g in self.descriptive or v in self.descriptive:
            gw, vw = words(gold_value), words(value)
            if gw and vw and (gw <= vw or vw <= gw):
                return True
        return False

    def row(self, gold_row, row):
        return len(row) >= len(gold_row) and all(self.cell(g, v) for g, v in zip(gold_row, row))


def main(argv):
    if len(argv) not in (4, 5):
        print(__doc__.strip().splitlines()[4].strip(), file=sys.stderr)
        return 2
    fg, graph, gold_path = argv[1:4]
    states = load_states(argv[4] if len(argv) == 5 else None)
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    m = Matcher(gold, states)
    ok = 0
    questions = gold.get("questions", [])
    for q in questions:
        proc = subprocess.run([fg, "ask", "-g", graph, "--format", "json", q["ask"]],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"  FAIL {q['ask']!r}: exit {proc.returncode}: {proc.stderr.strip()}")
            continue
        result = json.loads(proc.stdout)
        cols = result["columns"]
        rows = [[r.get(c) for c in cols] for r in result["rows"]]
        missing = [g for g in q["answers"] if not any(m.row(g, r) for r in rows)]
        limit = 2 * len(q["answers"]) + 1
        if missing or len(rows) > limit:
            why = f"missing {missing}" if missing else f"{len(rows)} rows > {limit}"
            print(f"  FAIL {q['ask']!r}: {why}; got {rows}")
            continue
        ok += 1
        print(f"  ok   {q['ask']!r} ({len(rows)} rows for {len(q['answers'])})")
    print(f"{gold_path}: {ok}/{len(questions)} questions")
    return 0 if ok == len(questions) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
