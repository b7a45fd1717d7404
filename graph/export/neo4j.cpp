// neo4j-admin database import CSVs: one node file per table (see tables.hpp) with `:ID` and
// `:LABEL` columns, one relationship file per type with `:START_ID`, `:END_ID`, `:TYPE`; typed
// property columns (`mentions:int`, `confidence:double`, `sources:string[]`), arrays joined
// with the array delimiter (`;` unless an element contains it). README.md holds the command.
#include <array>
#include <map>
#include <stdexcept>

#include "graph/export/columns.hpp"
#include "graph/export/csv.hpp"
#include "graph/export/export.hpp"
#include "graph/export/tables.hpp"
#include "graph/export/text.hpp"

namespace fg::graph::exports {

namespace {

std::string type_suffix(const ColumnType& t) {
  if (t.mixed) return "";
  std::string s;
  switch (t.element) {
    case ScalarType::Bool: s = ":boolean"; break;
    case ScalarType::Int: s = t.fits_int32 ? ":int" : ":long"; break;
    case ScalarType::Float: s = ":double"; break;
    case ScalarType::String: s = t.list ? ":string" : ""; break;
  }
  return t.list ? s + "[]" : s;
}

std::string scalar_text(const Value& v, ScalarType element) {
  switch (v.type()) {
    case ValueType::Bool: return v.as_bool() ? "true" : "false";
    case ValueType::Int:
      return element == ScalarType::Float ? format_double(static_cast<double>(v.as_int())) : std::to_string(v.as_int());
    case ValueType::Float: return format_double(v.as_float());
    default: return plain_text(v);
  }
}

void append_field(std::string& out, const Value& v, const ColumnType& t, char delim) {
  if (t.mixed || (!t.list && t.element == ScalarType::String)) {
    append_csv_quoted(out, plain_text(v));
    return;
  }
  if (!t.list) {
    out += scalar_text(v, t.element);
    return;
  }
  std::string joined;
  bool first = true;
  for (const auto& item : v.as_list()) {
    if (!first) joined += delim;
    first = false;
    joined += scalar_text(item, t.element);
  }
  append_csv_quoted(out, joined);
}

// The first candidate that no string array element contains.
char pick_array_delimiter(const Graph& g, const Selection& s) {
  constexpr std::array<char, 5> candidates = {';', '|', '^', '~', '`'};
  std::array<bool, 5> used{};
  auto scan = [&](const PropertyMap& props) {
    for (const auto& [key, v] : props)
      if (v.is_list())
        for (const auto& item : v.as_list())
          if (item.is_string())
            for (std::size_t i = 0; i < candidates.size(); ++i)
              if (item.as_string().find(candidates[i]) != std::string::npos) used[i] = true;
  };
  for (auto n : s.nodes) scan(g.node_properties(n));
  for (auto e : s.edges) scan(g.edge_properties(e));
  for (std::size_t i = 0; i < candidates.size(); ++i)
    if (!used[i]) return candidates[i];
  throw std::runtime_error("neo4j export: every array delimiter candidate (; | ^ ~ `) occurs in a list value");
}

void append_properties(std::string& out, const PropertyMap& props, const std::vector<Column>& cols, char delim) {
  for (const auto& c : cols) {
    out += ',';
    if (const Value* v = props.get(c.key)) append_field(out, *v, c.type, delim);
  }
}

std::string header(const std::vector<Column>& cols) {
  std::string out;
  for (const auto& c : cols) {
    out += ',';
    auto field = c.name + type_suffix(c.type);
    if (field.find_first_of(",\"\r\n") == std::string::npos) out += field;
    else append_csv_quoted(out, field);
  }
  return out;
}

std::string shell_quote(std::string_view s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string delimiter_option(char d) {
  return "--array-delimiter=" + shell_quote(std::string(1, d));
}

}  // namespace

std::vector<OutputFile> to_neo4j(const Graph& g, const Selection& s) {
  char delim = pick_array_delimiter(g, s);
  std::vector<OutputFile> files;
  std::map<std::string, int> taken;
  std::string node_args, rel_args;
  auto tables = group_nodes(g, s);
  for (const auto& t : tables.tables) {
    auto cols = node_columns(g, t.nodes);
    std::string csv = ":ID,:LABEL" + header(cols) + "\n";
    for (auto n : t.nodes) {
      csv += "n" + std::to_string(n) + ",";
      std::string labels;
      bool first = true;
      for (auto l : g.labels(n)) {
        if (!first) labels += delim;
        first = false;
        labels += g.symbol_name(l);
      }
      append_csv_quoted(csv, labels);
      append_properties(csv, g.node_properties(n), cols, delim);
      csv += '\n';
    }
    auto name = unique_file_name(taken, "nodes_", t.name, ".csv");
    node_args += " \\\n  --nodes=" + shell_quote(name);
    files.push_back({name, std::move(csv)});
  }
  for (const auto& [type, edges] : group_edges(g, s)) {
    auto cols = edge_columns(g, edges);
    std::string csv = ":START_ID,:END_ID,:TYPE" + header(cols) + "\n";
    for (auto e : edges) {
      csv += "n" + std::to_string(g.source(e)) + ",n" + std::to_string(g.target(e)) + ",";
      append_csv_quoted(csv, type);
      append_properties(csv, g.edge_properties(e), cols, delim);
      csv += '\n';
    }
    auto name = unique_file_name(taken, "relationships_", type, ".csv");
    rel_args += " \\\n  --relationships=" + shell_quote(name);
    files.push_back({name, std::move(csv)});
  }
  std::string options = " \\\n  " + delimiter_option(delim) + " --multiline-fields=true --id-type=string";
  std::string readme =
      "# factgraph export for neo4j-admin\n\n"
      "CSV files in the `neo4j-admin database import` format: one node file per label group (`:ID`,\n"
      "`:LABEL` with every label of the node), one relationship file per type (`:START_ID`, `:END_ID`,\n"
      "`:TYPE`), typed property columns, arrays joined with `" + std::string(1, delim) + "`.\n"
      "Node ids (`n0`, `n1`, ...) are factgraph's node numbers; they are not stored as a property.\n\n"
      "Stop the database, then run this from inside this folder (Neo4j 5; the target database must be\n"
      "empty or add `--overwrite-destination=true`):\n\n"
      "```sh\n"
      "neo4j-admin database import full" + node_args + rel_args + options + " \\\n  neo4j\n"
      "```\n\n"
      "Neo4j 4.4 spells it `neo4j-admin import --database=neo4j` with the same options.\n";
  files.push_back({"README.md", std::move(readme)});
  return files;
}

}  // namespace fg::graph::exports
