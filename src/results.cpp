// Results per period: one walk over each indicator's observations, the periods in time order.

#include <inclusio/results.hpp>

#include "derived_tables.hpp"
#include "emitter.hpp"
#include "monitoring_outputs.hpp"
#include "escape.hpp"
#include "progress_walk.hpp"
#include "summary_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace inclusio {

std::string_view to_code(TargetSource source) noexcept {
  return source == TargetSource::declared ? "declared" : "interpolated";
}

namespace {

__extension__ using Wide = __int128;

struct Anchor {
  Date date;
  Decimal value;
};

// The target in force at the end of `period`: a target dated within it (the last of them), or else the
// value on the straight line between the anchors around its end (the baseline and the targets).
// An interpolated target is rounded half away from zero: to whole numbers for what is counted (persons,
// events), else to hundredths — a reader is not helped by 0.99726 events.
std::pair<std::optional<Decimal>, std::optional<TargetSource>> target_on(const std::vector<Anchor>& targets,
                                                                        const std::vector<Anchor>& line, DateRange period,
                                                                        bool counted) {
  std::optional<Decimal> declared;
  for (const Anchor& t : targets)
    if (period.contains(t.date)) declared = t.value;
  if (declared) return {declared, TargetSource::declared};
  Date day = period.end();
  auto next = std::upper_bound(line.begin(), line.end(), day, [](const Date& d, const Anchor& a) { return d < a.date; });
  if (next == line.begin() || next == line.end()) return {std::nullopt, std::nullopt};
  const Anchor& from = *(next - 1);
  const Anchor& to = *next;
  Wide span = from.date.days_until(to.date);
  if (span <= 0) return {std::nullopt, std::nullopt};
  Wide done = from.date.days_until(day);
  Wide exact = static_cast<Wide>(from.value.scaled()) * span +
               (static_cast<Wide>(to.value.scaled()) - from.value.scaled()) * done;  // the value × span
  Wide step = static_cast<Wide>(counted ? Decimal::scale : Decimal::scale / 100) * span;
  Wide steps = (exact >= 0 ? exact + step / 2 : exact - step / 2) / step;
  return {Decimal::from_scaled(static_cast<std::int64_t>(steps * (step / span))), TargetSource::interpolated};
}

void indicator_results(const Indicator& ind, const std::string& pointer, const ResultsOptions& options, Date as_of,
                       std::vector<PeriodResult>& out) {
  detail::ProgressWalk walk(ind, options.progress);
  const detail::IndicatorSeries& series = walk.series();
  ReportingFrequency f = options.frequency ? *options.frequency : ind.reporting_frequency.value_or(ReportingFrequency::year);

  // The numeric targets by date, and the straight line through the baseline and them.
  std::vector<Anchor> targets;
  for (const auto& t : walk.targets())
    if (auto v = series.number(t.target->value); v && !series.qualitative) targets.push_back({t.date, *v});
  std::optional<Date> baseline_date;
  if (const Baseline* b = ind.baseline.get(); b && b->date.valid()) baseline_date = *b->date;
  std::vector<Anchor> line;
  if (baseline_date && series.baseline && !series.qualitative) line.push_back({*baseline_date, *series.baseline});
  line.insert(line.end(), targets.begin(), targets.end());
  std::stable_sort(line.begin(), line.end(), [](const Anchor& a, const Anchor& b) { return a.date < b.date; });

  bool counted = ind.unit.valid() && counted_in_whole_numbers(*ind.unit);

  // From the baseline (else the first value, else the first target) to the last target or the latest value.
  const auto& points = series.points();
  std::optional<Date> first = baseline_date;
  if (!first && !points.empty()) first = points.front().date;
  if (!first && !walk.targets().empty()) first = walk.targets().front().date;
  std::optional<Date> last;
  if (!walk.targets().empty()) last = walk.targets().back().date;
  for (auto p = points.rbegin(); p != points.rend(); ++p)
    if (p->date <= as_of) {
      if (!last || p->date > *last) last = p->date;
      break;
    }
  if (!first || !last || *last < *first) return;

  std::size_t next_point = 0;
  for (DateRange period = reporting_period(*first, f);; period = reporting_period(period.end().add_days(1), f)) {
    PeriodResult row;
    row.period = period;
    row.indicator = ind.id.value_or("");
    row.name = ind.name.value_or("");
    if (ind.unit.valid()) row.unit = *ind.unit;
    row.pointer = pointer;
    std::tie(row.target, row.target_source) = target_on(targets, line, period, counted);
    if (period.start() <= as_of) {
      Date day = std::min(period.end(), as_of);
      detail::Accumulator within(series, false);
      while (next_point < points.size() && points[next_point].date < period.start()) ++next_point;
      for (std::size_t k = next_point; k < points.size() && points[k].date <= day; ++k) within.add(points[k]);
      row.value = within.value();
      row.observations = within.observations();
      IndicatorProgress p = walk.at(day);
      row.value_to_date = p.current;
      row.status = p.status;
      for (const auto& missed : p.missed_targets) row.missed_target = row.missed_target || period.contains(missed.date);
      Decimal base = series.baseline.value_or(Decimal{});
      if (row.value_to_date && row.target && *row.target != base)
        row.achievement = (row.value_to_date->to_double() - base.to_double()) / (row.target->to_double() - base.to_double());
    }
    out.push_back(std::move(row));
    if (period.contains(*last) || period.end() > *last) break;
  }
}

// ---- rendering ----

std::string achievement_text(double a) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", a);
  return buf;
}

