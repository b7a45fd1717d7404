#pragma once
// Sentence templates (bench/data/templates.tsv) with {slot} placeholders, for evidence strings
// and article text.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "bench/gen/rng.hpp"

namespace fg::bench {

struct Slots {
  std::string_view person, other, title, state, org, meeting, place, date, weekday, forum, quote, member, group,
      since, city, country, kind, topic;
};

class Templates {
 public:
  Templates(std::string_view tsv, std::string_view origin);
  // A random template of `kind`, rendered into `out` (replacing its content).
  void render(std::string_view kind, const Slots& slots, Rng& rng, std::string& out) const;
  static void render_text(std::string_view tpl, const Slots& slots, std::string& out);

 private:
  std::map<std::string, std::vector<std::string>, std::less<>> by_kind_;
};

}  // namespace fg::bench
