// Rules I001-I011.

#include "validation_support.hpp"

using inclusio::Severity;
using test::expect_none;
using test::expect_one;
using test::Mutable;

TEST_CASE("I001: an indicator without baseline") {
  auto r = Mutable().erase("/indicators/0/baseline").validate();
  CHECK(expect_one(r, "I001", Severity::warning, "/indicators/0", "ind-osoby") == "the indicator has no baseline");
  expect_none(Mutable().validate(), "I001");
}

TEST_CASE("I002: an indicator without target, except a context indicator") {
  auto r = Mutable().erase("/indicators/2/targets").validate();
  CHECK(expect_one(r, "I002", Severity::warning, "/indicators/2", "ind-hodnoceni") == "the indicator has no target");
  expect_one(Mutable().set("/indicators/2/targets", "[]").validate(), "I002", Severity::warning, "/indicators/2",
             "ind-hodnoceni");
  expect_none(Mutable().erase("/indicators/2/targets").set("/indicators/2/kind", "\"context\"").validate(), "I002");
}

TEST_CASE("I003: a percentage outside 0-100") {
  auto r = Mutable().set("/indicators/1/observations/0/value", "100.5").erase("/indicators/1/observations/0/count").validate();
  CHECK(expect_one(r, "I003", Severity::error, "/indicators/1/observations/0/value", "ind-podil") ==
        "the percentage 100.5 is outside 0–100");
  expect_none(Mutable().set("/indicators/1/observations/0/value", "100").erase("/indicators/1/observations/0/count").validate(),
              "I003");
}

TEST_CASE("I004: a count that is not a non-negative whole number") {
  auto r = Mutable().set("/indicators/0/observations/1/value", "30.5").validate();
  CHECK(expect_one(r, "I004", Severity::error, "/indicators/0/observations/1/value", "ind-osoby") ==
        "30.5 persons is not a non-negative whole number");
  expect_one(Mutable().set("/indicators/0/baseline/value", "-1").validate(), "I004", Severity::error,
             "/indicators/0/baseline/value", "ind-osoby");
  expect_none(Mutable().set("/indicators/0/observations/1/value", "30.0").validate(), "I004");
}

TEST_CASE("I005: a target against the direction of change") {
  auto r = Mutable().set("/indicators/0/targets/0/value", "0").validate();
  CHECK(expect_one(r, "I005", Severity::warning, "/indicators/0/targets/0/value", "ind-osoby") ==
        "the indicator should increase, but the target 0 is not above the baseline 0");
  Mutable decrease;
  decrease.set("/indicators/1/direction", "\"decrease\"").set("/indicators/1/baseline/value", "50");
  expect_one(decrease.validate(), "I005", Severity::warning, "/indicators/1/targets/0/value", "ind-podil");
  expect_none(Mutable().set("/indicators/0/targets/0/value", "1").validate(), "I005");
}

TEST_CASE("I006: a target already met at baseline") {
  Mutable maintain;
  maintain.set("/indicators/1/direction", "\"maintain\"").set("/indicators/1/baseline/value", "80");
  CHECK(expect_one(maintain.validate(), "I006", Severity::info, "/indicators/1/targets/0/value", "ind-podil") ==
        "the baseline 80 already meets the target 75");
  Mutable below;
  below.set("/indicators/1/direction", "\"maintain\"").set("/indicators/1/baseline/value", "70");
  expect_none(below.validate(), "I006");
}

TEST_CASE("I007: share and count must agree with the denominator within half a point") {
  auto r = Mutable().set("/indicators/1/targets/0/count", "29").validate();
  CHECK(expect_one(r, "I007", Severity::error, "/indicators/1/targets/0/count", "ind-podil") ==
        "75 % of 40 is 30, not 29");
  // 75.5 % of 40 is 30.2: within half a percentage point of 30.
  expect_none(Mutable().set("/indicators/1/targets/0/value", "75.5").validate(), "I007");
  // 76.25 % of 40 is 30.5: 1.25 points away from 30.
  expect_one(Mutable().set("/indicators/1/targets/0/value", "76.25").validate(), "I007", Severity::error,
             "/indicators/1/targets/0/count", "ind-podil");
  expect_one(Mutable().set("/indicators/1/observations/0/count", "21").validate(), "I007", Severity::error,
             "/indicators/1/observations/0/count", "ind-podil");
}

