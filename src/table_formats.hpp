#pragma once
// The binary formats of tables, each over a well-kept library: a workbook written with libxlsxwriter
// and read with libzip and expat; an SQLite database written with SQLite.

#include <inclusio/tables.hpp>

#include <filesystem>
#include <vector>

namespace inclusio::detail {

void export_xlsx(const Document& document, const std::filesystem::path& path, Language headings);
std::vector<InputTable> read_xlsx(const std::filesystem::path& path);
void export_sqlite(const Document& document, const std::filesystem::path& path);

}  // namespace inclusio::detail
