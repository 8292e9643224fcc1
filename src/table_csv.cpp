// A document's table as CSV and a CSV file as an input table. The writer is the library's one CSV
// writer; the reader takes RFC 4180 as spreadsheets write it, with a comma or (as Czech Excel saves
// "CSV") a semicolon between cells, and a byte order mark or none.

#include <inclusio/tables.hpp>

#include "csv_writer.hpp"
#include "derived_tables.hpp"

#include <algorithm>

namespace inclusio {

namespace {

class CsvTableWriter final : public TableWriter {
 public:
  void begin(const TableInfo&, std::span<const ColumnInfo> columns) override {
    for (const auto& c : columns) csv_.text(c.name);
    csv_.end_row();
  }
  void row(std::span<const Cell> cells) override {
    for (const Cell& c : cells) {
      switch (c.kind) {
        case Cell::Kind::absent: csv_.empty(); break;
        case Cell::Kind::integer:
        case Cell::Kind::number:
        case Cell::Kind::money:
        case Cell::Kind::date:
        case Cell::Kind::boolean: csv_.number(cell_text(c)); break;
        default: csv_.text(cell_text(c)); break;
      }
    }
    csv_.end_row();
  }
  std::string take() { return csv_.take(); }

 private:
  detail::CsvWriter csv_;
};

// The text of a cell as written, the apostrophe that kept a formula from being evaluated taken off.
std::string unguarded(std::string s) {
  if (!s.empty() && s.front() == '\'' && detail::CsvWriter::starts_like_formula(s)) s.erase(0, 1);
  return s;
}

// The byte offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629), or npos.
std::size_t invalid_utf8_at(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size() || (n == 2 && b < 0xC2) || (n == 4 && b > 0xF4)) return i;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    if (n == 3) {
      auto c = static_cast<unsigned char>(s[i + 1]);
      if ((b == 0xE0 && c < 0xA0) || (b == 0xED && c >= 0xA0)) return i;  // overlong; a surrogate
    }
    if (n == 4) {
      auto c = static_cast<unsigned char>(s[i + 1]);
      if ((b == 0xF0 && c < 0x90) || (b == 0xF4 && c >= 0x90)) return i;
    }
    i += n;
  }
  return std::string_view::npos;
}

}  // namespace

std::string detail::csv_of(const std::function<void(TableWriter&)>& write) {
  CsvTableWriter out;
  write(out);
  return out.take();
}

std::string table_csv(const Document& document, std::string_view table) {
  return table_csv(document, table, DerivedTableOptions{});
}

std::string table_csv(const Document& document, std::string_view table, const DerivedTableOptions& options) {
  return detail::csv_of([&](TableWriter& out) {
    if (find_derived_table(table)) write_derived_table(document, table, options, out);
    else write_table(document, table, out);
  });
}

InputTable read_table_csv(std::string_view text, std::string name, std::string source) {
  InputTable table;
  table.name = std::move(name);
  table.source = std::move(source);
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (std::size_t bad = invalid_utf8_at(text); bad != std::string_view::npos) {
    auto line = std::to_string(1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad), '\n'));
    throw Error(ErrorCode::parse, table.source + ": line " + line + ": not UTF-8 (save the file as UTF-8)",
                table.source + ": řádek " + line + ": text není v UTF-8 (uložte soubor v kódování UTF-8)");
  }

  // The separator is the first comma or semicolon of the heading row outside quotes.
  char separator = ',';
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && (c == ',' || c == ';')) {
      separator = c;
      break;
    } else if (!quoted && c == '\n') {
      break;
    }
  }

  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string cell;
  bool in_quotes = false, was_quoted = false, any = false;
  std::size_t line = 1;
  auto end_cell = [&] {
    record.push_back(unguarded(std::move(cell)));
    cell.clear();
    was_quoted = false;
  };
  auto end_record = [&] {
    end_cell();
    if (!(record.size() == 1 && record[0].empty())) records.push_back(std::move(record));
    record.clear();
    any = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
      continue;
    }
    if (c == '"') {
      if (!cell.empty())
        throw Error(ErrorCode::parse, table.source + ": line " + std::to_string(line) + ": a quote inside an unquoted cell",
                    table.source + ": řádek " + std::to_string(line) + ": uvozovka uvnitř buňky bez uvozovek");
      in_quotes = was_quoted = any = true;
    } else if (c == separator) {
      end_cell();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_record();
      ++line;
    } else {
      if (was_quoted)
        throw Error(ErrorCode::parse, table.source + ": line " + std::to_string(line) + ": text after a closing quote",
                    table.source + ": řádek " + std::to_string(line) + ": text za uzavírací uvozovkou");
      cell += c;
      any = true;
    }
  }
  if (in_quotes)
    throw Error(ErrorCode::parse, table.source + ": line " + std::to_string(line) + ": a quoted cell is not closed",
                table.source + ": řádek " + std::to_string(line) + ": buňka v uvozovkách není uzavřena");
  if (any || !cell.empty() || !record.empty()) end_record();

  if (records.empty()) return table;
  table.columns = std::move(records[0]);
  for (std::size_t r = 1; r < records.size(); ++r) {
    if (records[r].size() > table.columns.size())
      throw Error(ErrorCode::parse,
                  table.source + ": row " + std::to_string(r + 1) + " has " + std::to_string(records[r].size()) +
                      " cells, the heading " + std::to_string(table.columns.size()),
                  table.source + ": řádek " + std::to_string(r + 1) + " má " + std::to_string(records[r].size()) +
                      " buněk, záhlaví " + std::to_string(table.columns.size()));
    auto& cells = table.rows.emplace_back();
    for (auto& s : records[r]) cells.push_back(s.empty() ? InputCell{} : InputCell::of_text(std::move(s)));
  }
  return table;
}

}  // namespace inclusio