TEST_CASE("I008: a value of the wrong type for the measure") {
  auto r = Mutable().set("/indicators/0/observations/0/value", "\"padesát\"").validate();
  CHECK(expect_one(r, "I008", Severity::error, "/indicators/0/observations/0/value", "ind-osoby") ==
        "a quantity indicator needs a number, not the text \"padesát\"");
  auto ordinal = Mutable().set("/indicators/2/observations/0/value", "3").validate();
  CHECK(expect_one(ordinal, "I008", Severity::error, "/indicators/2/observations/0/value", "ind-hodnoceni") ==
        "an ordinal indicator needs a text value, not the number 3");
  expect_none(Mutable().validate(), "I008");
}

TEST_CASE("I009: two observations with the same date and dimensions") {
  auto r = Mutable().push("/indicators/0/observations", R"({"date": "2022-06-30", "value": 5})").validate();
  CHECK(expect_one(r, "I009", Severity::error, "/indicators/0/observations/3", "ind-osoby") ==
        "a second observation for the same date and dimensions as /observations/0");
  Mutable dims;
  dims.set("/indicators/0/observations/0/dimensions", R"({"pohlaví": "ženy", "věk": "15-26"})");
  dims.push("/indicators/0/observations", R"({"date": "2022-06-30", "value": 5, "dimensions": {"věk": "15-26", "pohlaví": "ženy"}})");
  expect_one(dims.validate(), "I009", Severity::error, "/indicators/0/observations/3", "ind-osoby");
  Mutable other;
  other.set("/indicators/0/observations/0/dimensions", R"({"pohlaví": "ženy"})");
  other.push("/indicators/0/observations", R"({"date": "2022-06-30", "value": 5, "dimensions": {"pohlaví": "muži"}})");
  expect_none(other.validate(), "I009");
  // Dimensions are compared pair by pair: no joining of names and values can make two breakdowns one.
  Mutable joined;
  joined.set("/indicators/0/observations/0/dimensions", R"({"a\u001eb": "c"})");
  joined.push("/indicators/0/observations", R"({"date": "2022-06-30", "value": 5, "dimensions": {"a": "b\u001ec"}})");
  expect_none(joined.validate(), "I009");
}

TEST_CASE("I009: each repeat is reported in document order, against the first observation with its key") {
  Mutable m;
  m.set("/indicators/0/observations", R"([
    {"date": "2022-01-31", "value": 1},
    {"period": {"start": "2022-01-01", "end": "2022-03-31"}, "value": 2},
    {"date": "2022-01-31", "value": 3},
    {"period": {"start": "2022-01-01", "end": "2022-03-31"}, "value": 4},
    {"date": "2022-01-31", "value": 5, "dimensions": {}},
    {"date": "2022-01-31", "value": 6, "dimensions": {"pohlaví": "ženy"}},
    {"period": {"start": "2022-01-01", "end": "2022-03-30"}, "value": 7}])");
  std::vector<std::string> seen;
  for (const inclusio::Finding& f : test::of_rule(m.validate(), "I009")) seen.push_back(f.pointer + " " + f.message);
  CHECK(seen == std::vector<std::string>{
                    "/indicators/0/observations/2 a second observation for the same date and dimensions as /observations/0",
                    "/indicators/0/observations/3 a second observation for the same date and dimensions as /observations/1",
                    "/indicators/0/observations/4 a second observation for the same date and dimensions as /observations/0"});
}

