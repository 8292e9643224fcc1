// The document as tables: the descriptions, CSV out and in, upsert by id and position, Czech cells,
// and findings led back to the table, row and column they came from.

#include "test_support.hpp"

#include <inclusio/tables.hpp>

#include <doctest/doctest.h>

using namespace inclusio;

namespace {

std::vector<InputTable> csv_tables(const Document& doc) {
  std::vector<InputTable> out;
  for (const auto& t : document_tables())
    out.push_back(read_table_csv(table_csv(doc, t.name), std::string(t.name), std::string(t.name) + ".csv"));
  return out;
}

InputTable csv(std::string_view name, std::string_view text) {
  return read_table_csv(text, std::string(name), std::string(name) + ".csv");
}

const char* const small_plan = R"({"format": "inclusio", "schema_version": "1.0",
  "territories": [{"id": "t-1", "kind": "municipality", "name": "Obec"}],
  "plans": [{"id": "p-1", "kind": "strategic_plan", "title": "Plán", "territory": "t-1",
    "period": {"start": "2016-01-01", "end": "2018-12-31"}, "status": "approved",
    "measures": [{"id": "m-1", "title": "Terénní práce", "theme": "social_services", "status": "planned",
      "budget": {"total": "1000000.00", "sources": [{"source": "esf_opz", "amount": "850000.00"},
                                                    {"source": "municipal_budget", "amount": "150000.00"}]}}]}]})";

}  // namespace

TEST_CASE("The document's tables are the contract's, in the order an import applies them") {
  std::vector<std::string> names;
  for (const auto& t : document_tables()) names.emplace_back(t.name);
  CHECK(names == std::vector<std::string>{"portfolio", "territories", "organizations", "partnerships",
                                          "partnership_members", "working_groups", "plans", "goals", "measures",
                                          "budget_sources", "target_groups", "projects", "project_measures",
                                          "indicators", "targets", "observations", "evaluations", "events",
                                          "documents"});
  const TableInfo* measures = find_document_table("opatření");
  REQUIRE(measures != nullptr);
  CHECK(measures->name == "measures");
  CHECK(measures->columns[0].name == "plan");
  CHECK(measures->columns[0].type == ColumnType::reference);
  CHECK(measures->columns[0].references == "plans");
  CHECK(measures->columns[1].name == "id");
  const ColumnInfo* start = measures->find_column("období – začátek");
  REQUIRE(start != nullptr);
  CHECK(start->name == "period_start");
  CHECK(start->type == ColumnType::date);
  CHECK(measures->find_column("budget_total")->type == ColumnType::money);
  CHECK(measures->find_column("status")->codelist == "measure_status");
  CHECK(measures->find_column("projects") == nullptr);  // links are the table project_measures
  CHECK(find_document_table("observations")->has_dimensions);
  CHECK(find_document_table("observations")->columns[1].type == ColumnType::position);
}

TEST_CASE("Every example file comes back identical from its CSV tables") {
  for (const auto& f : test::example_files()) {
    CAPTURE(f.filename().string());
    Document original = load_file(f);
    Document rebuilt;
    auto tables = csv_tables(original);
    ImportResult result = upsert_tables(rebuilt, tables);
    CHECK(dump_string(rebuilt) == dump_string(original));
    CHECK(result.updated + result.added > 0);
  }
}

TEST_CASE("Importing the tables into the document they came from changes nothing") {
  Document doc = load_file(test::examples_dir() / "szsz-2016-2022.json");
  Document copy = doc;
  auto tables = csv_tables(doc);
  ImportResult result = upsert_tables(copy, tables);
  CHECK(dump_string(copy) == dump_string(doc));
  CHECK(result.added == 0);
}

