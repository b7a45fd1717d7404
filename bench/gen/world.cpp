#include "bench/gen/world.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <stdexcept>
#include <unordered_map>

#include "bench/gen/key_set.hpp"

namespace fg::bench {

WorldSize WorldSize::for_relationships(std::uint64_t n) {
  auto scaled = [n](double share, std::size_t floor) {
    return std::max<std::size_t>(floor, static_cast<std::size_t>(std::llround(share * static_cast<double>(n))));
  };
  WorldSize s;
  s.states = std::clamp<std::size_t>(n / 50, 20, 200);
  s.organizations = scaled(0.004, 10);
  s.places = scaled(0.0027, 10);
  s.persons = scaled(0.098, 20);
  s.meetings = scaled(0.022, 5);
  return s;
}

namespace {

// Civil date <-> days since 1970-01-01 (proleptic Gregorian).
std::int64_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
  int y;
  unsigned m, d;
};
Civil civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(yoe) + static_cast<int>(era) * 400 + (m <= 2), m, d};
}

constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};

double pareto(Rng& rng, double alpha, double cap) { return std::min(cap, std::pow(1.0 - rng.uniform(), -1.0 / alpha)); }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Names already taken within one label, compared case-insensitively. Kept as 64-bit hashes: a
// million names stay small and fast, and a (vanishingly rare) collision only makes a retry.
class NameSet {
 public:
  bool add(std::string_view name) { return seen_.insert(hash(name)); }
  bool has(std::string_view name) const { return seen_.contains(hash(name)); }

 private:
  static std::uint64_t hash(std::string_view s) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (char c : s) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    }
    return Rng::splitmix(h) | 1;
  }
  KeySet seen_{1024};
};

// `k` distinct indices drawn by weight (or all of them when k >= n), in draw order.
std::vector<std::uint32_t> distinct_draws(const WeightedSampler& sampler, std::size_t n, std::size_t k, Rng& rng) {
  std::vector<std::uint32_t> out;
  k = std::min(k, n);
  std::vector<char> taken(n, 0);
  for (std::size_t tries = 0; out.size() < k && tries < k * 20; ++tries) {
    auto i = sampler(rng);
    if (!taken[i]) taken[i] = 1, out.push_back(i);
  }
  for (std::uint32_t i = 0; out.size() < k; ++i)
    if (!taken[i]) taken[i] = 1, out.push_back(i);
  return out;
}

Vocabulary load_vocabulary(const DataFiles& data) {
  Vocabulary v;
  std::map<std::string_view, std::vector<std::string>*> lists = {
      {"region", &v.region},           {"topic", &v.topic},
      {"body", &v.body},               {"ministry", &v.ministry},
      {"meeting_kind", &v.meeting_kind}, {"title", &v.title},
      {"org_title", &v.org_title},     {"syllable_start", &v.syllable_start},
      {"syllable_middle", &v.syllable_middle}, {"syllable_end", &v.syllable_end},
      {"place_site", &v.place_site},   {"quote_start", &v.quote_start},
      {"quote_end", &v.quote_end}};
  for (const auto& row : parse_tsv(data.vocabulary, "vocabulary.tsv", 2)) {
    auto it = lists.find(row.cells[0]);
    if (it == lists.end())
      throw std::runtime_error("vocabulary.tsv:" + std::to_string(row.line) + ": unknown category '" +
                               std::string(row.cells[0]) + "'");
    it->second->emplace_back(row.cells[1]);
  }
  for (const auto& [name, list] : lists)
    if (list->empty()) throw std::runtime_error("vocabulary.tsv: no entries of category '" + std::string(name) + "'");
  return v;
}

struct Cultures {
  std::vector<std::string> names;
  std::vector<std::vector<std::string>> given, surnames;
  std::unordered_map<std::string, std::uint16_t> by_iso2;

  std::uint16_t index(std::string_view name) {
    for (std::size_t i = 0; i < names.size(); ++i)
      if (names[i] == name) return static_cast<std::uint16_t>(i);
    names.emplace_back(name);
    given.emplace_back();
    surnames.emplace_back();
    return static_cast<std::uint16_t>(names.size() - 1);
  }
};