TEST_CASE("I010: an ordinal value outside the scale") {
  auto r = Mutable().set("/indicators/2/targets/0/value", "\"vynikající\"").validate();
  CHECK(expect_one(r, "I010", Severity::error, "/indicators/2/targets/0/value", "ind-hodnoceni") ==
        "\"vynikající\" is not on the indicator's scale: neúspěšné, méně úspěšné, úspěšné, velmi úspěšné");
  expect_none(Mutable().set("/indicators/2/targets/0/value", "\"velmi úspěšné\"").validate(), "I010");
}

TEST_CASE("I011: targets of a cumulative indicator decreasing over time") {
  auto r = Mutable().set("/indicators/0/targets/1/value", "59").validate();
  CHECK(expect_one(r, "I011", Severity::warning, "/indicators/0/targets/1/value", "ind-osoby") ==
        "the cumulative target 59 by 2023-06-30 is below the earlier 60 by 2022-06-30");
  expect_none(Mutable().set("/indicators/0/targets/1/value", "60").validate(), "I011");
  // Not cumulative: a later, lower target is allowed.
  expect_none(Mutable().set("/indicators/0/targets/1/value", "59").set("/indicators/0/aggregation", "\"last\"").validate(),
              "I011");
}

TEST_CASE("I012: a denominator that is zero or negative, and progress derives no count from it") {
  auto r = Mutable().set("/indicators/1/denominator/value", "-40").validate();
  CHECK(expect_one(r, "I012", Severity::error, "/indicators/1/denominator/value", "ind-podil") ==
        "the denominator -40 is not positive");
  expect_one(Mutable().set("/indicators/1/denominator/value", "0").validate(), "I012", Severity::error,
             "/indicators/1/denominator/value", "ind-podil");
  expect_none(Mutable().validate(), "I012");
  inclusio::ProgressOptions o;
  o.as_of = inclusio::Date(2023, 1, 1);
  auto progress = inclusio::document_progress(Mutable().set("/indicators/1/denominator/value", "-40").load(), o);
  CHECK(progress[1].current == inclusio::Decimal::from_integer(50));
  CHECK_FALSE(progress[1].current_count.has_value());  // was -20
}

TEST_CASE("I013: an indicator's values that may sum beyond exact decimals, reported at the value where they stop fitting") {
  auto r = Mutable()
               .set("/indicators/0/observations", R"([{"date": "2021-12-31", "value": 9000000000000},
                                                      {"date": "2022-12-31", "value": 9000000000000}])")
               .validate();
  CHECK(expect_one(r, "I013", Severity::error, "/indicators/0/observations/1/value", "ind-osoby") ==
        "the indicator's values sum beyond the range of exact decimals (about ±9.2·10^12)");
  // Magnitudes count: a huge negative value and a huge positive one may overflow on the way.
  expect_one(Mutable()
                 .set("/indicators/0/observations", R"([{"date": "2021-12-31", "value": -9000000000000},
                                                        {"date": "2022-12-31", "value": 9000000000000}])")
                 .validate(),
             "I013", Severity::error, "/indicators/0/observations/1/value", "ind-osoby");
  expect_none(Mutable().validate(), "I013");
}

TEST_CASE("I013 and M004: the portfolio's persons, jobs and amounts whose sums overflow, at the project that overflows them") {
  std::string second = R"({"id": "druhy", "title": "Druhý", "programme": "op_z", "status": "approved", "recipient": "mesto",
    "approved": "92233720368547758.07", "supported_persons": {"planned": 9223372036854775807, "actual": 1}})";
  auto r = Mutable().set("/projects/0/approved", R"("92233720368547758.07")").push("/projects", second).validate();
  CHECK(expect_one(r, "M004", Severity::error, "/projects/1/approved", "druhy") ==
        "the portfolio's sum of these amounts overflows from here on");
  CHECK(expect_one(r, "I013", Severity::error, "/projects/1/supported_persons/planned", "druhy") ==
        "the portfolio's sum of these counts overflows from here on");
  // The largest amount alone is no overflow.
  expect_none(Mutable().set("/projects/0/approved", R"("92233720368547758.07")").validate(), "M004");
}
