// Roll-up by territory: places through the ČSÚ codelists and the document's parents, sums of budgets,
// projects and indicators by code (shares by their counts), the unplaced row, and the renderings.

#include "test_support.hpp"

#include <doctest/doctest.h>

#include <inclusio/inclusio.hpp>

using namespace inclusio;

namespace {

// Two towns of two regions (Kutná Hora, Toužim), a neighbourhood of Kutná Hora known only by its parent,
// and a locality nobody can place.
const char* const portfolio = R"({"format": "inclusio", "schema_version": "1.1",
 "territories": [
   {"id": "kh", "kind": "municipality", "name": "Kutná Hora", "code": "533955"},
   {"id": "sipsi", "kind": "city_district", "name": "Šipší", "parent": "kh"},
   {"id": "touzim", "kind": "municipality", "name": "Toužim", "code": "555657"},
   {"id": "jinde", "kind": "microregion", "name": "Někde"}],
 "plans": [
   {"id": "p-kh", "kind": "strategic_plan", "title": "SPSZ Kutná Hora", "territory": "kh", "status": "approved",
    "period": {"start": "2021-01-01", "end": "2023-12-31"},
    "measures": [{"id": "m1", "title": "Bydlení", "theme": "housing", "status": "in_progress",
                  "budget": {"total": "1000.50", "sources": [{"source": "op_z", "amount": "800.50"}, {"source": "municipal_budget", "amount": "200"}]}}]},
   {"id": "p-sipsi", "kind": "local_action_plan", "title": "Plán Šipší", "territory": "sipsi", "status": "approved",
    "period": {"start": "2021-01-01", "end": "2023-12-31"},
    "measures": [{"id": "m2", "title": "Doučování", "theme": "education", "status": "planned",
                  "budget": {"total": "500", "sources": [{"source": "op_z", "amount": "500"}]}}]},
   {"id": "p-touzim", "kind": "strategic_plan", "title": "SPSZ Toužim", "territory": "touzim", "status": "approved",
    "period": {"start": "2021-01-01", "end": "2023-12-31"},
    "measures": [{"id": "m3", "title": "Zaměstnanost", "theme": "employment", "status": "planned"}]}],
 "projects": [
   {"id": "pr1", "title": "Projekt KH", "programme": "op_z", "status": "approved", "recipient": "x", "approved": "100000",
    "supported_persons": {"planned": 40, "actual": 12}, "territories": ["kh", "sipsi"]},
   {"id": "pr2", "title": "Projekt obou", "programme": "op_z", "status": "approved", "recipient": "x", "approved": "50000",
    "jobs_created": {"planned": 3}, "territories": ["kh", "touzim"]},
   {"id": "pr3", "title": "Projekt Šipší", "programme": "op_z", "status": "approved", "recipient": "x", "measures": ["m2"]},
   {"id": "pr4", "title": "Nikde", "programme": "op_z", "status": "idea", "recipient": "x", "territories": ["jinde"]}],
 "indicators": [
   {"id": "i-kh", "code": "6 00 00", "name": "Podpoření", "subject": {"type": "plan", "id": "p-kh"}, "kind": "output",
    "unit": "persons", "measure": "quantity", "direction": "increase", "aggregation": "cumulative",
    "observations": [{"date": "2022-06-30", "value": 30}]},
   {"id": "i-sipsi", "code": "6 00 00", "name": "Podpoření", "subject": {"type": "measure", "id": "m2"}, "kind": "output",
    "unit": "persons", "measure": "quantity", "direction": "increase", "aggregation": "cumulative",
    "observations": [{"date": "2022-06-30", "value": 12}]},
   {"id": "s-kh", "code": "6 70 01", "name": "Podíl", "subject": {"type": "plan", "id": "p-kh"}, "kind": "result",
    "unit": "percent", "measure": "percentage", "direction": "increase", "aggregation": "last", "denominator": {"value": 30},
    "observations": [{"date": "2022-06-30", "value": 80}]},
   {"id": "s-sipsi", "code": "6 70 01", "name": "Podíl", "subject": {"type": "plan", "id": "p-sipsi"}, "kind": "result",
    "unit": "percent", "measure": "percentage", "direction": "increase", "aggregation": "last", "denominator": {"value": 10},
    "observations": [{"date": "2022-06-30", "value": 60}]},
   {"id": "bez-kodu", "name": "Bez kódu", "subject": {"type": "project", "id": "pr2"}, "kind": "output",
    "unit": "events", "measure": "quantity", "direction": "increase", "aggregation": "cumulative"}]})";

std::vector<RollupRow> rolled(TerritoryKind level) {
  RollupOptions o;
  o.level = level;
  o.progress.as_of = Date(2023, 1, 1);
  return rollup(load_string(portfolio), o);
}

std::string money(const MoneySums& sums) {
  std::string out;
  for (const auto& [c, m] : sums) out += (out.empty() ? "" : " + ") + (m ? m->to_string() : "overflow") + " " + c;
  return out;
}

}  // namespace

