// Validation, progress and summaries over arbitrary documents: they never throw on bad data, and a
// sum that overflows is the one error a summary may report.
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
  (void)inclusio::validate(doc, options);
  options.language = inclusio::Language::cs;
  options.profile = inclusio::Profile::strict();
  (void)inclusio::validate(doc, options);
  inclusio::ProgressOptions progress;
  progress.as_of = options.as_of;
  (void)inclusio::document_progress(doc, progress);
  try {
    inclusio::Summary s = inclusio::summarize(doc, std::nullopt, progress);
    (void)inclusio::summary_json(s);
    (void)inclusio::summary_html(s, inclusio::Language::cs);
  } catch (const inclusio::Error& e) {
    if (e.code() != inclusio::ErrorCode::overflow) throw;
  }
  return 0;
}
