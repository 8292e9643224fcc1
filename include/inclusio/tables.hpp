#pragma once
// The document as tables: one description per table (its rows, its columns and their types), derived
// from the format's records, and the two directions every tabular face goes through — a document's
// rows out as typed cells (pandas, CSV, SQLite, a workbook) and rows of cells in, added or updated by
// id (a spreadsheet, a CSV folder, DataFrames). docs/spreadsheet.md is the reference.

#include <inclusio/document.hpp>
#include <inclusio/results.hpp>
#include <inclusio/validate.hpp>

#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace inclusio {

// What a column holds.
enum class ColumnType {
  id,         // the row's own id
  reference,  // the id of another entity: the row's parent or a field that names one
  text,
  code,       // a code of the column's codelist
  integer,    // a whole number (counts, ages, votes)
  number,     // a decimal (indicator numbers; float64 in a DataFrame)
  value,      // an indicator value: a number, or a text (an ordinal label)
  money,      // an amount in the currency of its budget, project or document
  date,
  list,       // several items (ids, codes, dates or texts) separated by "; " (see list_items)
  json,       // a structured value written as JSON (an indicator's dimension categories)
  position,   // the row's place in its parent's list, from 0 (rows that have no id)
  boolean,    // true or false (derived tables: whether a target was missed)
};
std::string_view to_code(ColumnType type) noexcept;

struct ColumnInfo {
  std::string name;     // "period_start": the English heading, as frames and CSV files have it
  std::string name_cs;  // "období – začátek": the heading of the Czech workbook
  ColumnType type = ColumnType::text;
  ColumnType item_type = ColumnType::text;  // of a list's items
  std::string_view codelist;    // key of the codelist of a code column or a list of codes
  std::string_view references;  // the table a reference column names rows of; empty when any entity
  bool required = false;        // the format requires the member
  bool repeats = false;         // a few texts, repeated (a rule, a metric): a categorical in a DataFrame
  // The codes of a code column that has no codelist of the format (a finding's severity, a progress
  // status), in their order.
  std::span<const std::string_view> codes;
};

struct TableInfo {
  std::string_view name;     // "measures"
  std::string_view name_cs;  // "opatření"
  std::string_view parent;   // the table whose rows hold these ("plans"); empty at the top level
  // The parent's id column first (rows of a nested list), then the row's id or position, then the
  // fields. A table of observations or targets has a further column per dimension; any table has one
  // per unknown member of its records.
  std::vector<ColumnInfo> columns;
  bool has_dimensions = false;

  const ColumnInfo* find_column(std::string_view name) const noexcept;  // English or Czech heading
};

// The tables of a document, parents before children (the order an import applies them in): the names
// `portfolio` (one row: the document's currency and top-level unknown members), then territories,
// organizations, partnerships, partnership_members, working_groups, plans, goals, measures,
// budget_sources, target_groups, projects, project_measures, indicators, targets, observations,
// evaluations, events, documents.
std::span<const TableInfo> document_tables();
// The table with this name, English or Czech; null when there is none.
const TableInfo* find_document_table(std::string_view name) noexcept;

// ---- out: a document's rows as typed cells ------------------------------------------------------

// Typed, so that a sink that wants numbers (pandas, SQLite) never formats one; cell_text gives the text.
struct Cell {
  enum class Kind { absent, text, integer, number, money, date, code, list, invalid, boolean };
  Kind kind = Kind::absent;
  std::string_view text;  // text; a code; a list's items; a number's exact spelling where it has one
  std::int64_t integer = 0;          // integer; money in minor units; a code's index in its codes; boolean 0 or 1
  double number = 0;                 // number (and money in major units)
  Decimal decimal;                   // number, exactly
  Date date;
  const boost::json::value* raw = nullptr;  // invalid: the value as written
};

// The cell's text as a CSV file or a spreadsheet's text cell holds it (canonical, as the JSON writer
// writes the value; an invalid value as written, a structured one as JSON).
std::string cell_text(const Cell& cell);
// The items of a list's text: separated by "; ", or a JSON array where that would not read back as
// the same items (an item holding ";" or spaces at its ends, an empty one); an item of the wrong form
// as its JSON.
std::vector<std::string> list_items(std::string_view list_text);

