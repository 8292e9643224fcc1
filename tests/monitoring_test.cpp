// Results monitoring (schema 1.1): statuses that match the numbers (no_target, overdue, a missed
// milestone), shares combined as Σcount / Σdenominator, totals beside their categories, the review
// state, declared disaggregations, and rules I014-I017.

#include "validation_support.hpp"

#include <inclusio/json.hpp>

using namespace inclusio;
using test::expect_none;
using test::expect_one;
using test::Mutable;

namespace {

IndicatorProgress progress(const Mutable& m, const char* id, Date as_of, Dimensions dims = {}, bool approved_only = false) {
  Document doc = m.load();
  ProgressOptions o;
  o.as_of = as_of;
  o.dimensions = std::move(dims);
  o.approved_only = approved_only;
  return indicator_progress(*doc.find_as<Indicator>(id), o);
}

ValidateOptions as_of(Date d) {
  ValidateOptions o;
  o.as_of = d;
  return o;
}

// ind-osoby reported quarterly, aiming at 120 persons by mid-2024.
Mutable quarterly() {
  Mutable m;
  m.set("/indicators/0/reporting_frequency", "\"quarter\"");
  m.set("/indicators/0/targets", R"([{"value": 120, "date": "2024-06-30"}])");
  return m;
}

// ind-podil as a town reports it: the share of its units, each unit with its own size.
Mutable shares_by_unit() {
  Mutable m;
  m.set("/indicators/1/observations",
        R"([{"date": "2022-12-31", "value": 80, "denominator": 30, "dimensions": {"útvar": "A"}},
            {"date": "2022-12-31", "value": 60, "denominator": 10, "dimensions": {"útvar": "B"}}])");
  return m;
}

// ind-osoby declaring its breakdown by gender, as ESF+ asks.
Mutable by_gender(const char* observations) {
  Mutable m;
  m.set("/indicators/0/dimensions", R"({"gender": ["female", "male", "non_binary"]})");
  m.set("/indicators/0/observations", observations);
  return m;
}

}  // namespace

TEST_CASE("reporting_period: calendar months, quarters, half-years and years") {
  Date d(2024, 5, 15);
  CHECK(reporting_period(d, ReportingFrequency::month) == DateRange(Date(2024, 5, 1), Date(2024, 5, 31)));
  CHECK(reporting_period(d, ReportingFrequency::quarter) == DateRange(Date(2024, 4, 1), Date(2024, 6, 30)));
  CHECK(reporting_period(d, ReportingFrequency::half_year) == DateRange(Date(2024, 1, 1), Date(2024, 6, 30)));
  CHECK(reporting_period(d, ReportingFrequency::year) == DateRange(Date(2024, 1, 1), Date(2024, 12, 31)));
  CHECK(reporting_period(Date(2024, 2, 29), ReportingFrequency::month).end() == Date(2024, 2, 29));
}

TEST_CASE("A passed milestone not met makes the indicator off track until a later value meets it") {
  Mutable m;
  m.set("/indicators/0/targets", R"([{"value": 60, "date": "2022-06-30"}, {"value": 200, "date": "2025-12-31"}])");
  m.set("/indicators/0/observations", R"([{"date": "2022-06-30", "value": 50}])");
  // 50 of 200 against 578 of 1674 days: on track by the final target alone, but 60 was due and missed.
  IndicatorProgress p = progress(m, "ind-osoby", Date(2022, 12, 31));
  CHECK(p.target_index == 1u);
  CHECK(p.status == ProgressStatus::off_track);
  REQUIRE(p.missed_targets.size() == 1);
  CHECK(p.missed_targets[0].index == 0u);
  CHECK(p.missed_targets[0].date == Date(2022, 6, 30));
  CHECK(p.missed_targets[0].target->to_string() == "60");
  CHECK(p.missed_targets[0].value->to_string() == "50");
  CHECK(expect_one(m.validate(as_of(Date(2022, 12, 31))), "I014", Severity::warning, "/indicators/0/targets/0",
                   "ind-osoby") == "the target 60 due 2022-06-30 was not met: the value to date then was 50");
  // A later report reaches 60: the milestone is made good, and the lag alone decides.
  m.push("/indicators/0/observations", R"({"date": "2022-09-30", "value": 15})");
  IndicatorProgress later = progress(m, "ind-osoby", Date(2022, 12, 31));
  CHECK(later.missed_targets.empty());
  CHECK(later.status == ProgressStatus::on_track);  // 65 / 200 = 0.325 against 0.345
  expect_none(m.validate(as_of(Date(2022, 12, 31))), "I014");
}

