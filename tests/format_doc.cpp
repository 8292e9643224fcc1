// Prints the generated reference files: ./build/tests/inclusio_format_doc format > docs/format.md,
// ./build/tests/inclusio_format_doc schema > docs/inclusio.schema.json,
// ./build/tests/inclusio_format_doc tables > docs/spreadsheet.md
#include <inclusio/schema.hpp>
#include <inclusio/tables.hpp>

#include <iostream>
#include <string_view>

int main(int argc, char** argv) {
  std::string_view what = argc == 2 ? argv[1] : "";
  if (what == "format") std::cout << inclusio::format_reference_markdown();
  else if (what == "schema") std::cout << inclusio::json_schema();
  else if (what == "tables") std::cout << inclusio::tables_reference_markdown();
  else {
    std::cerr << "usage: inclusio_format_doc format|schema|tables\n";
    return 2;
  }
  return 0;
}