TEST_CASE("By region: the codelists place the towns, a parent places the neighbourhood, the rest is unplaced") {
  auto rows = rolled(TerritoryKind::region);
  REQUIRE(rows.size() == 3);
  const RollupRow& stredocesky = rows[0];
  CHECK(stredocesky.code == "CZ020");
  CHECK(stredocesky.name == "Středočeský kraj");
  CHECK(stredocesky.official);
  CHECK(stredocesky.territories == std::vector<std::string>{"kh", "sipsi"});
  CHECK(stredocesky.plans == 2);
  CHECK(stredocesky.measures == 2);
  CHECK(money(stredocesky.budget_total) == "1500.50 CZK");
  CHECK(money(stredocesky.budget_by_source.at(FundingSource::op_z)) == "1300.50 CZK");
  CHECK(money(stredocesky.budget_by_source.at(FundingSource::municipal_budget)) == "200.00 CZK");
  // pr1 (in both Kutná Hora and Šipší) once, pr2, and pr3 through its measure's plan.
  CHECK(stredocesky.projects.count == 3);
  CHECK(money(stredocesky.projects.approved) == "150000.00 CZK");
  CHECK(stredocesky.projects.supported_persons.planned == 40);
  CHECK(stredocesky.projects.supported_persons.actual == 12);
  REQUIRE(stredocesky.indicators.size() == 2);
  CHECK(stredocesky.indicators[0].code == "6 00 00");
  CHECK(stredocesky.indicators[0].indicators == 2);
  CHECK(stredocesky.indicators[0].value->to_string() == "42");  // 30 + 12 persons
  // 80 % of 30 and 60 % of 10: 30 of 40, 75 % — not the mean 70 %.
  CHECK(stredocesky.indicators[1].value->to_string() == "75");
  CHECK(stredocesky.indicators[1].count->to_string() == "30");
  CHECK(stredocesky.indicators[1].denominator->to_string() == "40");
  const RollupRow& karlovarsky = rows[1];
  CHECK(karlovarsky.code == "CZ041");
  CHECK(karlovarsky.projects.count == 1);  // pr2 counts in both regions
  CHECK(karlovarsky.projects.jobs_created.planned == 3);
  CHECK(karlovarsky.indicators_without_code == 1);
  CHECK(rows[2].code.empty());
  CHECK(rows[2].territories == std::vector<std::string>{"jinde"});
  CHECK(rows[2].projects.count == 1);
}

TEST_CASE("By ORP, district and municipality, and for the whole country") {
  auto orp = rolled(TerritoryKind::orp);
  CHECK(orp[0].code == "2112");  // Kutná Hora's ORP
  CHECK(orp[1].code == "4103");  // Toužim's
  auto district = rolled(TerritoryKind::district);
  CHECK(district[0].code == "CZ0205");
  CHECK(district[1].code == "CZ0412");
  auto towns = rolled(TerritoryKind::municipality);
  REQUIRE(towns.size() == 3);
  CHECK(towns[0].code == "533955");
  CHECK(towns[0].territories == std::vector<std::string>{"kh", "sipsi"});  // Šipší through its parent
  auto country = rolled(TerritoryKind::country);
  REQUIRE(country.size() == 2);
  CHECK(country[0].code == "CZ");
  CHECK(country[0].projects.count == 3);  // pr4 is in no known place
  CHECK(country[0].indicators[0].value->to_string() == "42");
  RollupOptions wrong;
  wrong.level = TerritoryKind::microregion;
  CHECK_THROWS_AS(rollup(load_string(portfolio), wrong), Error);
}

TEST_CASE("Indicators of one code with different units are counted, not summed") {
  std::string text = portfolio;
  text.replace(text.find("\"unit\": \"persons\""), 17, "\"unit\": \"households\"");
  RollupOptions o;
  o.progress.as_of = Date(2023, 1, 1);
  auto rows = rollup(load_string(text), o);
  CHECK(rows[0].indicators[0].indicators == 2);
  CHECK(!rows[0].indicators[0].value);
}

TEST_CASE("A roll-up renders as JSON, tidy CSV and Markdown, escaped") {
  auto rows = rolled(TerritoryKind::region);
  std::string json = render_rollup(rows, OutputFormat::json);
  CHECK(json.find("\"code\": \"CZ020\",\n      \"name\": \"Středočeský kraj\"") != std::string::npos);
  CHECK(json.find("\"code\": null,\n      \"name\": null") != std::string::npos);
  std::string csv = render_rollup(rows, OutputFormat::csv);
  CHECK(csv.substr(0, csv.find('\n')) == "level,territory,name,metric,item,currency,value");
  CHECK(csv.find("region,CZ020,Středočeský kraj,budget_by_source,op_z,CZK,1300.50\n") != std::string::npos);
  CHECK(csv.find("region,CZ020,Středočeský kraj,indicator_value,6 70 01,,75\n") != std::string::npos);
  CHECK(csv.find("region,,,projects,,,1\n") != std::string::npos);
  std::string md = render_rollup(rows, OutputFormat::markdown, Language::cs);
  CHECK(md.find("## Středočeský kraj (CZ020)") != std::string::npos);
  CHECK(md.find("| – z toho OP Zaměstnanost (2014–20) | 1\u00A0300,50\u00A0Kč |") != std::string::npos);
  CHECK(md.find("## nezařazeno (území nelze určit)") != std::string::npos);
  CHECK_THROWS_AS(render_rollup(rows, OutputFormat::html), Error);
}
