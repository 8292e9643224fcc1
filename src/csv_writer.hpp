#pragma once
// The one CSV writer (RFC 4180): every CSV the library writes goes through it, so that a rule for
// cells (quoting, and what a spreadsheet must not evaluate) is kept in one place.

#include <string>
#include <string_view>

namespace inclusio::detail {

class CsvWriter {
 public:
  // A cell of text: quoted when it holds a separator, a quote or a line break. Text that a spreadsheet
  // would take for a formula (starting with =, +, -, @, a tab or a carriage return: OWASP's CSV
  // injection) gets a leading apostrophe, so that it is shown, never evaluated.
  CsvWriter& text(std::string_view s) {
    separate();
    bool formula = starts_like_formula(s);
    if (!formula && s.find_first_of(",\"\n\r") == std::string_view::npos) {
      out_ += s;
      return *this;
    }
    out_ += '"';
    if (formula) out_ += '\'';
    for (char c : s) {
      if (c == '"') out_ += '"';
      out_ += c;
    }
    out_ += '"';
    return *this;
  }
  // Whether a spreadsheet would evaluate the text, or the text already starts with the apostrophes that
  // mark one: each such text gets one more, and reading takes exactly one off (read_table_csv).
  static bool starts_like_formula(std::string_view s) {
    std::size_t i = s.find_first_not_of('\'');
    return i != std::string_view::npos && std::string_view("=+-@\t\r").find(s[i]) != std::string_view::npos;
  }
  // A cell the library wrote itself from a number (an amount, a count, a decimal, a date): written as
  // it is, so that a negative amount stays a number.
  CsvWriter& number(std::string_view s) {
    separate();
    out_ += s;
    return *this;
  }
  CsvWriter& empty() {
    separate();
    return *this;
  }
  CsvWriter& end_row() {
    out_ += '\n';
    at_row_start_ = true;
    return *this;
  }
  std::string take() { return std::move(out_); }

 private:
  void separate() {
    if (!at_row_start_) out_ += ',';
    at_row_start_ = false;
  }
  std::string out_;
  bool at_row_start_ = true;
};

}  // namespace inclusio::detail
