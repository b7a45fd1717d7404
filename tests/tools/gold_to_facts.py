#!/usr/bin/python3
"""Converts a gold file (shared/spec/gold.md) into facts JSONL (shared/spec/facts-jsonl.md).

The graph built from its output holds exactly what the gold annotates, so the questions of the
gold file can be asked against it to test the question -> Cypher mapping apart from extraction.

    gold_to_facts.py GOLD.json [OUT.jsonl]      (OUT defaults to stdout)

Mapping (gold list -> relationship):
  represents -> REPRESENTS {forum}        person -> party (State or Organization)
  holds_role -> HOLDS_ROLE {title}        person -> of (State or Organization)
  attends    -> ATTENDS                   who (Person, State or Organization) -> meeting
  member_of  -> MEMBER_OF                 member (State or Organization) -> group (Organization)
  held_in    -> HELD_IN                   meeting -> place, and the gold date as the Meeting's `date`
  met_with   -> MET_WITH                  a -> b (Person -> Person)
Endpoint labels come from the gold's `entities`; a name the gold does not list under an allowed
label falls back to the first allowed label (reported on stderr). A Meeting whose gold name ends
in "(planned)" gets status "planned" and its name without the marker as an alias; other Meetings
with a held_in entry get status "held".
Provenance: source = the gold id; evidence = the gold item it came from ("gold represents[0]: ...").
"""
import json
import re
import sys

PLANNED = re.compile(r"\s*\(planned\)\s*$", re.IGNORECASE)


def fail(msg):
    print(f"gold_to_facts: {msg}", file=sys.stderr)
    sys.exit(1)


class Converter:
    def __init__(self, gold, path):
        self.gold = gold
        self.path = path
        self.source = gold.get("id") or path
        self.labels = {}  # name -> [labels in gold order]
        for label, names in gold.get("entities", {}).items():
            for name in names:
                self.labels.setdefault(name, []).append(label)
        self.lines = []

    def label_of(self, name, allowed, where):
        for label in self.labels.get(name, []):
            if label in allowed:
                return label
        print(f"{self.path}: {where}: '{name}' is not listed as {' or '.join(allowed)}; using {allowed[0]}",
              file=sys.stderr)
        return allowed[0]

    def entity(self, label, name, props=None, aliases=None):
        line = {"type": "entity", "label": label, "name": name}
        if aliases:
            line["aliases"] = aliases
        if props:
            line["props"] = props
        line["source"] = self.source
        self.lines.append(line)

    def relation(self, rel, from_label, from_name, to_label, to_name, props, evidence):
        line = {"type": "relation", "rel": rel,
                "from": {"label": from_label, "name": from_name},
                "to": {"label": to_label, "name": to_name}}
        if props:
            line["props"] = props
        line.update({"source": self.source, "evidence": evidence, "confidence": 1.0})
        self.lines.append(line)

    def run(self):
        g = self.gold
        aliases = g.get("aliases", {})
        meeting_props = {}
        for item in g.get("held_in", []):
            props = meeting_props.setdefault(item["meeting"], {})
            if item.get("date") and "date" not in props:
                props["date"] = item["date"]
        for label, names in g.get("entities", {}).items():
            for name in names:
                props = {}
                names_aliases = list(aliases.get(name, []))
                if label == "Meeting":
                    props.update(meeting_props.get(name, {}))
                    if PLANNED.search(name):
                        props["status"] = "planned"
                        bare = PLANNED.sub("", name)
                        if bare and bare not in names_aliases:
                            names_aliases.append(bare)
                    elif name in meeting_props:
                        props["status"] = "held"
                self.entity(label, name, props, names_aliases)

        def evidence(kind, i, item):
            return f"gold {kind}[{i}]: " + "; ".join(f"{k}={v}" for k, v in item.items() if v is not None)

        party = ["State", "Organization"]
        for i, r in enumerate(g.get("represents", [])):
            props = {"forum": r["forum"]} if r.get("forum") else {}
            self.relation("REPRESENTS", "Person", r["person"], self.label_of(r["party"], party, f"represents[{i}]"),
                          r["party"], props, evidence("represents", i, r))
        for i, r in enumerate(g.get("holds_role", [])):
            props = {"title": r["title"]} if r.get("title") else {}
            self.relation("HOLDS_ROLE", "Person", r["person"], self.label_of(r["of"], party, f"holds_role[{i}]"),
                          r["of"], props, evidence("holds_role", i, r))
        for i, r in enumerate(g.get("attends", [])):
            who = self.label_of(r["who"], ["Person", "State", "Organization"], f"attends[{i}]")
            self.relation("ATTENDS", who, r["who"], "Meeting", r["meeting"], {}, evidence("attends", i, r))
        for i, r in enumerate(g.get("member_of", [])):
            member = self.label_of(r["member"], party, f"member_of[{i}]")
            group = self.label_of(r["group"], ["Organization"], f"member_of[{i}]")
            self.relation("MEMBER_OF", member, r["member"], group, r["group"], {}, evidence("member_of", i, r))
        for i, r in enumerate(g.get("held_in", [])):
            self.relation("HELD_IN", "Meeting", r["meeting"], "Place", r["place"], {}, evidence("held_in", i, r))
        for i, r in enumerate(g.get("met_with", [])):
            props = {"meeting": r["meeting"]} if r.get("meeting") else {}
            self.relation("MET_WITH", "Person", r["a"], "Person", r["b"], props, evidence("met_with", i, r))
        return self.lines


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[3].strip(), file=sys.stderr)
        return 2
    path = argv[1]
    try:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        fail(f"{path}: {e}")
    if not isinstance(gold, dict) or not isinstance(gold.get("entities"), dict):
        fail(f"{path}: not a gold file (no 'entities' object)")
    lines = Converter(gold, path).run()
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    if len(argv) == 3:
        with open(argv[2], "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
