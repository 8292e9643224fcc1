#pragma once
// What every output the library writes must be, whatever the document held: checked by the fuzz
// targets on each rendering, aborting (a finding for the fuzzer) at the first output that is not.
//   JSON      parses back;
//   CSV       RFC 4180 with the header's number of fields on every row, and no cell a spreadsheet
//             would evaluate (=, +, @, tab, CR; '-' only for a number the library wrote);
//   Markdown  every row of a table has the cells of the table's header, and only the library's own
//             lines are headings;
//   HTML      every tag is one the renderer writes (user text never becomes markup);
//   text      no control character but the line ends.

#include <boost/json/parse.hpp>

#include <cstdlib>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace fuzz_checks {

inline void require(bool ok) {
  if (!ok) std::abort();
}

inline void json_output(const std::string& text) {
  boost::system::error_code ec;
  (void)boost::json::parse(text, ec);
  require(!ec);
}

inline bool is_number(std::string_view cell) {
  if (!cell.empty() && cell[0] == '-') cell.remove_prefix(1);
  if (cell.empty()) return false;
  for (char c : cell)
    if (!((c >= '0' && c <= '9') || c == '.')) return false;
  return true;
}

inline void csv_output(std::string_view text) {
  std::vector<std::string> row;
  std::string cell;
  std::size_t header_fields = 0;
  bool first_row = true;
  auto end_cell = [&] {
    if (!cell.empty()) {
      char c = cell[0];
      require(c != '=' && c != '+' && c != '@' && c != '\t' && c != '\r');
      require(c != '-' || is_number(cell));
    }
    row.push_back(cell);
    cell.clear();
  };
  auto end_row = [&] {
    end_cell();
    if (first_row) header_fields = row.size();
    require(row.size() == header_fields);
    first_row = false;
    row.clear();
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '"') {
      require(cell.empty());
      for (++i;; ++i) {
        require(i < text.size());
        if (text[i] != '"') {
          cell.push_back(text[i]);
        } else if (i + 1 < text.size() && text[i + 1] == '"') {
          cell.push_back('"');
          ++i;
        } else {
          ++i;
          break;
        }
      }
      require(i == text.size() || text[i] == ',' || text[i] == '\r' || text[i] == '\n');
      continue;
    }
    if (text[i] == ',') {
      end_cell();
    } else if (text[i] == '\r' || text[i] == '\n') {
      if (text[i] == '\r') require(i + 1 < text.size() && text[i + 1] == '\n'), ++i;
      end_row();
    } else {
      cell.push_back(text[i]);
    }
    ++i;
  }
  require(cell.empty() && row.empty());  // every row ends with a line end
}

// The unescaped cell separators of a Markdown table row.
inline std::size_t markdown_separators(std::string_view line) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') ++i;
    else if (line[i] == '|') ++n;
  }
  return n;
}

inline void markdown_output(std::string_view text, std::size_t headings) {
  std::size_t table_separators = 0, seen_headings = 0;
  bool in_table = false;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    require(end != std::string_view::npos);
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    for (char c : line) require(static_cast<unsigned char>(c) >= 0x20 || c == '\t');
    if (!line.empty() && line[0] == '#') ++seen_headings;
    if (!line.empty() && line[0] == '|') {
      std::size_t n = markdown_separators(line);
      if (!in_table) table_separators = n;
      require(n == table_separators);
      in_table = true;
    } else {
      in_table = false;
    }
  }
  require(seen_headings <= headings);
}

inline void html_output(std::string_view text) {
  static const std::set<std::string, std::less<>> tags = {
      "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "strong", "table",
      "tr", "th", "td", "span", "svg", "rect", "line", "text", "h3", "small", "polyline", "circle"};
  for (std::size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    std::size_t name = at + 1 + (at + 1 < text.size() && text[at + 1] == '/');
    std::size_t end = name;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '!')) ++end;
    require(tags.count(text.substr(name, end - name)) == 1);
  }
}

inline void text_output(std::string_view text) {
  for (char c : text) require(static_cast<unsigned char>(c) >= 0x20 || c == '\n');
}

}  // namespace fuzz_checks
