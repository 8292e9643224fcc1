// Rules Q001-Q011.

#include "validation_support.hpp"

using inclusio::Severity;
using test::expect_none;
using test::expect_one;
using test::Mutable;

namespace {
const char* const second_goal = R"({"id": "cil-2", "title": "Zaměstnanost", "theme": "employment", "evidence": ["analyza"]})";
}

TEST_CASE("Q001: a goal without measures, unless it has sub-goals") {
  auto r = Mutable().push("/plans/0/goals", second_goal).validate();
  CHECK(expect_one(r, "Q001", Severity::warning, "/plans/0/goals/1", "cil-2") == "no measure pursues the goal cil-2");
  Mutable parent;
  parent.push("/plans/0/goals", second_goal).set("/plans/0/goals/0/parent", "\"cil-2\"");
  expect_none(parent.validate(), "Q001");
}

TEST_CASE("Q002: a measure without indicator") {
  auto r = Mutable().set("/indicators/0/subject/id", "\"spsz\"").set("/indicators/0/subject/type", "\"plan\"").validate();
  CHECK(expect_one(r, "Q002", Severity::warning, "/plans/0/measures/0", "opatreni") ==
        "no indicator measures the measure opatreni");
  expect_none(Mutable().validate(), "Q002");
}

TEST_CASE("Q003: a measure without a responsible organisation") {
  auto r = Mutable().erase("/plans/0/measures/0/responsible").validate();
  expect_one(r, "Q003", Severity::warning, "/plans/0/measures/0", "opatreni");
  expect_none(Mutable().validate(), "Q003");
}

TEST_CASE("Q004: a budget without funding sources") {
  auto r = Mutable().set("/plans/0/measures/0/budget/sources", "[]").validate();
  CHECK(expect_one(r, "Q004", Severity::warning, "/plans/0/measures/0/budget", "opatreni") ==
        "the budget has no funding sources");
  expect_none(r, "M003");
  expect_one(Mutable().erase("/plans/0/measures/0/budget/sources").validate(), "Q004", Severity::warning,
             "/plans/0/measures/0/budget", "opatreni");
  expect_none(Mutable().validate(), "Q004");
}

TEST_CASE("Q005: a theme declared by the plan without any measure in it") {
  auto r = Mutable().push("/plans/0/themes", "\"debt\"").validate();
  CHECK(expect_one(r, "Q005", Severity::warning, "/plans/0/themes/1", "spsz") ==
        "the plan declares the theme debt but no measure is in it");
  expect_none(Mutable().validate(), "Q005");
}

TEST_CASE("Q006: a project linked to no measure, either way") {
  Mutable m;
  m.set("/projects/0/measures", "[]").erase("/plans/0/measures/0/projects");
  CHECK(expect_one(m.validate(), "Q006", Severity::warning, "/projects/0", "projekt") ==
        "the project is linked to no measure of a plan");
  expect_none(Mutable().set("/projects/0/measures", "[]").validate(), "Q006");  // the measure lists it
  expect_none(Mutable().erase("/plans/0/measures/0/projects").validate(), "Q006");  // it lists the measure
}

TEST_CASE("Q007: a measure without goal is an error in a strategic plan, a warning elsewhere") {
  auto r = Mutable().erase("/plans/0/measures/0/goal").validate();
  CHECK(expect_one(r, "Q007", Severity::error, "/plans/0/measures/0", "opatreni") ==
        "the measure is linked to no goal in a strategic plan");
  auto tap = Mutable().erase("/plans/0/measures/0/goal").set("/plans/0/kind", "\"thematic_action_plan\"").validate();
  expect_one(tap, "Q007", Severity::warning, "/plans/0/measures/0", "opatreni");
  expect_none(Mutable().validate(), "Q007");
}

TEST_CASE("Q008: an approved strategic plan without council approval") {
  auto r = Mutable().erase("/plans/0/approval").validate();
  CHECK(expect_one(r, "Q008", Severity::error, "/plans/0", "spsz") ==
        "the strategic plan is in_force but records no council approval");
  expect_none(Mutable().erase("/plans/0/approval").set("/plans/0/status", "\"draft\"").validate(), "Q008");
}

TEST_CASE("Q009: a goal without evidence from an analysis") {
  auto r = Mutable().erase("/plans/0/goals/0/evidence").validate();
  expect_one(r, "Q009", Severity::info, "/plans/0/goals/0", "cil");
  expect_none(Mutable().validate(), "Q009");
}

TEST_CASE("Q010: a local partnership without a decision-maker or chair") {
  auto r = Mutable().set("/partnerships/0/members/0/role", "\"member\"").validate();
  CHECK(expect_one(r, "Q010", Severity::warning, "/partnerships/0/members", "lp") ==
        "the local partnership has no member in the role decision_maker or chair");
  expect_none(Mutable().set("/partnerships/0/members/0/role", "\"chair\"").validate(), "Q010");
  expect_none(Mutable().set("/partnerships/0/members/0/role", "\"member\"").set("/partnerships/0/kind", "\"platform\"").validate(),
              "Q010");
}

TEST_CASE("Q011: an age range reversed or outside 0-120") {
  auto r = Mutable().set("/plans/0/measures/0/target_groups/0", R"({"group": "roma", "min_age": 26, "max_age": 15})").validate();
  CHECK(expect_one(r, "Q011", Severity::warning, "/plans/0/measures/0/target_groups/0", "opatreni") ==
        "the age range is reversed: min_age 26 is above max_age 15");
  expect_one(Mutable().set("/plans/0/measures/0/target_groups/0/max_age", "121").validate(), "Q011", Severity::warning,
             "/plans/0/measures/0/target_groups/0", "opatreni");
  expect_none(Mutable().set("/plans/0/measures/0/target_groups/0", R"({"group": "roma", "min_age": 15, "max_age": 26})").validate(),
              "Q011");
}
