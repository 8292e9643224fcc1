// The reader types values straight from the parser's events (no DOM of the input). These tests hold
// it to the reference: the same entities set from JSON text one at a time (set_json, which reads a
// DOM value), and the same document read from a stream whose 64 KiB chunks split it anywhere.

#include "test_support.hpp"

#include <doctest/doctest.h>

#include <boost/json/serialize.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace inclusio;

namespace {

struct Entity {
  const char* collection;
  const char* json;
};

// Every way a value can fail to fit its field, and unknown members at every level.
const std::vector<Entity> awkward_entities = {
    {"territories", R"({"id": "t", "kind": "municipality", "name": "Žďár nad Sázavou", "population": "12", "excluded_population": -3, "code": 554782, "note": {"a": [1, {"b": null}]}})"},
    {"territories", R"({"id": ["t2"], "kind": {"k": 1}, "name": null, "parent": true, "population": 18446744073709551615})"},
    {"organizations", R"({"id": "o", "name": "Obec", "kind": "municipality", "ico": 123, "territory": {"id": "t"}})"},
    {"plans", R"({"id": "p", "kind": "strategic_plan", "title": {"cs": "Plán"}, "territory": "t", "period": ["2021-01-01"], "status": "approved", "themes": "housing", "goals": [1, "g", {"id": "g1", "title": "Cíl", "parent": [], "x": {}}], "measures": [{"id": "m", "title": "M", "theme": "housing", "status": "planned", "budget": {"total": "100.005", "currency": "EUR", "sources": [{"source": "op_z", "amount": 1.5}, {"source": "x", "amount": "-0.10"}, []]}, "partners": [null, "o", 7], "target_groups": [{"group": "families", "min_age": 18.0, "max_age": "65"}]}]})"},
    {"plans", R"("not a plan")"},
    {"plans", R"([])"},
    {"projects", R"({"id": "pr", "title": "P", "programme": "op_z", "status": "in_progress", "recipient": "o", "requested": "19661813.00", "approved": 19611813, "drawn": "9805906.005", "supported_persons": {"planned": 120, "actual": -1}, "jobs_created": [], "measures": {"0": "m"}})"},
    {"indicators", R"({"id": "i", "name": "Osoby", "subject": {"type": "measure", "id": "m"}, "kind": "output", "unit": "persons", "measure": "quantity", "direction": "increase", "aggregation": "cumulative", "baseline": {"value": "nízká", "date": "2021-02-29"}, "targets": [{"value": 1e2, "date": "2022-06-30", "count": 3}, {"value": 0.1234567, "date": "2023-06-30"}], "observations": [{"date": "2021-07-31", "value": 3, "dimensions": {"gender": "female", "age": "18-25"}}, {"date": "2021-08-31", "value": 1, "dimensions": {"gender": "male", "age": 25, "region": {"code": "CZ063"}}}, {"period": {"start": "2021-01-01", "end": "2021-12-31"}, "value": {"n": 1}, "dimensions": ["gender"]}, {"date": "2021-09-30", "value": 9223372036854775807, "dimensions": {}}, {"value": null, "count": 1, "note": "Poznámka – č. 1", "source": 5}]})"},
    {"evaluations", R"({"id": "e", "subject": "p", "kind": "interim", "date": "2024-01-15", "rating": 11, "summary": ["a"]})"},
    {"events", R"({"id": "ev", "kind": "referendum", "title": "Ref", "date": "2024-01-15", "attendance": "many", "outcome": {"valid": 10, "yes": 6, "no": "4", "signatures": {}}})"},
    {"documents", R"({"id": "d", "title": "Zpráva", "kind": "report", "url": null, "date": 20240115})"},
};

std::string document_text(const std::string& padding) {
  std::string text = "{\"format\": \"inclusio\", \"schema_version\": \"1.0\"," + padding + "\"currency\": \"CZK\"";
  for (const char* collection : {"territories", "organizations", "plans", "projects", "indicators", "evaluations", "events", "documents"}) {
    text += ",\n\"" + std::string(collection) + "\": [";
    bool first = true;
    for (const Entity& e : awkward_entities) {
      if (std::string(e.collection) != collection) continue;
      text += std::string(first ? "" : ",\n") + e.json;
      first = false;
    }
    text += "]";
  }
  return text + ",\n\"unknown_top\": {\"nested\": [1, 2.5, \"tři\"]}, \"another\": 12}";
}

Document built_one_entity_at_a_time() {
  Document doc = load_string(R"({"format": "inclusio", "schema_version": "1.0", "currency": "CZK", "territories": [], "organizations": [], "plans": [], "projects": [], "indicators": [], "evaluations": [], "events": [], "documents": []})");
  for (const Entity& e : awkward_entities) set_json(doc, "/" + std::string(e.collection) + "/-", e.json);
  set_json(doc, "/unknown_top", R"({"nested": [1, 2.5, "tři"]})");
  set_json(doc, "/another", "12");
  return doc;
}

std::vector<Finding> findings_of(const Document& doc) {
  ValidateOptions options;
  options.as_of = Date(2026, 11, 23);
  return validate(doc, options).findings;
}

}  // namespace

