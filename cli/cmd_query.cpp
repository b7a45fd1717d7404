// factgraph query [-g GRAPH] [--format table|csv|tsv|json|jsonl] [--param name=value]... [--write]
//                 [--max-rows N] [--max-hops N] [--max-memory SIZE] [--timeout SECONDS] [--repeat N]
//                 [--continue-on-error] [-o FILE] ('QUERY' | -f FILE [-f FILE]... | -f -)
// Runs Cypher statements (and, in files, colon commands such as :param and :format) against the
// graph file. Writing statements (CREATE) need --write, which saves the graph atomically at the end.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/graph_option.hpp"
#include "cli/repl/colon_command.hpp"
#include "cli/support/byte_size.hpp"
#include "cli/support/param_value.hpp"
#include "cli/support/script_splitter.hpp"
#include "graph/file_lock.hpp"
#include "graph/graph_file.hpp"
#include "query/engine.hpp"
#include "query/format/result_writer.hpp"

namespace fg::cli {

namespace {
struct QueryArgs {
  std::string graph;
  std::string format = "table";
  std::vector<std::string> params;
  bool write = false;
  bool wait = false;
  bool continue_on_error = false;
  std::size_t max_rows = query::QueryOptions{}.max_rows;
  std::size_t max_hops = query::QueryOptions{}.max_hops;
  std::string max_memory = "1G";
  double timeout_s = 0;
  std::size_t repeat = 0;
  std::vector<std::string> files;
  std::string text;
  std::string output;
};

struct Source {
  std::string name;  // "<query>", "<stdin>" or the file path
  std::string text;
};

double percentile_nearest_rank(const std::vector<double>& sorted, double p) {
  auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sorted.size())));
  return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

