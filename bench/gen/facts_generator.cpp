#include "bench/gen/facts_generator.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "bench/gen/key_set.hpp"

namespace fg::bench {

namespace {

// Shares of what the structural facts (places, memberships, venues, conveners) leave over.
constexpr double kAttendsShare = 0.42, kRepresentsShare = 0.13, kHoldsRoleShare = 0.10, kStatedShare = 0.08;
constexpr double kGroupAttendsShare = 0.08;  // of ATTENDS: states and organizations taking part

// Splits `total` over items by weight so the parts sum exactly to `total`.
class QuotaSplitter {
 public:
  QuotaSplitter(std::uint64_t total, double weight_sum) : total_(total), sum_(weight_sum) {}
  std::uint64_t next(double weight) {
    auto before = static_cast<std::uint64_t>(static_cast<double>(total_) * std::min(1.0, cum_ / sum_));
    cum_ += weight;
    auto after = static_cast<std::uint64_t>(static_cast<double>(total_) * std::min(1.0, cum_ / sum_));
    return after - before;
  }

 private:
  std::uint64_t total_;
  double sum_, cum_ = 0;
};

class Generator {
 public:
  Generator(const World& w, const Templates& t, std::uint64_t n, std::uint64_t seed, BufferedFile& out)
      : w_(w), t_(t), file_(out), out_(out), rng_(seed ^ 0x5eedfac75ULL), keys_(n), n_(n), seed_(seed),
        person_degree_(w.persons.size()), person_roles_(w.persons.size()), person_met_(w.persons.size()),
        ministries_(w.states.size()) {
    for (std::size_t i = 0; i < w.organizations.size(); ++i)
      if (w.organizations[i].state >= 0) ministries_[w.organizations[i].state].push_back(static_cast<std::uint32_t>(i));
  }

  FactsResult run(const std::string& q1_state) {
    entities();
    reference_relations();
    const std::uint64_t structural = total();
    std::uint64_t held_in = w_.meetings.size(), convened = 0;
    for (const auto& m : w_.meetings) convened += m.convener >= 0;
    if (structural + held_in + convened > n_)
      throw std::runtime_error("--relationships " + std::to_string(n_) + " is too small for this world (at least " +
                               std::to_string(structural + held_in + convened) + " structural relationships)");
    const std::uint64_t rest = n_ - structural - held_in - convened;
    target_[idx(Rel::Attends)] = static_cast<std::uint64_t>(kAttendsShare * static_cast<double>(rest));
    target_[idx(Rel::Represents)] = static_cast<std::uint64_t>(kRepresentsShare * static_cast<double>(rest));
    target_[idx(Rel::HoldsRole)] = static_cast<std::uint64_t>(kHoldsRoleShare * static_cast<double>(rest));
    target_[idx(Rel::Stated)] = static_cast<std::uint64_t>(kStatedShare * static_cast<double>(rest));
    target_[idx(Rel::MetWith)] = rest - target_[idx(Rel::Attends)] - target_[idx(Rel::Represents)] -
                                 target_[idx(Rel::HoldsRole)] - target_[idx(Rel::Stated)];
    meetings();
    person_roles();
    fill_up();
    if (total() != n_) throw std::runtime_error("internal error: generated " + std::to_string(total()) + " relationships");

    FactsResult r;
    r.relationships = count_;
    r.entity_lines = entity_lines_;
    r.relation_lines = total();
    r.bytes = file_.bytes();
    choose_query_persons(r);
    for (std::size_t i = 0; i < w_.states.size(); ++i)
      if (w_.states[i].name == q1_state) r.q1_rows = represents_to_state_.size() > i ? represents_to_state_[i] : 0;
    for (const auto& p : w_.persons) r.q5_rows += !p.name.empty() && p.name[0] == 'A';
    return r;
  }

 private:
  static std::size_t idx(Rel r) { return static_cast<std::size_t>(r); }
  std::uint64_t total() const {
    std::uint64_t s = 0;
    for (auto c : count_) s += c;
    return s;
  }
  // Global node numbers for the duplicate filter.
  std::uint64_t gid_state(std::size_t i) const { return i; }
  std::uint64_t gid_org(std::size_t i) const { return w_.states.size() + i; }
  std::uint64_t gid_place(std::size_t i) const { return gid_org(w_.organizations.size()) + i; }
  std::uint64_t gid_person(std::size_t i) const { return gid_place(w_.places.size()) + i; }
  std::uint64_t gid_meeting(std::size_t i) const { return gid_person(w_.persons.size()) + i; }

