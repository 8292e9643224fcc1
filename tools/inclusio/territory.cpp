// inclusio territory QUERY: ČSÚ territories by code (with the municipality's chain) or by name.

#include "commands.hpp"

#include <inclusio/official_territories.hpp>

#include <iostream>
#include <stdexcept>

namespace cli {

namespace {
void print(const inclusio::OfficialTerritory& t) {
  std::cout << t.code << "\t" << inclusio::to_code(t.kind) << "\t" << t.name << "\n";
}
}  // namespace

int territory(const Args& args) {
  if (args.empty()) throw MissingArgument("no query given");
  std::string query;
  for (const auto& a : args) query += (query.empty() ? "" : " ") + a;
  if (auto t = inclusio::official_territory(query)) {
    print(*t);
    if (auto chain = inclusio::official_chain(t->code)) {
      for (const auto& parent : {chain->orp, chain->district, chain->region})
        if (parent) print(*parent);
    }
    return 0;
  }
  auto found = inclusio::find_official_territories(query, 50);
  for (const auto& t : found) print(t);
  return found.empty() ? 1 : 0;
}

}  // namespace cli
