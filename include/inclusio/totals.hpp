#pragma once
// Totals a summary and a roll-up add up with checked arithmetic: counts, amounts per currency, and
// a set of projects' money and people.

#include <inclusio/money.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace inclusio {

// A count summed with checked arithmetic: nullopt when the sum overflows 64 bits (the outputs then
// show no number and say that it overflows; validation reports the values behind it).
using CheckedCount = std::optional<std::int64_t>;
// Amounts summed per currency (a portfolio in one currency has one entry); nullopt for a currency
// whose sum overflows.
using MoneySums = std::map<std::string, std::optional<Money>>;

struct PeopleTotals {
  CheckedCount planned = 0;
  CheckedCount actual = 0;
};

struct ProjectTotals {
  std::size_t count = 0;
  MoneySums requested, approved, drawn;
  PeopleTotals supported_persons, jobs_created;
};

}  // namespace inclusio
