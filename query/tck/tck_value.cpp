#include "query/tck/tck_value.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace fg::query::tck {

TckValue TckValue::of_bool(bool b) {
  TckValue v;
  v.kind = Kind::Bool;
  v.boolean = b;
  return v;
}
TckValue TckValue::of_int(std::int64_t i) {
  TckValue v;
  v.kind = Kind::Int;
  v.integer = i;
  return v;
}
TckValue TckValue::of_float(double d) {
  TckValue v;
  v.kind = Kind::Float;
  v.floating = d;
  return v;
}
TckValue TckValue::of_string(std::string s) {
  TckValue v;
  v.kind = Kind::String;
  v.text = std::move(s);
  return v;
}
TckValue TckValue::list(std::vector<TckValue> items) {
  TckValue v;
  v.kind = Kind::List;
  v.items = std::move(items);
  return v;
}

namespace {

void set_entries(TckValue& v, std::vector<std::pair<std::string, TckValue>> entries) {
  std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 1; i < entries.size(); ++i)
    if (entries[i].first == entries[i - 1].first) throw std::invalid_argument("key '" + entries[i].first + "' appears twice");
  v.keys.clear();
  v.items.clear();
  for (auto& [k, x] : entries) {
    v.keys.push_back(std::move(k));
    v.items.push_back(std::move(x));
  }
}

class Parser {
 public:
  explicit Parser(std::string_view t) : t_(t) {}

  TckValue parse_all() {
    auto v = value();
    blanks();
    if (p_ != t_.size()) fail("unexpected '" + std::string(1, t_[p_]) + "' after the value");
    return v;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    std::size_t col = 1;
    for (std::size_t i = 0; i < p_ && i < t_.size(); ++i)
      if ((static_cast<unsigned char>(t_[i]) & 0xC0) != 0x80) ++col;
    throw ValueSyntaxError(what, col);
  }
  void blanks() {
    while (p_ < t_.size() && (t_[p_] == ' ' || t_[p_] == '\t' || t_[p_] == '\n' || t_[p_] == '\r')) ++p_;
  }
  bool at(char c) {
    blanks();
    return p_ < t_.size() && t_[p_] == c;
  }
  bool eat(char c) {
    if (!at(c)) return false;
    ++p_;
    return true;
  }
  void expect(char c, const char* context) {
    if (!eat(c)) {
      if (p_ >= t_.size()) fail(std::string("expected '") + c + "' " + context + " but the text ended");
      fail(std::string("expected '") + c + "' " + context + " but found '" + t_[p_] + "'");
    }
  }
  bool word(std::string_view w) {
    blanks();
    if (t_.substr(p_, w.size()) != w) return false;
    std::size_t e = p_ + w.size();
    if (e < t_.size() && (std::isalnum(static_cast<unsigned char>(t_[e])) || t_[e] == '_')) return false;
    p_ = e;
    return true;
  }

  TckValue value() {
    blanks();
    if (p_ >= t_.size()) fail("expected a value but the text ended");
    char c = t_[p_];
    if (c == '\'' || c == '"') return TckValue::of_string(string_literal());
    if (c == '[') return list_or_relationship();
    if (c == '{') {
      TckValue v;
      v.kind = TckValue::Kind::Map;
      set_entries_at(v, map_entries());
      return v;
    }
    if (c == '(') return node();
    if (c == '<') return path();
    if (word("null")) return TckValue::null();
    if (word("true")) return TckValue::of_bool(true);
    if (word("false")) return TckValue::of_bool(false);
    if (word("NaN")) return TckValue::of_float(std::numeric_limits<double>::quiet_NaN());
    if (word("Inf") || word("Infinity")) return TckValue::of_float(std::numeric_limits<double>::infinity());
    if (word("-Inf") || word("-Infinity")) return TckValue::of_float(-std::numeric_limits<double>::infinity());
    if (c == '-' || c == '+' || c == '.' || std::isdigit(static_cast<unsigned char>(c))) return number();
    fail("expected a value but found '" + std::string(1, c) + "'");
  }

  void set_entries_at(TckValue& v, std::vector<std::pair<std::string, TckValue>> entries) {
    std::size_t here = p_;
    try {
      set_entries(v, std::move(entries));
    } catch (const std::invalid_argument& e) {
      p_ = here;
      fail(e.what());
    }
  }

