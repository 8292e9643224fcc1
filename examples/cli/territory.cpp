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
  if (args.empty()) throw std::invalid_argument("no query given; usage: inclusio territory QUERY");
  if (args[0] == "--help" || args[0] == "-h") {
    std::cout << "usage: inclusio territory QUERY\n\n"
                 "A code (554782, 2112, CZ0205, CZ020) prints that territory, and for a municipality its ORP,\n"
                 "district and region; a name prints the territories matching it, ignoring case and\n"
                 "diacritics. Exit status 1 when nothing matches.\n";
    return 0;
  }
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
