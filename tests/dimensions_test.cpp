// Dimensions: an observation's breakdown, shared between equal observations of one load.

#include "test_support.hpp"

#include <doctest/doctest.h>

#include <optional>

using namespace inclusio;

TEST_CASE("Equal dimensions read in one load share one list; different ones do not") {
  Document doc = load_string(test::doc_with(R"("indicators": [{"id": "i", "observations": [
      {"date": "2021-01-31", "value": 1, "dimensions": {"pohlaví": "ženy", "věk": "15-26"}},
      {"date": "2021-02-28", "value": 2, "dimensions": {"pohlaví": "ženy", "věk": "15-26"}},
      {"date": "2021-03-31", "value": 3, "dimensions": {"věk": "15-26", "pohlaví": "ženy"}},
      {"date": "2021-04-30", "value": 4, "dimensions": {"pohlaví": "muži", "věk": "15-26"}}]}])"));
  const auto& o = *(*doc.indicators())[0]->observations;
  CHECK(o[0]->dimensions->shares_storage_with(*o[1]->dimensions));
  CHECK(*o[0]->dimensions == *o[1]->dimensions);
  // The same pairs in another order are other dimensions as written (I009 still sees them as equal).
  CHECK_FALSE(o[0]->dimensions->shares_storage_with(*o[2]->dimensions));
  CHECK(o[2]->dimensions->at(0) == Dimensions::value_type{"věk", "15-26"});
  CHECK_FALSE(*o[0]->dimensions == *o[3]->dimensions);
  CHECK(dump_string(load_string(dump_string(doc))) == dump_string(doc));
}

TEST_CASE("Changing shared dimensions changes only the observation changed") {
  Dimensions a{{"pohlaví", "ženy"}};
  Dimensions b = a;
  CHECK(b.shares_storage_with(a));
  b.emplace_back("věk", "15-26");
  CHECK(a.size() == 1);
  CHECK(b.size() == 2);
  CHECK(b[1].second == "15-26");
  CHECK_FALSE(b.shares_storage_with(a));
  CHECK(Dimensions{}.empty());
  CHECK(Dimensions{} == Dimensions(std::vector<Dimensions::value_type>{}));
  CHECK_THROWS_AS((void)a.at(1), std::out_of_range);
}

TEST_CASE("A shared list lives as long as its last holder, through copies, moves and assignments") {
  std::optional<Dimensions> first{Dimensions{{"pohlaví", "ženy"}, {"věk", "65+"}}};
  Dimensions copy = *first;
  Dimensions assigned;
  assigned = copy;
  const Dimensions& same = assigned;
  assigned = same;  // assigned to itself: still holds the list
  Dimensions moved = std::move(copy);
  CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): a moved-from Dimensions is empty, by contract
  Dimensions taken{{"x", "y"}};
  taken = std::move(moved);
  CHECK(moved.empty());  // NOLINT(bugprone-use-after-move)
  moved = std::move(taken);
  first.reset();
  CHECK(moved.shares_storage_with(assigned));
  CHECK(assigned.size() == 2);
  CHECK(assigned[1] == Dimensions::value_type{"věk", "65+"});
  moved.clear();
  CHECK(moved.empty());
  CHECK(assigned.at(0).second == "ženy");
}
