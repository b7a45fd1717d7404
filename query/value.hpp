#pragma once
// The runtime value of the query engine: what an expression evaluates to and what a result
// cell holds. Besides the property types of graph::Value it has maps and graph entities
// (nodes, relationships, paths), which exist only while a query runs.
//
// Strings, lists, maps and paths are immutable and shared: copying a Value never copies text.
// A string either owns its text (shared) or borrows it from a read-only graph's storage
// (Value::borrowed_string): a query on a FrozenGraph reads names without copying them, and its
// result stays valid while that graph is open and unchanged.
// Maps are kept sorted by key (std::map); openCypher maps are unordered, so this only fixes
// the order in which keys are printed and iterated (keys(), properties(), formatting).
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "graph/graph_view.hpp"
#include "graph/value.hpp"

namespace fg::query {

class Value;
using List = std::vector<Value>;

// Immutable text: a view, plus the shared owner of the bytes unless they are borrowed.
class Text {
 public:
  Text() = default;
  explicit Text(std::string s) : owner_(std::make_shared<const std::string>(std::move(s))), view_(*owner_) {}
  static Text borrow(std::string_view s) {
    Text t;
    t.view_ = s;
    return t;
  }
  std::string_view view() const { return view_; }

 private:
  std::shared_ptr<const std::string> owner_;
  std::string_view view_;
};
using Map = std::map<std::string, Value, std::less<>>;

struct NodeRef {
  graph::NodeId id;
  friend auto operator<=>(const NodeRef&, const NodeRef&) = default;
};
struct RelRef {
  graph::EdgeId id;
  friend auto operator<=>(const RelRef&, const RelRef&) = default;
};
// Alternating nodes and relationships: nodes.size() == rels.size() + 1.
struct Path {
  std::vector<graph::NodeId> nodes;
  std::vector<graph::EdgeId> rels;
  friend bool operator==(const Path&, const Path&) = default;
};

enum class ValueKind : std::uint8_t { Null, Bool, Int, Float, String, List, Map, Node, Relationship, Path };

class Value {
 public:
  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : v_(b) {}
  Value(int i) : v_(std::int64_t{i}) {}
  Value(std::int64_t i) : v_(i) {}
  Value(double d) : v_(d) {}
  Value(std::string s) : v_(Text(std::move(s))) {}
  Value(std::string_view s) : v_(Text(std::string(s))) {}
  Value(const char* s) : v_(Text(std::string(s))) {}
  // Text that outlives the value elsewhere (a read-only graph's storage): not copied.
  static Value borrowed_string(std::string_view s) {
    Value v;
    v.v_ = Text::borrow(s);
    return v;
  }
  Value(List l) : v_(std::make_shared<const List>(std::move(l))) {}
  Value(Map m) : v_(std::make_shared<const Map>(std::move(m))) {}
  Value(NodeRef n) : v_(n) {}
  Value(RelRef r) : v_(r) {}
  Value(Path p) : v_(std::make_shared<const Path>(std::move(p))) {}
  // Property values of the graph (lists stay lists).
  static Value from_graph(const graph::Value& v);
  // `borrow`: strings point into the graph instead of being copied (read-only graphs).
  static Value from_ref(const graph::ValueRef& v, bool borrow = false);

  ValueKind kind() const { return static_cast<ValueKind>(v_.index()); }
  bool is_null() const { return kind() == ValueKind::Null; }
  bool is_bool() const { return kind() == ValueKind::Bool; }
  bool is_int() const { return kind() == ValueKind::Int; }
  bool is_float() const { return kind() == ValueKind::Float; }
  bool is_number() const { return is_int() || is_float(); }
  bool is_string() const { return kind() == ValueKind::String; }
  bool is_list() const { return kind() == ValueKind::List; }
  bool is_map() const { return kind() == ValueKind::Map; }
  bool is_node() const { return kind() == ValueKind::Node; }
  bool is_relationship() const { return kind() == ValueKind::Relationship; }
  bool is_path() const { return kind() == ValueKind::Path; }

  bool as_bool() const { return std::get<bool>(v_); }
  std::int64_t as_int() const { return std::get<std::int64_t>(v_); }
  double as_float() const { return std::get<double>(v_); }
  double as_number() const { return is_int() ? static_cast<double>(as_int()) : as_float(); }
  std::string_view as_string() const { return std::get<Text>(v_).view(); }
  const List& as_list() const { return *std::get<std::shared_ptr<const List>>(v_); }
  const Map& as_map() const { return *std::get<std::shared_ptr<const Map>>(v_); }
  graph::NodeId as_node() const { return std::get<NodeRef>(v_).id; }
  graph::EdgeId as_relationship() const { return std::get<RelRef>(v_).id; }
  const Path& as_path() const { return *std::get<std::shared_ptr<const Path>>(v_); }

  // Converts back to a storable property value; maps, nodes, relationships and paths (also
  // inside lists) cannot be stored and return false.
  bool to_graph(graph::Value& out) const;

 private:
  std::variant<std::monostate, bool, std::int64_t, double, Text, std::shared_ptr<const List>,
               std::shared_ptr<const Map>, NodeRef, RelRef, std::shared_ptr<const Path>>
      v_;
};

// The properties of a node or relationship value, by key name.
Map properties_of(const graph::GraphView& g, const Value& entity);

// The openCypher type name of a value ("INTEGER", "STRING", "NODE", ...), for error messages.
std::string_view kind_name(ValueKind k);

// openCypher equivalence (the equality of DISTINCT, grouping keys and IN over lists of nulls):
// null is equivalent to null, 1 is equivalent to 1.0, lists and maps element-wise.
bool equivalent(const Value& a, const Value& b);
struct ValueHash {
  std::size_t operator()(const Value& v) const;
};
struct ValueEquivalent {
  bool operator()(const Value& a, const Value& b) const { return equivalent(a, b); }
};

// openCypher's global sort order for ORDER BY (ascending; null sorts last):
// map < node < relationship < list < path < string < boolean < number < null,
// NaN greater than every other number. Returns <0, 0, >0.
int order_compare(const Value& a, const Value& b);

}  // namespace fg::query
