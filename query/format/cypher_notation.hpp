#pragma once
// Values written in Cypher notation: the TCK's result notation and the table format's cells.
#include <string>

#include "graph/graph.hpp"
#include "query/value.hpp"

namespace fg::query {

// A float as openCypher engines print it: always with a '.' or an exponent (1.0, 0.5, 1.0E10,
// NaN, Infinity, -Infinity).
std::string format_float(double d);

// Nodes `(:L {k: 'v'})`, relationships `[:T {k: 1}]`, paths `<(:A)-[:T]->(:B)>`, strings quoted
// with single quotes. With `with_ids`, entities carry their id: `(#12:L {...})`, `[#3:T]`.
std::string cypher_notation(const graph::GraphView& g, const Value& v, bool with_ids = false);

// A string cell as text (no quotes); other values in Cypher notation.
std::string plain_text(const graph::GraphView& g, const Value& v);

}  // namespace fg::query
