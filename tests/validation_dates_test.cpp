// Rules D001-D008.

#include "validation_support.hpp"

using inclusio::Severity;
using test::expect_none;
using test::expect_one;
using test::Mutable;

TEST_CASE("D001: an impossible or malformed date") {
  auto r = Mutable().set("/plans/0/period/start", "\"2021-02-30\"").validate();
  CHECK(expect_one(r, "D001", Severity::error, "/plans/0/period/start", "spsz") ==
        "\"2021-02-30\" is not a day of the calendar");
  auto form = Mutable().set("/events/0/date", "\"15. 3. 2022\"").validate();
  CHECK(expect_one(form, "D001", Severity::error, "/events/0/date", "setkani") ==
        "\"15. 3. 2022\" is not a date of the form YYYY-MM-DD");
  expect_none(Mutable().set("/plans/0/period/start", "\"2020-02-29\"").validate(), "D001");
  // A real day, but outside the years dates take: said so, not "not a day of the calendar".
  CHECK(expect_one(Mutable().set("/plans/0/period/start", "\"0001-01-01\"").validate(), "D001", Severity::error,
                   "/plans/0/period/start", "spsz") == "\"0001-01-01\" lies outside the years 1400–9999 that dates take");
}

TEST_CASE("D002: a period that starts after it ends") {
  auto r = Mutable().set("/projects/0/period/end", "\"2021-05-31\"").validate();
  CHECK(expect_one(r, "D002", Severity::error, "/projects/0/period", "projekt") ==
        "the period starts 2021-06-01, after it ends 2021-05-31");
  expect_none(Mutable().set("/projects/0/period/end", "\"2021-06-01\"").validate(), "D002");  // one day
}

TEST_CASE("D003: a measure's period outside its plan's") {
  auto r = Mutable().set("/plans/0/measures/0/period/end", "\"2024-01-01\"").validate();
  CHECK(expect_one(r, "D003", Severity::warning, "/plans/0/measures/0/period", "opatreni") ==
        "the measure runs 2021-06-01 – 2024-01-01, outside its plan's period 2021-01-01 – 2023-12-31");
  expect_none(Mutable().set("/plans/0/measures/0/period/end", "\"2023-12-31\"").validate(), "D003");
}

TEST_CASE("D004: a target date outside the period of the indicator's subject") {
  auto r = Mutable().set("/indicators/0/targets/1/date", "\"2023-07-01\"").validate();
  CHECK(expect_one(r, "D004", Severity::warning, "/indicators/0/targets/1/date", "ind-osoby") ==
        "the target date 2023-07-01 is outside opatreni's period 2021-06-01 – 2023-06-30");
  // A goal's period is its plan's.
  Mutable goal;
  goal.set("/indicators/1/subject", R"({"type": "goal", "id": "cil"})").set("/indicators/1/targets/0/date", "\"2024-01-31\"");
  expect_one(goal.validate(), "D004", Severity::warning, "/indicators/1/targets/0/date", "ind-podil");
  expect_none(Mutable().set("/indicators/0/targets/1/date", "\"2023-06-30\"").validate(), "D004");
}

TEST_CASE("D005: an observation dated before the baseline") {
  auto r = Mutable().set("/indicators/0/observations/0/date", "\"2021-05-31\"").validate();
  CHECK(expect_one(r, "D005", Severity::warning, "/indicators/0/observations/0/date", "ind-osoby") ==
        "observed on 2021-05-31, before the baseline of 2021-06-01");
  expect_none(Mutable().set("/indicators/0/observations/0/date", "\"2021-06-01\"").validate(), "D005");
}

TEST_CASE("D006: a plan approved after its period started") {
  auto r = Mutable().set("/plans/0/approval/date", "\"2021-01-02\"").validate();
  CHECK(expect_one(r, "D006", Severity::warning, "/plans/0/approval/date", "spsz") ==
        "the plan was approved on 2021-01-02, after its period started on 2021-01-01");
  expect_none(Mutable().set("/plans/0/approval/date", "\"2021-01-01\"").validate(), "D006");
}

TEST_CASE("D007: a plan's length against its support type, within three months") {
  auto r = Mutable().set("/plans/0/period/end", "\"2024-04-30\"").validate();
  CHECK(expect_one(r, "D007", Severity::warning, "/plans/0/period", "spsz") ==
        "the plan runs 2021-01-01 – 2024-04-30, but intensive comprehensive support (3 years) has a 3-year cycle (±3 months)");
  expect_none(Mutable().set("/plans/0/period/end", "\"2024-03-31\"").validate(), "D007");  // exactly 3 months over
  auto remote = Mutable().set("/plans/0/support_type", "\"remote_partial\"").validate();
  expect_one(remote, "D007", Severity::warning, "/plans/0/period", "spsz");
  Mutable year;
  year.set("/plans/0/support_type", "\"remote_intensive\"").set("/plans/0/period/end", "\"2021-12-31\"");
  expect_none(year.validate(), "D007");
}

TEST_CASE("D008: an observation dated after as_of") {
  inclusio::ValidateOptions early = Mutable::defaults();
  early.as_of = inclusio::Date(2022, 6, 29);
  auto r = Mutable().validate(early);
  auto found = test::of_rule(r, "D008");
  REQUIRE(found.size() == 6);  // 2022-06-30, 2023-06-30, 2024-06-30, 2022-12-31, 2024-06-30 and 2022-06-30
  CHECK(found[0].pointer == "/indicators/0/observations/0/date");
  CHECK(found[0].severity == Severity::error);
  CHECK(found[0].message == "observed on 2022-06-30, after the validation date 2022-06-29");
  early.as_of = inclusio::Date(2024, 6, 30);
  expect_none(Mutable().validate(early), "D008");
}
