// Files of tables: which format a path names, and the folder of CSV files (one NAME.csv per table).

#include <inclusio/file.hpp>
#include <inclusio/tables.hpp>

#include "derived_tables.hpp"
#include "table_formats.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <system_error>

namespace inclusio {

namespace {

std::string lower_extension(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

std::string read_whole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::io, path.string() + ": cannot be read", path.string() + ": soubor nelze přečíst");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error(ErrorCode::io, path.string() + ": cannot be read", path.string() + ": soubor nelze přečíst");
  return text;
}

// A folder is written beside its final place and renamed over it, so that a failure leaves the old one.
void export_csv_folder(const Document& document, const std::filesystem::path& folder, const ExportOptions& options) {
  std::error_code ec;
  std::filesystem::path staging = folder;
  staging += ".inclusio-tmp";
  std::filesystem::remove_all(staging, ec);
  if (!std::filesystem::create_directories(staging, ec) || ec)
    throw Error(ErrorCode::io, folder.string() + ": the folder cannot be made: " + ec.message(),
                folder.string() + ": složku nelze vytvořit: " + ec.message());
  try {
    detail::for_each_export_table(document, options, [&](const TableInfo& t, const auto& write) {
      replace_file(staging / (std::string(t.name) + ".csv"), detail::csv_of(write));
    });
  } catch (...) {
    std::filesystem::remove_all(staging, ec);
    throw;
  }
  std::filesystem::remove_all(folder, ec);
  std::filesystem::rename(staging, folder, ec);
  if (ec)
    throw Error(ErrorCode::io, folder.string() + ": cannot be replaced: " + ec.message(),
                folder.string() + ": složku nelze nahradit: " + ec.message());
}

std::vector<InputTable> read_csv_folder(const std::filesystem::path& folder) {
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec))
    throw Error(ErrorCode::io, folder.string() + ": not a folder of CSV files nor a workbook (.xlsx)",
                folder.string() + ": není složka souborů CSV ani sešit (.xlsx)");
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(folder, ec))
    if (lower_extension(e.path()) == ".csv") files.push_back(e.path());
  if (ec) throw Error(ErrorCode::io, folder.string() + ": " + ec.message(), folder.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());
  std::vector<InputTable> tables;
  for (const auto& f : files)
    tables.push_back(read_table_csv(read_whole(f), f.stem().string(), f.filename().string()));
  return tables;
}

}  // namespace

void detail::for_each_export_table(
    const Document& document, const ExportOptions& options,
    const std::function<void(const TableInfo&, const std::function<void(TableWriter&)>&)>& each) {
  for (const TableInfo& t : document_tables())
    each(t, [&](TableWriter& out) { write_table(document, t.name, out); });
  if (!options.derived) return;
  for (const TableInfo& t : derived_tables())
    each(t, [&](TableWriter& out) { write_derived_table(document, t.name, options.derived_options, out); });
}

TableFileFormat table_file_format(const std::filesystem::path& path) noexcept {
  std::string ext = lower_extension(path);
  if (ext == ".xlsx") return TableFileFormat::xlsx;
  if (ext == ".sqlite" || ext == ".sqlite3" || ext == ".db") return TableFileFormat::sqlite;
  return TableFileFormat::csv_folder;
}

void export_tables(const Document& document, const std::filesystem::path& path, const ExportOptions& options) {
  switch (table_file_format(path)) {
    case TableFileFormat::xlsx: detail::export_xlsx(document, path, options); return;
    case TableFileFormat::sqlite: detail::export_sqlite(document, path, options); return;
    case TableFileFormat::csv_folder: export_csv_folder(document, path, options); return;
  }
}

void export_tables(const Document& document, const std::filesystem::path& path, Language headings) {
  ExportOptions options;
  options.headings = headings;
  export_tables(document, path, options);
}

std::vector<InputTable> read_tables(const std::filesystem::path& path) {
  switch (table_file_format(path)) {
    case TableFileFormat::xlsx: return detail::read_xlsx(path);
    case TableFileFormat::sqlite:
      throw Error(ErrorCode::invalid_argument, path.string() + ": an SQLite export is read by BI tools, not imported",
                  path.string() + ": export do SQLite je pro nástroje BI, neimportuje se");
    case TableFileFormat::csv_folder: break;
  }
  return read_csv_folder(path);
}

}  // namespace inclusio
