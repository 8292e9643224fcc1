// inclusio rollup FILE [--level municipality|orp|district|region|country] [--as-of D] [--lang en|cs]
//                      [--format json|csv|md] [-o OUT]

#include "commands.hpp"

#include <inclusio/inclusio.hpp>

#include <iostream>
#include <stdexcept>

namespace cli {

int rollup(const Args& args) {
  std::string file, format = "json", output;
  inclusio::RollupOptions options;
  inclusio::Language lang = inclusio::Language::en;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string v;
    if (option_value(args, i, "--level", v)) {
      auto level = inclusio::from_code<inclusio::TerritoryKind>(v);
      using K = inclusio::TerritoryKind;
      if (!level || (*level != K::municipality && *level != K::orp && *level != K::district && *level != K::region &&
                     *level != K::country))
        throw std::invalid_argument("--level is municipality, orp, district, region or country");
      options.level = *level;
    } else if (option_value(args, i, "--as-of", v)) {
      options.progress.as_of = as_of_value(v);
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
    auto rows = inclusio::rollup(inclusio::load_file(file), options);
    text = inclusio::render_rollup(rows, *inclusio::output_format_from_code(format), lang);
  } catch (const inclusio::Error& e) {
    std::cerr << inclusio::terminal_text(file) << ": " << inclusio::terminal_text(e.message(lang)) << "\n";
    return 2;
  }
  return write_output(text, output, "rollup", lang);
}

}  // namespace cli
