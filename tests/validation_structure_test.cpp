// Rules S002-S007 and R001-R004: each triggered once, and a near miss that must not trigger it.

#include "validation_support.hpp"

using inclusio::Severity;
using test::expect_none;
using test::expect_one;
using test::Mutable;

TEST_CASE("S002: a required field missing") {
  auto r = Mutable().erase("/plans/0/measures/0/title").validate();
  CHECK(expect_one(r, "S002", Severity::error, "/plans/0/measures/0", "opatreni") ==
        "required field \"title\" of the measure is missing");
  expect_none(Mutable().erase("/plans/0/measures/0/code").validate(), "S002");  // optional: absent is fine
}

TEST_CASE("S003: a field of the wrong JSON type") {
  auto r = Mutable().set("/territories/3/population", "\"20000\"").validate();
  CHECK(expect_one(r, "S003", Severity::error, "/territories/3/population", "kh") ==
        "expected a non-negative whole number, found a string \"20000\"");
  expect_none(Mutable().set("/territories/3/population", "20000").validate(), "S003");
}

TEST_CASE("S004: a value outside its codelist names the allowed values") {
  auto r = Mutable().set("/plans/0/measures/0/theme", "\"bydleni\"").validate();
  CHECK(expect_one(r, "S004", Severity::error, "/plans/0/measures/0/theme", "opatreni") ==
        "\"bydleni\" is not a theme; allowed: housing, employment, education, social_services, family, health, debt, "
        "security, participation");
  expect_none(Mutable().set("/plans/0/measures/0/theme", "\"housing\"").validate(), "S004");
}

TEST_CASE("S005: a duplicate id names the first occurrence") {
  auto r = Mutable().set("/plans/0/measures/0/id", "\"kh\"").validate();
  CHECK(expect_one(r, "S005", Severity::error, "/plans/0/measures/0/id", "kh") ==
        "the id \"kh\" is already used at /territories/3");
  expect_none(Mutable().set("/plans/0/measures/0/id", "\"kh-opatreni\"").validate(), "S005");
}

TEST_CASE("S006: a malformed id") {
  auto r = Mutable().set("/documents/0/id", "\"situační analýza\"").validate();
  expect_one(r, "S006", Severity::error, "/documents/0/id", "situační analýza");
  expect_none(Mutable().set("/documents/0/id", "\"situacni-analyza_2020:v1.0\"").validate(), "S006");
  std::string longest(128, 'a'), too_long(129, 'a');
  expect_none(Mutable().set("/documents/0/id", "\"" + longest + "\"").validate(), "S006");
  expect_one(Mutable().set("/documents/0/id", "\"" + too_long + "\"").validate(), "S006", Severity::error, "/documents/0/id",
             too_long);
}

TEST_CASE("S007: an unknown field is reported as info and kept") {
  Mutable m;
  m.set("/projects/0/x-note", "\"interní poznámka\"");
  auto r = m.validate();
  CHECK(expect_one(r, "S007", Severity::info, "/projects/0/x-note", "projekt") ==
        "unknown field \"x-note\" (kept and written back)");
  CHECK(inclusio::dump_string(m.load()).find("\"x-note\": \"interní poznámka\"") != std::string::npos);
  expect_none(Mutable().validate(), "S007");
}

TEST_CASE("R001: a reference to an id that does not exist") {
  auto r = Mutable().set("/plans/0/measures/0/responsible", "\"mesto-kh\"").validate();
  CHECK(expect_one(r, "R001", Severity::error, "/plans/0/measures/0/responsible", "opatreni") ==
        "no entity has the id \"mesto-kh\"");
  auto subject = Mutable().set("/indicators/0/subject/id", "\"opatreni-x\"").validate();
  expect_one(subject, "R001", Severity::error, "/indicators/0/subject/id", "ind-osoby");
  expect_none(Mutable().set("/plans/0/measures/0/responsible", "\"ngo\"").validate(), "R001");
}

TEST_CASE("R002: a reference to an entity of the wrong kind") {
  auto r = Mutable().set("/plans/0/measures/0/goal", "\"kh\"").validate();
  CHECK(expect_one(r, "R002", Severity::error, "/plans/0/measures/0/goal", "opatreni") ==
        "\"kh\" is a territory, not a goal");
  auto subject = Mutable().set("/indicators/0/subject/type", "\"project\"").validate();
  CHECK(expect_one(subject, "R002", Severity::error, "/indicators/0/subject/id", "ind-osoby") ==
        "\"opatreni\" is a measure, not a project");
  // Any kind will do for an evaluation's subject.
  expect_none(Mutable().set("/evaluations/0/subject", "\"projekt\"").validate(), "R002");
}