  NodeRef state(std::size_t i) const { return {"State", w_.states[i].name}; }
  NodeRef org(std::size_t i) const { return {"Organization", w_.organizations[i].name}; }
  NodeRef place(std::size_t i) const { return {"Place", w_.places[i].name}; }
  NodeRef person(std::size_t i) const { return {"Person", w_.persons[i].name}; }
  NodeRef meeting(std::size_t i) const { return {"Meeting", w_.meetings[i].name}; }

  double confidence() { return 0.55 + 0.45 * rng_.uniform(); }
  void set_source(char kind, std::size_t i) {
    source_ = "syn";
    append_int(source_, static_cast<std::int64_t>(seed_));
    source_ += '-';
    source_ += kind;
    append_int(source_, static_cast<std::int64_t>(i));
    sentence_ = 1;
  }

  // Writes one relation unless the same relationship was already written.
  bool emit(Rel rel, std::uint64_t from_gid, std::uint64_t to_gid, std::uint64_t identity, NodeRef from, NodeRef to,
            std::span<const Prop> props, std::string_view template_kind, const Slots& slots) {
    if (count_[idx(rel)] >= limit(rel)) return false;
    if (!keys_.insert(mix_key(idx(rel), from_gid, to_gid, identity))) return false;
    t_.render(template_kind, slots, rng_, evidence_);
    out_.relation(kRelNames[idx(rel)], from, to, props, {source_, sentence_++, evidence_, confidence()});
    ++count_[idx(rel)];
    return true;
  }
  std::uint64_t limit(Rel rel) const {
    auto t = target_[idx(rel)];
    return t ? t : UINT64_MAX;
  }

  void entities() {
    out_.comment("Synthetic news graph written by fg_gen_facts (bench/gen): seed " + std::to_string(seed_) + ", " +
                 std::to_string(n_) + " relationships");
    set_source('r', 0);
    const std::span<const std::string> none;
    for (std::size_t i = 0; i < w_.states.size(); ++i)
      out_.entity(state(i), none, {}, {source_, sentence_++, {}, 1.0});
    for (std::size_t i = 0; i < w_.organizations.size(); ++i) {
      const auto& o = w_.organizations[i];
      Prop props[3];
      std::size_t n = 0;
      if (!o.acronym.empty()) props[n++] = {"acronym", o.acronym};
      props[n++] = {"kind", o.kind};
      if (!o.founded.empty()) props[n++] = {"founded", o.founded};
      out_.entity(org(i), o.aliases, std::span<const Prop>(props, n), {source_, sentence_++, {}, 1.0});
    }
    for (std::size_t i = 0; i < w_.places.size(); ++i) {
      const Prop props[] = {{"kind", w_.places[i].kind}};
      out_.entity(place(i), none, props, {source_, sentence_++, {}, 1.0});
    }
    entity_lines_ = w_.states.size() + w_.organizations.size() + w_.places.size();
    for (std::size_t i = 0; i < w_.persons.size(); ++i) {
      const auto& p = w_.persons[i];
      set_source('p', i);
      const auto& title = w_.vocab.title[p.title];
      const auto& nationality = w_.states[p.state].name;
      Slots s{};
      s.person = p.name;
      s.title = title;
      s.state = nationality;
      t_.render("holds_role", s, rng_, evidence_);
      const Prop props[] = {{"title", title}, {"nationality", nationality}};
      out_.entity(person(i), none, props, {source_, 0, evidence_, confidence()});
    }
    for (std::size_t i = 0; i < w_.meetings.size(); ++i) {
      const auto& m = w_.meetings[i];
      set_source('m', i);
      Slots s{};
      s.meeting = m.name;
      s.place = w_.places[m.place].name;
      s.date = m.date;
      s.weekday = m.weekday;
      t_.render("held_in", s, rng_, evidence_);
      const Prop props[] = {{"date", m.date}, {"date_text", m.weekday}, {"status", m.status}};
      out_.entity(meeting(i), none, props, {source_, 0, evidence_, confidence()});
    }
    entity_lines_ += w_.persons.size() + w_.meetings.size();
  }

