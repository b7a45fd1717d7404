#include "cli/support/param_value.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace fg::cli {

namespace {
query::Value from_json(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null: return query::Value();
    case nlohmann::json::value_t::boolean: return query::Value(j.get<bool>());
    case nlohmann::json::value_t::number_integer: return query::Value(j.get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned: {
      auto u = j.get<std::uint64_t>();
      if (u > static_cast<std::uint64_t>(INT64_MAX)) return query::Value(static_cast<double>(u));
      return query::Value(static_cast<std::int64_t>(u));
    }
    case nlohmann::json::value_t::number_float: return query::Value(j.get<double>());
    case nlohmann::json::value_t::string: return query::Value(j.get<std::string>());
    case nlohmann::json::value_t::array: {
      query::List items;
      for (const auto& item : j) items.push_back(from_json(item));
      return query::Value(std::move(items));
    }
    case nlohmann::json::value_t::object: {
      query::Map m;
      for (const auto& [k, v] : j.items()) m.emplace(k, from_json(v));
      return query::Value(std::move(m));
    }
    default: return query::Value();
  }
}
}  // namespace

query::Value parse_param_value(const std::string& text) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) return query::Value(text);
  return from_json(j);
}

std::pair<std::string, query::Value> parse_param_assignment(const std::string& text) {
  auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0)
    throw std::invalid_argument("--param takes name=value, e.g. --param name=Russia or --param n=3; got '" + text + "'");
  return {text.substr(0, eq), parse_param_value(text.substr(eq + 1))};
}

}  // namespace fg::cli
