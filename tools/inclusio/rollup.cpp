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
      if (!level || !inclusio::is_rollup_level(*level))
        throw std::invalid_argument("--level is municipality, orp, district, region or country");
      options.level = *level;
    } else {
      output_arg(args, i, out, {"json", "csv", "md"});
    }
  }
  require_file(out);
  options.progress.as_of = out.as_of;
  return render_document(out, "rollup", [&](const inclusio::Document& doc) {
    return inclusio::render_rollup(inclusio::rollup(doc, options), *inclusio::output_format_from_code(out.format), out.lang);
  });
}

}  // namespace cli
