// The portfolio and plan summary reproduces seed 003's figures.

#include "validation_support.hpp"

#include <doctest/doctest.h>

using namespace inclusio;

TEST_CASE("Seed 003: projects by status with money and people, measures by theme, the fulfilment matrix") {
  ProgressOptions o;
  o.as_of = Date(2013, 8, 31);
  Summary s = summarize(load_file(test::examples_dir() / "asz-2010-2013.json"), std::nullopt, o);
  CHECK(s.plans == 10);
  CHECK(s.measures == 102);
  const ProjectTotals& approved = s.projects_by_status.at(ProjectStatus::approved);
  CHECK(approved.count == 5);
  CHECK(approved.approved.at("CZK")->to_string() == "306000000.00");
  CHECK(approved.supported_persons.planned == 2720);
  CHECK(approved.jobs_created.planned == 1297);
  CHECK(s.projects.count == 6);  // with the Agency's IPn
  CHECK(s.measures_by_theme.at(Theme::social_services) == 31);  // SS1-SS4: 9 + 8 + 6 + 8 (Teplá and Toužim share a plan)
  CHECK(s.measures_by_status.at(MeasureStatus::implemented) == 102);
  CHECK(s.indicators.size() == 5);
  CHECK(s.indicators_by_status.at(ProgressStatus::no_target) == 5);  // values, no targets in the seed
  CHECK(s.matrix.size() == 22);  // the IPn measure types of the seed
  CHECK(s.matrix_territories.size() == 11);  // the ten towns, Teplá and Toužim apart
  auto row = std::find_if(s.matrix.begin(), s.matrix.end(), [](const auto& r) { return r.label.rfind("SS1 ", 0) == 0; });
  REQUIRE(row != s.matrix.end());
  CHECK(row->territories.size() == 10);  // terénní programy: all but Jáchymov
  CHECK(std::is_sorted(row->territories.begin(), row->territories.end()));
  // Counts read as the language writes them, grouped by thousands.
  CHECK(summary_markdown(s, Language::cs).find("| schválený | 5 | 306\u00A0000\u00A0000,00\u00A0Kč | 2\u00A0720 | 1\u00A0297 |") != std::string::npos);
  CHECK(summary_html(s, Language::en).find("<td class=\"n\">2,720</td>") != std::string::npos);
}

TEST_CASE("A plan's summary covers its measures, its projects and its indicators only") {
  ProgressOptions o;
  o.as_of = Date(2013, 8, 31);
  Document doc = load_file(test::examples_dir() / "asz-2010-2013.json");
  Summary kh = summarize(doc, "spsz-kutna-hora", o);
  CHECK(kh.scope == "spsz-kutna-hora");
  CHECK(kh.plans == 1);
  CHECK(kh.measures == 18);
  CHECK(kh.projects.count == 1);  // the IPn: no regional project covers Kutná Hora
  CHECK(kh.matrix_territories == std::vector<std::string>{"kutna-hora"});
  CHECK_THROWS_AS(summarize(doc, "nic", o), Error);
  std::string md = summary_markdown(kh, Language::cs);
  CHECK(md.find("# Souhrn: spsz-kutna-hora") == 0);
  CHECK(md.find("| BY1 Úprava pravidel přidělování obecních bytů | ✓ |") != std::string::npos);
  CHECK(summary_json(kh).find("\"scope\": \"spsz-kutna-hora\"") != std::string::npos);
}

