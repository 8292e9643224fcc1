#pragma once
// Progress as of a series of days in increasing order, walking an indicator's observations once:
// indicator_progress is one step of it, results per period one step per period end.

#include <inclusio/progress.hpp>

#include "indicator_series.hpp"

namespace inclusio::detail {

class ProgressWalk {
 public:
  // Throws Error(invalid_argument) for margins outside 0 ≤ at_risk ≤ off_track.
  ProgressWalk(const Indicator& indicator, const ProgressOptions& options);

  // Progress as of `day`, which must not be earlier than the day of the previous call.
  IndicatorProgress at(Date day);

  const IndicatorSeries& series() const noexcept { return series_; }
  struct DatedTarget {
    Date date;
    std::size_t index;  // in the indicator's targets
    const Target* target;
  };
  // The targets for the options' categories, by date.
  const std::vector<DatedTarget>& targets() const noexcept { return targets_; }

 private:
  void walk_to(Date day);

  const Indicator& indicator_;
  const ProgressOptions& options_;
  IndicatorSeries series_;
  std::vector<DatedTarget> targets_;
  Accumulator to_date_;
  std::size_t next_point_ = 0;
  // The value to date on the date of each target passed so far.
  struct AtDate {
    std::optional<Decimal> value;
    std::string text;
  };
  std::vector<AtDate> at_target_;
};

}  // namespace inclusio::detail