TEST_CASE("I014 in Czech, and for a milestone with nothing reported by its date") {
  Mutable m;
  m.set("/indicators/0/observations", R"([{"date": "2022-09-30", "value": 10}])");
  ValidateOptions cs = as_of(Date(2022, 12, 31));
  cs.language = Language::cs;
  CHECK(expect_one(m.validate(cs), "I014", Severity::warning, "/indicators/0/targets/0", "ind-osoby") ==
        "cílová hodnota 60 k 30.\u00A06.\u00A02022 nebyla splněna: do té doby nebylo nic vykázáno");
}

TEST_CASE("Reporting is overdue when the period before the last complete one has no value") {
  // As of 15 May 2023 (Q2), Q1 is the last complete quarter and has a quarter's grace: Q4 2022 is due.
  IndicatorProgress p = progress(quarterly(), "ind-osoby", Date(2023, 5, 15));
  REQUIRE(p.overdue_period);
  CHECK(*p.overdue_period == DateRange(Date(2022, 10, 1), Date(2022, 12, 31)));
  CHECK(p.status == ProgressStatus::overdue);  // 50 of 120 would be at risk, on data a year old
  CHECK(p.current->to_string() == "50");
  CHECK(expect_one(quarterly().validate(as_of(Date(2023, 5, 15))), "I015", Severity::warning,
                   "/indicators/0/reporting_frequency", "ind-osoby") ==
        "nothing reported for 2022-10-01 – 2022-12-31 (quarterly), due by 2023-03-31");
  // A value for Q4 2022 ends it.
  Mutable reported = quarterly();
  reported.push("/indicators/0/observations", R"({"period": {"start": "2022-10-01", "end": "2022-12-31"}, "value": 10})");
  IndicatorProgress now = progress(reported, "ind-osoby", Date(2023, 5, 15));
  CHECK(!now.overdue_period);
  CHECK(now.status == ProgressStatus::at_risk);
  expect_none(reported.validate(as_of(Date(2023, 5, 15))), "I015");
  // Eighteen months without any report is overdue, not "not due".
  Mutable silent = quarterly();
  silent.set("/indicators/0/observations", "[]");
  CHECK(progress(silent, "ind-osoby", Date(2022, 12, 31)).status == ProgressStatus::overdue);
  // Before the first period is due (baseline 2021-06-01: Q2 2021 is due from October 2021) it is not.
  CHECK(progress(silent, "ind-osoby", Date(2021, 9, 30)).status == ProgressStatus::not_due);
  // A missed milestone stays off track: overdue never hides it.
  Mutable missed = quarterly();
  missed.set("/indicators/0/targets", R"([{"value": 60, "date": "2022-06-30"}, {"value": 120, "date": "2024-06-30"}])");
  CHECK(progress(missed, "ind-osoby", Date(2023, 5, 15)).status == ProgressStatus::off_track);
}

TEST_CASE("Shares of units of different size combine as Σcount / Σdenominator, never as a mean") {
  // 80 % of 30 and 60 % of 10: 24 + 6 of 40 = 75 %, where the mean would say 70 %.
  IndicatorProgress p = progress(shares_by_unit(), "ind-podil", Date(2023, 1, 31));
  CHECK(p.current->to_string() == "75");
  CHECK(p.current_count->to_string() == "30");
  CHECK(p.current_denominator->to_string() == "40");
  CHECK(p.status == ProgressStatus::achieved);  // at least 75 by 2023-12-31
  // Without a denominator for one unit the shares cannot be weighted: no value rather than a mean.
  Mutable unweighted = shares_by_unit();
  unweighted.set("/indicators/1/denominator", "null");
  unweighted.erase("/indicators/1/observations/1/denominator");
  IndicatorProgress q = progress(unweighted, "ind-podil", Date(2023, 1, 31));
  CHECK(!q.current);
  CHECK(q.status == ProgressStatus::not_due);
}

