// Results per period: the periods from the baseline to the last target, the target in force
// (declared or interpolated), the value within the period and to date, achievement, the status as of
// each period's end, and the three renderings.

#include "validation_support.hpp"

#include <inclusio/results.hpp>

using namespace inclusio;
using test::Mutable;

namespace {

std::vector<PeriodResult> results_of(const Mutable& m, Date as_of, std::optional<ReportingFrequency> by = std::nullopt) {
  Document doc = m.load();
  ResultsOptions o;
  o.progress.as_of = as_of;
  o.frequency = by;
  std::vector<PeriodResult> all = results_by_period(doc, o);
  std::vector<PeriodResult> osoby;
  for (auto& r : all)
    if (r.indicator == "ind-osoby") osoby.push_back(std::move(r));
  return osoby;
}

std::string text(const std::optional<Decimal>& d) { return d ? d->to_string() : "null"; }

}  // namespace

TEST_CASE("Yearly results from the baseline to the last target, with the status as of each year's end") {
  auto rows = results_of(Mutable(), Date(2023, 12, 31), ReportingFrequency::year);
  REQUIRE(rows.size() == 3);
  // 2021: no value yet; the target on the line from 0 (2021-06-01) to 60 (2022-06-30), 213 of 394 days:
  // 32.44 persons, rounded to whole persons.
  CHECK(rows[0].period == DateRange(Date(2021, 1, 1), Date(2021, 12, 31)));
  CHECK(text(rows[0].target) == "32");
  CHECK(rows[0].target_source == TargetSource::interpolated);
  CHECK(!rows[0].value);
  CHECK(!rows[0].value_to_date);
  CHECK(rows[0].observations == 0);
  CHECK(rows[0].status == ProgressStatus::not_due);
  // 2022: 60 declared for mid-year and missed with 50.
  CHECK(text(rows[1].target) == "60");
  CHECK(rows[1].target_source == TargetSource::declared);
  CHECK(text(rows[1].value) == "50");
  CHECK(text(rows[1].value_to_date) == "50");
  CHECK(*rows[1].achievement == doctest::Approx(50.0 / 60.0));
  CHECK(rows[1].status == ProgressStatus::off_track);
  CHECK(rows[1].missed_target);
  // 2023: 30 more, 80 to date against 120.
  CHECK(text(rows[2].target) == "120");
  CHECK(text(rows[2].value) == "30");
  CHECK(text(rows[2].value_to_date) == "80");
  CHECK(rows[2].status == ProgressStatus::off_track);
  CHECK(rows[2].missed_target);
}

TEST_CASE("Periods after as_of show the plan's targets and nothing observed") {
  auto rows = results_of(Mutable(), Date(2022, 12, 31), ReportingFrequency::half_year);
  REQUIRE(rows.size() == 5);  // 2021 H1 to 2023 H1
  CHECK(rows[0].period.start() == Date(2021, 1, 1));
  CHECK(rows[4].period == DateRange(Date(2023, 1, 1), Date(2023, 6, 30)));
  CHECK(text(rows[4].target) == "120");
  CHECK(!rows[4].value);
  CHECK(!rows[4].value_to_date);
  CHECK(!rows[4].status);
  // H2 2022 has no report of its own; its value to date is the year's 50.
  CHECK(!rows[3].value);
  CHECK(text(rows[3].value_to_date) == "50");
  // Between 60 (2022-06-30) and 120 (2023-06-30): 184 of 365 days on 2022-12-31, 90.25 persons.
  CHECK(text(rows[3].target) == "90");
}

TEST_CASE("The indicator's own reporting frequency is the default; shares aggregate by their counts") {
  Mutable m;
  m.set("/indicators/1/reporting_frequency", "\"quarter\"");
  m.set("/indicators/1/observations",
        R"([{"date": "2022-03-31", "value": 80, "denominator": 30, "dimensions": {"útvar": "A"}},
            {"date": "2022-03-31", "value": 60, "denominator": 10, "dimensions": {"útvar": "B"}}])");
  Document doc = m.load();
  ResultsOptions o;
  o.progress.as_of = Date(2022, 6, 30);
  std::vector<PeriodResult> podil;
  for (auto& r : results_by_period(doc, o))
    if (r.indicator == "ind-podil") podil.push_back(r);
  REQUIRE(podil.size() == 12);  // 2021 Q1 (baseline 2021-01-01) to 2023 Q4 (target 2023-12-31)
  CHECK(text(podil[0].target) == "6.1");  // 75 % × 89 / 1094 days = 6.1014 %, to hundredths
  CHECK(podil[4].period == DateRange(Date(2022, 1, 1), Date(2022, 3, 31)));
  CHECK(text(podil[4].value) == "75");  // 24 + 6 of 40
  CHECK(podil[4].observations == 2);
}