  void reference_relations() {
    set_source('r', 1);
    for (std::size_t i = 0; i < w_.places.size(); ++i) {
      Slots s{};
      s.city = w_.places[i].name;
      s.country = w_.states[w_.places[i].state].name;
      emit(Rel::LocatedIn, gid_place(i), gid_state(w_.places[i].state), 0, place(i), state(w_.places[i].state), {},
           "located_in", s);
    }
    for (std::size_t i = 0; i < w_.organizations.size(); ++i) {
      const auto& o = w_.organizations[i];
      Slots s{};
      s.org = o.name;
      if (o.hq_place >= 0) {
        s.city = w_.places[o.hq_place].name;
        s.country = w_.states[w_.places[o.hq_place].state].name;
        emit(Rel::LocatedIn, gid_org(i), gid_place(o.hq_place), 0, org(i), place(o.hq_place), {}, "located_in", s);
      } else if (o.state >= 0) {
        s.city = w_.states[o.state].name;
        s.country = s.city;
        emit(Rel::LocatedIn, gid_org(i), gid_state(o.state), 0, org(i), state(o.state), {}, "located_in", s);
      }
      for (auto m : o.members) {
        std::string since = o.founded.empty() ? std::string() : std::to_string(std::stoi(o.founded) + rng_.below(30));
        Slots ms{};
        ms.member = w_.states[m].name;
        ms.group = o.name;
        ms.since = since.empty() ? std::string_view("its foundation") : std::string_view(since);
        Prop props[1];
        std::size_t n = 0;
        if (!since.empty()) props[n++] = {"since", since};
        emit(Rel::MemberOf, gid_state(m), gid_org(i), 0, state(m), org(i), std::span<const Prop>(props, n), "member_of",
             ms);
      }
    }
  }

  void note_person(std::uint32_t p) { ++person_degree_[p]; }

  bool attends(std::uint32_t p, std::size_t mi, const Slots& base) {
    Slots s = base;
    s.person = w_.persons[p].name;
    s.title = w_.vocab.title[w_.persons[p].title];
    const auto& behalf = w_.states[w_.persons[p].state].name;
    const Prop props[] = {{"on_behalf_of", behalf}};
    if (!emit(Rel::Attends, gid_person(p), gid_meeting(mi), w_.persons[p].state + 1, person(p), meeting(mi), props,
              "attends", s))
      return false;
    note_person(p);
    return true;
  }

  bool met_with(std::uint32_t a, std::uint32_t b, std::size_t mi, const Slots& base) {
    if (a == b) return false;
    Slots s = base;
    s.person = w_.persons[a].name;
    s.other = w_.persons[b].name;
    const Prop props[] = {{"meeting", w_.meetings[mi].name}};
    if (!emit(Rel::MetWith, gid_person(std::min(a, b)), gid_person(std::max(a, b)), gid_meeting(mi), person(a),
              person(b), props, "met_with", s))
      return false;
    note_person(a), note_person(b);
    ++person_met_[a], ++person_met_[b];
    met_pairs_.emplace_back(a, b);
    return true;
  }

  bool represents(std::uint32_t p, std::size_t mi, bool leads, const Slots& base) {
    const auto& m = w_.meetings[mi];
    const auto st = w_.persons[p].state;
    Slots s = base;
    s.person = w_.persons[p].name;
    s.title = w_.vocab.title[w_.persons[p].title];
    s.state = w_.states[st].name;
    s.forum = m.forum;
    // The forum's identity: the convening body, or the meeting itself for bilateral talks.
    const std::uint64_t forum_id = m.convener >= 0 ? gid_org(m.convener) : gid_meeting(mi);
    const Prop props[] = {{"forum", m.forum}, {"role", leads ? "head of delegation" : "delegate"}};
    if (!emit(Rel::Represents, gid_person(p), gid_state(st), forum_id, person(p), state(st), props, "represents", s))
      return false;
    note_person(p);
    if (represents_to_state_.size() < w_.states.size()) represents_to_state_.resize(w_.states.size());
    ++represents_to_state_[st];
    return true;
  }