TEST_CASE("A total reported beside its categories is counted once") {
  Mutable m = by_gender(R"([{"date": "2022-06-30", "value": 50},
                            {"date": "2022-06-30", "value": 30, "dimensions": {"gender": "female"}},
                            {"date": "2022-06-30", "value": 20, "dimensions": {"gender": "male"}}])");
  CHECK(progress(m, "ind-osoby", Date(2022, 12, 31)).current->to_string() == "50");
  CHECK(progress(m, "ind-osoby", Date(2022, 12, 31), {{"gender", "female"}}).current->to_string() == "30");
}

TEST_CASE("A target for one category is measured against that category") {
  Mutable m = by_gender(R"([{"date": "2022-06-30", "value": 30, "dimensions": {"gender": "female"}},
                            {"date": "2022-06-30", "value": 20, "dimensions": {"gender": "male"}}])");
  m.set("/indicators/0/targets", R"([{"value": 40, "date": "2023-06-30"},
                                     {"value": 25, "date": "2023-06-30", "dimensions": {"gender": "female"}}])");
  IndicatorProgress total = progress(m, "ind-osoby", Date(2022, 12, 31));
  CHECK(total.target->to_string() == "40");
  CHECK(total.status == ProgressStatus::achieved);  // 50 ≥ 40
  IndicatorProgress women = progress(m, "ind-osoby", Date(2022, 12, 31), {{"gender", "female"}});
  CHECK(women.target_index == 1u);
  CHECK(women.status == ProgressStatus::achieved);  // 30 ≥ 25
  CHECK(progress(m, "ind-osoby", Date(2022, 12, 31), {{"gender", "male"}}).status == ProgressStatus::no_target);
}

TEST_CASE("approved_only counts approved observations and those without a status") {
  Mutable m;
  m.set("/indicators/0/observations", R"([{"date": "2022-06-30", "value": 50},
                                         {"date": "2022-09-30", "value": 7, "status": "approved"},
                                         {"date": "2022-12-31", "value": 9, "status": "submitted"},
                                         {"date": "2023-03-31", "value": 4, "status": "returned"}])");
  CHECK(progress(m, "ind-osoby", Date(2023, 5, 1)).current->to_string() == "70");
  IndicatorProgress approved = progress(m, "ind-osoby", Date(2023, 5, 1), {}, true);
  CHECK(approved.current->to_string() == "57");
  CHECK(approved.observations == 2);
  CHECK(approved.current_date == Date(2022, 9, 30));
}

TEST_CASE("Where nothing was recorded the current value is absent, never 0") {
  Mutable m;
  m.set("/indicators/0/observations", "[]");
  IndicatorProgress p = progress(m, "ind-osoby", Date(2022, 12, 31));
  CHECK(!p.current);
  CHECK(!p.current_date);
  CHECK(p.observations == 0);
}

TEST_CASE("I016: a dimension value outside the indicator's declared categories") {
  Mutable m = by_gender(R"([{"date": "2022-06-30", "value": 30, "dimensions": {"gender": "žena"}},
                            {"date": "2022-06-30", "value": 20, "dimensions": {"age": "15_26"}}])");
  auto r = m.validate();
  auto found = test::of_rule(r, "I016");
  REQUIRE(found.size() == 2);
  CHECK(found[0].severity == Severity::error);
  CHECK(found[0].pointer == "/indicators/0/observations/0/dimensions/gender");
  CHECK(found[0].message == "\"žena\" is not a category of \"gender\": \"female\", \"male\", \"non_binary\"");
  CHECK(found[1].pointer == "/indicators/0/observations/1/dimensions/age");
  CHECK(found[1].message == "the indicator declares no dimension \"age\"");
  ValidateOptions cs = Mutable::defaults();
  cs.language = Language::cs;
  CHECK(test::of_rule(m.validate(cs), "I016")[0].message ==
        "„žena“ není kategorie členění „gender“: „female“, „male“, „non_binary“");
  // Undeclared dimensions are free: a 1.0 indicator declares none.
  Mutable free;
  free.set("/indicators/0/observations/0/dimensions", R"({"pohlaví": "ženy"})");
  expect_none(free.validate(), "I016");
  // A target's categories are checked too.
  Mutable target = by_gender("[]");
  target.push("/indicators/0/targets", R"({"value": 10, "date": "2023-06-30", "dimensions": {"gender": "women"}})");
  expect_one(target.validate(), "I016", Severity::error, "/indicators/0/targets/2/dimensions/gender", "ind-osoby");
}