// Receives a table row by row. `columns` are the description's and then the table's further columns
// (dimensions, unknown members) with their headings.
class TableWriter {
 public:
  virtual ~TableWriter() = default;
  virtual void begin(const TableInfo& table, std::span<const ColumnInfo> columns) = 0;
  // After begin, how many rows follow, where the table knows it beforehand: a sink may make room.
  virtual void expect_rows(std::size_t /*rows*/) {}
  virtual void row(std::span<const Cell> cells) = 0;
  virtual void end() {}
};

// Writes the rows of a document's table; throws Error(invalid_argument) for a name no table has.
void write_table(const Document& document, std::string_view table, TableWriter& out);

// ---- derived tables: what the core computes from a document --------------------------------------

// The tables derived from a document, described as its own are: `findings` (a row per finding, with
// the plan and entity it belongs to), `progress` (a row per indicator), `results` (a row per indicator
// and reporting period) and `rollup` (a row per territory and figure). Every sink writes them as it
// writes the document's tables; an import skips them (they are outputs, recomputed from the document).
std::span<const TableInfo> derived_tables();
// The derived table with this name, English or Czech; null when there is none.
const TableInfo* find_derived_table(std::string_view name) noexcept;

struct DerivedTableOptions {
  ValidateOptions validation;  // findings: the day taken as today, the profile, the messages' language
  ResultsOptions results;      // progress (`results.progress`: as_of, dimensions...) and results (frequency)
  TerritoryKind level = TerritoryKind::region;  // rollup, its current values as of results.progress.as_of
  // The same day for every derived table (validation's as_of and progress's).
  DerivedTableOptions& as_of(std::optional<Date> day) {
    validation.as_of = day;
    results.progress.as_of = day;
    return *this;
  }
};

// Computes a derived table and writes its rows; throws Error(invalid_argument) for another name.
void write_derived_table(const Document& document, std::string_view table, const DerivedTableOptions& options,
                         TableWriter& out);

// ---- in: rows of cells added or updated by id ----------------------------------------------------

// A cell as it came in: a text as typed (Czech forms are read: "1 250 000,50", "31. 8. 2013", "75 %"),
// or a typed value from a spreadsheet or a DataFrame.
struct InputCell {
  enum class Kind { empty, text, number, integer, date, boolean };
  Kind kind = Kind::empty;
  std::string text;
  double number = 0;
  std::int64_t integer = 0;
  Date date;
  bool boolean = false;

  static InputCell of_text(std::string s) { InputCell c; c.kind = Kind::text; c.text = std::move(s); return c; }
  static InputCell of_number(double d) { InputCell c; c.kind = Kind::number; c.number = d; return c; }
  static InputCell of_integer(std::int64_t i) { InputCell c; c.kind = Kind::integer; c.integer = i; return c; }
  static InputCell of_date(Date d) { InputCell c; c.kind = Kind::date; c.date = d; return c; }
  static InputCell of_boolean(bool b) { InputCell c; c.kind = Kind::boolean; c.boolean = b; return c; }
};

struct InputTable {
  std::string name;                      // a table's name, English or Czech
  std::string source;                    // where it came from, for messages: "measures.csv", sheet "opatření"
  std::vector<std::string> columns;      // headings, English or Czech
  std::vector<std::vector<InputCell>> rows;
  std::size_t first_row_number = 2;      // what the user calls the first row (2 below a heading row)
  std::vector<std::size_t> row_numbers;  // or, where rows are not consecutive (a sheet), each row's
  std::size_t row_number(std::size_t index) const {
    return index < row_numbers.size() ? row_numbers[index] : first_row_number + index;
  }
};

// Where a finding's value came from.
struct CellOrigin {
  std::string table;   // the table's name
  std::string source;  // as InputTable::source
  std::size_t row = 0;  // as the user numbers rows
  std::string column;   // the heading as given; empty for the row as a whole
};

