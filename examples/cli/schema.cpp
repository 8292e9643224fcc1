// inclusio schema: the JSON Schema of the format, generated from the definitions the reader uses.

#include "commands.hpp"

#include <inclusio/schema.hpp>

#include <iostream>
#include <stdexcept>

namespace cli {

int schema(const Args& args) {
  for (const auto& a : args) {
    if (a == "--help" || a == "-h") {
      std::cout << "usage: inclusio schema\n\nPrints the JSON Schema (draft 2020-12) of the inclusio format.\n";
      return 0;
    }
    throw std::invalid_argument("unknown argument " + a);
  }
  std::cout << inclusio::json_schema();
  return 0;
}

}  // namespace cli
