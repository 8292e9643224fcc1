// inclusio report FILE [--plan ID] [--as-of D] [--lang en|cs] [--format json|md] [-o OUT]

#include "commands.hpp"

#include <inclusio/inclusio.hpp>

#include <filesystem>
#include <iostream>
#include <stdexcept>

namespace cli {

int report(const Args& args) {
  std::string file, plan, format = "json", output;
  inclusio::ProgressOptions options;
  inclusio::Language lang = inclusio::Language::en;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string v;
    if (option_value(args, i, "--plan", v)) {
      plan = v;
    } else if (option_value(args, i, "--as-of", v)) {
      options.as_of = as_of_value(v);
    } else if (option_value(args, i, "--lang", v)) {
      lang = language_value(v);
    } else if (option_value(args, i, "--format", v)) {
      if (v != "json" && v != "md" && v != "csv" && v != "html")
        throw std::invalid_argument("--format is json, md, csv or html");
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
  if (format == "csv" && output.empty()) throw std::invalid_argument("--format csv writes one file per table: name a folder with -o");
  std::string text;
  try {
    inclusio::Summary s =
        inclusio::summarize(inclusio::load_file(file), plan.empty() ? std::nullopt : std::optional(plan), options, lang);
    if (format == "csv") {
      std::filesystem::create_directories(output);
      for (const auto& [name, content] : inclusio::summary_csv(s)) inclusio::replace_file(std::filesystem::path(output) / name, content);
      return 0;
    }
    text = inclusio::render_summary(s, *inclusio::output_format_from_code(format), lang);
  } catch (const inclusio::Error& e) {
    std::cerr << inclusio::terminal_text(file) << ": " << inclusio::terminal_text(e.message(lang)) << "\n";
    return 2;
  } catch (const std::filesystem::filesystem_error& e) {
    std::cerr << inclusio::terminal_text(e.what()) << "\n";
    return 2;
  }
  return write_output(text, output, "report", lang);
}

}  // namespace cli