TEST_CASE("An upsert changes exactly the cells given: an absent column changes nothing, an empty cell removes") {
  Document doc = load_string(small_plan);
  std::vector<InputTable> in{csv("measures", "plan,id,title,period_start\n"
                                             "p-1,m-1,Terénní sociální práce,1. 3. 2016\n"
                                             "p-1,m-2,Dluhové poradenství,\n")};
  ImportResult result = upsert_tables(doc, in);
  CHECK(result.updated == 1);
  CHECK(result.added == 1);
  const Measure* m1 = doc.find_as<Measure>("m-1");
  REQUIRE(m1 != nullptr);
  CHECK(*m1->title == "Terénní sociální práce");
  CHECK(m1->status.value() == MeasureStatus::planned);  // no status column: unchanged
  CHECK(m1->period->start.value() == Date(2016, 3, 1));
  CHECK(m1->budget->total->minor_units() == 100000000);
  const Measure* m2 = doc.find_as<Measure>("m-2");
  REQUIRE(m2 != nullptr);
  CHECK(!m2->period.present());
  // m-2 lacks the required theme and status: findings that lead back to its row.
  bool found = false;
  for (const auto& f : result.findings)
    if (f.finding.entity == "m-2" && f.finding.pointer == "/plans/0/measures/1") {
      found = true;
      REQUIRE(f.origin.has_value());
      CHECK(f.origin->table == "measures");
      CHECK(f.origin->row == 3);
    }
  CHECK(found);

  // An update needs only the id: the plan's column is for adding.
  std::vector<InputTable> by_id{csv("measures", "id,status\nm-1,implemented\n")};
  CHECK(upsert_tables(doc, by_id).updated == 1);
  CHECK(doc.find_as<Measure>("m-1")->status.value() == MeasureStatus::implemented);
  std::vector<InputTable> new_without_plan{csv("measures", "id,status\nm-3,implemented\n")};
  CHECK_THROWS_WITH_AS(upsert_tables(doc, new_without_plan),
                       "table measures (measures.csv), row 2, column plan: a new row names no parent", Error);
}

TEST_CASE("Cells as Czech users type them: amounts, dates, percentages; a bad cell is kept and reported") {
  Document doc = load_string(small_plan);
  std::vector<InputTable> in{csv("zdroje financování", "opatření;pořadí;zdroj;částka\n"
                                                        "m-1;0;esf_opz;\"1 250 000,50\"\n"
                                                        "m-1;1;ROZPOČET OBCE;1250000,5 Kč\n"
                                                        "m-1;;state_budget;100.005\n")};
  ImportResult result = upsert_tables(doc, in);
  const Measure* m = doc.find_as<Measure>("m-1");
  const auto& sources = *m->budget->sources.get();
  REQUIRE(sources.size() == 3);
  CHECK(sources[0]->amount->minor_units() == 125000050);
  CHECK(sources[1]->source.value() == FundingSource::municipal_budget);
  CHECK(sources[1]->amount->minor_units() == 125000050);
  REQUIRE(sources[2]->amount.is_invalid());
  CHECK(sources[2]->amount.invalid()->value == boost::json::value("100.005"));
  bool reported = false;
  for (const auto& f : result.findings)
    if (f.finding.rule == "M001" && f.finding.pointer == "/plans/0/measures/0/budget/sources/2/amount") {
      reported = true;
      REQUIRE(f.origin.has_value());
      CHECK(f.origin->table == "zdroje financování");
      CHECK(f.origin->row == 4);
      CHECK(f.origin->column == "částka");
    }
  CHECK(reported);

  Document dates = load_string(small_plan);
  std::vector<InputTable> plan{csv("plans", "id,period_end\np-1,31. 8. 2013\n")};
  upsert_tables(dates, plan);
  CHECK(dates.find_as<Plan>("p-1")->period->end.value() == Date(2013, 8, 31));
}

TEST_CASE("Observations are matched by their indicator and position; dimensions are columns") {
  Document doc = load_string(R"({"format": "inclusio", "schema_version": "1.1",
    "indicators": [{"id": "i-1", "name": "Podíl", "subject": {"type": "plan", "id": "p-1"}, "kind": "outcome",
      "unit": "percent", "measure": "share", "direction": "increase", "aggregation": "last",
      "observations": [{"date": "2016-12-31", "value": 10}]}]})");
  std::vector<InputTable> in{csv("observations", "indicator,position,date,value,gender\n"
                                                 "i-1,0,2016-12-31,12,\n"
                                                 "i-1,,2017-12-31,75 %,female\n")};
  upsert_tables(doc, in);
  const auto& obs = *doc.find_as<Indicator>("i-1")->observations.get();
  REQUIRE(obs.size() == 2);
  CHECK((*obs[0]->value).number()->to_string() == "12");
  CHECK((*obs[1]->value).number()->to_string() == "75");
  REQUIRE(obs[1]->dimensions.get() != nullptr);
  CHECK(obs[1]->dimensions->items() == std::vector<Dimensions::value_type>{{"gender", "female"}});
  std::string out = table_csv(doc, "observations");
  CHECK(out.starts_with("indicator,position,date,period_start,period_end,value,count,denominator,status,source,note,gender\n"
                        "i-1,0,2016-12-31,,,12,,,,,,\n"));
}

