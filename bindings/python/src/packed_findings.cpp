#include "packed_findings.hpp"

#include <inclusio/error.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <vector>

namespace inclusio::python {
namespace {

const TableInfo& findings_table() { return *find_derived_table("findings"); }

// Collects the findings table's rows as JSON and counts them by severity.
class PackingWriter final : public TableWriter {
 public:
  explicit PackingWriter(PackedFindings& out) : out_(out) {}
  void begin(const TableInfo&, std::span<const ColumnInfo> columns) override {
    out_.json = "{\"columns\":[";
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i) out_.json += ',';
      out_.json += boost::json::serialize(boost::json::string_view(columns[i].name));
      if (columns[i].name == "severity") severity_ = i;
    }
    out_.json += "],\"rows\":[";
  }
  void row(std::span<const Cell> cells) override {
    if (rows_++) out_.json += ',';
    out_.json += '[';
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) out_.json += ',';
      if (cells[i].kind == Cell::Kind::absent) out_.json += "null";
      else out_.json += boost::json::serialize(boost::json::string_view(cell_text(cells[i])));
    }
    out_.json += ']';
    if (severity_ < cells.size()) ++out_.counts.at(static_cast<std::size_t>(cells[severity_].integer));
  }
  void end() override { out_.json += "]}"; }

 private:
  PackedFindings& out_;
  std::size_t severity_ = static_cast<std::size_t>(-1);
  std::size_t rows_ = 0;
};

[[noreturn]] void not_packed(const std::string& file, const std::string& why) {
  throw Error(ErrorCode::invalid_argument, "the findings of " + (file.empty() ? std::string("a report") : file) +
                                               " are not the library's packed findings: " + why);
}

Cell cell_of(const boost::json::value& v, const ColumnInfo& column, const std::string& file) {
  if (v.is_null()) return Cell{};
  if (!v.is_string()) not_packed(file, "a cell is not text");
  Cell c;
  c.kind = Cell::Kind::text;
  c.text = std::string_view(v.get_string());
  if (column.type == ColumnType::code) {
    auto at = std::find(column.codes.begin(), column.codes.end(), c.text);
    if (at == column.codes.end()) not_packed(file, "no " + column.name + " \"" + std::string(c.text) + "\"");
    c.kind = Cell::Kind::code;
    c.integer = at - column.codes.begin();
  }
  return c;
}

}  // namespace

PackedFindings pack_findings(const Document& document, const ValidateOptions& options) {
  PackedFindings packed;
  PackingWriter writer(packed);
  DerivedTableOptions derived;
  derived.validation = options;
  write_derived_table(document, "findings", derived, writer);
  return packed;
}

const TableInfo& files_findings_table() {
  static const TableInfo table = [] {
    TableInfo t = findings_table();
    ColumnInfo file;
    file.name = "file";
    file.name_cs = "soubor";
    file.type = ColumnType::text;
    file.repeats = true;
    t.columns.insert(t.columns.begin(), file);
    return t;
  }();
  return table;
}

void write_packed_findings(std::span<const std::pair<std::string, std::string>> files, TableWriter& out) {
  const TableInfo& table = files_findings_table();
  std::span<const ColumnInfo> findings_columns = std::span(table.columns).subspan(1);
  std::vector<boost::json::value> parsed;
  std::size_t rows = 0;
  for (const auto& [file, json] : files) {
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(json, ec);
    if (ec) not_packed(file, ec.message());
    const boost::json::object* o = v.if_object();
    const boost::json::array* columns = o && o->contains("columns") ? o->at("columns").if_array() : nullptr;
    const boost::json::array* list = o && o->contains("rows") ? o->at("rows").if_array() : nullptr;
    if (!columns || !list) not_packed(file, "no columns and rows");
    if (columns->size() != findings_columns.size() ||
        !std::equal(columns->begin(), columns->end(), findings_columns.begin(),
                    [](const boost::json::value& name, const ColumnInfo& c) { return name.is_string() && name.get_string() == c.name; }))
      not_packed(file, "other columns than the findings table's");
    for (const boost::json::value& r : *list)
      if (!r.is_array() || r.get_array().size() != findings_columns.size()) not_packed(file, "a row of another length");
    rows += list->size();
    parsed.push_back(std::move(v));
  }
  out.begin(table, table.columns);
  out.expect_rows(rows);
  std::vector<Cell> cells(table.columns.size());
  for (std::size_t f = 0; f < files.size(); ++f) {
    cells[0] = Cell{};
    cells[0].kind = Cell::Kind::text;
    cells[0].text = files[f].first;
    for (const boost::json::value& r : parsed[f].get_object().at("rows").get_array()) {
      const boost::json::array& row = r.get_array();
      for (std::size_t i = 0; i < row.size(); ++i) cells[i + 1] = cell_of(row[i], findings_columns[i], files[f].first);
      out.row(cells);
    }
  }
  out.end();
}

}  // namespace inclusio::python
