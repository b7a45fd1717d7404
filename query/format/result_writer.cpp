#include "query/format/result_writer.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>
#include <ostream>

#include "query/format/cypher_notation.hpp"

namespace fg::query {

namespace {

using ordered_json = nlohmann::ordered_json;

ordered_json properties_json(const graph::GraphView& g, const Value& entity);

ordered_json value_json(const graph::GraphView& g, const Value& v) {
  switch (v.kind()) {
    case ValueKind::Null: return nullptr;
    case ValueKind::Bool: return v.as_bool();
    case ValueKind::Int: return v.as_int();
    case ValueKind::Float: {
      double d = v.as_float();
      if (std::isfinite(d)) return d;
      return format_float(d);  // JSON has no NaN or Infinity: written as the strings Cypher prints
    }
    case ValueKind::String: return v.as_string();
    case ValueKind::List: {
      ordered_json arr = ordered_json::array();
      for (const auto& item : v.as_list()) arr.push_back(value_json(g, item));
      return arr;
    }
    case ValueKind::Map: {
      ordered_json obj = ordered_json::object();
      for (const auto& [k, item] : v.as_map()) obj[k] = value_json(g, item);
      return obj;
    }
    case ValueKind::Node: {
      auto n = v.as_node();
      ordered_json obj;
      obj["id"] = n;
      ordered_json labels = ordered_json::array();
      for (auto l : g.labels(n)) labels.push_back(g.symbol_name(l));
      obj["labels"] = labels;
      obj["properties"] = properties_json(g, v);
      return obj;
    }
    case ValueKind::Relationship: {
      auto e = v.as_relationship();
      ordered_json obj;
      obj["id"] = e;
      obj["type"] = g.symbol_name(g.edge_type(e));
      obj["start"] = g.source(e);
      obj["end"] = g.target(e);
      obj["properties"] = properties_json(g, v);
      return obj;
    }
    case ValueKind::Path: {
      ordered_json obj;
      ordered_json nodes = ordered_json::array(), rels = ordered_json::array();
      for (auto n : v.as_path().nodes) nodes.push_back(value_json(g, Value(NodeRef{n})));
      for (auto e : v.as_path().rels) rels.push_back(value_json(g, Value(RelRef{e})));
      obj["nodes"] = nodes;
      obj["relationships"] = rels;
      return obj;
    }
  }
  return nullptr;
}

// In key order, so output does not depend on symbol numbering.
ordered_json properties_json(const graph::GraphView& g, const Value& entity) {
  ordered_json obj = ordered_json::object();
  for (const auto& [k, val] : properties_of(g, entity)) obj[k] = value_json(g, val);
  return obj;
}

ordered_json row_json(const graph::GraphView& g, const QueryResult& r, const std::vector<Value>& row) {
  ordered_json obj = ordered_json::object();
  for (std::size_t i = 0; i < r.columns.size() && i < row.size(); ++i) obj[r.columns[i]] = value_json(g, row[i]);
  return obj;
}

std::string dump(const ordered_json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// --- text cells ---

std::string cell_text(const graph::GraphView& g, const Value& v) {
  if (v.is_null()) return "null";
  return v.is_string() ? std::string(v.as_string()) : cypher_notation(g, v, false);
}

// Display width in terminal columns (wide East Asian characters count 2, control characters 0).
std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      ++w;
      n = 1;
    } else {
      int cw = utf8proc_charwidth(cp);
      w += cw > 0 ? static_cast<std::size_t>(cw) : 0;
    }
    p += n;
    left -= n;
  }
  return w;
}

// Cuts `s` to at most `width` columns, ending with "…" when cut.
std::string truncate_to(const std::string& s, std::size_t width) {
  if (display_width(s) <= width) return s;
  if (width == 0) return {};
  std::string out;
  std::size_t w = 0;
  auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) n = 1;
    std::size_t cw = n > 0 && cp >= 0 ? static_cast<std::size_t>(std::max(0, utf8proc_charwidth(cp))) : 1;
    if (w + cw > width - 1) break;
    out.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
    w += cw;
    p += n;
    left -= n;
  }
  return out + "…";
}

