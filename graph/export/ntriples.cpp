// N-Triples (RDF 1.1), ASCII only: non-ASCII characters as \u/\U escapes. Mapping: rdf.hpp.
#include <cstdio>

#include "graph/export/rdf.hpp"
#include "graph/export/text.hpp"

namespace fg::graph::exports {

namespace {

void append_escaped(std::string& out, std::string_view s) {
  for_each_code_point(s, [&](char32_t cp) {
    switch (cp) {
      case '"': out += "\\\""; return;
      case '\\': out += "\\\\"; return;
      case '\n': out += "\\n"; return;
      case '\r': out += "\\r"; return;
      case '\t': out += "\\t"; return;
      default: break;
    }
    if (cp >= 0x20 && cp < 0x7F) {
      out += static_cast<char>(cp);
      return;
    }
    char buf[16];
    if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
    else std::snprintf(buf, sizeof buf, "\\U%08X", static_cast<unsigned>(cp));
    out += buf;
  });
}

void append_term(std::string& out, const rdf::Term& t) {
  if (t.kind == rdf::Term::Kind::Iri) {
    out += '<';
    out += t.text;  // our IRIs are ASCII and percent-encoded (rdf::iri)
    out += '>';
    return;
  }
  out += '"';
  append_escaped(out, t.text);
  out += '"';
  if (!t.datatype.empty()) out += "^^<" + t.datatype + ">";
}

}  // namespace

std::string to_ntriples(const Graph& g, const Selection& s) {
  std::string out;
  std::size_t blank = 0;
  const rdf::Term first{rdf::Term::Kind::Iri, std::string(rdf::kRdf) + "first", {}};
  const rdf::Term rest{rdf::Term::Kind::Iri, std::string(rdf::kRdf) + "rest", {}};
  const rdf::Term nil{rdf::Term::Kind::Iri, std::string(rdf::kRdf) + "nil", {}};
  auto triple = [&](const std::string& subject, const rdf::Term& p, const std::string& object) {
    out += subject;
    out += ' ';
    append_term(out, p);
    out += ' ';
    out += object;
    out += " .\n";
  };
  auto term_text = [](const rdf::Term& t) {
    std::string text;
    append_term(text, t);
    return text;
  };
  rdf::for_each_block(g, s, [&](const rdf::Block& b) {
    auto subject = term_text(b.subject);
    for (const auto& [p, o] : b.statements) {
      if (!o.is_list) {
        triple(subject, p, term_text(o.term));
        continue;
      }
      if (o.items.empty()) {
        triple(subject, p, term_text(nil));
        continue;
      }
      auto node = "_:l" + std::to_string(blank++);
      triple(subject, p, node);
      for (std::size_t i = 0; i < o.items.size(); ++i) {
        triple(node, first, term_text(o.items[i]));
        auto next = i + 1 < o.items.size() ? "_:l" + std::to_string(blank++) : term_text(nil);
        triple(node, rest, next);
        node = next;
      }
    }
  });
  return out;
}

}  // namespace fg::graph::exports