  bool stated(std::uint32_t p, std::size_t mi, const std::vector<std::uint32_t>& attendees, const Slots& base) {
    const auto& m = w_.meetings[mi];
    const auto qs = rng_.below(w_.vocab.quote_start.size()), qt = rng_.below(w_.vocab.topic.size()),
               qe = rng_.below(w_.vocab.quote_end.size());
    quote_ = w_.vocab.quote_start[qs] + " ";
    for (char c : w_.vocab.topic[qt]) quote_ += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    quote_ += " in " + w_.vocab.quote_end[qe];
    const std::uint64_t quote_id = (qs * 1000 + qt) * 1000 + qe + 1;
    Slots s = base;
    s.person = w_.persons[p].name;
    s.quote = quote_;
    const Prop props[] = {{"quote", quote_}, {"date", m.date}};
    const double r = rng_.uniform();
    bool ok;
    if (r < 0.5) {
      ok = emit(Rel::Stated, gid_person(p), gid_meeting(mi), quote_id, person(p), meeting(mi), props, "stated", s);
    } else if (r < 0.75) {
      auto st = w_.state_sampler(rng_);
      ok = emit(Rel::Stated, gid_person(p), gid_state(st), quote_id, person(p), state(st), props, "stated", s);
    } else if (r < 0.9 || attendees.size() < 2) {
      auto o = w_.convener_sampler(rng_);
      ok = emit(Rel::Stated, gid_person(p), gid_org(o), quote_id, person(p), org(o), props, "stated", s);
    } else {
      auto other = attendees[rng_.below(attendees.size())];
      if (other == p) return false;
      ok = emit(Rel::Stated, gid_person(p), gid_person(other), quote_id, person(p), person(other), props, "stated", s);
      if (ok) note_person(other);
    }
    if (ok) note_person(p);
    return ok;
  }

  bool group_attends(std::size_t mi, const Slots& base) {
    Slots s = base;
    if (rng_.chance(0.7)) {
      auto st = w_.state_sampler(rng_);
      s.state = w_.states[st].name;
      return emit(Rel::Attends, gid_state(st), gid_meeting(mi), 0, state(st), meeting(mi), {}, "attends_group", s);
    }
    auto o = w_.convener_sampler(rng_);
    s.state = w_.organizations[o].name;
    return emit(Rel::Attends, gid_org(o), gid_meeting(mi), 0, org(o), meeting(mi), {}, "attends_group", s);
  }

  void meetings() {
    double size_sum = 0;
    for (const auto& m : w_.meetings) size_sum += m.size;
    const std::uint64_t group_target = static_cast<std::uint64_t>(kGroupAttendsShare * static_cast<double>(target_[idx(Rel::Attends)]));
    QuotaSplitter person_att(target_[idx(Rel::Attends)] - group_target, size_sum), group_att(group_target, size_sum),
        met(target_[idx(Rel::MetWith)], size_sum), rep(target_[idx(Rel::Represents)], size_sum),
        said(target_[idx(Rel::Stated)], size_sum);
    std::uint64_t carry_att = 0, carry_group = 0, carry_met = 0, carry_rep = 0, carry_said = 0;
    std::vector<std::uint32_t> attendees;
    std::vector<char> in_meeting(w_.persons.size(), 0);
    for (std::size_t mi = 0; mi < w_.meetings.size(); ++mi) {
      const auto& m = w_.meetings[mi];
      set_source('m', mi);
      Slots base{};
      base.meeting = m.name;
      base.place = w_.places[m.place].name;
      base.date = m.date;
      base.weekday = m.weekday;
      emit(Rel::HeldIn, gid_meeting(mi), gid_place(m.place), 0, meeting(mi), place(m.place), {}, "held_in", base);
      if (m.convener >= 0) {
        Slots s = base;
        s.org = w_.organizations[m.convener].name;
        emit(Rel::ConvenedBy, gid_meeting(mi), gid_org(m.convener), 0, meeting(mi), org(m.convener), {}, "convened_by", s);
      }
      // Participants, drawn by activity (a power law: a few people are everywhere).
      std::uint64_t want = person_att.next(m.size) + carry_att;
      attendees.clear();
      for (std::uint64_t tries = 0; attendees.size() < want && tries < want * 8 + 16; ++tries) {
        auto p = w_.person_sampler(rng_);
        if (in_meeting[p]) continue;
        if (!attends(p, mi, base)) continue;
        in_meeting[p] = 1;
        attendees.push_back(p);
      }
      for (auto p : attendees) in_meeting[p] = 0;
      carry_att = want - attendees.size();
      std::uint64_t groups = group_att.next(m.size) + carry_group, done = 0;
      for (std::uint64_t tries = 0; done < groups && tries < groups * 4 + 4; ++tries) done += group_attends(mi, base);
      carry_group = groups - done;
      // Bilateral encounters among the participants.
      want = met.next(m.size) + carry_met;
      done = 0;
      const std::uint64_t pairs = attendees.size() * (attendees.size() - (attendees.empty() ? 0 : 1)) / 2;
      for (std::uint64_t tries = 0; done < want && tries < std::min<std::uint64_t>(want * 4, pairs * 3); ++tries)
        done += met_with(attendees[rng_.below(attendees.size())], attendees[rng_.below(attendees.size())], mi, base);
      carry_met = want - done;
      want = rep.next(m.size) + carry_rep;
      done = 0;
      for (std::size_t i = 0; i < attendees.size() && done < want; ++i) done += represents(attendees[i], mi, i == 0, base);
      carry_rep = want - done;
      want = said.next(m.size) + carry_said;
      done = 0;
      for (std::uint64_t tries = 0; !attendees.empty() && done < want && tries < want * 3; ++tries)
        done += stated(attendees[rng_.below(attendees.size())], mi, attendees, base);
      carry_said = want - done;
    }
  }

