#pragma once
// The TCK's notation for expected values and parameters (tck/README.adoc, "Format of the
// expected results"): 1, 1.5, 1e-3, NaN, Inf, -Inf, 'text', true, null, [1, 2], {k: 1},
// nodes (:L1:L2 {p: 0}), relationships [:T {p: 0}] and paths <(:A)-[:T]->(:B)<-[:U]-()>.
// Values parsed from that notation and values returned by the engine both become TckValue, and
// two TckValues are equal when their canonical() strings are.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"
#include "query/value.hpp"

namespace fg::query::tck {

struct ValueSyntaxError : std::runtime_error {
  ValueSyntaxError(const std::string& msg, std::size_t column_) : std::runtime_error(msg), column(column_) {}
  std::size_t column;  // 1-based, in code points of the parsed text
};

struct TckValue {
  enum class Kind { Null, Bool, Int, Float, String, List, Map, Node, Relationship, Path };
  Kind kind = Kind::Null;
  bool boolean = false;
  std::int64_t integer = 0;
  double floating = 0;
  std::string text;                 // String: the value; Relationship: the type
  std::vector<std::string> labels;  // Node: sorted, unique
  std::vector<std::string> keys;    // Map, Node, Relationship: property keys, sorted, unique
  // List: the elements; Map/Node/Relationship: the value of each key;
  // Path: nodes and relationships alternating, starting and ending with a node.
  std::vector<TckValue> items;
  std::vector<bool> forward;  // Path: per relationship, true for -[]-> and false for <-[]-

  static TckValue null() { return {}; }
  static TckValue of_bool(bool b);
  static TckValue of_int(std::int64_t i);
  static TckValue of_float(double d);
  static TckValue of_string(std::string s);
  static TckValue list(std::vector<TckValue> items);
  // Sorts entries by key; a repeated key is an error (std::invalid_argument).
  static TckValue map(std::vector<std::pair<std::string, TckValue>> entries);
};

// Parses one value; the whole text must be consumed (surrounding blanks allowed).
TckValue parse_value(std::string_view text);

// A text form in which equal values, and only those, are identical. Integers and floats differ
// (1 is not 1.0), NaN equals NaN, labels and keys are order-free, and with `unordered_lists`
// every list compares as a multiset (the TCK's "ignoring element order for lists").
// A relationship that starts and ends at the same node matches either direction in a path.
std::string canonical(const TckValue& v, bool unordered_lists = false);

// The value in the TCK's notation, for messages.
std::string to_string(const TckValue& v);

// An engine value as a TckValue: nodes and relationships lose their identity and keep labels
// or type and properties, as the TCK compares them.
TckValue from_engine(const graph::Graph& g, const Value& v);

// A parameter value for the engine; nodes, relationships and paths cannot be parameters here
// (std::invalid_argument).
Value to_engine(const TckValue& v);

}  // namespace fg::query::tck
