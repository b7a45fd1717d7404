#pragma once
// The relation stage's working state, shared by its two halves: relations.cpp applies the relation
// rules of data/patterns/ to each sentence, derived_relations.cpp adds what follows from their facts
// about the article's meetings. Internal to importers/article/.
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "importers/article/analysis.hpp"

namespace fg::importers::article {

struct RelationBuilder {
  Analysis& a;
  std::vector<int> enumeration_before(int n, int sentence, std::uint32_t before) const;
  std::vector<int> last_list;  // the states of the latest enumeration ("France, Germany, Russia, Ukraine")
  // Titles the sentence gives without saying whose ("Ali Bagheri Kani, deputy foreign minister,"):
  // they belong to the one state the article otherwise ties that person to.
  struct PendingTitle {
    int person;
    std::string title;
    int sentence;
    std::string rule;
  };
  std::vector<PendingTitle> pending_titles;
  // "met his Egyptian counterpart" before the text has given anyone an Egyptian office the rules
  // could see (a title resolved later, a known office holder): settled once all offices are known.
  struct PendingCounterpart {
    std::vector<int> people;
    std::vector<int> states;
    Props props;
    int sentence;
    std::string rule;
    double confidence;
  };
  std::vector<PendingCounterpart> pending_counterparts;

  std::vector<std::string> norm_cache;
  std::vector<std::pair<std::string, std::string>> meeting_keys;  // meeting_named's: (name, its key) by entity
  mutable std::vector<std::string> lower_sentences;  // sentence_says' lower-cased sentences, made on first use

  // The meeting the article is about: the most mentioned one that is not still to come (the first
  // of equals). Computed once, after mention resolution and before the relation rules.
  int main_cache = -2;
  // The state whose office or outlet published the article (publisher_state), read once.
  int publisher_cache = -2;
  // How the text writes each person in short, from the mentions alone (short_reference), made on
  // first use: the mentions are fixed once the rules run.
  mutable std::map<int, std::string> written_short;
  // The meetings a match's quoted names ("{a:ref}–{b:ref} meeting") stand for, made once per match:
  // a rule names the same meeting in several of its actions.
  std::vector<std::pair<std::string, std::vector<int>>> named_in_match;

  // rule application (relations.cpp)
  const std::string& norm_of(std::size_t i);
  int find_entity(Label l, const std::string& name);
  int body_of(int org);
  int entity_named(Label label, const std::string& name, const Sentence& s, std::string_view rule);
  int state_entity(const std::string& name, const Sentence& s, std::string_view rule);
  int meeting_named(const std::string& name, const Sentence& s, const std::string& rule);
  void add(std::string type, int from, int to, Props props, const Sentence& s, std::string_view rule, double confidence);
  std::vector<int> resolve_arg(const std::string& arg, const MatchResult& mr, const std::vector<Unit>& units, const Sentence& s);
  std::vector<int> resolve_quoted(const std::string& arg, const MatchResult& mr, const std::vector<Unit>& units, const Sentence& s);
  std::string capture_text(const std::string& arg, const MatchResult& mr, const std::vector<Unit>& units);
  const Mention* capture_mention(const std::string& arg, const MatchResult& mr, const std::vector<Unit>& units);
  std::string short_reference(int person) const;
  std::set<std::string> offices_of(int person) const;
  std::vector<int> counterparts(const std::vector<int>& people, const std::vector<int>& states, int before_sentence) const;
  void set_meeting_props(int e, const Props& props);
  int encounter(int f, int t, const Props& props, const Sentence& s, const std::string& rule, double confidence);
  void settle_pending_counterparts();
  int body_served_by_title(const Action& act, const MatchResult& mr, const std::vector<Unit>& units);
  bool mentions_former_office(const MatchResult& mr, const std::vector<Unit>& units) const;
  std::string fill(const std::string& tpl, const MatchResult& mr, const std::vector<Unit>& units);
  void apply(const MatchResult& mr, const std::vector<Unit>& units, const Sentence& s);
  void run_rules();

