#include "graph/export/rdf.hpp"

#include "graph/export/text.hpp"

namespace fg::graph::exports::rdf {

namespace {

Term iri_term(std::string text) { return Term{Term::Kind::Iri, std::move(text), {}}; }

Term literal(const Value& v) {
  switch (v.type()) {
    case ValueType::Bool: return Term{Term::Kind::Literal, v.as_bool() ? "true" : "false", std::string(kXsd) + "boolean"};
    case ValueType::Int: return Term{Term::Kind::Literal, std::to_string(v.as_int()), std::string(kXsd) + "integer"};
    case ValueType::Float: return Term{Term::Kind::Literal, format_double(v.as_float()), std::string(kXsd) + "double"};
    case ValueType::String: return Term{Term::Kind::Literal, v.as_string(), {}};
    default: return Term{Term::Kind::Literal, json_text(v), {}};  // a nested list or null: JSON text
  }
}

Object object(const Value& v) {
  Object o;
  if (!v.is_list()) {
    o.term = literal(v);
    return o;
  }
  o.is_list = true;
  for (const auto& item : v.as_list()) o.items.push_back(literal(item));
  return o;
}

Object object(Term t) {
  Object o;
  o.term = std::move(t);
  return o;
}

void add_properties(Block& b, const Graph& g, const PropertyMap& props) {
  for (const auto& [key, value] : props) b.statements.emplace_back(iri_term(iri(kProperty, g.symbol_name(key))), object(value));
}

}  // namespace

std::string iri(std::string_view prefix, std::string_view name) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out(prefix);
  for (unsigned char c : name) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                 c == '_' || c == '~';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

void for_each_block(const Graph& g, const Selection& s, const std::function<void(const Block&)>& f) {
  const auto rdf_type = iri_term(std::string(kRdf) + "type");
  for (auto n : s.nodes) {
    Block b;
    b.subject = iri_term(std::string(kNode) + std::to_string(n));
    for (auto l : g.labels(n)) b.statements.emplace_back(rdf_type, object(iri_term(iri(kLabel, g.symbol_name(l)))));
    add_properties(b, g, g.node_properties(n));
    f(b);
  }
  for (auto e : s.edges) {
    auto from = iri_term(std::string(kNode) + std::to_string(g.source(e)));
    auto to = iri_term(std::string(kNode) + std::to_string(g.target(e)));
    auto type = iri_term(iri(kType, g.symbol_name(g.edge_type(e))));
    Block triple;
    triple.subject = from;
    triple.statements.emplace_back(type, object(to));
    f(triple);
    Block st;
    st.subject = iri_term(std::string(kRelationship) + std::to_string(e));
    st.statements.emplace_back(rdf_type, object(iri_term(std::string(kRdf) + "Statement")));
    st.statements.emplace_back(iri_term(std::string(kRdf) + "subject"), object(from));
    st.statements.emplace_back(iri_term(std::string(kRdf) + "predicate"), object(type));
    st.statements.emplace_back(iri_term(std::string(kRdf) + "object"), object(to));
    add_properties(st, g, g.edge_properties(e));
    f(st);
  }
}

}  // namespace fg::graph::exports::rdf
