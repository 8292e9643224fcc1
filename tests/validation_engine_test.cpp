// The validation engine: a clean document, document order, determinism, profiles, languages, host
// rules, the catalogue and its generated documentation, and the example data.

#include "validation_support.hpp"

#include <set>

using namespace inclusio;
using test::Mutable;

TEST_CASE("The clean base document triggers no rule at all") {
  Report r = Mutable().validate();
  for (const auto& f : r.findings) INFO(f.rule << " " << f.pointer << " " << f.message);
  CHECK(r.findings.empty());
  CHECK(r.ok());
}

TEST_CASE("Findings come in document order, the same every time") {
  Mutable m;
  m.set("/events/1/outcome/no", "2000")                 // E001 at /events/1
      .set("/territories/3/code", "\"533956\"")         // C002 at /territories/3
      .set("/plans/0/measures/0/budget/total", "\"1\"")  // M003 at /plans/0/...
      .set("/projects/0/drawn", "\"-5\"");              // M002 at /projects/0
  Report a = m.validate();
  std::vector<std::string> rules;
  for (const auto& f : a.findings) rules.push_back(f.rule);
  CHECK(rules == std::vector<std::string>{"C002", "M003", "M002", "E001"});
  CHECK(m.validate().findings == a.findings);
}

namespace {

// A large document wrong in many ways, in every part: duplicate ids across the document, references
// to nothing, values outside their codelists, repeated observations, unknown members, an invalid
// collection.
std::string many_findings_document() {
  std::string t = "{\"format\": \"inclusio\", \"schema_version\": \"1.0\", \"territories\": [";
  for (int i = 0; i < 3000; ++i) {
    std::string id = i % 97 == 0 && i > 0 ? "t-" + std::to_string(i - 1) : "t-" + std::to_string(i);
    t += std::string(i ? "," : "") + "{\"id\": \"" + id + "\", \"kind\": \"municipality\", \"name\": \"Obec č. " +
         std::to_string(i) + "\", \"parent\": \"t-" + std::to_string((i + 1) % 3000) + "\"" +
         (i % 13 == 0 ? ", \"poznámka\": 1" : "") + "}";
  }
  t += "], \"indicators\": [";
  for (int i = 0; i < 3000; ++i) {
    t += std::string(i ? "," : "") + "{\"id\": \"ind-" + std::to_string(i) +
         "\", \"name\": \"Osoby\", \"subject\": {\"type\": \"measure\", \"id\": \"m-" + std::to_string(i) +
         "\"}, \"kind\": \"output\", \"unit\": \"persons\", \"measure\": \"quantity\", \"direction\": \"increase\", "
         "\"aggregation\": \"sum\", \"baseline\": {\"value\": 10, \"date\": \"2021-01-01\"}, \"targets\": [{\"value\": " +
         std::to_string(i % 20) + ", \"date\": \"2023-01-01\"}], \"observations\": [{\"date\": \"2022-01-31\", \"value\": 1}" +
         (i % 7 == 0 ? ", {\"date\": \"2022-01-31\", \"value\": 2.5}" : "") + "]}";
  }
  return t + "], \"documents\": \"none\", \"vlastní\": true}";
}

}  // namespace

TEST_CASE("Validation over several threads gives the one-thread report, finding for finding") {
  const Document doc = load_string(many_findings_document());
  ValidateOptions options = Mutable::defaults();
  options.threads = 1;
  const Report serial = validate(doc, options);
  std::set<std::string> rules;
  for (const Finding& f : serial.findings) rules.insert(f.rule);
  CHECK(rules == std::set<std::string>{"C005", "I004", "I005", "I009", "I014", "R001", "S003", "S004", "S005", "S007"});
  CHECK(serial.findings.size() > 6000);
  for (unsigned threads : {2u, 3u, 8u, 0u}) {
    options.threads = threads;
    const Report parallel = validate(doc, options);
    CAPTURE(threads);
    CHECK(parallel.findings.size() == serial.findings.size());
    CHECK(parallel.findings == serial.findings);
  }
}