  TckValue number() {
    std::size_t start = p_;
    if (t_[p_] == '-' || t_[p_] == '+') ++p_;
    auto digits = [&] {
      std::size_t s = p_;
      while (p_ < t_.size() && std::isdigit(static_cast<unsigned char>(t_[p_]))) ++p_;
      return p_ - s;
    };
    std::size_t whole = digits();
    bool is_float = false;
    std::size_t frac = 0;
    if (p_ < t_.size() && t_[p_] == '.') {
      ++p_;
      is_float = true;
      frac = digits();
    }
    if (whole == 0 && frac == 0) {
      p_ = start;
      fail("expected a number");
    }
    if (p_ < t_.size() && (t_[p_] == 'e' || t_[p_] == 'E')) {
      is_float = true;
      ++p_;
      if (p_ < t_.size() && (t_[p_] == '-' || t_[p_] == '+')) ++p_;
      if (digits() == 0) fail("expected the exponent's digits");
    }
    std::string num(t_.substr(start, p_ - start));
    if (num[0] == '+') num.erase(0, 1);
    if (is_float) {
      double d = 0;
      auto r = std::from_chars(num.data(), num.data() + num.size(), d);
      if (r.ec == std::errc::result_out_of_range) d = std::strtod(num.c_str(), nullptr);  // keeps +-Inf / 0
      else if (r.ec != std::errc() || r.ptr != num.data() + num.size()) {
        p_ = start;
        fail("malformed float '" + num + "'");
      }
      return TckValue::of_float(d);
    }
    std::int64_t i = 0;
    auto r = std::from_chars(num.data(), num.data() + num.size(), i);
    if (r.ec != std::errc() || r.ptr != num.data() + num.size()) {
      p_ = start;
      fail("integer '" + num + "' does not fit in 64 bits");
    }
    return TckValue::of_int(i);
  }

  std::string string_literal() {
    char q = t_[p_++];
    std::string s;
    while (true) {
      if (p_ >= t_.size()) fail(std::string("string is not closed with ") + q);
      char c = t_[p_++];
      if (c == q) return s;
      if (c == '\\' && p_ < t_.size() && (t_[p_] == '\\' || t_[p_] == q)) {
        s += t_[p_++];
        continue;
      }
      s += c;
    }
  }

  std::string name(const char* what) {
    blanks();
    if (p_ < t_.size() && t_[p_] == '`') {
      std::size_t s = ++p_;
      while (p_ < t_.size() && t_[p_] != '`') ++p_;
      if (p_ >= t_.size()) fail(std::string("back-quoted ") + what + " is not closed");
      return std::string(t_.substr(s, p_++ - s));
    }
    std::size_t s = p_;
    while (p_ < t_.size() && (std::isalnum(static_cast<unsigned char>(t_[p_])) || t_[p_] == '_' ||
                              static_cast<unsigned char>(t_[p_]) >= 0x80))
      ++p_;
    if (s == p_) fail(std::string("expected a ") + what);
    return std::string(t_.substr(s, p_ - s));
  }

  std::vector<std::pair<std::string, TckValue>> map_entries() {
    expect('{', "to open a map");
    std::vector<std::pair<std::string, TckValue>> entries;
    if (eat('}')) return entries;
    do {
      auto key = name("map key");
      expect(':', "after the map key");
      entries.emplace_back(std::move(key), value());
    } while (eat(','));
    expect('}', "to close the map");
    return entries;
  }

  TckValue list_or_relationship() {
    std::size_t open = p_;
    ++p_;
    if (at(':')) {
      p_ = open;
      return relationship();
    }
    std::vector<TckValue> items;
    if (!eat(']')) {
      do items.push_back(value());
      while (eat(','));
      expect(']', "to close the list");
    }
    return TckValue::list(std::move(items));
  }

  TckValue relationship() {
    expect('[', "to open a relationship");
    TckValue v;
    v.kind = TckValue::Kind::Relationship;
    expect(':', "before the relationship type");
    v.text = name("relationship type");
    if (at('{')) set_entries_at(v, map_entries());
    expect(']', "to close the relationship");
    return v;
  }

