#pragma once
// The plan and portfolio summary (docs/report.md): measures by status and theme, budgets by
// funding source, projects by status with their money and people, indicator statuses, and the
// fulfilment matrix of measures × territories that implement them (as seed 003 reports it).

#include <inclusio/document.hpp>
#include <inclusio/progress.hpp>
#include <inclusio/results.hpp>
#include <inclusio/rollup.hpp>
#include <inclusio/totals.hpp>
#include <inclusio/validate.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace inclusio {

struct FulfilmentRow {
  std::string label;  // the measure's code and title ("ZA5 Pracovní a kariérové poradenství")
  Theme theme;
  // The territories that implement it: indexes into Summary::matrix_territories, ascending. Sparse,
  // so that a national archive's matrix takes room in proportion to its measures' localities.
  std::vector<std::size_t> territories;
};

// What validation found, as a summary shows it: counts by severity and, per rule, how many findings
// and the first few with their place, so that a reader sees the kinds of problem before their number.
struct RuleFindings {
  static constexpr std::size_t shown = 3;  // findings kept per rule
  std::string rule;
  Severity severity;
  std::size_t count = 0;
  std::vector<Finding> first;  // the first `shown`, in the report's order
};
struct FindingsOverview {
  std::size_t errors = 0, warnings = 0, info = 0;
  std::vector<RuleFindings> rules;  // errors first, then warnings, then information; by code within
};

struct Summary {
  std::string scope;  // "portfolio" or the plan's id
  Date as_of;
  std::size_t plans = 0;
  std::size_t measures = 0;
  std::map<MeasureStatus, std::size_t> measures_by_status;
  std::map<Theme, std::size_t> measures_by_theme;
  MoneySums budget_total;
  std::map<FundingSource, MoneySums> budget_by_source;
  std::map<ProjectStatus, ProjectTotals> projects_by_status;
  ProjectTotals projects;  // all of them
  std::map<ProgressStatus, std::size_t> indicators_by_status;
  std::vector<IndicatorProgress> indicators;
  // The fulfilment matrix: territories (ids, in document order) that some implemented, partly
  // implemented or running measure lists as a locality; a row per measure code (or title).
  std::vector<std::string> matrix_territories;
  std::vector<std::string> matrix_territory_names;
  std::vector<FulfilmentRow> matrix;
  // Results per reporting period of the indicators above (each by its reporting_frequency, else by
  // year), and for the portfolio the roll-up by region.
  std::vector<PeriodResult> results;
  std::vector<RollupRow> regions;
  // The findings of the document's validation that concern the scope (for a plan: those under it and
  // those on its projects and indicators).
  FindingsOverview findings;
};

// The summary of the whole document, or of one plan (its measures, the projects they list and the
// indicators of the plan, its goals and measures). Throws Error(not_found) for an unknown plan id; a
// sum that overflows is marked as such (CheckedCount, MoneySums) and the rest still comes out.
// The findings come from validating the document as of the same day with the default profile, their
// messages in `language` (the report's).
Summary summarize(const Document& doc, std::optional<std::string> plan = std::nullopt,
                  const ProgressOptions& options = {}, Language language = Language::en);
// The same with the findings of a validation the caller has run (its profile, its own rules).
Summary summarize(const Document& doc, std::optional<std::string> plan, const ProgressOptions& options,
                  const Report& report);

std::string summary_json(const Summary& s);
std::string summary_markdown(const Summary& s, Language language = Language::en);
// A self-contained HTML page (no external assets): tables, progress bars and a chart as inline SVG,
// readable when printed.
std::string summary_html(const Summary& s, Language language = Language::en);
// One CSV table per file name (UTF-8, RFC 4180 quoting, amounts as plain decimals): projects.csv,
// measures_by_theme.csv, measures_by_status.csv, budget_by_source.csv, indicators.csv, fulfilment.csv,
// findings.csv, results.csv (results per period) and regions.csv (the roll-up by region, tidy).
std::vector<std::pair<std::string, std::string>> summary_csv(const Summary& s);

}  // namespace inclusio
