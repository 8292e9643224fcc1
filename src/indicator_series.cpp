// An indicator's observations combined per date. On one date, the total wins over its breakdowns: of
// the observations that count, those with the fewest dimensions are taken (no dimensions: the total;
// else one breakdown, e.g. by gender, and never a second one, e.g. by age, on top of it), so that a
// total reported beside its categories is not counted twice.

#include "indicator_series.hpp"

#include <algorithm>
#include <limits>

namespace inclusio::detail {

namespace {

__extension__ using Wide = __int128;

std::optional<Decimal> fits(Wide scaled) {
  if (scaled > std::numeric_limits<std::int64_t>::max() || scaled < std::numeric_limits<std::int64_t>::min())
    return std::nullopt;
  return Decimal::from_scaled(static_cast<std::int64_t>(scaled));
}

bool counts(const Observation& o, const SeriesFilter& filter) {
  if (filter.approved_only && o.status.present() && !(o.status.valid() && *o.status == ObservationStatus::approved))
    return false;
  if (!filter.dimensions || filter.dimensions->empty()) return true;
  const Dimensions* have = o.dimensions.get();
  if (!have) return false;
  for (const auto& wanted : *filter.dimensions)
    if (std::find(have->begin(), have->end(), wanted) == have->end()) return false;
  return true;
}

// The names of an observation's dimensions, sorted: which breakdown it belongs to. Into `names`,
// whose storage is reused from date to date.
void breakdown(const Observation& o, std::vector<std::string_view>& names) {
  names.clear();
  if (const Dimensions* d = o.dimensions.get())
    for (const auto& [name, value] : *d) names.push_back(name);
  std::sort(names.begin(), names.end());
}

}  // namespace

std::string text_of(const Field<IndicatorValue>& f) {
  const IndicatorValue* v = f.get();
  if (!v) return {};
  if (const auto* s = v->text()) return *s;
  return v->number()->to_string();
}

std::optional<Decimal> plus(std::optional<Decimal> a, Decimal b) {
  std::int64_t out;
  if (!a || __builtin_add_overflow(a->scaled(), b.scaled(), &out)) return std::nullopt;
  return Decimal::from_scaled(out);
}

std::optional<Decimal> percent_of(Decimal count, Decimal denominator) {
  if (denominator.scaled() <= 0) return std::nullopt;
  return fits(static_cast<Wide>(count.scaled()) * 100 * Decimal::scale / denominator.scaled());
}

std::optional<Decimal> share_of(Decimal value, Decimal denominator) {
  return fits(static_cast<Wide>(value.scaled()) * denominator.scaled() / (100 * Decimal::scale));
}

bool meets(Decimal current, Decimal target, Comparison c) {
  return c == Comparison::at_least ? current >= target : c == Comparison::at_most ? current <= target : current == target;
}

Comparison comparison_of(const Target& target, const Indicator& indicator) {
  if (target.comparison.valid()) return *target.comparison;
  return indicator.direction.valid() && *indicator.direction == Direction::decrease ? Comparison::at_most
                                                                                    : Comparison::at_least;
}

std::optional<Decimal> IndicatorSeries::number(const Field<IndicatorValue>& f) const {
  const IndicatorValue* v = f.get();
  if (!v) return std::nullopt;
  if (const auto* d = v->number()) return *d;
  if (!ordinal || !indicator.scale.valid()) return std::nullopt;
  const auto& scale = *indicator.scale;
  for (std::size_t i = 0; i < scale.size(); ++i)
    if (scale[i].valid() && *scale[i] == *v->text()) return Decimal::from_integer(static_cast<std::int64_t>(i));
  return std::nullopt;
}

IndicatorSeries::IndicatorSeries(const Indicator& ind, const SeriesFilter& filter) : indicator(ind) {
  share = (ind.measure.valid() && *ind.measure == IndicatorMeasure::percentage) ||
          (ind.unit.valid() && *ind.unit == Unit::percent);
  ordinal = ind.measure.valid() && *ind.measure == IndicatorMeasure::ordinal;
  qualitative = ind.measure.valid() && *ind.measure == IndicatorMeasure::qualitative;
  aggregation = ind.aggregation.value_or(Aggregation::last);
  if (const Baseline* b = ind.baseline.get()) baseline = number(b->value);
  if (ind.denominator.valid() && ind.denominator->value.valid() && ind.denominator->value->scaled() > 0)
    denominator = *ind.denominator->value;

  struct Dated {
    Date date;
    std::size_t index;  // in document order
    const Observation* observation;
  };
  std::vector<Dated> dated;
  if (const auto* observations = ind.observations.get()) {
    dated.reserve(observations->size());
    for (std::size_t i = 0; i < observations->size(); ++i)
      if (const Observation* o = (*observations)[i].get())
        if (auto when = o->as_of_date(); when && counts(*o, filter)) dated.push_back({*when, i, o});
  }
  std::stable_sort(dated.begin(), dated.end(), [](const Dated& a, const Dated& b) { return a.date < b.date; });

  std::vector<std::vector<std::string_view>> names;  // of the observations of one date
  for (std::size_t from = 0; from < dated.size();) {
    std::size_t to = from;
    while (to < dated.size() && dated[to].date == dated[from].date) ++to;
    SeriesPoint point;
    point.date = dated[from].date;
    point.written = &dated[to - 1].observation->value;
    // Of several observations on the date, the breakdown taken: the fewest dimensions, the first such
    // breakdown by its names.
    std::size_t chosen = 0;
    if (to - from > 1) {
      if (names.size() < to - from) names.resize(to - from);
      for (std::size_t k = from; k < to; ++k) breakdown(*dated[k].observation, names[k - from]);
      for (std::size_t k = 1; k < to - from; ++k)
        if (names[k].size() < names[chosen].size() || (names[k].size() == names[chosen].size() && names[k] < names[chosen]))
          chosen = k;
    }
    std::optional<Decimal> sum = Decimal{};
    Decimal counts{}, denominators{};
    bool weighted = share;
    for (std::size_t k = from; k < to; ++k) {
      const Observation& o = *dated[k].observation;
      if (to - from > 1 && names[k - from] != names[chosen]) continue;
      std::optional<Decimal> v = number(o.value);
      if (!v) continue;
      ++point.observations;
      sum = plus(sum, *v);
      if (!weighted) continue;
      std::optional<Decimal> den = o.denominator.valid() && o.denominator->scaled() > 0 ? std::optional(*o.denominator)
                                                                                          : denominator;
      std::optional<Decimal> count = o.count.valid() ? std::optional(*o.count) : den ? share_of(*v, *den) : std::nullopt;
      std::optional<Decimal> c = count ? plus(counts, *count) : std::nullopt;
      std::optional<Decimal> d = den ? plus(denominators, *den) : std::nullopt;
      if (!c || !d) {
        weighted = false;
        continue;
      }
      counts = *c;
      denominators = *d;
    }
    if (point.observations > 0) {
      if (!sum) {
        point.overflows = true;
      } else if (weighted) {
        point.count = counts;
        point.denominator = denominators;
        point.value = point.observations == 1 ? sum : percent_of(counts, denominators);
      } else if (share && point.observations > 1) {
        // Shares of several units without denominators cannot be weighted: no value, never a mean.
      } else if (ordinal) {
        point.value = Decimal::from_scaled(sum->scaled() / static_cast<std::int64_t>(point.observations));
      } else {
        point.value = sum;
      }
    }
    points_.push_back(std::move(point));
    from = to;
  }
}

Accumulator::Accumulator(const IndicatorSeries& series, bool from_baseline) : series_(series) {
  if (series.aggregation == Aggregation::cumulative) sum_ = from_baseline ? series.baseline.value_or(Decimal{}) : Decimal{};
  else sum_ = Decimal{};
}

void Accumulator::add(const SeriesPoint& p) {
  ++points_;
  observations_ += p.observations;
  date_ = p.date;
  written_ = p.written;
  if (p.overflows) overflows_ = true;
  // A date with text only (qualitative, or values of the wrong form) has nothing to add up.
  if (p.observations == 0) return;
  last_ = p.value;
  last_count_ = p.count;
  last_denominator_ = p.denominator;
  if (!p.value) {
    unknown_ = true;
    return;
  }
  if (!max_ || *p.value > *max_) {
    max_ = p.value;
    max_count_ = p.count;
    max_denominator_ = p.denominator;
  }
  ++valued_;
  sum_ = plus(sum_, *p.value);
  if (!sum_) overflows_ = true;
  if (weighted_ && p.count && p.denominator) {
    std::optional<Decimal> c = plus(counts_, *p.count);
    std::optional<Decimal> d = plus(denominators_, *p.denominator);
    if (c && d) {
      counts_ = *c;
      denominators_ = *d;
    } else {
      weighted_ = false;
    }
  } else {
    weighted_ = false;
  }
}

std::optional<Decimal> Accumulator::value() const {
  if (points_ == 0 || overflows_) return std::nullopt;
  switch (series_.aggregation) {
    case Aggregation::last: return last_;
    case Aggregation::max: return unknown_ ? std::nullopt : max_;
    case Aggregation::cumulative:
    case Aggregation::mean: {
      if (unknown_ || observations_ == 0) return std::nullopt;
      if (series_.share && weighted_) return percent_of(counts_, denominators_);
      if (series_.aggregation == Aggregation::cumulative) return sum_;
      return Decimal::from_scaled(sum_->scaled() / static_cast<std::int64_t>(valued_));
    }
  }
  return std::nullopt;
}

std::optional<Decimal> Accumulator::behind_value(const std::optional<Decimal>& at_last, const std::optional<Decimal>& at_max,
                                                 Decimal total) const {
  if (!value() || !series_.share) return std::nullopt;
  switch (series_.aggregation) {
    case Aggregation::last: return at_last;
    case Aggregation::max: return at_max;
    default: return weighted_ ? std::optional(total) : std::nullopt;
  }
}

std::optional<Decimal> Accumulator::count() const { return behind_value(last_count_, max_count_, counts_); }

std::optional<Decimal> Accumulator::denominator() const {
  return behind_value(last_denominator_, max_denominator_, denominators_);
}

}  // namespace inclusio::detail
