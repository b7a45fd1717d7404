// The boxed table: columns padded to their widest cell (in code points), then a row count.
#include <algorithm>

#include "query/expr/operations.hpp"
#include "query/format/cypher_notation.hpp"
#include "query/format/result_writers.hpp"

namespace fg::query {

void write_table(std::ostream& os, const graph::Graph& g, const QueryResult& r) {
  if (r.columns.empty()) return;  // an updating statement without RETURN
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> width;
  for (const auto& c : r.columns) width.push_back(ops::utf8_length(c));
  for (const auto& row : r.rows) {
    std::vector<std::string> line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      std::string s = plain_text(g, row[i]);
      std::replace(s.begin(), s.end(), '\n', ' ');
      width[i] = std::max(width[i], ops::utf8_length(s));
      line.push_back(std::move(s));
    }
    cells.push_back(std::move(line));
  }
  auto rule = [&] {
    os << '+';
    for (auto w : width) os << std::string(w + 2, '-') << '+';
    os << '\n';
  };
  auto line = [&](const std::vector<std::string>& values) {
    os << '|';
    for (std::size_t i = 0; i < values.size(); ++i)
      os << ' ' << values[i] << std::string(width[i] - ops::utf8_length(values[i]) + 1, ' ') << '|';
    os << '\n';
  };
  if (!r.columns.empty()) {
    rule();
    line(r.columns);
    rule();
    for (const auto& l : cells) line(l);
    rule();
  }
  os << '(' << r.rows.size() << (r.rows.size() == 1 ? " row" : " rows") << ")\n";
}

}  // namespace fg::query