  bool holds_role(std::uint32_t p) {
    const auto& person_info = w_.persons[p];
    Slots s{};
    s.person = person_info.name;
    const auto& own = ministries_[person_info.state];
    if (rng_.chance(0.7) || (own.empty() && w_.real_organizations == 0)) {
      auto ti = rng_.below(w_.vocab.title.size());
      s.title = w_.vocab.title[ti];
      s.state = w_.states[person_info.state].name;
      const Prop props[] = {{"title", s.title}};
      if (!emit(Rel::HoldsRole, gid_person(p), gid_state(person_info.state), ti + 1, person(p), state(person_info.state),
                props, "holds_role", s))
        return false;
    } else {
      std::uint32_t o = !own.empty() && rng_.chance(0.6) ? own[rng_.below(own.size())]
                                                         : static_cast<std::uint32_t>(rng_.below(std::max<std::size_t>(1, w_.real_organizations)));
      auto ti = rng_.below(w_.vocab.org_title.size());
      s.title = w_.vocab.org_title[ti];
      s.state = w_.organizations[o].name;
      const Prop props[] = {{"title", s.title}};
      if (!emit(Rel::HoldsRole, gid_person(p), gid_org(o), 1000 + ti, person(p), org(o), props, "holds_role", s))
        return false;
    }
    note_person(p);
    ++person_roles_[p];
    return true;
  }

  void person_roles() {
    // Careers: most people hold one or two posts, the most active ones several.
    std::vector<double> career(w_.persons.size());
    double sum = 0;
    for (std::size_t i = 0; i < career.size(); ++i) sum += career[i] = std::sqrt(w_.persons[i].weight);
    QuotaSplitter roles(target_[idx(Rel::HoldsRole)], sum);
    std::uint64_t carry = 0;
    for (std::uint32_t p = 0; p < w_.persons.size(); ++p) {
      set_source('p', p);
      std::uint64_t want = roles.next(career[p]) + carry, done = 0;
      for (std::uint64_t tries = 0; done < want && tries < want * 3; ++tries) done += holds_role(p);
      carry = want - done;
    }
  }

