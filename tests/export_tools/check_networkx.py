#!/usr/bin/python3
"""Reads a factgraph GraphML and node-link JSON export with NetworkX and checks that both hold
the counts of `factgraph stats --format json` and the same labels, types and properties.

usage: check_networkx.py GRAPHML NODE_LINK_JSON STATS_JSON
Prints a JSON summary (nodes, edges, a map of node name -> properties) for further checks."""
import json
import sys
from collections import Counter

import networkx as nx


def fail(msg):
    print(f"check_networkx: {msg}", file=sys.stderr)
    sys.exit(1)


def main():
    graphml_path, json_path, stats_path = sys.argv[1:4]
    stats = json.load(open(stats_path, encoding="utf-8"))
    gm = nx.read_graphml(graphml_path)
    nl = nx.node_link_graph(json.load(open(json_path, encoding="utf-8")))

    for name, g in (("graphml", gm), ("node-link", nl)):
        if g.number_of_nodes() != stats["nodes"]:
            fail(f"{name}: {g.number_of_nodes()} nodes, stats says {stats['nodes']}")
        if g.number_of_edges() != stats["relationships"]:
            fail(f"{name}: {g.number_of_edges()} edges, stats says {stats['relationships']}")
        if not g.is_directed():
            fail(f"{name}: not directed")

    # labels and types, counted per label as stats counts them
    gm_labels = Counter(l for _, d in gm.nodes(data=True) for l in d["labels"].split(":") if l)
    nl_labels = Counter(l for _, d in nl.nodes(data=True) for l in d["labels"])
    if dict(gm_labels) != stats["labels"] or dict(nl_labels) != stats["labels"]:
        fail(f"labels differ: graphml {dict(gm_labels)}, node-link {dict(nl_labels)}, stats {stats['labels']}")
    gm_types = Counter(d["type"] for _, _, d in gm.edges(data=True))
    nl_types = Counter(d["type"] for _, _, d in nl.edges(data=True))
    if dict(gm_types) != stats["relationship_types"] or dict(nl_types) != stats["relationship_types"]:
        fail(f"types differ: graphml {dict(gm_types)}, node-link {dict(nl_types)}")

    # properties: GraphML holds lists (and mixed-type keys) as JSON text; node-link holds them natively
    def same(gm_value, nl_value, where):
        if isinstance(nl_value, (list, dict)) or (isinstance(gm_value, str) and not isinstance(nl_value, str)):
            try:
                decoded = json.loads(gm_value)
            except (TypeError, ValueError):
                fail(f"{where}: GraphML value {gm_value!r} is not JSON for {nl_value!r}")
            if decoded != nl_value:
                fail(f"{where}: GraphML {decoded!r} != node-link {nl_value!r}")
        elif isinstance(nl_value, float) or isinstance(gm_value, float):
            if float(gm_value) != float(nl_value):
                fail(f"{where}: GraphML {gm_value!r} != node-link {nl_value!r}")
        elif type(gm_value) is not type(nl_value) or gm_value != nl_value:
            fail(f"{where}: GraphML {gm_value!r} ({type(gm_value).__name__}) != node-link {nl_value!r} ({type(nl_value).__name__})")

    def unreserve(d):  # node-link writes a property named like its own fields as property_<name>
        return {(k[len("property_"):] if k.startswith("property_") else k): v for k, v in d.items()}

    for n, d in nl.nodes(data=True):
        d = unreserve(d)
        g = gm.nodes[n]
        keys = set(d) - {"labels"}
        if keys != set(g) - {"labels"}:
            fail(f"node {n}: keys differ: {sorted(keys)} vs {sorted(set(g) - {'labels'})}")
        for k in keys:
            same(g[k], d[k], f"node {n} property {k}")
    for u, v, key, d in nl.edges(keys=True, data=True):
        d = unreserve(d)
        g = gm.edges[u, v, key] if gm.is_multigraph() else gm.edges[u, v]
        keys = set(d) - {"type"}
        gkeys = set(g) - {"type", "id"}
        if keys != gkeys:
            fail(f"edge {key}: keys differ: {sorted(keys)} vs {sorted(gkeys)}")
        for k in keys:
            same(g[k], d[k], f"edge {key} property {k}")

    summary = {"nodes": nl.number_of_nodes(), "edges": nl.number_of_edges(),
               "by_name": {d["name"]: {k: v for k, v in d.items()} for _, d in nl.nodes(data=True) if "name" in d}}
    summary["by_name"] = {k: unreserve(v) for k, v in summary["by_name"].items()}
    print(json.dumps(summary, ensure_ascii=False))


main()
