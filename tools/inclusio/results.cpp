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
  return render_document(out, "results", [&](const inclusio::Document& doc) {
    return inclusio::render_results(inclusio::results_by_period(doc, options), *inclusio::output_format_from_code(out.format),
                                    out.lang);
  });
}

}  // namespace cli