  // what follows from the rules' facts (derived_relations.cpp)
  static bool former_title(const Relation& r);
  static bool spokesperson_title(const Relation& r);
  bool still_to_come(const Entity& e) const;
  bool sentence_says(int sentence, std::initializer_list<std::string_view> cues) const;
  int main_meeting();
  bool planned(int meeting) const;
  bool is_site(int place) const;
  bool in_another_town(const Entity& meeting, int place);
  int topic_of(const Sentence& s) const;
  void dates_of_the_reported_meeting();
  bool imminent(int meeting) const;
  bool later(int meeting) const;
  void drop_unlikely_participants();
  void name_bare_meetings();
  void venues_in_their_towns();
  void meetings_placed_by_their_sentence();
  // a copy of the relations of one type (loops that add relations cannot hold references into a.relations)
  std::vector<Relation> relations_of(std::string_view type) const {
    std::vector<Relation> out;
    for (const auto& r : a.relations)
      if (r.type == type) out.push_back(r);
    return out;
  }
  void rename_meeting(Entity& e, const std::string& name);
  void name_encounters_after_both();
  void one_encounter_per_pair();
  void drop_encounters_inside_named_meetings();
  void officials_in_main_meeting_sentences();
  void sole_venue_hosts_main_meeting();
  bool of_another_meeting(int sentence, std::uint32_t tok, int meeting) const;
  void meetings_in_the_opening_place();
  void encounters_during_main_meeting();
  void encounters_where_the_story_is();
  void small_meetings_are_encounters();
  void lead_place_hosts_main_meeting();
  void dateline_place_hosts_main_meeting();
  static bool shares_content_word(const std::string& x, const std::string& y);
  void place_pending_titles();
  void joined_offices();
  void town_meeting_is_the_main_meeting();
  void plural_title_over_list();
  void possessive_list_shares_title();
  std::string plural_title_before(std::uint32_t item, const Sentence& s) const;
  void officials_listed_in_order_of_states();
  void drop_stated_absences();
  void drop_idle_regions();
  void drop_leaders_named_for_their_government();
  bool commentator(int person, int sentence) const;
  int story_visit_state();
  void merge_meeting_into(int from, int into);
  void their_meeting_is_the_pair_encounter();
  void people_on_the_sidelines();
  void receptions_in_main_town();
  bool stood_in_for(std::uint32_t at, std::uint32_t sentence_begin) const;
  bool elsewhere_at_the_time(const Sentence& s, std::uint32_t k, int main);
  void drop_meetings_not_held();
  void host_state_attends_main_meeting();
  void host_state_attends_planned_meetings();
  void meetings_named_after_their_town();
  void date_encounters_from_their_sentence();
  bool bounds_a_period(const Mention& date) const;
  int lead_sentence() const;
  int possessive_owner(const PendingTitle& p) const;
  int accompanied(const PendingTitle& p) const;
  int official_state(int person, const Sentence& s);
  // What a gazetteer of office-holders answers for the person's name, else for the first alias of two or
  // more words that it knows (a state, a body, a list of offices); its empty answer when it knows none.
  template <class Answer>
  Answer by_full_name(int person, Answer (Lexicon::*look)(std::string_view) const) const {
    const auto& e = a.entities[static_cast<std::size_t>(person)];
    if (e.label == Label::Person) {
      if (auto&& found = (a.lex.*look)(e.name); !found.empty()) return found;
      for (const auto& alias : e.aliases)
        if (alias.find(' ') != std::string::npos)
          if (auto&& found = (a.lex.*look)(alias); !found.empty()) return found;
    }
    return (a.lex.*look)(std::string_view{});
  }
  std::string official_state_name(int person) const;
  void known_office_holders();
  int official_body(int person, const std::string& title, const Sentence& s);
  bool body_office(int person, const std::string& title) const;
  static bool national_office(const std::string& title);
  int publisher_state();
  int read_publisher_state();
  bool republished_wire() const;
  int wire_dateline_state();
  void source_outlets();
  std::string state_of_place(int place) const;
  int visited_state(const PendingTitle& p);
  int coordinated_state(const PendingTitle& p) const;
  const Mention* mention_of(const PendingTitle& p) const;
  const Mention* mention_starting_at(int sentence, std::uint32_t tok, Label label) const;
  const Mention* mention_ending_at(int sentence, std::uint32_t end, Label label, bool past_address = true) const;
  std::string reported_day(int main) const;
  int its_state(const PendingTitle& p) const;
  int host_state(const PendingTitle& p);
  std::map<int, int> government_roles() const;
  void represents_own_state_at_meetings();
  void heads_of_bodies_represent_them_at_main_meeting();
  void derived();
};

}  // namespace fg::importers::article
