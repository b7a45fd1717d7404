// factgraph query [-g GRAPH] [--format table|csv|tsv|json|jsonl] [--param name=value]... [--write]
//                 [--max-rows N] [--max-hops N] [--timeout MS] [--repeat N] ('QUERY' | -f FILE | -f -)
// Runs Cypher statements against the graph file. Writing statements (CREATE) need --write, which
// saves the graph atomically after every statement has succeeded.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/graph_option.hpp"
#include "graph/graph_file.hpp"
#include "query/engine.hpp"
#include "query/format/result_writers.hpp"

namespace fg::cli {

namespace {
struct QueryArgs {
  std::string graph;
  std::string format = "table";
  std::vector<std::string> params;
  bool write = false;
  std::size_t max_rows = query::QueryOptions{}.max_rows;
  std::size_t max_hops = query::QueryOptions{}.max_hops;
  std::size_t timeout_ms = 0;
  std::size_t repeat = 0;
  std::string file;
  std::string text;
};

query::Value from_json(const nlohmann::json& j) {
  if (j.is_null()) return {};
  if (j.is_boolean()) return query::Value(j.get<bool>());
  if (j.is_number_integer()) return query::Value(j.get<std::int64_t>());
  if (j.is_number()) return query::Value(j.get<double>());
  if (j.is_string()) return query::Value(j.get<std::string>());
  if (j.is_array()) {
    query::List l;
    for (const auto& e : j) l.push_back(from_json(e));
    return query::Value(std::move(l));
  }
  query::Map m;
  for (const auto& [k, v] : j.items()) m[k] = from_json(v);
  return query::Value(std::move(m));
}

// name=value: the value is JSON when it parses as JSON, otherwise the text itself.
query::Params parse_params(const std::vector<std::string>& specs) {
  query::Params params;
  for (const auto& s : specs) {
    auto eq = s.find('=');
    if (eq == std::string::npos || eq == 0)
      throw CLI::ValidationError("--param", "expected name=value, got '" + s + "'");
    std::string name = s.substr(0, eq), value = s.substr(eq + 1);
    if (!name.empty() && name[0] == '$') name.erase(0, 1);
    auto j = nlohmann::json::parse(value, nullptr, false);
    params[name] = j.is_discarded() ? query::Value(value) : from_json(j);
  }
  return params;
}

void print_result(const graph::Graph& g, const query::QueryResult& r, const std::string& format) {
  if (r.explain_only) {
    std::cout << r.plan;
    return;
  }
  if (format == "table") query::write_table(std::cout, g, r);
  else if (format == "csv") query::write_delimited(std::cout, g, r, ',');
  else if (format == "tsv") query::write_delimited(std::cout, g, r, '\t');
  else if (format == "json") query::write_json(std::cout, g, r);
  else query::write_jsonl(std::cout, g, r);
  if (!r.plan.empty()) std::cerr << r.plan;
}

std::string stats_line(const query::QueryStats& s) {
  std::ostringstream out;
  out << "created " << s.nodes_created << " node(s), " << s.relationships_created << " relationship(s), set "
      << s.properties_set << " propert" << (s.properties_set == 1 ? "y" : "ies") << ", added " << s.labels_added
      << " label(s)";
  return out.str();
}

double percentile_nearest_rank(std::vector<double> sorted, double p) {
  auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sorted.size())));
  return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