namespace {
// n plans of one measure each, every measure with its own title and its own town as the locality:
// the fulfilment matrix has n rows and n columns, one tick per row.
std::string towns_with_distinct_measures(std::size_t n) {
  std::string territories, plans;
  for (std::size_t i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    territories += std::string(i ? "," : "") + R"({"id":"t)" + k + R"(","kind":"municipality","name":"Obec )" + k + "\"}";
    plans += std::string(i ? "," : "") + R"({"id":"p)" + k + R"(","kind":"support_plan","title":"P","territory":"t)" + k +
             R"(","period":{"start":"2021-01-01","end":"2022-12-31"},"status":"approved","measures":[{"id":"m)" + k +
             R"(","title":"Opatření )" + k + R"(","theme":"housing","status":"implemented","localities":["t)" + k + R"("]}]})";
  }
  return R"({"format":"inclusio","schema_version":"1.0","territories":[)" + territories + R"(],"plans":[)" + plans + "]}";
}
}  // namespace

TEST_CASE("The fulfilment matrix is sparse: a row per measure naming its territories, not measures × territories") {
  ProgressOptions o;
  o.as_of = Date(2022, 1, 1);
  Summary s = summarize(load_string(towns_with_distinct_measures(300)), std::nullopt, o);
  REQUIRE(s.matrix.size() == 300);
  CHECK(s.matrix_territories.size() == 300);
  for (std::size_t i = 0; i < s.matrix.size(); ++i) {
    CAPTURE(i);
    REQUIRE(s.matrix[i].territories.size() == 1);
    CHECK(s.matrix_territories[s.matrix[i].territories[0]] == "t" + s.matrix[i].label.substr(std::string("Opatření ").size()));
  }
  // 90 000 cells would not be read as a grid: Markdown and CSV list each measure's territories.
  std::string md = summary_markdown(s, Language::cs);
  CHECK(md.find("| opatření | území |\n|---|---|\n") != std::string::npos);
  CHECK(md.find("| Opatření 7 | Obec 7 |\n") != std::string::npos);
  auto tables = summary_csv(s);
  const auto& fulfilment = std::find_if(tables.begin(), tables.end(), [](const auto& t) { return t.first == "fulfilment.csv"; })->second;
  CHECK(fulfilment.starts_with("measure,theme,territory,territory_name\n"));
  CHECK(fulfilment.find("\nOpatření 7,housing,t7,Obec 7\n") != std::string::npos);
  CHECK(std::count(fulfilment.begin(), fulfilment.end(), '\n') == 301);
}

TEST_CASE("A sum that overflows is marked as such and the rest of the summary still comes out") {
  // Two projects of 92 233 720 368 547 758,07 Kč each, and persons beyond int64 together.
  std::string doc = R"({"format":"inclusio","schema_version":"1.0",
    "organizations":[{"id":"o","name":"Obec","kind":"municipality"}],
    "projects":[
      {"id":"a","title":"A","programme":"op_z","status":"approved","recipient":"o","approved":"92233720368547758.07",
       "supported_persons":{"planned":9223372036854775807,"actual":1},"jobs_created":{"planned":3}},
      {"id":"b","title":"B","programme":"op_z","status":"approved","recipient":"o","approved":"92233720368547758.07",
       "supported_persons":{"planned":1,"actual":2},"jobs_created":{"planned":4}}]})";
  ProgressOptions o;
  o.as_of = Date(2022, 1, 1);
  Summary s;
  REQUIRE_NOTHROW(s = summarize(load_string(doc), std::nullopt, o));
  CHECK(s.projects.count == 2);
  CHECK_FALSE(s.projects.approved.at("CZK").has_value());
  CHECK_FALSE(s.projects.supported_persons.planned.has_value());
  CHECK(s.projects.supported_persons.actual == 3);
  CHECK(s.projects.jobs_created.planned == 7);
  std::string json = summary_json(s);
  CHECK(json.find("\"approved\": {\n        \"CZK\": null\n      }") != std::string::npos);
  CHECK(json.find("\"planned\": null") != std::string::npos);
  CHECK(summary_markdown(s, Language::cs).find("| **celkem** | 2 | CZK: součet přetéká | součet přetéká | 7 |") != std::string::npos);
  CHECK(summary_html(s, Language::en).find("CZK: the sum overflows") != std::string::npos);
  auto tables = summary_csv(s);
  CHECK(tables[0].second.find("\ntotal,2,CZK,,,,,3,7,0\n") != std::string::npos);
}