  TckValue node() {
    expect('(', "to open a node");
    TckValue v;
    v.kind = TckValue::Kind::Node;
    while (eat(':')) v.labels.push_back(name("label"));
    std::sort(v.labels.begin(), v.labels.end());
    v.labels.erase(std::unique(v.labels.begin(), v.labels.end()), v.labels.end());
    if (at('{')) set_entries_at(v, map_entries());
    expect(')', "to close the node");
    return v;
  }

  TckValue path() {
    expect('<', "to open a path");
    TckValue v;
    v.kind = TckValue::Kind::Path;
    v.items.push_back(node());
    while (!at('>')) {
      bool fwd;
      if (eat('<')) {
        expect('-', "in '<-['");
        fwd = false;
      } else {
        expect('-', "before a relationship of the path");
        fwd = true;
      }
      v.items.push_back(relationship());
      expect('-', "after a relationship of the path");
      if (fwd) expect('>', "in ']->'");
      v.forward.push_back(fwd);
      v.items.push_back(node());
    }
    expect('>', "to close the path");
    return v;
  }

  std::string_view t_;
  std::size_t p_ = 0;
};

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string float_text(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Inf" : "-Inf";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d);  // shortest round-trip form
  std::string s(buf, r.ptr);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

std::string key_text(const std::string& k) {
  bool plain = !k.empty() && !std::isdigit(static_cast<unsigned char>(k[0]));
  for (char c : k)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) plain = false;
  return plain ? k : "`" + k + "`";
}

void write(std::string& out, const TckValue& v, bool canon, bool unordered);

void write_entries(std::string& out, const TckValue& v, bool canon, bool unordered, bool space_before) {
  if (v.keys.empty()) return;
  if (space_before) out += ' ';
  out += '{';
  for (std::size_t i = 0; i < v.keys.size(); ++i) {
    if (i) out += ", ";
    out += canon ? "`" + v.keys[i] + "`" : key_text(v.keys[i]);
    out += ": ";
    write(out, v.items[i], canon, unordered);
  }
  out += '}';
}

void write_node(std::string& out, const TckValue& v, bool canon, bool unordered) {
  out += '(';
  for (const auto& l : v.labels) out += ":" + (canon ? "`" + l + "`" : key_text(l));
  write_entries(out, v, canon, unordered, !v.labels.empty());
  out += ')';
}

void write_rel(std::string& out, const TckValue& v, bool canon, bool unordered) {
  out += "[:" + (canon ? "`" + v.text + "`" : key_text(v.text));
  write_entries(out, v, canon, unordered, true);
  out += ']';
}

void write(std::string& out, const TckValue& v, bool canon, bool unordered) {
  using K = TckValue::Kind;
  switch (v.kind) {
    case K::Null: out += "null"; return;
    case K::Bool: out += v.boolean ? "true" : "false"; return;
    case K::Int: out += std::to_string(v.integer); return;
    case K::Float:
      // Floats compare by value, as the TCK's own runner does: -0.0 equals 0.0 (Literals5 [9]).
      out += float_text(canon && v.floating == 0 ? 0.0 : v.floating);
      if (canon) out += 'f';
      return;
    case K::String: out += quote(v.text); return;
    case K::List: {
      std::vector<std::string> parts;
      for (const auto& x : v.items) {
        std::string s;
        write(s, x, canon, unordered);
        parts.push_back(std::move(s));
      }
      if (canon && unordered) std::sort(parts.begin(), parts.end());
      out += '[';
      for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
      out += ']';
      return;
    }
    case K::Map:
      if (v.keys.empty()) out += "{}";
      else write_entries(out, v, canon, unordered, false);
      return;
    case K::Node: write_node(out, v, canon, unordered); return;
    case K::Relationship: write_rel(out, v, canon, unordered); return;
    case K::Path: {
      out += '<';
      std::vector<std::string> nodes;
      for (std::size_t i = 0; i < v.items.size(); i += 2) {
        std::string s;
        write_node(s, v.items[i], canon, unordered);
        nodes.push_back(std::move(s));
      }
      out += nodes[0];
      for (std::size_t r = 0; r < v.forward.size(); ++r) {
        // A self-loop reads the same in both directions.
        bool loop = canon && nodes[r] == nodes[r + 1];
        out += loop ? "-" : (v.forward[r] ? "-" : "<-");
        write_rel(out, v.items[2 * r + 1], canon, unordered);
        out += loop ? "-" : (v.forward[r] ? "->" : "-");
        out += nodes[r + 1];
      }
      out += '>';
      return;
    }
  }
}

