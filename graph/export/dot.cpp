// Graphviz DOT: nodes shaped and coloured by their first label (a legend lists the labels),
// labelled with their name; relationships labelled with their type and key property.
#include <array>
#include <map>

#include "graph/export/export.hpp"
#include "graph/export/text.hpp"

namespace fg::graph::exports {

namespace {

struct Style {
  const char* shape;
  const char* color;
};

// The schema's labels get fixed styles; other labels take the palette in order of name.
const std::map<std::string_view, Style>& schema_styles() {
  static const std::map<std::string_view, Style> styles = {
      {"Person", {"ellipse", "#a6cee3"}},  {"State", {"box", "#b2df8a"}},
      {"Organization", {"hexagon", "#fdbf6f"}}, {"Meeting", {"octagon", "#fb9a99"}},
      {"Place", {"house", "#cab2d6"}},
  };
  return styles;
}
constexpr std::array<Style, 6> kPalette = {{{"diamond", "#ffff99"}, {"parallelogram", "#8dd3c7"},
                                            {"trapezium", "#bebada"}, {"cylinder", "#80b1d3"},
                                            {"component", "#fccde5"}, {"note", "#d9d9d9"}}};
constexpr Style kUnlabelled = {"point", "#ffffff"};

// Relationship properties shown on the edge, first present wins.
constexpr std::array<std::string_view, 6> kKeyProperties = {"forum", "title", "role", "meeting", "on_behalf_of", "since"};
constexpr std::size_t kMaxLabelCodePoints = 60;

// A DOT double-quoted string. Backslash starts an escape in DOT labels, so it is doubled;
// newlines become \n; other control characters are dropped.
std::string dot_string(std::string_view s, std::size_t max_code_points = 0) {
  std::string out = "\"";
  std::size_t count = 0;
  bool cut = false;
  for_each_code_point(s, [&](char32_t cp) {
    if (cut) return;
    if (max_code_points && count == max_code_points) {
      out += "…";
      cut = true;
      return;
    }
    ++count;
    switch (cp) {
      case '"': out += "\\\""; return;
      case '\\': out += "\\\\"; return;
      case '\n': out += "\\n"; return;
      case '\r': return;
      default: break;
    }
    if (cp < 0x20) return;
    append_utf8(out, cp);
  });
  return out + "\"";
}

std::string display(const Value& v) { return v.is_string() ? v.as_string() : v.to_string(); }

}  // namespace

std::string to_dot(const Graph& g, const Selection& s) {
  std::map<Symbol, Style> style;
  std::size_t next = 0;
  for (auto l : g.labels_in_use()) {
    auto it = schema_styles().find(g.symbol_name(l));
    style[l] = it != schema_styles().end() ? it->second : kPalette[next++ % kPalette.size()];
  }
  std::map<Symbol, bool> used;  // labels of exported nodes, for the legend
  std::string out =
      "digraph factgraph {\n"
      "  graph [rankdir=LR, overlap=false, fontname=\"Helvetica\"];\n"
      "  node [style=filled, fontname=\"Helvetica\", fontsize=11];\n"
      "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  for (auto n : s.nodes) {
    auto labels = g.labels(n);
    Style st = labels.empty() ? kUnlabelled : style[labels[0]];
    std::string label_names;
    for (auto l : labels) {
      used[l] = true;
      label_names += (label_names.empty() ? "" : ":") + g.symbol_name(l);
    }
    const Value* name = g.node_property(n, g.key_name());
    std::string text = name ? display(*name) : (label_names.empty() ? "node " : label_names + " ") + std::to_string(n);
    out += "  n" + std::to_string(n) + " [label=" + dot_string(text, kMaxLabelCodePoints) + ", shape=" + st.shape +
           ", fillcolor=\"" + st.color + "\", tooltip=" + dot_string(label_names) + "];\n";
  }
  for (auto e : s.edges) {
    std::string label = g.symbol_name(g.edge_type(e));
    for (auto key : kKeyProperties) {
      if (const Value* v = g.edge_property(e, key)) {
        label += "\n" + std::string(key) + ": " + display(*v);
        break;
      }
    }
    out += "  n" + std::to_string(g.source(e)) + " -> n" + std::to_string(g.target(e)) + " [label=" +
           dot_string(label, kMaxLabelCodePoints) + "];\n";
  }
  if (!used.empty()) {
    out += "  subgraph cluster_legend {\n    label=\"Labels\";\n    fontname=\"Helvetica\";\n";
    std::size_t i = 0;
    for (const auto& [l, _] : used) {
      const auto& st = style[l];
      out += "    legend" + std::to_string(i++) + " [label=" + dot_string(g.symbol_name(l)) + ", shape=" + st.shape +
             ", fillcolor=\"" + st.color + "\"];\n";
    }
    out += "  }\n";
  }
  out += "}\n";
  return out;
}

}  // namespace fg::graph::exports
