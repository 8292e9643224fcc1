// inclusio rules [--lang en|cs]: the rule catalogue, one rule a line.

#include "commands.hpp"

#include <inclusio/validate.hpp>

#include <iostream>
#include <stdexcept>

namespace cli {

int rules(const Args& args) {
  bool czech = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string v;
    if (!option_value(args, i, "--lang", v)) throw std::invalid_argument("unknown argument " + args[i]);
    czech = language_value(v) == inclusio::Language::cs;
  }
  for (const inclusio::RuleInfo& r : inclusio::rule_catalogue())
    std::cout << r.code << "  " << inclusio::to_code(r.severity) << (r.severity == inclusio::Severity::info ? "     " : r.severity == inclusio::Severity::error ? "    " : "  ")
              << (czech ? r.title_cs : r.title_en) << "\n";
  return 0;
}

}  // namespace cli
