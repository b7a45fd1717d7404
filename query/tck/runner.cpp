#include "query/tck/runner.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "query/engine.hpp"
#include "query/tck/side_effects.hpp"
#include "query/tck/tck_value.hpp"

namespace fg::query::tck {

namespace fs = std::filesystem;

std::size_t FeatureResult::count(Outcome o) const {
  return static_cast<std::size_t>(std::count_if(cases.begin(), cases.end(), [o](const auto& c) { return c.outcome == o; }));
}

namespace {

std::string trim(std::string s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error(p.string() + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Strips a trailing " [#N]" (an outline row) from a case id.
std::string outline_id(const std::string& id) {
  auto p = id.rfind(" [#");
  if (p == std::string::npos || id.back() != ']') return id;
  return id.substr(0, p);
}

const char* phase_name(QueryError::Phase p) { return p == QueryError::Phase::Compile ? "compile time" : "runtime"; }

// Thrown inside a case to end it as failed.
struct CaseFailure {
  std::string category, message;
};
[[noreturn]] void fail(std::string category, std::string message) {
  throw CaseFailure{std::move(category), std::move(message)};
}

std::string error_text(const QueryError& e) {
  std::string s = e.kind + (e.detail.empty() ? "" : ": " + e.detail) + " at " + phase_name(e.phase);
  std::string what = e.what();
  if (!what.empty()) s += " (" + what + ")";
  return s;
}

[[noreturn]] void fail_with_error(const std::string& context, const QueryError& e) {
  if (e.kind == "UnsupportedFeature") fail("unsupported: " + e.detail, context + ": " + error_text(e));
  fail("unexpected error: " + e.kind + (e.detail.empty() ? "" : "/" + e.detail) + " at " + phase_name(e.phase),
       context + " raised " + error_text(e));
}

struct Expected {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> cells;  // as written
  std::vector<std::vector<TckValue>> rows;
};

std::string render_table(const std::vector<std::string>& columns, const std::vector<std::vector<std::string>>& rows,
                         std::size_t max_rows = 40) {
  std::string out = "    |";
  for (const auto& c : columns) out += " " + c + " |";
  out += "\n";
  for (std::size_t i = 0; i < rows.size() && i < max_rows; ++i) {
    out += "    |";
    for (const auto& c : rows[i]) out += " " + c + " |";
    out += "\n";
  }
  if (rows.size() > max_rows) out += "    ... " + std::to_string(rows.size() - max_rows) + " more rows\n";
  if (rows.empty()) out += "    (no rows)\n";
  return out;
}

class CaseRun {
 public:
  CaseRun(Runner& runner, const Case& c, const std::string& file) : runner_(runner), c_(c), file_(file) {}

  void run() {
    for (const auto& st : c_.steps) step(st);
    if (!executed_) fail("runner: no query", "the scenario never executes a query");
    if (error_ && !error_checked_) fail_with_error("the query", *error_);
  }

 private:
  std::string at(std::size_t line) const { return file_ + ":" + std::to_string(line); }

  void step(const Step& st) {
    const std::string& t = st.text;
    static const std::regex named_graph(R"(^the (\S+) graph$)");
    static const std::regex raised(R"(^an? (\w+) should be raised at (compile time|runtime|any time): ?(.*)$)");
    std::smatch m;
    if (t == "an empty graph" || t == "any graph") return;
    if (std::regex_match(t, m, named_graph)) return load_graph(m[1].str(), st);
    if (t == "having executed:" || t == "after having executed:") return setup(st);
    if (t == "parameters are:" || t == "parameter values are:") return parameters(st);
    if (t == "executing query:" || t == "executing control query:") return execute(st, t == "executing query:");
    if (t.rfind("executing query: ", 0) == 0) {
      Step inline_step = st;
      inline_step.doc = t.substr(17);
      return execute(inline_step, true);
    }
    if (t == "the result should be empty") return check_result(st, nullptr, false, false);
    if (t == "the result should be, in any order:") return check_result(st, &st.table, false, false);
    if (t == "the result should be, in order:") return check_result(st, &st.table, true, false);
    if (t == "the result should be (ignoring element order for lists):" ||
        t == "the result should be, in any order (ignoring element order for lists):")
      return check_result(st, &st.table, false, true);
    if (t == "the result should be, in order (ignoring element order for lists):")
      return check_result(st, &st.table, true, true);
    if (std::regex_match(t, m, raised)) return check_error(m[1].str(), m[2].str(), trim(m[3].str()));
    if (t == "no side effects") return check_side_effects(nullptr, st);
    if (t == "the side effects should be:") return check_side_effects(&st.table, st);
    fail("runner: unknown step", at(st.line) + ": unknown step '" + st.keyword + " " + t + "'");
  }

  const std::string& doc_of(const Step& st) {
    if (!st.doc) fail("runner: malformed step", at(st.line) + ": step '" + st.text + "' needs a doc string");
    return *st.doc;
  }

  QueryOptions options() const {
    QueryOptions o;
    o.timeout = runner_.options().timeout;
    return o;
  }

  void run_setup(const std::string& script, const std::string& what) {
    try {
      query::execute(graph_, script, {}, options());  // each setup block and graph script is one statement
    } catch (const QueryError& e) {
      if (e.kind == "UnsupportedFeature") fail("unsupported: " + e.detail, what + ": " + error_text(e));
      fail("setup failed: " + e.kind + (e.detail.empty() ? "" : "/" + e.detail), what + " raised " + error_text(e));
    }
  }

  void load_graph(const std::string& name, const Step& st) {
    if (executed_) fail("runner: malformed scenario", at(st.line) + ": graph step after the query");
    const auto& g = runner_.named_graph(name);
    if (!g.error.empty()) fail("runner: unknown graph", at(st.line) + ": " + g.error);
    for (const auto& script : g.scripts) run_setup(script, "named graph '" + name + "'");
  }

  void setup(const Step& st) {
    if (executed_) fail("runner: malformed scenario", at(st.line) + ": setup after the query");
    run_setup(doc_of(st), "setup query at " + at(st.doc_line));
  }

  void parameters(const Step& st) {
    for (std::size_t r = 0; r < st.table.rows.size(); ++r) {
      const auto& row = st.table.rows[r];
      if (row.size() != 2) fail("runner: malformed step", at(st.table.lines[r]) + ": a parameter row needs 2 cells");
      try {
        params_[row[0]] = to_engine(parse_value(row[1]));
      } catch (const ValueSyntaxError& e) {
        fail("runner: bad value", at(st.table.lines[r]) + ": parameter " + row[0] + ": " + e.what());
      } catch (const std::invalid_argument& e) {
        fail("runner: bad value", at(st.table.lines[r]) + ": parameter " + row[0] + ": " + e.what());
      }
    }
  }

  void execute(const Step& st, bool main_query) {
    const auto& text = doc_of(st);
    if (main_query) {
      before_ = snapshot(graph_);
      executed_ = true;
    }
    result_.reset();
    error_.reset();
    error_checked_ = false;
    query_line_ = st.doc ? st.doc_line : st.line;
    try {
      result_ = query::execute(graph_, text, params_, options());
    } catch (const QueryError& e) {
      error_ = e;
    }
    if (main_query) after_ = snapshot(graph_);
  }

  Expected expected_table(const Table& t, bool /*unordered_lists*/) {
    Expected ex;
    if (t.rows.empty()) fail("runner: malformed step", "expected-result table without a header");
    ex.columns = t.rows[0];
    for (std::size_t r = 1; r < t.rows.size(); ++r) {
      ex.cells.push_back(t.rows[r]);
      std::vector<TckValue> row;
      for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
        try {
          row.push_back(parse_value(t.rows[r][c]));
        } catch (const ValueSyntaxError& e) {
          fail("runner: bad value", at(t.lines[r]) + ": column " + ex.columns[c] + ", col " + std::to_string(e.column) +
                                        " of '" + t.rows[r][c] + "': " + e.what());
        }
      }
      ex.rows.push_back(std::move(row));
    }
    return ex;
  }

  void need_result(const std::string& expectation) {
    if (!executed_) fail("runner: malformed scenario", "a result check before the query");
    if (error_) {
      error_checked_ = true;
      fail_with_error("the query (expected " + expectation + ")", *error_);
    }
  }

  void check_result(const Step& st, const Table* table, bool ordered, bool unordered_lists) {
    need_result(table ? "rows" : "an empty result");
    const auto& res = *result_;
    std::vector<std::vector<std::string>> actual_cells;
    for (const auto& row : res.rows) {
      std::vector<std::string> cells;
      for (const auto& v : row) cells.push_back(to_string(from_engine(graph_, v)));
      actual_cells.push_back(std::move(cells));
    }
    if (!table) {
      if (!res.rows.empty())
        fail("wrong result: rows where none expected",
             at(st.line) + ": expected an empty result, got " + std::to_string(res.rows.size()) + " rows:\n" +
                 render_table(res.columns, actual_cells));
      return;
    }
    auto ex = expected_table(*table, unordered_lists);
    // Columns are matched by name (the TCK's records are maps from column to value).
    std::vector<std::size_t> order;
    {
      auto a = res.columns, e = ex.columns;
      std::sort(a.begin(), a.end());
      std::sort(e.begin(), e.end());
      if (a != e) {
        std::string msg = at(st.line) + ": columns differ\n  expected:";
        for (const auto& c : ex.columns) msg += " [" + c + "]";
        msg += "\n  actual:  ";
        for (const auto& c : res.columns) msg += " [" + c + "]";
        fail("wrong result: columns", msg + "\n  actual rows:\n" + render_table(res.columns, actual_cells));
      }
      for (const auto& c : ex.columns)
        order.push_back(static_cast<std::size_t>(std::find(res.columns.begin(), res.columns.end(), c) - res.columns.begin()));
    }
    auto row_key = [&](const std::vector<TckValue>& row) {
      std::string k;
      for (const auto& v : row) k += canonical(v, unordered_lists) + "\x1f";
      return k;
    };
    std::vector<std::string> exp_keys, act_keys;
    for (const auto& r : ex.rows) exp_keys.push_back(row_key(r));
    std::vector<std::vector<std::string>> act_display;
    for (const auto& row : res.rows) {
      std::vector<TckValue> vals;
      std::vector<std::string> disp;
      for (auto i : order) {
        vals.push_back(from_engine(graph_, row[i]));
        disp.push_back(to_string(vals.back()));
      }
      act_keys.push_back(row_key(vals));
      act_display.push_back(std::move(disp));
    }
    auto describe = [&](const std::string& headline) {
      return at(st.line) + ": " + headline + "\n  expected (" + std::to_string(ex.rows.size()) + " rows" +
             (ordered ? ", in order" : ", any order") + "):\n" + render_table(ex.columns, ex.cells) + "  actual (" +
             std::to_string(res.rows.size()) + " rows):\n" + render_table(ex.columns, act_display);
    };
    if (ordered) {
      if (exp_keys == act_keys) return;
      auto se = exp_keys, sa = act_keys;
      std::sort(se.begin(), se.end());
      std::sort(sa.begin(), sa.end());
      if (se == sa) fail("wrong result: order", describe("the rows are right but in the wrong order"));
    } else {
      auto se = exp_keys, sa = act_keys;
      std::sort(se.begin(), se.end());
      std::sort(sa.begin(), sa.end());
      if (se == sa) return;
    }
    if (exp_keys.size() != act_keys.size())
      fail("wrong result: row count", describe("expected " + std::to_string(exp_keys.size()) + " rows, got " +
                                                  std::to_string(act_keys.size())));
    fail("wrong result: values", describe("the rows differ"));
  }

  void check_error(const std::string& kind, const std::string& phase, const std::string& detail) {
    if (!executed_) fail("runner: malformed scenario", "an error check before the query");
    std::string want = kind + (detail.empty() ? "" : ": " + detail) + " at " + phase;
    if (!error_) {
      fail("error not raised: " + kind + "/" + detail,
           at(query_line_) + ": expected " + want + ", but the query succeeded with " +
               std::to_string(result_->rows.size()) + " rows");
    }
    error_checked_ = true;
    const auto& e = *error_;
    bool phase_ok = phase == "any time" || phase == phase_name(e.phase);
    bool detail_ok = detail.empty() || detail == "*" || detail == e.detail;
    if (e.kind == kind && phase_ok && detail_ok) return;
    if (e.kind == "UnsupportedFeature") fail("unsupported: " + e.detail, "expected " + want + ", got " + error_text(e));
    fail("wrong error: expected " + kind + "/" + detail + " at " + phase + ", got " + e.kind + "/" + e.detail + " at " +
             phase_name(e.phase),
         at(query_line_) + ": expected " + want + ", got " + error_text(e));
  }

  void check_side_effects(const Table* table, const Step& st) {
    if (!executed_) fail("runner: malformed scenario", "a side-effect check before the query");
    if (error_ && !error_checked_) {
      error_checked_ = true;
      fail_with_error("the query", *error_);
    }
    std::map<std::string, long long> want;
    if (table) {
      for (std::size_t r = 0; r < table->rows.size(); ++r) {
        const auto& row = table->rows[r];
        long long n = 0;
        try {
          std::size_t used = 0;
          n = std::stoll(row.at(1), &used);
          if (used != row[1].size()) throw std::invalid_argument("trailing text");
        } catch (const std::exception&) {
          fail("runner: malformed step", at(table->lines[r]) + ": side effect needs a count");
        }
        if (n != 0) want[row[0]] = n;
      }
    }
    auto got = side_effects(before_, after_);
    if (got == want) return;
    auto show = [](const std::map<std::string, long long>& m) {
      if (m.empty()) return std::string("none");
      std::string s;
      for (const auto& [k, v] : m) s += (s.empty() ? "" : ", ") + k + " " + std::to_string(v);
      return s;
    };
    fail("wrong side effects", at(st.line) + ": expected side effects: " + show(want) + "; observed: " + show(got));
  }

  Runner& runner_;
  const Case& c_;
  std::string file_;
  graph::Graph graph_;
  Params params_;
  bool executed_ = false;
  bool error_checked_ = false;
  std::size_t query_line_ = 0;
  std::optional<QueryResult> result_;
  std::optional<QueryError> error_;
  GraphSnapshot before_, after_;
};

}  // namespace

Runner::Runner(RunOptions opts) : opts_(std::move(opts)) {}

const NamedGraph& Runner::named_graph(const std::string& name) {
  auto it = graphs_.find(name);
  if (it != graphs_.end()) return it->second;
  NamedGraph g;
  auto dir = opts_.graphs_dir / name;
  auto meta = dir / (name + ".json");
  try {
    std::vector<std::string> scripts;
    if (fs::exists(meta)) {
      auto j = nlohmann::json::parse(read_text(meta));
      for (const auto& s : j.at("scripts")) scripts.push_back(s.get<std::string>());
    } else {
      scripts.push_back(name);
    }
    for (const auto& s : scripts) g.scripts.push_back(read_text(dir / (s + ".cypher")));
  } catch (const std::exception& e) {
    g.error = "named graph '" + name + "' (" + dir.string() + "): " + e.what();
  }
  return graphs_.emplace(name, std::move(g)).first->second;
}

CaseResult Runner::run_case(const Case& c, const std::string& feature_path) {
  CaseResult r;
  r.id = c.id;
  r.name = c.name;
  r.location = feature_path + ":" + std::to_string(c.line);
  if (c.row_line) r.location += " (Examples row at line " + std::to_string(c.row_line) + ")";
  try {
    CaseRun(*this, c, feature_path).run();
    r.outcome = Outcome::Passed;
  } catch (const CaseFailure& f) {
    r.outcome = Outcome::Failed;
    r.category = f.category;
    r.message = f.message;
  } catch (const std::exception& e) {
    r.outcome = Outcome::Failed;
    r.category = "internal error";
    r.message = std::string("unexpected exception: ") + e.what();
  }
  return r;
}

FeatureResult Runner::run_feature(const fs::path& file) {
  FeatureResult fr;
  fr.id = fs::relative(file, opts_.features_dir).generic_string();
  Feature f;
  try {
    f = read_feature_file(file.string());
  } catch (const FeatureError& e) {
    fr.error = e.what();
    return fr;
  }
  for (const auto& c : expand(f, fr.id)) {
    if (opts_.filter && !std::regex_search(c.id, *opts_.filter)) continue;
    auto skip = opts_.skips.reason_for(c.id);
    auto r = run_case(c, file.string());
    if (skip) {
      r.skipped_but_passes = r.outcome == Outcome::Passed;
      r.outcome = Outcome::Skipped;
      r.skip_reason = *skip;
    }
    fr.cases.push_back(std::move(r));
  }
  return fr;
}

std::optional<std::string> SkipList::reason_for(const std::string& case_id) const {
  auto it = entries.find(case_id);
  if (it == entries.end()) it = entries.find(outline_id(case_id));
  if (it == entries.end()) return std::nullopt;
  return it->second;
}

SkipList read_skip_list(const fs::path& file) {
  SkipList s;
  std::istringstream in(read_text(file));
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    auto close = line.find(']');
    if (line[0] != '[' || close == std::string::npos || close == 1)
      throw std::runtime_error(file.string() + ":" + std::to_string(n) +
                               ":1: expected '[missing feature] CASE-ID' (the reason in brackets comes first)");
    auto reason = trim(line.substr(1, close - 1));
    auto id = trim(line.substr(close + 1));
    if (id.empty()) throw std::runtime_error(file.string() + ":" + std::to_string(n) + ": missing case id after the reason");
    if (!s.entries.emplace(id, reason).second)
      throw std::runtime_error(file.string() + ":" + std::to_string(n) + ": case listed twice: " + id);
  }
  return s;
}

std::vector<std::string> read_id_list(const fs::path& file) {
  std::vector<std::string> ids;
  std::istringstream in(read_text(file));
  std::string line;
  while (std::getline(in, line)) {
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    ids.push_back(line);
  }
  return ids;
}

std::vector<fs::path> find_feature_files(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir, fs::directory_options::follow_directory_symlink))
    if (e.is_regular_file() && e.path().extension() == ".feature") files.push_back(e.path());
  std::sort(files.begin(), files.end(), [&](const fs::path& a, const fs::path& b) {
    return fs::relative(a, dir).generic_string() < fs::relative(b, dir).generic_string();
  });
  return files;
}

