#include "graph/export/json_values.hpp"

#include <algorithm>

namespace fg::graph::exports {

nlohmann::ordered_json to_ordered_json(const Value& v) {
  switch (v.type()) {
    case ValueType::Null: return nullptr;
    case ValueType::Bool: return v.as_bool();
    case ValueType::Int: return v.as_int();
    case ValueType::Float: return v.as_float();
    case ValueType::String: return v.as_string();
    case ValueType::List: {
      auto arr = nlohmann::ordered_json::array();
      for (const auto& item : v.as_list()) arr.push_back(to_ordered_json(item));
      return arr;
    }
  }
  return nullptr;
}

void add_properties(nlohmann::ordered_json& object, const Graph& g, const PropertyMap& props,
                    std::initializer_list<std::string_view> reserved) {
  for (const auto& [key, value] : props) {
    const auto& name = g.symbol_name(key);
    bool taken = std::find(reserved.begin(), reserved.end(), name) != reserved.end();
    object[taken ? "property_" + name : name] = to_ordered_json(value);
  }
}

}  // namespace fg::graph::exports
