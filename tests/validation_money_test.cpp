// Rules M001-M006.

#include "validation_support.hpp"

using inclusio::Severity;
using test::expect_none;
using test::expect_one;
using test::Mutable;

TEST_CASE("M001: a malformed amount") {
  auto r = Mutable().set("/projects/0/drawn", "\"900000.005\"").validate();
  CHECK(expect_one(r, "M001", Severity::error, "/projects/0/drawn", "projekt") ==
        "malformed amount \"900000.005\": more than two decimal places");
  auto number = Mutable().set("/projects/0/drawn", "900000.5").validate();
  CHECK(expect_one(number, "M001", Severity::error, "/projects/0/drawn", "projekt") ==
        "malformed amount 900000.5: a JSON number with a fraction; write amounts as decimal strings (\"12.50\")");
  expect_none(Mutable().set("/projects/0/drawn", "900000").validate(), "M001");
}

TEST_CASE("M002: a negative amount") {
  auto r = Mutable().set("/projects/0/drawn", "\"-1.00\"").validate();
  CHECK(expect_one(r, "M002", Severity::error, "/projects/0/drawn", "projekt") == "negative amount -1.00 CZK");
  expect_none(Mutable().set("/projects/0/drawn", "\"0.00\"").validate(), "M002");
}

TEST_CASE("M003: funding sources that do not sum to the total, to the haléř") {
  auto r = Mutable().set("/plans/0/measures/0/budget/total", "\"1250000.01\"").validate();
  CHECK(expect_one(r, "M003", Severity::error, "/plans/0/measures/0/budget/sources", "opatreni") ==
        "funding sources sum to 1,250,000.00 CZK but the total is 1,250,000.01 CZK");
  inclusio::ValidateOptions cs = Mutable::defaults();
  cs.language = inclusio::Language::cs;
  auto czech = Mutable().set("/plans/0/measures/0/budget/total", "\"1200000\"").validate(cs);
  CHECK(test::of_rule(czech, "M003").at(0).message ==
        "zdroje financování dávají součet 1\u00A0250\u00A0000,00\u00A0Kč, ale celkem je 1\u00A0200\u00A0000,00\u00A0Kč");
  expect_none(Mutable().set("/plans/0/measures/0/budget/total", "1250000").validate(), "M003");
}

TEST_CASE("M004: a sum that overflows") {
  Mutable m;
  m.set("/plans/0/measures/0/budget/sources/0/amount", "\"92233720368547758.07\"");
  auto r = m.validate();
  CHECK(expect_one(r, "M004", Severity::error, "/plans/0/measures/0/budget/sources/1/amount", "opatreni") ==
        "the sum of the funding sources overflows");
  expect_none(r, "M003");  // no sum, no comparison
  expect_none(Mutable().set("/plans/0/measures/0/budget/sources/0/amount", "\"92233720368547758.07\"")
                  .set("/plans/0/measures/0/budget/sources/1/amount", "\"0.00\"")
                  .validate(),
              "M004");
}

TEST_CASE("M005: amounts in different currencies are not added") {
  auto r = Mutable().set("/plans/0/measures/0/budget/sources/1/currency", "\"EUR\"").validate();
  CHECK(expect_one(r, "M005", Severity::error, "/plans/0/measures/0/budget/sources/1/amount", "opatreni") ==
        "a source in EUR cannot be added to a total in CZK");
  expect_none(r, "M003");
  expect_none(Mutable().set("/plans/0/measures/0/budget/sources/1/currency", "\"CZK\"").validate(), "M005");
  // A budget in EUR with sources in EUR adds up.
  expect_none(Mutable().set("/plans/0/measures/0/budget/currency", "\"EUR\"").validate(), "M005");
}

TEST_CASE("M006: drawn more than approved, approved more than requested") {
  auto r = Mutable().set("/projects/0/drawn", "\"1062500.01\"").validate();
  CHECK(expect_one(r, "M006", Severity::warning, "/projects/0/drawn", "projekt") ==
        "drawn 1,062,500.01 CZK is more than approved 1,062,500.00 CZK");
  auto approved = Mutable().set("/projects/0/approved", "\"1100000.01\"").validate();
  expect_one(approved, "M006", Severity::warning, "/projects/0/approved", "projekt");
  expect_none(Mutable().set("/projects/0/drawn", "\"1062500.00\"").validate(), "M006");
}
