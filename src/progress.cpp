// Indicator progress. Values are exact decimals until the ratios, which are shares and may be
// approximate (they are never summed back into amounts).

#include <inclusio/progress.hpp>

#include <algorithm>
#include <limits>
#include <map>

namespace inclusio {

std::string_view to_code(ProgressStatus s) noexcept {
  switch (s) {
    case ProgressStatus::achieved: return "achieved";
    case ProgressStatus::on_track: return "on_track";
    case ProgressStatus::at_risk: return "at_risk";
    case ProgressStatus::off_track: return "off_track";
    case ProgressStatus::no_data: return "no_data";
    case ProgressStatus::not_due: return "not_due";
  }
  return "no_data";
}

std::string_view label_en(ProgressStatus s) noexcept {
  switch (s) {
    case ProgressStatus::achieved: return "achieved";
    case ProgressStatus::on_track: return "on track";
    case ProgressStatus::at_risk: return "at risk";
    case ProgressStatus::off_track: return "off track";
    case ProgressStatus::no_data: return "no data";
    case ProgressStatus::not_due: return "not due yet";
  }
  return "no data";
}

std::string_view label_cs(ProgressStatus s) noexcept {
  switch (s) {
    case ProgressStatus::achieved: return "splněno";
    case ProgressStatus::on_track: return "plní se";
    case ProgressStatus::at_risk: return "ohroženo";
    case ProgressStatus::off_track: return "neplní se";
    case ProgressStatus::no_data: return "bez dat";
    case ProgressStatus::not_due: return "termín ještě nenastal";
  }
  return "bez dat";
}

namespace {

// A value as a number: itself, or for an ordinal indicator its position on the scale.
std::optional<Decimal> as_number(const Field<IndicatorValue>& f, const Indicator& ind) {
  const IndicatorValue* v = f.get();
  if (!v) return std::nullopt;
  if (const auto* d = std::get_if<Decimal>(v)) return *d;
  if (!ind.measure.valid() || *ind.measure != IndicatorMeasure::ordinal || !ind.scale.valid()) return std::nullopt;
  const auto& scale = *ind.scale;
  for (std::size_t i = 0; i < scale.size(); ++i)
    if (scale[i].valid() && *scale[i] == std::get<std::string>(*v)) return Decimal::from_integer(static_cast<std::int64_t>(i));
  return std::nullopt;
}

std::string as_text(const Field<IndicatorValue>& f) {
  const IndicatorValue* v = f.get();
  if (!v) return {};
  if (const auto* s = std::get_if<std::string>(v)) return *s;
  return std::get<Decimal>(*v).to_string();
}

bool matches(const Observation& o, const Dimensions& wanted) {
  if (wanted.empty()) return true;
  const Dimensions* have = o.dimensions.get();
  if (!have) return false;
  for (const auto& w : wanted)
    if (std::find(have->begin(), have->end(), w) == have->end()) return false;
  return true;
}

// value % of denominator, truncated to millionths; nullopt when it does not fit.
std::optional<Decimal> share_of(Decimal value, Decimal denominator) {
  __extension__ using Wide = __int128;
  Wide product = static_cast<Wide>(value.scaled()) * denominator.scaled() / (100 * Decimal::scale);
  if (product > std::numeric_limits<std::int64_t>::max() || product < std::numeric_limits<std::int64_t>::min())
    return std::nullopt;
  return Decimal::from_scaled(static_cast<std::int64_t>(product));
}

// a + b, or nullopt when the sum overflows.
std::optional<Decimal> plus(std::optional<Decimal> a, Decimal b) {
  if (!a) return std::nullopt;
  try {
    return *a + b;
  } catch (const Error& e) {
    if (e.code() != ErrorCode::overflow) throw;
    return std::nullopt;
  }
}

bool meets(Decimal current, Decimal target, Comparison c) {
  return c == Comparison::at_least ? current >= target : c == Comparison::at_most ? current <= target : current == target;
}

}  // namespace

IndicatorProgress indicator_progress(const Indicator& ind, const ProgressOptions& options) {
  if (!(options.at_risk_margin >= 0 && options.at_risk_margin <= options.off_track_margin))
    throw Error(ErrorCode::invalid_argument, "progress margins must satisfy 0 ≤ at_risk_margin ≤ off_track_margin");
  Date as_of = options.as_of.value_or(Date::today());
  IndicatorProgress out;
  out.indicator = ind.id.value_or("");
  out.name = ind.name.value_or("");
  if (ind.unit.valid()) out.unit = *ind.unit;
  bool percent = (ind.measure.valid() && *ind.measure == IndicatorMeasure::percentage) ||
                 (ind.unit.valid() && *ind.unit == Unit::percent);
  bool qualitative = ind.measure.valid() && *ind.measure == IndicatorMeasure::qualitative;
  Direction dir = ind.direction.value_or(Direction::increase);
  Aggregation agg = ind.aggregation.value_or(Aggregation::last);

  if (const Baseline* b = ind.baseline.get()) {
    out.baseline = as_number(b->value, ind);
    if (b->date.valid()) out.baseline_date = *b->date;
  }

  // Observations up to as_of, combined per date.
  std::map<Date, std::pair<std::optional<Decimal>, int>> per_date;  // total (nullopt: overflows), count
  std::string latest_text;
  std::optional<Date> latest;
  for (const Observation& o : valid_elements(ind.observations)) {
    std::optional<Date> when = o.as_of_date();
    if (!when || *when > as_of || !matches(o, options.dimensions)) continue;
    if (!latest || *when >= *latest) {
      latest = when;
      latest_text = as_text(o.value);
    }
    std::optional<Decimal> v = as_number(o.value, ind);
    if (!v) continue;
    auto [at, added] = per_date.try_emplace(*when, Decimal{}, 0);
    auto& [total, n] = at->second;
    total = plus(total, *v);
    ++n;
    ++out.observations;
  }
  out.current_text = latest_text;
  if (!per_date.empty()) {
    std::vector<Decimal> totals;
    for (auto& [date, tn] : per_date) {
      if (!tn.first) {
        out.sum_overflows = true;
        break;
      }
      totals.push_back(percent || (ind.measure.valid() && *ind.measure == IndicatorMeasure::ordinal)
                           ? Decimal::from_scaled(tn.first->scaled() / tn.second)
                           : *tn.first);
    }
    out.current_date = per_date.rbegin()->first;
    if (!out.sum_overflows) {
      switch (agg) {
        case Aggregation::cumulative: {
          std::optional<Decimal> sum = out.baseline.value_or(Decimal{});
          for (Decimal t : totals) sum = plus(sum, t);
          out.current = sum;
          break;
        }
        case Aggregation::last: out.current = totals.back(); break;
        case Aggregation::max: out.current = *std::max_element(totals.begin(), totals.end()); break;
        case Aggregation::mean: {
          std::optional<Decimal> sum = Decimal{};
          for (Decimal t : totals) sum = plus(sum, t);
          if (sum) out.current = Decimal::from_scaled(sum->scaled() / static_cast<std::int64_t>(totals.size()));
          break;
        }
      }
      out.sum_overflows = !out.current;
    }
  }
  if (qualitative && latest) out.observations = std::max<std::size_t>(out.observations, 1);

  // The applicable target: the next one due on or after as_of, or else the last one.
  const Target* target = nullptr;
  if (const auto* targets = ind.targets.get()) {
    std::vector<std::pair<Date, std::size_t>> dated;
    for (std::size_t i = 0; i < targets->size(); ++i)
      if (const Target* t = (*targets)[i].get(); t && t->date.valid()) dated.emplace_back(*t->date, i);
    std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [date, i] : dated)
      if (date >= as_of) {
        out.target_index = i;
        break;
      }
    if (!out.target_index && !dated.empty()) out.target_index = dated.back().second;
    if (out.target_index) target = (*targets)[*out.target_index].get();
  }
  if (target) {
    out.target = as_number(target->value, ind);
    out.target_text = as_text(target->value);
    out.target_date = *target->date;
  }
  // A denominator not positive gives no counts (rule I012 reports it).
  if (percent && ind.denominator.valid() && ind.denominator->value.valid() && ind.denominator->value->scaled() > 0) {
    Decimal den = *ind.denominator->value;
    if (out.current) out.current_count = share_of(*out.current, den);
    if (target && target->count.valid()) out.target_count = *target->count;
    else if (out.target) out.target_count = share_of(*out.target, den);
  }

