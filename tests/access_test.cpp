// Access by JSON Pointer: typed reading, and changes read exactly as loading reads.

#include "validation_support.hpp"

using namespace inclusio;

namespace {
Document base() { return test::Mutable().load(); }
}

TEST_CASE("Values are read by JSON Pointer with their types") {
  Document doc = base();
  Value title = value_at(doc, "/plans/0/title");
  CHECK(title.kind == ValueKind::string);
  CHECK(title.text == "SPSZ Kutná Hora");
  CHECK(value_at(doc, "/plans/0/status").text == "in_force");            // a codelist code
  CHECK(value_at(doc, "/plans/0/measures/0/goal").text == "cil");        // a reference
  Value total = value_at(doc, "/plans/0/measures/0/budget/total");
  CHECK(total.kind == ValueKind::money);
  CHECK(total.money.minor_units() == 125000000);
  CHECK(total.money.currency().code() == "CZK");
  CHECK(value_at(doc, "/plans/0/period/start").date == Date(2021, 1, 1));
  CHECK(value_at(doc, "/projects/0/supported_persons/planned").integer == 120);
  CHECK(value_at(doc, "/indicators/1/denominator/value").decimal.to_string() == "40");
  CHECK(value_at(doc, "/indicators/2/baseline/value").text == "méně úspěšné");
  Value themes = value_at(doc, "/plans/0/themes");
  CHECK(themes.kind == ValueKind::list);
  CHECK(themes.length == 1);
  CHECK(value_at(doc, "/plans/0/approval").kind == ValueKind::record);
  CHECK(value_at(doc, "/plans/0/supersedes").kind == ValueKind::absent);
  CHECK(value_at(doc, "/plans/0/measures/0/budget/currency").kind == ValueKind::absent);
  CHECK(value_at(doc, "/format").text == "inclusio");
}

TEST_CASE("Pointers that lead nowhere are errors that say why") {
  Document doc = base();
  CHECK_THROWS_WITH_AS(value_at(doc, "/plans/1/title"), "no value at /plans/1: index 1 is past the end (1 elements)", Error);
  CHECK_THROWS_WITH_AS(value_at(doc, "/plans/0/titel"), "no value at /plans/0/titel: a plan has no field \"titel\"", Error);
  CHECK_THROWS_WITH_AS(value_at(doc, "/plans/0/title/x"),
                       "no value at /plans/0/title/x: the value above it is not an object or array", Error);
  CHECK_THROWS_WITH_AS(value_at(doc, "/plans/x"), "no value at /plans/x: \"x\" is not an array index", Error);
  CHECK_THROWS_WITH_AS(value_at(doc, "plans"), "a JSON Pointer starts with '/': \"plans\"", Error);
  try {
    (void)value_at(doc, "/plans/01");
    FAIL("leading zero accepted");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::not_found);
  }
}

TEST_CASE("Values of the wrong form and unknown fields are reported as such and readable as JSON") {
  Document doc = test::Mutable().set("/plans/0/title", "42").set("/plans/0/x-rada", R"({"schůze": [1, 2]})").load();
  CHECK(value_at(doc, "/plans/0/title").kind == ValueKind::invalid);
  CHECK(json_at(doc, "/plans/0/title") == "42");
  CHECK(value_at(doc, "/plans/0/x-rada").kind == ValueKind::unknown);
  CHECK(json_at(doc, "/plans/0/x-rada") == R"({"schůze":[1,2]})");
  CHECK(json_at(doc, "/plans/0/x-rada/schůze/1") == "2");
  CHECK(json_at(doc, "/plans/0/measures/0/budget") ==
        R"({"total":"1250000.00","sources":[{"source":"op_z","amount":"1062500.00"},{"source":"municipal_budget","amount":"187500.00"}]})");
  CHECK(json_at(doc, "/plans/0/supersedes").empty());
}

