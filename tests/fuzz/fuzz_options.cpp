// The options a caller gives, on arbitrary bytes: the first line is the indent of the write options,
// the rest a profile. A profile either reads or is refused with Error(invalid_argument); an indent
// outside 0..WriteOptions::max_indent is refused likewise; whatever is accepted works: the profile
// applies to every rule and to a validation, and the document written with the indent reads back equal.
#include <inclusio/inclusio.hpp>

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {
// A plan with a warning (Q003: no evidence), an error (M003) and an unknown member.
constexpr std::string_view plan = R"({"format": "inclusio", "schema_version": "1.0", "x_host": [1e3, "Žďár"],
  "territories": [{"id": "t", "kind": "municipality", "name": "Teplá", "code": "555631"}],
  "plans": [{"id": "p", "kind": "support_plan", "title": "Plán", "territory": "t",
    "period": {"start": "2021-01-01", "end": "2021-12-31"}, "status": "draft",
    "goals": [{"id": "g", "title": "Cíl"}],
    "measures": [{"id": "m", "title": "Opatření", "theme": "housing", "status": "planned", "goal": "g",
      "budget": {"total": "100.00", "sources": [{"source": "op_z", "amount": "99.99"}]}}]}]})";

void refused_as_invalid_argument(const inclusio::Error& e) {
  if (e.code() != inclusio::ErrorCode::invalid_argument) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t line_end = input.find('\n');
  std::string_view indent_text = input.substr(0, line_end);
  std::string_view profile_text = line_end == std::string_view::npos ? std::string_view() : input.substr(line_end + 1);
  static const inclusio::Document doc = inclusio::load_string(plan);

  int indent = 0;
  auto [end, ec] = std::from_chars(indent_text.data(), indent_text.data() + indent_text.size(), indent);
  if (ec == std::errc() && end == indent_text.data() + indent_text.size()) {
    try {
      std::string written = inclusio::dump_string(doc, inclusio::WriteOptions{indent});
      if (indent < 0 || indent > inclusio::WriteOptions::max_indent) std::abort();  // accepted out of range
      if (!(inclusio::load_string(written) == doc) || written.find("1e3") == std::string::npos) std::abort();
    } catch (const inclusio::Error& e) {
      refused_as_invalid_argument(e);
      if (indent >= 0 && indent <= inclusio::WriteOptions::max_indent) std::abort();  // refused in range
    }
  }

  try {
    inclusio::ValidateOptions options;
    options.as_of = inclusio::Date(2026, 11, 23);
    options.profile = inclusio::Profile::from_json(profile_text);
    for (const inclusio::RuleInfo& rule : inclusio::rule_catalogue()) (void)options.profile.apply(rule.code, rule.severity);
    (void)inclusio::validate(doc, options);
  } catch (const inclusio::Error& e) {
    refused_as_invalid_argument(e);
  }
  return 0;
}
