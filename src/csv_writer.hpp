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
    bool formula = !s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos;
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
