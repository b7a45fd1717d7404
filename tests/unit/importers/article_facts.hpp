// Helpers shared by the article importer's tests: extract an article's facts and look into them.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "importers/article/extractor.hpp"

namespace fg::importers::article::test {

inline std::shared_ptr<const Lexicon> lex() {
  static auto l = Lexicon::load();
  return l;
}
// The built-in data with some files of a data folder of its own, written to a temporary folder named after `tag`:
// `files` pairs a path inside the folder ("gazetteer/organizations.tsv") with its text. (A data folder's file
// replaces the built-in one of that name.)
inline std::shared_ptr<const Lexicon> lex_with_files(const std::string& tag, const std::vector<std::pair<std::string, std::string>>& files) {
  auto dir = std::filesystem::temp_directory_path() / ("factgraph_" + tag);
  for (const auto& [path, text] : files) {
    std::filesystem::create_directories((dir / path).parent_path());
    std::ofstream(dir / path) << text;
  }
  return Lexicon::load(dir.string());
}
inline std::vector<Fact> extract(Extractor& ex, const std::string& id, const std::string& text, const std::string& date = "") {
  auto r = ex.extract(ArticleInput{id, "", "", text}, date);
  REQUIRE(std::holds_alternative<std::vector<Fact>>(r));
  return std::get<std::vector<Fact>>(r);
}
inline const fg::graph::RelationFact* relation(const std::vector<Fact>& facts, const std::string& type, const std::string& from,
                                               const std::string& to) {
  for (const auto& f : facts)
    if (const auto* r = std::get_if<fg::graph::RelationFact>(&f); r && r->type == type && r->from.name == from && r->to.name == to)
      return r;
  return nullptr;
}
inline std::string prop(const fg::graph::RelationFact& r, const std::string& key) {
  for (const auto& [k, v] : r.props)
    if (k == key) return v.as_string();
  return "";
}
// a property of the entity named `name` ("" if it has none)
inline std::string entity_prop(const std::vector<Fact>& facts, const std::string& name, const std::string& key) {
  for (const auto& f : facts)
    if (const auto* e = std::get_if<fg::graph::EntityFact>(&f); e && e->name == name)
      for (const auto& [k, v] : e->props)
        if (k == key) return v.as_string();
  return "";
}
inline std::vector<std::string> names(const std::vector<Fact>& facts, const std::string& label) {
  std::vector<std::string> out;
  for (const auto& f : facts)
    if (const auto* e = std::get_if<fg::graph::EntityFact>(&f); e && e->label == label) out.push_back(e->name);
  return out;
}
// the (last) meeting that `person` attends, that is held in `place`, or whose name holds `part`; "" if none
inline std::string meeting_where(const std::vector<Fact>& facts, const std::function<bool(const std::string&)>& fits) {
  std::string found;
  for (const auto& n : names(facts, "Meeting"))
    if (fits(n)) found = n;
  return found;
}
inline std::string meeting_attended_by(const std::vector<Fact>& facts, const std::string& person) {
  return meeting_where(facts, [&](const std::string& n) { return relation(facts, "ATTENDS", person, n) != nullptr; });
}
inline std::string meeting_held_in(const std::vector<Fact>& facts, const std::string& place) {
  return meeting_where(facts, [&](const std::string& n) { return relation(facts, "HELD_IN", n, place) != nullptr; });
}
// MET_WITH is stored once, in either order
inline bool met(const std::vector<Fact>& facts, const std::string& a, const std::string& b) {
  return relation(facts, "MET_WITH", a, b) || relation(facts, "MET_WITH", b, a);
}
inline std::string meeting_named_with(const std::vector<Fact>& facts, const std::string& part) {
  return meeting_where(facts, [&](const std::string& n) { return n.find(part) != std::string::npos; });
}
inline bool has(const std::vector<std::string>& list, const std::string& name) { return std::find(list.begin(), list.end(), name) != list.end(); }
// whether the entity named `name` carries `alias` among its aliases
inline bool has_alias(const std::vector<Fact>& facts, const std::string& name, const std::string& alias) {
  for (const auto& f : facts)
    if (const auto* e = std::get_if<fg::graph::EntityFact>(&f); e && e->name == name && has(e->aliases, alias)) return true;
  return false;
}

}  // namespace fg::importers::article::test
