// inclusio report FILE [--plan ID] [--as-of D] [--lang en|cs] [--format json|md] [-o OUT]

#include "commands.hpp"

#include <inclusio/inclusio.hpp>

#include <filesystem>
#include <iostream>
#include <stdexcept>

namespace cli {

int report(const Args& args) {
  std::string plan;
  OutputArgs out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string v;
    if (option_value(args, i, "--plan", v)) plan = v;
    else output_arg(args, i, out, {"json", "md", "csv", "html"});
  }
  require_file(out);
  if (out.format == "csv" && out.output.empty())
    throw std::invalid_argument("--format csv writes one file per table: name a folder with -o");
  const std::string& file = out.file;
  const std::string& output = out.output;
  inclusio::Language lang = out.lang;
  inclusio::ProgressOptions options;
  options.as_of = out.as_of;
  std::string text;
  try {
    inclusio::Summary s =
        inclusio::summarize(inclusio::load_file(file), plan.empty() ? std::nullopt : std::optional(plan), options, lang);
    if (out.format == "csv") {
      std::filesystem::create_directories(output);
      for (const auto& [name, content] : inclusio::summary_csv(s)) inclusio::replace_file(std::filesystem::path(output) / name, content);
      return 0;
    }
    text = inclusio::render_summary(s, *inclusio::output_format_from_code(out.format), lang);
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
