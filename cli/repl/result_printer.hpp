#pragma once
// Prints a query result in the REPL's current output mode, with the display limit and the
// terminal width applied (table mode).
#include <iosfwd>
#include <string>

#include "graph/graph.hpp"
#include "query/engine.hpp"

namespace fg::cli::repl {

struct PrintOptions {
  std::string format = "table";  // table, csv, tsv, json, jsonl
  std::size_t max_rows = 0;      // rows to show; 0 = all
  std::size_t width = 0;         // terminal columns for the table; 0 = unlimited
};

void print_query_result(std::ostream& out, const graph::GraphView& g, const query::QueryResult& r, const PrintOptions& o);

// The terminal's width in columns (COLUMNS, then the tty), or 0 when stdout is not a terminal.
std::size_t terminal_width();

}  // namespace fg::cli::repl
