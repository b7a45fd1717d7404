#include "importers/facts_jsonl.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstring>
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

namespace {
// The reference parser (nlohmann::json): the definition of what a line means and of every error.
std::variant<FactLine, LineError> parse_reference(std::string_view line, std::string_view default_source) {
  json obj;
  try {
    obj = json::parse(line.begin(), line.end());
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    if (auto pos = what.find("; last read"); pos != std::string::npos) what = what.substr(pos + 2);
    else if (auto p2 = what.find("error: "); p2 != std::string::npos) what = what.substr(p2 + 7);
    std::size_t byte = e.byte > 0 ? e.byte - 1 : 0;
    return LineError{code_points(line, byte) + 1, "invalid JSON: " + what};
  } catch (const json::exception& e) {  // out_of_range: a number too large for any type (1e400)
    std::string what = e.what();
    if (auto pos = what.find("] "); pos != std::string::npos) what = what.substr(pos + 2);
    return LineError{1, "invalid JSON: " + what};
  }
  try {
    return parse_object(obj, default_source);
  } catch (const FieldError& e) {
    return LineError{column_of_key(line, e.field), e.message};
  }
}

// --- the fast path (simdjson DOM) ---
// It accepts a line only when it can produce exactly what parse_reference would; on anything
// else it answers "ask the reference parser", which then also words the error.
namespace dom = simdjson::dom;

struct Fields {
  dom::element type, label, name, aliases, props, source, sentence, evidence, confidence, rule, rel, from, to;
  bool has_type = false, has_label = false, has_name = false, has_aliases = false, has_props = false,
       has_source = false, has_sentence = false, has_evidence = false, has_confidence = false, has_rule = false,
       has_rel = false, has_from = false, has_to = false;
};

// Lines with \u escapes go to the reference parser: the two parsers' treatment of lone
// surrogates is not guaranteed to be the same.
bool has_unicode_escape(std::string_view line) {
  const char* p = line.data();
  const char* end = p + line.size();
  while (p < end) {
    auto* bs = static_cast<const char*>(std::memchr(p, '\\', static_cast<std::size_t>(end - p)));
    if (!bs || bs + 1 >= end) return false;
    if (bs[1] == 'u') return true;
    p = bs + 2;  // skip the escaped character (it may be a backslash)
  }
  return false;
}

// A present, non-null member (nlohmann's `member` treats null as absent).
bool present(bool has, const dom::element& e) { return has && !e.is_null(); }

bool string_of(const dom::element& e, std::string_view& out) { return e.get_string().get(out) == simdjson::SUCCESS; }

// A required non-empty string field.
bool required(bool has, const dom::element& e, std::string& out) {
  std::string_view v;
  if (!present(has, e) || !string_of(e, v) || v.empty()) return false;
  out.assign(v);
  return true;
}

// An optional string field: absent or null gives "".
bool optional(bool has, const dom::element& e, std::string& out) {
  if (!present(has, e)) {
    out.clear();
    return true;
  }
  std::string_view v;
  if (!string_of(e, v)) return false;
  out.assign(v);
  return true;
}

bool scalar_value(const dom::element& e, graph::Value& out) {
  switch (e.type()) {
    case dom::element_type::NULL_VALUE: out = graph::Value(); return true;
    case dom::element_type::BOOL: out = graph::Value(e.get_bool().value_unsafe()); return true;
    case dom::element_type::INT64: out = graph::Value(e.get_int64().value_unsafe()); return true;
    case dom::element_type::DOUBLE: {
      double d = e.get_double().value_unsafe();
      if (d == 0 && std::signbit(d)) return false;  // "-0" and "-0.0" differ in the reference parser
      out = graph::Value(d);
      return true;
    }
    case dom::element_type::STRING: out = graph::Value(std::string(e.get_string().value_unsafe())); return true;
    default: return false;  // UINT64 (too large), lists, objects: the reference path decides
  }
}

bool property_value(const dom::element& e, graph::Value& out) {
  dom::array list;
  if (e.get_array().get(list) != simdjson::SUCCESS) return scalar_value(e, out);
  graph::List items;
  for (dom::element item : list) {
    graph::Value v;
    if (item.is_array() || !scalar_value(item, v)) return false;
    items.push_back(std::move(v));
  }
  out = graph::Value(std::move(items));
  return true;
}

struct FastScratch {
  std::vector<std::pair<std::string_view, dom::element>> props;
};

bool read_props(bool has, const dom::element& e, graph::PropertyList& out, FastScratch& scratch) {
  if (!present(has, e)) {
    out.clear();
    return true;
  }
  dom::object obj;
  if (e.get_object().get(obj) != simdjson::SUCCESS) return false;
  // The reference parser keeps object members in a std::map: sorted by key, the last of equal
  // keys winning. Property symbols are interned in that order, so it is kept here too.
  auto& items = scratch.props;
  items.clear();
  for (auto field : obj) items.emplace_back(field.key, field.value);
  std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::size_t n = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i + 1 < items.size() && items[i + 1].first == items[i].first) continue;
    items[n++] = items[i];
  }
  out.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    out[i].first.assign(items[i].first);
    if (!property_value(items[i].second, out[i].second)) return false;
  }
  return true;
}

