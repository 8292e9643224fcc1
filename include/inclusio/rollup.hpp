#pragma once
// Roll-up by territory (docs/report.md): a portfolio's plans, measures, projects and indicators summed
// for each municipality, ORP, district or region — or the country — as DHIS2 rolls data up its tree of
// organisation units. A document territory reaches its level through the bundled ČSÚ codelists by its
// code, or else through the document's own parents.

#include <inclusio/official_territories.hpp>
#include <inclusio/output_format.hpp>
#include <inclusio/progress.hpp>
#include <inclusio/totals.hpp>

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace inclusio {

// Indicators of one code (the national codebook's, "6 00 00") in one territory.
struct RollupIndicator {
  std::string code;
  std::optional<Unit> unit;
  std::size_t indicators = 0;  // how many share the code here
  std::size_t with_value = 0;  // of which have a current value
  // The sum of their current values: quantities summed, shares as Σcount / Σdenominator (with `count`
  // and `denominator`); none for ordinal and qualitative indicators, for a share without counts, for
  // indicators of one code with different units or measures, and for a sum that overflows.
  std::optional<Decimal> value;
  std::optional<Decimal> count;
  std::optional<Decimal> denominator;
};

struct RollupRow {
  TerritoryKind level = TerritoryKind::region;
  // The ČSÚ code ("CZ020"), or the document territory's id when it has no official code; empty for
  // what could not be placed at the level (the row of unplaced entities, listed last).
  std::string code;
  std::string name;
  bool official = false;  // named from the ČSÚ codelists
  std::vector<std::string> territories;  // the document's territory ids placed here, in document order
  std::size_t plans = 0;
  std::size_t measures = 0;
  MoneySums budget_total;
  std::map<FundingSource, MoneySums> budget_by_source;
  // Projects in several territories of the level count in each: rows may add up to more than the
  // portfolio, never less.
  ProjectTotals projects;
  std::vector<RollupIndicator> indicators;  // by code; indicators without a code are counted apart
  std::size_t indicators_without_code = 0;
};

// The levels a roll-up is by: those of the ČSÚ codelists, and the country.
constexpr bool is_rollup_level(TerritoryKind k) noexcept {
  return k == TerritoryKind::country || has_official_codes(k);
}

struct RollupOptions {
  TerritoryKind level = TerritoryKind::region;  // municipality, orp, district, region or country
  ProgressOptions progress;                     // as_of and the rest, for the current values
};

// One row per territory of the level that some plan, project or indicator reaches, in code order, then
// the unplaced row when there is one. Throws Error(invalid_argument) for another level. Linear in the
// document.
std::vector<RollupRow> rollup(const Document& doc, const RollupOptions& options = {});

// The roll-up as tidy figures, one per territory and metric: plans, measures, budget_total,
// budget_by_source (item: the funding source), projects, projects_requested, projects_approved,
// projects_drawn, supported_persons_planned/_actual, jobs_created_planned/_actual, indicators and
// indicator_value (item: the indicator code), indicators_without_code. Amounts carry their currency;
// a value is exact decimal text, absent where nothing can be given (an overflow, a sum not taken).
struct RollupFigure {
  const RollupRow* row;
  std::string_view metric;
  std::string item;
  std::string currency;
  std::optional<std::string> value;
};
std::vector<RollupFigure> rollup_figures(std::span<const RollupRow> rows);

// JSON (an object with "rollup", a row per territory), CSV (a tidy table: territory, metric, item,
// currency, value — one line per figure, ready to pivot) or Markdown (a section per territory).
// Throws Error(invalid_argument) for text and HTML.
std::string render_rollup(std::span<const RollupRow> rows, OutputFormat format, Language language = Language::en);

}  // namespace inclusio