int run_query(const QueryArgs& args) {
  if (args.file.empty() == args.text.empty()) {
    std::cerr << "factgraph query: give either a QUERY argument or -f FILE\n";
    return kExitUsage;
  }
  query::Params params;
  try {
    params = parse_params(args.params);
  } catch (const CLI::ValidationError& e) {
    std::cerr << "factgraph query: " << e.what() << "\n";
    return kExitUsage;
  }
  std::string source_name = "<query>", script = args.text;
  if (!args.file.empty()) {
    source_name = args.file == "-" ? "<stdin>" : args.file;
    std::ostringstream buf;
    if (args.file == "-") {
      buf << std::cin.rdbuf();
    } else {
      std::ifstream in(args.file, std::ios::binary);
      if (!in) {
        std::cerr << "factgraph query: " << args.file << ": cannot read the file\n";
        return kExitFailure;
      }
      buf << in.rdbuf();
    }
    script = buf.str();
  }

  graph::Graph g = open_graph(args.graph, args.write);
  query::QueryOptions opts;
  opts.max_rows = args.max_rows;
  opts.max_hops = args.max_hops;
  opts.timeout = std::chrono::milliseconds(args.timeout_ms);
  opts.allow_writes = args.write;

  auto statements = query::split_statements(script);
  if (statements.empty()) {
    std::cerr << source_name << ": no statement to run\n";
    return kExitFailure;
  }
  std::uint64_t revision = g.revision();
  query::QueryStats total;
  std::size_t current = 0;
  try {
    if (args.repeat > 0) {
      std::vector<query::PreparedQuery> prepared;
      for (current = 0; current < statements.size(); ++current) {
        prepared.push_back(query::prepare(g, statements[current].text, opts));
        if (prepared.back().writes()) {
          std::cerr << "factgraph query: --repeat measures read-only queries; this one writes\n";
          return kExitUsage;
        }
      }
      auto run_all = [&] {
        std::size_t rows = 0;
        for (current = 0; current < statements.size(); ++current)
          rows += query::execute(g, statements[current].text, params, opts).rows.size();
        return rows;
      };
      run_all();  // warm-up
      std::vector<double> ms;
      std::size_t rows = 0;
      for (std::size_t i = 0; i < args.repeat; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        rows = run_all();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
      }
      std::sort(ms.begin(), ms.end());
      double median = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
      char buf[200];
      std::snprintf(buf, sizeof buf, "timing: min %.3f ms, median %.3f ms, p99 %.3f ms over %zu runs, %zu rows", ms.front(),
                    median, percentile_nearest_rank(ms, 0.99), ms.size(), rows);
      std::cerr << buf << "\n";
      return kExitOk;
    }
    for (current = 0; current < statements.size(); ++current) {
      auto result = query::execute(g, statements[current].text, params, opts);
      for (const auto& w : result.warnings) std::cerr << "warning: " << w << "\n";
      print_result(g, result, args.format);
      total.nodes_created += result.stats.nodes_created;
      total.relationships_created += result.stats.relationships_created;
      total.properties_set += result.stats.properties_set;
      total.labels_added += result.stats.labels_added;
    }
  } catch (query::QueryError& e) {
    const auto& st = statements[std::min(current, statements.size() - 1)];
    if (e.line > 0) {
      if (e.line == 1) e.column += st.column - 1;
      e.line += st.line - 1;
    }
    std::cerr << query::format_error(e, source_name, script) << "\n";
    if (revision != g.revision()) std::cerr << "factgraph query: nothing was saved\n";
    return kExitFailure;
  }
  if (g.revision() != revision) {
    graph::save_graph(g, args.graph);
    std::cerr << stats_line(total) << "; saved " << args.graph << "\n";
  }
  return kExitOk;
}

Command register_query(CLI::App& app) {
  auto args = std::make_shared<QueryArgs>();
  auto* cmd = app.add_subcommand("query", "Run Cypher statements against the graph");
  add_graph_option(*cmd, args->graph);
  cmd->add_option("query", args->text, "The Cypher statement(s), separated by ';'");
  cmd->add_option("-f,--file", args->file, "Read statements from FILE ('-' for standard input)");
  cmd->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"table", "csv", "tsv", "json", "jsonl"}))
      ->capture_default_str();
  cmd->add_option("--param", args->params, "Query parameter name=value (JSON when it parses as JSON, else a string)")
      ->allow_extra_args(false);
  cmd->add_flag("--write", args->write, "Allow CREATE and save the graph atomically afterwards");
  cmd->add_option("--max-rows", args->max_rows, "Fail when a result has more rows")->capture_default_str();
  cmd->add_option("--max-hops", args->max_hops, "Upper bound for variable-length patterns")->capture_default_str();
  cmd->add_option("--timeout", args->timeout_ms, "Stop a statement after this many milliseconds (0: none)")
      ->capture_default_str();
  cmd->add_option("--repeat", args->repeat,
                  "Benchmark: run once to warm up, then N times; print timing to stderr, not the rows");
  return [args] { return run_query(*args); };
}
}  // namespace

FG_REGISTER_COMMAND("query", register_query);

}  // namespace fg::cli
