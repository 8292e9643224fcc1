// inclusio: the command-line face of the library (as libgit2's lg2 is of libgit2).

#include "commands.hpp"

#include <inclusio/version.hpp>

#include <iostream>
#include <stdexcept>

namespace {
const char* const usage =
    "usage: inclusio <command> [options]\n"
    "\n"
    "commands:\n"
    "  validate FILE...   check documents against the rule catalogue\n"
    "  report FILE        summarise a portfolio or a plan (JSON, Markdown)\n"
    "  rules              list the rule catalogue\n"
    "  territory QUERY    look up ČSÚ territories by code or name\n"
    "  schema             print the JSON Schema of the format\n"
    "\n"
    "inclusio <command> --help describes a command; inclusio --version prints the version.\n";
}

namespace cli {
bool option_value(const Args& args, std::size_t& i, const std::string& name, std::string& value) {
  const std::string& a = args[i];
  if (a == name) {
    if (i + 1 >= args.size()) throw std::invalid_argument(name + " needs a value");
    value = args[++i];
    return true;
  }
  if (a.rfind(name + "=", 0) == 0) {
    value = a.substr(name.size() + 1);
    return true;
  }
  return false;
}

inclusio::Date as_of_value(const std::string& value) {
  inclusio::Date d;
  if (inclusio::Date::try_parse(value, d) != inclusio::DateProblem::none)
    throw std::invalid_argument("--as-of needs a date YYYY-MM-DD, not \"" + value + "\"");
  return d;
}

inclusio::Language language_value(const std::string& value) {
  if (value != "en" && value != "cs") throw std::invalid_argument("--lang is en or cs, not \"" + value + "\"");
  return value == "cs" ? inclusio::Language::cs : inclusio::Language::en;
}
}  // namespace cli

int main(int argc, char** argv) {
  cli::Args args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << usage;
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << "inclusio " << inclusio::version_string << "\n";
    return 0;
  }
  std::string command = args[0];
  args.erase(args.begin());
  try {
    if (command == "validate") return cli::validate(args);
    if (command == "rules") return cli::rules(args);
    if (command == "territory") return cli::territory(args);
    if (command == "schema") return cli::schema(args);
    if (command == "report") return cli::report(args);
  } catch (const std::invalid_argument& e) {
    std::cerr << "inclusio " << command << ": " << e.what() << "\n";
    return 2;
  }
  std::cerr << "inclusio: unknown command \"" << command << "\"\n" << usage;
  return 2;
}