TEST_CASE("The streaming reader types every value, of the right form or not, as reading it from a DOM does") {
  Document streamed = load_string(document_text(""));
  Document reference = built_one_entity_at_a_time();
  CHECK(streamed == reference);
  CHECK(dump_string(streamed) == dump_string(reference));
  std::vector<Finding> findings = findings_of(streamed);
  CHECK(findings == findings_of(reference));
  CHECK(findings.size() > 40);  // the entities above are wrong in many ways; each is reported

  const Indicator& ind = *(*streamed.indicators())[0];
  const auto& observations = *ind.observations;
  CHECK(observations[0]->dimensions->size() == 2);
  CHECK(observations[0]->dimensions->at(1).second == "18-25");
  // One member of the wrong form makes the whole dimensions object invalid, kept in full and in order.
  REQUIRE(observations[1]->dimensions.is_invalid());
  CHECK(boost::json::serialize(observations[1]->dimensions.invalid()->value) ==
        R"({"gender":"male","age":25,"region":{"code":"CZ063"}})");
  CHECK(observations[2]->dimensions.invalid()->issue == FormIssue::wrong_type);
  CHECK(observations[3]->dimensions->empty());
  CHECK(streamed.extra().at("unknown_top").at("nested").as_array().size() == 3);
}

TEST_CASE("A document read from a stream is the same wherever its 64 KiB chunks split it") {
  const std::string reference = document_text("");
  const Document expected = load_string(reference);
  const std::string tail = reference.substr(reference.find("\"currency\""));
  const std::size_t chunk = 64 * 1024;
  const std::string head = "{\"format\": \"inclusio\", \"schema_version\": \"1.0\",";
  // Padding moves the chunk boundary across every byte of the entities.
  int loads = 0;
  for (std::size_t at = 0; at < tail.size(); at += 1) {
    if (chunk < head.size() + at + 1) break;
    std::string padding(chunk - head.size() - at, ' ');
    std::istringstream in(head + padding + tail);
    Document doc = load_stream(in);
    ++loads;
    if (!(doc == expected)) {
      FAIL_CHECK("different document with the chunk boundary at byte " << at << " of the entities: ..."
                                                                        << tail.substr(at, 40));
      break;
    }
  }
  CHECK(loads == static_cast<int>(tail.size()));
}

TEST_CASE("Numbers the library keeps without understanding them are written back as they were spelt") {
  // Unknown members at the top, in a record and nested in them; values of the wrong form as a scalar,
  // inside a captured structure and inside dimensions; chunk boundaries inside a number are covered by
  // the stream test above.
  const std::string text = R"({"format": "inclusio", "schema_version": "1.0", "currency": "CZK", "x_top": 1e3,
    "territories": [{"id": "t", "kind": "municipality", "name": "Obec", "population": "12", "x_ratio": 1.50,
      "x_list": [-0, 2E+2, 7, {"deep": 0.10}], "code": [1.0e1, 3]}],
    "indicators": [{"id": "i", "name": "Osoby", "subject": {"type": "plan", "id": "p"}, "kind": "output",
      "unit": "persons", "measure": "quantity", "direction": "increase", "aggregation": "cumulative",
      "baseline": {"value": 1, "date": "2021-01-01"},
      "observations": [{"date": "2021-07-31", "value": 3, "dimensions": {"gender": "female", "age": 25.00}}]}]})";
  const Document doc = load_string(text);
  const std::string written = dump_string(doc, WriteOptions{0});
  for (const char* spelt : {R"("x_top":1e3)", R"("x_ratio":1.50)", R"("x_list":[-0,2E+2,7,{"deep":0.10}])",
                            R"("code":[1.0e1,3])", R"("age":25.00)"})
    CHECK_MESSAGE(written.find(spelt) != std::string::npos, spelt, " in ", written);
  CHECK(load_string(written) == doc);
}

TEST_CASE("A kept number changed after reading is written as it is now, not as it was spelt") {
  Document doc = load_string(R"({"format": "inclusio", "schema_version": "1.0", "x_a": 1e3, "x_b": 1.50})");
  doc.mutable_extra()["x_a"] = 2000.0;
  const std::string written = dump_string(doc, WriteOptions{0});
  CHECK(written.find(R"("x_a":2000.0)") != std::string::npos);
  CHECK(written.find(R"("x_b":1.50)") != std::string::npos);
}

TEST_CASE("A load reports its progress after each 64 KiB and stops when the progress callback throws") {
  const std::string text = document_text(std::string(200 * 1024, ' '));
  std::vector<std::size_t> reported;
  LoadOptions options;
  options.progress = [&](std::size_t bytes) { reported.push_back(bytes); };
  const Document doc = load_string(text, options);
  CHECK(reported == std::vector<std::size_t>{65536, 131072, 196608, text.size()});
  std::istringstream in(text);
  reported.clear();
  CHECK(load_stream(in, options) == doc);
  CHECK(reported == std::vector<std::size_t>{65536, 131072, 196608, text.size()});

  struct Stop {};
  options.progress = [](std::size_t bytes) {
    if (bytes > 65536) throw Stop{};
  };
  CHECK_THROWS_AS(load_string(text, options), Stop);
}

TEST_CASE("A list read keeps no room for more elements than it has, whatever the list of its type before it") {
  std::string observations;
  for (int month = 1; month <= 12; ++month)
    observations += std::string(month > 1 ? ", " : "") + R"({"date": "2021-)" + (month < 10 ? "0" : "") +
                    std::to_string(month) + R"(-01", "value": )" + std::to_string(month) + "}";
  Document doc = load_string(test::doc_with(R"("indicators": [{"id": "dlouhý", "observations": [)" + observations +
                                            R"(]}, {"id": "krátký", "observations": [{"date": "2021-01-01", "value": 1}]}])"));
  const auto& indicators = *doc.indicators();
  CHECK(indicators[0]->observations->size() == 12);
  CHECK(indicators[0]->observations->capacity() == 12);
  // The second list started with room for 12, as the first had: it is trimmed to its one element.
  CHECK(indicators[1]->observations->size() == 1);
  CHECK(indicators[1]->observations->capacity() == 1);
}
