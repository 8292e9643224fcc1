// A workbook's sheets as input tables, read with libzip (the package) and expat (its XML parts): the
// workbook's sheet list and their parts, the shared strings, the cell styles that make a number a
// date, and each sheet's cells with the row numbers the user sees.

#include "table_cells.hpp"
#include "table_formats.hpp"

#include <expat.h>
#include <zip.h>

#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace inclusio::detail {

namespace {

// A part larger than this is refused rather than inflated (a workbook of a million observations has
// sheets of a few hundred megabytes).
constexpr zip_uint64_t part_limit = zip_uint64_t{2} << 30;

[[noreturn]] void malformed(const std::filesystem::path& path, const std::string& why) {
  throw Error(ErrorCode::parse, path.string() + ": not a readable workbook: " + why,
              path.string() + ": sešit nelze přečíst: " + why);
}

class Package {
 public:
  explicit Package(const std::filesystem::path& path) : path_(path) {
    int error = 0;
    zip_ = zip_open(path.string().c_str(), ZIP_RDONLY, &error);
    if (!zip_) {
      if (error == ZIP_ER_OPEN || error == ZIP_ER_READ || error == ZIP_ER_NOENT)
        throw Error(ErrorCode::io, path.string() + ": cannot be read", path.string() + ": soubor nelze přečíst");
      zip_error_t e;
      zip_error_init_with_code(&e, error);
      std::string why = zip_error_strerror(&e);
      zip_error_fini(&e);
      malformed(path, why);
    }
  }
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;
  ~Package() { zip_discard(zip_); }

  // The part's bytes; none when the package has no such part.
  std::optional<std::string> part(const std::string& name) const {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip_, name.c_str(), 0, &st) != 0) return std::nullopt;
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > part_limit) malformed(path_, name + " is too large");
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen(zip_, name.c_str(), 0), zip_fclose);
    if (!f) malformed(path_, name + " cannot be opened");
    std::string out(static_cast<std::size_t>(st.size), '\0');
    zip_int64_t got = zip_fread(f.get(), out.data(), st.size);
    if (got < 0 || static_cast<zip_uint64_t>(got) != st.size) malformed(path_, name + " cannot be inflated");
    return out;
  }

 private:
  std::filesystem::path path_;
  zip_t* zip_ = nullptr;
};

// Element and attribute names without their namespace (expat gives "namespace|local").
std::string_view local(const XML_Char* name) {
  std::string_view s(name);
  auto bar = s.rfind('|');
  return bar == std::string_view::npos ? s : s.substr(bar + 1);
}

const XML_Char* attribute(const XML_Char** attrs, std::string_view name) {
  for (int i = 0; attrs[i]; i += 2)
    if (local(attrs[i]) == name) return attrs[i + 1];
  return nullptr;
}

struct XmlHandler {
  std::function<void(std::string_view, const XML_Char**)> start;
  std::function<void(std::string_view)> end;
  std::function<void(std::string_view)> text;
};

void parse_xml(const std::filesystem::path& path, const std::string& part, const std::string& xml, XmlHandler& h) {
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> parser(XML_ParserCreateNS("UTF-8", '|'),
                                                                                  XML_ParserFree);
  XML_SetUserData(parser.get(), &h);
  XML_SetElementHandler(
      parser.get(),
      [](void* data, const XML_Char* name, const XML_Char** attrs) {
        auto* self = static_cast<XmlHandler*>(data);
        if (self->start) self->start(local(name), attrs);
      },
      [](void* data, const XML_Char* name) {
        auto* self = static_cast<XmlHandler*>(data);
        if (self->end) self->end(local(name));
      });
  XML_SetCharacterDataHandler(parser.get(), [](void* data, const XML_Char* s, int len) {
    auto* self = static_cast<XmlHandler*>(data);
    if (self->text) self->text(std::string_view(s, static_cast<std::size_t>(len)));
  });
  if (XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_ERROR)
    malformed(path, part + ", line " + std::to_string(XML_GetCurrentLineNumber(parser.get())) + ": " +
                        XML_ErrorString(XML_GetErrorCode(parser.get())));
}

