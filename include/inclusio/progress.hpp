#pragma once
// Indicator progress as of a date (docs/report.md): the current value by the indicator's
// aggregation, the applicable target, progress against it, the progress expected from the time
// elapsed, the targets already missed, whether reporting is overdue, and a status.

#include <inclusio/document.hpp>
#include <inclusio/error.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace inclusio {

// no_target: values but no target to measure them against; overdue: the indicator has a reporting
// frequency and nothing was reported for the last period due (docs/report.md).
enum class ProgressStatus { achieved, on_track, at_risk, off_track, no_data, not_due, no_target, overdue };
// Every status, in the order above (the order of a report's columns and of a frame's categories).
inline constexpr std::array progress_statuses{ProgressStatus::achieved,  ProgressStatus::on_track, ProgressStatus::at_risk,
                                              ProgressStatus::off_track, ProgressStatus::no_data,  ProgressStatus::not_due,
                                              ProgressStatus::no_target, ProgressStatus::overdue};
std::string_view to_code(ProgressStatus s) noexcept;
std::string_view label_en(ProgressStatus s) noexcept;
std::string_view label_cs(ProgressStatus s) noexcept;
std::string_view label(ProgressStatus s, Language language) noexcept;

struct ProgressOptions {
  std::optional<Date> as_of;  // today when absent
  // A target not yet achieved is on track while progress lags the time elapsed by at most
  // `at_risk_margin` (a share of the way from baseline to target), at risk up to `off_track_margin`,
  // and off track beyond it or once its date has passed.
  double at_risk_margin = 0.10;
  double off_track_margin = 0.25;
  // Only observations whose dimensions include all of these pairs, measured against the targets for
  // exactly these categories. On one date the observations with the fewest dimensions are combined
  // (the total, else one breakdown): quantities summed, shares as Σcount / Σdenominator.
  Dimensions dimensions;
  // Only observations approved by the host's review (those without a status count as approved).
  bool approved_only = false;
};

// The reporting period of `frequency` that holds `day`: calendar months, quarters, half-years, years.
DateRange reporting_period(Date day, ReportingFrequency frequency);

struct IndicatorProgress {
  std::string indicator;  // its id
  std::string name;       // as the document names it, for a reader
  std::optional<Unit> unit;
  std::string pointer;    // its JSON Pointer
  // Numbers; for an ordinal indicator, positions on its scale (0 = the first label).
  std::optional<Decimal> baseline;
  std::optional<Date> baseline_date;
  std::optional<Decimal> current;
  std::optional<Date> current_date;  // of the latest observation used
  std::string current_text;          // ordinal and qualitative: the latest value as written
  std::size_t observations = 0;      // how many observations were used
  std::optional<Decimal> target;
  std::optional<Date> target_date;
  std::optional<std::size_t> target_index;  // in the indicator's targets
  std::string target_text;
  // Shares with a denominator: the counts behind the current and the target share.
  std::optional<Decimal> current_count;
  std::optional<Decimal> current_denominator;
  std::optional<Decimal> target_count;
  // The targets whose date has passed unmet and that the current value does not meet either, by
  // date: the first makes the status off_track whatever a later target says.
  struct MissedTarget {
    std::size_t index;  // in the indicator's targets
    Date date;
    std::optional<Decimal> target;  // a number (none for a qualitative target: target_text of the index)
    std::optional<Decimal> value;   // the value to date on its date, if any
  };
  std::vector<MissedTarget> missed_targets;
  // Reporting overdue: the period due for which nothing was reported.
  std::optional<DateRange> overdue_period;
  std::optional<double> progress;  // (current − baseline) / (target − baseline)
  std::optional<double> expected;  // share of time elapsed from the baseline date to the target date
  ProgressStatus status = ProgressStatus::no_data;
  // The sum of its values overflows (cumulative values beyond about 9.2·10^12): current and what
  // follows from it are unknown, never a wrong number; the status is no_data (rule I013 reports it).
  bool sum_overflows = false;
};

// Throws Error(invalid_argument) for margins outside 0 ≤ at_risk ≤ off_track.
IndicatorProgress indicator_progress(const Indicator& indicator, const ProgressOptions& options = {});
// Every valid indicator of the document, in document order.
std::vector<IndicatorProgress> document_progress(const Document& doc, const ProgressOptions& options = {});

}  // namespace inclusio