std::string percent_text(double a, Language lang) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", a * 100);
  std::string s = buf;
  if (lang == Language::cs) std::replace(s.begin(), s.end(), '.', ',');
  return s + (lang == Language::cs ? "\u00A0%" : " %");
}

std::string render_json(std::span<const PeriodResult> rows) {
  std::string out;
  detail::Emitter(out, 2).value(boost::json::object{{"results", detail::results_json(rows)}});
  out += '\n';
  return out;
}

std::string render_csv(std::span<const PeriodResult> rows) {
  return detail::csv_of([&](TableWriter& out) { detail::write_results_table(rows, out); });
}

}  // namespace

std::string detail::results_markdown(std::span<const PeriodResult> rows, Language lang, int depth) {
  bool cs = lang == Language::cs;
  std::string out;
  if (rows.empty()) out += cs ? "\nŽádný indikátor nemá data ani cílové hodnoty.\n" : "\nNo indicator has values or targets.\n";
  auto number = [&](const std::optional<Decimal>& d) { return d ? detail::decimal_text(*d, lang) : std::string("–"); };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const PeriodResult& r = rows[i];
    if (i == 0 || rows[i - 1].pointer != r.pointer) {
      out += "\n" + std::string(static_cast<std::size_t>(depth), '#') + " " + detail::markdown_text(r.name) + " (" +
             detail::markdown_text(r.indicator) + ")";
      if (r.unit) out += ", " + detail::markdown_text(detail::label(*r.unit, lang));
      out += cs ? "\n\n| období | cílová hodnota | hodnota za období | hodnota k datu | plnění | stav |\n"
                : "\n\n| period | target | value in the period | value to date | achievement | status |\n";
      out += "|---|---:|---:|---:|---:|---|\n";
    }
    std::string target = number(r.target);
    if (r.target_source == TargetSource::interpolated) target += cs ? " (interpolováno)" : " (interpolated)";
    std::string status = r.status ? std::string(inclusio::label(*r.status, lang)) : std::string("–");
    if (r.missed_target) status += cs ? ", zmeškaný milník" : ", milestone missed";
    out += "| " + detail::date_text(r.period.start(), lang) + " – " + detail::date_text(r.period.end(), lang) + " | " +
           target + " | " + number(r.value) + " | " + number(r.value_to_date) + " | " +
           (r.achievement && std::isfinite(*r.achievement) ? percent_text(*r.achievement, lang) : std::string("–")) +
           " | " + status + " |\n";
  }
  return out;
}

boost::json::array detail::results_json(std::span<const PeriodResult> rows) {
  namespace json = boost::json;
  auto number = [](const std::optional<Decimal>& d) { return d ? json::value(d->to_string()) : json::value(nullptr); };
  json::array out;
  for (const PeriodResult& r : rows)
    out.push_back(json::object{
        {"indicator", r.indicator},
        {"pointer", r.pointer},
        {"period_start", r.period.start().to_string()},
        {"period_end", r.period.end().to_string()},
        {"target", number(r.target)},
        {"target_source", r.target_source ? json::value(to_code(*r.target_source)) : json::value(nullptr)},
        {"value", number(r.value)},
        {"observations", r.observations},
        {"value_to_date", number(r.value_to_date)},
        {"achievement", r.achievement && std::isfinite(*r.achievement) ? json::value(achievement_text(*r.achievement))
                                                                      : json::value(nullptr)},
        {"status", r.status ? json::value(to_code(*r.status)) : json::value(nullptr)},
        {"missed_target", r.missed_target}});
  return out;
}

namespace {

std::string render_markdown(std::span<const PeriodResult> rows, Language lang) {
  return (lang == Language::cs ? "# Výsledky po obdobích\n" : "# Results per period\n") + detail::results_markdown(rows, lang, 2);
}

}  // namespace

std::vector<PeriodResult> results_by_period(const Document& doc, const ResultsOptions& options) {
  Date as_of = options.progress.as_of.value_or(Date::today());
  std::vector<PeriodResult> out;
  const auto* items = doc.indicators().get();
  if (!items) return out;
  for (std::size_t i = 0; i < items->size(); ++i)
    if (const Indicator* ind = (*items)[i].get()) indicator_results(*ind, "/indicators/" + std::to_string(i), options, as_of, out);
  return out;
}

std::string render_results(std::span<const PeriodResult> results, OutputFormat format, Language language) {
  switch (format) {
    case OutputFormat::json: return render_json(results);
    case OutputFormat::csv: return render_csv(results);
    case OutputFormat::markdown: return render_markdown(results, language);
    default: throw Error(ErrorCode::invalid_argument, "results are written as JSON, CSV or Markdown");
  }
}

}  // namespace inclusio
