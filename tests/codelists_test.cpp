#include "test_support.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace inclusio;

template <class E>
void check_codelist(std::size_t expected_size) {
  const auto& entries = Codelist<E>::entries;
  CHECK(entries.size() == expected_size);
  std::set<std::string_view> codes;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    CHECK(static_cast<std::size_t>(entries[i].value) == i);  // table in enumerator order
    CHECK(codes.insert(entries[i].code).second);
    CHECK_FALSE(entries[i].en.empty());
    CHECK_FALSE(entries[i].cs.empty());
    CHECK(from_code<E>(entries[i].code) == entries[i].value);
  }
}

TEST_CASE("Every codelist is complete, ordered and round-trips its codes") {
  check_codelist<TerritoryKind>(9);
  check_codelist<OrganizationKind>(13);
  check_codelist<PartnershipKind>(3);
  check_codelist<MemberRole>(4);
  check_codelist<PlanKind>(8);
  check_codelist<PlanStatus>(7);
  check_codelist<SupportType>(3);
  check_codelist<Theme>(9);
  check_codelist<EuPriority>(6);
  check_codelist<MeasureStatus>(7);
  check_codelist<TargetGroup>(12);
  check_codelist<FundingSource>(15);
  check_codelist<ProjectStatus>(9);
  check_codelist<SubjectType>(4);
  check_codelist<IndicatorKind>(5);
  check_codelist<Unit>(10);
  check_codelist<IndicatorMeasure>(4);
  check_codelist<Direction>(3);
  check_codelist<Aggregation>(4);
  check_codelist<Comparison>(3);
  check_codelist<EvaluationKind>(3);
  check_codelist<Rating>(4);
  check_codelist<EventKind>(10);
  check_codelist<DocumentKind>(7);
}

TEST_CASE("Codelist codes and labels") {
  CHECK(to_code(FundingSource::private_funds) == "private");
  CHECK(to_code(FundingSource::op_z_plus) == "op_z_plus");
  CHECK(label_cs(Theme::housing) == "bydlení");
  CHECK(label_en(PlanKind::strategic_plan) == "strategic plan for social inclusion");
  CHECK_FALSE(from_code<Theme>("Housing").has_value());
  CHECK(allowed_codes<Direction>() == "increase, decrease, maintain");
}
