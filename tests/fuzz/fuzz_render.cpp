// Every summary of an arbitrary document, portfolio and per plan, in every format and language: none
// throws on bad data (a sum that overflows is marked, not thrown) and each output is well formed for
// where it goes (output_checks.hpp).
#include "output_checks.hpp"

#include <inclusio/inclusio.hpp>

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace {
// Headings of the summary in Markdown: the title, at most eight sections, and one below them per
// indicator with results and per region: none comes from the document's text.
std::size_t summary_headings(const inclusio::Summary& s) {
  std::size_t indicators = 0;
  for (std::size_t i = 0; i < s.results.size(); ++i) indicators += i == 0 || s.results[i].pointer != s.results[i - 1].pointer;
  return 9 + indicators + s.regions.size();
}

void render_all(const inclusio::Summary& s) {
  for (auto lang : {inclusio::Language::en, inclusio::Language::cs}) {
    fuzz_checks::json_output(inclusio::render_summary(s, inclusio::OutputFormat::json, lang));
    fuzz_checks::markdown_output(inclusio::render_summary(s, inclusio::OutputFormat::markdown, lang), summary_headings(s));
    fuzz_checks::html_output(inclusio::render_summary(s, inclusio::OutputFormat::html, lang));
  }
  for (const auto& [name, table] : inclusio::summary_csv(s)) fuzz_checks::csv_output(table);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  inclusio::Document doc;
  try {
    doc = inclusio::load_string(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const inclusio::Error&) {
    return 0;
  }
  inclusio::ProgressOptions options;
  options.as_of = inclusio::Date(2026, 11, 23);
  render_all(inclusio::summarize(doc, std::nullopt, options));
  for (const inclusio::Plan& plan : inclusio::valid_elements(doc.plans())) {
    if (!plan.id.valid()) continue;
    try {
      render_all(inclusio::summarize(doc, *plan.id, options));
    } catch (const inclusio::Error& e) {
      // A plan whose id an earlier entity holds (S005) cannot be named by it.
      if (e.code() != inclusio::ErrorCode::not_found || doc.find_as<inclusio::Plan>(*plan.id) == &plan) std::abort();
    }
  }
  return 0;
}
