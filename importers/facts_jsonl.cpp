#include "importers/facts_jsonl.hpp"

#include <nlohmann/json.hpp>

#include "importers/diagnostics.hpp"

namespace fg::importers {

namespace {

using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

struct FieldError {
  std::string field;  // the key to point the column at ("" for the line start)
  std::string message;
};

std::size_t column_of_key(std::string_view line, const std::string& field) {
  if (field.empty()) return 1;
  auto pos = line.find("\"" + field + "\"");
  return pos == std::string_view::npos ? 1 : code_points(line, pos) + 1;
}

const json* member(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() || it->is_null() ? nullptr : &*it;
}

std::string required_string(const json& obj, const char* key, const std::string& where) {
  const json* v = member(obj, key);
  if (!v) throw FieldError{key, "missing \"" + std::string(key) + "\"" + where};
  if (!v->is_string()) throw FieldError{key, "\"" + std::string(key) + "\" must be a string" + where};
  if (v->get_ref<const std::string&>().empty()) throw FieldError{key, "\"" + std::string(key) + "\" is empty" + where};
  return v->get<std::string>();
}

std::string optional_string(const json& obj, const char* key) {
  const json* v = member(obj, key);
  if (!v) return {};
  if (!v->is_string()) throw FieldError{key, "\"" + std::string(key) + "\" must be a string"};
  return v->get<std::string>();
}

graph::Value to_value(const json& v, const std::string& key, bool allow_list = true) {
  switch (v.type()) {
    case json::value_t::null: return graph::Value();
    case json::value_t::boolean: return graph::Value(v.get<bool>());
    case json::value_t::number_integer: return graph::Value(v.get<std::int64_t>());
    case json::value_t::number_unsigned: {
      auto u = v.get<std::uint64_t>();
      if (u > static_cast<std::uint64_t>(INT64_MAX)) throw FieldError{key, "property \"" + key + "\": integer too large"};
      return graph::Value(static_cast<std::int64_t>(u));
    }
    case json::value_t::number_float: return graph::Value(v.get<double>());
    case json::value_t::string: return graph::Value(v.get<std::string>());
    case json::value_t::array: {
      if (!allow_list) throw FieldError{key, "property \"" + key + "\": lists inside lists are not allowed"};
      graph::List items;
      for (const auto& item : v) items.push_back(to_value(item, key, false));
      return graph::Value(std::move(items));
    }
    default:
      throw FieldError{key, "property \"" + key + "\" must be a string, number, boolean or list of those"};
  }
}

graph::PropertyList read_props(const json& obj) {
  graph::PropertyList props;
  const json* p = member(obj, "props");
  if (!p) return props;
  if (!p->is_object()) throw FieldError{"props", "\"props\" must be an object"};
  for (const auto& [key, value] : p->items()) props.emplace_back(key, to_value(value, key));
  return props;
}

graph::Sighting read_sighting(const json& obj, std::string_view default_source) {
  graph::Sighting s;
  s.source = optional_string(obj, "source");
  if (s.source.empty()) s.source = std::string(default_source);
  if (const json* v = member(obj, "sentence")) {
    if (!v->is_number_integer() || v->get<std::int64_t>() < 0)
      throw FieldError{"sentence", "\"sentence\" must be a non-negative integer"};
    s.sentence = v->get<std::int64_t>();
  }
  s.evidence = optional_string(obj, "evidence");
  if (const json* v = member(obj, "confidence")) {
    if (!v->is_number()) throw FieldError{"confidence", "\"confidence\" must be a number"};
    double c = v->get<double>();
    if (c < 0 || c > 1) throw FieldError{"confidence", "\"confidence\" must be between 0 and 1"};
    s.confidence = c;
  }
  s.rule = optional_string(obj, "rule");
  return s;
}

graph::EndpointRef read_endpoint(const json& obj, const char* key) {
  const json* v = member(obj, key);
  if (!v) throw FieldError{key, "missing \"" + std::string(key) + "\""};
  if (!v->is_object()) throw FieldError{key, "\"" + std::string(key) + "\" must be an object with label and name"};
  std::string where = " in \"" + std::string(key) + "\"";
  try {
    return {required_string(*v, "label", where), required_string(*v, "name", where)};
  } catch (FieldError& e) {
    e.field = key;
    throw;
  }
}

FactLine parse_object(const json& obj, std::string_view default_source) {
  if (!obj.is_object()) throw FieldError{"", "a facts line must be a JSON object"};
  auto type = required_string(obj, "type", "");
  if (type == "entity") {
    graph::EntityFact f;
    f.label = required_string(obj, "label", "");
    f.name = required_string(obj, "name", "");
    if (const json* a = member(obj, "aliases")) {
      if (!a->is_array()) throw FieldError{"aliases", "\"aliases\" must be a list of strings"};
      for (const auto& item : *a) {
        if (!item.is_string()) throw FieldError{"aliases", "\"aliases\" must be a list of strings"};
        f.aliases.push_back(item.get<std::string>());
      }
    }
    f.props = read_props(obj);
    f.sighting = read_sighting(obj, default_source);
    return f;
  }
  if (type == "relation") {
    graph::RelationFact f;
    f.type = required_string(obj, "rel", "");
    f.from = read_endpoint(obj, "from");
    f.to = read_endpoint(obj, "to");
    f.props = read_props(obj);
    f.sighting = read_sighting(obj, default_source);
    return f;
  }
  if (type == "article") {
    ArticleRecord a;
    a.id = optional_string(obj, "id");
    a.title = optional_string(obj, "title");
    a.date = optional_string(obj, "date");
    a.url = optional_string(obj, "url");
    a.text = required_string(obj, "text", "");
    return a;
  }
  throw FieldError{"type", "unknown \"type\": \"" + type + "\" (expected entity, relation or article)"};
}

}  // namespace

bool is_ignorable_line(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
  return i == line.size() || line.substr(i, 2) == "//";
}

std::variant<FactLine, LineError> parse_fact_line(std::string_view line, std::string_view default_source) {
  json obj;
  try {
    obj = json::parse(line.begin(), line.end());
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    if (auto pos = what.find("; last read"); pos != std::string::npos) what = what.substr(pos + 2);
    else if (auto p2 = what.find("error: "); p2 != std::string::npos) what = what.substr(p2 + 7);
    std::size_t byte = e.byte > 0 ? e.byte - 1 : 0;
    return LineError{code_points(line, byte) + 1, "invalid JSON: " + what};
  }
  try {
    return parse_object(obj, default_source);
  } catch (const FieldError& e) {
    return LineError{column_of_key(line, e.field), e.message};
  }
}

namespace {
ordered_json value_json(const graph::Value& v) {
  switch (v.type()) {
    case graph::ValueType::Null: return nullptr;
    case graph::ValueType::Bool: return v.as_bool();
    case graph::ValueType::Int: return v.as_int();
    case graph::ValueType::Float: return v.as_float();
    case graph::ValueType::String: return v.as_string();
    case graph::ValueType::List: {
      ordered_json arr = ordered_json::array();
      for (const auto& item : v.as_list()) arr.push_back(value_json(item));
      return arr;
    }
  }
  return nullptr;
}

void put_props_and_sighting(ordered_json& j, const graph::PropertyList& props, const graph::Sighting& s) {
  if (!props.empty()) {
    ordered_json p = ordered_json::object();
    for (const auto& [k, v] : props) p[k] = value_json(v);
    j["props"] = p;
  }
  if (!s.source.empty()) j["source"] = s.source;
  if (s.sentence) j["sentence"] = *s.sentence;
  if (!s.evidence.empty()) j["evidence"] = s.evidence;
  if (s.confidence) j["confidence"] = *s.confidence;
  if (!s.rule.empty()) j["rule"] = s.rule;
}
}  // namespace

std::string to_jsonl(const graph::EntityFact& f) {
  ordered_json j;
  j["type"] = "entity";
  j["label"] = f.label;
  j["name"] = f.name;
  if (!f.aliases.empty()) j["aliases"] = f.aliases;
  put_props_and_sighting(j, f.props, f.sighting);
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string to_jsonl(const graph::RelationFact& f) {
  ordered_json j;
  j["type"] = "relation";
  j["rel"] = f.type;
  j["from"] = {{"label", f.from.label}, {"name", f.from.name}};
  j["to"] = {{"label", f.to.label}, {"name", f.to.name}};
  put_props_and_sighting(j, f.props, f.sighting);
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace fg::importers
