#!/usr/bin/python3
"""The number of triples the RDF export of a graph must hold, computed from its node-link JSON
export by the mapping of docs/exports.md: per node one rdf:type per label and per property one
triple, plus 2 per list member (rdf:first, rdf:rest); per relationship the triple itself, four
reification triples (rdf:type rdf:Statement, rdf:subject, rdf:predicate, rdf:object) and its
properties counted as for nodes.  usage: rdf_expected_triples.py NODE_LINK_JSON"""
import json
import sys

data = json.load(open(sys.argv[1], encoding="utf-8"))


def props(d, skip):
    n = 0
    for k, v in d.items():
        if k in skip:
            continue
        n += 1 + (2 * len(v) if isinstance(v, list) else 0)
    return n


total = sum(len(n["labels"]) + props(n, {"id", "labels"}) for n in data["nodes"])
total += sum(5 + props(l, {"source", "target", "key", "type"}) for l in data["links"])
print(total)