TEST_CASE("Validation never throws on bad data") {
  const char* bad = R"({"format": "inclusio", "schema_version": "1.0", "currency": 5,
    "plans": [7, {"id": 3, "measures": "x", "goals": [null, {"parent": "nowhere"}]}],
    "indicators": [{"id": "i", "subject": {"type": "goal", "id": 1}, "measure": "percentage", "denominator": {"value": 0},
                    "targets": [{"value": "x", "count": 1e5}], "observations": [{"value": null}, {}]}],
    "projects": [{"requested": "-92233720368547758.08", "approved": "92233720368547758.07"}]})";
  Document doc = load_string(bad);
  Report r;
  CHECK_NOTHROW(r = validate(doc, Mutable::defaults()));
  CHECK(r.count(Severity::error) > 10);
}

TEST_CASE("Profiles disable rules and change severities; strict raises warnings to errors") {
  Mutable m;
  m.erase("/plans/0/measures/0/responsible");  // Q003, a warning
  ValidateOptions o = Mutable::defaults();
  o.profile = Profile::strict();
  CHECK(test::of_rule(m.validate(o), "Q003").at(0).severity == Severity::error);
  o.profile = Profile::from_json(R"({"profile": "obec", "rules": {"Q003": "off", "Q009": "error"}})");
  CHECK(o.profile.name() == "obec");
  test::expect_none(m.validate(o), "Q003");
  Report q9 = Mutable().erase("/plans/0/goals/0/evidence").validate(o);
  CHECK(test::of_rule(q9, "Q009").at(0).severity == Severity::error);
  o.profile = Profile::from_json(R"({"extends": "strict", "rules": {"Q003": "info"}})");
  CHECK(test::of_rule(m.validate(o), "Q003").at(0).severity == Severity::info);
}

TEST_CASE("A profile with an unknown rule code, severity or field is an error") {
  CHECK_THROWS_WITH_AS(Profile::from_json(R"({"rules": {"Q999": "off"}})"), "unknown rule code \"Q999\"", Error);
  CHECK_THROWS_WITH_AS(Profile::from_json(R"({"rules": {"Q003": "fatal"}})"),
                       "rule \"Q003\": unknown severity \"fatal\"; expected off, info, warning or error", Error);
  CHECK_THROWS_WITH_AS(Profile::from_json(R"({"rule": {}})"),
                       "unknown field \"rule\" in the profile; known: profile, extends, rules", Error);
  CHECK_THROWS_AS(Profile::from_json("{"), Error);
  CHECK_THROWS_AS(Profile::from_json(R"({"extends": "lenient"})"), Error);
  CHECK_NOTHROW(Profile::from_json(R"({"rules": {"X001": "off"}})"));  // a host's rule
}

TEST_CASE("A profile naming a rule twice is refused, with where, rather than one of the two kept") {
  CHECK_THROWS_WITH_AS(Profile::from_json("{\"rules\": {\"Q003\": \"off\",\n  \"Q003\": \"error\"}}"),
                       "the profile cannot be read: line 2, column 8: duplicate key \"Q003\" in an object (near /rules/Q003)",
                       Error);
  CHECK_THROWS_WITH_AS(Profile::from_json(R"({"profile": "a", "profile": "b"})"),
                       "the profile cannot be read: line 1, column 26: duplicate key \"profile\" in an object (near /profile)",
                       Error);
  CHECK_THROWS_WITH_AS(Profile::from_json("{\"rules\": {"),
                       "the profile cannot be read: line 1, column 12: unexpected end of input (near /rules)", Error);
}

