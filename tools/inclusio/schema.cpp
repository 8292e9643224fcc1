// inclusio schema: the JSON Schema of the format, generated from the definitions the reader uses.

#include "commands.hpp"

#include <inclusio/schema.hpp>

#include <iostream>
#include <stdexcept>

namespace cli {

int schema(const Args& args) {
  if (!args.empty()) throw std::invalid_argument("unknown argument " + args.front());
  std::cout << inclusio::json_schema();
  return 0;
}

}  // namespace cli
