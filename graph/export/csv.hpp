#pragma once
// CSV fields as neo4j-admin and Kùzu read them (RFC 4180: quoted with ", a quote doubled).
#include <string>
#include <string_view>


namespace fg::graph::exports {

// Always quoted, so an empty string ("") differs from an absent value (an empty field).
inline void append_csv_quoted(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace fg::graph::exports
