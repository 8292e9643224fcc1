#pragma once
// Results per reporting period (docs/report.md): for each indicator, one row per period from its
// baseline to its last target — the target in force at the period's end, the value reported within
// the period, the value to date, achievement and the status as of the period's end — as IATI and
// Akvo RSR keep target and actual per period.

#include <inclusio/progress.hpp>
#include <inclusio/output_format.hpp>

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace inclusio {

enum class TargetSource { declared, interpolated };
std::string_view to_code(TargetSource source) noexcept;  // "declared", "interpolated"

struct PeriodResult {
  DateRange period{Date{}, Date{}};
  std::string indicator;  // its id
  std::string name;
  std::optional<Unit> unit;
  std::string pointer;  // of the indicator
  // The target in force at the period's end: a target dated within the period, or else the value on
  // the straight line from the baseline or the previous target to the next target.
  std::optional<Decimal> target;
  std::optional<TargetSource> target_source;
  std::optional<Decimal> value;          // reported within the period, by the indicator's aggregation
  std::size_t observations = 0;          // within the period
  std::optional<Decimal> value_to_date;  // at the period's end (or as_of, for the period holding it)
  std::optional<double> achievement;     // (value to date − baseline) / (target − baseline)
  std::optional<ProgressStatus> status;  // as of the period's end; absent for a period begun after as_of
  bool missed_target = false;            // a target dated within the period passed unmet
};

struct ResultsOptions {
  // The periods; when absent, each indicator's reporting_frequency, else years.
  std::optional<ReportingFrequency> frequency;
  // as_of (nothing observed after it counts), margins, categories and approved_only, as for progress.
  ProgressOptions progress;
};

// Every valid indicator of the document, in document order, its periods in time order. Linear in the
// observations and the periods. Throws Error(invalid_argument) for margins outside 0 ≤ at_risk ≤ off_track.
std::vector<PeriodResult> results_by_period(const Document& doc, const ResultsOptions& options = {});

// As JSON (an object with "results", a row per period), CSV (a header and a row per period) or
// Markdown (a table per indicator), numbers and dates in Markdown as the language writes them.
// Throws Error(invalid_argument) for text and HTML.
std::string render_results(std::span<const PeriodResult> results, OutputFormat format, Language language = Language::en);

}  // namespace inclusio
