// A reporting tool using the installed C++ core through find_package(inclusio).
#include <inclusio/inclusio.hpp>

#include <iostream>

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  inclusio::Document doc = inclusio::load_file(argv[1]);
  inclusio::Money total(0, doc.default_currency());
  for (const inclusio::Project& p : inclusio::valid_elements(doc.projects()))
    if (const inclusio::Money* m = p.approved.get()) total += *m;
  std::cout << "approved " << total.format_cs() << "\n";
  return total.to_string() == "306000000.00" ? 0 : 1;
}
