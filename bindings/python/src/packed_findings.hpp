#pragma once
// A report's findings packed for travel between processes: the core's findings table (tables.hpp) as
// JSON text, with the counts by severity beside it. A worker sends this instead of a Python object per
// finding; the receiving side decodes it only when asked, or reads the findings of many files straight
// into one table's columns.

#include <inclusio/tables.hpp>
#include <inclusio/validate.hpp>

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace inclusio::python {

struct PackedFindings {
  std::string json;  // {"columns": [the findings table's column names], "rows": [[a cell's text or null, ...], ...]}
  std::array<std::size_t, 3> counts{};  // info, warnings, errors (Severity's order)
};

PackedFindings pack_findings(const Document& document, const ValidateOptions& options);

// The table `write_packed_findings` writes: a `file` column, then the findings table's.
const TableInfo& files_findings_table();

// Writes the packed findings of each (file, json) as rows of files_findings_table(); throws
// Error(invalid_argument) naming the file whose text is not packed findings.
void write_packed_findings(std::span<const std::pair<std::string, std::string>> files, TableWriter& out);

}  // namespace inclusio::python
