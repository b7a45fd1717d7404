#pragma once
// Finds the nodes a phrase of a question names, in tiers, stopping at the first tier that finds
// anything (so a close match never competes with an exact one):
//   1. the graph's own resolution (graph::Graph::resolve, lenient): exact name, normalized name
//      or alias, the state lexicon ("the US", "Russian Federation"), a Person's unique surname;
//      a lower-case code ("us", "osce") is also tried in upper case;
//   2. a transliteration key ("Sergey Ryabkov" = "Sergei Riabkov", "Zelenskyy" = "Zelensky");
//   3. (descriptive labels: Meeting, Organization, Place) one name's content words contain the
//      other's, as gold.md matches meeting names ("Pretoria peace talks" -> "Ethiopia–Tigray peace
//      talks in Pretoria"); the candidates with the fewest unmatched words win;
//   4. the same with the phrase cut before its first preposition ("follow-up meeting to the
//      Pretoria talks" -> "follow-up meeting");
//   5. (Meeting) "<words> in <PLACE>": meetings whose names hold the words and that are held in the
//      place or a place located in it ("the talks in Jakarta" -> "A–B talks at the Palace", held
//      in Jakarta);
//   6. (Organization) a grouping named with another generic noun at its end ("the Normandy format"
//      -> "Normandy group");
//   7. (Meeting) "the meeting of A with B", "talks between A and B": the meetings both people attend.
// In tiers 3 and 4, when no single name of any node holds the phrase's words, a node whose names
// and aliases hold them together matches ("trilateral foreign ministers' meeting in Tokyo" ->
// "China-Japan-South Korea foreign ministers' meeting in Tokyo", alias "trilateral talks").
// In tiers 3 and 4 a state or organization named inside a phrase matches any of its names inside a
// candidate ("CBSS Ministerial Session" -> "Ministerial Session of the Council of the Baltic Sea
// States", when "CBSS" is an alias of the Council).
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"

namespace fg::query::ask {

struct Resolved {
  std::string label;                 // the label the nodes were found under
  std::vector<graph::NodeId> nodes;  // empty: not found
  std::vector<std::string> names;    // canonical names of `nodes`, sorted
  bool empty() const { return nodes.empty(); }
};

class NameResolver {
 public:
  explicit NameResolver(const graph::GraphView& g) : g_(g) {}

  // Labels are tried in order; the first label with a hit in the best tier wins.
  // With `all_matches`, tiers 3 and 4 return every containing name, not only the closest.
  Resolved resolve(std::string_view phrase, const std::vector<std::string>& labels, bool all_matches = false) const;

  // Every Meeting of the series a phrase names ("G7 summit": the G7 summits in Hiroshima, Apulia,
  // Kananaskis ...): those it resolves to (tiers 1-2) and all whose names contain its content words.
  // For "the next / previous / last M".
  // When no meeting's names hold all of a phrase of three or more content words, the meetings
  // whose names hold all but one of them ("trilateral leaders' summit": "2024 trilateral summit
  // in Seoul" and "leaders' summit (planned)").
  Resolved series(std::string_view phrase) const;

  // The State a demonym names ("French" -> France), by data/gazetteer/demonyms.tsv and the graph.
  Resolved demonym_state(std::string_view phrase) const;

  // The REPRESENTS forum values (strings) a phrase denotes: values equal to it, to the names or
  // aliases of the Meetings and Organizations it resolves to, or containing its content words.
  std::vector<std::string> forum_values(std::string_view phrase) const;

  // Up to `n` known names of these labels closest to the phrase, for "did you mean".
  std::vector<std::string> similar_names(std::string_view phrase, const std::vector<std::string>& labels,
                                         std::size_t n = 3) const;

  // The canonical name and aliases of a node.
  std::vector<std::string> names_of(graph::NodeId n) const;
  std::string name_of(graph::NodeId n) const;
  // A node's `date` property ("" when it has none).
  std::string date_of(graph::NodeId n) const;

 private:
  // The names of states and organizations, as content-word sets, for matching a name of one of
  // them inside a phrase against another of its names (built on first use).
  struct Synonyms {
    std::vector<std::vector<std::set<std::string>>> names;  // per node: its qualifying names' words
    std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>, std::less<>> by_word;  // word -> (node, name)
  };
  const Synonyms& synonyms() const;
  // Words of `a` that `b` lacks, where a word of a state or organization named in `a` counts as
  // present when `b` holds another of its names.
  std::size_t missing_words(const std::vector<std::string>& a, const std::set<std::string>& b) const;
  // The content words of all of a node's names and aliases together, and the fewest phrase words
  // any one of those names misses (SIZE_MAX when it has none).
  std::pair<std::set<std::string>, std::size_t> name_words(graph::NodeId n, const std::set<std::string>& phrase) const;
  // Nodes of `label` whose names contain the words (or are contained in them); when none does,
  // those whose names and aliases together lack at most `allowed_missing` of the words.
  std::vector<graph::NodeId> containing(const std::vector<std::string>& words, const std::string& label,
                                        bool all_matches, bool phrase_in_name_only,
                                        std::size_t allowed_missing = 0) const;
  // Tier 5: "<words> in <PLACE>".
  std::vector<graph::NodeId> held_in_place(std::string_view phrase, bool all_matches) const;
  std::vector<graph::NodeId> meeting_of_people(std::string_view phrase) const;

  const graph::GraphView& g_;
  mutable std::unique_ptr<Synonyms> synonyms_;
};

// Content words for matching descriptive names: normalized, stop words dropped, plural "s" cut.
std::vector<std::string> content_words(std::string_view text);
// Transliteration key: normalized, then y->i, ou->u, kh->h, j->y... and doubled letters collapsed.
std::string transliteration_key(std::string_view text);

}  // namespace fg::query::ask
