// Indicator progress: current value by aggregation, the applicable target, progress, expected
// progress and status, on the clean base document.

#include "validation_support.hpp"

using namespace inclusio;
using test::Mutable;

namespace {
IndicatorProgress progress_of(const Mutable& m, const char* id, Date as_of, Dimensions dims = {}) {
  Document doc = m.load();
  ProgressOptions o;
  o.as_of = as_of;
  o.dimensions = std::move(dims);
  return indicator_progress(*doc.find_as<Indicator>(id), o);
}
}  // namespace

TEST_CASE("A cumulative indicator sums its observations and is judged against the next target due") {
  IndicatorProgress p = progress_of(Mutable(), "ind-osoby", Date(2022, 12, 31));
  CHECK(p.current->to_string() == "50");
  CHECK(p.current_date == Date(2022, 6, 30));
  CHECK(p.observations == 1);
  CHECK(p.target_index == 1u);  // 120 by 2023-06-30; 60 by 2022-06-30 is past
  CHECK(p.target->to_string() == "120");
  CHECK(*p.progress == doctest::Approx(50.0 / 120.0));
  CHECK(*p.expected == doctest::Approx(578.0 / 759.0));  // days from 2021-06-01
  CHECK(p.status == ProgressStatus::off_track);           // lags by 0.34 > 0.25
  IndicatorProgress later = progress_of(Mutable(), "ind-osoby", Date(2023, 7, 15));
  CHECK(later.current->to_string() == "80");
  CHECK(later.target_index == 1u);  // none due any more: the last
  CHECK(later.status == ProgressStatus::off_track);
}

TEST_CASE("Status follows the lag behind the time elapsed, with the documented margins") {
  // As of 2022-03-01, 273 of 394 days to the first target (60) have passed: expected 0.693.
  auto at = [](const char* value) {
    return progress_of(Mutable().set("/indicators/0/observations/0/date", "\"2022-01-31\"")
                           .set("/indicators/0/observations/0/value", value),
                       "ind-osoby", Date(2022, 3, 1));
  };
  CHECK(at("40").status == ProgressStatus::on_track);   // 0.667: lag 0.03
  CHECK(at("30").status == ProgressStatus::at_risk);    // 0.5: lag 0.19
  CHECK(at("20").status == ProgressStatus::off_track);  // 0.333: lag 0.36
  CHECK(at("60").status == ProgressStatus::achieved);
  CHECK(*at("40").expected == doctest::Approx(273.0 / 394.0));
  ProgressOptions wide;
  wide.as_of = Date(2022, 3, 1);
  wide.at_risk_margin = 0.2;
  wide.off_track_margin = 0.4;
  Document doc = Mutable().set("/indicators/0/observations/0/date", "\"2022-01-31\"")
                     .set("/indicators/0/observations/0/value", "30").load();
  CHECK(indicator_progress(*doc.find_as<Indicator>("ind-osoby"), wide).status == ProgressStatus::on_track);
  wide.at_risk_margin = 0.5;
  CHECK_THROWS_AS(indicator_progress(*doc.find_as<Indicator>("ind-osoby"), wide), Error);
}

TEST_CASE("Before any observation a target is not due; after its date without data, there is no data; values without a target have no target") {
  CHECK(progress_of(Mutable(), "ind-osoby", Date(2022, 3, 1)).status == ProgressStatus::not_due);
  Mutable none;
  none.set("/indicators/0/observations", "[]");
  CHECK(progress_of(none, "ind-osoby", Date(2024, 1, 1)).status == ProgressStatus::no_data);
  IndicatorProgress untargeted = progress_of(Mutable().erase("/indicators/0/targets"), "ind-osoby", Date(2024, 1, 1));
  CHECK(untargeted.status == ProgressStatus::no_target);
  CHECK(untargeted.current->to_string() == "80");  // 50 + 30: the current value is still given
  CHECK(progress_of(none.erase("/indicators/0/targets"), "ind-osoby", Date(2024, 1, 1)).status == ProgressStatus::no_data);
}

