#pragma once
// Property values as JSON, for the JSON-based exports.
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string_view>

#include "graph/graph.hpp"

namespace fg::graph::exports {

nlohmann::ordered_json to_ordered_json(const Value& v);

// Adds each property to `object`; a key in `reserved` is written as "property_<key>".
void add_properties(nlohmann::ordered_json& object, const Graph& g, const PropertyMap& props,
                    std::initializer_list<std::string_view> reserved);

}  // namespace fg::graph::exports
