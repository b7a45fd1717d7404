// The public entry points: compile (parse, bind, plan) and run, several statements, EXPLAIN and
// PROFILE.
#include "query/engine.hpp"

#include <algorithm>

#include "query/errors.hpp"
#include "query/planner.hpp"

namespace fg::query {

struct PreparedQuery::Impl {
  CompiledStatement compiled;
};

bool PreparedQuery::writes() const { return impl->compiled.plan.writes; }
bool PreparedQuery::is_explain() const { return impl->compiled.explain; }
bool PreparedQuery::is_profile() const { return impl->compiled.profile; }
std::string PreparedQuery::explain() const { return render_plan(*impl->compiled.plan.root, false); }
const std::vector<std::string>& PreparedQuery::warnings() const { return impl->compiled.warnings; }

PreparedQuery prepare(const graph::GraphView& g, std::string_view query_text, const QueryOptions& opts) {
  auto impl = std::make_shared<PreparedQuery::Impl>();
  impl->compiled = compile_statement(query_text, g, opts);
  PreparedQuery q;
  q.impl = std::move(impl);
  return q;
}

namespace {
void collect_entities(const Value& v, QueryResult::Lineage& out) {
  switch (v.kind()) {
    case ValueKind::Node: out.nodes.push_back(v.as_node()); break;
    case ValueKind::Relationship: out.rels.push_back(v.as_relationship()); break;
    case ValueKind::Path:
      out.nodes.insert(out.nodes.end(), v.as_path().nodes.begin(), v.as_path().nodes.end());
      out.rels.insert(out.rels.end(), v.as_path().rels.begin(), v.as_path().rels.end());
      break;
    case ValueKind::List:
      for (const auto& item : v.as_list()) collect_entities(item, out);
      break;
    case ValueKind::Map:
      for (const auto& [k, item] : v.as_map()) collect_entities(item, out);
      break;
    default: break;
  }
}

// Every node and relationship in the pipeline row (all slots, not just the returned ones).
QueryResult::Lineage lineage_of(const Row& row) {
  QueryResult::Lineage l;
  for (const auto& v : row) collect_entities(v, l);
  std::sort(l.nodes.begin(), l.nodes.end());
  l.nodes.erase(std::unique(l.nodes.begin(), l.nodes.end()), l.nodes.end());
  std::sort(l.rels.begin(), l.rels.end());
  l.rels.erase(std::unique(l.rels.begin(), l.rels.end()), l.rels.end());
  return l;
}
}  // namespace

namespace {
QueryResult run_on(const graph::GraphView& g, graph::Graph* writable, const PreparedQuery& q, const Params& params,
                   const QueryOptions& opts) {
  const CompiledStatement& cs = q.impl->compiled;
  QueryResult result;
  result.columns = cs.plan.columns;
  result.warnings = cs.warnings;
  if (cs.explain) {
    result.plan = render_plan(*cs.plan.root, false);
    result.explain_only = true;
    return result;
  }
  if (cs.plan.writes && (!opts.allow_writes || !writable))
    throw QueryError("WriteNotAllowed", "ReadOnly", QueryError::Phase::Compile,
                     "CREATE writes to the graph; run the query with --write to allow it");
  ExecContext ctx{g, writable, params, opts, {}, {}};
  ctx.profile = cs.profile;
  if (opts.timeout.count() > 0) ctx.deadline = std::chrono::steady_clock::now() + opts.timeout;
  ctx.memory.start(opts.max_memory);
  MemoryCharge result_memory;
  Operator& root = *cs.plan.root;
  Row argument(cs.plan.width);
  root.open(ctx, &argument);
  Row row(cs.plan.width);
  const bool returns = !cs.plan.column_slots.empty();  // an updating query without RETURN has no rows
  while (root.next(ctx, row)) {
    if (!returns) continue;
    if (result.rows.size() >= opts.max_rows)
      throw QueryError("LimitExceeded", "MaxRows", QueryError::Phase::Runtime,
                       "the result has more than " + std::to_string(opts.max_rows) +
                           " rows (the --max-rows limit); add LIMIT or raise --max-rows");
    std::vector<Value> out;
    out.reserve(cs.plan.column_slots.size());
    for (int s : cs.plan.column_slots) out.push_back(row[static_cast<std::size_t>(s)]);
    result_memory.add(ctx.memory, approx_bytes(out), "the result rows");
    result.rows.push_back(std::move(out));
    if (opts.collect_lineage) result.lineage.push_back(lineage_of(row));
  }
  result.stats = ctx.stats;
  for (auto& w : ctx.warnings) result.warnings.push_back(std::move(w));
  if (cs.profile) result.plan = render_plan(root, true);
  return result;
}
}  // namespace

QueryResult run(graph::Graph& g, const PreparedQuery& q, const Params& params, const QueryOptions& opts) {
  return run_on(g, &g, q, params, opts);
}
QueryResult run(const graph::GraphView& g, const PreparedQuery& q, const Params& params, const QueryOptions& opts) {
  return run_on(g, nullptr, q, params, opts);
}

QueryResult execute(graph::Graph& g, std::string_view query_text, const Params& params, const QueryOptions& opts) {
  return run(g, prepare(g, query_text, opts), params, opts);
}
QueryResult execute(const graph::GraphView& g, std::string_view query_text, const Params& params,
                    const QueryOptions& opts) {
  return run(g, prepare(g, query_text, opts), params, opts);
}

std::vector<Statement> split_statements(std::string_view script) {
  std::vector<Statement> out;
  std::size_t line = 1, col = 1;
  std::size_t start = 0, start_line = 1, start_col = 1;
  bool has_content = false;
  auto flush = [&](std::size_t end) {
    if (has_content) out.push_back(Statement{std::string(script.substr(start, end - start)), start_line, start_col});
    has_content = false;
  };
  auto advance = [&](char c) {
    if (c == '\n') {
      ++line;
      col = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++col;
    }
  };
  for (std::size_t i = 0; i < script.size();) {
    char c = script[i];
    if (!has_content && std::isspace(static_cast<unsigned char>(c))) {
      advance(c);
      ++i;
      start = i;
      start_line = line;
      start_col = col;
      continue;
    }
    if (c == '/' && i + 1 < script.size() && script[i + 1] == '/') {
      while (i < script.size() && script[i] != '\n') advance(script[i++]);
      if (!has_content) {
        start = i;
        start_line = line;
        start_col = col;
      }
      continue;
    }
    if (c == '/' && i + 1 < script.size() && script[i + 1] == '*') {
      auto end = script.find("*/", i + 2);
      std::size_t stop = end == std::string_view::npos ? script.size() : end + 2;
      if (end == std::string_view::npos) has_content = true;  // let the parser report it
      while (i < stop) advance(script[i++]);
      if (!has_content) {
        start = i;
        start_line = line;
        start_col = col;
      }
      continue;
    }
    if (c == ';') {
      flush(i);
      advance(c);
      ++i;
      start = i;
      start_line = line;
      start_col = col;
      continue;
    }
    has_content = true;
    if (c == '\'' || c == '"' || c == '`') {
      advance(script[i++]);
      while (i < script.size() && script[i] != c) {
        if (script[i] == '\\' && c != '`' && i + 1 < script.size()) advance(script[i++]);
        advance(script[i++]);
      }
      if (i < script.size()) advance(script[i++]);
      continue;
    }
    advance(c);
    ++i;
  }
  flush(script.size());
  return out;
}

namespace {
template <class G>
std::vector<QueryResult> run_script(G& g, std::string_view script, const Params& params, const QueryOptions& opts) {
  std::vector<QueryResult> out;
  for (const auto& st : split_statements(script)) {
    try {
      out.push_back(execute(g, st.text, params, opts));
    } catch (QueryError& e) {
      if (e.line > 0) {
        if (e.line == 1) e.column += st.column - 1;
        e.line += st.line - 1;
      }
      throw;
    }
  }
  return out;
}
}  // namespace

std::vector<QueryResult> execute_script(graph::Graph& g, std::string_view script, const Params& params,
                                        const QueryOptions& opts) {
  return run_script(g, script, params, opts);
}
std::vector<QueryResult> execute_script(const graph::GraphView& g, std::string_view script, const Params& params,
                                        const QueryOptions& opts) {
  return run_script(g, script, params, opts);
}

}  // namespace fg::query