TEST_CASE("Progress of an indicator whose values sum beyond int64 says so, and the others still come out") {
  std::string doc = R"({"format":"inclusio","schema_version":"1.0","indicators":[
    {"id":"big","name":"Osoby","subject":{"type":"plan","id":"p"},"kind":"output","unit":"persons","measure":"quantity",
     "direction":"increase","aggregation":"cumulative","targets":[{"value":10,"date":"2023-12-31"}],
     "observations":[{"date":"2021-06-30","value":9000000000000},{"date":"2021-12-31","value":9000000000000}]},
    {"id":"ok","name":"Osoby","subject":{"type":"plan","id":"p"},"kind":"output","unit":"persons","measure":"quantity",
     "direction":"increase","aggregation":"cumulative","targets":[{"value":10,"date":"2023-12-31"}],
     "observations":[{"date":"2021-06-30","value":10}]}]})";
  ProgressOptions o;
  o.as_of = Date(2022, 1, 1);
  std::vector<IndicatorProgress> p;
  REQUIRE_NOTHROW(p = document_progress(load_string(doc), o));
  REQUIRE(p.size() == 2);
  CHECK(p[0].sum_overflows);
  CHECK_FALSE(p[0].current.has_value());
  CHECK(p[0].status == ProgressStatus::no_data);
  CHECK_FALSE(p[1].sum_overflows);
  CHECK(p[1].status == ProgressStatus::achieved);
  Summary s = summarize(load_string(doc), std::nullopt, o);
  CHECK(summary_json(s).find("\"current\": null,\n        \"note\": \"the sum of its values overflows\"") != std::string::npos);
}

TEST_CASE("Markdown shows names as literal text: no broken table, no heading, no raw HTML or link") {
  std::string doc = R"({"format":"inclusio","schema_version":"1.0",
    "territories":[{"id":"t","kind":"municipality","name":"A | B\n# Nadpis <script>alert(1)</script> [klik](javascript:alert(1)) *x*"}],
    "plans":[{"id":"p","kind":"support_plan","title":"P","territory":"t","period":{"start":"2021-01-01","end":"2022-12-31"},
      "status":"approved","measures":[{"id":"m","title":"Opatření | s\nodřádkováním","theme":"housing","status":"implemented",
      "localities":["t"]}]}]})";
  ProgressOptions o;
  o.as_of = Date(2022, 1, 1);
  std::string md = summary_markdown(summarize(load_string(doc), std::nullopt, o), Language::cs);
  CHECK(md.find("| opatření | A \\| B # Nadpis &lt;script&gt;alert(1)&lt;/script&gt; \\[klik\\](javascript:alert(1)) \\*x\\* |") !=
        std::string::npos);
  CHECK(md.find("| Opatření \\| s odřádkováním | ✓ |") != std::string::npos);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("\n# Nadpis") == std::string::npos);
}

