#pragma once
// An indicator's observations as a series: one point per date, combined as docs/report.md says, and
// the value to date by the indicator's aggregation. Progress, results per period and the monitoring
// rules (I014, I015) all read an indicator through it, so that they agree on every number.

#include <inclusio/document.hpp>

#include <optional>
#include <string>
#include <vector>

namespace inclusio::detail {

// Which observations count: those whose dimensions include all of `dimensions` (none: all), and with
// `approved_only` those approved or without a status (1.0 documents knew no review).
struct SeriesFilter {
  const Dimensions* dimensions = nullptr;
  bool approved_only = false;
};

// A value as written: its text, or its number in the format's spelling; "" when absent.
std::string text_of(const Field<IndicatorValue>& value);

struct SeriesPoint {
  Date date;
  // The combined value; nullopt when the date has no number, its sum overflows, or it holds shares of
  // several units of which some lack a denominator (they cannot be weighted).
  std::optional<Decimal> value;
  // Shares: the counts behind the value and their denominator, when every value has a denominator.
  std::optional<Decimal> count;
  std::optional<Decimal> denominator;
  std::size_t observations = 0;  // how many were combined
  bool overflows = false;
  // The date's value as written (its last observation's: ordinal and qualitative indicators show it);
  // text_of gives it as text, when asked.
  const Field<IndicatorValue>* written = nullptr;
};

class IndicatorSeries {
 public:
  IndicatorSeries(const Indicator& indicator, const SeriesFilter& filter);

  const Indicator& indicator;
  bool share = false;        // a percentage: combined as Σcount / Σdenominator
  bool ordinal = false;      // positions on the scale, averaged per date
  bool qualitative = false;  // text only
  Aggregation aggregation = Aggregation::last;
  std::optional<Decimal> baseline;
  std::optional<Decimal> denominator;  // the indicator's, when positive

  // The points in date order, every date of the observations that count.
  const std::vector<SeriesPoint>& points() const noexcept { return points_; }
  // A value as a number: itself, or for an ordinal indicator its position on the scale.
  std::optional<Decimal> number(const Field<IndicatorValue>& value) const;

 private:
  std::vector<SeriesPoint> points_;
};

// The value to date, fed the points in date order: a cumulative sum (from the baseline), the latest
// value, the maximum or the mean; shares with denominators as Σcount / Σdenominator.
class Accumulator {
 public:
  // `from_baseline`: a cumulative sum starts at the baseline (the value to date), else at zero (the
  // value reported within a period).
  Accumulator(const IndicatorSeries& series, bool from_baseline);
  void add(const SeriesPoint& point);

  bool empty() const noexcept { return points_ == 0; }
  std::optional<Decimal> value() const;
  std::optional<Decimal> count() const;  // shares: the count behind value()
  std::optional<Decimal> denominator() const;
  bool overflows() const noexcept { return overflows_; }
  std::size_t observations() const noexcept { return observations_; }
  const std::optional<Date>& date() const noexcept { return date_; }  // of the latest point added
  // The latest point's value as written, as text (empty before the first point).
  std::string text() const { return written_ ? text_of(*written_) : std::string(); }

 private:
  // Of a share: the figure of the latest point, of the largest, or the total of all, as value() takes it.
  std::optional<Decimal> behind_value(const std::optional<Decimal>& at_last, const std::optional<Decimal>& at_max,
                                      Decimal total) const;

  const IndicatorSeries& series_;
  std::size_t points_ = 0;
  std::size_t valued_ = 0;  // points with a value
  std::size_t observations_ = 0;
  bool overflows_ = false;
  bool unknown_ = false;    // a point without a value was needed
  bool weighted_ = true;    // every point so far has a count and a denominator
  std::optional<Decimal> sum_;
  std::optional<Decimal> last_, last_count_, last_denominator_, max_;
  std::optional<Decimal> max_count_, max_denominator_;
  Decimal counts_, denominators_;
  std::optional<Date> date_;
  const Field<IndicatorValue>* written_ = nullptr;
};

// a + b, or nullopt when a is absent or the sum overflows.
std::optional<Decimal> plus(std::optional<Decimal> a, Decimal b);
// 100 · count / denominator, truncated to millionths; nullopt when the denominator is not positive.
std::optional<Decimal> percent_of(Decimal count, Decimal denominator);
// value % of denominator, truncated to millionths; nullopt when it does not fit.
std::optional<Decimal> share_of(Decimal value, Decimal denominator);
// Whether `current` meets `target` by the comparison.
bool meets(Decimal current, Decimal target, Comparison comparison);
// The comparison a target asks for: its own, or the one its indicator's direction implies.
Comparison comparison_of(const Target& target, const Indicator& indicator);

}  // namespace inclusio::detail
