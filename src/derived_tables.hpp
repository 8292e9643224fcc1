#pragma once
// Derived tables written from rows already computed, for the renderers that compute them themselves
// (`inclusio results|rollup --format csv`), and the text of any table as CSV.

#include <inclusio/rollup.hpp>
#include <inclusio/tables.hpp>

#include <functional>
#include <span>
#include <string>

namespace inclusio::detail {

void write_results_table(std::span<const PeriodResult> rows, TableWriter& out);
void write_rollup_table(std::span<const RollupRow> rows, TableWriter& out);

// The CSV text of what `write` writes (one table).
std::string csv_of(const std::function<void(TableWriter&)>& write);

// Every table an export holds: the document's, then (when options.derived) the derived ones; `each`
// receives the table and a function that writes its rows to a writer.
void for_each_export_table(const Document& document, const ExportOptions& options,
                           const std::function<void(const TableInfo&, const std::function<void(TableWriter&)>&)>& each);

}  // namespace inclusio::detail
