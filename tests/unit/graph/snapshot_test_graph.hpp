#pragma once
// A small graph with every kind of value the snapshot must keep, shared by the snapshot tests.
#include <cmath>
#include <limits>

#include "graph/graph.hpp"

namespace fg::graph::testing {

inline Graph snapshot_sample_graph(std::size_t extra_people = 0) {
  Graph g;
  auto person = g.intern("Person"), state = g.intern("State"), org = g.intern("Organization");
  auto meeting = g.intern("Meeting");
  auto represents = g.intern("REPRESENTS"), attends = g.intern("ATTENDS"), met = g.intern("MET_WITH");
  Symbol p_labels[] = {person};
  auto wendy = g.add_node(p_labels);
  g.set_node_property(wendy, "name", Value("Wendy Sherman"));
  g.set_node_property(wendy, "aliases", Value(List{Value("Sherman"), Value("W. Sherman")}));
  g.set_node_property(wendy, "note", Value("quotes \" and \\ and\nnewline, ünïcödé 😀"));
  g.set_node_property(wendy, "empty", Value(""));
  g.set_node_property(wendy, "nested", Value(List{Value(List{Value(1), Value(List{})}), Value(), Value(true), Value(2.5)}));
  g.set_node_property(wendy, "big", Value(std::numeric_limits<std::int64_t>::min()));
  g.set_node_property(wendy, "tiny", Value(-0.0));
  g.set_node_property(wendy, "huge", Value(std::numeric_limits<double>::infinity()));
  Symbol s_labels[] = {state};
  auto russia = g.add_node(s_labels);
  g.set_node_property(russia, "name", Value("Russia"));
  g.set_node_property(russia, "aliases", Value(List{Value("RU"), Value("Moscow")}));
  auto us = g.add_node(s_labels);
  g.set_node_property(us, "name", Value("United States"));
  g.set_node_property(us, "aliases", Value(List{Value("US")}));
  auto nato = g.add_node();  // no label at first; two labels later
  g.add_label(nato, org);
  g.add_label(nato, meeting);
  g.set_node_property(nato, "name", Value("NATO-Russia Council"));
  g.add_label(wendy, org);  // a label added after other nodes exist
  auto e1 = g.add_edge(wendy, represents, us);
  g.set_edge_property(e1, "forum", Value("Geneva talks"));
  auto e2 = g.add_edge(wendy, represents, us);  // parallel relationship
  g.set_edge_property(e2, "forum", Value("NATO-Russia Council"));
  g.set_edge_property(e2, "confidence", Value(0.75));
  g.add_edge(wendy, attends, nato);
  g.add_edge(russia, attends, nato);
  g.add_edge(wendy, met, wendy);  // a self loop
  for (std::size_t i = 0; i < extra_people; ++i) {
    auto p = g.add_node(p_labels);
    g.set_node_property(p, "name", Value("Person " + std::to_string(i)));
    g.set_node_property(p, "mentions", Value(static_cast<std::int64_t>(i)));
    g.set_node_property(p, "sources", Value(List{Value("src-" + std::to_string(i % 7))}));
    auto e = g.add_edge(p, represents, i % 2 ? russia : us);
    g.set_edge_property(e, "forum", Value("Forum " + std::to_string(i % 13)));
    if (i > 0) g.add_edge(p, met, p - 1);
  }
  return g;
}

}  // namespace fg::graph::testing
