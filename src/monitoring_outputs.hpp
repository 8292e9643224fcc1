#pragma once
// Results per period and the roll-up as parts of other outputs: the summary carries both as JSON
// arrays, Markdown sections and CSV files written by the same code as their own outputs.

#include <inclusio/results.hpp>
#include <inclusio/rollup.hpp>

#include <boost/json.hpp>

#include <span>
#include <string>

namespace inclusio::detail {

boost::json::array results_json(std::span<const PeriodResult> rows);
boost::json::array rollup_json(std::span<const RollupRow> rows);
// Markdown sections with headings of `depth` (2: "##") for the indicators or territories.
std::string results_markdown(std::span<const PeriodResult> rows, Language language, int depth);
std::string rollup_markdown(std::span<const RollupRow> rows, Language language, int depth);

}  // namespace inclusio::detail
