// Schema v1 as a validation layer: labels, relationship types and their endpoint labels.
#include <catch2/catch.hpp>

#include "graph/schema.hpp"

using fg::graph::Schema;

TEST_CASE("schema v1 has the labels and relationship types of schema.md") {
  const auto& s = Schema::v1();
  for (auto label : {"Person", "State", "Organization", "Meeting", "Place"}) CHECK(s.label(label) != nullptr);
  for (auto type : {"REPRESENTS", "HOLDS_ROLE", "ATTENDS", "MEMBER_OF", "HELD_IN", "CONVENED_BY", "MET_WITH",
                    "LOCATED_IN", "STATED"})
    CHECK(s.rel_type(type) != nullptr);
  CHECK(s.rel_type("MET_WITH")->symmetric);
  CHECK_FALSE(s.rel_type("REPRESENTS")->symmetric);
}

TEST_CASE("a REPRESENTS from a State is rejected with a message naming the allowed labels") {
  auto err = Schema::v1().check_relation("State", "REPRESENTS", "State");
  REQUIRE(err);
  CHECK(*err == "REPRESENTS cannot start at a State node: it goes from Person");
}

TEST_CASE("endpoint rules hold at both ends") {
  const auto& s = Schema::v1();
  CHECK_FALSE(s.check_relation("Person", "REPRESENTS", "State"));
  CHECK_FALSE(s.check_relation("Person", "REPRESENTS", "Organization"));
  CHECK(*s.check_relation("Person", "REPRESENTS", "Meeting") ==
        "REPRESENTS cannot end at a Meeting node: it goes to State or Organization");
  CHECK_FALSE(s.check_relation("Organization", "ATTENDS", "Meeting"));
  CHECK(s.check_relation("Meeting", "ATTENDS", "Meeting"));
}

TEST_CASE("unknown names get the closest known one") {
  auto type = Schema::v1().check_relation("Person", "REPRESENT", "State");
  REQUIRE(type);
  CHECK(*type == "unknown relationship type 'REPRESENT' (did you mean REPRESENTS?)");
  auto label = Schema::v1().check_label("Persn");
  REQUIRE(label);
  CHECK(label->rfind("unknown label 'Persn' (did you mean Person?)", 0) == 0);
  auto far = Schema::v1().check_label("Spaceship");
  REQUIRE(far);
  CHECK(far->find("did you mean") == std::string::npos);
}
