// Kùzu 0.11 import folder: one CSV per node table (first schema label, see tables.hpp) and per
// (relationship type, source table, target table), and load.cypher with the CREATE NODE TABLE,
// CREATE REL TABLE and COPY statements, with paths relative to the folder.
//
// Kùzu's CSV list syntax cannot quote a string element holding a comma, so string lists travel
// as text "L" + (separator + element)... and load.cypher splits them back with string_split;
// numeric and boolean lists use the CSV list syntax "[1,2]". Every COPY reads through
// LOAD WITH HEADERS, so column types never depend on Kùzu's type sniffing.
#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <stdexcept>

#include "graph/export/columns.hpp"
#include "graph/export/csv.hpp"
#include "graph/export/export.hpp"
#include "graph/export/tables.hpp"
#include "graph/export/text.hpp"
#include "graph/schema.hpp"

namespace fg::graph::exports {

namespace {

constexpr std::string_view kKeyColumn = "fg_node";            // the node table's primary key
constexpr std::string_view kLabelsColumn = "other_labels";    // a node's labels besides its table's

std::string ident(std::string_view name) {
  std::string out = "`";
  for (char c : name) out += c == '`' ? std::string("``") : std::string(1, c);
  return out + "`";
}

std::string scalar_type(ScalarType t) {
  switch (t) {
    case ScalarType::Bool: return "BOOLEAN";
    case ScalarType::Int: return "INT64";
    case ScalarType::Float: return "DOUBLE";
    case ScalarType::String: return "STRING";
  }
  return "STRING";
}

std::string kuzu_type(const ColumnType& t) {
  if (t.mixed) return "STRING";
  return scalar_type(t.element) + (t.list ? "[]" : "");
}

bool is_string_list(const ColumnType& t) { return !t.mixed && t.list && t.element == ScalarType::String; }

std::string scalar_text(const Value& v, ScalarType element) {
  switch (v.type()) {
    case ValueType::Bool: return v.as_bool() ? "true" : "false";
    case ValueType::Int:
      return element == ScalarType::Float ? format_double(static_cast<double>(v.as_int())) : std::to_string(v.as_int());
    case ValueType::Float: return format_double(v.as_float());
    default: return plain_text(v);
  }
}

void append_field(std::string& out, const Value& v, const ColumnType& t, char sep) {
  if (t.mixed || (!t.list && t.element == ScalarType::String)) {
    append_csv_quoted(out, plain_text(v));
  } else if (is_string_list(t)) {
    std::string joined = "L";
    for (const auto& item : v.as_list()) {
      joined += sep;
      joined += item.as_string();
    }
    append_csv_quoted(out, joined);
  } else if (t.list) {
    std::string list = "[";
    bool first = true;
    for (const auto& item : v.as_list()) {
      if (!first) list += ',';
      first = false;
      list += scalar_text(item, t.element);
    }
    append_csv_quoted(out, list + "]");
  } else {
    out += scalar_text(v, t.element);
  }
}

// The first candidate separator no string-list element contains.
char pick_separator(const Graph& g, const Selection& s) {
  constexpr std::array<char, 6> candidates = {'|', '^', '~', '`', '#', '\x1f'};
  std::array<bool, candidates.size()> used{};
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
  throw std::runtime_error("kuzu export: every list separator candidate occurs in a list value");
}

// Columns named like our own columns keep their values under "property_<name>".
std::string column_name(const std::string& key) {
  return key == kKeyColumn || key == kLabelsColumn ? "property_" + key : key;
}

// One loaded column: its declared type in LOAD WITH HEADERS and the expression COPY takes.
struct LoadColumn {
  std::string load_type;
  std::string expr;
};

LoadColumn load_column(std::size_t i, const ColumnType& t, char sep) {
  std::string c = "c" + std::to_string(i);
  if (!is_string_list(t)) return {kuzu_type(t), c};
  std::string sep_literal = sep == '"' ? "\\\"" : std::string(1, sep);
  return {"STRING", "CASE WHEN " + c + " IS NULL THEN NULL WHEN " + c + " = \"L\" THEN CAST([] AS STRING[]) ELSE string_split(substring(" +
                        c + ", 3, size(" + c + ")), \"" + sep_literal + "\") END"};
}

// COPY `table` FROM (LOAD WITH HEADERS (...) FROM "file" (...) RETURN ...) [(from=..., to=...)];
std::string copy_statement(std::string_view table, std::string_view file, const std::vector<LoadColumn>& cols,
                           bool multiline, std::string_view rel_options) {
  std::string decl, ret;
  for (std::size_t i = 0; i < cols.size(); ++i) {
    decl += (i ? ", " : "") + std::string("c") + std::to_string(i) + " " + cols[i].load_type;
    ret += (i ? ", " : "") + cols[i].expr;
  }
  std::string options = multiline ? "header=true, parallel=false" : "header=true";
  return "COPY " + ident(table) + " FROM (LOAD WITH HEADERS (" + decl + ") FROM \"" + std::string(file) + "\" (" +
         options + ") RETURN " + ret + ")" + std::string(rel_options) + ";\n";
}

std::string header_row(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += (i ? ",c" : "c") + std::to_string(i);
  return out + "\n";
}

// Schema properties (schema.md) the data does not use still get a column, so a query naming them
// binds in Kùzu and gets null, as in factgraph; such columns have no key in the graph.
constexpr Symbol kNoKey = 0xFFFFFFFFu;
void add_schema_columns(std::vector<Column>& cols, const std::vector<std::string_view>& names) {
  for (auto name : names) {
    bool present = std::any_of(cols.begin(), cols.end(), [&](const Column& c) { return c.name == name; });
    if (present) continue;
    ColumnType t;
    t.list = name == "aliases";
    cols.push_back(Column{kNoKey, std::string(name), t});
  }
}

std::vector<std::string_view> schema_node_properties(std::string_view label) {
  const auto* spec = Schema::v1().label(label);
  if (!spec) return {};
  std::vector<std::string_view> out = {"name", "id", "aliases"};
  out.insert(out.end(), spec->optional_properties.begin(), spec->optional_properties.end());
  return out;
}

}  // namespace

std::vector<OutputFile> to_kuzu(const Graph& g, const Selection& s) {
  char sep = pick_separator(g, s);
  std::vector<OutputFile> files;
  std::map<std::string, int> taken;
  std::string create_nodes, create_rels, copies;
  auto tables = group_nodes(g, s);
  // every schema label gets a table, so queries naming it bind in Kùzu even when it is empty
  for (const auto& spec : Schema::v1().labels())
    if (std::none_of(tables.tables.begin(), tables.tables.end(), [&](const NodeTable& t) { return t.name == spec.name; }))
      tables.tables.push_back(NodeTable{std::string(spec.name), {}, false});
  std::map<std::string, std::size_t> table_index;
  for (std::size_t i = 0; i < tables.tables.size(); ++i) table_index[tables.tables[i].name] = i;
  for (const auto& t : tables.tables) {
    auto cols = node_columns(g, t.nodes);
    add_schema_columns(cols, schema_node_properties(t.name));
    std::vector<LoadColumn> load{{"INT64", "c0"}};
    create_nodes += "CREATE NODE TABLE " + ident(t.name) + "(" + ident(kKeyColumn) + " INT64";
    if (t.multi_label) {
      load.push_back(load_column(1, ColumnType{true, ScalarType::String, false, true}, sep));
      create_nodes += ", " + ident(kLabelsColumn) + " STRING[]";
    }
    for (const auto& c : cols) {
      load.push_back(load_column(load.size(), c.type, sep));
      create_nodes += ", " + ident(column_name(c.name)) + " " + kuzu_type(c.type);
    }
    create_nodes += ", PRIMARY KEY(" + ident(kKeyColumn) + "));\n";
    std::string body;
    bool multiline = false;
    for (auto n : t.nodes) {
      std::string row = std::to_string(n);
      if (t.multi_label) {
        List others;
        for (auto l : g.labels(n))
          if (g.symbol_name(l) != t.name) others.emplace_back(g.symbol_name(l));
        row += ',';
        append_field(row, Value(std::move(others)), ColumnType{true, ScalarType::String, false, true}, sep);
      }
      const auto& props = g.node_properties(n);
      for (const auto& c : cols) {
        row += ',';
        if (const Value* v = props.get(c.key)) append_field(row, *v, c.type, sep);
      }
      if (row.find_first_of("\r\n") != std::string::npos) multiline = true;
      body += row + '\n';
    }
    if (t.nodes.empty()) continue;
    auto file = unique_file_name(taken, "", t.name, ".csv");
    copies += copy_statement(t.name, file, load, multiline, "");
    files.push_back({file, header_row(load.size()) + body});
  }
  std::string rel_copies;
  auto edge_groups = group_edges(g, s);
  for (const auto& spec : Schema::v1().rel_types()) edge_groups[std::string(spec.name)];  // empty when unused
  for (const auto& [type, edges] : edge_groups) {
    auto cols = edge_columns(g, edges);
    std::map<std::pair<std::size_t, std::size_t>, std::vector<EdgeId>> pairs;
    for (auto e : edges) pairs[{tables.table_of.at(g.source(e)), tables.table_of.at(g.target(e))}].push_back(e);
    if (const auto* spec = Schema::v1().rel_type(type)) {
      add_schema_columns(cols, spec->properties);
      for (auto from : spec->from)
        for (auto to : spec->to) pairs[{table_index.at(std::string(from)), table_index.at(std::string(to))}];
    }
    create_rels += "CREATE REL TABLE " + ident(type) + "(";
    bool first = true;
    for (const auto& [pair, _] : pairs) {
      create_rels += (first ? "" : ", ") + std::string("FROM ") + ident(tables.tables[pair.first].name) + " TO " +
                     ident(tables.tables[pair.second].name);
      first = false;
    }
    std::vector<LoadColumn> load{{"INT64", "c0"}, {"INT64", "c1"}};
    for (const auto& c : cols) {
      load.push_back(load_column(load.size(), c.type, sep));
      create_rels += ", " + ident(c.name) + " " + kuzu_type(c.type);
    }
    create_rels += ");\n";
    for (const auto& [pair, pair_edges] : pairs) {
      if (pair_edges.empty()) continue;
      const auto& from = tables.tables[pair.first].name;
      const auto& to = tables.tables[pair.second].name;
      std::string body;
      bool multiline = false;
      for (auto e : pair_edges) {
        std::string row = std::to_string(g.source(e)) + "," + std::to_string(g.target(e));
        const auto& props = g.edge_properties(e);
        for (const auto& c : cols) {
          row += ',';
          if (const Value* v = props.get(c.key)) append_field(row, *v, c.type, sep);
        }
        if (row.find_first_of("\r\n") != std::string::npos) multiline = true;
        body += row + '\n';
      }
      auto file = unique_file_name(taken, "", type + "_" + from + "_" + to, ".csv");
      rel_copies += copy_statement(type, file, load, multiline, " (from='" + from + "', to='" + to + "')");
      files.push_back({file, header_row(load.size()) + body});
    }
  }
  files.push_back({"load.cypher", create_nodes + create_rels + copies + rel_copies});
  return files;
}

}  // namespace fg::graph::exports
