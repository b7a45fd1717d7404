#pragma once
// The RDF mapping shared by the N-Triples and Turtle exports (docs/exports.md, "RDF"):
//   node N                 <urn:factgraph:node:N>
//   label L                <urn:factgraph:label:L>       (N rdf:type L)
//   relationship type T    <urn:factgraph:type:T>        (source T target)
//   property key K         <urn:factgraph:property:K>
//   relationship R         <urn:factgraph:relationship:R>, an rdf:Statement whose rdf:subject,
//                          rdf:predicate and rdf:object restate the triple; its properties hang
//                          off it (RDF-star is not readable by Debian's raptor).
// Values: strings as plain literals, integers xsd:integer, floats xsd:double, booleans
// xsd:boolean, lists as RDF collections (rdf:first/rdf:rest, order and duplicates kept).
#include <functional>
#include <string>
#include <vector>

#include "graph/export/export.hpp"

namespace fg::graph::exports::rdf {

inline constexpr std::string_view kNode = "urn:factgraph:node:";
inline constexpr std::string_view kLabel = "urn:factgraph:label:";
inline constexpr std::string_view kType = "urn:factgraph:type:";
inline constexpr std::string_view kProperty = "urn:factgraph:property:";
inline constexpr std::string_view kRelationship = "urn:factgraph:relationship:";
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

struct Term {
  enum class Kind { Iri, Literal } kind = Kind::Iri;
  std::string text;      // the full IRI, or the literal's lexical form
  std::string datatype;  // a literal's datatype IRI; empty for a plain string
};

struct Object {
  Term term;
  bool is_list = false;
  std::vector<Term> items;  // a collection's members
};

struct Block {  // the statements about one subject
  Term subject;
  std::vector<std::pair<Term, Object>> statements;
};

// `prefix` + the name with every byte outside [A-Za-z0-9-._~] percent-encoded.
std::string iri(std::string_view prefix, std::string_view name);

// Calls f(const Block&) for every node, then for every relationship (its triple, then its statement).
void for_each_block(const Graph& g, const Selection& s, const std::function<void(const Block&)>& f);

}  // namespace fg::graph::exports::rdf
