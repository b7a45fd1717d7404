#pragma once
// Typed property values: what a node or relationship property can hold.
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace fg::graph {

class Value;
using List = std::vector<Value>;

enum class ValueType : std::uint8_t { Null, Bool, Int, Float, String, List };

class Value {
 public:
  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : v_(b) {}
  Value(int i) : v_(std::int64_t{i}) {}
  Value(std::int64_t i) : v_(i) {}
  Value(double d) : v_(d) {}
  Value(std::string s) : v_(std::move(s)) {}
  Value(std::string_view s) : v_(std::string(s)) {}
  Value(const char* s) : v_(std::string(s)) {}
  Value(List l) : v_(std::move(l)) {}

  ValueType type() const { return static_cast<ValueType>(v_.index()); }
  bool is_null() const { return type() == ValueType::Null; }
  bool is_bool() const { return type() == ValueType::Bool; }
  bool is_int() const { return type() == ValueType::Int; }
  bool is_float() const { return type() == ValueType::Float; }
  bool is_string() const { return type() == ValueType::String; }
  bool is_list() const { return type() == ValueType::List; }

  bool as_bool() const { return std::get<bool>(v_); }
  std::int64_t as_int() const { return std::get<std::int64_t>(v_); }
  double as_float() const { return std::get<double>(v_); }
  const std::string& as_string() const { return std::get<std::string>(v_); }
  const List& as_list() const { return std::get<List>(v_); }
  List& as_list() { return std::get<List>(v_); }

  // Structural equality: same type and same contents (1 and 1.0 differ; this is storage
  // identity, not Cypher's `=`, which the query engine implements itself).
  friend bool operator==(const Value& a, const Value& b) { return a.v_ == b.v_; }
  // A total order for sorting in storage and exports: by type, then by contents.
  friend bool operator<(const Value& a, const Value& b) { return a.v_ < b.v_; }

  // Compact JSON-like text: strings quoted, lists in brackets. For messages and debugging.
  std::string to_string() const;

 private:
  std::variant<std::monostate, bool, std::int64_t, double, std::string, List> v_;
};

std::string_view type_name(ValueType t);

}  // namespace fg::graph
