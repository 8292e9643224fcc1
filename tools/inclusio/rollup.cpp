// inclusio rollup FILE [--level municipality|orp|district|region|country] [--as-of D] [--lang en|cs]
//                      [--format json|csv|md] [-o OUT]

#include "commands.hpp"

#include <inclusio/inclusio.hpp>

#include <iostream>
#include <stdexcept>

namespace cli {

int rollup(const Args& args) {
  inclusio::RollupOptions options;
  OutputArgs out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string v;
    if (option_value(args, i, "--level", v)) {
      auto level = inclusio::from_code<inclusio::TerritoryKind>(v);
      using K = inclusio::TerritoryKind;
      if (!level || (*level != K::municipality && *level != K::orp && *level != K::district && *level != K::region &&
                     *level != K::country))
        throw std::invalid_argument("--level is municipality, orp, district, region or country");
      options.level = *level;
    } else {
      output_arg(args, i, out, {"json", "csv", "md"});
    }
  }
  require_file(out);
  options.progress.as_of = out.as_of;
  std::string text;
  try {
    auto rows = inclusio::rollup(inclusio::load_file(out.file), options);
    text = inclusio::render_rollup(rows, *inclusio::output_format_from_code(out.format), out.lang);
  } catch (const inclusio::Error& e) {
    std::cerr << inclusio::terminal_text(out.file) << ": " << inclusio::terminal_text(e.message(out.lang)) << "\n";
    return 2;
  }
  return write_output(text, out.output, "rollup", out.lang);
}

}  // namespace cli
