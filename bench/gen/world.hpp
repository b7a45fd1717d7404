#pragma once
// The synthetic world behind the facts: states, organizations, places, persons and meetings with
// their names, properties and activity weights. Built deterministically from the data files and
// a seed; its size follows the requested number of relationships (1M relationships ~ 127k nodes).
#include <cstdint>
#include <string>
#include <vector>

#include "bench/gen/data_files.hpp"
#include "bench/gen/rng.hpp"
#include "bench/gen/weighted_sampler.hpp"

namespace fg::bench {

struct WorldSize {
  std::size_t states = 200, organizations = 0, places = 0, persons = 0, meetings = 0;
  static WorldSize for_relationships(std::uint64_t relationships);
};

struct Vocabulary {
  std::vector<std::string> region, topic, body, ministry, meeting_kind, title, org_title, syllable_start,
      syllable_middle, syllable_end, place_site, quote_start, quote_end;
};

struct State {
  std::string name, iso2;
  std::uint16_t culture = 0;
  double weight = 1;
};

struct Organization {
  std::string name, acronym, kind, founded;
  std::vector<std::string> aliases;
  std::int32_t hq_place = -1;  // LOCATED_IN a place
  std::int32_t state = -1;     // a national body: LOCATED_IN its state
  double weight = 1;           // how often it convenes meetings
  std::vector<std::uint32_t> members;  // member states
};

struct Place {
  std::string name, kind;
  std::uint32_t state = 0;
  double weight = 1;
};

struct Person {
  std::string name;
  std::uint32_t state = 0;
  std::uint16_t title = 0;  // index into Vocabulary::title
  double weight = 1;        // activity (power law)
};

struct Meeting {
  std::string name, forum, kind, date, weekday, status;
  std::int32_t convener = -1;
  std::uint32_t place = 0;
  double size = 1;  // relative number of participants
};

struct World {
  std::vector<State> states;
  std::vector<Organization> organizations;
  std::vector<Place> places;
  std::vector<Person> persons;
  std::vector<Meeting> meetings;
  Vocabulary vocab;
  std::size_t real_organizations = 0;
  WeightedSampler state_sampler, place_sampler, convener_sampler, person_sampler;
};

// Builds the world; `member_of_budget` caps the number of membership facts it plans.
World build_world(const DataFiles& data, const WorldSize& size, std::uint64_t member_of_budget, std::uint64_t seed);

// "2021-03-04" and its weekday for a day counted from 1970-01-01.
std::string iso_date(std::int64_t days);
std::string weekday_name(std::int64_t days);

}  // namespace fg::bench
