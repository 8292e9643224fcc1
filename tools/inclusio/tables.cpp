// inclusio export FILE -o OUT.xlsx|OUT.sqlite|OUT/ [--as-of D] [--no-derived] [--lang cs|en]
// inclusio import IN.xlsx|IN/ [--into EXISTING.json] -o OUT.json [--as-of D] [--lang en|cs]

#include "commands.hpp"

#include <inclusio/inclusio.hpp>

#include <iostream>

namespace cli {

int export_tables(const Args& args) {
  OutputArgs out;
  out.lang = inclusio::Language::cs;  // a workbook's headings are Czech unless asked otherwise
  inclusio::ExportOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--no-derived") options.derived = false;
    else output_arg(args, i, out, {});
  }
  require_file(out);
  if (out.output.empty()) throw MissingArgument("no -o OUT given");
  options.headings = out.lang;
  options.derived_options.as_of(out.as_of);
  options.derived_options.validation.language = out.lang;
  try {
    inclusio::export_tables(inclusio::load_file(out.file), out.output, options);
  } catch (const inclusio::Error& e) {
    std::cerr << "inclusio export: " << inclusio::terminal_text(e.message(out.lang)) << "\n";
    return 2;
  }
  return 0;
}

int import_tables(const Args& args) {
  OutputArgs out;
  std::string into;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (!option_value(args, i, "--into", into)) output_arg(args, i, out, {});
  }
  require_file(out);
  if (out.output.empty()) throw MissingArgument("no -o OUT.json given");
  inclusio::Document doc;
  inclusio::ImportResult result;
  inclusio::ImportOptions options;
  options.validation.as_of = out.as_of;
  options.validation.language = out.lang;
  try {
    if (!into.empty()) doc = inclusio::load_file(into);
    std::vector<inclusio::InputTable> tables = inclusio::read_tables(out.file);
    result = inclusio::upsert_tables(doc, tables, options);
  } catch (const inclusio::Error& e) {
    std::cerr << "inclusio import: " << inclusio::terminal_text(e.message(out.lang)) << "\n";
    // What the input says wrongly is the input's error (1); what cannot be read at all is 2.
    return e.code() == inclusio::ErrorCode::invalid_argument || e.code() == inclusio::ErrorCode::parse ? 1 : 2;
  }
  for (const std::string& table : result.skipped)
    std::cerr << inclusio::terminal_text(table)
              << (out.lang == inclusio::Language::cs ? ": odvozená tabulka nebo číselníky, import ji nečte\n"
                                                     : ": a derived table or the codes, not read by an import\n");
  std::cerr << inclusio::import_findings_text(result, out.lang);
  if (result.has_errors()) {
    std::cerr << "inclusio import: "
              << (out.lang == inclusio::Language::cs ? "vstup má chyby; nic nebylo zapsáno\n"
                                                     : "the input has errors; nothing was written\n");
    return 1;
  }
  return write_output(inclusio::dump_string(doc), out.output, "import", out.lang);
}

}  // namespace cli