std::string markdown_report(const std::vector<FeatureResult>& results) {
  std::ostringstream out;
  struct Counts {
    std::size_t passed = 0, failed = 0, skipped = 0;
  };
  std::map<std::string, Counts> folders;
  Counts total;
  std::map<std::string, std::vector<const CaseResult*>> failures, skips;
  std::vector<std::string> unreadable;
  for (const auto& f : results) {
    if (!f.error.empty()) unreadable.push_back(f.error);
    auto folder = fs::path(f.id).parent_path().generic_string();
    for (const auto& c : f.cases) {
      auto& fc = folders[folder];
      if (c.outcome == Outcome::Passed) ++fc.passed, ++total.passed;
      if (c.outcome == Outcome::Failed) ++fc.failed, ++total.failed, failures[c.category].push_back(&c);
      if (c.outcome == Outcome::Skipped) ++fc.skipped, ++total.skipped, skips[c.skip_reason].push_back(&c);
    }
  }
  auto pct = [](const Counts& c) {
    auto all = c.passed + c.failed + c.skipped;
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(1);
    s << (all ? 100.0 * static_cast<double>(c.passed) / static_cast<double>(all) : 0.0) << "%";
    return s.str();
  };
  out << "# TCK results\n\n";
  out << "TOTAL: " << total.passed << " passed, " << total.failed << " failed, " << total.skipped << " skipped ("
      << pct(total) << " of " << total.passed + total.failed + total.skipped << " cases pass)\n\n";
  out << "| folder | passed | failed | skipped | pass rate |\n|---|---:|---:|---:|---:|\n";
  for (const auto& [folder, c] : folders)
    out << "| " << folder << " | " << c.passed << " | " << c.failed << " | " << c.skipped << " | " << pct(c) << " |\n";
  if (!unreadable.empty()) {
    out << "\n## Feature files that could not be read\n\n";
    for (const auto& e : unreadable) out << "- " << e << "\n";
  }
  std::vector<std::pair<std::string, std::vector<const CaseResult*>>> groups(failures.begin(), failures.end());
  std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
  out << "\n## Failures by category (" << total.failed << ")\n\n";
  for (const auto& [cat, cases] : groups) out << "- " << cases.size() << " × " << cat << "\n";
  for (const auto& [cat, cases] : groups) {
    out << "\n### " << cat << " (" << cases.size() << ")\n\n";
    for (const auto* c : cases) {
      out << "- `" << c->id << "` — " << c->location << "\n";
      std::string msg = c->message;
      if (msg.size() > 1500) msg = msg.substr(0, 1500) + "\n... (truncated)";
      out << "\n```\n" << msg << "\n```\n\n";
    }
  }
  out << "\n## Skips by missing feature (" << total.skipped << ")\n\n";
  for (const auto& [reason, cases] : skips) {
    out << "### " << reason << " (" << cases.size() << ")\n\n";
    for (const auto* c : cases)
      out << "- `" << c->id << "`" << (c->skipped_but_passes ? " — **passes now: remove it from the skip list**" : "")
          << "\n";
    out << "\n";
  }
  return out.str();
}

}  // namespace fg::query::tck