TEST_CASE("Messages come in Czech when asked, with Czech number formats") {
  ValidateOptions cs = Mutable::defaults();
  cs.language = Language::cs;
  Report r = Mutable().set("/indicators/1/targets/0/count", "29").set("/plans/0/measures/0/theme", "\"bydleni\"").validate(cs);
  CHECK(test::of_rule(r, "I007").at(0).message == "75 % z 40 je 30, ne 29");
  CHECK(test::of_rule(r, "S004").at(0).message.rfind("„bydleni“ není v číselníku „téma“", 0) == 0);
  Report dec = Mutable().set("/indicators/1/observations/0/value", "100.5").erase("/indicators/1/observations/0/count").validate(cs);
  CHECK(test::of_rule(dec, "I003").at(0).message == "procento 100,5 je mimo rozsah 0–100");
}

TEST_CASE("A host registers its own rule without editing the library") {
  ValidateOptions o = Mutable::defaults();
  o.custom_rules.push_back(
      {{"X001", Severity::warning, "Plan title names the town", "Název plánu uvádí obec", "Local convention.", "Místní zvyk."},
       [](const Document& doc, FindingSink& sink) {
         for (const Plan& p : valid_elements(doc.plans()))
           if (p.title.valid() && p.title->find("Kutná Hora") == std::string::npos)
             sink.report("X001", Severity::warning, "/plans/0/title", *p.id, "the title does not name the town");
       }});
  test::expect_none(Mutable().validate(o), "X001");
  Report r = Mutable().set("/plans/0/title", "\"SPSZ\"").validate(o);
  CHECK(test::expect_one(r, "X001", Severity::warning, "/plans/0/title", "spsz") == "the title does not name the town");
  o.profile.set("X001", std::nullopt);
  test::expect_none(Mutable().set("/plans/0/title", "\"SPSZ\"").validate(o), "X001");
  ValidateOptions bad = Mutable::defaults();
  bad.custom_rules.push_back({{"Q100", Severity::warning, "", "", "", ""}, nullptr});
  CHECK_THROWS_AS(validate(Mutable().load(), bad), Error);
}

TEST_CASE("The catalogue holds every rule of the design with both languages") {
  std::set<std::string> codes;
  for (const RuleInfo& r : rule_catalogue()) {
    CAPTURE(r.code);
    CHECK(codes.insert(std::string(r.code)).second);
    CHECK_FALSE(r.title_en.empty());
    CHECK_FALSE(r.title_cs.empty());
    CHECK(r.rationale_en.size() > 60);
    CHECK(r.rationale_cs.size() > 60);
  }
  CHECK(codes.size() == rule_catalogue().size());
  // Ordered by family as the design lists them, each family numbered from 1 without a gap: a rule
  // left out of its family's list would show as a gap.
  std::string families = "SRDMIQCE";
  std::size_t family = 0;
  int number = 0;
  for (const RuleInfo& r : rule_catalogue()) {
    CAPTURE(r.code);
    std::size_t f = families.find(r.code[0]);
    REQUIRE(f != std::string::npos);
    if (f != family) {
      CHECK(f == family + 1);
      family = f;
      number = 0;
    }
    CHECK(std::stoi(std::string(r.code.substr(1))) == ++number);
  }
  CHECK(family == families.size() - 1);
  CHECK(find_rule("Q007")->severity == Severity::warning);
  CHECK(find_rule("I006")->severity == Severity::info);
  CHECK(find_rule("Z001") == nullptr);
}

TEST_CASE("docs/rules.md is generated from the catalogue and up to date") {
  std::string committed = test::read_file(std::filesystem::path(INCLUSIO_SOURCE_DIR) / "docs" / "rules.md");
  INFO("regenerate with: ./build/tests/inclusio_rules_doc > docs/rules.md");
  CHECK(committed == rules_markdown());
}

TEST_CASE("The example documents built from the seeds validate with no error") {
  for (const char* name : {"metodika-2005-2007.json", "asz-2010-2013.json", "rsz-2023.json", "szsz-2016-2022.json",
                           "vysocina-2014-2015.json"}) {
    CAPTURE(name);
    Report r = validate(load_file(test::examples_dir() / name), Mutable::defaults());
    for (const auto& f : r.findings)
      if (f.severity == Severity::error) INFO(f.rule << " " << f.pointer << " " << f.message);
    CHECK(r.ok());
  }
}