TEST_CASE("Input that cannot be placed is refused with its table, row and column, and changes nothing") {
  Document doc = load_string(small_plan);
  std::string before = dump_string(doc);
  std::vector<InputTable> orphan{csv("goals", "plan,id,title\np-9,g-1,Bydlení\n")};
  CHECK_THROWS_WITH_AS(upsert_tables(doc, orphan), "table goals (goals.csv), row 2, column plan: no plan has the id \"p-9\"",
                       Error);
  std::vector<InputTable> wrong_kind{csv("goals", "plan,id,title\np-1,m-1,Bydlení\n")};
  CHECK_THROWS_WITH_AS(upsert_tables(doc, wrong_kind), "table goals (goals.csv), row 2, column id: \"m-1\" is the id of a measure",
                       Error);
  std::vector<InputTable> unknown{csv("goals", "plan,id,title\n"), csv("nothing", "id\n")};
  CHECK_THROWS_WITH_AS(upsert_tables(doc, unknown), "no table \"nothing\" (nothing.csv)", Error);
  CHECK(dump_string(doc) == before);
}

TEST_CASE("CSV guards text a spreadsheet would evaluate, and reading takes the guard off again") {
  Document doc = load_string(small_plan);
  std::vector<InputTable> in{csv("measures", "plan,id,title\np-1,m-1,\"=HYPERLINK(\"\"x\"\")\"\np-1,m-2,'=kept\n")};
  upsert_tables(doc, in);
  std::string out = table_csv(doc, "measures");
  CHECK(out.find("\"'=HYPERLINK(\"\"x\"\")\"") != std::string::npos);
  Document back = load_string(small_plan);
  std::vector<InputTable> again{csv("measures", out)};
  upsert_tables(back, again);
  CHECK(*back.find_as<Measure>("m-1")->title == "=HYPERLINK(\"x\")");
  CHECK(*back.find_as<Measure>("m-2")->title == "=kept");
}

TEST_CASE("The empty template in examples has a sheet per table with the Czech headings, no rows, and the codes") {
  auto tables = read_tables(std::filesystem::path(INCLUSIO_SOURCE_DIR) / "examples" / "spreadsheet" / "sablona.xlsx");
  auto described = document_tables();
  // A sheet per table, then the codes the drop-downs list.
  REQUIRE(tables.size() == described.size() + 1);
  for (std::size_t i = 0; i < described.size(); ++i) {
    CAPTURE(tables[i].name);
    CHECK(tables[i].name == described[i].name_cs);
    std::vector<std::string> headings;
    for (const auto& c : described[i].columns) headings.push_back(c.name_cs);
    CHECK(tables[i].columns == headings);
    CHECK(tables[i].rows.empty());  // the portfolio row of an empty document is blank, and blank rows are left out
  }
  const InputTable& codes = tables.back();
  CHECK(codes.name == "číselníky");
  REQUIRE(codes.columns.size() >= 2);
  CHECK(codes.columns[0] == "territory_kind");
  CHECK(codes.columns[1] == "druh území");
  REQUIRE(!codes.rows.empty());
  CHECK(codes.rows[0][0].text == "country");
  CHECK(codes.rows[0][1].text == "stát");
  Document doc;
  ImportResult result = upsert_tables(doc, tables);
  CHECK(dump_string(doc) == dump_string(Document{}));
  CHECK(result.skipped == std::vector<std::string>{"číselníky"});
}

TEST_CASE("A workbook round trip keeps every example; what is not a workbook is refused with the reason") {
  auto dir = std::filesystem::temp_directory_path() / "inclusio-tables-test";
  std::filesystem::create_directories(dir);
  for (const auto& f : test::example_files()) {
    CAPTURE(f.filename().string());
    Document original = load_file(f);
    export_tables(original, dir / "book.xlsx");
    Document rebuilt;
    upsert_tables(rebuilt, read_tables(dir / "book.xlsx"));
    CHECK(dump_string(rebuilt) == dump_string(original));
  }
  replace_file(dir / "not.xlsx", "PK\x03\x04 but not a zip");
  CHECK_THROWS_AS(read_tables(dir / "not.xlsx"), Error);
  try {
    read_tables(dir / "not.xlsx");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::parse);
    CHECK(std::string(e.what()).starts_with((dir / "not.xlsx").string() + ": not a readable workbook: "));
  }
  CHECK_THROWS_AS(read_tables(dir / "missing.xlsx"), Error);
  std::filesystem::remove_all(dir);
}

