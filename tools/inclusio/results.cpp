// inclusio results FILE [--by year|half_year|quarter|month] [--as-of D] [--approved-only] [--lang en|cs]
//                       [--format json|csv|md] [-o OUT]

#include "commands.hpp"

#include <inclusio/inclusio.hpp>

#include <iostream>
#include <stdexcept>

namespace cli {

int results(const Args& args) {
  std::string file, format = "json", output;
  inclusio::ResultsOptions options;
  inclusio::Language lang = inclusio::Language::en;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string v;
    if (option_value(args, i, "--by", v)) {
      options.frequency = inclusio::from_code<inclusio::ReportingFrequency>(v);
      if (!options.frequency) throw std::invalid_argument("--by is year, half_year, quarter or month");
    } else if (option_value(args, i, "--as-of", v)) {
      options.progress.as_of = as_of_value(v);
    } else if (args[i] == "--approved-only") {
      options.progress.approved_only = true;
    } else if (option_value(args, i, "--lang", v)) {
      lang = language_value(v);
    } else if (option_value(args, i, "--format", v)) {
      if (v != "json" && v != "md" && v != "csv") throw std::invalid_argument("--format is json, csv or md");
      format = v;
    } else if (option_value(args, i, "-o", v)) {
      output = v;
    } else if (args[i].rfind("-", 0) == 0) {
      throw std::invalid_argument("unknown option " + args[i]);
    } else if (file.empty()) {
      file = args[i];
    } else {
      throw std::invalid_argument("one file at a time");
    }
  }
  if (file.empty()) throw MissingArgument("no file given");
  std::string text;
  try {
    auto rows = inclusio::results_by_period(inclusio::load_file(file), options);
    text = inclusio::render_results(rows, *inclusio::output_format_from_code(format), lang);
  } catch (const inclusio::Error& e) {
    std::cerr << inclusio::terminal_text(file) << ": " << inclusio::terminal_text(e.message(lang)) << "\n";
    return 2;
  }
  return write_output(text, output, "results", lang);
}

}  // namespace cli
