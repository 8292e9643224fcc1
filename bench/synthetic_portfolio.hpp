#pragma once
// A realistic synthetic national archive for benchmarks and scale tests: real ČSÚ municipalities with
// their districts and regions, towns and NGOs with valid IČO, local partnerships, strategic plans with
// goals and measures whose budgets add up, funded projects, and an indicator per measure with a
// baseline, targets and monthly observations broken down by gender.

#include <cstddef>
#include <cstdint>
#include <string>

namespace inclusio::bench {

struct PortfolioShape {
  std::size_t plans = 100;
  std::size_t measures_per_plan = 24;
  std::size_t observation_months = 12;  // each month observed for two genders
  std::uint32_t seed = 20261123;
  bool sparse_members = false;  // every observation with its period, count, source and note
  bool finding_heavy = false;   // every indicator with a finding (its last target after its measure's period)
  bool long_texts = false;      // titles and names of a few hundred Czech characters
};

// The archive as compact JSON text of the format (load and dump it for the canonical, indented form).
std::string synthetic_portfolio(const PortfolioShape& shape);

}  // namespace inclusio::bench