// --repeat N: one warm-up run, then N timed runs of parse + plan + execute + materializing rows.
int run_repeat(const graph::GraphView& g, const std::vector<ScriptChunk>& statements, const query::Params& params,
               const query::QueryOptions& opts, std::size_t repeat) {
  for (const auto& st : statements)
    if (st.colon || query::prepare(g, st.text, opts).writes()) {
      std::cerr << "factgraph query: --repeat measures read-only statements, without colon commands\n";
      return kExitUsage;
    }
  auto run_all = [&] {
    std::size_t rows = 0;
    for (const auto& st : statements) rows += query::execute(g, st.text, params, opts).rows.size();
    return rows;
  };
  run_all();
  std::vector<double> ms;
  std::size_t rows = 0;
  for (std::size_t i = 0; i < repeat; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    rows = run_all();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  double median = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
  char buf[200];
  std::snprintf(buf, sizeof buf, "timing: min %.3f ms, median %.3f ms, p99 %.3f ms over %zu runs, %zu rows",
                ms.front(), median, percentile_nearest_rank(ms, 0.99), ms.size(), rows);
  std::cerr << buf << "\n";
  return kExitOk;
}

class BatchRunner {
 public:
  // `writable`: the builder CREATE writes to (--write); null to query `g` read-only.
  BatchRunner(const graph::GraphView& g, graph::Graph* writable, std::ostream& out, query::OutputFormat format,
              query::Params params, query::QueryOptions opts, std::size_t total_statements)
      : g_(g), writable_(writable), out_(out), format_(format), params_(std::move(params)), opts_(opts), total_(total_statements) {}

  // Runs one chunk; returns false when it failed.
  bool run(const Source& src, const ScriptChunk& chunk) {
    return chunk.colon ? run_command(src, chunk) : run_statement(src, chunk);
  }
 private:
  void fail(const Source& src, const ScriptChunk& chunk, const std::string& message) {
    std::cerr << src.name << ":" << chunk.line << ":" << chunk.column << ": " << message << "\n";
  }

  bool run_command(const Source& src, const ScriptChunk& chunk) {
    auto c = repl::parse_colon_command(chunk.text);
    auto [name, value] = repl::split_first_word(c->args);
    if (c->name == "param") {
      if (!name.empty() && name[0] == '$') name.erase(0, 1);
      if (name.empty() || value.empty()) return fail(src, chunk, ":param takes a name and a value"), false;
      params_[name] = parse_param_value(value);
    } else if (c->name == "format") {
      auto f = query::parse_output_format(c->args);
      if (!f) return fail(src, chunk, ":format takes table, csv, tsv, json or jsonl"), false;
      format_ = *f;
    } else if (c->name == "set" && name == "max_memory") {
      auto bytes = parse_byte_size(value);
      if (!bytes) return fail(src, chunk, ":set max_memory takes a size such as 512M or 2G (0: no limit)"), false;
      opts_.max_memory = *bytes;
    } else if (c->name == "set") {
      char* end = nullptr;
      double v = std::strtod(value.c_str(), &end);
      if (value.empty() || *end || v < 0) return fail(src, chunk, ":set " + name + " takes a non-negative number"), false;
      if (name == "max_rows") opts_.max_rows = static_cast<std::size_t>(v);
      else if (name == "max_hops") opts_.max_hops = static_cast<std::size_t>(v);
      else if (name == "timeout") opts_.timeout = std::chrono::milliseconds(static_cast<long long>(v * 1000));
      else return fail(src, chunk, "unknown setting '" + name + "' (max_rows, max_hops, max_memory, timeout)"), false;
    } else if (repl::find_colon_command(c->name)) {
      return fail(src, chunk, ":" + c->name + " works in the REPL only; batch files take :param, :format and :set"),
             false;
    } else {
      return fail(src, chunk, repl::unknown_command_message(c->name)), false;
    }
    return true;
  }

  bool run_statement(const Source& src, const ScriptChunk& chunk) {
    ++statement_no_;
    for (const auto& st : query::split_statements(chunk.text)) {
      try {
        auto result = writable_ ? query::execute(*writable_, st.text, params_, opts_)
                                : query::execute(g_, st.text, params_, opts_);
        for (const auto& w : result.warnings) std::cerr << "warning: " << w << "\n";
        print(src, chunk, result);
        stats_.nodes_created += result.stats.nodes_created;
        stats_.relationships_created += result.stats.relationships_created;
        stats_.properties_set += result.stats.properties_set;
        stats_.labels_added += result.stats.labels_added;
      } catch (const query::QueryError& e) {
        query::QueryError at = e;  // positions relative to the statement -> to the source
        if (at.line > 0) {
          std::size_t line_in_chunk = st.line + at.line - 1;
          std::size_t col_in_chunk = at.line == 1 ? st.column - 1 + at.column : at.column;
          at.line = chunk.line + line_in_chunk - 1;
          at.column = line_in_chunk == 1 ? chunk.column - 1 + col_in_chunk : col_in_chunk;
        }
        std::cerr << query::format_error(at, src.name, src.text) << "\n";
        return false;
      }
    }
    return true;
  }

  void print(const Source& src, const ScriptChunk& chunk, const query::QueryResult& r) {
    ++results_;
    if (r.explain_only) {
      out_ << r.plan;
      return;
    }
    bool several = total_ > 1;
    if (several && format_ == query::OutputFormat::Table) {
      if (results_ > 1) out_ << "\n";
      out_ << "-- statement " << statement_no_ << " (" << (src.name == "<query>" ? "" : src.name + " ")
           << "line " << chunk.line << ")\n";
    }
    if (several && (format_ == query::OutputFormat::Csv || format_ == query::OutputFormat::Tsv) && results_ > 1)
      out_ << "\n";
    if (several && format_ == query::OutputFormat::Jsonl) {
      // one object per row, with the statement number first
      for (const auto& row : r.rows) {
        query::QueryResult one;
        one.columns = r.columns;
        one.rows = {row};
        std::ostringstream line;
        query::write_result(line, g_, one, {query::OutputFormat::Jsonl});
        auto text = line.str();
        out_ << "{\"statement\":" << statement_no_ << (one.columns.empty() ? "" : ",") << text.substr(1);
      }
    } else {
      query::WriteOptions w;
      w.format = format_;
      query::write_result(out_, g_, r, w);
    }
    if (!r.plan.empty()) std::cerr << r.plan;
  }

 public:
  query::QueryStats stats_;

 private:
  const graph::GraphView& g_;
  graph::Graph* writable_;
  std::ostream& out_;
  query::OutputFormat format_;
  query::Params params_;
  query::QueryOptions opts_;
  std::size_t total_;
  std::size_t statement_no_ = 0;
  std::size_t results_ = 0;
};

int run_query(const QueryArgs& args) {
  if (args.files.empty() == args.text.empty()) {
    std::cerr << "factgraph query: give either a QUERY argument or -f FILE\n";
    return kExitUsage;
  }
  query::Params params;
  try {
    for (const auto& p : args.params) {
      auto [name, value] = parse_param_assignment(p);
      if (!name.empty() && name[0] == '$') name.erase(0, 1);
      params[name] = std::move(value);
    }
  } catch (const std::invalid_argument& e) {
    std::cerr << "factgraph query: " << e.what() << "\n";
    return kExitUsage;
  }
  auto format = query::parse_output_format(args.format).value_or(query::OutputFormat::Table);

  std::vector<Source> sources;
  if (!args.text.empty()) sources.push_back({"<query>", args.text});
  for (const auto& f : args.files) {
    std::ostringstream buf;
    if (f == "-") {
      buf << std::cin.rdbuf();
    } else {
      std::ifstream in(f, std::ios::binary);
      if (!in) {
        std::cerr << "factgraph query: " << f << ": cannot read the file\n";
        return kExitFailure;
      }
      buf << in.rdbuf();
    }
    sources.push_back({f == "-" ? "<stdin>" : f, buf.str()});
  }
  std::vector<std::vector<ScriptChunk>> chunks;
  std::size_t statements = 0, commands = 0;
  for (const auto& s : sources) {
    chunks.push_back(split_script(s.text));
    for (const auto& c : chunks.back()) {
      if (c.colon) ++commands;
      else statements += query::split_statements(c.text).size();
    }
  }
  if (statements == 0 && commands == 0) {
    std::cerr << sources.front().name << ": no statement to run\n";
    return kExitFailure;
  }

  std::unique_ptr<graph::FileLock> lock;
  if (args.write) lock = std::make_unique<graph::FileLock>(args.graph, args.wait ? graph::FileLock::Wait::Yes
                                                                                  : graph::FileLock::Wait::No);
  // Reading needs no rebuild: the snapshot is queried in place. --write loads the builder.
  std::optional<graph::Graph> builder;
  std::unique_ptr<graph::FrozenGraph> frozen;
  if (args.write) builder = open_graph(args.graph, true);
  else frozen = open_frozen_graph(args.graph);
  const graph::GraphView& g = builder ? static_cast<const graph::GraphView&>(*builder) : *frozen;
  query::QueryOptions opts;
  opts.max_rows = args.max_rows;
  opts.max_hops = args.max_hops;
  opts.max_memory = *parse_byte_size(args.max_memory);  // checked by the option's validator
  opts.timeout = std::chrono::milliseconds(static_cast<long long>(args.timeout_s * 1000));
  opts.allow_writes = args.write;

  if (args.repeat > 0) {
    std::vector<ScriptChunk> all;
    for (const auto& cs : chunks) all.insert(all.end(), cs.begin(), cs.end());
    try {
      return run_repeat(g, all, params, opts, args.repeat);
    } catch (const query::QueryError& e) {
      std::cerr << query::format_error(e, sources.front().name, sources.front().text) << "\n";
      return kExitFailure;
    }
  }

  std::ofstream file_out;
  if (!args.output.empty()) {
    file_out.open(args.output, std::ios::binary | std::ios::trunc);
    if (!file_out) {
      std::cerr << "factgraph query: " << args.output << ": cannot write\n";
      return kExitFailure;
    }
  }
  std::ostream& out = args.output.empty() ? std::cout : file_out;
  auto revision = builder ? builder->revision() : 0;
  BatchRunner runner(g, builder ? &*builder : nullptr, out, format, params, opts, statements);
  std::size_t failed = 0;
  for (std::size_t i = 0; i < sources.size() && (failed == 0 || args.continue_on_error); ++i)
    for (const auto& chunk : chunks[i]) {
      if (runner.run(sources[i], chunk)) continue;
      ++failed;
      if (!args.continue_on_error) break;
    }
  out.flush();
  if (builder && builder->revision() != revision) {
    if (failed && !args.continue_on_error) {
      std::cerr << "factgraph query: nothing was saved (a statement failed; --continue-on-error keeps the rest)\n";
    } else {
      graph::save_graph(*builder, args.graph);
      std::cerr << query::describe_side_effects(runner.stats_) << "; saved " << args.graph << "\n";
    }
  }
  if (failed && args.continue_on_error)
    std::cerr << "factgraph query: " << failed << " of the statements and commands failed\n";
  return failed ? kExitFailure : kExitOk;
}

Command register_query(CLI::App& app) {
  auto args = std::make_shared<QueryArgs>();
  auto* cmd = app.add_subcommand("query", "Run Cypher statements against the graph");
  add_graph_option(*cmd, args->graph);
  cmd->add_option("query", args->text, "The Cypher statement(s), separated by ';'");
  cmd->add_option("-f,--file", args->files,
                  "Run a batch file of statements and :param/:format/:set commands ('-' for standard input); "
                  "may be repeated");
  cmd->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"table", "csv", "tsv", "json", "jsonl"}))
      ->capture_default_str();
  cmd->add_option("--param", args->params, "Query parameter name=value (JSON when it parses as JSON, else a string)")
      ->allow_extra_args(false);
  cmd->add_flag("--write", args->write, "Allow CREATE and save the graph atomically afterwards");
  cmd->add_flag("--wait", args->wait, "With --write: wait for another writer instead of failing");
  cmd->add_flag("--continue-on-error", args->continue_on_error,
                "Run the remaining statements after a failure (exit 1 at the end if any failed)");
  cmd->add_option("-o,--output", args->output, "Write results to FILE instead of standard output");
  cmd->add_option("--max-rows", args->max_rows, "Fail when a result has more rows")->capture_default_str();
  cmd->add_option("--max-hops", args->max_hops, "Upper bound for variable-length patterns")->capture_default_str();
  cmd->add_option("--max-memory", args->max_memory,
                  "Memory a statement may hold (sorting, grouping, collect(), DISTINCT, the result): 512M, 2G, ...; "
                  "0: no limit")
      ->check(CLI::Validator(
          [](std::string& s) { return parse_byte_size(s) ? std::string() : "expected a size such as 512M or 2G"; },
          "SIZE"))
      ->capture_default_str();
  cmd->add_option("--timeout", args->timeout_s, "Stop a statement after this many seconds (0: none)")
      ->capture_default_str();
  cmd->add_option("--repeat", args->repeat,
                  "Benchmark: run once to warm up, then N times; print timing to stderr, not the rows");
  return [args] { return run_query(*args); };
}
}  // namespace

FG_REGISTER_COMMAND("query", register_query);

}  // namespace fg::cli