TEST_CASE("Hostile CSV: malformed quoting is refused with its line; odd bytes never crash an import") {
  CHECK_THROWS_WITH_AS(read_table_csv("id,title\nm-1,\"open\n", "measures", "m.csv"),
                       "m.csv: line 3: a quoted cell is not closed", Error);
  CHECK_THROWS_WITH_AS(read_table_csv("id,title\nm-1,ab\"c\n", "measures", "m.csv"),
                       "m.csv: line 2: a quote inside an unquoted cell", Error);
  CHECK_THROWS_WITH_AS(read_table_csv("id,title\nm-1,\"a\"b\n", "measures", "m.csv"),
                       "m.csv: line 2: text after a closing quote", Error);
  CHECK_THROWS_WITH_AS(read_table_csv("id\nm-1,x\n", "measures", "m.csv"), "m.csv: row 2 has 2 cells, the heading 1",
                       Error);
  // A file saved in Windows-1250 rather than UTF-8 is refused with the line of its first such byte.
  CHECK_THROWS_WITH_AS(read_table_csv("id,title\nm-1,Obec\nm-2,P\xf8\xed" "bram\n", "measures", "m.csv"),
                       "m.csv: line 3: not UTF-8 (save the file as UTF-8)", Error);
  // NULs, a lone CR, CRLF: kept as text, nothing crashes.
  std::string odd = std::string("plan,id,title\r\np-1,m-1,a") + '\0' + "x\rp-1,m-2,ok\n";
  Document doc = load_string(small_plan);
  std::vector<InputTable> in{read_table_csv(odd, "measures", "odd.csv")};
  CHECK(in[0].rows.size() == 2);
  CHECK_NOTHROW(upsert_tables(doc, in));
  CHECK(doc.find_as<Measure>("m-2") != nullptr);
}

TEST_CASE("Unknown members keep their JSON type and list items their text through CSV and a workbook") {
  Document doc = load_string(R"({"format": "inclusio", "schema_version": "1.0", "x_meta": 3,
    "plans": [{"id": "p-1", "kind": "strategic_plan", "title": "Plán", "status": "approved",
      "measures": [{"id": "m-1", "title": "Terénní práce", "theme": "social_services", "status": "planned",
        "x_count": 12, "x_share": 0.75, "x_flag": true, "x_none": null, "x_obj": {"a": [1, "b"]},
        "x_text": "12", "x_quoted": "\"citace\"", "x_plain": "poznámka; jiná"}]}],
    "indicators": [{"id": "i-1", "name": "Spokojenost", "unit": "score", "measure": "ordinal",
      "scale": ["nízká; spíše nízká", " střední", "vysoká ", "[x]", ""]},
     {"id": "i-2", "name": "Hodnocení", "unit": "score", "measure": "ordinal", "scale": ["[nízká]", 3]}]})");
  std::string original = dump_string(doc);
  CHECK(original.find("\"x_count\": 12") != std::string::npos);

  std::string measures = table_csv(doc, "measures");
  CHECK(measures.find(",12,0.75,true,null,\"{\"\"a\"\":[1,\"\"b\"\"]}\",\"\"\"12\"\"\",") != std::string::npos);
  std::string indicators = table_csv(doc, "indicators");
  CHECK(indicators.find("\"[\"\"nízká; spíše nízká\"\",\"\" střední\"\",\"\"vysoká \"\",\"\"[x]\"\",\"\"\"\"]\"") !=
        std::string::npos);

  Document from_csv;
  upsert_tables(from_csv, csv_tables(doc));
  CHECK(dump_string(from_csv) == original);

  auto dir = std::filesystem::temp_directory_path() / "inclusio-unknown-members-test";
  std::filesystem::create_directories(dir);
  export_tables(doc, dir / "book.xlsx");
  Document from_book;
  upsert_tables(from_book, read_tables(dir / "book.xlsx"));
  CHECK(dump_string(from_book) == original);
  std::filesystem::remove_all(dir);

  // Typed by a person: a number is a number, a text that is no JSON stays a text, items split at ";".
  std::vector<InputTable> typed{csv("measures", "id,x_count,x_plain\nm-1,13,jiná poznámka\n"),
                                csv("indicators", "id,scale\ni-1,nízká; střední;vysoká\n")};
  upsert_tables(doc, typed);
  CHECK(doc.find_as<Measure>("m-1")->extra.at("x_count") == boost::json::value(13));
  CHECK(doc.find_as<Measure>("m-1")->extra.at("x_plain") == boost::json::value("jiná poznámka"));
  const Indicator* i1 = doc.find_as<Indicator>("i-1");
  REQUIRE(i1->scale.get() != nullptr);
  REQUIRE(i1->scale.get()->size() == 3);
  CHECK(*(*i1->scale.get())[2].get() == "vysoká");
}
