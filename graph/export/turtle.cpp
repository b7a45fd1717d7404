// Turtle: the N-Triples statements grouped by subject, with prefixes and collections "( ... )".
// Mapping: rdf.hpp.
#include <cstdio>

#include "graph/export/rdf.hpp"
#include "graph/export/text.hpp"

namespace fg::graph::exports {

namespace {

struct Prefix {
  std::string_view name;
  std::string_view iri;
};
constexpr Prefix kPrefixes[] = {{"rdf", rdf::kRdf},        {"xsd", rdf::kXsd},           {"node", rdf::kNode},
                                {"label", rdf::kLabel},     {"type", rdf::kType},          {"prop", rdf::kProperty},
                                {"rel", rdf::kRelationship}};

// A local name Turtle's prefixed-name grammar accepts without escapes (kept conservative).
bool simple_local(std::string_view s) {
  if (s.empty()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9') ||
              (c == '-' && i > 0);
    if (!ok) return false;
  }
  return true;
}

void append_iri(std::string& out, const std::string& iri) {
  if (iri == std::string(rdf::kRdf) + "type") {
    out += 'a';
    return;
  }
  for (const auto& p : kPrefixes) {
    if (iri.size() > p.iri.size() && iri.compare(0, p.iri.size(), p.iri) == 0) {
      auto local = std::string_view(iri).substr(p.iri.size());
      if (simple_local(local)) {
        out += p.name;
        out += ':';
        out += local;
        return;
      }
    }
  }
  out += '<' + iri + '>';
}

void append_literal(std::string& out, const rdf::Term& t) {
  out += '"';
  for_each_code_point(t.text, [&](char32_t cp) {
    switch (cp) {
      case '"': out += "\\\""; return;
      case '\\': out += "\\\\"; return;
      case '\n': out += "\\n"; return;
      case '\r': out += "\\r"; return;
      case '\t': out += "\\t"; return;
      default: break;
    }
    if (cp < 0x20 || cp == 0x7F) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
      out += buf;
      return;
    }
    append_utf8(out, cp);
  });
  out += '"';
  if (!t.datatype.empty()) {
    out += "^^";
    append_iri(out, t.datatype);
  }
}

void append_term(std::string& out, const rdf::Term& t) {
  if (t.kind == rdf::Term::Kind::Iri) append_iri(out, t.text);
  else append_literal(out, t);
}

}  // namespace

std::string to_turtle(const Graph& g, const Selection& s) {
  std::string out = "# factgraph export; vocabulary: docs/exports.md (RDF)\n";
  for (const auto& p : kPrefixes) out += "@prefix " + std::string(p.name) + ": <" + std::string(p.iri) + "> .\n";
  rdf::for_each_block(g, s, [&](const rdf::Block& b) {
    out += '\n';
    append_term(out, b.subject);
    bool first = true;
    for (const auto& [p, o] : b.statements) {
      out += first ? " " : " ;\n    ";
      first = false;
      append_term(out, p);
      out += ' ';
      if (!o.is_list) {
        append_term(out, o.term);
        continue;
      }
      out += '(';
      for (const auto& item : o.items) {
        out += ' ';
        append_term(out, item);
      }
      out += " )";
    }
    out += " .\n";
  });
  return out;
}

}  // namespace fg::graph::exports
