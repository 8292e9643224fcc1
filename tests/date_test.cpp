#include "test_support.hpp"

#include <doctest/doctest.h>

using inclusio::Date;
using inclusio::DateProblem;
using inclusio::DateRange;

TEST_CASE("Dates are real calendar days") {
  Date d;
  CHECK(Date::try_parse("2024-02-29", d) == DateProblem::none);
  CHECK(d.to_string() == "2024-02-29");
  CHECK(Date::try_parse("2023-02-29", d) == DateProblem::impossible);
  CHECK(Date::try_parse("2021-02-30", d) == DateProblem::impossible);
  CHECK(Date::try_parse("2023-13-01", d) == DateProblem::impossible);
  CHECK(Date::try_parse("2023-00-10", d) == DateProblem::impossible);
  CHECK(Date::try_parse("1900-02-29", d) == DateProblem::impossible);
  CHECK(Date::try_parse("2000-02-29", d) == DateProblem::none);
  CHECK(Date::try_parse("2023-1-01", d) == DateProblem::malformed);
  CHECK(Date::try_parse("23.5.2023", d) == DateProblem::malformed);
  CHECK(Date::try_parse("2023-01-01T00:00", d) == DateProblem::malformed);
  CHECK(Date::try_parse("0999-01-01", d) == DateProblem::out_of_range);
  CHECK_THROWS_WITH_AS(Date::parse("2021-02-30"), "invalid date \"2021-02-30\": no such day in the calendar",
                       inclusio::Error);
}

TEST_CASE("Date arithmetic crosses leap days and month ends") {
  CHECK(Date(2024, 2, 28).add_days(1).to_string() == "2024-02-29");
  CHECK(Date(2023, 2, 28).add_days(1).to_string() == "2023-03-01");
  CHECK(Date(2024, 1, 31).add_months(1).to_string() == "2024-02-29");
  CHECK(Date(2016, 1, 1).add_months(36).to_string() == "2019-01-01");
  CHECK(Date(2016, 1, 1).days_until(Date(2022, 4, 30)) == 2311);
  CHECK(Date(2022, 4, 30).days_until(Date(2016, 1, 1)) == -2311);
  CHECK(Date(2024, 3, 1) > Date(2024, 2, 29));
}

TEST_CASE("A date range includes both ends") {
  DateRange r(Date(2016, 1, 1), Date(2022, 4, 30));
  CHECK(r.contains(Date(2016, 1, 1)));
  CHECK(r.contains(Date(2022, 4, 30)));
  CHECK_FALSE(r.contains(Date(2022, 5, 1)));
  CHECK(DateRange(Date(2024, 2, 29), Date(2024, 2, 29)).days() == 1);
  CHECK(DateRange(Date(2024, 1, 1), Date(2024, 12, 31)).days() == 366);
  CHECK_THROWS_AS(DateRange(Date(2024, 1, 2), Date(2024, 1, 1)), inclusio::Error);
}
