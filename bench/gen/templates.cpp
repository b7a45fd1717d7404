#include "bench/gen/templates.hpp"

#include <stdexcept>

#include "bench/gen/data_files.hpp"

namespace fg::bench {

namespace {
std::string_view slot(const Slots& s, std::string_view name) {
  static const std::pair<std::string_view, std::string_view Slots::*> table[] = {
      {"person", &Slots::person}, {"other", &Slots::other},     {"title", &Slots::title},
      {"state", &Slots::state},   {"org", &Slots::org},         {"meeting", &Slots::meeting},
      {"place", &Slots::place},   {"date", &Slots::date},       {"weekday", &Slots::weekday},
      {"forum", &Slots::forum},   {"quote", &Slots::quote},     {"member", &Slots::member},
      {"group", &Slots::group},   {"since", &Slots::since},     {"city", &Slots::city},
      {"country", &Slots::country}, {"kind", &Slots::kind},     {"topic", &Slots::topic}};
  for (const auto& [key, member] : table)
    if (key == name) return s.*member;
  return {};
}

bool known_slot(std::string_view name) {
  static const std::string_view names[] = {"person", "other", "title",  "state", "org",   "meeting",
                                           "place",  "date",  "weekday", "forum", "quote", "member",
                                           "group",  "since", "city",   "country", "kind", "topic"};
  for (auto n : names)
    if (n == name) return true;
  return false;
}
}  // namespace

Templates::Templates(std::string_view tsv, std::string_view origin) {
  for (const auto& row : parse_tsv(tsv, origin, 2)) {
    std::string_view text = row.cells[1];
    for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
      auto close = text.find('}', open);
      if (close == std::string_view::npos || !known_slot(text.substr(open + 1, close - open - 1)))
        throw std::runtime_error(std::string(origin) + ":" + std::to_string(row.line) + ": unknown placeholder");
    }
    by_kind_[std::string(row.cells[0])].emplace_back(text);
  }
}

void Templates::render_text(std::string_view tpl, const Slots& slots, std::string& out) {
  out.clear();
  std::size_t pos = 0;
  while (pos < tpl.size()) {
    auto open = tpl.find('{', pos);
    if (open == std::string_view::npos) {
      out.append(tpl.substr(pos));
      break;
    }
    out.append(tpl.substr(pos, open - pos));
    auto close = tpl.find('}', open);
    out.append(slot(slots, tpl.substr(open + 1, close - open - 1)));
    pos = close + 1;
  }
}

void Templates::render(std::string_view kind, const Slots& slots, Rng& rng, std::string& out) const {
  auto it = by_kind_.find(kind);
  if (it == by_kind_.end()) throw std::runtime_error("no sentence template of kind '" + std::string(kind) + "'");
  render_text(rng.pick(it->second), slots, out);
}

}  // namespace fg::bench
