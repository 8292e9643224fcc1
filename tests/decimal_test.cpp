#include "test_support.hpp"

#include <doctest/doctest.h>

using inclusio::Decimal;

TEST_CASE("Decimal reads JSON number text exactly") {
  CHECK(Decimal::parse("75").scaled() == 75'000'000);
  CHECK(Decimal::parse("33.5").to_string() == "33.5");
  CHECK(Decimal::parse("2.5e3").to_string() == "2500");
  CHECK(Decimal::parse("1E-2").to_string() == "0.01");
  CHECK(Decimal::parse("-0.000001").to_string() == "-0.000001");
  CHECK(Decimal::parse("-0").to_string() == "0");
  CHECK((Decimal::parse("0.1") + Decimal::parse("0.2")) == Decimal::parse("0.3"));
}

TEST_CASE("Decimal refuses what it cannot hold exactly") {
  Decimal d;
  CHECK_FALSE(Decimal::try_parse("0.0000001", d));
  CHECK_FALSE(Decimal::try_parse("1e13", d));
  CHECK_FALSE(Decimal::try_parse("abc", d));
  CHECK_FALSE(Decimal::try_parse("1.", d));
  CHECK(Decimal::try_parse("9223372036854.775807", d));
  CHECK(d.scaled() == INT64_MAX);
  CHECK_FALSE(Decimal::try_parse("9223372036854.775808", d));
}

TEST_CASE("Decimal knows integers") {
  CHECK(Decimal::parse("30").is_integer());
  CHECK_FALSE(Decimal::parse("29.5").is_integer());
  CHECK(Decimal::parse("10286").integer_part() == 10286);
  CHECK_THROWS_AS((void)(Decimal::from_scaled(INT64_MAX) + Decimal::from_scaled(1)), inclusio::Error);
}
