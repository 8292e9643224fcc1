#pragma once
// The binary formats of tables, each over a well-kept library: a workbook written with libxlsxwriter
// and read with libzip and expat; an SQLite database written with SQLite.

#include <inclusio/tables.hpp>

#include <filesystem>
#include <string_view>
#include <vector>

namespace inclusio::detail {

void export_xlsx(const Document& document, const std::filesystem::path& path, const ExportOptions& options);
std::vector<InputTable> read_xlsx(const std::filesystem::path& path);
void export_sqlite(const Document& document, const std::filesystem::path& path, const ExportOptions& options);

// The workbook's sheet of codes, which its drop-downs list: not a table, skipped by an import.
inline constexpr std::string_view codelists_sheet_en = "codelists";
inline constexpr std::string_view codelists_sheet_cs = "číselníky";
inline bool is_codelists_sheet(std::string_view name) {
  return name == codelists_sheet_en || name == codelists_sheet_cs;
}

}  // namespace inclusio::detail
