// A document as a workbook, with libxlsxwriter: a sheet per table named as the table is in the
// headings' language, a heading row frozen, dates as dates, amounts and numbers as numbers where a
// spreadsheet's double holds them exactly (15 significant digits), text always as text (never a formula),
// and below each code column's heading a drop-down of its codelist, whose codes (with their labels)
// are on a sheet of their own, as a spreadsheet's list validation needs them.

#include <inclusio/codelists.hpp>

#include "derived_tables.hpp"
#include "table_formats.hpp"
#include "text_counts.hpp"

#include <xlsxwriter.h>
#include <xlsxwriter/utility.h>

#include <algorithm>
#include <cstdio>
#include <map>
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

[[noreturn]] void fail(const std::string& why) {
  throw Error(ErrorCode::io, "the workbook cannot be written: " + why, "sešit nelze zapsat: " + why);
}
void check(lxw_error e) {
  if (e != LXW_NO_ERROR) fail(lxw_strerror(e));
}

// The codelists the document's tables use, each given two columns of the codes sheet (code, label) in
// the order the tables first use them.
class CodesSheet {
 public:
  explicit CodesSheet(Language lang) : lang_(lang) {
    for (const TableInfo& t : document_tables())
      for (const ColumnInfo& c : t.columns)
        if (c.type == ColumnType::code && find_codelist(c.codelist) && !column_.contains(c.codelist))
          column_.emplace(c.codelist, static_cast<lxw_col_t>(2 * column_.size()));
  }
  std::string_view name() const { return lang_ == Language::cs ? codelists_sheet_cs : codelists_sheet_en; }

  // The list validation of a column of codes, or none for a column without a codelist.
  std::optional<std::string> range(const ColumnInfo& column) const {
    auto it = column_.find(column.codelist);
    if (column.type != ColumnType::code || it == column_.end()) return std::nullopt;
    char cells[LXW_MAX_CELL_RANGE_LENGTH];
    auto rows = static_cast<lxw_row_t>(find_codelist(column.codelist)->codes.size());
    lxw_rowcol_to_range_abs(cells, 1, it->second, rows, it->second);
    return "='" + std::string(name()) + "'!" + cells;
  }

  void write(lxw_workbook* book, lxw_format* heading) const {
    std::string sheet_name(name());
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheet_name.c_str());
    if (!sheet) fail("the sheet " + sheet_name + " cannot be added");
    // Written row by row, as a workbook in constant memory takes them.
    std::size_t rows = 0;
    for (const auto& [key, col] : column_) rows = std::max(rows, find_codelist(key)->codes.size());
    std::map<lxw_col_t, const CodelistInfo*> by_column;
    for (const auto& [key, col] : column_) by_column.emplace(col, find_codelist(key));
    for (std::size_t r = 0; r <= rows; ++r)
      for (const auto& [col, list] : by_column) {
        bool cs = lang_ == Language::cs;
        if (r == 0) {
          std::string key(list->key), label(cs ? list->name_cs : list->name_en);
          check(worksheet_write_string(sheet, 0, col, key.c_str(), heading));
          check(worksheet_write_string(sheet, 0, col + 1, label.c_str(), heading));
        } else if (r <= list->codes.size()) {
          const CodeInfo& e = list->codes[r - 1];
          std::string code(e.code), label(cs ? e.label_cs : e.label_en);
          check(worksheet_write_string(sheet, static_cast<lxw_row_t>(r), col, code.c_str(), nullptr));
          check(worksheet_write_string(sheet, static_cast<lxw_row_t>(r), col + 1, label.c_str(), nullptr));
        }
      }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_set_column(sheet, 0, static_cast<lxw_col_t>(2 * column_.size()), 22, nullptr);
  }

 private:
  Language lang_;
  std::map<std::string_view, lxw_col_t> column_;
};

class SheetWriter final : public TableWriter {
 public:
  SheetWriter(lxw_workbook* book, Language headings, lxw_format* heading, lxw_format* date, lxw_format* money,
              const CodesSheet& codes)
      : book_(book), lang_(headings), heading_(heading), date_(date), money_(money), codes_(codes) {}

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
    for (std::size_t c = 0; c < columns.size(); ++c) drop_down(static_cast<lxw_col_t>(c), columns[c]);
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
        case Cell::Kind::boolean: check(worksheet_write_boolean(sheet_, r, col, static_cast<int>(cell.integer), nullptr)); break;
        default: text(r, col, cell_text(cell)); break;
      }
    }
  }

 private:
  void text(lxw_row_t r, lxw_col_t c, const std::string& s) { check(worksheet_write_string(sheet_, r, c, s.c_str(), nullptr)); }

  // A code column offers its codes; a label typed instead (which an import reads too) only warns.
  void drop_down(lxw_col_t col, const ColumnInfo& column) {
    std::optional<std::string> range = codes_.range(column);
    if (!range) return;
    bool cs = lang_ == Language::cs;
    std::string title = cs ? column.name_cs : column.name;
    std::string message = cs ? "Kód z číselníku (list „" + std::string(codes_.name()) + "“); import přijme i jeho název."
                             : "A code of the codelist (sheet \"" + std::string(codes_.name()) + "\"); an import takes its label too.";
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    v.value_formula = range->data();
    v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
    // A spreadsheet takes a title of at most 32 characters: a longer heading goes without one.
    if (count_characters(title) <= 32) v.input_title = title.data();
    v.input_message = message.data();
    check(worksheet_data_validation_range(sheet_, 1, col, static_cast<lxw_row_t>(sheet_rows), col, &v));
  }

  lxw_workbook* book_;
  Language lang_;
  lxw_format *heading_, *date_, *money_;
  const CodesSheet& codes_;
  lxw_worksheet* sheet_ = nullptr;
  const TableInfo* table_ = nullptr;
  std::size_t row_ = 0;
};

}  // namespace

void export_xlsx(const Document& document, const std::filesystem::path& path, const ExportOptions& export_options) {
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
    CodesSheet codes(export_options.headings);
    for_each_export_table(document, export_options, [&](const TableInfo&, const auto& write) {
      SheetWriter sheet(book, export_options.headings, heading, date, money, codes);
      write(sheet);
    });
    codes.write(book, heading);
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
