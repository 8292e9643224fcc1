// The bundled ČSÚ codelists: lookups by code and name, the chain, and rules C003 and C005.

#include "validation_support.hpp"

using namespace inclusio;
using test::expect_none;
using test::expect_one;
using test::Mutable;

TEST_CASE("Lookups by code, for each kind") {
  CHECK(official_territory(TerritoryKind::municipality, "533955")->name == "Kutná Hora");
  CHECK(official_territory(TerritoryKind::orp, "2112")->name == "Kutná Hora");
  CHECK(official_territory(TerritoryKind::district, "CZ0205")->name == "Kutná Hora");
  CHECK(official_territory(TerritoryKind::region, "CZ063")->name == "Kraj Vysočina");
  CHECK(official_territory("554782")->name == "Praha");
  CHECK(official_territory("CZ020")->kind == TerritoryKind::region);
  CHECK_FALSE(official_territory(TerritoryKind::municipality, "533956").has_value());
  CHECK_FALSE(official_territory(TerritoryKind::locality, "533955").has_value());
  CHECK_FALSE(official_territory("abc").has_value());
}

TEST_CASE("Lookups by name ignore case and diacritics and rank exact names first") {
  auto found = find_official_territories("kutna hora");
  REQUIRE(found.size() >= 3);
  CHECK(found[0] == OfficialTerritory{TerritoryKind::municipality, "533955", "Kutná Hora"});
  CHECK(found[1].kind == TerritoryKind::orp);
  CHECK(found[2].kind == TerritoryKind::district);
  CHECK(find_official_territories("ŽĎÁR NAD SÁZAVOU")[0].code == "595209");
  CHECK(find_official_territories("Kutná", 100).size() == 3);  // the municipality, its ORP and district
  CHECK(find_official_territories("hora", 500).size() > 20);    // names containing "hora"
  CHECK(find_official_territories("Kutná", 2).size() == 2);
  CHECK(find_official_territories("  ").empty());
  CHECK(find_official_territories("Atlantida").empty());
  CHECK(fold_for_search("  Příliš\u00A0ŽLUŤOUČKÝ   kůň ") == "prilis zlutoucky kun");
}

TEST_CASE("The chain municipality → ORP → district → region") {
  auto chain = official_chain("555657");  // Toužim
  REQUIRE(chain.has_value());
  CHECK(chain->municipality.name == "Toužim");
  CHECK(chain->orp->code == "4103");
  CHECK(chain->orp->name == "Karlovy Vary");
  CHECK(chain->district->code == "CZ0412");
  CHECK(chain->region->code == "CZ041");
  CHECK(chain->region->name == "Karlovarský kraj");
  CHECK(official_region_of(TerritoryKind::orp, "6105")->code == "CZ063");
  CHECK_FALSE(official_chain("000000").has_value());
}

TEST_CASE("Every bundled municipality passes C002 and has its whole chain") {
  std::size_t checked = 0;
  for (const auto& t : official_territories(TerritoryKind::municipality)) {
    CAPTURE(t.code);
    Document doc = load_string(test::doc_with(R"("territories": [{"id": "t", "kind": "municipality", "name": "X", "code": ")" +
                                              std::string(t.code) + "\"}]"));
    expect_none(validate(doc, Mutable::defaults()), "C002");
    auto chain = official_chain(t.code);
    CHECK((chain && chain->orp && chain->district && chain->region));
    ++checked;
  }
  CHECK(checked == 6258);
  CHECK(official_territories(TerritoryKind::orp).size() == 206);
  CHECK(official_territories(TerritoryKind::district).size() == 77);
  CHECK(official_territories(TerritoryKind::region).size() == 14);
}

TEST_CASE("C003: a well-formed code unknown to the codelists, with a suggestion by name") {
  auto r = Mutable().set("/territories/3/code", "\"533131\"").validate();  // passes its check digit
  expect_none(r, "C002");
  CHECK(expect_one(r, "C003", Severity::warning, "/territories/3/code", "kh") ==
        "code \"533131\" is not a municipality in the ČSÚ codelists; did you mean 533955 Kutná Hora?");
  auto region = Mutable().set("/territories/1/code", "\"CZ089\"").validate();
  expect_one(region, "C003", Severity::warning, "/territories/1/code", "kraj");
  expect_none(Mutable().validate(), "C003");
  // A code of the wrong form is C002's, not C003's.
  expect_none(Mutable().set("/territories/3/code", "\"53395\"").validate(), "C003");
}

TEST_CASE("C005: a declared parent that contradicts the codelists") {
  auto r = Mutable().set("/territories/2/code", "\"CZ0206\"").set("/territories/2/name", "\"Mělník\"").validate();
  CHECK(expect_one(r, "C005", Severity::warning, "/territories/3/parent", "kh") ==
        "the ČSÚ codelists place Kutná Hora (533955) in district CZ0205 Kutná Hora, not CZ0206");
  auto region = Mutable().set("/territories/1/code", "\"CZ063\"").validate();
  expect_one(region, "C005", Severity::warning, "/territories/2/parent", "okres");
  expect_none(Mutable().validate(), "C005");
}
