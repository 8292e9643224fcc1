#include "test_support.hpp"

#include <doctest/doctest.h>

#include <climits>

using inclusio::Currency;
using inclusio::Error;
using inclusio::ErrorCode;
using inclusio::Money;

TEST_CASE("Money parses decimal strings exactly, to the haléř") {
  CHECK(Money::parse("298997803.50").minor_units() == 29899780350);
  CHECK(Money::parse("0.5").minor_units() == 50);
  CHECK(Money::parse("-12").minor_units() == -1200);
  CHECK(Money::parse("0.01").minor_units() == 1);
  CHECK(Money::parse("1.10").to_string() == "1.10");
}

TEST_CASE("Money rejects malformed amounts with the reason") {
  Money m;
  CHECK(Money::try_parse("100.005", Currency{}, m) == inclusio::AmountProblem::too_many_decimals);
  CHECK(Money::try_parse("", Currency{}, m) == inclusio::AmountProblem::empty);
  CHECK(Money::try_parse("-", Currency{}, m) == inclusio::AmountProblem::empty);
  CHECK(Money::try_parse("12.", Currency{}, m) == inclusio::AmountProblem::not_decimal);
  CHECK(Money::try_parse(".5", Currency{}, m) == inclusio::AmountProblem::not_decimal);
  CHECK(Money::try_parse("1 000", Currency{}, m) == inclusio::AmountProblem::not_decimal);
  CHECK(Money::try_parse("1,5", Currency{}, m) == inclusio::AmountProblem::not_decimal);
  CHECK(Money::try_parse("+5", Currency{}, m) == inclusio::AmountProblem::not_decimal);
  CHECK(Money::try_parse("1e3", Currency{}, m) == inclusio::AmountProblem::not_decimal);
  CHECK(Money::try_parse("92233720368547758.08", Currency{}, m) == inclusio::AmountProblem::out_of_range);
  CHECK_THROWS_WITH_AS(Money::parse("100.005"), "invalid amount \"100.005\": more than two decimal places", Error);
}

TEST_CASE("Money holds the int64 limits exactly") {
  CHECK(Money::parse("92233720368547758.07").minor_units() == INT64_MAX);
  CHECK(Money::parse("-92233720368547758.08").minor_units() == INT64_MIN);
  CHECK(Money(INT64_MIN, Currency{}).to_string() == "-92233720368547758.08");
}

TEST_CASE("Money arithmetic reports overflow instead of wrapping") {
  Money max(INT64_MAX, Currency{});
  Money one = Money::parse("0.01");
  CHECK((max - one).minor_units() == INT64_MAX - 1);
  try {
    (void)(max + one);
    FAIL("no overflow reported");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::overflow);
  }
  CHECK_THROWS_AS((void)(Money(INT64_MIN, Currency{}) - one), Error);
  CHECK_THROWS_AS((void)(max * 2), Error);
  CHECK((Money::parse("1250000") * 3).to_string() == "3750000.00");
  Money out;
  CHECK_FALSE(Money::checked_add(max, one, out));
  CHECK(Money::checked_add(one, one, out));
  CHECK(out.minor_units() == 2);
  CHECK_THROWS_AS(Money::from_major(INT64_MAX / 10), Error);
}

TEST_CASE("Money never adds different currencies") {
  Money czk = Money::parse("10", Currency("CZK"));
  Money eur = Money::parse("10", Currency("EUR"));
  try {
    (void)(czk + eur);
    FAIL("currency mismatch not reported");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::currency_mismatch);
    CHECK(std::string(e.what()) == "cannot combine CZK and EUR amounts");
  }
}

TEST_CASE("Money formats for Czech and English readers") {
  Money m = Money::parse("298997803.50");
  CHECK(m.format_cs() == "298\u00A0997\u00A0803,50\u00A0Kč");
  CHECK(m.format_en() == "298,997,803.50 CZK");
  CHECK(Money::parse("-5").format_en() == "-5.00 CZK");
  CHECK(Money::parse("999").format_cs() == "999,00\u00A0Kč");
}

TEST_CASE("Currency codes are three capital letters") {
  CHECK(Currency("EUR").code() == "EUR");
  CHECK(Currency{}.code() == "CZK");
  CHECK_THROWS_AS(Currency("czk"), Error);
  CHECK_THROWS_AS(Currency("CZKK"), Error);
}
