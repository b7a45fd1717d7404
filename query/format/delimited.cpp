// CSV (RFC 4180) and TSV output with a header row. Strings are written as they are, null as an
// empty field, other values in Cypher notation.
#include "query/format/cypher_notation.hpp"
#include "query/format/result_writers.hpp"

namespace fg::query {

namespace {
std::string field(const std::string& s, char sep) {
  if (sep == '\t') {
    std::string out;
    for (char c : s) {
      if (c == '\t') out += "\\t";
      else if (c == '\n') out += "\\n";
      else if (c == '\r') out += "\\r";
      else if (c == '\\') out += "\\\\";
      else out += c;
    }
    return out;
  }
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}
}  // namespace

void write_delimited(std::ostream& os, const graph::Graph& g, const QueryResult& r, char sep) {
  for (std::size_t i = 0; i < r.columns.size(); ++i) os << (i ? std::string(1, sep) : "") << field(r.columns[i], sep);
  os << "\n";
  for (const auto& row : r.rows) {
    for (std::size_t i = 0; i < row.size(); ++i)
      os << (i ? std::string(1, sep) : "") << (row[i].is_null() ? "" : field(plain_text(g, row[i]), sep));
    os << "\n";
  }
}

}  // namespace fg::query
