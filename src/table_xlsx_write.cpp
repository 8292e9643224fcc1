// A document as a workbook, with libxlsxwriter: a sheet per table named as the table is in the
// headings' language, a heading row frozen, dates as dates, amounts and numbers as numbers where a
// spreadsheet's double holds them exactly (15 significant digits), text always as text (never a formula).

#include "table_formats.hpp"

#include <xlsxwriter.h>

#include <cstdio>
#include <memory>
#include <string>
#include <system_error>

namespace inclusio::detail {

namespace {

// Rows a sheet holds below its heading.
constexpr std::size_t sheet_rows = 1'048'575;

std::size_t significant_digits(std::string_view number) {
  std::size_t n = 0;
  bool leading = true;
  for (char c : number) {
    if (c < '0' || c > '9') continue;
    if (leading && c == '0') continue;
    leading = false;
    ++n;
  }
  return n;
}

class SheetWriter final : public TableWriter {
 public:
  SheetWriter(lxw_workbook* book, Language headings, lxw_format* heading, lxw_format* date, lxw_format* money)
      : book_(book), lang_(headings), heading_(heading), date_(date), money_(money) {}

  void begin(const TableInfo& table, std::span<const ColumnInfo> columns) override {
    table_ = &table;
    std::string name(lang_ == Language::cs ? table.name_cs : table.name);
    sheet_ = workbook_add_worksheet(book_, name.c_str());
    if (!sheet_) fail("the sheet " + name + " cannot be added");
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const std::string& h = lang_ == Language::cs ? columns[c].name_cs : columns[c].name;
      check(worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(c), h.c_str(), heading_));
    }
    worksheet_freeze_panes(sheet_, 1, 0);
    worksheet_set_column(sheet_, 0, static_cast<lxw_col_t>(columns.empty() ? 0 : columns.size() - 1), 16, nullptr);
    row_ = 0;
  }

  void row(std::span<const Cell> cells) override {
    if (++row_ > sheet_rows)
      fail("the table " + std::string(table_->name) + " has more rows than a sheet holds (1 048 575)");
    auto r = static_cast<lxw_row_t>(row_);
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const Cell& cell = cells[c];
      auto col = static_cast<lxw_col_t>(c);
      switch (cell.kind) {
        case Cell::Kind::absent: break;
        case Cell::Kind::integer:
          if (cell.integer > -(1LL << 53) && cell.integer < (1LL << 53))
            check(worksheet_write_number(sheet_, r, col, static_cast<double>(cell.integer), nullptr));
          else
            text(r, col, cell_text(cell));
          break;
        case Cell::Kind::number:
        case Cell::Kind::money:
          if (std::string exact = cell_text(cell); significant_digits(exact) <= 15)
            check(worksheet_write_number(sheet_, r, col, cell.number, cell.kind == Cell::Kind::money ? money_ : nullptr));
          else
            text(r, col, exact);
          break;
        case Cell::Kind::date: {
          lxw_datetime d{cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
          if (cell.date.year() >= 1900) check(worksheet_write_datetime(sheet_, r, col, &d, date_));
          else text(r, col, cell_text(cell));
          break;
        }
        default: text(r, col, cell_text(cell)); break;
      }
    }
  }

 private:
  void text(lxw_row_t r, lxw_col_t c, const std::string& s) { check(worksheet_write_string(sheet_, r, c, s.c_str(), nullptr)); }
  void check(lxw_error e) const {
    if (e != LXW_NO_ERROR) fail(lxw_strerror(e));
  }
  [[noreturn]] static void fail(const std::string& why) {
    throw Error(ErrorCode::io, "the workbook cannot be written: " + why, "sešit nelze zapsat: " + why);
  }

  lxw_workbook* book_;
  Language lang_;
  lxw_format *heading_, *date_, *money_;
  lxw_worksheet* sheet_ = nullptr;
  const TableInfo* table_ = nullptr;
  std::size_t row_ = 0;
};

}  // namespace

void export_xlsx(const Document& document, const std::filesystem::path& path, Language headings) {
  std::filesystem::path staging = path;
  staging += ".inclusio-tmp";
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;  // rows go to disk as they are written: a sheet of a million rows
  options.use_zip64 = LXW_TRUE;
  lxw_workbook* book = workbook_new_opt(staging.string().c_str(), &options);
  if (!book) throw Error(ErrorCode::io, path.string() + ": the workbook cannot be made", path.string() + ": sešit nelze vytvořit");
  lxw_format* heading = workbook_add_format(book);
  format_set_bold(heading);
  lxw_format* date = workbook_add_format(book);
  format_set_num_format(date, "d. m. yyyy");
  lxw_format* money = workbook_add_format(book);
  format_set_num_format(money, "#,##0.00");
  try {
    for (const auto& t : document_tables()) {
      SheetWriter sheet(book, headings, heading, date, money);
      write_table(document, t.name, sheet);
    }
  } catch (...) {
    workbook_close(book);
    std::error_code ec;
    std::filesystem::remove(staging, ec);
    throw;
  }
  lxw_error closed = workbook_close(book);
  std::error_code ec;
  if (closed != LXW_NO_ERROR) {
    std::filesystem::remove(staging, ec);
    throw Error(ErrorCode::io, path.string() + ": the workbook cannot be written: " + lxw_strerror(closed),
                path.string() + ": sešit nelze zapsat: " + lxw_strerror(closed));
  }
  std::filesystem::rename(staging, path, ec);
  if (ec) {
    std::filesystem::remove(staging, ec);
    throw Error(ErrorCode::io, path.string() + ": cannot be replaced", path.string() + ": soubor nelze nahradit");
  }
}

}  // namespace inclusio::detail