TEST_CASE("R003: cycles in territory parents, goal parents and plan revisions, reported once") {
  auto r = Mutable().set("/territories/0/parent", "\"kh\"").validate();
  CHECK(expect_one(r, "R003", Severity::error, "/territories/0/parent", "cz") ==
        "territory parents form a cycle: cz → kh → okres → kraj → cz");
  auto self = Mutable().set("/plans/0/goals/0/parent", "\"cil\"").validate();
  CHECK(expect_one(self, "R003", Severity::error, "/plans/0/goals/0/parent", "cil") ==
        "goal parents form a cycle: cil → cil");
  Mutable plans;
  plans.push("/plans", R"({"id": "spsz-2018", "kind": "strategic_plan", "title": "SPSZ 2018", "territory": "kh",
                           "period": {"start": "2018-01-01", "end": "2020-12-31"}, "status": "superseded",
                           "supersedes": "spsz"})");
  plans.set("/plans/0/supersedes", "\"spsz-2018\"");
  expect_one(plans.validate(), "R003", Severity::error, "/plans/0/supersedes", "spsz");
  // A chain that ends is no cycle.
  Mutable chain;
  chain.push("/plans", R"({"id": "spsz-2018", "kind": "strategic_plan", "title": "SPSZ 2018", "territory": "kh",
                           "period": {"start": "2018-01-01", "end": "2020-12-31"}, "status": "superseded"})");
  chain.set("/plans/0/supersedes", "\"spsz-2018\"");
  expect_none(chain.validate(), "R003");
}

TEST_CASE("R003: a cycle of 100 000 territories is found without deep recursion") {
  std::string territories;
  const int n = 100000;
  for (int i = 0; i < n; ++i)
    territories += std::string(i ? "," : "") + "{\"id\": \"t" + std::to_string(i) +
                   "\", \"kind\": \"locality\", \"name\": \"L\", \"parent\": \"t" + std::to_string((i + 1) % n) + "\"}";
  auto doc = inclusio::load_string(test::doc_with("\"territories\": [" + territories + "]"));
  auto found = test::of_rule(inclusio::validate(doc, Mutable::defaults()), "R003");
  REQUIRE(found.size() == 1);
  CHECK(found[0].pointer == "/territories/0/parent");
  CHECK(found[0].message == "territory parents form a cycle: t0 → t1 → t2 → t3 → t4 → t5 → t6 → t7 → t8 → … (100000)");
}

TEST_CASE("R004: a measure's goal belongs to another plan") {
  Mutable m;
  m.push("/plans", R"({"id": "tap", "kind": "thematic_action_plan", "title": "TAP bydlení", "territory": "kh",
                       "period": {"start": "2022-01-01", "end": "2022-12-31"}, "status": "draft",
                       "goals": [{"id": "cil-tap", "title": "Cíl TAP", "evidence": ["analyza"]}]})");
  m.set("/plans/0/measures/0/goal", "\"cil-tap\"");
  CHECK(expect_one(m.validate(), "R004", Severity::error, "/plans/0/measures/0/goal", "opatreni") ==
        "the goal cil-tap belongs to another plan, tap");
  expect_none(Mutable().validate(), "R004");
}

TEST_CASE("S003: a number with more than six decimals, or beyond the exact range, says which") {
  auto r = Mutable().set("/indicators/0/observations/0/value", "100.0000005").validate();
  CHECK(expect_one(r, "S003", Severity::error, "/indicators/0/observations/0/value", "ind-osoby") ==
        "100.0000005 has more than six decimals; numbers are exact to millionths");
  auto big = Mutable().set("/indicators/0/observations/0/value", "18446744073709551615").validate();
  CHECK(expect_one(big, "S003", Severity::error, "/indicators/0/observations/0/value", "ind-osoby") ==
        "18446744073709551615 lies beyond the exact range of numbers (about ±9.2·10^12)");
}

TEST_CASE("S007 names an unknown key as it is written, not as a JSON Pointer escapes it") {
  inclusio::ValidateOptions options;
  options.as_of = inclusio::Date(2024, 1, 1);
  auto r = inclusio::validate(
      inclusio::load_string(R"({"format": "inclusio", "schema_version": "1.0", "a/b~c": 1})"), options);
  CHECK(expect_one(r, "S007", Severity::info, "/a~1b~0c", "") == "unknown field \"a/b~c\" (kept and written back)");
}