Cultures load_cultures(const DataFiles& data) {
  Cultures c;
  c.index("english");
  for (const auto& row : parse_tsv(data.given_names, "given-names.tsv", 2)) c.given[c.index(row.cells[0])].emplace_back(row.cells[1]);
  for (const auto& row : parse_tsv(data.surnames, "surnames.tsv", 2)) c.surnames[c.index(row.cells[0])].emplace_back(row.cells[1]);
  for (const auto& row : parse_tsv(data.cultures, "cultures.tsv", 2)) {
    auto idx = c.index(row.cells[0]);
    std::string_view codes = row.cells[1];
    while (!codes.empty()) {
      auto sp = codes.find(' ');
      if (sp != 0) c.by_iso2[std::string(codes.substr(0, sp))] = idx;
      if (sp == std::string_view::npos) break;
      codes.remove_prefix(sp + 1);
    }
  }
  for (std::size_t i = 0; i < c.names.size(); ++i)
    if (c.given[i].empty() || c.surnames[i].empty())
      throw std::runtime_error("given-names.tsv/surnames.tsv: culture '" + c.names[i] + "' needs both given names and surnames");
  return c;
}

void build_states(World& w, const DataFiles& data, const Cultures& cultures, std::size_t count) {
  std::unordered_map<std::string, double> prominence;
  std::vector<std::string> prominence_order;
  for (const auto& row : parse_tsv(data.prominence, "state-prominence.tsv", 2)) {
    prominence[std::string(row.cells[0])] = std::stod(std::string(row.cells[1]));
    prominence_order.emplace_back(row.cells[0]);
  }
  struct Row {
    std::string iso2, name;
    bool sovereign;
    std::size_t order;
  };
  std::vector<Row> rows;
  for (const auto& row : parse_tsv(data.states, "states.tsv", 5))
    rows.push_back({std::string(row.cells[0]), std::string(row.cells[2]), row.cells[4] == "state", rows.size()});
  // Sovereign states first, the most prominent of them first, then territories.
  auto rank = [&](const Row& r) {
    auto it = std::find(prominence_order.begin(), prominence_order.end(), r.iso2);
    return std::make_tuple(!r.sovereign, static_cast<std::size_t>(it - prominence_order.begin()), r.order);
  };
  std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return rank(a) < rank(b); });
  if (count > rows.size()) count = rows.size();
  for (std::size_t i = 0; i < count; ++i) {
    State s;
    s.name = rows[i].name;
    s.iso2 = rows[i].iso2;
    auto p = prominence.find(s.iso2);
    s.weight = p == prominence.end() ? 1.0 : p->second;
    auto c = cultures.by_iso2.find(s.iso2);
    s.culture = c == cultures.by_iso2.end() ? 0 : c->second;
    w.states.push_back(std::move(s));
  }
  std::vector<double> weights;
  for (const auto& s : w.states) weights.push_back(s.weight);
  w.state_sampler = WeightedSampler(weights);
}

std::int32_t state_by_iso2(const World& w, std::string_view iso2) {
  for (std::size_t i = 0; i < w.states.size(); ++i)
    if (w.states[i].iso2 == iso2) return static_cast<std::int32_t>(i);
  return -1;
}

std::string synthetic_place_name(const Vocabulary& v, Rng& rng) {
  std::string name = rng.pick(v.syllable_start);
  if (rng.chance(0.6)) name += rng.pick(v.syllable_middle);
  name += rng.pick(v.syllable_end);
  return name;
}

void build_places(World& w, const DataFiles& data, std::size_t count, Rng& rng) {
  NameSet names;
  for (const auto& row : parse_tsv(data.places, "places.tsv", 4)) {
    if (w.places.size() >= count) break;
    auto st = state_by_iso2(w, row.cells[1]);
    if (st < 0 || !names.add(row.cells[0])) continue;
    w.places.push_back({std::string(row.cells[0]), std::string(row.cells[2]), static_cast<std::uint32_t>(st),
                        std::stod(std::string(row.cells[3]))});
  }
  while (w.places.size() < count) {
    Place p;
    p.name = synthetic_place_name(w.vocab, rng);
    p.kind = "city";
    if (rng.chance(0.1)) {
      p.name += " " + rng.pick(w.vocab.place_site);
      p.kind = "site";
    } else if (names.has(p.name) || rng.chance(0.15)) {
      p.name = (rng.chance(0.5) ? "New " : "Port ") + p.name;
    }
    if (!names.add(p.name)) continue;
    p.state = w.state_sampler(rng);
    p.weight = 0.2 + 0.8 * rng.uniform();
    w.places.push_back(std::move(p));
  }
  std::vector<double> weights;
  for (const auto& p : w.places) weights.push_back(p.weight);
  w.place_sampler = WeightedSampler(weights);
}

std::string acronym_of(std::string_view name) {
  std::string out;
  bool start = true;
  for (char c : name) {
    if (start && c >= 'A' && c <= 'Z') out += c;
    start = c == ' ' || c == '-';
  }
  return out;
}