// Newlines and tabs inside a table cell would break the grid.
std::string one_line(std::string s) {
  for (auto& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

std::string repeat(std::string_view unit, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += unit;
  return out;
}

void write_table(std::ostream& out, const graph::GraphView& g, const QueryResult& r, const WriteOptions& o) {
  if (r.columns.empty()) {  // a statement without RETURN: no result, only its side effects
    auto effects = describe_side_effects(r.stats);
    out << (effects.empty() ? std::string("(no changes, no rows)") : effects) << "\n";
    return;
  }
  std::size_t shown = o.max_rows ? std::min(o.max_rows, r.rows.size()) : r.rows.size();
  std::size_t ncol = r.columns.size();
  std::vector<std::vector<std::string>> cells(shown, std::vector<std::string>(ncol));
  std::vector<std::size_t> widths(ncol);
  for (std::size_t c = 0; c < ncol; ++c) widths[c] = display_width(r.columns[c]);
  for (std::size_t i = 0; i < shown; ++i)
    for (std::size_t c = 0; c < ncol && c < r.rows[i].size(); ++c) {
      cells[i][c] = one_line(cell_text(g, r.rows[i][c]));
      widths[c] = std::max(widths[c], display_width(cells[i][c]));
    }
  // Fit the terminal: shrink the widest columns first, never below 8 columns each.
  bool truncated = false;
  if (o.width > 0 && ncol > 0) {
    auto total = [&] {
      std::size_t t = 1;
      for (auto w : widths) t += w + 3;
      return t;
    };
    while (total() > o.width) {
      auto widest = std::max_element(widths.begin(), widths.end());
      if (*widest <= 8) break;
      --*widest;
      truncated = true;
    }
  }
  auto rule = [&](const char* left, const char* mid, const char* right) {
    out << left;
    for (std::size_t c = 0; c < ncol; ++c) out << repeat("─", widths[c] + 2) << (c + 1 < ncol ? mid : right);
    out << "\n";
  };
  auto line = [&](const std::vector<std::string>& values) {
    out << "│";
    for (std::size_t c = 0; c < ncol; ++c) {
      auto text = truncate_to(values[c], widths[c]);
      out << " " << text << std::string(widths[c] - display_width(text), ' ') << " │";
    }
    out << "\n";
  };
  if (ncol > 0) {
    rule("┌", "┬", "┐");
    line(r.columns);
    rule("├", "┼", "┤");
    for (const auto& row : cells) line(row);
    rule("└", "┴", "┘");
  }
  std::size_t n = r.rows.size();
  out << n << (n == 1 ? " row" : " rows");
  if (shown < n) out << " (" << (n - shown) << " more not shown; :rows N shows more)";
  auto effects = describe_side_effects(r.stats);
  if (!effects.empty()) out << "; " << effects;
  out << "\n";
  if (truncated) out << "(wide values were cut to fit the terminal; :format csv or json shows them whole)\n";
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string tsv_field(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\\') out += "\\\\";
    else out += c;
  }
  return out;
}

void write_delimited(std::ostream& out, const graph::GraphView& g, const QueryResult& r, const WriteOptions& o, bool csv) {
  auto field = [&](const std::string& s) { return csv ? csv_field(s) : tsv_field(s); };
  char sep = csv ? ',' : '\t';
  if (o.header) {
    for (std::size_t c = 0; c < r.columns.size(); ++c) out << (c ? std::string(1, sep) : "") << field(r.columns[c]);
    out << "\n";
  }
  for (const auto& row : r.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c) out << sep;
      if (!row[c].is_null()) out << field(cell_text(g, row[c]));
    }
    out << "\n";
  }
}

}  // namespace

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  std::string n;
  for (char c : name) n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (n == "table") return OutputFormat::Table;
  if (n == "csv") return OutputFormat::Csv;
  if (n == "tsv") return OutputFormat::Tsv;
  if (n == "json") return OutputFormat::Json;
  if (n == "jsonl") return OutputFormat::Jsonl;
  return std::nullopt;
}

std::string to_json_text(const graph::GraphView& g, const Value& v) { return dump(value_json(g, v)); }

std::string describe_side_effects(const QueryStats& s) {
  std::vector<std::string> parts;
  auto add = [&](std::size_t n, const char* verb, const char* one, const char* many) {
    if (n) parts.push_back(std::string(verb) + " " + std::to_string(n) + " " + (n == 1 ? one : many));
  };
  add(s.nodes_created, "created", "node", "nodes");
  add(s.relationships_created, "created", "relationship", "relationships");
  add(s.labels_added, "added", "label", "labels");
  add(s.properties_set, "set", "property", "properties");
  add(s.nodes_deleted, "deleted", "node", "nodes");
  add(s.relationships_deleted, "deleted", "relationship", "relationships");
  add(s.labels_removed, "removed", "label", "labels");
  add(s.properties_removed, "removed", "property", "properties");
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
  return out;
}

void write_result(std::ostream& out, const graph::GraphView& g, const QueryResult& r, const WriteOptions& o) {
  switch (o.format) {
    case OutputFormat::Table: write_table(out, g, r, o); break;
    case OutputFormat::Csv: write_delimited(out, g, r, o, true); break;
    case OutputFormat::Tsv: write_delimited(out, g, r, o, false); break;
    case OutputFormat::Json: {
      ordered_json arr = ordered_json::array();
      for (const auto& row : r.rows) arr.push_back(row_json(g, r, row));
      out << dump(arr) << "\n";
      break;
    }
    case OutputFormat::Jsonl:
      for (const auto& row : r.rows) out << dump(row_json(g, r, row)) << "\n";
      break;
  }
}

}  // namespace fg::query
