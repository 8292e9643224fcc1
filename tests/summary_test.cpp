// The portfolio and plan summary reproduces seed 003's figures.

#include "test_support.hpp"

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
  CHECK(approved.approved.at("CZK").to_string() == "306000000.00");
  CHECK(approved.supported_persons.planned == 2720);
  CHECK(approved.jobs_created.planned == 1297);
  CHECK(s.projects.count == 6);  // with the Agency's IPn
  CHECK(s.measures_by_theme.at(Theme::social_services) == 31);  // SS1-SS4: 9 + 8 + 6 + 8 (Teplá and Toužim share a plan)
  CHECK(s.measures_by_status.at(MeasureStatus::implemented) == 102);
  CHECK(s.indicators.size() == 5);
  CHECK(s.indicators_by_status.at(ProgressStatus::no_data) == 5);
  CHECK(s.matrix.size() == 22);  // the IPn measure types of the seed
  CHECK(s.matrix_territories.size() == 11);  // the ten towns, Teplá and Toužim apart
  auto row = std::find_if(s.matrix.begin(), s.matrix.end(), [](const auto& r) { return r.label.rfind("SS1 ", 0) == 0; });
  REQUIRE(row != s.matrix.end());
  CHECK(std::count(row->implemented.begin(), row->implemented.end(), true) == 10);  // terénní programy: all but Jáchymov
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
