#pragma once
// The sums a summary adds up over projects and budgets, checked: amounts per currency, persons and
// jobs. The summary reports them; validation (M004, I013) reports the member that makes one overflow.
// Both add through these functions, so what overflows in a summary is what validation names.

#include <inclusio/entities.hpp>
#include <inclusio/summary.hpp>

#include <string_view>

namespace inclusio::detail {

// Each returns true when this addition made the sum overflow; the sum is then marked (nullopt) and
// stays so.
inline bool add_checked(CheckedCount& sum, std::int64_t value) {
  if (sum && __builtin_add_overflow(*sum, value, &*sum)) {
    sum.reset();
    return true;
  }
  return false;
}

inline bool add_checked(MoneySums& sums, const Money& m) {
  auto [it, added] = sums.try_emplace(std::string(m.currency().code()), m);
  if (!added && it->second && !Money::checked_add(*it->second, m, *it->second)) {
    it->second.reset();
    return true;
  }
  return false;
}

// A project's amounts, persons and jobs into the totals. `overflowed(member, amounts)` is called for
// each member whose addition makes a sum overflow ("approved", "supported_persons/planned").
template <class Overflowed>
void add_project(ProjectTotals& t, const Project& p, Overflowed&& overflowed) {
  ++t.count;
  auto money = [&](MoneySums& into, const Field<Money>& f, std::string_view member) {
    if (const Money* m = f.get(); m && add_checked(into, *m)) overflowed(member, true);
  };
  money(t.requested, p.requested, "requested");
  money(t.approved, p.approved, "approved");
  money(t.drawn, p.drawn, "drawn");
  auto people = [&](PeopleTotals& into, const Field<PlannedActual>& f, std::string_view planned, std::string_view actual) {
    if (const PlannedActual* pa = f.get()) {
      if (const Count* c = pa->planned.get(); c && add_checked(into.planned, c->value)) overflowed(planned, false);
      if (const Count* c = pa->actual.get(); c && add_checked(into.actual, c->value)) overflowed(actual, false);
    }
  };
  people(t.supported_persons, p.supported_persons, "supported_persons/planned", "supported_persons/actual");
  people(t.jobs_created, p.jobs_created, "jobs_created/planned", "jobs_created/actual");
}

// A measure's budget into the totals by currency and by funding source; `overflowed` as above
// ("total", "sources/2/amount", always amounts).
template <class Overflowed>
void add_budget(MoneySums& total, std::map<FundingSource, MoneySums>& by_source, const Budget& b,
                Overflowed&& overflowed) {
  if (const Money* t = b.total.get(); t && add_checked(total, *t)) overflowed("total", true);
  if (const auto* sources = b.sources.get())
    for (std::size_t i = 0; i < sources->size(); ++i)
      if (const FundingShare* share = (*sources)[i].get(); share && share->source.valid() && share->amount.valid())
        if (add_checked(by_source[*share->source], *share->amount))
          overflowed("sources/" + std::to_string(i) + "/amount", true);
}

}  // namespace inclusio::detail