  bool has_data = qualitative ? latest.has_value() : out.current.has_value();
  bool due = out.target_date && *out.target_date <= as_of;
  if (out.sum_overflows) {
    out.status = ProgressStatus::no_data;
    return out;
  }
  if (!target) {
    out.status = ProgressStatus::no_data;
    return out;
  }
  if (!has_data) {
    out.status = due ? ProgressStatus::no_data : ProgressStatus::not_due;
    return out;
  }
  if (qualitative) {
    out.status = latest_text == out.target_text ? ProgressStatus::achieved
                 : due                          ? ProgressStatus::off_track
                                                : ProgressStatus::not_due;
    return out;
  }
  if (!out.target) {
    out.status = ProgressStatus::no_data;
    return out;
  }
  Comparison cmp = target->comparison.valid() ? *target->comparison
                   : dir == Direction::decrease ? Comparison::at_most
                                                : Comparison::at_least;
  Decimal base = out.baseline.value_or(Decimal{});
  if (*out.target != base)
    out.progress = (out.current->to_double() - base.to_double()) / (out.target->to_double() - base.to_double());
  if (out.baseline_date && *out.target_date > *out.baseline_date) {
    double total = static_cast<double>(out.baseline_date->days_until(*out.target_date));
    double done = static_cast<double>(out.baseline_date->days_until(as_of));
    out.expected = std::clamp(done / total, 0.0, 1.0);
  }
  if (meets(*out.current, *out.target, cmp)) {
    out.status = ProgressStatus::achieved;
  } else if (due) {
    out.status = ProgressStatus::off_track;
  } else if (out.progress && out.expected) {
    double lag = *out.expected - *out.progress;
    out.status = lag <= options.at_risk_margin    ? ProgressStatus::on_track
                 : lag <= options.off_track_margin ? ProgressStatus::at_risk
                                                   : ProgressStatus::off_track;
  } else {
    out.status = ProgressStatus::on_track;
  }
  return out;
}

std::vector<IndicatorProgress> document_progress(const Document& doc, const ProgressOptions& options) {
  std::vector<IndicatorProgress> out;
  const auto* items = doc.indicators().get();
  if (!items) return out;
  for (std::size_t i = 0; i < items->size(); ++i)
    if (const Indicator* ind = (*items)[i].get()) {
      out.push_back(indicator_progress(*ind, options));
      out.back().pointer = "/indicators/" + std::to_string(i);
    }
  return out;
}

}  // namespace inclusio
