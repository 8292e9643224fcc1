// Indicator progress. Values are exact decimals until the ratios, which are shares and may be
// approximate (they are never summed back into amounts).

#include <inclusio/progress.hpp>

#include "progress_walk.hpp"

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
    case ProgressStatus::no_target: return "no_target";
    case ProgressStatus::overdue: return "overdue";
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
    case ProgressStatus::no_target: return "no target";
    case ProgressStatus::overdue: return "reporting overdue";
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
    case ProgressStatus::no_target: return "bez cílové hodnoty";
    case ProgressStatus::overdue: return "vykazování v prodlení";
  }
  return "bez dat";
}

std::string_view label(ProgressStatus s, Language language) noexcept {
  return language == Language::cs ? label_cs(s) : label_en(s);
}

namespace {

// Whether a target is for exactly these categories (none: for the total).
bool for_categories(const Target& t, const Dimensions& wanted) {
  const Dimensions* have = t.dimensions.get();
  if (t.dimensions.is_invalid()) return false;
  std::size_t n = have ? have->size() : 0;
  if (n != wanted.size()) return false;
  for (const auto& w : wanted)
    if (std::find(have->begin(), have->end(), w) == have->end()) return false;
  return true;
}

}  // namespace

DateRange reporting_period(Date day, ReportingFrequency frequency) {
  int months = frequency == ReportingFrequency::month     ? 1
               : frequency == ReportingFrequency::quarter ? 3
               : frequency == ReportingFrequency::half_year ? 6
                                                           : 12;
  Date start(day.year(), (day.month() - 1) / months * months + 1, 1);
  return DateRange(start, start.add_months(months).add_days(-1));
}