TEST_CASE("A plan's summary asked by an id another entity holds first says so (found by fuzz_render)") {
  Document doc = load_string(test::doc_with(
      R"("territories": [{"id": "p", "kind": "municipality", "name": "Obec"}],
         "plans": [{"id": "p", "kind": "support_plan", "title": "Plán", "territory": "p"}])"));
  CHECK_THROWS_WITH_AS(summarize(doc, "p", ProgressOptions{}),
                       "the id \"p\" is a territory's, not a plan's (ids must be unique: S005)", Error);
  CHECK_THROWS_WITH_AS(summarize(doc, "q", ProgressOptions{}), "no plan has the id \"q\"", Error);
}

TEST_CASE("A Czech report names indicators, gives their units, and writes numbers and dates the Czech way") {
  ProgressOptions o;
  o.as_of = Date(2013, 8, 31);
  Summary s = summarize(load_file(test::examples_dir() / "asz-2010-2013.json"), std::nullopt, o);
  std::string md = render_summary(s, OutputFormat::markdown, Language::cs);
  CHECK(md.starts_with("# Souhrn: všechny plány a projekty\n\nK datu 31.\u00A08.\u00A02013. "));
  CHECK(md.find("| Prostředky získané do lokalit (schválené a realizované projekty) (ipn-prostredky-ziskane) | Kč | "
                "bez cílové hodnoty | 268\u00A0848\u00A0487 | – |") != std::string::npos);
  std::string en = render_summary(s, OutputFormat::markdown, Language::en);
  CHECK(en.find("(ipn-prostredky-ziskane) | CZK | no target | 268,848,487 | – |") != std::string::npos);
  std::string html = render_summary(s, OutputFormat::html, Language::cs);
  CHECK(html.find("<td title=\"ipn-prostredky-ziskane\">Prostředky získané do lokalit") != std::string::npos);
}

TEST_CASE("The summary's findings: counts by severity, rules with errors first, the first three of each with their place") {
  ProgressOptions o;
  o.as_of = Date(2013, 8, 31);
  Document doc = load_file(test::examples_dir() / "asz-2010-2013.json");
  Summary s = summarize(doc, std::nullopt, o);
  CHECK(s.findings.errors == 0);
  CHECK(s.findings.warnings == 107);
  CHECK(s.findings.info == 39);
  std::vector<std::string> rules;
  for (const RuleFindings& r : s.findings.rules) rules.push_back(r.rule);
  CHECK(rules == std::vector<std::string>{"I002", "Q002", "Q009", "S007"});
  const RuleFindings& q002 = s.findings.rules[1];
  CHECK(q002.count == 102);
  CHECK(q002.severity == Severity::warning);
  REQUIRE(q002.first.size() == 3);
  CHECK(q002.first[0].entity == "opatreni-bilina-vz1");
  CHECK(q002.first[0].pointer == "/plans/0/measures/0");

  // A plan's summary keeps the findings under the plan.
  Summary kh = summarize(doc, "spsz-kutna-hora", o);
  CHECK(kh.findings.warnings == 18);
  CHECK(kh.findings.info == 5);
  REQUIRE(kh.findings.rules.size() == 2);
  CHECK(kh.findings.rules[0].first[0].pointer == "/plans/5/measures/0");

  std::string md = summary_markdown(kh, Language::cs);
  CHECK(md.find("## Nálezy kontroly\n\n0 chyb, 18 varování, 5 informací.\n") != std::string::npos);
  CHECK(md.find("| varování | Q002 | Opatření bez indikátoru | 18 | opatreni-kutna-hora-vz1 (/plans/5/measures/0), "
                "opatreni-kutna-hora-vz2 (/plans/5/measures/1), opatreni-kutna-hora-vz3 (/plans/5/measures/2) a další |") !=
        std::string::npos);
}

TEST_CASE("The summary's findings come from the caller's validation when given: its rules, its language") {
  Document doc = load_string(R"({"format": "inclusio", "schema_version": "1.0",
    "plans": [{"id": "p", "kind": "support_plan", "title": "P", "status": "approved", "measures": [{"id": "m", "title": "M", "goal": "chybí"}]}]})");
  ValidateOptions v;
  v.as_of = Date(2024, 1, 1);
  v.language = Language::cs;
  v.custom_rules.push_back({RuleInfo{"X001", Severity::error, "Host check", "Kontrola hostitele", "", ""},
                            [](const Document&, FindingSink& sink) { sink.report("X001", Severity::error, "/plans/0", "p", "zpráva hostitele"); }});
  ProgressOptions o;
  o.as_of = Date(2024, 1, 1);
  Summary s = summarize(doc, std::string("p"), o, validate(doc, v));
  std::vector<std::string> rules;
  for (const RuleFindings& r : s.findings.rules) rules.push_back(r.rule + " " + std::string(to_code(r.severity)));
  // Errors first, by code within a severity.
  CHECK(rules == std::vector<std::string>{"R001 error", "S002 error", "X001 error", "Q002 warning", "Q003 warning"});
  CHECK(s.findings.rules[0].first[0].message.find("chybí") != std::string::npos);
  CHECK(s.findings.rules[2].first[0].message == "zpráva hostitele");
  std::string html = summary_html(s, Language::cs);
  CHECK(html.find("<td>X001</td><td></td><td class=\"n\">1</td><td><span title=\"zpráva hostitele\">p (/plans/0)</span></td>") !=
        std::string::npos);
  CHECK(summary_json(s).find("\"rule\": \"X001\",\n        \"severity\": \"error\",\n        \"count\": 1") != std::string::npos);
}

