// Validation and progress over arbitrary documents, in both languages and under the strict profile:
// none throws on bad data, and the validation report in every format is well formed for where it goes
// (output_checks.hpp). The summaries' outputs are fuzz_render's.
#include "output_checks.hpp"

#include <inclusio/inclusio.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  inclusio::Document doc;
  try {
    doc = inclusio::load_string(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const inclusio::Error&) {
    return 0;
  }
  inclusio::ValidateOptions options;
  options.as_of = inclusio::Date(2026, 11, 23);
  for (auto lang : {inclusio::Language::en, inclusio::Language::cs}) {
    options.language = lang;
    inclusio::Report report = inclusio::validate(doc, options);
    fuzz_checks::text_output(inclusio::render_report(report, inclusio::OutputFormat::text));
    fuzz_checks::csv_output(inclusio::render_report(report, inclusio::OutputFormat::csv));
    fuzz_checks::json_output(inclusio::render_report(report, inclusio::OutputFormat::json));
  }
  options.profile = inclusio::Profile::strict();
  (void)inclusio::validate(doc, options);
  inclusio::ProgressOptions progress;
  progress.as_of = options.as_of;
  (void)inclusio::document_progress(doc, progress);
  return 0;
}
