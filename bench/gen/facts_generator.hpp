#pragma once
// Writes the facts JSONL of a synthetic news graph with exactly the requested number of distinct
// relationships: entity lines for every node, then relation lines with provenance.
#include <array>
#include <cstdint>
#include <string>

#include "bench/gen/jsonl_writer.hpp"
#include "bench/gen/templates.hpp"
#include "bench/gen/world.hpp"

namespace fg::bench {

enum class Rel { Represents, HoldsRole, Attends, MemberOf, HeldIn, ConvenedBy, MetWith, LocatedIn, Stated };
inline constexpr std::array<const char*, 9> kRelNames = {"REPRESENTS", "HOLDS_ROLE", "ATTENDS",    "MEMBER_OF", "HELD_IN",
                                                         "CONVENED_BY", "MET_WITH",  "LOCATED_IN", "STATED"};

struct ChosenPerson {
  std::string name;
  std::uint32_t index = 0;
  std::uint64_t degree = 0, holds_role = 0, met_with = 0;
};

struct FactsResult {
  std::array<std::uint64_t, 9> relationships{};
  std::uint64_t entity_lines = 0, relation_lines = 0, bytes = 0;
  ChosenPerson q3, q6;
  std::uint64_t q1_rows = 0;  // REPRESENTS edges into the Q1 state
  std::uint64_t q5_rows = 0;  // persons whose name starts with "A"
  std::uint64_t q6_count = 0;  // Q6's count(DISTINCT b)
};

// `relationships` distinct relationships; throws std::runtime_error when the world cannot hold them.
FactsResult generate_facts(const World& world, const Templates& templates, std::uint64_t relationships,
                           std::uint64_t seed, const std::string& q1_state, BufferedFile& out);

}  // namespace fg::bench
