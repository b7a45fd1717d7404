// factgraph export [-g GRAPH] --format F -o PATH [--query 'MATCH ... RETURN ...']: writes the
// graph, or the subgraph of the nodes, relationships and paths a query returns, in a format
// other tools read (docs/exports.md).
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/graph_option.hpp"
#include "graph/export/export.hpp"
#include "query/engine.hpp"

namespace fg::cli {

namespace {

struct ExportArgs {
  std::string graph;
  std::string format;
  std::string output;
  std::string query;
};

// Collects every node and relationship a result cell holds (also inside lists, maps and paths).
void collect(const query::Value& v, std::vector<graph::NodeId>& nodes, std::vector<graph::EdgeId>& edges) {
  switch (v.kind()) {
    case query::ValueKind::Node: nodes.push_back(v.as_node()); break;
    case query::ValueKind::Relationship: edges.push_back(v.as_relationship()); break;
    case query::ValueKind::Path:
      nodes.insert(nodes.end(), v.as_path().nodes.begin(), v.as_path().nodes.end());
      edges.insert(edges.end(), v.as_path().rels.begin(), v.as_path().rels.end());
      break;
    case query::ValueKind::List:
      for (const auto& item : v.as_list()) collect(item, nodes, edges);
      break;
    case query::ValueKind::Map:
      for (const auto& [key, item] : v.as_map()) collect(item, nodes, edges);
      break;
    default: break;
  }
}

int run_export(const ExportArgs& args) {
  auto format = graph::exports::parse_format(args.format);  // CLI11 has checked the name
  auto g = open_graph(args.graph, false);
  graph::exports::Selection selection;
  if (args.query.empty()) {
    selection = graph::exports::Selection::whole(g);
  } else {
    query::QueryOptions opts;
    opts.allow_writes = false;
    query::QueryResult result;
    try {
      result = query::execute(g, args.query, {}, opts);
    } catch (const query::QueryError& e) {
      std::cerr << "--query";
      if (e.line > 0) std::cerr << ":" << e.line << ":" << e.column;
      std::cerr << ": " << e.what() << "\n";
      return kExitFailure;
    }
    std::vector<graph::NodeId> nodes;
    std::vector<graph::EdgeId> edges;
    for (const auto& row : result.rows)
      for (const auto& cell : row) collect(cell, nodes, edges);
    if (!result.rows.empty() && nodes.empty() && edges.empty()) {
      std::cerr << "--query: the query returns no nodes, relationships or paths, so there is nothing to export "
                   "(return them, e.g. RETURN p, r, s or RETURN path)\n";
      return kExitFailure;
    }
    selection = graph::exports::Selection::of(g, std::move(nodes), std::move(edges));
  }
  graph::exports::write_export(g, selection, *format, args.output);
  std::cerr << "exported " << selection.nodes.size() << " nodes and " << selection.edges.size()
            << " relationships as " << args.format << " -> " << args.output << "\n";
  return kExitOk;
}

Command register_export(CLI::App& app) {
  auto args = std::make_shared<ExportArgs>();
  auto* cmd = app.add_subcommand("export", "Write the graph (or a query's subgraph) as GraphML, DOT, Cytoscape JSON, "
                                           "node-link JSON, Neo4j or Kuzu CSVs, N-Triples or Turtle");
  add_graph_option(*cmd, args->graph);
  std::vector<std::string> names;
  for (auto n : graph::exports::format_names()) names.emplace_back(n);
  cmd->add_option("--format", args->format, "Output format")->required()->check(CLI::IsMember(names));
  cmd->add_option("-o,--output", args->output,
                  "Output file (a folder for neo4j and kuzu; replaced atomically)")
      ->required();
  cmd->add_option("--query", args->query,
                  "Export only the nodes, relationships and paths this query returns (with their endpoints)");
  return [args] { return run_export(*args); };
}

}  // namespace

FG_REGISTER_COMMAND("export", register_export);

}  // namespace fg::cli
