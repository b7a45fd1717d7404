#pragma once
// Writes query results in the output formats of `factgraph query` and the REPL:
//   table  an aligned, boxed table (Cypher notation for nodes, relationships and paths) with a
//          row count, optionally limited to N shown rows and to a terminal width
//   csv    RFC 4180 with a header row;   tsv   tab-separated with a header row (\t \n \\ escaped)
//   json   one array of objects per result, keys in RETURN order
//   jsonl  one object per row
// In json, a node is {"id","labels","properties"}, a relationship {"id","type","start","end",
// "properties"}, a path {"nodes","relationships"}.
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "graph/graph.hpp"
#include "query/engine.hpp"

namespace fg::query {

enum class OutputFormat { Table, Csv, Tsv, Json, Jsonl };

// Parses "table", "csv", "tsv", "json", "jsonl" (case-insensitive).
std::optional<OutputFormat> parse_output_format(std::string_view name);

struct WriteOptions {
  OutputFormat format = OutputFormat::Table;
  std::size_t max_rows = 0;  // table: rows shown, the rest counted ("(12 more rows)"); 0 = all
  std::size_t width = 0;     // table: terminal columns to fit, truncating wide cells; 0 = no limit
  bool header = true;        // csv/tsv header row
};

void write_result(std::ostream& out, const graph::GraphView& g, const QueryResult& r, const WriteOptions& o);

// One cell as JSON text (the json/jsonl encoding of a value).
std::string to_json_text(const graph::GraphView& g, const Value& v);

// "Created 2 nodes, set 3 properties." for a result with side effects; empty otherwise.
std::string describe_side_effects(const QueryStats& s);

}  // namespace fg::query