TEST_CASE("Results render as JSON, CSV and Markdown in both languages") {
  auto rows = results_of(Mutable(), Date(2023, 12, 31), ReportingFrequency::year);
  std::string json = render_results(rows, OutputFormat::json);
  CHECK(json.find(R"("period_start": "2022-01-01")") != std::string::npos);
  CHECK(json.find(R"("target_source": "interpolated")") != std::string::npos);
  CHECK(json.find(R"("value": null)") != std::string::npos);
  std::string csv = render_results(rows, OutputFormat::csv);
  CHECK(csv.substr(0, csv.find('\n')) ==
        "indicator,period_start,period_end,target,target_source,value,observations,value_to_date,achievement,status,"
        "missed_target");
  CHECK(csv.find("ind-osoby,2022-01-01,2022-12-31,60,declared,50,1,50,0.833333,off_track,true\n") != std::string::npos);
  std::string md = render_results(rows, OutputFormat::markdown, Language::cs);
  CHECK(md.find("## Podpořené osoby (ind-osoby), osoby") != std::string::npos);
  CHECK(md.find("| 1.\u00A01.\u00A02022 – 31.\u00A012.\u00A02022 | 60 | 50 | 50 | 83,3\u00A0% | neplní se, zmeškaný milník |") !=
        std::string::npos);
  CHECK(md.find("| 1.\u00A01.\u00A02021 – 31.\u00A012.\u00A02021 | 32 (interpolováno) | – | – | – | termín ještě nenastal |") !=
        std::string::npos);
  CHECK_THROWS_AS(render_results(rows, OutputFormat::html), Error);
}

TEST_CASE("Results escape what the document gave for where it goes") {
  Mutable m;
  m.set("/indicators/0/id", R"j("=HYPERLINK(\"x\")")j");
  m.set("/indicators/0/name", R"("Osoby | <b>*tučně*</b>")");
  Document doc = m.load();
  ResultsOptions o;
  o.progress.as_of = Date(2023, 12, 31);
  auto rows = results_by_period(doc, o);
  std::string csv = render_results(rows, OutputFormat::csv);
  CHECK(csv.find("\"'=HYPERLINK(\"\"x\"\")\",2021-01-01") != std::string::npos);
  std::string md = render_results(rows, OutputFormat::markdown);
  CHECK(md.find("## Osoby \\| &lt;b&gt;\\*tučně\\*&lt;/b&gt; (=HYPERLINK(\"x\")), persons") != std::string::npos);
}

TEST_CASE("Results grow with the observations and periods, one walk per indicator") {
  // A monthly indicator over 40 years with an observation each month: every period has one value.
  Mutable m;
  m.set("/indicators/0/reporting_frequency", "\"month\"");
  m.set("/indicators/0/baseline", R"({"value": 0, "date": "1990-01-01"})");
  m.set("/indicators/0/targets", R"([{"value": 1000000, "date": "2029-12-31"}])");
  std::string observations = "[";
  for (int y = 1990; y < 2030; ++y)
    for (int mo = 1; mo <= 12; ++mo)
      observations += std::string(observations.size() > 1 ? "," : "") + "{\"date\": \"" + std::to_string(y) + "-" +
                      (mo < 10 ? "0" : "") + std::to_string(mo) + "-15\", \"value\": 1}";
  m.set("/indicators/0/observations", observations + "]");
  auto rows = results_of(m, Date(2030, 1, 1));
  REQUIRE(rows.size() == 480);
  CHECK(text(rows.back().value_to_date) == "480");
  CHECK(rows.back().status == ProgressStatus::off_track);
  for (const auto& r : rows) REQUIRE(r.observations == 1);
}
