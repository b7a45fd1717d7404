#include "graph/export/text.hpp"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

namespace fg::graph::exports {

namespace {
nlohmann::json to_json(const Value& v) {
  switch (v.type()) {
    case ValueType::Null: return nullptr;
    case ValueType::Bool: return v.as_bool();
    case ValueType::Int: return v.as_int();
    case ValueType::Float: return v.as_float();
    case ValueType::String: return v.as_string();
    case ValueType::List: {
      auto arr = nlohmann::json::array();
      for (const auto& item : v.as_list()) arr.push_back(to_json(item));
      return arr;
    }
  }
  return nullptr;
}
}  // namespace


std::string format_double(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "INF" : "-INF";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  std::string s(buf, end);
  // keep a float recognisable as one: "1" -> "1.0"
  if (s.find_first_of(".eE") == std::string::npos) s += ".0";
  return s;
}

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for_each_code_point(s, [&](char32_t cp) {
    switch (cp) {
      case '&': out += "&amp;"; return;
      case '<': out += "&lt;"; return;
      case '>': out += "&gt;"; return;
      case '"': out += "&quot;"; return;
      case '\'': out += "&apos;"; return;
      case '\t': case '\n': out += static_cast<char>(cp); return;
      case '\r': out += "&#13;"; return;  // kept: a raw CR would be normalized away by parsers
      default: break;
    }
    if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF)
      cp = 0xFFFD;
    append_utf8(out, cp);
  });
  return out;
}

std::string json_text(const Value& v) {
  return to_json(v).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string plain_text(const Value& v) { return v.is_string() ? v.as_string() : json_text(v); }

std::string file_stem(std::string_view name) {
  std::string out;
  for (char c : name) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    out += keep ? c : '_';
  }
  if (out.empty()) out = "_";
  return out;
}

}  // namespace fg::graph::exports
