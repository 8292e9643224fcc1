// Validation, progress, summaries and every rendered output over arbitrary documents: none throws on
// bad data (a sum that overflows is marked in the output, not thrown), and every JSON output parses
// back.
#include <inclusio/inclusio.hpp>

#include <boost/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {
void parses_back(const std::string& json) {
  boost::system::error_code ec;
  (void)boost::json::parse(json, ec);
  if (ec) std::abort();  // an output the library wrote that is not JSON
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  inclusio::Document doc;
  try {
    doc = inclusio::load_string(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const inclusio::Error&) {
    return 0;
  }
  inclusio::ValidateOptions options;
  options.as_of = inclusio::Date(2026, 11, 23);
  inclusio::Report report = inclusio::validate(doc, options);
  for (auto format : {inclusio::OutputFormat::text, inclusio::OutputFormat::csv}) (void)inclusio::render_report(report, format);
  parses_back(inclusio::render_report(report, inclusio::OutputFormat::json));
  options.language = inclusio::Language::cs;
  options.profile = inclusio::Profile::strict();
  (void)inclusio::validate(doc, options);
  inclusio::ProgressOptions progress;
  progress.as_of = options.as_of;
  (void)inclusio::document_progress(doc, progress);
  inclusio::Summary s = inclusio::summarize(doc, std::nullopt, progress);
  parses_back(inclusio::render_summary(s, inclusio::OutputFormat::json));
  (void)inclusio::render_summary(s, inclusio::OutputFormat::markdown, inclusio::Language::cs);
  (void)inclusio::render_summary(s, inclusio::OutputFormat::html, inclusio::Language::en);
  (void)inclusio::summary_csv(s);
  return 0;
}