void build_organizations(World& w, const DataFiles& data, std::size_t count, std::uint64_t& member_budget, Rng& rng) {
  NameSet names;
  auto take_members = [&](Organization& o, std::vector<std::uint32_t> members) {
    if (members.size() > member_budget) members.resize(member_budget);
    member_budget -= members.size();
    o.members = std::move(members);
  };
  auto place_index = [&](std::string_view name) {
    for (std::size_t i = 0; i < w.places.size(); ++i)
      if (w.places[i].name == name) return static_cast<std::int32_t>(i);
    return -1;
  };
  for (const auto& row : parse_tsv(data.organizations, "organizations.tsv", 8)) {
    if (w.organizations.size() >= count) break;
    Organization o;
    o.name = row.cells[0];
    std::string_view aliases = row.cells[1];
    while (!aliases.empty()) {
      auto semi = aliases.find(';');
      o.aliases.emplace_back(aliases.substr(0, semi));
      if (semi == std::string_view::npos) break;
      aliases.remove_prefix(semi + 1);
    }
    o.acronym = row.cells[2];
    o.kind = row.cells[3];
    o.founded = row.cells[4];
    o.hq_place = place_index(row.cells[5]);
    o.weight = std::stod(std::string(row.cells[6]));
    std::string_view members = row.cells[7];
    std::vector<std::uint32_t> list;
    if (!members.empty() && members.front() >= '0' && members.front() <= '9') {
      list = distinct_draws(w.state_sampler, w.states.size(), std::stoul(std::string(members)), rng);
    } else {
      while (!members.empty()) {
        auto sp = members.find(' ');
        auto st = state_by_iso2(w, members.substr(0, sp));
        if (st >= 0) list.push_back(static_cast<std::uint32_t>(st));
        if (sp == std::string_view::npos) break;
        members.remove_prefix(sp + 1);
      }
    }
    take_members(o, std::move(list));
    names.add(o.name);
    for (const auto& a : o.aliases) names.add(a);
    w.organizations.push_back(std::move(o));
  }
  w.real_organizations = w.organizations.size();
  // National bodies of the states, the most prominent states first.
  for (std::size_t s = 0; s < w.states.size() && w.organizations.size() < count; ++s)
    for (const auto& pattern : w.vocab.ministry) {
      if (w.organizations.size() >= count) break;
      Organization o;
      o.name = pattern;
      o.name.replace(o.name.find("{state}"), 7, w.states[s].name);
      if (!names.add(o.name)) continue;
      o.kind = pattern.rfind("Ministry", 0) == 0 ? "ministry" : "government body";
      o.state = static_cast<std::int32_t>(s);
      o.weight = 0.3 * std::sqrt(w.states[s].weight);
      w.organizations.push_back(std::move(o));
    }
  // Synthetic regional bodies with skewed membership.
  std::size_t first_group = w.organizations.size();
  std::vector<double> member_weights;
  while (w.organizations.size() < count) {
    Organization o;
    const auto& topic = rng.pick(w.vocab.topic);
    const auto& body = rng.pick(w.vocab.body);
    bool regional = rng.chance(0.7);
    o.name = (regional ? rng.pick(w.vocab.region) : w.places[rng.below(w.places.size())].name) + " " + topic + " " + body;
    if (!names.add(o.name)) continue;
    o.acronym = acronym_of(o.name);
    o.kind = lower_ascii(body);
    o.founded = std::to_string(1950 + rng.below(74));
    if (rng.chance(0.5)) o.hq_place = static_cast<std::int32_t>(w.place_sampler(rng));
    o.weight = 0.05 * pareto(rng, 1.5, 40);
    member_weights.push_back(pareto(rng, 1.2, 200));
    w.organizations.push_back(std::move(o));
  }
  double total = 0;
  for (double x : member_weights) total += x;
  const std::uint64_t budget = member_budget;
  double cum = 0;
  for (std::size_t i = 0; i < member_weights.size(); ++i) {
    auto before = static_cast<std::uint64_t>(static_cast<double>(budget) * cum / total);
    cum += member_weights[i];
    auto after = static_cast<std::uint64_t>(static_cast<double>(budget) * cum / total);
    take_members(w.organizations[first_group + i], distinct_draws(w.state_sampler, w.states.size(), after - before, rng));
  }
  std::vector<double> weights;
  for (const auto& o : w.organizations) weights.push_back(o.weight);
  w.convener_sampler = WeightedSampler(weights);
}

