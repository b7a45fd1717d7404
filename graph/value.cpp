#include "graph/value.hpp"

#include <cstdio>

namespace fg::graph {

namespace {
void append_quoted(std::string& out, const std::string& s) {
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  out += '"';
}

void append(std::string& out, const Value& v) {
  switch (v.type()) {
    case ValueType::Null: out += "null"; break;
    case ValueType::Bool: out += v.as_bool() ? "true" : "false"; break;
    case ValueType::Int: out += std::to_string(v.as_int()); break;
    case ValueType::Float: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.17g", v.as_float());
      out += buf;
      break;
    }
    case ValueType::String: append_quoted(out, v.as_string()); break;
    case ValueType::List: {
      out += '[';
      bool first = true;
      for (const auto& item : v.as_list()) {
        if (!first) out += ", ";
        first = false;
        append(out, item);
      }
      out += ']';
      break;
    }
  }
}
}  // namespace

std::string Value::to_string() const {
  std::string out;
  append(out, *this);
  return out;
}

std::string_view type_name(ValueType t) {
  switch (t) {
    case ValueType::Null: return "null";
    case ValueType::Bool: return "boolean";
    case ValueType::Int: return "integer";
    case ValueType::Float: return "float";
    case ValueType::String: return "string";
    case ValueType::List: return "list";
  }
  return "?";
}

}  // namespace fg::graph