TEST_CASE("I017: the categories of a declared dimension sum to the total exactly") {
  const char* observations = R"([{"date": "2022-06-30", "value": 50},
                                 {"date": "2022-06-30", "value": 30, "dimensions": {"gender": "female"}},
                                 {"date": "2022-06-30", "value": 15, "dimensions": {"gender": "male"}},
                                 {"date": "2022-06-30", "value": 0, "dimensions": {"gender": "non_binary"}}])";
  CHECK(expect_one(by_gender(observations).validate(), "I017", Severity::error, "/indicators/0/observations/0/value",
                   "ind-osoby") == "the categories of \"gender\" sum to 45, but the total is 50");
  Mutable fixed = by_gender(observations);
  fixed.set("/indicators/0/observations/2/value", "20");
  expect_none(fixed.validate(), "I017");
  // Not every category reported: nothing to compare.
  Mutable partial = by_gender(observations);
  partial.erase("/indicators/0/observations/3");
  expect_none(partial.validate(), "I017");
  // Another date's categories do not count against this total.
  Mutable other_date = by_gender(observations);
  other_date.set("/indicators/0/observations/3/date", "\"2022-07-31\"");
  expect_none(other_date.validate(), "I017");
}

TEST_CASE("I007 uses the observation's own denominator") {
  Mutable m;
  m.set("/indicators/1/observations/0", R"({"date": "2022-12-31", "value": 25, "count": 3, "denominator": 12})");
  expect_none(m.validate(), "I007");
  m.erase("/indicators/1/observations/0/denominator");  // 25 % of the indicator's 40 is 10
  CHECK(expect_one(m.validate(), "I007", Severity::error, "/indicators/1/observations/0/count", "ind-podil") ==
        "25 % of 40 is 10, not 3");
}

TEST_CASE("Schema 1.1: its members round-trip, and a 1.0 document writes back as 1.0") {
  Document plain = Mutable().load();
  CHECK(plain.declared_schema_version() == "1.0");
  CHECK(dump_string(plain).find("\"schema_version\": \"1.0\"") != std::string::npos);
  Mutable m = quarterly();
  m.set("/indicators/0/dimensions", R"({"gender": ["female", "male", "non_binary"]})");
  m.set("/indicators/0/observations/0/status", "\"approved\"");
  m.set("/indicators/0/observations/0/denominator", "12");
  m.push("/indicators/0/targets", R"({"value": 50, "date": "2024-06-30", "dimensions": {"gender": "female"}})");
  Document doc = m.load();
  std::string text = dump_string(doc);
  CHECK(text.find("\"schema_version\": \"1.1\"") != std::string::npos);
  Document again = load_string(text);
  CHECK(again.declared_schema_version() == "1.1");
  CHECK(dump_string(again) == text);
  const Indicator& ind = *again.find_as<Indicator>("ind-osoby");
  CHECK(*ind.reporting_frequency == ReportingFrequency::quarter);
  CHECK(*ind.dimensions->find("gender") == std::vector<std::string>{"female", "male", "non_binary"});
  CHECK(*(*ind.observations)[0]->status == ObservationStatus::approved);
  CHECK((*ind.observations)[0]->denominator->to_string() == "12");
  // A 1.1 document stays 1.1 even without the new members.
  Document declared = load_string(R"({"format": "inclusio", "schema_version": "1.1"})");
  CHECK(dump_string(declared, WriteOptions{0}) == "{\"format\":\"inclusio\",\"schema_version\":\"1.1\"}\n");
  // Members of the wrong form are kept and reported like any other.
  Mutable wrong;
  wrong.set("/indicators/0/reporting_frequency", "\"weekly\"");
  wrong.set("/indicators/0/dimensions", R"({"gender": "female"})");
  auto r = wrong.validate();
  CHECK(test::of_rule(r, "S004").size() + test::of_rule(r, "S003").size() == 2);
}

TEST_CASE("I014 names a rating target as written, not by its position on the scale") {
  Mutable m;
  m.set("/indicators/2/observations/0/value", "\"méně úspěšné\"");
  CHECK(expect_one(m.validate(), "I014", Severity::warning, "/indicators/2/targets/0", "ind-hodnoceni") ==
        "the target \"úspěšné\" due 2023-06-30 was not met: it was not reached by then, nor since");
}