// Whether a number format shows a date: Excel's built-in date formats, or a format code with days or
// years outside quoted text and [bracketed] sections.
bool is_date_format(int id, std::string_view code) {
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) return true;
  bool quoted = false, bracket = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == '"') quoted = !quoted;
    else if (!quoted && c == '[') bracket = true;
    else if (!quoted && c == ']') bracket = false;
    else if (!quoted && c == '\\') ++i;
    else if (!quoted && !bracket && (c == 'd' || c == 'D' || c == 'y' || c == 'Y')) return true;
  }
  return false;
}

// "BC12" → column 54 (from 0); npos when malformed.
std::size_t column_of(std::string_view ref) {
  std::size_t col = 0, letters = 0;
  for (char c : ref) {
    if (c >= 'A' && c <= 'Z') {
      col = col * 26 + static_cast<std::size_t>(c - 'A' + 1);
      if (++letters > 3) return std::string_view::npos;
    } else {
      break;
    }
  }
  return letters ? col - 1 : std::string_view::npos;
}

std::string resolve_target(std::string_view target) {
  if (target.starts_with("/")) return std::string(target.substr(1));
  return "xl/" + std::string(target);
}

}  // namespace

std::vector<InputTable> read_xlsx(const std::filesystem::path& path) {
  Package package(path);

  // The sheets in workbook order, each with its part.
  std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
  {
    auto xml = package.part("xl/workbook.xml");
    if (!xml) malformed(path, "it has no xl/workbook.xml");
    XmlHandler h;
    h.start = [&](std::string_view name, const XML_Char** attrs) {
      if (name != "sheet") return;
      const char* n = attribute(attrs, "name");
      const char* id = attribute(attrs, "id");
      if (n && id) sheets.emplace_back(n, id);
    };
    parse_xml(path, "xl/workbook.xml", *xml, h);
  }
  std::unordered_map<std::string, std::string> targets;
  if (auto xml = package.part("xl/_rels/workbook.xml.rels")) {
    XmlHandler h;
    h.start = [&](std::string_view name, const XML_Char** attrs) {
      const char* id = attribute(attrs, "Id");
      const char* target = attribute(attrs, "Target");
      if (name == "Relationship" && id && target) targets[id] = resolve_target(target);
    };
    parse_xml(path, "xl/_rels/workbook.xml.rels", *xml, h);
  }

  std::vector<std::string> shared;
  if (auto xml = package.part("xl/sharedStrings.xml")) {
    int in_si = 0, in_t = 0, in_phonetic = 0;
    XmlHandler h;
    h.start = [&](std::string_view name, const XML_Char**) {
      if (name == "si") {
        in_si = 1;
        shared.emplace_back();
      } else if (name == "t") {
        ++in_t;
      } else if (name == "rPh") {
        ++in_phonetic;
      }
    };
    h.end = [&](std::string_view name) {
      if (name == "si") in_si = 0;
      else if (name == "t") --in_t;
      else if (name == "rPh") --in_phonetic;
    };
    h.text = [&](std::string_view s) {
      if (in_si && in_t && !in_phonetic) shared.back() += s;
    };
    parse_xml(path, "xl/sharedStrings.xml", *xml, h);
  }

  std::vector<bool> date_styles;  // by the cell's style index
  if (auto xml = package.part("xl/styles.xml")) {
    std::map<int, std::string> formats;
    bool in_cell_xfs = false;
    XmlHandler h;
    h.start = [&](std::string_view name, const XML_Char** attrs) {
      if (name == "numFmt") {
        const char* id = attribute(attrs, "numFmtId");
        const char* code = attribute(attrs, "formatCode");
        if (id && code) formats[std::atoi(id)] = code;
      } else if (name == "cellXfs") {
        in_cell_xfs = true;
      } else if (name == "xf" && in_cell_xfs) {
        const char* id = attribute(attrs, "numFmtId");
        int n = id ? std::atoi(id) : 0;
        auto it = formats.find(n);
        date_styles.push_back(is_date_format(n, it == formats.end() ? std::string_view() : std::string_view(it->second)));
      }
    };
    h.end = [&](std::string_view name) {
      if (name == "cellXfs") in_cell_xfs = false;
    };
    parse_xml(path, "xl/styles.xml", *xml, h);
  }

  std::vector<InputTable> tables;
  for (const auto& [sheet_name, rel] : sheets) {
    auto target = targets.find(rel);
    if (target == targets.end()) malformed(path, "the sheet " + sheet_name + " has no part");
    auto xml = package.part(target->second);
    if (!xml) malformed(path, "the sheet " + sheet_name + " has no part " + target->second);

    InputTable table;
    table.name = sheet_name;
    table.source = sheet_name;
    std::size_t row_number = 0, next_column = 0;
    bool heading_done = false;
    std::vector<InputCell> row;
    std::string type, value, ref;
    std::size_t style = 0;
    bool in_value = false, in_inline = false, in_cell = false;
    auto set_cell = [&](std::size_t col, InputCell cell) {
      if (col > 16383) malformed(path, "the sheet " + sheet_name + " has a cell beyond column XFD");
      if (row.size() <= col) row.resize(col + 1);
      row[col] = std::move(cell);
    };
    auto end_row = [&] {
      if (!heading_done) {
        for (auto& c : row) table.columns.push_back(text_of_cell(c).value_or(""));
        while (!table.columns.empty() && table.columns.back().empty()) table.columns.pop_back();
        table.first_row_number = row_number + 1;
        heading_done = true;
      } else if (std::any_of(row.begin(), row.end(), [](const InputCell& c) { return c.kind != InputCell::Kind::empty; })) {
        if (row.size() > table.columns.size()) {
          for (std::size_t c = table.columns.size(); c < row.size(); ++c)
            if (row[c].kind != InputCell::Kind::empty)
              throw Error(ErrorCode::parse,
                          path.string() + ": sheet " + sheet_name + ", row " + std::to_string(row_number) +
                              ": a value in a column without a heading",
                          path.string() + ": list " + sheet_name + ", řádek " + std::to_string(row_number) +
                              ": hodnota ve sloupci bez záhlaví");
          row.resize(table.columns.size());
        }
        table.rows.push_back(std::move(row));
        table.row_numbers.push_back(row_number);
      }
      row.clear();
    };
    XmlHandler h;
    h.start = [&](std::string_view name, const XML_Char** attrs) {
      if (name == "row") {
        const char* r = attribute(attrs, "r");
        row_number = r ? static_cast<std::size_t>(std::strtoull(r, nullptr, 10)) : row_number + 1;
        next_column = 0;
        row.clear();
      } else if (name == "c") {
        const char* r = attribute(attrs, "r");
        const char* t = attribute(attrs, "t");
        const char* s = attribute(attrs, "s");
        ref = r ? r : "";
        type = t ? t : "n";
        style = s ? static_cast<std::size_t>(std::strtoull(s, nullptr, 10)) : 0;
        value.clear();
        in_cell = true;
      } else if (name == "v" && in_cell) {
        in_value = true;
      } else if (name == "is" && in_cell) {
        in_inline = true;
      }
    };
    h.text = [&](std::string_view s) {
      if (in_value || in_inline) value += s;
    };
    h.end = [&](std::string_view name) {
      if (name == "v") {
        in_value = false;
      } else if (name == "is") {
        in_inline = false;
      } else if (name == "c") {
        in_cell = false;
        std::size_t col = ref.empty() ? next_column : column_of(ref);
        if (col == std::string_view::npos) malformed(path, "a cell of sheet " + sheet_name + " has the reference " + ref);
        next_column = col + 1;
        if (value.empty() && type != "s") return;
        if (type == "s") {
          std::size_t index = static_cast<std::size_t>(std::strtoull(value.c_str(), nullptr, 10));
          if (value.empty() || index >= shared.size()) malformed(path, "cell " + ref + " of sheet " + sheet_name + " names no shared string");
          set_cell(col, InputCell::of_text(shared[index]));
        } else if (type == "inlineStr" || type == "str" || type == "e" || type == "d") {
          set_cell(col, InputCell::of_text(value));
        } else if (type == "b") {
          set_cell(col, InputCell::of_boolean(value == "1"));
        } else {
          char* end = nullptr;
          double d = std::strtod(value.c_str(), &end);
          if (end != value.c_str() + value.size()) malformed(path, "cell " + ref + " of sheet " + sheet_name + " holds " + value);
          Date day;
          if (style < date_styles.size() && date_styles[style] && date_of_serial(d, day)) set_cell(col, InputCell::of_date(day));
          else set_cell(col, InputCell::of_number(d));
        }
      } else if (name == "row") {
        end_row();
      }
    };
    parse_xml(path, target->second, *xml, h);
    tables.push_back(std::move(table));
  }
  return tables;
}

}  // namespace inclusio::detail
