#pragma once
// A small graph for the query tests, built with CREATE so the tests also exercise it.
#include "query/engine.hpp"

namespace fg::query::testing {

inline graph::Graph diplomacy_graph() {
  graph::Graph g;
  execute(g,
          "CREATE (ru:State {name: 'Russia', aliases: ['Russian Federation']}), (us:State {name: 'United States', aliases: ['US']}),"
          " (gr:Person {name: 'Alexander Grushko'}), (ri:Person {name: 'Sergei Riabkov'}), (sh:Person {name: 'Wendy Sherman'}),"
          " (nrc:Organization {name: 'NATO-Russia Council'}), (m:Meeting {name: 'Geneva talks'}),"
          " (gr)-[:REPRESENTS {forum: 'NATO-Russia Council', sources: ['a1']}]->(ru),"
          " (ri)-[:REPRESENTS {forum: 'Geneva talks', sources: ['a1']}]->(ru),"
          " (sh)-[:REPRESENTS {forum: 'Geneva talks'}]->(us),"
          " (ri)-[:ATTENDS]->(m), (sh)-[:ATTENDS]->(m)");
  return g;
}

// All rows of a one-column result as Cypher notation, joined by "; ".
inline std::string column(graph::Graph& g, const std::string& q, const Params& p = {}) {
  auto r = execute(g, q, p);
  std::string out;
  for (const auto& row : r.rows) out += (out.empty() ? "" : "; ") + to_tck_string(g, row.at(0));
  return out;
}

}  // namespace fg::query::testing