bool read_sighting(const Fields& f, std::string_view default_source, graph::Sighting& s) {
  if (!optional(f.has_source, f.source, s.source)) return false;
  if (s.source.empty()) s.source.assign(default_source);
  s.sentence.reset();
  if (present(f.has_sentence, f.sentence)) {
    std::int64_t v;
    if (f.sentence.type() != dom::element_type::INT64 || (v = f.sentence.get_int64().value_unsafe()) < 0) return false;
    s.sentence = v;
  }
  if (!optional(f.has_evidence, f.evidence, s.evidence)) return false;
  s.confidence.reset();
  if (present(f.has_confidence, f.confidence)) {
    double c;
    switch (f.confidence.type()) {
      case dom::element_type::INT64: c = static_cast<double>(f.confidence.get_int64().value_unsafe()); break;
      case dom::element_type::DOUBLE: c = f.confidence.get_double().value_unsafe(); break;
      default: return false;
    }
    if (!(c >= 0 && c <= 1)) return false;
    s.confidence = c;
  }
  return optional(f.has_rule, f.rule, s.rule);
}

bool read_endpoint(bool has, const dom::element& e, graph::EndpointRef& out) {
  dom::object obj;
  if (!present(has, e) || e.get_object().get(obj) != simdjson::SUCCESS) return false;
  dom::element label, name;
  bool has_label = false, has_name = false;
  for (auto field : obj) {
    if (field.key == "label") label = field.value, has_label = true;
    else if (field.key == "name") name = field.value, has_name = true;
  }
  return required(has_label, label, out.label) && required(has_name, name, out.name);
}

template <typename T>
T& reuse(FactLine& out) {
  if (!std::holds_alternative<T>(out)) out.emplace<T>();
  return std::get<T>(out);
}

bool parse_fast(dom::parser& parser, const char* padded, std::size_t size, std::string_view default_source,
                FactLine& out, FastScratch& scratch) {
  dom::element doc;
  if (parser.parse(padded, size, false).get(doc) != simdjson::SUCCESS) return false;
  dom::object obj;
  if (doc.get_object().get(obj) != simdjson::SUCCESS) return false;
  Fields f;
  for (auto field : obj) {
    std::string_view k = field.key;
    auto set = [&](dom::element& slot, bool& has) {
      slot = field.value;
      has = true;
    };
    switch (k.size()) {
      case 2: if (k == "to") set(f.to, f.has_to); break;
      case 3: if (k == "rel") set(f.rel, f.has_rel); break;
      case 4:
        if (k == "type") set(f.type, f.has_type);
        else if (k == "name") set(f.name, f.has_name);
        else if (k == "from") set(f.from, f.has_from);
        else if (k == "rule") set(f.rule, f.has_rule);
        break;
      case 5:
        if (k == "label") set(f.label, f.has_label);
        else if (k == "props") set(f.props, f.has_props);
        break;
      case 6: if (k == "source") set(f.source, f.has_source); break;
      case 7: if (k == "aliases") set(f.aliases, f.has_aliases); break;
      case 8:
        if (k == "sentence") set(f.sentence, f.has_sentence);
        else if (k == "evidence") set(f.evidence, f.has_evidence);
        break;
      case 10: if (k == "confidence") set(f.confidence, f.has_confidence); break;
      default: break;
    }
  }
  std::string_view type;
  if (!present(f.has_type, f.type) || !string_of(f.type, type)) return false;
  if (type == "relation") {
    auto& r = reuse<graph::RelationFact>(out);
    return required(f.has_rel, f.rel, r.type) && read_endpoint(f.has_from, f.from, r.from) &&
           read_endpoint(f.has_to, f.to, r.to) && read_props(f.has_props, f.props, r.props, scratch) &&
           read_sighting(f, default_source, r.sighting);
  }
  if (type == "entity") {
    auto& e = reuse<graph::EntityFact>(out);
    if (!required(f.has_label, f.label, e.label) || !required(f.has_name, f.name, e.name)) return false;
    std::size_t n = 0;
    if (present(f.has_aliases, f.aliases)) {
      dom::array list;
      if (f.aliases.get_array().get(list) != simdjson::SUCCESS) return false;
      for (dom::element item : list) {
        std::string_view v;
        if (!string_of(item, v)) return false;
        if (n == e.aliases.size()) e.aliases.emplace_back();
        e.aliases[n++].assign(v);
      }
    }
    e.aliases.resize(n);
    return read_props(f.has_props, f.props, e.props, scratch) && read_sighting(f, default_source, e.sighting);
  }
  return false;  // article lines and unknown types
}

}  // namespace

struct FactParser::Impl {
  dom::parser parser;
  std::string padded;  // the line, followed by the padding simdjson reads past the end
  FastScratch scratch;
};

FactParser::FactParser() : impl_(std::make_unique<Impl>()) {}
FactParser::~FactParser() = default;
FactParser::FactParser(FactParser&&) noexcept = default;
FactParser& FactParser::operator=(FactParser&&) noexcept = default;

bool FactParser::parse(std::string_view line, std::string_view default_source, FactLine& out, LineError& error) {
  auto& im = *impl_;
  if (!has_unicode_escape(line)) {
    if (im.padded.size() < line.size() + simdjson::SIMDJSON_PADDING)
      im.padded.resize(line.size() + simdjson::SIMDJSON_PADDING);
    std::memcpy(im.padded.data(), line.data(), line.size());
    if (parse_fast(im.parser, im.padded.data(), line.size(), default_source, out, im.scratch)) return true;
  }
  auto r = parse_reference(line, default_source);
  if (auto* e = std::get_if<LineError>(&r)) {
    error = std::move(*e);
    return false;
  }
  out = std::move(std::get<FactLine>(r));
  return true;
}

std::variant<FactLine, LineError> parse_fact_line(std::string_view line, std::string_view default_source) {
  thread_local FactParser parser;
  FactLine fact;
  LineError error;
  if (parser.parse(line, default_source, fact, error)) return fact;
  return error;
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
