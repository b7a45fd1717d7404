#pragma once
// Query results as text: a boxed table (Cypher notation for entities), CSV/TSV with a header
// row, JSON (an array of objects, keys in column order) and JSON lines.
#include <nlohmann/json.hpp>
#include <ostream>

#include "query/engine.hpp"

namespace fg::query {

void write_table(std::ostream& os, const graph::Graph& g, const QueryResult& r);
// RFC 4180 quoting for ','; for '\t' tabs, newlines and backslashes are escaped as \t, \n, \\.
void write_delimited(std::ostream& os, const graph::Graph& g, const QueryResult& r, char sep);
// A node is {"id","labels","properties"}, a relationship {"id","type","start","end","properties"},
// a path {"nodes":[...],"relationships":[...]}; NaN and infinities become null.
nlohmann::ordered_json to_json(const graph::Graph& g, const Value& v);
void write_json(std::ostream& os, const graph::Graph& g, const QueryResult& r);   // one line
void write_jsonl(std::ostream& os, const graph::Graph& g, const QueryResult& r);  // one object per line

}  // namespace fg::query