TEST_CASE("A share with a denominator is shown as share and count") {
  IndicatorProgress p = progress_of(Mutable(), "ind-podil", Date(2023, 1, 31));
  CHECK(p.current->to_string() == "50");
  CHECK(p.current_count->to_string() == "20");  // 50 % of 40
  CHECK(p.target_count->to_string() == "30");   // 75 % of 40, as the target says
  CHECK(*p.progress == doctest::Approx(50.0 / 75.0));
  CHECK(*p.expected == doctest::Approx(760.0 / 1094.0));
  CHECK(p.status == ProgressStatus::on_track);
}

TEST_CASE("A decreasing indicator progresses downwards") {
  Mutable m;
  m.set("/indicators/1/direction", "\"decrease\"").set("/indicators/1/baseline/value", "80")
      .set("/indicators/1/targets/0", R"({"value": 20, "date": "2023-12-31"})")
      .set("/indicators/1/observations/0", R"({"date": "2022-12-31", "value": 40})");
  IndicatorProgress p = progress_of(m, "ind-podil", Date(2023, 1, 31));
  CHECK(*p.progress == doctest::Approx(40.0 / 60.0));
  CHECK(p.status == ProgressStatus::on_track);
  m.set("/indicators/1/observations/0/value", "15");
  CHECK(progress_of(m, "ind-podil", Date(2023, 1, 31)).status == ProgressStatus::achieved);
}

TEST_CASE("An ordinal indicator is measured by positions on its scale") {
  IndicatorProgress p = progress_of(Mutable(), "ind-hodnoceni", Date(2022, 12, 31));
  CHECK(p.baseline->to_string() == "1");
  CHECK(p.current->to_string() == "2");
  CHECK(p.current_text == "úspěšné");
  CHECK(p.target_text == "úspěšné");
  CHECK(p.status == ProgressStatus::achieved);
}

TEST_CASE("Dimensions are combined per date, or filtered") {
  Mutable m;
  m.set("/indicators/0/observations",
        R"([{"date": "2022-06-30", "value": 50, "dimensions": {"pohlaví": "ženy"}},
            {"date": "2022-06-30", "value": 20, "dimensions": {"pohlaví": "muži"}}])");
  CHECK(progress_of(m, "ind-osoby", Date(2022, 12, 31)).current->to_string() == "70");
  CHECK(progress_of(m, "ind-osoby", Date(2022, 12, 31), {{"pohlaví", "ženy"}}).current->to_string() == "50");
  CHECK(progress_of(m, "ind-osoby", Date(2022, 12, 31), {{"pohlaví", "děti"}}).observations == 0);
}

TEST_CASE("Aggregations: last, mean and max") {
  Mutable m;
  m.set("/indicators/0/observations", R"([{"date": "2022-01-31", "value": 10}, {"date": "2022-02-28", "value": 40},
                                         {"date": "2022-03-31", "value": 25}])");
  auto with = [&](const char* agg) {
    Mutable copy = m;
    copy.set("/indicators/0/aggregation", std::string("\"") + agg + "\"");
    return progress_of(copy, "ind-osoby", Date(2022, 4, 1)).current->to_string();
  };
  CHECK(with("last") == "25");
  CHECK(with("mean") == "25");
  CHECK(with("max") == "40");
  CHECK(with("cumulative") == "75");
  // An observation after as_of is not used.
  CHECK(progress_of(m, "ind-osoby", Date(2022, 3, 1)).current->to_string() == "50");
}

TEST_CASE("Progress of every indicator of the seeds' examples") {
  ProgressOptions o;
  o.as_of = Date(2026, 11, 23);
  auto asz = document_progress(load_file(test::examples_dir() / "asz-2010-2013.json"), o);
  REQUIRE(asz.size() == 5);
  CHECK(asz[2].indicator == "ipn-prostredky-ziskane");
  CHECK(asz[2].pointer == "/indicators/2");
  CHECK(asz[2].current->to_string() == "268848487");
  CHECK(asz[2].status == ProgressStatus::no_target);  // no target in the seed
  auto rsz = document_progress(load_file(test::examples_dir() / "rsz-2023.json"), o);
  CHECK(rsz[0].target_count->to_string() == "30");
  CHECK(rsz[0].status == ProgressStatus::no_data);  // due 2024-12-31, nothing observed
}