TEST_CASE("A summary without findings says so in both languages") {
  Document doc = load_string(R"({"format": "inclusio", "schema_version": "1.0"})");
  Summary s = summarize(doc, std::nullopt, ProgressOptions{});
  CHECK(s.findings.rules.empty());
  CHECK(summary_markdown(s, Language::cs).find("Kontrola nezjistila žádné nedostatky.") != std::string::npos);
  CHECK(summary_html(s, Language::en).find("<p>Validation found nothing to report.</p>") != std::string::npos);
  auto files = summary_csv(s);
  auto findings = std::find_if(files.begin(), files.end(), [](const auto& f) { return f.first == "findings.csv"; });
  REQUIRE(findings != files.end());
  CHECK(findings->second == "severity,rule,count\n");
}

TEST_CASE("A summary carries results per period with a chart each, and the portfolio's roll-up by region") {
  ProgressOptions o;
  o.as_of = Date(2023, 12, 31);
  Summary s = summarize(test::Mutable().load(), std::nullopt, o, Language::cs);
  // Three indicators, each by year from its baseline to its last target.
  REQUIRE(s.results.size() == 9);
  CHECK(s.results[1].indicator == "ind-osoby");
  CHECK(s.results[1].missed_target);  // 60 by 2022-06-30, 50 reached
  REQUIRE(s.regions.size() == 1);
  CHECK(s.regions[0].name == "Středočeský kraj");
  CHECK(s.regions[0].plans == 1);
  std::string json = summary_json(s);
  CHECK(json.find("\"results\": [") != std::string::npos);
  CHECK(json.find("\"code\": \"CZ020\"") != std::string::npos);
  std::string md = summary_markdown(s, Language::cs);
  CHECK(md.find("## Výsledky po obdobích\n\n### Podpořené osoby (ind-osoby), osoby") != std::string::npos);
  CHECK(md.find("## Podle krajů\n\n### Středočeský kraj (CZ020)") != std::string::npos);
  std::string html = summary_html(s, Language::cs);
  CHECK(html.find("<h2>Výsledky po obdobích</h2>") != std::string::npos);
  CHECK(html.find("<title>zmeškaný milník 60</title>") != std::string::npos);  // the ring on the missed milestone
  CHECK(html.find("stroke-dasharray=\"5,4\"") != std::string::npos);          // the target line
  CHECK(html.find("<td>Středočeský kraj</td>") != std::string::npos);
  auto files = summary_csv(s);
  auto results = std::find_if(files.begin(), files.end(), [](const auto& f) { return f.first == "results.csv"; });
  REQUIRE(results != files.end());
  CHECK(results->second.find("ind-osoby,2022-01-01,2022-12-31,60,declared,50,1,50,0.833333,off_track,true\n") !=
        std::string::npos);
  CHECK(std::any_of(files.begin(), files.end(), [](const auto& f) { return f.first == "regions.csv"; }));
  // A plan's summary has its indicators' results, and no roll-up.
  Summary plan = summarize(test::Mutable().load(), std::string("spsz"), o, Language::en);
  CHECK(plan.regions.empty());
  CHECK(!plan.results.empty());
}