namespace detail {

ProgressWalk::ProgressWalk(const Indicator& ind, const ProgressOptions& options)
    : indicator_(ind), options_(options), series_(ind, {&options.dimensions, options.approved_only}), to_date_(series_, true) {
  if (!(options.at_risk_margin >= 0 && options.at_risk_margin <= options.off_track_margin))
    throw Error(ErrorCode::invalid_argument, "progress margins must satisfy 0 ≤ at_risk_margin ≤ off_track_margin");
  if (const auto* list = ind.targets.get())
    for (std::size_t i = 0; i < list->size(); ++i)
      if (const Target* t = (*list)[i].get(); t && t->date.valid() && for_categories(*t, options.dimensions))
        targets_.push_back({*t->date, i, t});
  std::stable_sort(targets_.begin(), targets_.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
}

void ProgressWalk::walk_to(Date day) {
  const auto& points = series_.points();
  while (next_point_ < points.size() && points[next_point_].date <= day) to_date_.add(points[next_point_++]);
}

IndicatorProgress ProgressWalk::at(Date as_of) {
  const Indicator& ind = indicator_;
  const IndicatorSeries& series = series_;
  const std::vector<DatedTarget>& targets = targets_;
  IndicatorProgress out;
  out.indicator = ind.id.value_or("");
  out.name = ind.name.value_or("");
  if (ind.unit.valid()) out.unit = *ind.unit;
  out.baseline = series.baseline;
  if (const Baseline* b = ind.baseline.get(); b && b->date.valid()) out.baseline_date = *b->date;

  // The value to date on each passed target's date, then now.
  while (at_target_.size() < targets.size() && targets[at_target_.size()].date <= as_of) {
    walk_to(targets[at_target_.size()].date);
    at_target_.push_back({to_date_.value(), to_date_.empty() ? std::string() : to_date_.text()});
  }
  walk_to(as_of);
  const detail::Accumulator& acc = to_date_;
  out.sum_overflows = acc.overflows();
  out.current = acc.value();
  out.current_count = acc.count();
  out.current_denominator = acc.denominator();
  out.current_date = acc.date();
  out.current_text = acc.text();
  out.observations = acc.observations();
  if (series.qualitative && out.current_date) out.observations = std::max<std::size_t>(out.observations, 1);

  // The applicable target: the next one due on or after as_of, or else the last one.
  const DatedTarget* applicable = nullptr;
  auto first_due = std::lower_bound(targets.begin(), targets.end(), as_of,
                                    [](const DatedTarget& t, const Date& d) { return t.date < d; });
  if (first_due != targets.end()) applicable = &*first_due;
  else if (!targets.empty()) applicable = &targets.back();
  const Target* target = applicable ? applicable->target : nullptr;
  if (target) {
    out.target_index = applicable->index;
    out.target = series.number(target->value);
    out.target_text = detail::text_of(target->value);
    out.target_date = applicable->date;
    if (series.share && series.denominator) {
      if (target->count.valid()) out.target_count = *target->count;
      else if (out.target) out.target_count = detail::share_of(*out.target, *series.denominator);
    }
  }

  bool has_data = series.qualitative ? out.current_date.has_value() : out.current.has_value();
  // A passed target unmet then and unmet now.
  if (has_data)
    for (std::size_t k = 0; k < at_target_.size(); ++k) {
      const Target& t = *targets[k].target;
      bool met_then, met_now;
      if (series.qualitative) {
        met_then = !at_target_[k].text.empty() && at_target_[k].text == detail::text_of(t.value);
        met_now = out.current_text == detail::text_of(t.value);
      } else {
        std::optional<Decimal> goal = series.number(t.value);
        if (!goal) continue;
        Comparison cmp = detail::comparison_of(t, ind);
        met_then = at_target_[k].value && detail::meets(*at_target_[k].value, *goal, cmp);
        met_now = detail::meets(*out.current, *goal, cmp);
      }
      if (!met_then && !met_now)
        out.missed_targets.push_back({targets[k].index, targets[k].date, series.number(t.value), at_target_[k].value});
    }

  // Reporting overdue: nothing reported for the period before the last complete one (one period of
  // grace), once reporting has begun (the baseline date, else the first value) and until the last target.
  if (ind.reporting_frequency.valid()) {
    const auto& points = series.points();
    ReportingFrequency f = *ind.reporting_frequency;
    DateRange now = reporting_period(as_of, f);
    DateRange due = reporting_period(reporting_period(now.start().add_days(-1), f).start().add_days(-1), f);
    std::optional<Date> begun = out.baseline_date;
    if (!begun && !points.empty()) begun = points.front().date;
    bool expected = begun && reporting_period(*begun, f).start() <= due.start() &&
                    (targets.empty() || due.start() <= targets.back().date);
    // The points are in date order: the latest up to as_of tells.
    bool reported = next_point_ > 0 && points[next_point_ - 1].date >= due.start();
    if (expected && !reported) out.overdue_period = due;
  }

  auto finish = [&](ProgressStatus s) {
    if (!out.missed_targets.empty() && s != ProgressStatus::no_data) s = ProgressStatus::off_track;
    bool weak = s == ProgressStatus::on_track || s == ProgressStatus::at_risk || s == ProgressStatus::not_due ||
                s == ProgressStatus::no_data || s == ProgressStatus::no_target;
    if (out.overdue_period && weak) s = ProgressStatus::overdue;
    out.status = s;
    return out;
  };
  if (out.sum_overflows) {
    out.status = ProgressStatus::no_data;
    return out;
  }
  if (!target) return finish(has_data ? ProgressStatus::no_target : ProgressStatus::no_data);
  bool due = *out.target_date <= as_of;
  if (!has_data) return finish(due ? ProgressStatus::no_data : ProgressStatus::not_due);
  if (series.qualitative)
    return finish(out.current_text == out.target_text ? ProgressStatus::achieved
                  : due                                ? ProgressStatus::off_track
                                                       : ProgressStatus::not_due);
  if (!out.target) return finish(ProgressStatus::no_data);
  Comparison cmp = detail::comparison_of(*target, ind);
  Decimal base = out.baseline.value_or(Decimal{});
  if (*out.target != base)
    out.progress = (out.current->to_double() - base.to_double()) / (out.target->to_double() - base.to_double());
  if (out.baseline_date && *out.target_date > *out.baseline_date) {
    double total = static_cast<double>(out.baseline_date->days_until(*out.target_date));
    double done = static_cast<double>(out.baseline_date->days_until(as_of));
    out.expected = std::clamp(done / total, 0.0, 1.0);
  }
  if (detail::meets(*out.current, *out.target, cmp)) return finish(ProgressStatus::achieved);
  if (due) return finish(ProgressStatus::off_track);
  if (out.progress && out.expected) {
    double lag = *out.expected - *out.progress;
    return finish(lag <= options_.at_risk_margin    ? ProgressStatus::on_track
                  : lag <= options_.off_track_margin ? ProgressStatus::at_risk
                                                    : ProgressStatus::off_track);
  }
  return finish(ProgressStatus::on_track);
}

}  // namespace detail

IndicatorProgress indicator_progress(const Indicator& ind, const ProgressOptions& options) {
  return detail::ProgressWalk(ind, options).at(options.as_of.value_or(Date::today()));
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