TckValue from_props(TckValue v, const graph::Graph& g, const graph::PropertyMap& pm) {
  std::vector<std::pair<std::string, TckValue>> entries;
  for (const auto& [k, x] : pm) entries.emplace_back(g.symbol_name(k), from_engine(g, Value::from_graph(x)));
  set_entries(v, std::move(entries));
  return v;
}

TckValue node_value(const graph::Graph& g, graph::NodeId n) {
  TckValue v;
  v.kind = TckValue::Kind::Node;
  for (auto l : g.labels(n)) v.labels.push_back(g.symbol_name(l));
  std::sort(v.labels.begin(), v.labels.end());
  v.labels.erase(std::unique(v.labels.begin(), v.labels.end()), v.labels.end());
  return from_props(std::move(v), g, g.node_properties(n));
}

TckValue rel_value(const graph::Graph& g, graph::EdgeId e) {
  TckValue v;
  v.kind = TckValue::Kind::Relationship;
  v.text = g.symbol_name(g.edge_type(e));
  return from_props(std::move(v), g, g.edge_properties(e));
}

}  // namespace

TckValue TckValue::map(std::vector<std::pair<std::string, TckValue>> entries) {
  TckValue v;
  v.kind = Kind::Map;
  set_entries(v, std::move(entries));
  return v;
}

TckValue parse_value(std::string_view text) { return Parser(text).parse_all(); }

std::string canonical(const TckValue& v, bool unordered_lists) {
  std::string out;
  write(out, v, true, unordered_lists);
  return out;
}

std::string to_string(const TckValue& v) {
  std::string out;
  write(out, v, false, false);
  return out;
}

TckValue from_engine(const graph::Graph& g, const Value& v) {
  switch (v.kind()) {
    case ValueKind::Null: return TckValue::null();
    case ValueKind::Bool: return TckValue::of_bool(v.as_bool());
    case ValueKind::Int: return TckValue::of_int(v.as_int());
    case ValueKind::Float: return TckValue::of_float(v.as_float());
    case ValueKind::String: return TckValue::of_string(std::string(v.as_string()));
    case ValueKind::List: {
      std::vector<TckValue> items;
      for (const auto& x : v.as_list()) items.push_back(from_engine(g, x));
      return TckValue::list(std::move(items));
    }
    case ValueKind::Map: {
      std::vector<std::pair<std::string, TckValue>> entries;
      for (const auto& [k, x] : v.as_map()) entries.emplace_back(k, from_engine(g, x));
      return TckValue::map(std::move(entries));
    }
    case ValueKind::Node: return node_value(g, v.as_node());
    case ValueKind::Relationship: return rel_value(g, v.as_relationship());
    case ValueKind::Path: {
      const auto& p = v.as_path();
      TckValue out;
      out.kind = TckValue::Kind::Path;
      for (std::size_t i = 0; i < p.nodes.size(); ++i) {
        out.items.push_back(node_value(g, p.nodes[i]));
        if (i < p.rels.size()) {
          out.items.push_back(rel_value(g, p.rels[i]));
          out.forward.push_back(g.source(p.rels[i]) == p.nodes[i]);
        }
      }
      return out;
    }
  }
  return TckValue::null();
}

Value to_engine(const TckValue& v) {
  using K = TckValue::Kind;
  switch (v.kind) {
    case K::Null: return Value();
    case K::Bool: return Value(v.boolean);
    case K::Int: return Value(v.integer);
    case K::Float: return Value(v.floating);
    case K::String: return Value(v.text);
    case K::List: {
      List items;
      for (const auto& x : v.items) items.push_back(to_engine(x));
      return Value(std::move(items));
    }
    case K::Map: {
      Map m;
      for (std::size_t i = 0; i < v.keys.size(); ++i) m.emplace(v.keys[i], to_engine(v.items[i]));
      return Value(std::move(m));
    }
    case K::Node:
    case K::Relationship:
    case K::Path: break;
  }
  throw std::invalid_argument("a node, relationship or path cannot be given as a parameter: " + to_string(v));
}

}  // namespace fg::query::tck
