// inclusio results FILE [--by year|half_year|quarter|month] [--as-of D] [--approved-only] [--lang en|cs]
//                       [--format json|csv|md] [-o OUT]

#include "commands.hpp"

#include <inclusio/inclusio.hpp>

#include <iostream>
#include <stdexcept>

namespace cli {

int results(const Args& args) {
  inclusio::ResultsOptions options;
  OutputArgs out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string v;
    if (option_value(args, i, "--by", v)) {
      options.frequency = inclusio::from_code<inclusio::ReportingFrequency>(v);
      if (!options.frequency) throw std::invalid_argument("--by is year, half_year, quarter or month");
    } else if (args[i] == "--approved-only") {
      options.progress.approved_only = true;
    } else {
      output_arg(args, i, out, {"json", "csv", "md"});
    }
  }
  require_file(out);
  options.progress.as_of = out.as_of;
  std::string text;
  try {
    auto rows = inclusio::results_by_period(inclusio::load_file(out.file), options);
    text = inclusio::render_results(rows, *inclusio::output_format_from_code(out.format), out.lang);
  } catch (const inclusio::Error& e) {
    std::cerr << inclusio::terminal_text(out.file) << ": " << inclusio::terminal_text(e.message(out.lang)) << "\n";
    return 2;
  }
  return write_output(text, out.output, "results", out.lang);
}

}  // namespace cli
