// docs/spreadsheet.md, generated from the table descriptions: what each table and column is, for
// the people who fill in the workbook and the programs that read the CSV files.

#include <inclusio/tables.hpp>

#include <string>

namespace inclusio {

namespace {

constexpr std::string_view introduction = R"(# Tables: the spreadsheet template, CSV files, SQLite and DataFrames

Generated from the library's table descriptions (`./build/tests/inclusio_format_doc tables >
docs/spreadsheet.md`); a test keeps it up to date.

A document is also a set of tables, one per list of the format: every output below is written from
the same descriptions, and every input is read by the same code.

- `inclusio export FILE -o OUT.xlsx` writes a workbook with a sheet per table, Czech sheet names and
  headings (`--lang en` for English), dates as dates and amounts as numbers. Each code column offers
  its codelist in a drop-down; the codes and their labels are on the last sheet, `číselníky`
  (`codelists`), and a label typed instead of a code is accepted too (the drop-down only warns).
  [examples/spreadsheet/sablona.xlsx](../examples/spreadsheet/sablona.xlsx) is the empty template.
- `inclusio export FILE -o OUT/` writes a folder with a CSV file per table (`measures.csv`; UTF-8,
  English headings, RFC 4180; text a spreadsheet would evaluate as a formula starts with an apostrophe,
  which reading takes off again).
- `inclusio export FILE -o OUT.sqlite` writes an SQLite database for BI tools (Metabase, Power BI,
  LibreOffice Base): a table per table below, its key declared (`id`, or the parent's id and
  `position`), its references as foreign keys; amounts REAL in major units, dates ISO text.
- Every export then holds the **derived tables** (below): the findings, indicator progress, results per
  period and the roll-up by region, computed as of `--as-of` (default: today), the findings' messages
  in `--lang`; `--no-derived` leaves them out. They are outputs: an import skips them and says so.
- `inclusio import IN.xlsx|IN/ [--into EXISTING.json] -o OUT.json` reads a workbook or a CSV folder; in
  Python `doc.frame(table)`, `Document.from_frames({...})`, `doc.upsert_frame(table, df)`,
  `Document.from_tables(path)`, `doc.upsert_file(path)` and `doc.export(path)`; in C
  `incl_document_export_tables`, `incl_document_table_csv`, `incl_document_import_tables` and
  `incl_document_import_csv` (and `incl_import_skipped_at` for what an import did not read).

## How rows come in

- Tables are applied parents first, whatever their order in the workbook. A sheet or file whose name
  is not a table (in English or Czech) is refused, and so is a column given twice; the derived tables
  and the codes sheet are skipped, and the import names them.
- A row with a known **id** updates that entity: each cell given changes its field, an **empty cell
  removes the field**, a column that is absent changes nothing. A row with a new id adds an entity under
  the parent its parent column names (`plan` for goals and measures). Moving an entity to another
  parent is not supported.
- Rows without an id (partnership members, budget sources, target groups, targets, observations) are
  matched by their parent and `position` (from 0, as `frame()` gives it): a position that exists updates
  that item; an empty position, or one beyond the list, appends the row.
- `project_measures` holds each link of a project and a measure once, with `declared_in`: `project`
  (in the project's `measures`), `measure` (in the measure's `projects`) or `both`. Importing adds a link
  where it is missing; it never removes one.
- Columns of observations and targets that are not described below are **dimensions** (`gender`,
  `age`); a dimension named like a column is written `dimension_NAME`. In other tables such a column
  becomes an unknown member of the record, which validation reports (S007). An unknown member keeps its
  JSON type: its cell holds its text, or its JSON when it is not a text (`12`, `true`, `{"a": 1}`) or
  when its text would read as JSON (the text `12` is written `"12"`); a cell that reads as JSON comes
  in as that value, any other as text.
- The document's own members are the one-row table `portfolio` (its currency and unknown top-level
  members); frames carry them in `DataFrame.attrs`.
- A cell is read as its column's type, as Czech users type it: amounts `1 250 000,50`, `1250000,5`,
  `1 250 000 Kč`; numbers `12,5` and percentages `75 %` (the number 75); dates `31. 8. 2013`,
  `2013-08-31` or a spreadsheet's date cell; codes as the code (`in_progress`) or its Czech or English
  label in any case (`V realizaci`); lists as items separated by `;` (written as a JSON array, such as
  `["nízká; spíše nízká", "vysoká"]`, when an item holds `;` or spaces at its ends, or is empty, and
  read back so). A cell that does not read is kept
  as written, as a value of the wrong form, and validation reports it.
- Nothing is written when a row cannot be placed (an unknown parent, an id of another kind): the error
  names the table, row and column. `inclusio import` also writes nothing when the result has an error
  finding; every finding about what came in names its sheet or file, row and column.

## The tables

Types: `id` the row's own id; `reference` an id of the table named; `position` the row's place in its
parent's list; `text`; `code` a code of the codelist named (docs/format.md lists the codes); `integer`;
`number` a decimal with at most six places; `value` a number or a text (an ordinal label; in a
DataFrame the text is in the twin column `NAME_text`); `money` an amount with at most two decimals;
`date`; `list` items separated by `;`; `json` a JSON object; `boolean` true or false.
)";

constexpr std::string_view derived_introduction = R"(
## The derived tables

Computed from the document by the core, written by every export after the document's tables and by
`doc.frame(name)` in Python, `incl_document_table_csv` in C; `inclusio results` and `inclusio rollup`
with `--format csv` write the `results` and `rollup` tables. An import skips them. `findings` has a row
per finding of validation, with the plan holding it (empty for what is outside plans) and the innermost
entity; `progress` a row per indicator (docs/report.md); `results` a row per indicator and reporting
period; `rollup` a row per territory and figure (`level`, `territory`, `metric`, `item`, `value`).
)";

void append_table(std::string& out, const TableInfo& t) {
  out += "\n### " + std::string(t.name) + " (" + std::string(t.name_cs) + ")\n\n";
  if (!t.parent.empty()) out += "Rows of the " + std::string(t.parent) + " table's entities.\n\n";
  out += "| column | Czech heading | type | required |\n|---|---|---|---|\n";
  for (const ColumnInfo& c : t.columns) {
    std::string type(to_code(c.type));
    if (c.type == ColumnType::code || (c.type == ColumnType::list && !c.codelist.empty())) {
      if (!c.codelist.empty()) {
        type += " (" + std::string(c.codelist) + ")";
      } else {
        std::string codes;
        for (std::string_view code : c.codes) codes += (codes.empty() ? "" : ", ") + std::string(code);
        type += ": " + codes;
      }
    }
    if (!c.references.empty()) type += " (" + std::string(c.references) + ")";
    if (c.type == ColumnType::list && c.codelist.empty()) type += " of " + std::string(to_code(c.item_type));
    out += "| `" + c.name + "` | " + c.name_cs + " | " + type + " | " + (c.required ? "yes" : "") + " |\n";
  }
  if (t.has_dimensions) out += "| *a dimension* | *its name* | text | |\n";
}

}  // namespace

std::string tables_reference_markdown() {
  std::string out(introduction);
  for (const TableInfo& t : document_tables()) append_table(out, t);
  out += derived_introduction;
  for (const TableInfo& t : derived_tables()) append_table(out, t);
  return out;
}

}  // namespace inclusio