void build_persons(World& w, const Cultures& cultures, std::size_t count, Rng& rng) {
  NameSet names;
  std::vector<double> weights;
  w.persons.reserve(count);
  weights.reserve(count);
  while (w.persons.size() < count) {
    Person p;
    p.state = w.state_sampler(rng);
    const auto c = w.states[p.state].culture;
    const auto& given = cultures.given[c];
    const auto& surnames = cultures.surnames[c];
    // "Given Surname" first; when taken, a middle initial, a second given name, both, a
    // double-barrelled surname; at worst initials spelling the person's number, which are unique.
    // A fixed, short escalation keeps this fast when the name space of a culture fills up.
    for (int attempt = 0;; ++attempt) {
      const auto& g = rng.pick(given);
      const auto& s = rng.pick(surnames);
      const auto& g2 = rng.pick(given);
      const auto& s2 = rng.pick(surnames);
      std::string name = g + " ";
      if (attempt >= 13) {
        for (auto n = w.persons.size(); n; n /= 26) name += static_cast<char>('A' + n % 26), name += '.';
        name += " " + s + "-" + s2;
      } else {
        if (attempt >= 5 && g2 != g) name += g2 + " ";
        if ((attempt >= 2 && attempt < 5) || attempt >= 7) {
          name += static_cast<char>('A' + rng.below(26));
          name += ". ";
        }
        name += attempt >= 10 && s2 != s ? s + "-" + s2 : s;
      }
      if (names.add(name)) {
        p.name = std::move(name);
        break;
      }
    }
    p.title = static_cast<std::uint16_t>(rng.below(w.vocab.title.size()));
    p.weight = pareto(rng, 1.5, 400);
    weights.push_back(p.weight);
    w.persons.push_back(std::move(p));
  }
  w.person_sampler = WeightedSampler(weights);
}

double kind_size(std::string_view kind) {
  if (kind == "summit" || kind == "plenary" || kind == "conference") return 3;
  if (kind == "session" || kind == "extraordinary session" || kind == "ministerial meeting") return 2;
  return 1;
}

void build_meetings(World& w, std::size_t count, Rng& rng) {
  NameSet names;
  const std::int64_t first_day = days_from_civil(2000, 1, 1), last_day = days_from_civil(2026, 6, 30);
  const std::int64_t planned_from = days_from_civil(2025, 12, 1);
  w.meetings.reserve(count);
  while (w.meetings.size() < count) {
    Meeting m;
    m.kind = rng.pick(w.vocab.meeting_kind);
    std::string who;
    if (rng.chance(0.6)) {
      m.convener = static_cast<std::int32_t>(w.convener_sampler(rng));
      const auto& o = w.organizations[m.convener];
      who = o.acronym.empty() || o.state >= 0 ? o.name : o.acronym;
      m.forum = o.name;
      m.place = o.hq_place >= 0 && rng.chance(0.5) ? static_cast<std::uint32_t>(o.hq_place) : w.place_sampler(rng);
    } else {
      auto a = w.state_sampler(rng), b = w.state_sampler(rng);
      if (a == b) continue;
      who = w.states[a].name + "-" + w.states[b].name;
      m.place = w.place_sampler(rng);
    }
    auto day = first_day + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(last_day - first_day + 1)));
    auto c = civil_from_days(day);
    std::string base = who + " " + m.kind + " in " + w.places[m.place].name;
    std::string month = std::string(kMonths[c.m - 1]) + " " + std::to_string(c.y);
    m.name = base + " (" + month + ")";
    if (!names.add(m.name)) {
      m.name = base + " (" + std::to_string(c.d) + " " + month + ")";
      for (int n = 2; !names.add(m.name); ++n)
        m.name = base + " (" + std::to_string(c.d) + " " + month + ", session " + std::to_string(n) + ")";
    }
    if (m.forum.empty()) m.forum = m.name;
    m.date = iso_date(day);
    m.weekday = weekday_name(day);
    m.status = day >= planned_from ? "planned" : "held";
    m.size = kind_size(m.kind) * pareto(rng, 1.8, 60);
    w.meetings.push_back(std::move(m));
  }
}

}  // namespace

std::string iso_date(std::int64_t days) {
  auto c = civil_from_days(days);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.y, c.m, c.d);
  return buf;
}

std::string weekday_name(std::int64_t days) {
  static const char* names[] = {"Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"};
  return names[((days % 7) + 7) % 7];
}

World build_world(const DataFiles& data, const WorldSize& size, std::uint64_t member_of_budget, std::uint64_t seed) {
  World w;
  Rng rng(seed);
  w.vocab = load_vocabulary(data);
  auto cultures = load_cultures(data);
  build_states(w, data, cultures, size.states);
  build_places(w, data, size.places, rng);
  build_organizations(w, data, size.organizations, member_of_budget, rng);
  build_persons(w, cultures, size.persons, rng);
  build_meetings(w, size.meetings, rng);
  return w;
}

}  // namespace fg::bench
