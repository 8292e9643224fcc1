// A small reporting tool: validates a portfolio and prints its findings by rule.
#include <inclusio/inclusio.hpp>

#include <iostream>
#include <map>

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  inclusio::Document doc = inclusio::load_file(argv[1]);
  inclusio::Report report = inclusio::validate(doc);
  std::map<std::string, int> by_rule;
  for (const auto& f : report.findings) ++by_rule[f.rule];
  for (const auto& [rule, n] : by_rule) std::cout << rule << " " << n << "\n";
  return report.ok() ? 0 : 1;
}