  // Whatever the meeting-driven passes could not place (tiny meetings, duplicates) is drawn at random.
  void fill_up() {
    for (std::size_t r = 0; r < target_.size(); ++r) {
      if (target_[r] == 0) continue;
      const auto rel = static_cast<Rel>(r);
      const std::uint64_t deficit = target_[r] - count_[r];
      for (std::uint64_t tries = 0; count_[r] < target_[r] && tries < deficit * 50 + 1000; ++tries) {
        auto mi = rng_.below(w_.meetings.size());
        const auto& m = w_.meetings[mi];
        set_source('m', mi);
        Slots base{};
        base.meeting = m.name;
        base.place = w_.places[m.place].name;
        base.date = m.date;
        base.weekday = m.weekday;
        auto p = w_.person_sampler(rng_);
        std::vector<std::uint32_t> pair = {p, w_.person_sampler(rng_)};
        switch (rel) {
          case Rel::Attends: attends(p, mi, base); break;
          case Rel::MetWith: met_with(pair[0], pair[1], mi, base); break;
          case Rel::Represents: represents(p, mi, false, base); break;
          case Rel::Stated: stated(p, mi, pair, base); break;
          case Rel::HoldsRole: {
            set_source('p', p);
            holds_role(p);
            break;
          }
          default: break;
        }
      }
      if (count_[r] < target_[r])
        throw std::runtime_error(std::string("cannot place ") + std::to_string(target_[r] - count_[r]) + " more " +
                                 kRelNames[r] + " relationships in this world; try a larger --relationships");
    }
  }

  // Mid-degree persons (not hubs) for the parameterized queries: the 75th percentile of activity.
  void choose_query_persons(FactsResult& r) const {
    auto pick = [&](auto eligible, auto key) {
      std::vector<std::uint32_t> c;
      for (std::uint32_t p = 0; p < w_.persons.size(); ++p)
        if (eligible(p)) c.push_back(p);
      if (c.empty())
        for (std::uint32_t p = 0; p < w_.persons.size(); ++p) c.push_back(p);
      std::stable_sort(c.begin(), c.end(), [&](auto a, auto b) { return key(a) < key(b); });
      auto p = c[c.size() * 3 / 4];
      return ChosenPerson{w_.persons[p].name, p, person_degree_[p], person_roles_[p], person_met_[p]};
    };
    r.q3 = pick([&](std::uint32_t p) { return person_roles_[p] >= 2 && person_roles_[p] <= 4; },
                [&](std::uint32_t p) { return person_degree_[p]; });
    r.q6 = pick([&](std::uint32_t p) { return person_met_[p] >= 1; }, [&](std::uint32_t p) { return person_met_[p]; });
    r.q6_count = met_within_two(r.q6.index);
  }

  // Q6's answer under openCypher's trail semantics: persons b reached from a over one or two
  // distinct MET_WITH relationships (a itself when two relationships link it to one neighbour).
  std::uint64_t met_within_two(std::uint32_t a) const {
    std::vector<std::uint32_t> links_to_a(w_.persons.size(), 0);
    for (auto [x, y] : met_pairs_) {
      if (x == a) ++links_to_a[y];
      if (y == a) ++links_to_a[x];
    }
    std::vector<char> reached(w_.persons.size(), 0);
    for (std::uint32_t p = 0; p < w_.persons.size(); ++p)
      if (links_to_a[p]) reached[p] = 1, reached[a] |= links_to_a[p] >= 2;
    for (auto [x, y] : met_pairs_) {
      if (links_to_a[x] && y != a) reached[y] = 1;
      if (links_to_a[y] && x != a) reached[x] = 1;
    }
    std::uint64_t n = 0;
    for (char c : reached) n += c;
    return n;
  }

  const World& w_;
  const Templates& t_;
  BufferedFile& file_;
  FactsWriter out_;
  Rng rng_;
  KeySet keys_;
  std::uint64_t n_, seed_;
  std::array<std::uint64_t, 9> count_{}, target_{};
  std::uint64_t entity_lines_ = 0;
  std::vector<std::uint32_t> person_degree_;
  std::vector<std::uint16_t> person_roles_;
  std::vector<std::uint32_t> person_met_;
  std::vector<std::uint64_t> represents_to_state_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> met_pairs_;
  std::vector<std::vector<std::uint32_t>> ministries_;
  std::string source_, evidence_, quote_;
  std::int64_t sentence_ = 0;
};

}  // namespace

FactsResult generate_facts(const World& world, const Templates& templates, std::uint64_t relationships,
                           std::uint64_t seed, const std::string& q1_state, BufferedFile& out) {
  Generator g(world, templates, relationships, seed, out);
  return g.run(q1_state);
}

}  // namespace fg::bench