TEST_CASE("Setting a field reads the new value as loading would, and validation sees it") {
  Document doc = base();
  set_json(doc, "/plans/0/title", R"("Strategický plán Kutná Hora 2021–2023")");
  CHECK(value_at(doc, "/plans/0/title").text == "Strategický plán Kutná Hora 2021–2023");
  set_json(doc, "/plans/0/measures/0/budget/total", R"("1250000.005")");
  CHECK(value_at(doc, "/plans/0/measures/0/budget/total").kind == ValueKind::invalid);
  Report r = validate(doc, test::Mutable::defaults());
  CHECK(test::of_rule(r, "M001").size() == 1);
  set_json(doc, "/plans/0/measures/0/budget/total", "1250000");
  CHECK(value_at(doc, "/plans/0/measures/0/budget/total").money.to_string() == "1250000.00");
  CHECK(validate(doc, test::Mutable::defaults()).findings.empty());
}

TEST_CASE("Adding and removing entities and elements") {
  Document doc = base();
  set_json(doc, "/organizations/-", R"({"id": "up", "name": "Úřad práce ČR", "kind": "labour_office", "ico": "72496991"})");
  REQUIRE(doc.find_as<Organization>("up") != nullptr);
  CHECK(doc.find("up")->pointer == "/organizations/2");
  set_json(doc, "/plans/0/measures/0/partners/-", R"("up")");
  CHECK(json_at(doc, "/plans/0/measures/0/partners") == R"(["ngo","up"])");
  remove_at(doc, "/plans/0/measures/0/partners/0");
  CHECK(json_at(doc, "/plans/0/measures/0/partners") == R"(["up"])");
  remove_at(doc, "/plans/0/measures/0/responsible");
  CHECK(value_at(doc, "/plans/0/measures/0/responsible").kind == ValueKind::absent);
  remove_at(doc, "/organizations/2");
  CHECK(doc.find("up") == nullptr);
  set_json(doc, "/currency", R"("EUR")");
  CHECK(value_at(doc, "/projects/0/approved").money.currency().code() == "EUR");
  set_json(doc, "/x-system", R"({"verze": 3})");
  CHECK(json_at(doc, "/x-system/verze") == "3");
}

TEST_CASE("Changing by pointer refuses what loading refuses, with the position in the given text") {
  Document doc = base();
  try {
    set_json(doc, "/plans/0/title", "\"a\" \"b\"");
    FAIL("accepted");
  } catch (const ParseError& e) {
    CHECK(e.column() == 5);
  }
  CHECK_THROWS_AS(set_json(doc, "/plans/0/title", "1, \"plans\": []"), ParseError);
  CHECK_THROWS_AS(set_json(doc, "/plans/0/title", "0.30000000000000001"), ParseError);
  CHECK_THROWS_AS(set_json(doc, "/plans/0/x", R"({"a": 1, "a": 2})"), ParseError);
  CHECK_THROWS_AS(set_json(doc, "/format", R"("other")"), Error);
  CHECK_THROWS_AS(set_json(doc, "/plans/5/title", R"("x")"), Error);
  CHECK(value_at(doc, "/plans/0/title").text == "SPSZ Kutná Hora");  // unchanged by the failures
}

TEST_CASE("Entities of each kind are listed with their pointers in document order") {
  Document doc = base();
  CHECK(entity_pointers(doc, EntityKind::territory).size() == 4);
  CHECK(entity_pointers(doc, EntityKind::measure) == std::vector<std::string>{"/plans/0/measures/0"});
  CHECK(entity_pointers(doc, EntityKind::indicator).back() == "/indicators/2");
  CHECK(entity_pointers(doc, EntityKind::working_group).empty());
}

TEST_CASE("A change's JSON text that is not JSON is reported at its own position, with the parser's reason") {
  Document doc = load_file(test::fixtures_dir() / "small-plan.json");
  auto error_of = [&](std::string_view text) -> ParseError {
    try {
      set_json(doc, "/plans/0/title", text);
    } catch (const ParseError& e) {
      return e;
    }
    FAIL("no ParseError");
    throw;
  };
  ParseError open = error_of("[1,2");  // the text ends: not the wrapper's closing brace
  CHECK(std::string(open.what()) == "line 1, column 5: unexpected end of input (near /1)");
  CHECK(open.column() == 5);
  ParseError two_lines = error_of("[1,\n 2");
  CHECK(two_lines.line() == 2);
  CHECK(two_lines.column() == 3);
  ParseError duplicate = error_of(R"({"a":1,"a":2})");
  CHECK(std::string(duplicate.what()) == "line 1, column 10: duplicate key \"a\" in an object (near /a)");
}
