#include "cli/repl/completion.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "cli/repl/colon_command.hpp"
#include "graph/names.hpp"

namespace fg::cli::repl {

namespace {

const std::vector<std::string>& keywords() {
  static const std::vector<std::string> k = {
      "MATCH", "OPTIONAL MATCH", "WHERE", "WITH", "UNWIND", "RETURN", "DISTINCT", "AS", "ORDER BY", "ASC",
      "DESC", "SKIP", "LIMIT", "CREATE", "EXPLAIN", "PROFILE", "AND", "OR", "XOR", "NOT", "IS NULL",
      "IS NOT NULL", "IN", "STARTS WITH", "ENDS WITH", "CONTAINS", "CASE", "WHEN", "THEN", "ELSE", "END",
      "true", "false", "null", "count", "collect", "min", "max", "sum", "avg", "labels", "type", "keys",
      "properties", "size", "length", "nodes", "relationships", "coalesce", "toLower", "toUpper", "exists"};
  return k;
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (prefix.size() > s.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

std::vector<std::string> filter(const std::vector<std::string>& all, std::string_view prefix) {
  std::vector<std::string> out;
  for (const auto& a : all)
    if (starts_with_ci(a, prefix)) out.push_back(a);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// True when some word of the normalized `name` starts with the normalized `prefix`.
bool name_matches(const std::string& name, const std::string& prefix) {
  if (prefix.empty()) return true;
  auto n = graph::normalize_name(name);
  for (std::size_t pos = 0; pos <= n.size();) {
    if (n.compare(pos, prefix.size(), prefix) == 0) return true;
    auto next = n.find(' ', pos);
    if (next == std::string::npos) break;
    pos = next + 1;
  }
  return false;
}

// An open quote after `name:` — returns the quote position, or npos.
std::size_t open_name_quote(const std::string& line, char& quote, std::string& label) {
  // find the last unclosed quote
  std::size_t open = std::string::npos;
  char q = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (q) {
      if (c == '\\') ++i;
      else if (c == q) q = 0;
    } else if (c == '"' || c == '\'') {
      q = c;
      open = i;
    }
  }
  if (!q) return std::string::npos;
  // before the quote: spaces, ':', spaces, "name"
  std::size_t i = open;
  while (i > 0 && line[i - 1] == ' ') --i;
  if (i == 0 || line[i - 1] != ':') return std::string::npos;
  --i;
  while (i > 0 && line[i - 1] == ' ') --i;
  if (i < 4 || line.compare(i - 4, 4, "name") != 0 || (i > 4 && is_word_char(line[i - 5]))) return std::string::npos;
  // the label of the node pattern, if any: "(v:Label {"
  auto paren = line.rfind('(', i);
  auto brace = line.rfind('{', i);
  if (paren != std::string::npos && brace != std::string::npos && paren < brace) {
    auto colon = line.find(':', paren);
    if (colon != std::string::npos && colon < brace) {
      std::size_t s = colon + 1, e = s;
      while (e < brace && is_word_char(line[e])) ++e;
      label = line.substr(s, e - s);
    }
  }
  quote = q;
  return open;
}

}  // namespace

Completion complete_input(const graph::GraphView& g, const std::string& line) {
  Completion c;
  // entity names inside quotes after name:
  char quote = 0;
  std::string label;
  if (auto open = open_name_quote(line, quote, label); open != std::string::npos) {
    std::string typed = line.substr(open + 1);
    auto prefix = graph::normalize_name(typed);
    std::set<std::string> names;
    auto name_key = g.key_name();
    auto consider = [&](graph::NodeId n) {
      auto v = g.node_value(n, name_key);
      if (v.is_string() && name_matches(std::string(v.as_string()), prefix)) names.emplace(v.as_string());
    };
    auto label_sym = label.empty() ? std::nullopt : g.find_symbol(label);
    if (label_sym) {
      for (auto n : g.nodes_with_label(*label_sym)) consider(n);
    } else {
      for (graph::NodeId n = 0; n < g.node_count(); ++n) consider(n);
    }
    c.replace = typed.size();
    for (const auto& n : names) c.options.push_back(names.size() == 1 ? n + quote : n);
    return c;
  }

  // the word under the cursor and what precedes it
  std::size_t start = line.size();
  while (start > 0 && is_word_char(line[start - 1])) --start;
  std::string word = line.substr(start);
  char before = start > 0 ? line[start - 1] : '\0';
  c.replace = word.size();

  auto trimmed_start = line.find_first_not_of(' ');
  if (trimmed_start != std::string::npos && line[trimmed_start] == ':' && before == ':' && start == trimmed_start + 1) {
    std::vector<std::string> names;
    for (const auto& s : colon_commands()) names.emplace_back(s.name);
    c.options = filter(names, word);
    return c;
  }
  if (before == ':' || before == '|') {
    // a label after "(v:" or a relationship type after "[r:" / "|"
    int depth_paren = 0, depth_bracket = 0;
    for (std::size_t i = 0; i + 1 < start; ++i) {
      if (line[i] == '(') ++depth_paren;
      if (line[i] == ')') --depth_paren;
      if (line[i] == '[') ++depth_bracket;
      if (line[i] == ']') --depth_bracket;
    }
    std::vector<std::string> names;
    if (depth_bracket > 0) {
      for (auto t : g.edge_types_in_use()) names.push_back(g.symbol_name(t));
    } else {
      for (auto l : g.labels_in_use()) names.push_back(g.symbol_name(l));
    }
    c.options = filter(names, word);
    return c;
  }
  if (before == '.') {
    // Property keys are the symbols that name no label or type in use (the symbol table is
    // small; scanning every property of a large graph per keystroke is not).
    std::set<graph::Symbol> other;
    for (auto l : g.labels_in_use()) other.insert(l);
    for (auto t : g.edge_types_in_use()) other.insert(t);
    std::vector<std::string> keys;
    for (graph::Symbol s = 0; s < g.symbol_count(); ++s)
      if (!other.count(s)) keys.push_back(g.symbol_name(s));
    c.options = filter(keys, word);
    return c;
  }
  if (word.empty()) return c;
  c.options = filter(keywords(), word);
  // keep the user's case for keywords typed in lower case
  bool lower = std::all_of(word.begin(), word.end(), [](char ch) { return !std::isupper(static_cast<unsigned char>(ch)); });
  if (lower)
    for (auto& o : c.options)
      if (std::all_of(o.begin(), o.end(), [](char ch) { return !std::islower(static_cast<unsigned char>(ch)); }))
        std::transform(o.begin(), o.end(), o.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return c;
}

}  // namespace fg::cli::repl