struct ImportFinding {
  Finding finding;
  std::optional<CellOrigin> origin;  // none for a finding about what did not come in
};

struct ImportOptions {
  ValidateOptions validation;
};

struct ImportResult {
  std::vector<ImportFinding> findings;  // of the document after the import, in validation's order
  std::size_t added = 0;    // rows that added an entity (or a list item)
  std::size_t updated = 0;  // rows that updated one
  // The tables given that are not read: derived tables and the workbook's codelists sheet, each as
  // its source names it ("findings.csv", sheet "nálezy").
  std::vector<std::string> skipped;
  bool has_errors() const noexcept;
};

// Adds or updates rows by id: a row with a new id adds an entity under the parent its parent column
// names; a row with a known id changes the fields its columns hold (an empty cell removes the field,
// an absent column changes nothing). Rows without an id (observations, targets, budget sources...)
// are matched by their parent and `position`; without a position, or beyond the list, they are
// appended. Links of projects and measures are added where missing. A cell that does not read as its
// column's type is kept as written, as a value of the wrong form, so validation reports it. Tables are
// applied parents first whatever the order given. Throws Error(invalid_argument) naming the table, row
// and column for input that cannot be placed (no such table or column, a parent id that names nothing,
// an id of another kind); the document is then unchanged.
ImportResult upsert_tables(Document& document, std::span<const InputTable> tables, const ImportOptions& options = {});

// The findings about what came in, one per line, each led by where it came from ("measures.csv, row 5,
// column title:" or "opatření, řádek 5, sloupec název:"), then severity, rule, pointer and message,
// escaped for a terminal; and the errors found elsewhere in the document, without a place.
std::string import_findings_text(const ImportResult& result, Language language);

// ---- files of tables: a workbook, a folder of CSV files, an SQLite database -----------------------

enum class TableFileFormat { csv_folder, xlsx, sqlite };
// By the path's extension: .xlsx, .sqlite (or .db), anything else a folder of CSV files.
TableFileFormat table_file_format(const std::filesystem::path& path) noexcept;

struct ExportOptions {
  Language headings = Language::cs;  // of a workbook's sheets and columns (CSV and SQLite: English)
  bool derived = true;               // also the derived tables, computed as `derived_options` say
  DerivedTableOptions derived_options;
};

// Writes every table of the document, then the derived tables: a workbook with a sheet per table
// (headings in `headings`' language, dates as dates, amounts as numbers, a drop-down of the codes in
// each code column, the codes on a sheet of their own), a folder with a CSV file per table (English
// headings), or an SQLite database with a table per table, primary and foreign keys declared. The
// target is replaced whole, or left as it was when writing fails (Error(io)).
void export_tables(const Document& document, const std::filesystem::path& path, const ExportOptions& options);
void export_tables(const Document& document, const std::filesystem::path& path, Language headings = Language::cs);
// The tables of a workbook (a sheet per table) or of a folder of CSV files (NAME.csv per table);
// throws Error(io) when it cannot be read, Error(parse) when it is not a workbook or a cell is
// malformed.
std::vector<InputTable> read_tables(const std::filesystem::path& path);

// The id of the plan holding the value at `pointer` ("/plans/3/measures/0/title" → the fourth plan's
// id), or empty: the plan column of the findings table.
std::string_view plan_at(const Document& document, std::string_view pointer);

// docs/spreadsheet.md: the tables, their columns and how rows come in, in Markdown.
std::string tables_reference_markdown();

// ---- CSV, the one tabular text format of the core ------------------------------------------------

// A table as CSV (RFC 4180, UTF-8, English headings; text a spreadsheet would evaluate gets a
// leading apostrophe, which reading takes off again); a derived table as of today.
std::string table_csv(const Document& document, std::string_view table);
// A document's table or a derived table (computed as `options` say) as CSV.
std::string table_csv(const Document& document, std::string_view table, const DerivedTableOptions& options);
// A CSV text as an input table; throws Error(parse) with the line for a malformed file.
InputTable read_table_csv(std::string_view text, std::string name, std::string source);

}  // namespace inclusio
