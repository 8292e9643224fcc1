// The tables derived from a document: described as the document's own, written by every sink, the
// same rows as the computations they come from, and skipped (with a word) by an import.

#include "test_support.hpp"

#include <inclusio/inclusio.hpp>

#include <doctest/doctest.h>

using namespace inclusio;

namespace {

// The rows as CSV-like texts, to compare whole tables.
class TextRows final : public TableWriter {
 public:
  void begin(const TableInfo& table, std::span<const ColumnInfo> columns) override {
    name = table.name;
    for (const auto& c : columns) headings.push_back(c.name);
  }
  void row(std::span<const Cell> cells) override {
    auto& r = rows.emplace_back();
    for (const Cell& c : cells) r.push_back(cell_text(c));
    kinds.emplace_back();
    for (const Cell& c : cells) kinds.back().push_back(c.kind);
  }
  std::string_view name;
  std::vector<std::string> headings;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::vector<Cell::Kind>> kinds;
};

DerivedTableOptions as_of(Date day) {
  DerivedTableOptions options;
  options.as_of(day);
  return options;
}

}  // namespace

TEST_CASE("The derived tables are findings, progress, results and rollup, each row with its parent's id") {
  std::vector<std::string> names;
  for (const auto& t : derived_tables()) names.emplace_back(t.name);
  CHECK(names == std::vector<std::string>{"findings", "progress", "results", "rollup"});
  const TableInfo* findings = find_derived_table("nálezy");
  REQUIRE(findings != nullptr);
  CHECK(findings->name == "findings");
  CHECK(findings->columns[0].name == "plan");
  CHECK(findings->columns[0].references == "plans");
  CHECK(findings->find_column("závažnost")->codes.size() == 3);
  CHECK(find_derived_table("progress")->columns[0].references == "indicators");
  CHECK(find_derived_table("results")->find_column("missed_target")->type == ColumnType::boolean);
  CHECK(find_derived_table("rollup")->find_column("level")->codelist == "territory_kind");
  CHECK(find_derived_table("measures") == nullptr);
  CHECK(find_document_table("findings") == nullptr);
}

TEST_CASE("The findings table is validation's report, each finding with the plan holding it") {
  Document doc = load_file(test::examples_dir() / "asz-2010-2013.json");
  DerivedTableOptions options = as_of(Date(2013, 8, 31));
  options.validation.language = Language::cs;
  Report report = validate(doc, options.validation);
  REQUIRE(!report.findings.empty());
  TextRows out;
  write_derived_table(doc, "findings", options, out);
  CHECK(out.headings == std::vector<std::string>{"plan", "entity", "rule", "severity", "pointer", "message"});
  REQUIRE(out.rows.size() == report.findings.size());
  for (std::size_t i = 0; i < out.rows.size(); ++i) {
    const Finding& f = report.findings[i];
    CAPTURE(f.pointer);
    CHECK(out.rows[i][0] == plan_at(doc, f.pointer));
    CHECK(out.rows[i][1] == f.entity);
    CHECK(out.rows[i][2] == f.rule);
    CHECK(out.rows[i][3] == to_code(f.severity));
    CHECK(out.rows[i][4] == f.pointer);
    CHECK(out.rows[i][5] == f.message);
    if (f.pointer.starts_with("/plans/")) CHECK(!out.rows[i][0].empty());
  }
}

TEST_CASE("The progress table has a row per indicator with the figures progress computes") {
  Document doc = load_file(test::examples_dir() / "asz-2010-2013.json");
  DerivedTableOptions options = as_of(Date(2013, 8, 31));
  std::vector<IndicatorProgress> progress = document_progress(doc, options.results.progress);
  TextRows out;
  write_derived_table(doc, "progress", options, out);
  REQUIRE(out.rows.size() == progress.size());
  REQUIRE(!progress.empty());
  for (std::size_t i = 0; i < progress.size(); ++i) {
    CAPTURE(progress[i].indicator);
    CHECK(out.rows[i][0] == progress[i].indicator);
    CHECK(out.rows[i][1] == to_code(progress[i].status));
    CHECK(out.rows[i][2] == (progress[i].baseline ? progress[i].baseline->to_string() : ""));
    CHECK(out.rows[i][7] == std::to_string(progress[i].observations));
    CHECK(out.rows[i].back() == progress[i].pointer);
  }
}

TEST_CASE("results and rollup as CSV are their derived tables, as the tool writes them") {
  Document doc = load_file(test::examples_dir() / "asz-2010-2013.json");
  DerivedTableOptions options = as_of(Date(2013, 8, 31));
  std::string results = table_csv(doc, "results", options);
  CHECK(results == render_results(results_by_period(doc, options.results), OutputFormat::csv));
  CHECK(results.starts_with("indicator,period_start,period_end,target,target_source,value,observations,"
                            "value_to_date,achievement,status,missed_target\n"));
  RollupOptions rollup_options;
  rollup_options.progress = options.results.progress;
  std::string rollup_csv = table_csv(doc, "rollup", options);
  CHECK(rollup_csv == render_rollup(rollup(doc, rollup_options), OutputFormat::csv));
  CHECK(rollup_csv.starts_with("level,territory,name,metric,item,currency,value\n"));
  CHECK_THROWS_AS(table_csv(doc, "no_such_table", options), Error);
}

TEST_CASE("An export holds the derived tables; an import skips them, names them, and the document comes back") {
  auto dir = std::filesystem::temp_directory_path() / "inclusio-derived-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  Document doc = load_file(test::examples_dir() / "asz-2010-2013.json");
  ExportOptions options;
  options.derived_options.as_of(Date(2013, 8, 31));
  export_tables(doc, dir / "csv", options);
  for (std::string_view t : {"findings", "progress", "results", "rollup"})
    CHECK(std::filesystem::exists(dir / "csv" / (std::string(t) + ".csv")));
  CHECK(test::read_file(dir / "csv" / "results.csv") == table_csv(doc, "results", options.derived_options));

  Document rebuilt;
  ImportResult result = upsert_tables(rebuilt, read_tables(dir / "csv"));
  CHECK(dump_string(rebuilt) == dump_string(doc));
  CHECK(result.skipped == std::vector<std::string>{"findings.csv", "progress.csv", "results.csv", "rollup.csv"});

  export_tables(doc, dir / "book.xlsx", options);
  Document from_book;
  ImportResult book = upsert_tables(from_book, read_tables(dir / "book.xlsx"));
  CHECK(dump_string(from_book) == dump_string(doc));
  CHECK(book.skipped == std::vector<std::string>{"nálezy", "plnění indikátorů", "výsledky za období", "souhrn za území",
                                                 "číselníky"});

  options.derived = false;
  export_tables(doc, dir / "plain", options);
  CHECK(!std::filesystem::exists(dir / "plain" / "findings.csv"));
  CHECK(std::filesystem::exists(dir / "plain" / "measures.csv"));
  std::filesystem::remove_all(dir);
}
