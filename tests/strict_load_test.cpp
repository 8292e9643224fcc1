#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace inclusio;

TEST_CASE("Strict loading refuses a document of the wrong form with one error listing every problem") {
  std::string text = test::doc_with(
      R"("territories": [{"id": "kh", "kind": "town", "name": "Kutná Hora"}],
         "plans": [{"id": "p 1", "kind": "strategic_plan", "title": "SPSZ", "territory": "kh",
                    "period": {"start": "2021-02-30", "end": "2023-12-31"}, "status": "draft",
                    "measures": [{"id": "m1", "title": 7, "theme": "housing", "status": "planned",
                                  "budget": {"total": "100.005"}}]}])");
  CHECK_NOTHROW(load_string(text));  // by default it loads, for validation to report
  LoadOptions strict;
  strict.strict = true;
  try {
    (void)load_string(text, strict);
    FAIL("strict load accepted it");
  } catch (const SchemaError& e) {
    CHECK(e.code() == ErrorCode::schema);
    REQUIRE(e.problems().size() == 5);
    CHECK(e.problems()[0].rule == "S004");
    CHECK(e.problems()[0].pointer == "/territories/0/kind");
    CHECK(e.problems()[1].rule == "S006");
    CHECK(e.problems()[1].pointer == "/plans/0/id");
    CHECK(e.problems()[2].rule == "D001");
    CHECK(e.problems()[2].pointer == "/plans/0/period/start");
    CHECK(e.problems()[3].rule == "S003");
    CHECK(e.problems()[3].pointer == "/plans/0/measures/0/title");
    CHECK(e.problems()[3].message == "expected a string, found a number 7");
    CHECK(e.problems()[4].rule == "M001");
    CHECK(e.problems()[4].message == "malformed amount \"100.005\": more than two decimal places");
    CHECK(std::string(e.what()).rfind("5 problems of form in the document:\n  S004 /territories/0/kind: \"town\" is not a territory kind; allowed: country, region, district, orp, municipality, city_district, microregion, local_action_group, locality", 0) == 0);
  }
}

TEST_CASE("Form problems: missing required fields name the record") {
  Document doc = load_string(test::doc_with(R"("projects": [{"id": "x", "programme": "op_z", "status": "idea"}])"));
  auto problems = form_problems(doc);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].rule == "S002");
  CHECK(problems[0].pointer == "/projects/0");
  CHECK(problems[0].message == "required field \"title\" of the project is missing");
  CHECK(problems[1].message == "required field \"recipient\" of the project is missing");
}

TEST_CASE("Form problems: currencies must be ISO 4217 codes") {
  Document doc = load_string(test::doc_with(R"("currency": "Kč", "projects": [{"id": "x", "title": "T", "programme": "op_z", "status": "idea", "recipient": "o", "currency": "eur"}])"));
  auto problems = form_problems(doc);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].pointer == "/currency");
  CHECK(problems[0].rule == "S004");
  CHECK(problems[1].pointer == "/projects/0/currency");
  CHECK(doc.default_currency().code() == "CZK");
}
