#include "cli/repl/session.hpp"

#include <malloc.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <iomanip>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "cli/repl/completion.hpp"
#include "cli/repl/result_printer.hpp"
#include "cli/support/byte_size.hpp"
#include "cli/support/import_setup.hpp"
#include "cli/support/param_value.hpp"
#include "cli/support/script_splitter.hpp"
#include "graph/graph_file.hpp"
#include "graph/schema.hpp"
#include "importers/importer.hpp"
#include "query/ask/ask.hpp"
#include "query/format/cypher_notation.hpp"
#include "query/memory_budget.hpp"

namespace fg::cli::repl {

namespace fs = std::filesystem;

FileStamp FileStamp::of(const fs::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return {};
  return {true, static_cast<std::uintmax_t>(st.st_size),
          static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec, st.st_ino};
}

namespace {
// Ctrl-C while a statement runs cancels it (the engine polls this flag); while typing, the line
// reader handles it.
std::atomic<bool> g_cancel{false};
extern "C" void on_sigint_cancel(int) { g_cancel.store(true); }

std::string history_file() {
  const char* home = std::getenv("HOME");
  return home && *home ? std::string(home) + "/.factgraph_history" : std::string();
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
}  // namespace

Session::Session(std::string graph_path, bool interactive, std::ostream& out, std::ostream& err)
    : path_(std::move(graph_path)), interactive_(interactive), out_(out), err_(err) {
  if (fs::exists(path_)) frozen_ = graph::FrozenGraph::open(path_);
  else builder_.emplace();
  stamp_ = FileStamp::of(path_);
}

const graph::GraphView& Session::graph() const {
  if (builder_) return *builder_;
  return *frozen_;
}

graph::Graph& Session::builder() {
  if (!builder_) {
    builder_ = frozen_->thaw();
    saved_revision_ = builder_->revision();
  }
  return *builder_;
}

Session::~Session() = default;

void Session::error(const std::string& message) {
  err_ << message << "\n";
  failed_ = true;
}

void Session::note_change() {
  if (!has_unsaved_changes() || lock_) return;
  // Hold the writer's lock while there are unsaved changes, as `import` does while it writes.
  try {
    lock_ = std::make_unique<graph::FileLock>(path_, graph::FileLock::Wait::No);
  } catch (const std::exception& e) {
    err_ << "warning: " << e.what() << "\n";
  }
}

int Session::run() {
  struct sigaction sa {};
  sa.sa_handler = on_sigint_cancel;
  sigemptyset(&sa.sa_mask);
  if (interactive_) sigaction(SIGINT, &sa, nullptr);
  reader_ = std::make_unique<LineReader>(interactive_, interactive_ ? history_file() : std::string());
  std::string buffer;  // an unfinished statement
  std::size_t buffer_line = 0, line_no = 0;
  reader_->set_completer([&](const std::string& line) { return complete_input(graph(), buffer + line); });
  reader_->set_interrupt_flag(&g_cancel);
  if (interactive_) {
    out_ << "factgraph " << FG_VERSION << " — " << path_ << ": " << graph().node_count() << " nodes, " << graph().edge_count()
         << " relationships" << (stamp_.exists ? "" : " (new graph)") << "\n"
         << "End statements with ';'. :help lists the commands; Ctrl-D leaves.\n";
  }
  while (true) {
    auto r = reader_->read(buffer.empty() ? "factgraph> " : "      ...> ");
    if (r.status == LineReader::Status::Interrupted) {
      if (interactive_) out_ << "\n";
      if (!buffer.empty()) out_ << "(statement discarded)\n";
      buffer.clear();
      continue;
    }
    if (r.status == LineReader::Status::EndOfInput) {
      if (!buffer.empty() && !is_blank_or_comment(buffer)) handle(buffer, "<stdin>", buffer_line);
      if (interactive_) out_ << "\n";
      if (interactive_ && has_unsaved_changes() && !confirm_quit()) continue;
      if (!interactive_ && has_unsaved_changes())
        err_ << "warning: unsaved changes to " << path_ << " were discarded (use :save)\n";
      break;
    }
    ++line_no;
    const std::string& line = r.line;
    if (buffer.empty()) {
      if (is_blank_or_comment(line)) continue;
      if (is_colon_command(line) || query::ask::is_question_start(line)) {
        reader_->add_history(line);
        if (!handle(line, "<stdin>", line_no)) break;
        continue;
      }
      buffer_line = line_no;
    }
    buffer += line;
    buffer += '\n';
    if (statement_complete(buffer)) {
      std::string entry = buffer;
      while (!entry.empty() && entry.back() == '\n') entry.pop_back();
      reader_->add_history(entry);
      std::string text;
      text.swap(buffer);
      if (!handle(text, interactive_ ? "<query>" : "<stdin>", interactive_ ? 1 : buffer_line)) break;
    }
  }
  return failed_ ? 1 : 0;
}

bool Session::confirm_quit() {
  out_ << "There are unsaved changes to " << path_ << ". Save them? [y]es / [n]o / [c]ancel: " << std::flush;
  std::string answer;
  if (!std::getline(std::cin, answer)) return true;
  answer = lower(answer);
  if (answer.rfind('y', 0) == 0) {
    cmd_save("");
    return !has_unsaved_changes();
  }
  if (answer.rfind('n', 0) == 0) return true;
  return false;
}

bool Session::handle(const std::string& input, const std::string& origin, std::size_t first_line) {
  if (auto c = parse_colon_command(input)) return run_command(*c);
  if (query::ask::is_question_start(input)) {
    cmd_ask(input);
    return true;
  }
  run_cypher(input, origin, first_line, 1, {});
  return true;
}

void Session::run_cypher(const std::string& text, const std::string& origin, std::size_t first_line,
                         std::size_t first_column, std::string_view full_source) {
  if (full_source.empty()) full_source = text;
  for (const auto& st : query::split_statements(text)) {
    auto start = std::chrono::steady_clock::now();
    auto opts = settings_.limits;
    opts.collect_lineage = true;
    g_cancel.store(false);
    opts.cancel = &g_cancel;
    try {
      auto prepared = query::prepare(graph(), st.text, opts);
      // A writing statement runs on the builder; its plan is made again there, where labels and
      // keys it creates get their symbols.
      auto result = prepared.writes() ? query::execute(builder(), st.text, params_, opts)
                                      : query::run(graph(), prepared, params_, opts);
      auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      for (const auto& w : result.warnings) err_ << "warning: " << w << "\n";
      print_result(result);
      if (settings_.timing) out_ << "Time: " << std::fixed << std::setprecision(3) << ms << " ms\n";
      note_change();
      last_ = std::move(result);
      // A large result was just freed (the previous one): hand the memory back to the system
      // instead of keeping it in the allocator for the rest of the session.
      ::malloc_trim(0);
    } catch (const query::QueryError& e) {
      // Positions are relative to the statement: move them to the whole source.
      query::QueryError at = e;
      if (at.line > 0) {
        std::size_t line_in_text = st.line + at.line - 1;
        std::size_t col_in_text = at.line == 1 ? st.column - 1 + at.column : at.column;
        at.line = first_line + line_in_text - 1;
        at.column = line_in_text == 1 ? first_column - 1 + col_in_text : col_in_text;
      }
      err_ << query::format_error(at, origin, full_source) << "\n";
      failed_ = true;
    } catch (const std::exception& e) {
      error(std::string("error: ") + e.what());
    }
  }
}

void Session::print_result(const query::QueryResult& r) {
  PrintOptions po;
  po.format = settings_.format;
  po.max_rows = settings_.display_rows;
  po.width = interactive_ ? terminal_width() : 0;
  print_query_result(out_, graph(), r, po);
}

bool Session::run_command(const ColonCommand& c) {
  try {
    if (c.name == "quit") {
      if (!has_unsaved_changes()) return false;
      if (interactive_) return !confirm_quit();
      err_ << "warning: unsaved changes to " << path_ << " were discarded (use :save)\n";
      saved_revision_ = builder_->revision();
      return false;
    }
    if (c.name == "help") cmd_help(c.args);
    else if (c.name == "schema") cmd_schema();
    else if (c.name == "stats") cmd_stats();
    else if (c.name == "format") {
      static const std::set<std::string> formats = {"table", "csv", "tsv", "json", "jsonl"};
      if (c.args.empty()) out_ << "format: " << settings_.format << "\n";
      else if (!formats.count(lower(c.args))) error(":format takes table, csv, tsv, json or jsonl, not '" + c.args + "'");
      else settings_.format = lower(c.args);
    } else if (c.name == "timing") {
      auto a = lower(c.args);
      if (a == "on") settings_.timing = true;
      else if (a == "off") settings_.timing = false;
      else if (a.empty()) out_ << "timing: " << (settings_.timing ? "on" : "off") << "\n";
      else error(":timing takes on or off");
    } else if (c.name == "rows") {
      char* end = nullptr;
      long n = std::strtol(c.args.c_str(), &end, 10);
      if (c.args.empty()) out_ << "rows: " << settings_.display_rows << "\n";
      else if (*end || n < 0) error(":rows takes a number of rows (0 shows all)");
      else settings_.display_rows = static_cast<std::size_t>(n);
    } else if (c.name == "set") cmd_set(c.args);
    else if (c.name == "param") cmd_param(c.args);
    else if (c.name == "params") cmd_params();
    else if (c.name == "import") cmd_import(c.args);
    else if (c.name == "save") cmd_save(c.args);
    else if (c.name == "export") cmd_export(c.args);
    else if (c.name == "read") cmd_read(c.args);
    else if (c.name == "explain") {
      if (c.args.empty()) error(":explain takes a query");
      else run_cypher("EXPLAIN " + c.args, "<query>", 1, 1, {});
    } else if (c.name == "why") cmd_why();
    else if (c.name == "ask") cmd_ask(c.args);
    else error(unknown_command_message(c.name));
  } catch (const std::exception& e) {
    error(":" + c.name + ": " + e.what());
  }
  return true;
}

void Session::cmd_help(const std::string& args) {
  if (!args.empty()) {
    auto name = args[0] == ':' ? args.substr(1) : args;
    const auto* spec = find_colon_command(lower(name));
    if (!spec) return error(unknown_command_message(name));
    out_ << spec->usage << "\n  " << spec->help << "\n";
    return;
  }
  out_ << "Statements are Cypher and end with ';' (they may span lines). Questions in English start with\n"
          "who, whom, what, which, where, when, how, list, is or are. Tab completes keywords, labels,\n"
          "relationship types, property keys and names (inside quotes after name:).\n\n";
  std::size_t width = 0;
  for (const auto& s : colon_commands()) width = std::max(width, s.usage.size());
  for (const auto& s : colon_commands())
    out_ << "  " << s.usage << std::string(width - s.usage.size() + 2, ' ') << s.help << "\n";
}

void Session::cmd_schema() {
  struct KeyCount {
    std::map<std::string, std::size_t> keys;
  };
  std::map<std::string, std::pair<std::size_t, KeyCount>> labels, types;
  for (graph::NodeId n = 0; n < graph().node_count(); ++n)
    for (auto l : graph().labels(n)) {
      auto& entry = labels[graph().symbol_name(l)];
      ++entry.first;
      graph().for_each_node_property(n, [&](graph::Symbol k, const graph::ValueRef&) { ++entry.second.keys[graph().symbol_name(k)]; });
    }
  for (graph::EdgeId e = 0; e < graph().edge_count(); ++e) {
    auto& entry = types[graph().symbol_name(graph().edge_type(e))];
    ++entry.first;
    graph().for_each_edge_property(e, [&](graph::Symbol k, const graph::ValueRef&) { ++entry.second.keys[graph().symbol_name(k)]; });
  }
  auto print = [&](const char* title, const auto& map, bool rel) {
    out_ << title << "\n";
    if (map.empty()) out_ << "  (none)\n";
    for (const auto& [name, entry] : map) {
      out_ << "  " << (rel ? "[:" : "(:") << name << (rel ? "]" : ")") << "  " << entry.first << "\n";
      std::string line = "      ";
      for (const auto& [k, n] : entry.second.keys) {
        std::string item = k + (n == entry.first ? "" : " (" + std::to_string(n) + ")");
        if (line.size() + item.size() > 96) {
          out_ << line << "\n";
          line = "      ";
        }
        line += item + "  ";
      }
      if (line.size() > 6) out_ << line << "\n";
    }
  };
  print("Node labels (count; property keys, with counts where not every node has them):", labels, false);
  print("Relationship types:", types, true);
  const auto& schema = graph::Schema::v1();
  out_ << "Schema v1 endpoints:\n";
  for (const auto& t : schema.rel_types()) {
    out_ << "  (";
    for (std::size_t i = 0; i < t.from.size(); ++i) out_ << (i ? "|" : ":") << t.from[i];
    out_ << ")-[:" << t.name << "]->(";
    for (std::size_t i = 0; i < t.to.size(); ++i) out_ << (i ? "|" : ":") << t.to[i];
    out_ << ")\n";
  }
}

void Session::cmd_stats() {
  for (auto l : graph().labels_in_use()) out_ << graph().symbol_name(l) << ": " << graph().nodes_with_label(l).size() << "\n";
  for (auto t : graph().edge_types_in_use()) out_ << graph().symbol_name(t) << ": " << graph().edges_with_type(t).size() << "\n";
  out_ << "nodes: " << graph().node_count() << ", relationships: " << graph().edge_count()
       << (has_unsaved_changes() ? " (unsaved changes)" : "") << "\n";
}

void Session::cmd_set(const std::string& args) {
  auto [name, value] = split_first_word(args);
  auto& l = settings_.limits;
  if (name.empty()) {
    out_ << "max_rows " << l.max_rows << "\nmax_hops " << l.max_hops << "\nmax_memory "
         << (l.max_memory ? query::format_bytes(l.max_memory) : std::string("none")) << "\ntimeout "
         << (l.timeout.count() ? std::to_string(l.timeout.count() / 1000.0) + " s" : std::string("none")) << "\n";
    return;
  }
  if (name == "max_memory") {
    auto bytes = parse_byte_size(value);
    if (!bytes) return error(":set max_memory takes a size such as 512M or 2G (0: no limit)");
    l.max_memory = *bytes;
    return;
  }
  char* end = nullptr;
  double v = std::strtod(value.c_str(), &end);
  if (value.empty() || *end || v < 0) return error(":set " + name + " takes a non-negative number");
  if (name == "max_rows") l.max_rows = static_cast<std::size_t>(v);
  else if (name == "max_hops") l.max_hops = static_cast<std::size_t>(v);
  else if (name == "timeout") l.timeout = std::chrono::milliseconds(static_cast<long long>(v * 1000));
  else error("unknown setting '" + name + "' (max_rows, max_hops, max_memory, timeout)");
}

void Session::cmd_param(const std::string& args) {
  auto [name, value] = split_first_word(args);
  if (!name.empty() && name[0] == '$') name.erase(0, 1);
  if (name.empty() || value.empty()) return error(":param takes a name and a value, e.g. :param name \"Russia\"");
  params_[name] = parse_param_value(value);
}

void Session::cmd_params() {
  if (params_.empty()) out_ << "(no parameters)\n";
  for (const auto& [k, v] : params_) out_ << "$" << k << " = " << query::cypher_notation(graph(), v) << "\n";
}

void Session::cmd_import(const std::string& args) {
  std::vector<std::string> paths;
  std::istringstream in(args);
  for (std::string p; in >> p;) paths.push_back(p);
  if (paths.empty()) return error(":import takes one or more files or folders");
  auto inputs = importers::expand_inputs(paths);
  importers::Importer importer(builder(), {}, [&](const importers::Diagnostic& d) { err_ << d.to_string() << "\n"; });
  configure_importer(importer, builder());
  for (const auto& input : inputs) importer.import_input(input);
  const auto& s = importer.summary();
  out_ << "imported " << s.imported << ", rejected " << s.rejected << " from " << s.files
       << (s.files == 1 ? " file" : " files") << (has_unsaved_changes() ? " (unsaved: :save writes them)" : "") << "\n";
  if (s.rejected) failed_ = true;
  note_change();
}

void Session::cmd_save(const std::string& args) {
  std::string target = args.empty() ? path_ : args;
  bool same_file = target == path_;
  if (same_file && !(FileStamp::of(path_) == stamp_))
    return error(path_ + " changed on disk since it was loaded (another import?); not overwriting it. "
                 ":save OTHER_PATH writes elsewhere; restart the REPL to load the new version.");
  std::unique_ptr<graph::FileLock> temporary;
  if (!lock_) temporary = std::make_unique<graph::FileLock>(target, graph::FileLock::Wait::No);
  graph::save_graph(builder(), target);
  out_ << "saved " << builder().node_count() << " nodes, " << builder().edge_count() << " relationships to " << target << "\n";
  if (same_file) {
    stamp_ = FileStamp::of(path_);
    saved_revision_ = builder().revision();
    lock_.reset();
  }
}

void Session::cmd_read(const std::string& args) {
  if (args.empty()) return error(":read takes a file");
  if (read_depth_ > 8) return error(":read: files read each other too deeply (more than 8 levels)");
  std::ifstream in(args);
  if (!in) return error(args + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string script = ss.str();
  ++read_depth_;
  for (const auto& chunk : split_script(script)) {
    if (chunk.colon) handle(chunk.text, args, chunk.line);
    else run_cypher(chunk.text, args, chunk.line, chunk.column, script);
  }
  --read_depth_;
}

namespace {
void collect_entities(const query::Value& v, std::vector<graph::NodeId>& nodes, std::vector<graph::EdgeId>& rels) {
  if (v.is_node()) nodes.push_back(v.as_node());
  else if (v.is_relationship()) rels.push_back(v.as_relationship());
  else if (v.is_path()) {
    for (auto n : v.as_path().nodes) nodes.push_back(n);
    for (auto r : v.as_path().rels) rels.push_back(r);
  } else if (v.is_list()) {
    for (const auto& item : v.as_list()) collect_entities(item, nodes, rels);
  } else if (v.is_map()) {
    for (const auto& [k, item] : v.as_map()) collect_entities(item, nodes, rels);
  }
}
}  // namespace

void Session::cmd_export(const std::string& args) {
  auto [format, path] = split_first_word(args);
  if (format.empty() || path.empty()) return error(":export takes a format and a path, e.g. :export graphml news.graphml");
  export_graph(format, path);
}

void Session::cmd_ask(const std::string& question) {
  if (question.empty()) return error(":ask takes a question, e.g. :ask who represents Russia at which forum?");
  ask_question(question);
}

void Session::cmd_why() {
  if (!last_) return error(":why explains the last result; run a query first");
  const auto& r = *last_;
  if (r.rows.empty()) {
    out_ << "(the last result has no rows)\n";
    return;
  }
  const graph::GraphView& g = graph();
  // A provenance list of node n (node) or relationship n: the stored value, as a list.
  auto list = [&](bool node, std::uint32_t id, const char* key) {
    auto s = g.find_symbol(key);
    graph::Value v = s ? (node ? g.node_value(id, *s) : g.edge_value(id, *s)).to_value() : graph::Value();
    return v.is_list() ? v.as_list() : graph::List{};
  };
  auto name_of = [&](graph::NodeId n) {
    auto v = g.node_value(n, g.key_name());
    return v.is_string() ? std::string(v.as_string()) : "#" + std::to_string(n);
  };
  auto sightings = [&](bool node, std::uint32_t id) {
    auto sources = list(node, id, "sources");
    auto sentences = list(node, id, "sentences");
    auto evidences = list(node, id, "evidences");
    if (sources.empty()) {
      out_ << "      (no provenance: created by a query, not imported)\n";
      return;
    }
    for (std::size_t i = 0; i < sources.size(); ++i) {
      const auto& src = sources[i];
      out_ << "      " << (src.is_string() ? src.as_string() : src.to_string());
      if (i < sentences.size() && sentences[i].is_int()) out_ << " #" << sentences[i].as_int();
      if (i < evidences.size() && evidences[i].is_string() && !evidences[i].as_string().empty())
        out_ << ": " << evidences[i].as_string();
      out_ << "\n";
    }
  };
  std::size_t shown = 0;
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    std::vector<graph::NodeId> nodes;
    std::vector<graph::EdgeId> rels;
    for (const auto& cell : r.rows[i]) collect_entities(cell, nodes, rels);
    if (i < r.lineage.size()) {
      nodes.insert(nodes.end(), r.lineage[i].nodes.begin(), r.lineage[i].nodes.end());
      rels.insert(rels.end(), r.lineage[i].rels.begin(), r.lineage[i].rels.end());
    }
    std::sort(rels.begin(), rels.end());
    rels.erase(std::unique(rels.begin(), rels.end()), rels.end());
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    out_ << "row " << (i + 1) << ":";
    for (const auto& cell : r.rows[i]) out_ << " " << query::plain_text(graph(), cell);
    out_ << "\n";
    if (rels.empty() && nodes.empty()) out_ << "    (no node or relationship behind this row)\n";
    for (auto e : rels) {
      out_ << "    (" << name_of(graph().source(e)) << ")-[:" << graph().symbol_name(graph().edge_type(e)) << "]->("
           << name_of(graph().target(e)) << ")\n";
      sightings(false, e);
    }
    if (rels.empty())
      for (auto n : nodes) {
        out_ << "    (" << name_of(n) << ")\n";
        sightings(true, n);
      }
    if (settings_.display_rows && ++shown >= settings_.display_rows && i + 1 < r.rows.size()) {
      out_ << "(" << (r.rows.size() - i - 1) << " more rows; :rows N shows more)\n";
      break;
    }
  }
}

}  // namespace fg::cli::repl
